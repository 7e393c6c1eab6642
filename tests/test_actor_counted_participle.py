"""A counting verb after a figure of its own clause says what was counted, not who speaks:
"With 97.2% of polling stations counted, Ortega had 41.3% of the vote, or 402,600 of the 974,800
valid votes counted, the regional electoral council said" is the council's, every figure of it;
"valid votes" and "polling stations" are what is counted. The comma inside "974,800" opens no
clause either. "Police counted 50,000 marchers" still names its source.

Read on real news (pages): Tolo News (Afghan partial results "with only 10 percent of votes
counted", the commission announcing); a Nepali results report (so many votes, "84.82 percent of
votes have been counted so far", according to the commission); Raha Press ("more than 1,051,998
votes have been counted", the commission stated). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

PUBLISHED = date(2026, 10, 5)

LEAD = ("With 97.2% of polling stations counted, Ortega had 41.3% of the vote, or 402,600 of "
        "the 974,800 valid votes counted, the regional electoral council said.")

# (sentence, figure, who gives it)
ROWS = [
    (LEAD, "97.2%", "regional electoral council"),
    (LEAD, "41.3%", "regional electoral council"),
    (LEAD, "402,600", "regional electoral council"),
    (LEAD, "974,800", "regional electoral council"),
    ("By midnight, 2,310,450 ballots had been counted, election officials said.", "2,310,450",
     "election officials"),
    ("Police counted 50,000 marchers in Porto on Saturday.", "50,000", "Police"),
    ("The ministry counted 1,250 cases last week.", "1,250", "ministry"),
]


@pytest.mark.parametrize(("sentence", "figure", "source"), ROWS)
def test_the_source_is_who_speaks(sentence: str, figure: str, source: str) -> None:
    found = {c.surface: c.source for c in extract_text(sentence, lang="en",
                                                       published=PUBLISHED)}
    assert found[figure] == source
