"""Periods of English figures, by class of construction met in real news (wire copy, UK and
US papers, health bulletins, disaster and migration reports): each class with several
sentences of our own (other numbers and names), never an article's text."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

# "The next day", "two days later": a day counted from the day said before.
DAY_AFTER = [
    case("On Thursday, March 13, 1.2 million people marched. The next day, 80,000 marched "
         "again.", "2025-03-20",
         E("80,000", "2025-03-14", "2025-03-14", "day"), id="the-next-day"),
    case("Police arrested 240 people on May 1. The following day, 37 more were held.",
         "2024-05-10", E("37", "2024-05-02", "2024-05-02", "day"), id="the-following-day"),
    case("The river peaked on Sept. 14. Two days later, 1,300 homes were still flooded.",
         "2024-09-20", E("1,300", None, "2024-09-16", "as_of"), id="two-days-later-a-stock"),
    case("The strike began on June 3, when 4,100 workers walked out. A week later, 6,900 had "
         "joined.", "2024-06-20", E("6,900", "2024-06-10", "2024-06-10", "day"),
         id="a-week-later"),
    case("On March 14, 640,000 people marched. The previous day, 12,000 students had walked "
         "out.", "2024-03-15", E("12,000", "2024-03-13", "2024-03-13", "day"),
         id="the-previous-day-of-a-day-said"),
    case("Officials said 310 people were evacuated. The next day, 45 returned home.",
         "2024-06-20", E("45", None, "2024-06-20", "none", "publication"),
         id="the-next-day-with-no-day-before-stays-open"),
]

# A clause's period phrase dates every figure of the clause, not only the one before it.
CLAUSE = [
    case("Police arrested 164 suspects in 12 cities in April.", "2024-06-03",
         E("164", "2024-04-01", "2024-04-30", "interval"), id="suspects-in-cities-in-april"),
    case("Some 613 people made the crossing in 14 boats on Tuesday.", "2023-06-21",
         E("Some 613", "2023-06-20", "2023-06-20", "day"), id="people-in-boats-on-tuesday"),
    case("Revenue rose 12% to $4.2 billion in the fiscal year ended March 31.", "2024-05-10",
         E("12%", "2023-04-01", "2024-03-31", "interval"),
         E("$4.2 billion", "2023-04-01", "2024-03-31", "interval"), id="rose-to-in-the-year"),
    case("Police arrested 164 suspects in April, up from 120 in March.", "2024-06-03",
         E("164", "2024-04-01", "2024-04-30", "interval"),
         E("120", "2024-03-01", "2024-03-31", "interval"), id="a-comma-keeps-them-apart"),
]

# Running totals named by their year: "the 2024 total", "2023 to date", "for 2023 so far".
YEAR_TOTALS = [
    case("Another 512 people crossed yesterday, taking the 2024 total up to now to 24,310.",
         "2024-09-14", E("512", "2024-09-13", "2024-09-13", "day"),
         E("24,310", "2024-01-01", "2024-09-14", "to_date"), id="the-2024-total"),
    case("The provisional total for 2023 to date is 18,650, according to government data.",
         "2023-08-30", E("18,650", "2023-01-01", "2023-08-30", "to_date"), id="2023-to-date"),
    case("That brings the total for 2023 so far to 9,870.", "2023-06-20",
         E("9,870", "2023-01-01", "2023-06-20", "to_date"), id="for-2023-so-far"),
    case("The 2022 toll was 1,940 deaths, the agency said.", "2023-03-01",
         E("1,940", "2022-01-01", "2022-12-31", "interval"), id="a-finished-year-total"),
]

# Days written day-first (British and wire copy): "since 1 January 2019", "17 and 18 June".
DAY_FIRST = [
    case("Some 86,120 people have crossed since 1 January 2019, officials said.", "2024-09-02",
         E("Some 86,120", "2019-01-01", "2024-09-02", "to_date"), id="since-1-january-2019"),
    case("Since 4 November, 744 severe cases have been admitted to intensive care.",
         "2025-01-15", E("744", "2024-11-04", "2025-01-15", "to_date"), id="since-4-november"),
    case("A total of 613 people made the crossing over the weekend of 17 and 18 June.",
         "2023-06-20", E("613", "2023-06-17", "2023-06-18", "interval"),
         id="the-weekend-of-17-and-18-june"),
    case("Firefighters tackled 58 blazes on 2 and 3 August.", "2024-08-10",
         E("58", "2024-08-02", "2024-08-03", "interval"), id="on-2-and-3-august"),
    # A weekday named with the date says the year: read on Tuesday 11 March 2025, "Thursday,
    # March 13" is two days on, not 13 March 2024 (a Wednesday).
    case("On Thursday, March 13, some 3,400 nurses will strike.", "2025-03-11",
         E("some 3,400", "2025-03-13", "2025-03-13", "day"), id="thursday-march-13-coming"),
    case("On Thursday, March 13, some 3,400 nurses went on strike.", "2025-03-14",
         E("some 3,400", "2025-03-13", "2025-03-13", "day"), id="thursday-march-13-past"),
]

# Windows inside a named year or month, and weeks named by their first day.
WINDOWS = [
    case("Border police made 22 interceptions in the last quarter of 2018 and 14 in the first "
         "quarter of 2019.", "2019-04-10",
         E("22", "2018-10-01", "2018-12-31", "interval"),
         E("14", "2019-01-01", "2019-03-31", "interval"), id="the-last-quarter-of-2018"),
    case("Exports fell 7% in the final quarter of 2023.", "2024-03-01",
         E("7%", "2023-10-01", "2023-12-31", "interval"), id="the-final-quarter-of-2023"),
    case("Crossings reached 286 in the last three months of 2018.", "2019-04-10",
         E("286", "2018-10-01", "2018-12-31", "interval"), id="the-last-three-months-of-2018"),
    case("In the first two weeks of September, 4,200 hectares burned.", "2022-09-20",
         E("4,200 hectares", "2022-09-01", "2022-09-14", "interval"),
         id="the-first-two-weeks-of-september"),
    case("Nearly 2,900 acres burned in the week of June 24.", "2024-07-20",
         E("Nearly 2,900 acres", "2024-06-24", "2024-06-30", "interval"), id="the-week-of"),
    case("Net income was $310 million in the fiscal year ending June 30, 2023.", "2023-09-01",
         E("$310 million", "2022-07-01", "2023-06-30", "interval"),
         id="the-fiscal-year-ending"),
    case("Sales rose 4% in the year to 31 March.", "2024-05-20",
         E("4%", "2023-04-01", "2024-03-31", "interval"), id="the-year-to-31-march"),
    case("Between January and the end of August, 9,800 companies went bust.", "2024-09-10",
         E("9,800", "2024-01-01", "2024-08-31", "interval"), id="january-to-the-end-of-august"),
    case("From March until the end of May 2023, 4,100 claims were filed.", "2024-09-10",
         E("4,100", "2023-03-01", "2023-05-31", "interval"), id="march-to-the-end-of-may-2023"),
    case("Last year at this time, 540 cases had been recorded.", "2024-09-10",
         E("540", "2023-01-01", "2023-09-10", "interval"), id="last-year-at-this-time"),
    case("Some 5,600 homes were without power as of Wednesday evening.", "2024-05-10",
         E("Some 5,600", None, "2024-05-08", "as_of"), id="as-of-wednesday-evening"),
]


# Company and statistics shorthand: Q2, H1; split years ("2023-24") name a fiscal, school or
# season year whose months are the reporter's convention: they date nothing.
SHORTHAND = [
    case("Revenue was $4.1 billion in Q2.", "2024-07-26",
         E("$4.1 billion", "2024-04-01", "2024-06-30", "interval"), id="in-q2"),
    case("Q3 2023 sales reached $910 million.", "2024-07-26",
         E("$910 million", "2023-07-01", "2023-09-30", "interval"), id="q3-2023"),
    case("In H1 2024, revenue reached $8.1 billion.", "2024-07-26",
         E("$8.1 billion", "2024-01-01", "2024-06-30", "interval"), id="h1-2024"),
    case("In 2023-24, the health service treated 1.2 million patients.", "2024-07-26",
         E("1.2 million", None, None, "none", "unresolved"), id="a-split-year-dates-nothing"),
    case("In the 2023/24 season, 41,000 fans attended.", "2024-07-26",
         E("41,000", None, None, "none", "unresolved"), id="a-season"),
    case("Between 2010-2020, 3,100 schools closed.", "2024-07-26",
         E("3,100", "2010-01-01", "2020-12-31", "interval"), id="years-apart-are-a-range"),
]

# A total or a stock known on a day (a death toll, homes still without power) is as of that
# day; a count of that day's events is the day.
STOCKS = [
    case("The death toll from the storm stood at 64 early on Friday as 1.2 million homes "
         "remained without power.", "2017-09-16",
         E("64", None, "2017-09-15", "as_of"), E("1.2 million", None, "2017-09-15", "as_of"),
         id="toll-and-homes-without-power"),
    case("The death toll climbed to 93 on Thursday, officials said.", "2024-10-05",
         E("93", None, "2024-10-03", "as_of"), id="the-toll-climbed-on-thursday"),
    case("Nearly 350,000 customers were still without power on Wednesday, down from 700,000 on "
         "Tuesday.", "2024-10-05",
         E("Nearly 350,000", None, "2024-10-02", "as_of"),
         E("700,000", None, "2024-10-01", "as_of"), id="still-without-power-down-from"),
    case("On Monday, 300 people were still missing.", "2024-10-05",
         E("300", None, "2024-09-30", "as_of"), id="still-missing-on-monday"),
    case("Rescuers pulled 41 people from the rubble on Tuesday, bringing the total rescued to "
         "260.", "2024-10-05",
         E("41", "2024-10-01", "2024-10-01", "day"), E("260", None, "2024-10-01", "as_of"),
         id="a-day-count-and-the-total-it-brings"),
    case("On Thursday, 1.1 million people marched across the country.", "2024-10-05",
         E("1.1 million", "2024-10-03", "2024-10-03", "day"), id="an-event-stays-a-day"),
    case("On March 13, 1.2 million people marched. On Thursday the 27th, 800,000 took to the "
         "streets.", "2025-03-29",
         E("800,000", "2025-03-27", "2025-03-27", "day"), id="thursday-the-27th"),
]


# "The highest since 2019": a record measured against a time does not date the figure.
RECORDS = [
    case("About 40,000 people joined the march in the capital, the largest since 2019.",
         "2024-10-05", E("About 40,000", None, "2024-10-05", "none", "publication"),
         id="the-largest-since-2019"),
    case("September's figure of 6,200 was the highest this year.", "2024-10-05",
         E("6,200", "2024-09-01", "2024-09-30", "interval"), id="septembers-highest-this-year"),
    case("Inflation fell to 2.2%, its lowest level since February 2021.", "2024-10-05",
         E("2.2%", None, None, "none"), id="its-lowest-level-since"),
    case("Some 6,200 people crossed in September, the most in a single month since 2022.",
         "2024-10-05", E("Some 6,200", "2024-09-01", "2024-09-30", "interval"),
         id="the-most-in-a-month-since"),
    case("Since 2019, 41,000 people have crossed.", "2024-10-05",
         E("41,000", "2019-01-01", "2024-10-05", "to_date"), id="a-plain-since-still-dates"),
]

# Parts of a day and pairs of days.
DAY_PARTS = [
    case("In the clashes that followed on Thursday night, 31 officers were injured.",
         "2024-10-05", E("31", None, "2024-10-05", "as_of"), id="on-thursday-night"),
    case("On Friday and Saturday, 1,340 migrants reached the island.", "2024-10-07",
         E("1,340", "2024-10-04", "2024-10-05", "interval"), id="on-friday-and-saturday"),
    case("The storm dumped 12 inches of rain on the area Thursday into Friday.", "2024-10-07",
         E("12 inches", "2024-10-03", "2024-10-04", "interval"), id="thursday-into-friday"),
    case("Earlier in the week, 2,000 protesters gathered.", "2024-10-05",
         E("2,000", "2024-09-30", "2024-10-05", "to_date"), id="earlier-in-the-week"),
]

# A sentence without figures that names the day ("Protesters clashed with police on
# Thursday.") dates the figures of the sentence right after it; not a sentence about the
# present, nor one after a sentence naming another kind of time.
SCENES = [
    case("Protesters clashed with police on Thursday in two cities. Police said 412 people "
         "were arrested during the protest.", "2025-03-14",
         E("412", "2025-03-13", "2025-03-13", "day", "carried"), id="the-day-of-the-scene"),
    case("Protesters clashed with police on Thursday.\n\nOfficers arrested 412 people, the "
         "ministry said.", "2025-03-14",
         E("412", "2025-03-13", "2025-03-13", "day", "carried"), id="across-a-paragraph-break"),
    case("The storm hit the coast on Tuesday. It killed 12 people and destroyed 300 homes.",
         "2025-03-14", E("12", "2025-03-11", "2025-03-11", "day", "carried"),
         E("300", "2025-03-11", "2025-03-11", "day", "carried"), id="the-storm-hit-on-tuesday"),
    case("The law took effect in January. Police have fined 412 people.", "2025-03-14",
         E("412", None, "2025-03-14", "as_of", "publication"), id="a-month-sets-no-scene"),
    case("The storm hit on Tuesday. The coastguard now has 1,400 volunteers.", "2025-03-14",
         E("1,400", None, "2025-03-14", "as_of", "publication"), id="the-present-breaks-a-scene"),
    # a standing state in the simple present is no event of the scene's day
    case("On Monday, 240 flights were cancelled. The airline employs 4,100 pilots.", "2025-03-14",
         E("4,100", None, "2025-03-14", "as_of", "publication"), id="employs-breaks-a-scene"),
    case("On Friday, 61 people were arrested. The city is home to 412,000 residents.",
         "2025-03-14", E("412,000", None, "2025-03-14", "as_of", "publication"),
         id="is-home-to-breaks-a-scene"),
    case("On Tuesday, 80 families were evacuated. The camp houses 3,000 refugees.", "2025-03-14",
         E("3,000", None, "2025-03-14", "as_of", "publication"), id="houses-breaks-a-scene"),
    case("On Sunday, 14 boats arrived. The coast guard operates 22 patrol vessels.",
         "2025-03-14", E("22", None, "2025-03-14", "as_of", "publication"),
         id="operates-breaks-a-scene"),
]

# A period phrase after "than", "from" is what the figure is compared with.
BASELINES = [
    case("Q2 revenue was $4.1 billion, up 9% from Q2 2023.", "2024-07-26",
         E("9%", "2024-04-01", "2024-06-30", "interval"), id="up-9-percent-from-q2-2023"),
    case("In the first half of 2024, 4,200 claims were filed, 12% more than in 2023.",
         "2024-10-10", E("12%", "2024-01-01", "2024-06-30", "interval"),
         id="more-than-in-2023"),
    case("Police evacuated 300 people from homes in April.", "2024-07-26",
         E("300", "2024-04-01", "2024-04-30", "interval"), id="from-homes-is-no-baseline"),
    case("Through the first nine months of the year, 4,200 applications were filed.",
         "2024-10-10", E("4,200", "2024-01-01", "2024-09-30", "interval"),
         id="through-the-first-nine-months"),
    case("In the 10 days since the storm, 4,200 claims were filed.", "2024-10-10",
         E("4,200", "2024-10-01", "2024-10-10", "to_date"), id="in-the-10-days-since"),
]

# "Since the outbreak began in March": from the start of that month to publication.
SINCE_EVENT = [
    case("Since the outbreak began in March, 1,240 cases have been confirmed.", "2024-11-08",
         E("1,240", "2024-03-01", "2024-11-08", "to_date"), id="since-it-began-in-march"),
    case("Since the strike started in September 2023, 410 jobs have been cut.", "2024-11-08",
         E("410", "2023-09-01", "2024-11-08", "to_date"), id="since-it-started-in-sept-2023"),
    case("Since the campaign began on May 2, 310 reports have been made.", "2024-06-03",
         E("310", "2024-05-02", "2024-06-03", "to_date"), id="since-it-began-on-a-day"),
]

# A cumulative figure "by" a day or "as of" a time of day (fire and storm updates): a total known
# then, its start unknown; the target "by the end of the year" or "by March 2025" likewise.
BY_A_DAY = [
    case("The Larch fire had burned 9,200 acres by Wednesday evening.", "2024-08-09",
         E("9,200 acres", None, "2024-08-07", "as_of"), id="burned-by-wednesday-evening"),
    case("Floodwaters had damaged 1,340 homes by late Sunday, officials said.", "2024-08-09",
         E("1,340", None, "2024-08-04", "as_of"), id="damaged-by-late-sunday"),
    case("Crews had restored power to 61,000 customers by Tuesday morning.", "2024-08-09",
         E("61,000", None, "2024-08-06", "as_of"), id="restored-by-tuesday-morning"),
    case("The Ash fire was 7,800 acres as of noon Thursday.", "2024-08-09",
         E("7,800 acres", None, "2024-08-08", "as_of"), id="as-of-noon-thursday"),
    case("At least 41 people had died as of 9 p.m. ET Monday.", "2024-08-09",
         E("At least 41", None, "2024-08-05", "as_of"), id="as-of-9-pm-et-monday"),
    case("As of 8 a.m. on Friday, 23,500 homes were without power.", "2024-08-09",
         E("23,500", None, "2024-08-09", "as_of"), id="as-of-8-am-on-friday"),
    case("The waiting list could reach 90,000 by the end of the year.", "2024-03-14",
         E("90,000", None, "2024-12-31", "as_of"), id="by-the-end-of-the-year"),
    case("The board set a goal of 82 per cent by March 2025.", "2024-03-14",
         E("82 per cent", None, "2025-03-31", "as_of"), id="by-march-2025"),
    case("Figures published on Tuesday show that 14,210 people had crossed this year as of "
         "Sunday, Aug. 4.", "2024-08-09",
         E("14,210", "2024-01-01", "2024-08-04", "to_date"), id="published-on-tuesday-dates-none"),
]

# Containment of a fire is a level known on a day, not a count of that day.
CONTAINMENT = [
    case("The Ridge fire was 46 percent contained on Friday.", "2024-08-10",
         E("46 percent", None, "2024-08-09", "as_of"), id="contained-on-friday"),
    case("On Monday the blaze reached 12% containment.", "2024-08-10",
         E("12%", None, "2024-08-05", "as_of"), id="containment-on-monday"),
    case("The Oak fire was 30% contained Wednesday evening, Cal Fire said.", "2024-08-10",
         E("30%", None, "2024-08-07", "as_of"), id="contained-wednesday-evening"),
]

# A level or running total no phrase dates, told in the present ("now stands at", "currently",
# "have arrested", "remain"): as of publication, kind as_of (still publication's reading). A past
# count with no date, an estimate or a plan is not.
PRESENT_STOCKS = [
    case("The death toll now stands at 87.", "2024-06-19",
         E("87", None, "2024-06-19", "as_of", "publication"), id="toll-now-stands-at"),
    case("Unemployment currently stands at 4.3%.", "2024-06-19",
         E("4.3%", None, "2024-06-19", "as_of", "publication"), id="currently-a-share"),
    case("The number of confirmed cases has risen to 1,320.", "2024-06-19",
         E("1,320", None, "2024-06-19", "as_of", "publication"), id="has-risen-to"),
    case("The blaze has destroyed 47 homes and 19 barns.", "2024-06-19",
         E("47", None, "2024-06-19", "as_of", "publication"),
         E("19", None, "2024-06-19", "as_of", "publication"), id="has-destroyed-and"),
    case("About 3,100 residents remain in shelters.", "2024-06-19",
         E("About 3,100", None, "2024-06-19", "as_of", "publication"), id="remain-in-shelters"),
    case("Police arrested 38 people.", "2024-06-19",
         E("38", None, "2024-06-19", "none", "publication"), id="a-past-count-is-no-stock"),
    case("The waiting list could reach 120,000.", "2024-06-19",
         E("120,000", None, "2024-06-19", "none", "publication"), id="an-estimate-is-no-stock"),
]

# Running totals measured against a year named or implied ("at this stage in 2022", "since
# January 2018", "over the past decade") and the night before publication ("overnight").
RUNNING_BASELINES = [
    case("Arrivals reached 31,204, up from 27,930 at the same point last year.", "2024-10-26",
         E("31,204", "2024-01-01", "2024-10-26", "to_date"),
         E("27,930", "2023-01-01", "2023-10-26", "interval"), id="reached-up-from-same-point"),
    case("Arrivals reached 31,204, 14% lower than the 36,300 recorded at the same point in "
         "2022.", "2024-10-26", E("36,300", "2022-01-01", "2022-10-26", "interval"),
         id="same-point-in-a-named-year"),
    case("So far this year 8,410 claims were filed, against 9,120 at this stage in 2023.",
         "2024-05-10", E("9,120", "2023-01-01", "2023-05-10", "interval"),
         id="at-this-stage-in-2023"),
    case("Since January 2018, more than 96,000 people have made the crossing.", "2024-10-26",
         E("more than 96,000", "2018-01-01", "2024-10-26", "to_date"),
         id="since-january-2018"),
    case("Since March 2021, 2,140 clinics have closed.", "2024-10-26",
         E("2,140", "2021-03-01", "2024-10-26", "to_date"), id="since-march-2021"),
    # "since <something> in <year>": from that year's start, not the year alone
    case("The fund has lost 12% since its launch in 2021.", "2025-11-13",
         E("12%", "2021-01-01", "2025-11-13", "to_date"), id="since-its-launch-in-2021"),
    case("Since the war began in 2022, 6.2 million people have fled.", "2025-11-13",
         E("6.2 million", "2022-01-01", "2025-11-13", "to_date"), id="since-the-war-began-in"),
    case("Since taking office in 2023, the mayor has hired 240 officers.", "2025-11-13",
         E("240", "2023-01-01", "2025-11-13", "to_date"), id="since-taking-office-in"),
    case("The charity has rehoused 1,800 families since it was founded in 2016.", "2025-11-13",
         E("1,800", "2016-01-01", "2025-11-13", "to_date"), id="since-it-was-founded-in"),
    case("Since then, 4,100 people have crossed in 2024.", "2024-11-13",
         E("4,100", "2024-01-01", "2024-11-13", "to_date"), id="since-never-swallows-a-figure"),
    case("Over the past decade, 3,900 miles of rail were electrified.", "2024-10-26",
         E("3,900 miles", "2014-10-27", "2024-10-26", "to_date"), id="over-the-past-decade"),
    case("Police arrested 46 people overnight.", "2024-10-26",
         E("46", "2024-10-25", "2024-10-25", "day"), id="arrested-overnight"),
    case("About 230 homes were flooded overnight, the council said.", "2024-10-26",
         E("About 230", "2024-10-25", "2024-10-25", "day"), id="flooded-overnight-comma"),
    case("Hotels in the region recorded 1.4 million overnight stays.", "2024-10-26",
         E("1.4 million", None, "2024-10-26", "none", "publication"),
         id="overnight-stays-is-no-period"),
]

# A time to come dates no count, and what it holds is not read on its own ("later this month"
# is not "this month"); "a year ago" after a figure is its baseline, not a point.
FUTURE = [
    case("Unions will strike again later this month, after 820,000 people marched.",
         "2025-03-14", E("820,000", None, "2025-03-14", "none", "publication"),
         id="later-this-month-is-not-this-month"),
    case("The agency expects 6,500 more claims in the coming weeks.", "2025-03-14",
         E("6,500", None, "2025-03-14", "none", "publication"), id="in-the-coming-weeks"),
    case("The council will build 900 homes over the next five years.", "2025-03-14",
         E("900", None, "2025-03-14", "none", "publication"), id="over-the-next-five-years"),
    case("Police arrested 240 people on March 1. The next day, 37 more were held.",
         "2025-03-14", E("37", "2025-03-02", "2025-03-02", "day"),
         id="the-next-day-is-still-a-day"),
    case("Last month, 61.2 percent of adults had a job, down from 61.9% a year ago.",
         "2025-03-14", E("61.9%", "2024-02-01", "2024-02-29", "interval"),
         id="down-from-a-year-ago"),
]

# The day a figure was said loses to the day the text was about just before ("Police made 61
# arrests during the march, the minister said on Friday" after a sentence on Thursday's march).
SAID_AFTER_A_DAY = [
    case("Some 9,000 officers were deployed on Thursday. Police made 61 arrests during the "
         "march, the minister said on Friday.", "2025-03-14",
         E("61", "2025-03-13", "2025-03-13", "day", "carried"), id="arrests-said-next-day"),
    case("The storm hit the coast on Tuesday. It destroyed 300 homes, officials said "
         "Wednesday.", "2025-03-14",
         E("300", "2025-03-11", "2025-03-11", "day", "carried"), id="scene-before-said-day"),
    case("The waiting list has reached a record 79,600, according to figures for the end of "
         "January published on Thursday. That is up from 58,200 a year earlier.", "2024-03-14",
         E("79,600", None, "2024-01-31", "as_of"), E("58,200", None, "2023-01-31", "as_of"),
         id="figures-for-the-end-of-january"),
    case("Vacancies stood at 1,240, data for the end of March show.", "2024-05-14",
         E("1,240", None, "2024-03-31", "as_of"), id="data-for-the-end-of-march"),
    case("Statistics at the end of June 2023 put the backlog at 7,900 cases.", "2024-05-14",
         E("7,900", None, "2023-06-30", "as_of"), id="statistics-at-the-end-of-june-2023"),
    case("Officials said on Wednesday that 300 homes were destroyed.", "2025-03-14",
         E("300", None, "2025-03-12", "as_of"), id="said-day-alone-is-as-of"),
    case("About 5,200 people were evacuated on Friday. Officials said on Monday that "
         "roughly 800 had returned home.", "2025-03-18",
         E("roughly 800", None, "2025-03-17", "as_of"), id="had-returned-is-a-total-by-then"),
    case("Rescuers pulled 41 people from the water on Friday. Another 12 were rescued "
         "downstream, police said on Monday.", "2025-03-18",
         E("12", "2025-03-14", "2025-03-14", "day", "carried"), id="an-event-said-later"),
    case("Lifeguards rescued 41 swimmers on Sunday. Officials said on Friday that 12 of "
         "the beaches remain closed.", "2025-03-14",
         E("12", None, "2025-03-14", "as_of"), id="remain-is-a-level-when-said"),
]

# A figure named with "the" and a clause of its own ("the 1.27 million people counted by the
# ministry on Feb. 27") is dated by that clause, not by the sentence's frame.
DEFINITE_CLAUSE = [
    case("Thursday's turnout was below the 1.31 million people counted by the ministry on "
         "Feb. 27.", "2025-03-14", E("1.31 million", "2025-02-27", "2025-02-27", "day"),
         id="the-figure-counted-on-a-day"),
    case("Thursday's crowd was smaller than the 2,600 people who gathered in the square on "
         "March 2.", "2025-03-14", E("2,600", "2025-03-02", "2025-03-02", "day"),
         id="the-figure-who-gathered-on-a-day"),
    case("On Monday the ferry carried fewer than the 1,150 passengers it took across on "
         "Easter weekend in April.", "2025-05-14",
         E("1,150", "2025-04-01", "2025-04-30", "interval"), id="the-figure-in-april"),
    case("Last year, 52 clinics opened and treated 9,000 patients.", "2025-03-14",
         E("9,000", "2024-01-01", "2024-12-31", "interval"), id="no-determiner-keeps-frame"),
]

# Fire and storm updates: a total as of a time frames the totals right after it; a figure in
# the sentence said on a later day takes the time the sentence states for the others.
AS_OF_UPDATES = [
    case("Two fires had burned 48,000 acres by Thursday evening and forced some 7,300 people "
         "from their homes, officials said Friday. The Pine fire had burned 31,500 acres and "
         "was 40% contained.", "2024-08-09",
         E("some 7,300", None, "2024-08-08", "as_of", "carried"),
         E("31,500 acres", None, "2024-08-08", "as_of", "carried"),
         E("40%", None, "2024-08-08", "as_of", "carried"), id="fire-update-as-of-thursday"),
    case("The storm had cut power to 91,000 homes by Tuesday evening. Crews restored 20,000 "
         "connections.", "2024-08-09",
         E("20,000", None, "2024-08-09", "none", "publication"),
         id="an-event-after-an-as-of-total-is-not-framed"),
    case("Floods had damaged 2,300 homes by Sunday. The waters had cut off 14 villages.",
         "2024-08-09", E("14", None, "2024-08-04", "as_of", "carried"),
         id="had-cut-off-after-an-as-of-total"),
    case("Floods had damaged 2,300 homes by Sunday. Some 410 roads are still closed.",
         "2024-08-09", E("Some 410", None, "2024-08-09", "as_of", "publication"),
         id="still-closed-is-now"),
]

# What a figure is measured against ("more than in the previous five years combined") is not
# what "over the same period" after it means; a day ending the clause dates its first figure
# past a modifier ("a dinghy carrying about 70 people"); "from 5.1 million a year earlier"
# steps back from the period said just before when the figure compared with states none.
BASELINE_CONTEXT = [
    case("Officials confirmed 188 cases from January to last Friday, more than in the previous "
         "four years combined. Twenty-six patients were hospitalized over the same period.",
         "2024-06-18", E("Twenty-six", "2024-01-01", "2024-06-14", "interval", "carried"),
         id="same-period-is-not-the-baseline"),
    case("Three people died when a dinghy carrying about 60 people sank off Calais on Sept. "
         "15.", "2024-10-01", E("Three", "2024-09-15", "2024-09-15", "day"),
         id="died-when-a-boat-carrying-sank-on"),
    case("Four workers were hurt when a crane lifting 12 tonnes of steel fell on Monday.",
         "2024-10-02", E("Four", None, "2024-10-02", "as_of"),
         id="hurt-when-a-crane-lifting-fell-on"),
    case("About 300 people were evacuated, and 40 homes were destroyed on Friday.",
         "2024-10-01", E("About 300", None, "2024-10-01", "none", "publication"),
         id="a-comma-and-link-keep-the-day-apart"),
    case("Revenue rose 18% to $4.6 billion in the April-June quarter. Passenger numbers rose "
         "to 5.8 million from 5.1 million a year earlier.", "2023-08-29",
         E("5.1 million", "2022-04-01", "2022-06-30", "interval"),
         id="a-year-earlier-than-the-quarter-said-before"),
]

# Forecasts and plans look ahead: "this year" is the whole year, "by September" the coming
# one; past-perfect totals joined by "and" share the as-of time ending the sentence; "as of
# Monday, Sept. 30" is one date; "in the quarter" refers back past other periods.
AHEAD_AND_TOTALS = [
    case("The group now expects an operating margin of 5-6% this year, up from 3-4% "
         "previously.", "2024-10-24",
         E("5-6%", "2024-01-01", "2024-12-31", "interval"),
         E("from 3-4%", "2024-01-01", "2024-12-31", "interval"), id="expects-this-year"),
    case("The group raised its full-year revenue forecast to between 5.1 billion and 5.4 "
         "billion euros.", "2024-10-24",
         E("between 5.1 billion and 5.4 billion euros", "2024-01-01", "2024-12-31", "interval"),
         id="full-year-forecast"),
    case("The bank cut its annual growth forecast to 1.1%.", "2024-10-24",
         E("1.1%", "2024-01-01", "2024-12-31", "interval"), id="annual-growth-forecast"),
    case("Full-year profit rose 10% to 2.1 billion euros.", "2024-02-20",
         E("2.1 billion euros", None, None, "none"), id="full-year-results-are-not-this-year"),
    case("The utility expects to connect 1,200 homes this year.", "2024-10-24",
         E("1,200", "2024-01-01", "2024-12-31", "interval"), id="expects-to-connect-this-year"),
    case("The utility connected 1,200 homes this year.", "2024-10-24",
         E("1,200", "2024-01-01", "2024-10-24", "to_date"), id="a-count-this-year-runs-to-date"),
    case("The plan would cut the longest waits to 48 weeks by September.", "2024-03-14",
         E("48 weeks", None, "2024-09-30", "as_of"), id="would-cut-by-september"),
    case("By September, 310 nurses had left.", "2024-03-14",
         E("310", None, "2023-09-30", "as_of"), id="had-left-by-september-is-past"),
    case("The flood had destroyed at least 96 homes and forced some 4,100 people to leave by "
         "Monday evening, the sheriff said.", "2024-07-30",
         E("at least 96", None, "2024-07-29", "as_of"),
         E("some 4,100", None, "2024-07-29", "as_of"), id="had-destroyed-and-forced-by-monday"),
    case("Police arrested 12 people and seized 30 guns by Monday.", "2024-07-30",
         E("12", None, "2024-07-30", "none", "publication"), id="simple-past-shares-no-by"),
    case("Some 26,100 people had crossed this year as of Monday, Sept. 30, 9% more than the "
         "23,950 recorded at the same point last year.", "2024-10-01",
         E("Some 26,100", "2024-01-01", "2024-09-30", "to_date"),
         E("23,950", "2023-01-01", "2023-09-30", "interval"), id="as-of-weekday-and-date"),
    case("Revenue rose 9% in the July-September quarter. The firm cut 200 jobs in 2023 and "
         "plans 150 more in 2025, and its shares fell in 2022. Service income grew in 2021. "
         "It shipped fewer than 300 turbines in the quarter.", "2024-10-24",
         E("fewer than 300", "2024-07-01", "2024-09-30", "interval", "carried"),
         id="in-the-quarter-a-way-back"),
]

# Health bulletins: "through March 7" runs from the year's start like "through June"; "from
# October 2018 thru April 12, 2019"; "the week ending Saturday, April 6"; a passive "were
# confirmed in the last week" counts, it does not say when something was said.
BULLETINS = [
    case("Cases reported through March 7 totaled 206.", "2019-04-20",
         E("206", "2019-01-01", "2019-03-07", "interval"), id="through-march-7"),
    case("From October 2018 thru April 12, 2019, the state reported 462 cases.", "2019-04-20",
         E("462", "2018-10-01", "2019-04-12", "interval"), id="from-october-2018-thru-a-day"),
    case("Between November and Feb. 9, clinics gave 3,400 doses.", "2019-04-20",
         E("3,400", "2018-11-01", "2019-02-09", "interval"), id="between-a-month-and-a-day"),
    case("In the week ending Saturday, April 6, 2019, 71 new cases were reported.",
         "2019-04-20", E("71", "2019-03-31", "2019-04-06", "interval"),
         id="week-ending-weekday-and-date"),
    case("An additional 19 cases were confirmed in the last week.", "2019-04-20",
         E("19", "2019-04-14", "2019-04-20", "to_date"), id="were-confirmed-is-a-passive"),
    case("Police confirmed on Friday that 19 people died.", "2019-04-20",
         E("19", None, "2019-04-19", "as_of"), id="confirmed-on-friday-is-said"),
    case("Over 9 out of 10 people detained through June were under 30.", "2024-07-10",
         E("Over 9 out of 10", "2024-01-01", "2024-06-30", "interval"),
         id="through-june-still-a-month"),
]

# "The previous week/month/quarter" opening a sentence steps back from the period just said.
PREVIOUS_UNIT = [
    case("Last week, 4,200 claims were filed. The previous week, 3,900 claims were filed.",
         "2024-10-26", E("3,900", "2024-10-07", "2024-10-13", "interval"),
         id="the-previous-week-after-last-week"),
    case("Wages grew 5.8% in January to March compared with a year earlier.", "2024-05-15",
         E("5.8%", "2024-01-01", "2024-03-31", "interval"), id="in-january-to-march"),
    case("Output fell 2% in October through December 2023.", "2024-05-15",
         E("2%", "2023-10-01", "2023-12-31", "interval"), id="in-october-through-december"),
    case("Sales rose in January to 4.1 million.", "2024-05-15",
         E("4.1 million", "2024-01-01", "2024-01-31", "interval"), id="in-january-to-a-figure"),
    case("In September, 1,200 people crossed. The previous month, 980 crossed.", "2024-10-26",
         E("980", "2024-08-01", "2024-08-31", "interval"), id="the-previous-month"),
    case("In the second quarter, sales were 4.1 billion euros. In the previous quarter, sales "
         "were 3.8 billion euros.", "2024-10-26",
         E("3.8 billion euros", "2024-01-01", "2024-03-31", "interval"),
         id="in-the-previous-quarter"),
]

# Windows news names most (the list of weak classes), pinned as they read now.
COMMON_WINDOWS = [
    case("Earlier this month, 1,300 workers walked out.", "2024-06-19",
         E("1,300", "2024-06-01", "2024-06-19", "to_date"), id="earlier-this-month"),
    case("In the past 24 hours, 187 new cases were reported.", "2024-06-19",
         E("187", "2024-06-18", "2024-06-19", "to_date"), id="in-the-past-24-hours"),
    case("Some 1,900 migrants crossed over the weekend.", "2024-06-19",
         E("Some 1,900", "2024-06-15", "2024-06-16", "interval"), id="over-the-weekend"),
    case("Exports fell 3.8% last month.", "2024-06-19",
         E("3.8%", "2024-05-01", "2024-05-31", "interval"), id="last-month"),
    case("Exports rose 4.7% year-on-year in May.", "2024-06-19",
         E("4.7%", "2024-05-01", "2024-05-31", "interval"), id="year-on-year-in-may"),
    case("Between 2020 and 2023, 540 schools closed.", "2024-06-19",
         E("540", "2020-01-01", "2023-12-31", "interval"), id="between-2020-and-2023"),
    case("Since 2019, 68 journalists have been killed.", "2024-06-19",
         E("68", "2019-01-01", "2024-06-19", "to_date"), id="since-2019"),
    case("Homicides hit a record 498 in 2023.", "2024-06-19",
         E("498", "2023-01-01", "2023-12-31", "interval"), id="a-record-in-2023"),
    case("Arrests are at their highest since 2019, with 3,700 so far this year.", "2024-06-19",
         E("3,700", "2024-01-01", "2024-06-19", "to_date"), id="highest-since-is-no-period"),
]

# Election results: "Tuesday's election", "the Nov. 4 referendum" date the results the article
# gives later with no time of their own ("rejected by 312 votes", "58% of the vote").
ELECTION_DAY = [
    case("Turnout in Tuesday's election reached 44.1%, officials said Thursday. The levy was "
         "rejected by 288 votes. Whitfield won with 57% of the vote.", "2025-11-07",
         E("44.1%", "2025-11-04", "2025-11-04", "day"),
         E("288", "2025-11-04", "2025-11-04", "day", "carried"),
         E("57%", "2025-11-04", "2025-11-04", "day", "carried"), id="tuesdays-election"),
    case("Results of the Nov. 4 referendum were certified on Friday. The measure passed by "
         "1,904 votes.", "2025-11-21",
         E("1,904", "2025-11-04", "2025-11-04", "day", "carried"), id="the-nov-4-referendum"),
    case("Officials counted ballots from Sunday's runoff all night. Diaz won with 51.3% of the "
         "vote.", "2025-06-10",
         E("51.3%", "2025-06-08", "2025-06-08", "day", "carried"), id="sundays-runoff"),
    case("Turnout in Tuesday's election reached 44.1%. Turnout was 61% in last year's "
         "presidential election, when 74,900 ballots were cast.", "2025-11-07",
         E("74,900", "2024-01-01", "2024-12-31", "interval"),
         id="a-sentence-with-its-own-time-keeps-it"),
]

NEWS = [
    *ELECTION_DAY,
    *COMMON_WINDOWS,
    *PREVIOUS_UNIT,
    *BULLETINS,
    *AHEAD_AND_TOTALS,
    *AS_OF_UPDATES, *BASELINE_CONTEXT,
    *SAID_AFTER_A_DAY, *DEFINITE_CLAUSE, *FUTURE, *RUNNING_BASELINES, *PRESENT_STOCKS, *BY_A_DAY,
    *CONTAINMENT, *SINCE_EVENT, *BASELINES, *SCENES, *RECORDS, *DAY_PARTS, *DAY_AFTER, *CLAUSE,
    *YEAR_TOTALS, *DAY_FIRST, *WINDOWS, *STOCKS, *SHORTHAND,
]


@pytest.mark.parametrize("c", NEWS)
def test_period_news_en(c: PeriodCase) -> None:
    check(c, "en")
