"""Counts joined by "and" in a perfect share the running window that ends their clause: the
outbreak-update shape "N suspected cases and M deaths have been reported ... so far this year"
(read on real news in NCDC, Irish HPSC and Cameroon health-ministry updates: "811 confirmed
cases and over 6,520 suspected infections have been recorded so far", "59 measles and 1224
mumps cases since the beginning of the year"), though no figure owns the window. Before, the
first count took no period and only the second took the window. (Those two real sentences need
more than this: "so far" alone is no phrase of the grammar yet, and the second opens on the
update's day.)

Negative rows of the same shape keep today's reading: a standing state in the present ("employs
4,000 people and sold 12,000 cars in 2024") and a closed month after a perfect ("have been
reported in July": no running window) share nothing. Our own sentences, other numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN = [
    case("More than 14,000 suspected cases and 433 deaths have been reported in the region so "
         "far this year.", "2026-08-15",
         E("More than 14,000", "2026-01-01", "2026-08-15", "to_date"),
         E("433", "2026-01-01", "2026-08-15", "to_date"), id="cases-and-deaths-so-far-this-year"),
]
EN_KEPT = [  # negative rows
    case("The carmaker employs 4,000 people and sold 12,000 cars in 2025.", "2026-08-15",
         E("4,000", None, "2026-08-15", "as_of"), id="a-standing-state"),
    case("More than 14,000 suspected cases and 433 deaths have been reported in the region in "
         "July.", "2026-08-15",
         E("433", "2026-07-01", "2026-07-31", "interval"), id="a-closed-month"),
]
FR = [
    case("Plus de 14 000 cas suspects et 433 décès ont été signalés dans la région depuis le "
         "début de l'année.", "2026-08-15",
         E("Plus de 14 000", "2026-01-01", "2026-08-15", "to_date"),
         E("433", "2026-01-01", "2026-08-15", "to_date"), id="cas-et-deces-depuis-janvier"),
]


@pytest.mark.parametrize("c", EN + EN_KEPT)
def test_en_counts_share_their_running_window(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", FR)
def test_fr_counts_share_their_running_window(c: PeriodCase) -> None:
    check(c, "fr")
