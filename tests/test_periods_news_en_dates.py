"""Dates English news writes without a year or with a balance-sheet "at": "in mid-October",
"in late September" (that part of the latest such month), and "Net debt was £1.2bn at 31 March"
(a balance as of that day, not a count of it). Sentences of our own, with rows where the
phrase must not change."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

MONTH_PART = [
    case("Prices jumped 12% in mid-October.", "2025-11-10",
         E("12%", "2025-10-11", "2025-10-20", "interval"), id="in-mid-october"),
    case("The plant laid off 420 workers in late September.", "2025-11-10",
         E("420", "2025-09-21", "2025-09-30", "interval"), id="in-late-september"),
    case("Some 3,000 people marched in early March.", "2026-04-02",
         E("Some 3,000", "2026-03-01", "2026-03-10", "interval"), id="in-early-march"),
    # With a year, as before; "since early October" stays a window from then.
    case("Prices jumped 12% in mid-October 2024.", "2025-11-10",
         E("12%", "2024-10-11", "2024-10-20", "interval"), id="with-a-year"),
]

BALANCE_AT = [
    case("Net debt was £1.2bn at 31 March.", "2025-05-10",
         E("£1.2bn", None, "2025-03-31", "as_of"), id="at-31-march"),
    case("The bank had total assets of $41.2bn at Sept. 30.", "2025-11-10",
         E("$41.2bn", None, "2025-09-30", "as_of"), id="at-sept-30"),
    # "on" a day stays the day's.
    case("Police arrested 31 people on 3 March.", "2025-05-10",
         E("31", "2025-03-03", "2025-03-03", "day"), id="on-a-day-unchanged"),
]


# "the last quarter of the year", "the last week of the festival": the closing part of
# something the text names, not the time up to publication; unread unless a year is named.
CLOSING_PART = [
    case("Output rose 0.1% in the last quarter of the year.", "2025-02-15",
         E("0.1%", None, None, "none"), id="last-quarter-of-the-year"),
    case("Output rose 0.1% in the last three months of the year.", "2025-02-15",
         E("0.1%", None, None, "none"), id="last-three-months-of-the-year"),
    case("Some 40 people died in the last week of the festival.", "2025-02-15",
         E("Some 40", None, "2025-02-15", "none", "publication"), id="last-week-of-a-festival"),
    # Named year, and the time up to publication, as before.
    case("Output rose 0.1% in the last three months of 2024.", "2025-02-15",
         E("0.1%", "2024-10-01", "2024-12-31", "interval"), id="last-three-months-of-2024"),
    case("Sales rose 3% last week.", "2025-02-15",
         E("3%", "2025-02-03", "2025-02-09", "interval"), id="last-week-unchanged"),
    case("Sales rose 3% in the past 12 months.", "2025-02-15",
         E("3%", "2024-02-16", "2025-02-15", "to_date"), id="past-12-months-unchanged"),
]


# "In the first week of November", "between mid-July and the end of August", "in calendar
# 2024": windows of parts of months, and a calendar year named as such.
MONTH_PART_WINDOWS = [
    case("In the first week of November, 2,300 people crossed.", "2025-11-10",
         E("2,300", "2025-11-01", "2025-11-07", "interval"), id="first-week-of-november"),
    case("Between mid-July and the end of August, 8,200 people crossed.", "2025-11-10",
         E("8,200", "2025-07-11", "2025-08-31", "interval"), id="mid-july-to-end-of-august"),
    case("From early June to late July, the agency recorded 640 deaths.", "2025-11-10",
         E("640", "2025-06-01", "2025-07-31", "interval"), id="early-june-to-late-july"),
    case("In calendar 2024, exports reached $680bn.", "2025-11-10",
         E("$680bn", "2024-01-01", "2024-12-31", "interval"), id="calendar-2024"),
    # "the first two weeks of September", as before.
    case("In the first two weeks of September, 900 people crossed.", "2025-11-10",
         E("900", "2025-09-01", "2025-09-14", "interval"), id="first-two-weeks-unchanged"),
]


@pytest.mark.parametrize("c", MONTH_PART + BALANCE_AT + CLOSING_PART + MONTH_PART_WINDOWS)
def test_dates_without_a_year(c: PeriodCase) -> None:
    check(c, "en")
