"""Which sentence's time a figure takes when its own clause names none, or names one that is
not its own: classes met in real English news (data releases on trade, airports and jobs;
outbreak, protest and migration counts; disasters; the story's window for counts in the
present perfect), each with sentences of our own (other numbers and names), and rows where
the rule must not fire."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

# A sentence whose dated figures are all baselines ("up from 2.19 million a year earlier")
# looks back at what the story's figure is compared with: the sentence after it goes on in
# the story's time, the month of the release, not in the baseline's.
PAST_A_BASELINE = [
    case("Passenger traffic at Kansai airport rose 5.2 percent on-year in October to 2.31 "
         "million, the operator said Thursday. The total, up from 2.19 million a year earlier, "
         "reached 91 percent of its 2019 level. The number of flights rose 3.3 percent to "
         "14,210.", "2026-11-12",
         E("2.19 million", "2025-10-01", "2025-10-31", "interval"),
         E("14,210", "2026-10-01", "2026-10-31", "interval", "carried"),
         id="flights-after-a-year-earlier-aside"),
    case("Malaysia's exports grew 4.8% in September from a year earlier to 132.6 billion "
         "ringgit. That compared with 126.5 billion ringgit a year earlier. Palm oil shipments "
         "fell 7.1% to 6.2 billion ringgit.", "2025-10-20",
         E("126.5 billion ringgit", "2024-09-01", "2024-09-30", "interval"),
         E("6.2 billion ringgit", "2025-09-01", "2025-09-30", "interval", "carried"),
         id="exports-that-compared-with"),
    case("Employers added 143,000 jobs in January, the department said Friday. That was down "
         "from 256,000 a month earlier. Health care added 44,000 jobs.", "2025-02-08",
         E("256,000", "2024-12-01", "2024-12-31", "interval"),
         E("44,000", "2025-01-01", "2025-01-31", "interval", "carried", "143,000"),
         id="jobs-after-a-month-earlier-aside"),
    # The sentence between states a time of its own: the figures after it take that one.
    case("Sales rose 4% in March to $2.1 billion. In the first quarter, sales rose 2% to $5.9 "
         "billion. Online orders rose 9% to $640 million.", "2025-04-20",
         E("$640 million", "2025-01-01", "2025-03-31", "interval", "carried"),
         id="no-bridge-over-a-new-time"),
    # No frame a sentence back: nothing to carry past the aside.
    case("The terminal opened in 2019. Traffic was up from 1.2 million a year earlier. Cargo "
         "flights rose 3.3 percent to 4,210.", "2025-04-20",
         E("4,210", None, "2025-04-20", "none", "publication"), id="no-frame-to-go-on"),
]

# "Of the 62 cases, 41 ...", "41 of the 62 cases": a figure restating a total said before,
# and the parts of it, are of that total's time, not of the day the breakdown was said.
RESTATED_TOTAL = [
    case("State health officials have confirmed 48 cases of whooping cough since the outbreak "
         "began on Jan. 9. Of the 48 cases, 31 were in children under 10, the health "
         "department said Tuesday.", "2026-03-12",
         E("31", "2026-01-09", "2026-03-12", "to_date", "carried"),
         id="of-the-n-cases-said-tuesday"),
    case("State health officials have confirmed 48 cases of whooping cough since the outbreak "
         "began on Jan. 9. Of the 48 cases, 31, or 64.6%, were in children under 10, the "
         "department said Tuesday.", "2026-03-12",
         E("64.6%", "2026-01-09", "2026-03-12", "to_date", "carried"),
         id="of-the-n-cases-and-its-share"),
    case("State health officials have confirmed 48 cases of whooping cough since the outbreak "
         "began on Jan. 9. Officials said Tuesday that 31 of the 48 cases were in children.",
         "2026-03-12",
         E("31", "2026-01-09", "2026-03-12", "to_date", "carried"),
         id="n-of-the-m-cases"),
    case("Some 2,310 people crossed the Channel in small boats in March, the Home Office said. "
         "Of the 2,310 people, 640 were from Afghanistan, the figures released on Tuesday "
         "showed.", "2025-04-08",
         E("640", "2025-03-01", "2025-03-31", "interval", "carried"),
         id="among-the-crossings-of-a-month"),
    case("Police said 1,870 people were detained across the country during Saturday's marches. "
         "Among the 1,870 detained, 260 were minors, the interior ministry said Monday.",
         "2026-06-09",
         E("260", "2026-06-06", "2026-06-06", "day", "carried"),
         id="among-the-detained-of-a-day"),
    # No total said before with that value: the day it was said stays the last resort.
    case("Of the 1,200 people detained, 300 were released on bail, the ministry said Tuesday.",
         "2026-03-12",
         E("1,200", None, "2026-03-10", "as_of", "relative"), id="no-total-said-before"),
    case("State health officials have confirmed 48 cases of whooping cough since the outbreak "
         "began on Jan. 9. Of the 50 people tested at the school, 12 were positive, the "
         "department said Tuesday.", "2026-03-12",
         E("50", None, "2026-03-10", "as_of", "relative"), id="another-total-is-not-restated"),
    # "nine out of 10" is a ratio, not a part of a total said before.
    case("Officials confirmed 10 new cases on Monday. Nine out of 10 unvaccinated contacts "
         "catch the disease.", "2026-03-12",
         E("10", "2026-03-09", "2026-03-09", "day"), id="out-of-ten-is-no-total"),
]

# A present state in the figure's own clause ("who are still trapped", "remain in hospital")
# holds now: the day another clause of the sentence names (the event's) does not date it. A toll
# officials gave on a named day ("officials said on Monday") holds as of that day (claims/tolls).
PRESENT_STATE = [
    case("At least 9 people were killed when a landslide buried a village in the hills on "
         "Sunday, officials said on Monday, as rescuers searched for 14 residents who are still "
         "missing.", "2026-10-13",
         E("At least 9", None, "2026-10-12", "as_of"),
         E("14", None, "2026-10-13", "as_of", "publication"), id="who-are-still-missing"),
    case("Three hikers are still missing in the national park, where a storm struck on "
         "Saturday night.", "2026-10-13",
         E("Three", None, "2026-10-13", "as_of", "publication"), id="where-a-storm-struck"),
    case("About 2,300 people remain in shelters in the town, where the river burst its banks "
         "on Friday.", "2026-10-13",
         E("About 2,300", None, "2026-10-13", "as_of", "publication"), id="remain-in-shelters"),
    case("Forty people were injured in the blast on Friday, and 17 remain in hospital.",
         "2026-10-13",
         E("Forty", None, "2026-10-13", "as_of"),
         E("17", None, "2026-10-13", "as_of", "publication"), id="and-17-remain"),
    # The past tense, or a day of the figure's own clause or opening the sentence, still dates.
    case("Rescuers were still searching for 12 people on Tuesday.", "2026-10-13",
         E("12", None, "2026-10-13", "as_of", "relative"), id="past-still-searching"),
    case("Rescuers were still searching for 12 people on Monday, the agency said.", "2026-10-13",
         E("12", None, "2026-10-12", "as_of", "relative"), id="past-on-monday"),
    case("On Sunday, 40 people remain missing.", "2026-10-13",
         E("40", None, "2026-10-11", "as_of"), id="an-opening-day-frames"),
    case("About 1,500 people remain in shelters on Monday, officials said.", "2026-10-13",
         E("About 1,500", None, "2026-10-12", "as_of"), id="own-clause-day"),
]

# A count in the present perfect that no phrase dates, in an article counting since an
# event's start, is counted in that window up to publication.
STORY_WINDOW = [
    case("State health officials have confirmed 48 cases of whooping cough since the outbreak "
         "began on Jan. 9. Seven patients have been hospitalized, including three infants.",
         "2026-03-12",
         E("Seven", "2026-01-09", "2026-03-12", "to_date", "carried"),
         E("three", "2026-01-09", "2026-03-12", "to_date", "carried"), id="outbreak-hospitalized"),
    case("The Cedar fire, which started on Tuesday, has burned 12,000 acres. Forty homes have "
         "been destroyed, officials said.", "2025-08-22",
         E("Forty", "2025-08-19", "2025-08-22", "to_date", "carried"), id="fire-homes-destroyed"),
    case("Since the protests began on May 2, police have made 418 arrests. Some 27 officers "
         "have been injured.", "2026-05-20",
         E("Some 27", "2026-05-02", "2026-05-20", "to_date", "carried"), id="protest-injured"),
    # A calendar window is no event's start; a stock or a phrase of its own is not counted in it.
    case("So far this year, 48 cases have been confirmed. Seven patients have been hospitalized.",
         "2026-03-12", E("Seven", None, "2026-03-12", "as_of", "publication"),
         id="a-calendar-window-is-no-story"),
    case("State health officials have confirmed 48 cases since the outbreak began on Jan. 9. The "
         "county has 12 clinics.", "2026-03-12",
         E("12", None, "2026-03-12", "as_of", "publication"), id="a-stock-is-not-counted"),
    case("State health officials have confirmed 48 cases since the outbreak began on Jan. 9. "
         "Seven patients have been hospitalized since Feb. 1.", "2026-03-12",
         E("Seven", "2026-02-01", "2026-03-12", "to_date", "relative"), id="its-own-since"),
]

# A baseline another figure owns ("a loss of $12 million a year earlier") dates only that
# figure, not one in a later clause with no phrase of its own.
OWNED_BASELINE = [
    case("Harbor Air on Thursday reported a net profit of $41 million for the April-June "
         "quarter, reversing a loss of $12 million a year earlier, as average fares rose 9% and "
         "it added flights to Fiji.", "2024-08-29",
         E("$12 million", "2023-04-01", "2023-06-30", "interval"),
         E("9%", "2024-04-01", "2024-06-30", "interval"), id="fares-rose-after-a-year-earlier"),
]

# A plan or a forecast the day it was said does not date: no total as of that day.
SAID_OF_A_PLAN = [
    case("The company said on Monday that it would cut 4,000 jobs.", "2025-05-10",
         E("4,000", None, "2025-05-10", "none", "publication"), id="would-cut-jobs"),
    case("The government said Tuesday it plans to build 12,000 homes.", "2025-05-10",
         E("12,000", None, "2025-05-10", "none", "publication"), id="plans-to-build"),
    case("The airline said on Wednesday it expects to carry 4.2 million passengers.",
         "2025-05-10", E("4.2 million", None, "2025-05-10", "none", "publication"),
         id="expects-to-carry"),
    # A total said that day is still as of it.
    case("Police said Wednesday they had arrested 57 people.", "2025-05-10",
         E("57", None, "2025-05-07", "as_of"), id="had-arrested-said-wednesday"),
]

# A forecast's window ("expects exports to grow 4 percent this year") frames no figure after
# it: the actual figures that follow are not of the whole year. The forecast is an aside: they
# go on in the release's month, the time of the sentence before it.
FORECAST_FRAMES_NOTHING = [
    case("Imports fell 2.4 percent in November to 22.8 billion dollars. The ministry expects "
         "exports to grow 4 percent this year. Shipments of rubber products jumped 18.5 percent "
         "to 1.12 billion dollars.", "2025-12-01",
         E("4 percent", "2025-01-01", "2025-12-31", "interval"),
         E("1.12 billion dollars", "2025-11-01", "2025-11-30", "interval", "carried"),
         id="after-a-forecast-no-frame"),
    case("The trust said it would cut the list to 60,000 by March. Trauma and orthopaedics had "
         "the longest list, with about 8,100 patients.", "2025-08-14",
         E("about 8,100", None, "2025-08-14", "none", "publication"), id="after-a-plan-by-march"),
    # A sentence of actuals frames the next as before.
    case("Imports fell 2.4 percent in November to 22.8 billion dollars. Shipments of rubber "
         "products jumped 18.5 percent to 1.12 billion dollars.", "2025-12-01",
         E("1.12 billion dollars", "2025-11-01", "2025-11-30", "interval", "carried"),
         id="actuals-frame-actuals"),
]

SCOPE = [
    *PAST_A_BASELINE, *RESTATED_TOTAL, *PRESENT_STATE, *STORY_WINDOW, *OWNED_BASELINE,
    *SAID_OF_A_PLAN, *FORECAST_FRAMES_NOTHING,
]


@pytest.mark.parametrize("c", SCOPE)
def test_period_scope_en(c: PeriodCase) -> None:
    check(c, "en")
