"""Days counted from a weekday of their month (claims.named_days): Thanksgiving Day (the fourth
Thursday of November), Black Friday and Cyber Monday after it, Memorial Day and Labor Day. Retail
releases (Adobe, Salesforce) in wire, business-site and French agency copy date their figures by
these names: a figure "on Cyber Monday last year" is last year's Cyber Monday, not this year's
Monday; "$2.9 billion on Thanksgiving Day" is that Thursday, not the Friday of the "Black Friday"
named after it; "from Thanksgiving Day through Cyber Monday" is the five days between. Sentences
of our own in the style of that copy. Negatives: the weekend or the season a day names, and a
window it opens ("since Thanksgiving") or closes ("before Thanksgiving"), are not that day.
Releases of a week also write its days in day-month order ("12-18 March 2023"): those days."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from claims.named_days import day_in
from tests.period_cases import Expect, case, check

E = Expect

RETAIL_DAYS = [
    case("Shoppers spent $8.3 billion online on Monday, up 4% from $8.0 billion on Cyber "
         "Monday last year, according to the analytics firm.", "2026-12-01",
         E("$8.0 billion", "2025-12-01", "2025-12-01", "day"), id="en-cyber-monday-last-year"),
    case("Shoppers spent $2.9 billion online on Thanksgiving Day and $6.1 billion on Black "
         "Friday.", "2026-12-01",
         E("$2.9 billion", "2026-11-26", "2026-11-26", "day"),
         E("$6.1 billion", "2026-11-27", "2026-11-27", "day"), id="en-thanksgiving-black-friday"),
    case("Across the five days from Thanksgiving Day through Cyber Monday, online spending "
         "reached $27.4 billion.", "2026-12-01",
         E("$27.4 billion", "2026-11-26", "2026-11-30", "interval"), id="en-five-days-between"),
    case("Cyber Monday online sales climbed to a record $9.9 billion, the firm said.",
         "2025-12-02",
         E("$9.9 billion", "2025-12-01", "2025-12-01", "day"), id="en-headline-no-preposition"),
    case("That was well above the $7.4 billion spent on Cyber Monday in 2019.", "2021-11-30",
         E("$7.4 billion", "2019-12-02", "2019-12-02", "day"), id="en-cyber-monday-in-a-year"),
    case("Last year's Black Friday brought in $5.6 billion online.", "2024-11-30",
         E("$5.6 billion", "2023-11-24", "2023-11-24", "day"), id="en-last-years-black-friday"),
    case("Black Friday spending totaled $7.2 billion, the company said.", "2024-11-30",
         E("$7.2 billion", "2024-11-29", "2024-11-29", "day"), id="en-black-friday-spending"),
    case("Les ventes en ligne ont atteint 6,4 milliards de dollars lors du Black Friday, contre "
         "5,9 milliards de dollars lors du Black Friday de l'an dernier.", "2026-11-28",
         E("6,4 milliards de dollars", "2026-11-27", "2026-11-27", "day"),
         E("5,9 milliards de dollars", "2025-11-28", "2025-11-28", "day"), id="fr-black-friday"),
    case("Le Cyber Monday, les consommateurs américains ont dépensé 8,7 milliards de dollars en "
         "ligne.", "2026-12-01",
         E("8,7 milliards de dollars", "2026-11-30", "2026-11-30", "day"), id="fr-cyber-monday"),
]

# Not the day itself.
NOT_THE_DAY = [
    case("Over the Black Friday weekend, 61 million people shopped in stores.", "2026-12-01",
         E("61 million", None, "2026-12-01", "none"), id="en-the-weekend-it-names"),
    case("Since Thanksgiving, 48 million people have shopped online.", "2026-12-01",
         E("48 million", "2026-11-26", "2026-12-01", "to_date"), id="en-since-thanksgiving"),
]


# Another country's day of the same name, told in English (review probes in the style of
# ABS-CBN and Manila Bulletin Labor Day rally copy of 1 May, KBS World and Arirang on Korea's
# Memorial Day of 6 June, Ontario police Thanksgiving copy in October): not the U.S. day. A day
# counted from a weekday and named without its year is read only within a month after it.
OTHER_COUNTRIES = [
    case("About 12,000 workers marched to the presidential palace on Labor Day, police said.",
         "2026-05-02", E("About 12,000", None, "2026-05-02", "none"), id="en-labor-day-1-may"),
    case("Around 9,000 people attended the ceremony at the national cemetery on Memorial Day.",
         "2026-06-07", E("Around 9,000", None, "2026-06-07", "none"), id="en-memorial-day-6-june"),
    case("Provincial police said six people died in crashes on Thanksgiving.", "2026-10-14",
         E("six", None, "2026-10-14", "none"), id="en-thanksgiving-in-october"),
    case("Some 3,100 workers marched downtown on Labor Day, organizers said.", "2026-09-08",
         E("Some 3,100", "2026-09-07", "2026-09-07", "day"), id="en-labor-day-in-its-season"),
    # Independence Day is each country's own (Delhi copy of 15 August, Kyiv's of 24 August).
    case("Independence Day celebrations at the fort drew about 20,000 guests, police said.",
         "2026-08-16", E("about 20,000", None, "2026-08-16", "none"), id="en-india-day"),
    case("On Independence Day, 4,300 troops marched through the capital.", "2026-08-25",
         E("4,300", None, "2026-08-25", "none"), id="en-independence-day-kyiv"),
    case("On the Fourth of July, 2,400 people watched the fireworks from the pier.", "2026-07-06",
         E("2,400", "2026-07-04", "2026-07-04", "day"), id="en-fourth-of-july"),
]


@pytest.mark.parametrize("c", RETAIL_DAYS + NOT_THE_DAY + OTHER_COUNTRIES)
def test_counted_holidays(c) -> None:
    check(c, "fr" if c.id.startswith("fr") else "en")


@pytest.mark.parametrize(("rule", "year", "expected"), [
    ([11, 4, 4, 0], 2026, date(2026, 11, 26)),  # Thanksgiving Day: fourth Thursday
    ([11, 4, 4, 0], 2025, date(2025, 11, 27)),
    ([11, 4, 4, 4], 2025, date(2025, 12, 1)),  # Cyber Monday can fall in December
    ([5, 1, -1, 0], 2026, date(2026, 5, 25)),  # Memorial Day: last Monday of May
    ([9, 1, 1, 0], 2026, date(2026, 9, 7)),  # Labor Day: first Monday of September
    ([12, 25], 2026, date(2026, 12, 25)),
])
def test_day_in(rule: list[int], year: int, expected: date) -> None:
    assert day_in(rule, year) == expected


# An agency's weekly update writes its week in day-month order ("In the period of 22-28 Jan
# 2023, 331 migrants were intercepted", "between 13 -19 November", "25 – 31 December 2022"; read
# in Libyan and Maghreb outlets quoting the IOM's weekly figures): those seven days, and the
# first day is no figure.
WEEK_IN_DAY_MONTH_ORDER = [
    case('"In the period of 12-18 March 2023, 286 migrants were intercepted and returned," the '
         "agency said.", "2023-03-20",
         E("286", "2023-03-12", "2023-03-18", "interval"), id="en-in-the-period-of"),
    case("The agency said 219 migrants were returned between 6 -12 November.", "2022-11-15",
         E("219", "2022-11-06", "2022-11-12", "interval"), id="en-between-loose-dash"),
    case("A further 940 people were returned in the period of 24 – 30 December 2022.",
         "2023-01-03",
         E("940", "2022-12-24", "2022-12-30", "interval"), id="en-en-dash-with-year"),
]


@pytest.mark.parametrize("c", WEEK_IN_DAY_MONTH_ORDER)
def test_week_in_day_month_order(c) -> None:
    check(c, "en")
    claims = extract_text(c.text, lang="en", published=date.fromisoformat(c.published))
    assert [x.surface for x in claims] == [c.expected[0].surface]
