"""A toll's day is the story's when it falls at most a week before publication
(claims.tolls._a_story_day): counted in days, so that a publication date in the first week of
year 1 (a fuzzed date) reads no date before it and the article is still read. Sentences our
own."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text

TEXT = ("Police arrested 1,120 people in 2023, up from 940 a year earlier. Since March, some "
        "415 drivers have been fined, including 52 learners.")


@pytest.mark.parametrize("published", [date(1, 1, 1), date(1, 1, 6), date(2025, 3, 14)])
def test_an_article_of_any_date_is_read(published: date) -> None:
    surfaces = [c.surface for c in extract_text(TEXT, lang="en", published=published)]
    assert "1,120" in surfaces and "some 415" in surfaces
