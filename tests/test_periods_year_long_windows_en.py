"""Year-long reporting windows named once (overdose, migration, visa and crime statistics): "in
the 12 months ending in June", "the year ending in March 2025", "the previous 12-month period"
cover whole months up to that month's end, not the named month alone; the figures after them
go on with the window; a base of a change with no time of its own ("fell to 39,200, from
51,600") is the year-long window just before. Negative rows: a month named alone ("in June
alone"), a percentage's base (often last month's reading of an annual rate), a base beside a
month's or a quarter's figure (the month before, or the same month a year back?), a base that
states its own time. Our own sentences, never an article's."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

ENDING_IN = [
    case("An estimated 41,300 people died of drug poisoning in the 12 months ending in March, "
         "provisional figures released on Thursday show.", "2025-08-21",
         E("An estimated 41,300", "2024-04-01", "2025-03-31", "interval"),
         id="12-months-ending-in-march"),
    case("Asylum claims reached 96,400 in the year ending in September 2024, the Home Office "
         "said.", "2025-02-27",
         E("96,400", "2023-10-01", "2024-09-30", "interval"), id="year-ending-in-month-year"),
    case("Burglaries fell to 212,000 in the 12-month period ending in June.", "2025-10-23",
         E("212,000", "2024-07-01", "2025-06-30", "interval"), id="12-month-period-ending-in"),
    case("Homicides peaked at 27,900 in the 12 months ending in August 2022.", "2025-10-23",
         E("27,900", "2021-09-01", "2022-08-31", "interval"), id="a-past-peak-window"),
    case("Some 18,600 people died in road crashes in the 12 months ending in May. That was 7% "
         "lower than the 20,000 recorded in the previous 12-month period.", "2025-09-30",
         E("Some 18,600", "2024-06-01", "2025-05-31", "interval"),
         E("20,000", "2023-06-01", "2024-05-31", "interval"), id="the-previous-12-month-period"),
    case("An estimated 52,700 people died of overdoses in the 12 months ending in April. "
         "Deaths involving heroin fell to about 6,100, and cocaine was involved in about 14,800 "
         "deaths.", "2025-09-17",
         E("about 6,100", "2024-05-01", "2025-04-30", "interval"),
         E("about 14,800", "2024-05-01", "2025-04-30", "interval"),
         id="the-figures-after-go-on-with-it"),
]

BASES = [
    case("Shoplifting offences rose to 492,000 in the year to March 2025, from 430,000.",
         "2025-07-24",
         E("430,000", "2023-04-01", "2024-03-31", "interval"), id="rose-to-from-year-to-month"),
    case("Net migration fell to 431,000 in the 12 months ending in June. Student visas fell to "
         "118,000 from 162,000.", "2025-11-27",
         E("118,000", "2024-07-01", "2025-06-30", "interval"),
         E("162,000", "2023-07-01", "2024-06-30", "interval"), id="the-base-of-a-carried-window"),
    case("In 2024, thefts of catalytic converters dropped to 19,500, down from 27,300, police "
         "said.", "2025-03-04",
         E("27,300", "2023-01-01", "2023-12-31", "interval"), id="down-from-a-calendar-year"),
]

NEGATIVE = [
    case("Some 2,140 deaths were recorded in June alone.", "2025-10-23",
         E("Some 2,140", "2025-06-01", "2025-06-30", "interval"), id="in-june-alone"),
    case("Drug deaths reached 41,000 in the 12 months to July. Their rate rose to 12.4% from "
         "11.9%.", "2025-08-20",
         E("11.9%", None, None, "none"), id="a-rate-s-base-left-alone"),
    case("Exports reached $41.2 billion in June. Imports fell to $38.1 billion from $39.8 "
         "billion.", "2025-08-05",
         E("$38.1 billion", "2025-06-01", "2025-06-30", "interval"),
         E("$39.8 billion", None, None, "none"), id="a-month-s-base-left-alone"),
    case("Drug seizures rose to 8,400 in the 12 months to March, from 7,900 in the year to "
         "March 2023.", "2025-06-12",
         E("7,900", "2022-04-01", "2023-03-31", "interval"), id="a-base-with-its-own-window"),
]


@pytest.mark.parametrize("c", ENDING_IN + BASES + NEGATIVE)
def test_year_long_windows_en(c: PeriodCase) -> None:
    check(c, "en")
