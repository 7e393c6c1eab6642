"""Periods of English figures that are levels or totals, not counts of a day, and of clauses
dated by what they hang on: classes met in real disaster, wildfire, business and economy news
(wire copy, local papers), each with sentences of our own (other numbers and names)."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

# A total named as the subject, then a verb taking it to a level on a day: as of that day.
LEVEL_REACHED = [
    case("The death toll from last week's collapse of a mine dam in the western province "
         "climbed to 91 on Tuesday, local officials said.", "2024-02-01",
         E("91", None, "2024-01-30", "as_of"), id="toll-climbed-to-on-tuesday"),
    case("The number of people confirmed dead after the bus plunged into a ravine rose to 23 on "
         "Friday, police said.", "2024-02-01",
         E("23", None, "2024-01-26", "as_of"), id="the-number-of-dead-rose-to"),
    case("The agency's tally rose from 12 on Saturday to 40 on Sunday and 47 on Monday.",
         "2024-02-01",
         E("12", None, "2024-01-27", "as_of"), E("40", None, "2024-01-28", "as_of"),
         E("47", None, "2024-01-29", "as_of"), id="a-tally-series"),
    case("Hopes are fading for 30 people still missing, as the number of confirmed deaths "
         "reached 52 on Monday.", "2024-02-01",
         E("52", None, "2024-01-29", "as_of"), id="as-the-number-reached"),
    case("The death toll from Monday's 6.1 magnitude earthquake rose to 88 on Wednesday, "
         "officials said, up from 61 on Tuesday.", "2024-02-01",
         E("88", None, "2024-01-31", "as_of"), E("61", None, "2024-01-30", "as_of"),
         id="past-a-magnitude-and-up-from"),
    # A count of the day keeps the day: no total is named.
    case("Daily arrivals rose to 800 on Tuesday, the coastguard said.", "2024-02-01",
         E("800", "2024-01-30", "2024-01-30", "day"), id="daily-arrivals-stay-a-day"),
]

# "since 2011, when ...": the clause "when" hangs on a year is about that year.
WHEN_A_YEAR = [
    case("It was the deadliest flood in the region since 2011, when heavy rains killed 312 "
         "people.", "2024-08-22",
         E("312", "2011-01-01", "2011-12-31", "interval"), id="deadliest-since-when"),
    case("Rents have risen by half since 2016, when the median stood at $1,150.", "2024-08-22",
         E("half", "2016-01-01", "2024-08-22", "to_date"),
         E("$1,150", "2016-01-01", "2016-12-31", "interval"), id="risen-since-when-it-stood"),
    case("Inflation is at its highest since 2008, when it reached 5.6%.", "2024-08-22",
         E("5.6%", "2008-01-01", "2008-12-31", "interval"), id="highest-since-when-it-reached"),
    case("That beat the record set in 2016 when 321,100 ballots were cast.", "2024-11-06",
         E("321,100", "2016-01-01", "2016-12-31", "interval"), id="set-in-2016-when"),
    case("The previous record was set during the 2020 general election, when 325,800 ballots "
         "were cast.", "2024-11-06",
         E("325,800", "2020-01-01", "2020-12-31", "interval"), id="the-2020-election-when"),
    case("It was the worst since 2011, when 312 people died in March.", "2024-08-22",
         E("312", "2024-03-01", "2024-03-31", "interval"), id="its-own-phrase-wins"),
    case("The party won 41% in 2024, when turnout was 62%.", "2024-08-22",
         E("62%", "2024-01-01", "2024-08-22", "to_date"), id="the-current-year-runs-to-date"),
]

# "The fire, which started on Tuesday, ...": from that start to publication; a level in the
# window (containment, people yet to return) holds as of its end.
WHICH_STARTED = [
    case("The Ridge fire, which started on Tuesday, had burned 8,400 acres and was 15% "
         "contained.", "2024-07-20",
         E("8,400 acres", "2024-07-16", "2024-07-20", "to_date"),
         E("15%", None, "2024-07-20", "as_of"), id="which-started-on-tuesday"),
    case("The Cedar fire, which started July 9, has burned about 3,100 acres.", "2024-07-20",
         E("about 3,100 acres", "2024-07-09", "2024-07-20", "to_date"),
         id="which-started-july-9"),
    case("The blaze, which broke out on July 12, is now 40% contained.", "2024-07-20",
         E("40%", None, "2024-07-20", "as_of"), id="which-broke-out-a-level"),
    case("The strike, which began in May, has cost the company 40 million euros.", "2024-07-20",
         E("40 million euros", "2024-05-01", "2024-07-20", "to_date"), id="which-began-in-may"),
    case("The ministry said 6,100 people in nine provinces had fled their homes since Tuesday, "
         "and 1,900 of them had yet to return.", "2024-07-20",
         E("6,100", "2024-07-16", "2024-07-20", "to_date"),
         E("1,900", None, "2024-07-20", "as_of", "carried"), id="of-them-yet-to-return"),
    case("The Oak fire, which started Saturday afternoon, had burned 41,000 acres by Tuesday "
         "morning. It was 18% contained.", "2024-07-20",
         E("18%", None, "2024-07-16", "as_of", "carried"), id="a-level-the-next-sentence"),
]

# Financial years named with a possessive: "for its financial year to the end of March".
FISCAL = [
    case("The retailer reported a pre-tax profit of 54 million pounds for its financial year "
         "to the end of March, on sales of 1.9 billion pounds.", "2024-08-22",
         E("54 million pounds", "2023-04-01", "2024-03-31", "interval"),
         E("1.9 billion pounds", "2023-04-01", "2024-03-31", "interval"),
         id="its-financial-year-to-the-end-of-march"),
    case("The company posted a net loss of $12 million for its fiscal year ended June 30.",
         "2024-08-22", E("$12 million", "2023-07-01", "2024-06-30", "interval"),
         id="its-fiscal-year-ended-june-30"),
    case("The group said its sales rose 4% in its fiscal year through May.", "2024-08-22",
         E("4%", "2023-06-01", "2024-05-31", "interval"), id="its-fiscal-year-through-may"),
]

# Seasons: "this summer" up to publication, "last winter" the latest one over, "summer 2023".
SEASONS = [
    case("Some 2,300 people crossed this summer.", "2025-06-18",
         E("Some 2,300", "2025-06-01", "2025-06-18", "to_date"), id="this-summer-running"),
    case("Some 2,300 people crossed this summer.", "2025-10-05",
         E("Some 2,300", "2025-06-01", "2025-08-31", "interval"), id="this-summer-over"),
    case("Hospitals treated 41,000 flu patients last winter.", "2025-06-18",
         E("41,000", "2024-12-01", "2025-02-28", "interval"), id="last-winter-spans-two-years"),
    case("Flu admissions hit 9,400 this winter.", "2025-02-10",
         E("9,400", "2024-12-01", "2025-02-10", "to_date"), id="this-winter-in-february"),
    case("Crossings rose 30% last summer.", "2025-07-15",
         E("30%", "2024-06-01", "2024-08-31", "interval"), id="last-summer-read-in-summer"),
    case("The park drew 1.2 million visitors in the summer of 2023.", "2025-06-18",
         E("1.2 million", "2023-06-01", "2023-08-31", "interval"), id="the-summer-of-2023"),
    case("Heating bills may rise 9% this winter.", "2025-10-05",
         E("9%", None, None, "none"), id="a-winter-to-come-dates-nothing"),
]

# A day with a time of day: "by 6 p.m. Thursday" is as of that day; "as of 6 a.m. Thursday"
# dates the totals in the past perfect before it, across "and".
TIMES_OF_DAY = [
    case("Crews had restored power to 80,000 homes by 6 p.m. Thursday.", "2025-06-14",
         E("80,000", None, "2025-06-12", "as_of"), id="by-6-pm-thursday"),
    case("Some 41,000 customers were still without power by 9 a.m. ET on Friday.", "2025-06-14",
         E("Some 41,000", None, "2025-06-13", "as_of"), id="by-9-am-et-on-friday"),
    case("The Interior Ministry said four people had died and three were missing as of 6 a.m. "
         "Thursday.", "2026-09-17",
         E("four", None, "2026-09-17", "as_of"), E("three", None, "2026-09-17", "as_of"),
         id="had-died-and-were-missing-as-of"),
    case("Officials said 12 homes had been destroyed and 40 damaged by Monday evening.",
         "2026-09-17",
         E("12", None, "2026-09-14", "as_of"), E("40", None, "2026-09-14", "as_of"),
         id="destroyed-and-damaged-by-monday-evening"),
]

# The day of a report dates the totals in it, as of that day, even after a sentence about
# another day.
REPORT_DAYS = [
    case("At least 1,200 people were injured and 31 remained missing, the agency said in its "
         "Wednesday report.", "2025-03-12",
         E("At least 1,200", None, "2025-03-12", "as_of"), E("31", None, "2025-03-12", "as_of"),
         id="in-its-wednesday-report"),
    case("According to Tuesday's bulletin, 88 people remain in hospital.", "2025-03-12",
         E("88", None, "2025-03-11", "as_of"), id="tuesdays-bulletin"),
    case("The toll stood at 40 on Tuesday morning. According to the agency's Wednesday report, "
         "1,087 people were injured.", "2025-03-12",
         E("1,087", None, "2025-03-12", "as_of"), id="a-report-day-after-another-day"),
]

# A figure restating the one before it ("118 of the deaths, or 82.5%") covers the same time;
# an appositive listing members ("Eleven people, among them three children,") stays in the
# clause its day ends.
SAME_CLAUSE = [
    case("Callqui province accounted for 118 of the deaths, or 82.5%, most of them in the "
         "capital.", "2025-03-12",
         E("82.5%", None, "2025-03-12", "none", "carried", "118"), id="or-a-share-of-a-total"),
    case("The death toll rose to 143 on Wednesday. Callqui accounted for 118 of them, or "
         "82.5%.", "2025-03-12",
         E("118", None, "2025-03-12", "as_of", "carried", "143"),
         E("82.5%", None, "2025-03-12", "as_of", "carried", "118"), id="or-a-share"),
    case("Eleven people, among them three children, were killed on Sunday.", "2024-10-01",
         E("Eleven", "2024-09-29", "2024-09-29", "day"), id="among-them-set-off-by-commas"),
    case("More than 30,000 people have crossed so far this year. Four people, including a "
         "nine-year-old boy, died when a boat carrying about 60 people capsized off Calais on "
         "Sept. 21.", "2024-10-01",
         E("Four", "2024-09-21", "2024-09-21", "day"), id="including-set-off-by-commas"),
]

# Running totals: "the provisional total for the year so far" runs from the year's start, to
# the day the events before it happened; a total at a date inside the window the article
# counts runs from that window's start.
RUNNING_TOTALS = [
    case("On August 17, 492 migrants crossed in nine boats, taking the provisional total for "
         "the year so far to 19,066.", "2024-08-18",
         E("492", "2024-08-17", "2024-08-17", "day"),
         E("19,066", "2024-01-01", "2024-08-17", "to_date"), id="taking-the-total-for-the-year"),
    case("Sales in the year to date reached $4 million.", "2024-08-18",
         E("$4 million", "2024-01-01", "2024-08-18", "to_date"), id="in-the-year-to-date"),
    case("More than 25,000 people have crossed so far this year. The provisional total passed "
         "10,000 at the end of May and stood at 19,294 on Aug. 20.", "2024-10-01",
         E("10,000", "2024-01-01", "2024-05-31", "to_date"),
         E("19,294", "2024-01-01", "2024-08-20", "to_date"), id="a-total-inside-the-window"),
    case("The death toll rose to 143 on Wednesday. The total stood at 150 on Thursday.",
         "2024-10-01", E("150", None, "2024-09-26", "as_of"), id="no-window-no-start"),
    case("Cases rose in April. Nurses have given 4,100 doses of the vaccine in the month since "
         "the county's vaccination campaign began on May 15.", "2024-06-18",
         E("4,100", "2024-05-15", "2024-06-18", "to_date"), id="in-the-month-since-began-on"),
]

# "added" counts jobs, not words, after what was added ("the jobs added last month").
ADDED = [
    case("Nine in 10 of the jobs added last month were full-time.", "2025-09-05",
         E("Nine in 10", "2025-08-01", "2025-08-31", "interval"), id="jobs-added-last-month"),
    case("Some 40% of the positions added in August were in health care.", "2025-09-05",
         E("Some 40%", "2025-08-01", "2025-08-31", "interval"), id="positions-added-in-august"),
    case("The agency added on Monday that 412 people were missing.", "2025-09-05",
         E("412", None, "2025-09-01", "as_of"), id="added-on-monday-is-said"),
]

# A company's or a government's fiscal year: its months are the reporter's convention, unknown
# here, so it dates nothing (rather than the calendar year: Nike's fiscal 2025 ended in May).
FISCAL_YEARS = [
    case("Sales rose 6% in fiscal 2025.", "2025-06-18",
         E("6%", None, None, "none"), id="in-fiscal-2025"),
    case("Net income rose to $2.7 million in FY2025.", "2025-09-25",
         E("$2.7 million", None, None, "none"), id="in-fy2025"),
    case("Revenue fell 6% to $3.2 million in Q4 FY2025.", "2025-09-25",
         E("6%", None, None, "none"), E("$3.2 million", None, None, "none"),
         id="q4-fy2025-is-no-calendar-quarter"),
    case("Profit rose 9% in its fiscal fourth quarter.", "2025-06-26",
         E("9%", None, None, "none"), id="its-fiscal-fourth-quarter"),
    case("Profit rose 9% in the fourth quarter.", "2025-06-26",
         E("9%", "2024-10-01", "2024-12-31", "interval"), id="a-plain-quarter-stays-calendar"),
]

# "since late April", "since mid-March": from the first day of that part of the month.
SINCE_PART = [
    case("The outbreak has sickened 48 people since late April.", "2025-06-18",
         E("48", "2025-04-21", "2025-06-18", "to_date"), id="since-late-april"),
    case("Prices have risen 4% since mid-March.", "2025-06-18",
         E("4%", "2025-03-11", "2025-06-18", "to_date"), id="since-mid-march"),
    case("Some 900 homes have been sold since the end of May.", "2025-06-18",
         E("Some 900", "2025-05-21", "2025-06-18", "to_date"), id="since-the-end-of-may"),
]

# Figures joined by "and" (no comma) share the phrase ending their clause; a simple past does
# not share an as-of time, nor does a standing state in the present.
COORDINATED = [
    case("The Red Cross said it had distributed 5,200 blankets and 1,600 tents since Monday.",
         "2025-03-12", E("5,200", "2025-03-10", "2025-03-12", "to_date"),
         id="blankets-and-tents-since-monday"),
    case("Crews cleared 40 roads and 12 bridges on Tuesday.", "2025-03-12",
         E("40", "2025-03-11", "2025-03-11", "day"), id="roads-and-bridges-on-tuesday"),
    case("Sales rose 5% and profit jumped 12% in the second quarter.", "2025-08-01",
         E("5%", "2025-04-01", "2025-06-30", "interval"), id="sales-and-profit-in-the-quarter"),
    case("The company employs 4,000 people and sold 12,000 cars in 2024.", "2025-03-12",
         E("4,000", None, "2025-03-12", "as_of"), id="a-present-state-keeps-its-own"),
    # the comma keeps "on Monday" from the first clause; the march the sentence tells on its
    # one day is the article's action, whose day then reaches its marchers (claims.event_days)
    case("Some 300 people marched, and 12 were arrested on Monday.", "2025-03-12",
         E("Some 300", "2025-03-10", "2025-03-10", "day", "carried"),
         id="a-comma-keeps-them-apart"),
    case("Some 300 people were fined, and 12 were arrested on Monday.", "2025-03-12",
         E("Some 300", None, "2025-03-12", "none"), id="a-comma-keeps-them-apart-no-action"),
]

# A stock compared with its level a month before is as of that month's end; a total its
# subject names, taken down to a level, frames the level after a figure as of a date.
STOCK_LEVELS = [
    case("Nationally, the waiting list stood at 7.36 million at the end of June, down from 7.39 "
         "million in May.", "2025-08-14",
         E("7.39 million", None, "2025-05-31", "as_of"), id="down-from-in-may"),
    case("The trust had 68,412 patients on its waiting list at the end of June. The number of "
         "patients waiting more than a year fell to 1,904.", "2025-08-14",
         E("1,904", None, "2025-06-30", "as_of", "carried"), id="the-number-fell-to"),
    case("The fire had reached 5,000 acres on Tuesday.", "2024-09-01",
         E("5,000 acres", None, "2024-08-27", "as_of"), id="had-reached-on-tuesday"),
    case("Enrolment had climbed to about 1,900 pupils on Friday.", "2024-09-01",
         E("about 1,900", None, "2024-08-30", "as_of"), id="had-climbed-to-about"),
    case("Police had arrested 40 people on Tuesday.", "2024-09-01",
         E("40", "2024-08-27", "2024-08-27", "day"), id="had-arrested-stays-a-day"),
    case("Inflation fell to 2.4% in May from 2.6% in April.", "2025-06-18",
         E("2.6%", "2025-04-01", "2025-04-30", "interval"), id="a-rate-of-a-month-stays"),
]

# Events a year or a month names: "the 2022 midterms", "the August 2003 heat wave", "the floods
# of 2016", "since the 2008 financial crisis".
EVENT_YEARS = [
    case("In the 2022 midterms, turnout was 48%.", "2024-11-06",
         E("48%", "2022-01-01", "2022-12-31", "interval"), id="in-the-2022-midterms"),
    case("The August 2003 heat wave killed 15,000 people in France.", "2024-11-06",
         E("15,000", "2003-08-01", "2003-08-31", "interval"), id="the-august-2003-heat-wave"),
    case("Prices have doubled since the 2008 financial crisis, rising to $410,000.",
         "2024-11-06", E("$410,000", "2008-01-01", "2024-11-06", "to_date"),
         id="since-the-2008-financial-crisis"),
    case("Some 2,100 homes were lost in the floods of 2016.", "2024-11-06",
         E("Some 2,100", "2016-01-01", "2016-12-31", "interval"), id="the-floods-of-2016"),
    case("The 2021 census counted 59.6 million people.", "2024-11-06",
         E("59.6 million", "2021-01-01", "2021-12-31", "interval"), id="the-2021-census"),
]

# The results of an election the article dated: votes "against" are a result too.
RESULTS = [
    case("Voters decided five measures in Tuesday's election. The levy failed: 25,100 against "
         "and 24,800 in favor.", "2025-11-07",
         E("25,100", "2025-11-04", "2025-11-04", "day", "carried"), id="votes-against"),
    case("Turnout in Tuesday's election reached 44%. Measure 2 was rejected by a vote of 38% in "
         "favor to 62% against.", "2025-11-07",
         E("62%", "2025-11-04", "2025-11-04", "day", "carried"), id="in-favor-to-against"),
]

LEVELS = [
    *RESULTS, *EVENT_YEARS, *COORDINATED, *STOCK_LEVELS,
    *FISCAL_YEARS, *SINCE_PART,
    *RUNNING_TOTALS, *ADDED,
    *LEVEL_REACHED, *WHEN_A_YEAR, *WHICH_STARTED, *FISCAL, *SEASONS, *TIMES_OF_DAY,
    *REPORT_DAYS, *SAME_CLAUSE,
]


@pytest.mark.parametrize("c", LEVELS)
def test_period_levels_en(c: PeriodCase) -> None:
    check(c, "en")
