"""A side story told on a day before the story's frames its own paragraph at most (issue 10,
class "side story carried").

A Saturday blast, then "Residents said they had smelled gas on Friday evening ... the utility
said it had received one call on Friday": a side story on a day before the story's latest day.
Its day dates no figure of the next paragraph (a minister's promise, a town's population, an
evacuation). Met in wire and broadcaster copy on gas explosions ("some residents said Friday
that they had been smelling gas in the days leading up to the rupture", "residents now say they
had smelled gas Tuesday evening, hours before the explosion Wednesday morning"), fires and
floods; sentences of our own. English past perfects are no cue here: after a verb of saying
they are mostly the reported past ("the CGT said 350,000 had taken part"). Negative rows: a
figure in the side story keeps its day, the side story's own paragraph goes on about it, a day
after the story's (the next day's news) still frames the next paragraph, and a story told in
order keeps its frame.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

_STORY = "At least three people were killed in a gas explosion in Bristol early on Wednesday."
_SIDE_STORY = ("Neighbours said they had reported a smell of gas on Tuesday evening, and the "
               "utility said it logged two calls on Tuesday.")

SIDE_STORY_ENDS_EN = [
    case(_STORY + "\n\n" + _SIDE_STORY
         + "\n\nThe district, home to about 48,000 people, lies north of the river.",
         "2026-03-12",
         E("about 48,000", None, "2026-03-12", "none"), id="standing-fact-next-paragraph"),
    case(_STORY + "\n\n" + _SIDE_STORY + "\n\nThe town, with about 48,000 inhabitants, was hit "
         "by a smaller blast in 2019 that killed three people.", "2026-03-12",
         E("about 48,000", None, "2026-03-12", "as_of"),  # inhabitants: a level (a stock cue)
         E("three", "2019-01-01", "2019-12-31", "interval"), id="apposition-next-paragraph"),
    case(_STORY + "\n\n" + _SIDE_STORY + "\n\nAbout 300 residents were evacuated.", "2026-03-12",
         E("About 300", None, "2026-03-12", "none"), id="simple-past-next-paragraph"),
]

SIDE_STORY_KEPT_EN = [
    case(_STORY + "\n\n" + _SIDE_STORY, "2026-03-12",
         E("two", "2026-03-10", "2026-03-10", "day"), id="inside-the-side-story"),
    case(_STORY + "\n\n" + _SIDE_STORY + " Engineers checked 14 meters.", "2026-03-12",
         E("14 meters", "2026-03-10", "2026-03-10", "day"), id="same-paragraph-goes-on"),
    case("Rescuers searched the rubble on Tuesday.\n\nOn Wednesday, crews found 12 more "
         "survivors.\n\nAbout 300 residents were evacuated.", "2026-03-12",
         E("About 300", "2026-03-11", "2026-03-11", "day"), id="later-day-frames-on"),
    case("On Tuesday, crews rescued 40 people.\n\nAbout 300 residents were evacuated.",
         "2026-03-12",
         E("About 300", "2026-03-10", "2026-03-10", "day"), id="story-in-order"),
]


@pytest.mark.parametrize("c", SIDE_STORY_ENDS_EN + SIDE_STORY_KEPT_EN)
def test_side_story_en(c: PeriodCase) -> None:
    check(c, "en")
