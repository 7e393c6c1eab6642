"""A figure tied by "when" to an event the article dated ("About 200 workers were inside when
the fire broke out", after "A fire broke out at the plant on Tuesday"): the event's day, even
with a sentence between. Disaster and accident copy writes it this way (boats capsizing,
buildings collapsing, fires, quakes). Sentences of our own, with rows where the "when" clause
names an event the article never dated."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

WHEN_THE_EVENT = [
    case("A tunnel collapsed at the Condor mine on Monday, trapping dozens of workers. Rescuers "
         "have pulled 27 miners out alive. The company says about 50 people were underground "
         "when the tunnel collapsed.", "2026-10-15",
         E("about 50", "2026-10-12", "2026-10-12", "day", "carried"),
         id="underground-when-the-tunnel-collapsed"),
    case("A wooden boat capsized off the coast of Crete on Saturday. Coast guard ships searched "
         "the area through the night. A helicopter joined them. Survivors said about 110 "
         "people were on board when the boat capsized.", "2025-06-16",
         E("about 110", "2025-06-14", "2025-06-14", "day", "carried"),
         id="on-board-when-the-boat-capsized"),
    # The "when" clause names an event the article never dated: no day to take.
    case("A fire broke out at the Riverside plant on Tuesday. Officials have opened an inquiry. "
         "Investigators are studying the wiring. Some 300 people lived nearby when the plant "
         "opened.", "2025-05-10",
         E("Some 300", None, "2025-05-10", "none", "publication"),
         id="another-event-undated"),
    # The figure's own time wins.
    case("A tunnel collapsed at the mine on Monday. Some 40 workers were underground when the "
         "tunnel collapsed in 2019.", "2026-10-15",
         E("Some 40", "2019-01-01", "2019-12-31", "interval"), id="own-time-wins"),
]


@pytest.mark.parametrize("c", WHEN_THE_EVENT)
def test_when_the_event(c: PeriodCase) -> None:
    check(c, "en")
