"""A figure restated right after it ("X, or Y, <phrase>") takes the phrase that closes the clause
(issue 10, class "restatement before the phrase").

Results and balances are told with their restatement first and the time last: "Net income fell
to $3.19 billion, or 31 cents per share, in the third quarter", "Its order backlog stood at
$61.3 billion, or 312 ships, as of the end of November", "profit of £212m, or 9.1p a share, in
the six months to October". The phrase binds the figure next to it, the restatement; the first
figure had no period (a level, read as of publication, then the sentence before's window). Met
in wire earnings copy (Reuters, AP, Yonhap) and broadcaster business pages; sentences of our
own. Negative rows: a first figure with a phrase of its own keeps it, and a restatement with no
phrase leaves both undated.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

RESTATED_EN = [
    case("Net profit fell to $2.84 billion, or 27 cents a share, in the second quarter.",
         "2026-08-01", E("$2.84 billion", "2026-04-01", "2026-06-30", "interval"),
         id="earnings-per-share-quarter"),
    case("The carrier's order book stood at $44.2 billion, or 208 aircraft, as of the end of "
         "October.", "2026-11-10", E("$44.2 billion", None, "2026-10-31", "as_of"),
         id="backlog-as-of-month-end"),
    case("Coal exports came to 41,300 tonnes, or about 1,330 tonnes a day, in March.",
         "2026-04-10", E("41,300 tonnes", "2026-03-01", "2026-03-31", "interval"),
         id="rate-restatement-month"),
]

KEPT_EN = [
    case("The group earned $2.84 billion in 2025, or 27 cents a share, its best result since "
         "2019.", "2026-03-01", E("$2.84 billion", "2025-01-01", "2025-12-31", "interval"),
         id="own-phrase-kept"),
    case("Net profit fell to $2.84 billion, or 27 cents a share.", "2026-08-01",
         E("$2.84 billion", None, None, "none"),
         E("27 cents a share", None, None, "none"), id="no-phrase-at-all"),
]


@pytest.mark.parametrize("c", RESTATED_EN + KEPT_EN)
def test_restated_en(c: PeriodCase) -> None:
    check(c, "en")
