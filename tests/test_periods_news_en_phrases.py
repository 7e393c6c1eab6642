"""English period phrases met in real news that the grammar lacked, and the scope of a day
inside a figure's noun phrase: local health bulletins ("As of 3 p.m. on Oct. 19"), outbreak
totals ("since the local outbreak began in mid-March"), company results ("the September
quarter"), election records ("the 2020 election, where ..."), disaster counts ("people in 11
cities and provinces had evacuated since Tuesday", "Another 340 were injured" after an as-of
toll). Sentences of our own, with rows where the phrase must not be read."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

# "As of <time> on <date>": a total as of that day, not a count of the day.
AS_OF_A_TIME_ON_A_DATE = [
    case("As of 3 p.m. on Oct. 19, 612 cases had been reported among county residents.",
         "2020-10-21", E("612", None, "2020-10-19", "as_of"), id="as-of-3pm-on-a-date"),
    case("As of 9 a.m. local time on Oct. 19, 612 homes had been damaged.", "2020-10-21",
         E("612", None, "2020-10-19", "as_of"), id="as-of-local-time-on-a-date"),
    case("By 6 p.m. on Oct. 18, 612 people had been evacuated.", "2020-10-21",
         E("612", None, "2020-10-18", "as_of"), id="by-6pm-on-a-date"),
    case("The county had reported 612 cases as of noon Oct. 19.", "2020-10-21",
         E("612", None, "2020-10-19", "as_of"), id="as-of-noon-a-date-after"),
    # Not an as-of phrase: a count of what happened that day.
    case("At 3 p.m. on Oct. 19, 612 people marched past the court.", "2020-10-21",
         E("612", "2020-10-19", "2020-10-19", "day"), id="at-a-time-on-a-date-is-a-day"),
]

# "since the outbreak began in mid-March": from that part of the month to the as-of day.
SINCE_A_PART_OF_A_MONTH = [
    case("The county reported 12 new cases on Wednesday, bringing the countywide total to 1,204 "
         "cases and 27 deaths since the local outbreak began in mid-March.", "2020-07-16",
         E("12", "2020-07-15", "2020-07-15", "day"),
         E("1,204", "2020-03-11", "2020-07-15", "to_date"),
         E("27", "2020-03-11", "2020-07-15", "to_date"), id="since-it-began-in-mid-march"),
    case("Officials have counted 640 cases since the virus was first detected in late May.",
         "2020-07-16", E("640", "2020-05-21", "2020-07-16", "to_date"), id="since-late-may"),
    case("The outbreak, which began in early June, has sickened 212 people.", "2020-07-16",
         E("212", "2020-06-01", "2020-07-16", "to_date"), id="which-began-in-early-june"),
    # A month with no part keeps its month start.
    case("Officials have counted 640 cases since the virus was first detected in May.",
         "2020-07-16", E("640", "2020-05-01", "2020-07-16", "to_date"), id="since-in-may"),
]

# A modifier's own nouns joined by "and" do not end the clause the day closes.
MODIFIER_NOUNS = [
    case("The ministry said 8,420 people in 11 cities and provinces had evacuated since "
         "Tuesday, and 2,370 of them had yet to return home.", "2026-09-17",
         E("8,420", "2026-09-15", "2026-09-17", "to_date"), id="in-cities-and-provinces"),
    case("Officials said 40 people in 12 towns and villages were evacuated on Monday.",
         "2026-09-17", E("40", "2026-09-14", "2026-09-14", "day"), id="in-towns-and-villages"),
    # Two clauses, each with its figure: the later figure owns the day.
    case("The storm killed 3 people in 12 towns and forced 500 to flee on Monday.",
         "2026-09-17", E("500", "2026-09-14", "2026-09-14", "day"), id="its-own-figure-keeps"),
]

# "the September quarter": the three months ending with that month.
MONTH_QUARTER = [
    case("In the September quarter, revenues rose 9 percent to 2.1 billion rupees.",
         "2021-11-05", E("2.1 billion rupees", "2021-07-01", "2021-09-30", "interval"),
         id="the-september-quarter"),
    case("Profit in the June 2021 quarter was 1.2 billion rupees.", "2021-11-05",
         E("1.2 billion rupees", "2021-04-01", "2021-06-30", "interval"),
         id="the-june-2021-quarter"),
    case("Exports in the March quarter fell to $41 billion.", "2021-11-05",
         E("$41 billion", "2021-01-01", "2021-03-31", "interval"), id="the-march-quarter"),
]

# "the 2020 general election, where ...": like "when", a clause about that year.
WHERE_A_YEAR = [
    case("Last night there were 312,455 ballots cast. The previous record was set during the "
         "2020 general election, where 301,870 ballots were cast.", "2024-11-06",
         E("312,455", "2024-11-05", "2024-11-05", "day"),
         E("301,870", "2020-01-01", "2020-12-31", "interval"), id="the-2020-election-where"),
    # A month of a year before "when": that month.
    case("Encounters were down sharply from March of 2024, when 137,480 were recorded.",
         "2025-04-05", E("137,480", "2024-03-01", "2024-03-31", "interval"),
         id="march-of-2024-when"),
    case("Turnout beat the record set in November 2020, when 61% of voters cast ballots.",
         "2024-08-22", E("61%", "2020-11-01", "2020-11-30", "interval"),
         id="november-2020-when"),
    case("Turnout is the highest since 2011, when 58% of voters cast ballots.", "2024-08-22",
         E("58%", "2011-01-01", "2011-12-31", "interval"), id="a-year-alone-when"),
]

# "the same month of 2019": the month compared with, in that year.
SAME_MONTH_OF_A_YEAR = [
    case("They recorded 464 incidents in August, compared to 369 in the same month in 2019.",
         "2020-12-29", E("369", "2019-08-01", "2019-08-31", "interval"), id="same-month-in-2019"),
    case("Sales in the second quarter rose to $4.1 billion from $3.2 billion in the same "
         "quarter of 2023.", "2025-07-10",
         E("$3.2 billion", "2023-04-01", "2023-06-30", "interval"), id="same-quarter-of-2023"),
    case("Some 12,400 people crossed in June, against 9,800 in the same month of 2024.",
         "2025-07-10", E("9,800", "2024-06-01", "2024-06-30", "interval"),
         id="same-month-of-last-year-named"),
    # The figure stated for the time itself keeps it.
    case("Some 12,400 people crossed in June, against 9,800 in the same month of 2024.",
         "2025-07-10", E("Some 12,400", "2025-06-01", "2025-06-30", "interval"),
         id="the-current-month-stays"),
]

# A month as what a figure is of ("the February tally of 8,290", "June now shows a loss of
# 8,000 jobs", "September 2020 saw 307 incidents"), and a month after "from" that is only the
# time compared with ("a 13 percent decline from February").
MONTH_AS_SUBJECT = [
    case("Agents apprehended 7,210 people in March, a 13 percent decline from February, which "
         "saw 8,290 apprehensions.", "2025-04-05",
         E("7,210", "2025-03-01", "2025-03-31", "interval"),
         E("8,290", "2025-02-01", "2025-02-28", "interval"), id="february-which-saw"),
    case("That figure stands well above the February tally of 8,290.", "2025-04-05",
         E("8,290", "2025-02-01", "2025-02-28", "interval"), id="the-february-tally"),
    case("July's gain was revised to 81,000 from 70,000, but June now shows a loss of 9,000 "
         "jobs.", "2025-09-05",
         E("70,000", "2025-07-01", "2025-07-31", "interval"),
         E("9,000", "2025-06-01", "2025-06-30", "interval"), id="but-june-now-shows"),
    case("September 2020 saw 307 incidents recorded.", "2020-12-29",
         E("307", "2020-09-01", "2020-09-30", "interval"), id="september-2020-saw"),
    case("During the month of March, 26,410 people were released on parole.", "2025-04-05",
         E("26,410", "2025-03-01", "2025-03-31", "interval"), id="during-the-month-of-march"),
    # "may" the verb is no month; a month compared with does not date the figure.
    case("Officials may now see 300 more cases.", "2025-05-10",
         E("300", None, "2025-05-10", "as_of", "publication"), id="may-is-a-verb"),
    case("Arrivals rose 12 percent from February to 4,100.", "2025-04-05",
         E("4,100", None, "2025-04-05", "none", "publication"), id="from-february-is-compared"),
]

# An as-of total frames the counts of the same tally in the sentence right after it.
AS_OF_TALLY_GOES_ON = [
    case("As of Thursday evening, 212 people had died in the floods, the disaster agency said. "
         "Another 340 were injured and 64 were missing. More than 12,000 homes were damaged.",
         "2025-05-10",
         E("340", None, "2025-05-08", "as_of", "carried"),
         E("64", None, "2025-05-08", "as_of", "carried"),
         E("More than 12,000", None, "2025-05-08", "as_of", "carried"), id="another-340-injured"),
    case("Nationally, the list stood at 7.12 million at the end of June. The regional figure, "
         "which excludes clinics, was 48,300.", "2025-08-14",
         E("48,300", None, "2025-06-30", "as_of", "carried"), id="the-other-figure-was"),
    # A when-clause ties the count to another moment; its own day, or the present, wins.
    case("As of Thursday evening, 212 people had died in the floods. About 50 people were in "
         "the market when the bridge fell.", "2025-05-10",
         E("About 50", None, "2025-05-10", "none", "publication"), id="when-the-bridge-fell"),
    case("As of Thursday evening, 212 people had died in the floods. Rescuers pulled 12 "
         "survivors from the mud on Friday.", "2025-05-10",
         E("12", "2025-05-09", "2025-05-09", "day"), id="its-own-day"),
    case("As of Thursday evening, 212 people had died in the floods. About 1,400 people remain "
         "in shelters.", "2025-05-10",
         E("About 1,400", None, "2025-05-10", "as_of", "publication"), id="remain-now"),
]

PHRASES = [
    *AS_OF_A_TIME_ON_A_DATE, *SINCE_A_PART_OF_A_MONTH, *MODIFIER_NOUNS, *MONTH_QUARTER,
    *WHERE_A_YEAR, *AS_OF_TALLY_GOES_ON, *SAME_MONTH_OF_A_YEAR, *MONTH_AS_SUBJECT,
]


@pytest.mark.parametrize("c", PHRASES)
def test_period_phrases_en(c: PeriodCase) -> None:
    check(c, "en")
