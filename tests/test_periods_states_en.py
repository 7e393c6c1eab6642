"""A count its clause tells as a state held at a time is as of that time; an event on a named
day keeps its day (issue 10; claims.state_periods, the table's ``[extraction.states]``).

Met in real disaster and epidemic copy (wires, broadcasters, local papers): people staying in
shelters or treated in centres "on Monday", "There were ... patients in ... on Monday", homes
still "without power", troops or shelters a past perfect tells as put in place ("had sent",
"had opened") after the story's day, homes "had been destroyed" and others damaged, outages
"reported at noon", people "confirmed dead" or "reported as missing" on a day, a tally a source
"put at" a figure on a day. Negative rows
of the same shapes keep the day: an event in the simple past, a past perfect dated by a phrase
of its own ("had been brought out alive on Monday"), the people present at an event ("where
37 people were working the night shift"), a peak, a relative clause after the figure, a price.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

STATES_EN = [
    case("The charity said 260 people were sleeping in its four centres on Tuesday night.",
         "2026-03-12", E("260", None, "2026-03-10", "as_of"), id="progressive-own-day"),
    case("There were 318 patients in field hospitals on Sunday, the ministry said.",
         "2026-03-17", E("318", None, "2026-03-15", "as_of"), id="existential-own-day"),
    case("The governor declared a state of emergency in 14 counties on Monday morning and said "
         "the army had sent 300 troops to the coast.", "2026-03-16",
         E("14", "2026-03-16", "2026-03-16", "day"), E("300", None, "2026-03-16", "as_of"),
         id="perfect-after-a-coordinated-event"),
    case("Floods swept through the Ardwen valley on Tuesday, killing four people.\n\nThe county "
         "sheriff said 57 homes had been destroyed and about 230 damaged.", "2026-03-12",
         E("57", None, "2026-03-12", "as_of"), E("about 230", None, "2026-03-12", "as_of"),
         id="perfect-and-elided-after-the-story-day"),
    case("On Sunday, the mayor said 23 people were confirmed dead in the district.",
         "2026-03-16", E("23", None, "2026-03-15", "as_of"), id="confirmed-dead"),
    case("On Saturday, 112 people were reported as missing in the two towns.", "2026-03-15",
         E("112", None, "2026-03-14", "as_of"), id="reported-as-missing"),
    case("At noon Friday, 4,300 outages were reported across the county.", "2026-03-13",
         E("4,300", None, "2026-03-13", "as_of"), id="outages-at-noon"),
    case("A tornado hit the town of Delmar on Friday night.\n\nAbout 2,600 people were "
         "staying in school gyms, the Red Cross said.", "2026-03-15",
         E("About 2,600", None, "2026-03-15", "as_of"), id="progressive-after-the-story-day"),
    case("A group of charities put the number of cases at 3,450 on Monday.", "2026-03-17",
         E("3,450", None, "2026-03-16", "as_of"), id="put-a-tally-at"),
]

EVENTS_EN = [
    case("The governor declared a state of emergency in 14 counties on Monday morning.",
         "2026-03-17", E("14", "2026-03-16", "2026-03-16", "day"), id="declared"),
    case("Officials said 33 miners had been brought out alive on Monday.", "2026-03-18",
         E("33", "2026-03-16", "2026-03-16", "day"), id="perfect-with-its-own-day"),
    case("On Thursday, about 80 firefighters had been deployed.", "2026-03-14",
         E("about 80", "2026-03-12", "2026-03-12", "day"), id="perfect-opening-day"),
    case("The tunnel collapsed at about 10 a.m. on Monday in a section where 37 people were "
         "working the night shift.", "2026-03-17",
         E("37", "2026-03-16", "2026-03-16", "day"), id="people-present-at-the-event"),
    case("Survivors said about 90 people had crammed onto the boat when it left the port on "
         "Saturday.", "2026-03-16", E("about 90", "2026-03-14", "2026-03-14", "day"),
         id="perfect-of-a-moment"),
    case("Power outages peaked at about 95,000 customers early Friday.", "2026-03-14",
         E("about 95,000", "2026-03-13", "2026-03-13", "day"), id="peak"),
    case("Five people were arrested on Monday.", "2026-03-18",
         E("Five", "2026-03-16", "2026-03-16", "day"), id="simple-past-passive"),
    case("Nine hikers who had been listed as missing were found safe on Sunday evening.",
         "2026-03-16", E("Nine", "2026-03-15", "2026-03-15", "day"), id="relative-clause"),
    case("Police counted 61,000 marchers on Thursday, while the union said 240,000 had taken "
         "part.", "2026-03-13", E("240,000", "2026-03-12", "2026-03-12", "day"),
         id="reported-event"),
    case("Organisers counted 52,000 marchers, while police put the figure at 18,000 on "
         "Saturday.", "2026-03-16", E("18,000", "2026-03-14", "2026-03-14", "day"),
         id="put-an-event-count-at"),
    case("On Sunday there were 48,200 votes cast in the district.", "2026-03-16",
         E("48,200", "2026-03-15", "2026-03-15", "day"), id="existential-of-events"),
]


@pytest.mark.parametrize("c", STATES_EN)
def test_state_as_of_its_time(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", EVENTS_EN)
def test_event_keeps_its_day(c: PeriodCase) -> None:
    check(c, "en")
