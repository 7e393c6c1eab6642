"""A clause hung by "when" on a year (claims.period_clauses.when_year) is looked for only where
a year stands before the figure: the skip never loses a match of the table's pattern."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.lang import load_table
from claims.period_clauses import _year_ends

PIECES = ["2011", "1999", "20245", "12", "2016", "March", "mars", "of", " ", ", ", "when", "quand",
          "lorsque", "où", "the year when", "election", "x", "312", "%", "\u00a0", "a2020"]


@pytest.mark.parametrize("lang", ["en", "fr"])
@given(text=st.lists(st.sampled_from(PIECES), max_size=14).map("".join), cut=st.integers(0, 80))
def test_no_year_before_the_figure_means_no_when_year_match(lang, text, cut):
    table = load_table(lang).extraction
    start = min(cut, len(text))
    years = _year_ends(text, table)
    found = list(table.when_year_re.finditer(text, 0, start))
    if not years or years[0] >= start:
        assert found == []
    for m in found:  # every match holds a year the reading found
        assert m.end("year") in years


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_year_before_when_is_still_found(lang):
    table = load_table(lang).extraction
    link = "when" if lang == "en" else "quand"
    text = f"the record set in 2016, {link} 321,100 ballots were cast"
    start = text.index("321")
    assert _year_ends(text, table) == [text.index("2016") + 4]
    assert next(table.when_year_re.finditer(text, 0, start)).group("year") == "2016"
