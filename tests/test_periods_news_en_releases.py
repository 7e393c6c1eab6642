"""Windows of statistics releases and agency tallies as English news writes them: the
"January-November period" of a trade release (opening the sentence too), day ranges across two
months in the day-month order of British and agency copy ("between 1 January and 15 November"),
and a fiscal year whose first month the text never names ("the first seven months of the
financial year"), which dates nothing rather than the calendar year's months. Sentences of our
own, in the style of wire, broadcaster and financial-paper copy; with rows where the rule must
not fire."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

# "In the January-November period, exports totaled ...": a month range with its article and
# noun frames the figures after it, as a bare month range does.
MONTH_RANGE_PERIOD = [
    case("Taiwan's exports rose 6 percent in October. In the January-October period, the trade "
         "surplus reached $52.4 billion.", "2025-11-08",
         E("$52.4 billion", "2025-01-01", "2025-10-31", "interval"),
         id="in-the-jan-oct-period-opening"),
    case("Exports rose 3.4 percent in November. For the January-November period, overall "
         "shipments reached $488.1 billion, up 5.2 percent.", "2025-12-01",
         E("$488.1 billion", "2025-01-01", "2025-11-30", "interval"),
         E("5.2 percent", "2025-01-01", "2025-11-30", "interval"),
         id="for-the-jan-nov-period-and-its-change"),
    case("During the April-June period, the carrier flew 3.2 million passengers.", "2025-08-02",
         E("3.2 million", "2025-04-01", "2025-06-30", "interval"),
         id="during-the-apr-jun-period"),
    case("In the January to September period, car sales fell 4.1 percent to 612,000 units.",
         "2025-10-15",
         E("612,000", "2025-01-01", "2025-09-30", "interval"),
         id="january-to-september-period"),
    case("Exports totaled $305.2 billion in the January-June period, the ministry said.",
         "2025-07-01",
         E("$305.2 billion", "2025-01-01", "2025-06-30", "interval"),
         id="period-after-the-figure"),
    case("Arrivals rose 8% in the January-September period of 2024.", "2025-11-10",
         E("8%", "2024-01-01", "2024-09-30", "interval"), id="period-of-a-year"),
    # A month alone frames as before: the new pattern asks for two months.
    case("In October, the trade surplus reached $6.1 billion.", "2025-11-08",
         E("$6.1 billion", "2025-10-01", "2025-10-31", "interval"), id="one-month-unchanged"),
]

# Day-month order across two months: the whole span, not its first or last day.
DAY_MONTH_RANGE = [
    case("The agency recorded 702 deaths between 1 January and 6 April, compared with 812 in "
         "the same period of 2024.", "2025-04-10",
         E("702", "2025-01-01", "2025-04-06", "interval"),
         E("812", "2024-01-01", "2024-04-06", "interval"),
         id="between-1-january-and-6-april"),
    case("Between 1 January and 6 April, 33,120 people arrived in Italy by sea.", "2025-04-10",
         E("33,120", "2025-01-01", "2025-04-06", "interval"), id="opening-the-sentence"),
    case("From 3 March to 12 May, the clinic treated 1,940 patients.", "2025-06-01",
         E("1,940", "2025-03-03", "2025-05-12", "interval"), id="from-3-march-to-12-may"),
    case("Police recorded 214 burglaries from 28 December to 4 January.", "2026-01-09",
         E("214", "2025-12-28", "2026-01-04", "interval"), id="across-the-new-year"),
    case("Officials counted 4,300 crossings between the 2nd of June and the 9th of July.",
         "2025-07-20",
         E("4,300", "2025-06-02", "2025-07-09", "interval"), id="the-nth-of-month"),
    # One month's days, and a single day, read as before.
    case("Some 812 people were rescued between 4 and 9 June.", "2025-06-20",
         E("Some 812", "2025-06-04", "2025-06-09", "interval"), id="one-month-days-unchanged"),
    case("On 6 April, 412 people arrived.", "2025-04-10",
         E("412", "2025-04-06", "2025-04-06", "day"), id="one-day-unchanged"),
]

# A fiscal year whose first month is not named: no dates rather than the calendar's.
FISCAL_YEAR_UNNAMED = [
    case("Borrowing for the first seven months of the financial year is estimated to have been "
         "£98.3bn.", "2025-11-21",
         E("£98.3bn", None, None, "none"), id="first-seven-months-of-the-financial-year"),
    case("The deficit in the first eight months of the fiscal year reached $1.1 trillion.",
         "2025-06-12",
         E("$1.1 trillion", None, None, "none"), id="first-eight-months-of-the-fiscal-year"),
    # The months named: that window.
    case("Public sector borrowing was £101.2bn in the financial year to date, between April and "
         "October.", "2025-11-21",
         E("£101.2bn", "2025-04-01", "2025-10-31", "interval"),
         id="financial-year-to-date-april-to-october"),
    case("Borrowing in the financial year to date, from April to October, was £88.6bn.",
         "2025-11-21",
         E("£88.6bn", "2025-04-01", "2025-10-31", "interval"),
         id="financial-year-to-date-from-april-to-october"),
    # A calendar year's first months are read as before.
    case("Exports rose 2 percent to $412.3 billion in the first nine months of this year.",
         "2025-10-15",
         E("$412.3 billion", "2025-01-01", "2025-09-30", "interval"),
         id="first-nine-months-of-this-year-unchanged"),
]


# "In July, detections fell 6 percent from a year earlier to 31,400": the change is of the
# time the sentence opens with; "from a year earlier" is what it is measured from.
FRAMED_CHANGE = [
    case("In July, detections fell 6 percent from a year earlier to 31,400.", "2025-08-14",
         E("6 percent", "2025-07-01", "2025-07-31", "interval"), id="in-july-from-a-year-earlier"),
    case("In the first seven months of this year, the number of crossings was down 9 percent "
         "from a year ago to almost 28,900, the agency said.", "2025-08-14",
         E("9 percent", "2025-01-01", "2025-07-31", "interval"),
         id="first-seven-months-from-a-year-ago"),
    case("In the third quarter, revenue rose 11% from the same period last year to $4.2bn.",
         "2025-10-30",
         E("11%", "2025-07-01", "2025-09-30", "interval"), id="quarter-from-the-same-period"),
    case("In the third quarter, sales rose 3% on the same period last year.", "2025-11-19",
         E("3%", "2025-07-01", "2025-09-30", "interval"), id="on-the-same-period-last-year"),
    case("In May, exports rose 5% on a year earlier.", "2025-06-10",
         E("5%", "2025-05-01", "2025-05-31", "interval"), id="on-a-year-earlier"),
    # The baseline's own figure keeps the baseline's time.
    case("In July, detections fell to 31,400 from 33,500 a year earlier.", "2025-08-14",
         E("33,500", "2024-07-01", "2024-07-31", "interval"), id="baseline-figure-unchanged"),
]

# "..., compared with a rise of 0.5% a year earlier": a percentage the clause compares with,
# right before its time, is that time's level (not a change measured from it, which "from"
# opens: "up 8.4 percent from a year earlier").
COMPARED_PERCENT = [
    case("Prices rose 0.2% in October, compared with a rise of 0.5% a year earlier.",
         "2025-11-19",
         E("0.5%", "2024-10-01", "2024-10-31", "interval"), id="compared-with-a-rise-of"),
    case("Prices rose by 0.2% between September and October, compared with a rise of 0.5% a "
         "year earlier.", "2025-11-19",
         E("0.5%", "2024-09-01", "2024-10-31", "interval"), id="compared-two-month-window"),
    case("Sales rose 4% in May, up from a 2% rise a year earlier.", "2025-06-10",
         E("2%", "2024-05-01", "2024-05-31", "interval"), id="up-from-a-rise-a-year-earlier"),
    # A change measured from a year earlier is of the current time.
    case("Exports rose 8.4 percent in May from a year earlier.", "2025-06-10",
         E("8.4 percent", "2025-05-01", "2025-05-31", "interval"), id="change-from-unchanged"),
]

# "through 18 July": the year to that day, in day-month order as in the month-day one.
THROUGH_DAY_MONTH = [
    case("Some 48,310 migrants and refugees entered Europe by sea through 18 July.",
         "2025-07-22",
         E("Some 48,310", "2025-01-01", "2025-07-18", "interval"), id="through-18-july"),
    case("The agency recorded 1,210 deaths up to 30 June.", "2025-07-22",
         E("1,210", "2025-01-01", "2025-06-30", "interval"), id="up-to-30-june"),
    case("The agency recorded 1,210 deaths through June 30.", "2025-07-22",
         E("1,210", "2025-01-01", "2025-06-30", "interval"), id="through-june-30-unchanged"),
]


@pytest.mark.parametrize(
    "c",
    MONTH_RANGE_PERIOD + DAY_MONTH_RANGE + FISCAL_YEAR_UNNAMED + FRAMED_CHANGE
    + COMPARED_PERCENT + THROUGH_DAY_MONTH,
)
def test_release_windows(c: PeriodCase) -> None:
    check(c, "en")
