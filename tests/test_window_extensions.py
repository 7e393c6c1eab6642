"""A number before "more weeks", "additional days" extends a window ("stay open for six more
weeks", like "for another six weeks"): no claim, and never a count of weeks (issue 11, Q10).
Read in local health, weather and strike copy; the sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text

DAY = date(2025, 11, 21)


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        pytest.param(
            "The vaccination site will stay open for five more weeks, from 9 a.m. to 5 p.m.",
            "five",
            [],
            id="more-weeks",
        ),
        pytest.param(
            "Residents were asked to boil water for three more days after 62 samples failed.",
            "three",
            ["62"],
            id="more-days-count-kept",
        ),
        pytest.param(
            "Forecasters expect two additional days of heavy rain across 14 counties.",
            "two",
            ["14"],
            id="additional-days",
        ),
        pytest.param(
            "The strike could last four further months, the union warned.",
            "four",
            [],
            id="further-months",
        ),
        # more of something counted stays a claim
        pytest.param(
            "Two more people died in hospital on Sunday.",
            "",
            ["Two"],
            id="two-more-people-stays",
        ),
        pytest.param(
            "The trust hired 40 more nurses and 12 extra porters.",
            "",
            ["40", "12"],
            id="more-staff-stays",
        ),
    ],
)
def test_window_extensions(text: str, absent: str, kept: list[str]) -> None:
    surfaces = [c.surface for c in extract_text(text, lang="en", published=DAY)]
    assert absent not in surfaces
    for surface in kept:
        assert surface in surfaces, surfaces
