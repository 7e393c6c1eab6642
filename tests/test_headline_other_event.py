"""A headline figure borrows the period the body states for the same figure, not for any figure
of the same value: "Mine blast leaves 23 dead" over "... put in charge of 23 of the region's 40
mines under a permit granted last year" read the toll as last year's, and the body's toll of
the blast ("At least 25 miners were killed") could not answer it. A headline restates the body
in fewer words ("près de 2 400 manifestants" over "2 400 personnes", "436 passages" over "436
patients"), so only two figures that both name what happened, with events apart and nothing
they count in common, are two figures. Only one development-set row moved: this guards a class
seen there once. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

DAY = date(2026, 6, 7)


@pytest.mark.parametrize(("text", "resolution"), [
    # another event's figure of the same value: the headline keeps no period of it
    ("Mine blast leaves 23 dead, officials say\n\nAt least 25 miners were killed in the blast, "
     "officials said. The company was put in charge of 23 of the region's 40 mines under a "
     "permit granted last year.", "publication"),
    # the body's same toll: the headline takes its day
    ("Storm kills 23 in coastal towns\n\nThe storm killed 23 people on Friday, officials said.",
     "carried"),
])
def test_a_headline_borrows_only_its_own_figure(text: str, resolution: str) -> None:
    claims = extract_text(text, lang="en", published=DAY)
    headline = claims[0]
    assert headline.surface == "23"
    assert headline.period is not None and headline.period.resolution == resolution
