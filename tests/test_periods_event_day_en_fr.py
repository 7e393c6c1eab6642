"""Periods of what an event did, and of the totals of it told later, in English and French:
classes met in real disaster news told a day or more after the event (wire and regional copy:
bridge, building and mine collapses, train crashes, quakes, storms), each written here with
sentences of our own (other names and numbers), with negative rows of the same shape.

Dates: 2025-03-04 is a Tuesday (the event on Monday 2025-03-03 or Sunday 2025-03-02)."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

# A day inside the total a verb moves to its level ("bringing the death toll from Monday's
# collapse to 15"): the day names the event the total counts, not the total, which holds as
# of when it was told. A day that is the total's own (no event between) still dates it.
MOVED_TOTAL_EN = [
    case("Divers recovered two more bodies from the river, bringing the death toll from "
         "Sunday's ferry sinking to 23, the coast guard said.", "2025-03-04",
         E("23", None, "2025-03-04", "as_of"), id="bringing-the-toll-from-sundays-sinking"),
    case("Rescuers dug out four more victims, raising the death toll from the landslide that "
         "struck on Sunday to 31.", "2025-03-04",
         E("31", None, "2025-03-04", "as_of"), id="raising-the-toll-from-the-landslide-that"),
    case("Officials revised the death toll from Sunday's quake up to 74 as rescuers kept "
         "searching.", "2025-03-04",
         E("up to 74", None, "2025-03-04", "as_of"), id="revised-the-toll-from-sundays-quake"),
    case("Officials revised the death toll from last week's flood up to 56 as searches went "
         "on.", "2025-03-04",
         E("up to 56", None, "2025-03-04", "as_of"), id="revised-the-toll-from-last-weeks-flood"),
    case("One more patient died of burns at the district hospital, taking the toll in "
         "Sunday's tanker fire to three.", "2025-03-04",
         E("three", None, "2025-03-04", "as_of"), id="taking-the-toll-in-sundays-fire"),
    # negative rows: the day is the total's own, or frames the clause
    case("Searchers found three more bodies, raising the toll on Monday to 12.", "2025-03-04",
         E("12", None, "2025-03-03", "as_of"), id="raising-the-toll-on-monday-stays"),
    case("The toll stood at 40 on Monday, officials said.", "2025-03-04",
         E("40", None, "2025-03-03", "as_of"), id="stood-at-on-monday-stays"),
    case("The quake on Sunday destroyed 1,300 homes.", "2025-03-04",
         E("1,300", "2025-03-02", "2025-03-02", "day"), id="the-events-own-count-keeps-its-day"),
]

MOVED_TOTAL_FR = [
    case("Un blessé est mort lundi à l'hôpital, portant le bilan de l'accident de car de "
         "dimanche à 14 morts.", "2025-03-04",
         E("14", None, "2025-03-04", "as_of"), id="portant-le-bilan-de-l-accident-de-dimanche"),
    case("Les secouristes ont retrouvé deux corps, ce qui porte le bilan de l'incendie de "
         "dimanche à 9 morts, selon la préfecture.", "2025-03-04",
         E("9", None, "2025-03-04", "as_of"), id="ce-qui-porte-le-bilan-de-l-incendie"),
    # negative rows: the day right after the total is its own
    case("Deux blessés ont succombé, portant le bilan lundi à 12 morts.", "2025-03-04",
         E("12", None, "2025-03-03", "as_of"), id="portant-le-bilan-lundi-reste"),
    case("Dimanche soir, le bilan s'élevait à 6 morts.", "2025-03-04",
         E("6", None, "2025-03-02", "as_of"), id="dimanche-soir-le-bilan-reste"),
]

# "since 2014, when a footbridge collapsed, killing six people": past a comma, a participle
# goes on telling what the event of that year did; the figure is of that year.
WHEN_A_YEAR_GOES_ON = [
    case("It was the worst ferry disaster since 2009, when a boat capsized in a storm, killing "
         "41 people.", "2025-03-04",
         E("41", "2009-01-01", "2009-12-31", "interval"), id="since-when-capsized-killing"),
    case("It was the deadliest mine accident since 2017, when a gallery caved in, trapping 19 "
         "miners.", "2025-03-04",
         E("19", "2017-01-01", "2017-12-31", "interval"), id="since-when-caved-in-trapping"),
    # negative row: a clause of its own after the comma keeps its own phrase
    case("It was the worst fire since 2019, when a warehouse burned down, and 40 people were "
         "hurt on Monday.", "2025-03-04",
         E("40", None, "2025-03-04", "as_of"), id="a-clause-of-its-own-after-the-comma"),
    # negative row: a word ending in "-ing" that is no participle opens no such clause
    case("It was the worst storm since 2015, when a hurricane hit the coast, something 300 "
         "residents still fear.", "2025-03-04",
         E("300", None, "2025-03-04", "as_of"), id="something-is-no-participle"),
]

WHEN_A_YEAR_GOES_ON_FR = [
    case("C'est l'accident le plus grave depuis 2016, quand un car s'était renversé dans un "
         "ravin, faisant 12 morts.", "2025-03-04",
         E("12", "2016-01-01", "2016-12-31", "interval"), id="depuis-quand-faisant"),
    # negative row: "maintenant" ends in "-ant" but is no participle of what the event did
    case("C'est la pire crue depuis 2018, quand la rivière a débordé, maintenant 300 familles "
         "attendent des aides.", "2025-03-04",
         E("300", None, "2025-03-04", "none"), id="maintenant-n-est-pas-un-participe"),
]

# "collapsed on Monday evening, sending 11 vehicles into the water and killing at least eight
# people, officials said Tuesday": the vehicles are what the collapse did that evening; the
# killing is the next figure's event, a toll told as of Tuesday.
WHAT_THE_EVENT_DID_EN = [
    case("A road bridge collapsed on Monday evening, sending 9 cars into the river and killing "
         "at least four people, police said Tuesday.", "2025-03-04",
         E("9", "2025-03-03", "2025-03-03", "day"), E("at least four", None, "2025-03-04", "as_of"),
         id="sending-cars-and-killing"),
    case("The train left the tracks on Monday, throwing 6 carriages down the bank and "
         "injuring 40 passengers, the operator said on Tuesday.", "2025-03-04",
         E("6", "2025-03-03", "2025-03-03", "day"), E("40", None, "2025-03-04", "as_of"),
         id="throwing-carriages-and-injuring"),
    # negative row: one verb for both figures keeps one reading
    case("The collapse killed 5 people and injured 30 on Monday, police said Tuesday.",
         "2025-03-04",
         E("5", None, "2025-03-04", "as_of"), id="one-toll-verb-stays-a-toll"),
]

WHAT_THE_EVENT_DID_FR = [
    case("Le pont s'est effondré lundi soir, précipitant 7 véhicules dans la rivière et faisant "
         "au moins cinq morts, ont indiqué mardi les secours.", "2025-03-04",
         E("7", "2025-03-03", "2025-03-03", "day"),
         E("au moins cinq", None, "2025-03-04", "as_of"), id="precipitant-et-faisant"),
]


# Who or what was there at the moment the sentence tells ("when its middle span fell",
# "lorsque le tablier a cédé", "au moment de l'effondrement") is counted on the event's day,
# as who was aboard is; not a stock told at a later moment.
AT_THE_MOMENT_EN = [
    case("A bridge over the river collapsed on Sunday night, police said on Monday. The span "
         "gave way at about 9 p.m. after a week of rain. Police said nine cars, a van and two "
         "buses were on the bridge when its middle span fell.", "2025-03-04",
         E("nine", "2025-03-02", "2025-03-02", "day"), E("two", "2025-03-02", "2025-03-02", "day"),
         id="cars-on-the-bridge-when-it-fell"),
    case("An explosion tore through a chemical plant on Sunday, officials said on Monday. About "
         "40 workers were inside the plant at the time of the blast.", "2025-03-04",
         E("About 40", "2025-03-02", "2025-03-02", "day"), id="workers-inside-at-the-time-of"),
    # negative row: a stock at a later moment keeps its own time
    case("A bridge over the river collapsed on Sunday night. About 20 people were missing when "
         "the search was suspended on Monday night.", "2025-03-04",
         E("About 20", None, "2025-03-03", "as_of"), id="missing-when-the-search-stopped"),
]

AT_THE_MOMENT_FR = [
    case("Le pont s'est effondré dimanche soir. Les plongeurs ont retrouvé mardi matin deux "
         "corps dans une voiture. Onze véhicules - six voitures, trois camions et deux motos - se "
         "trouvaient sur l'ouvrage lorsque le tablier a cédé dimanche vers 21 h.", "2025-03-04",
         E("Onze", "2025-03-02", "2025-03-02", "day"), E("six", "2025-03-02", "2025-03-02", "day"),
         id="vehicules-sur-l-ouvrage-lorsque"),
    case("Un immeuble s'est effondré dimanche à l'aube. Au moment de l'effondrement, 32 ouvriers "
         "se trouvaient dans le bâtiment.", "2025-03-04",
         E("32", "2025-03-02", "2025-03-02", "day"), id="ouvriers-au-moment-de-l-effondrement"),
    # negative rows: a lasting state is no presence at the moment; another day its own phrase
    # names keeps it
    case("Un incendie s'est déclaré dimanche dans l'usine. Quelque 300 personnes habitaient le "
         "quartier lorsque l'usine a ouvert.", "2025-03-04",
         E("Quelque 300", None, "2025-03-04", "none"), id="habitaient-lorsque-l-usine-a-ouvert"),
    case("Les dockers ont de nouveau bloqué le port mardi. Lors de la précédente journée "
         "d'action, le 13 février, 12 navires avaient dû patienter au large.", "2025-03-04",
         E("12", None, "2025-02-13", "as_of"), id="lors-d-une-autre-journee-datee"),
]

# The missing named by a noun ("15 disparus") are a stock at the time told, like "portés
# disparus"; not a verb ("ont disparu"), which tells when they went missing.
MISSING_FR = [
    case("Mardi, les autorités faisaient état d'au moins six morts et de quatorze disparus.",
         "2025-03-05",
         E("quatorze", None, "2025-03-04", "as_of"), id="quatorze-disparus-mardi"),
    case("Les sauveteurs recherchaient encore un disparu lundi matin.", "2025-03-04",
         E("un", None, "2025-03-03", "as_of"), id="encore-un-disparu-lundi"),
    case("Le bilan provisoire fait état de 3 morts et 8 disparues.", "2025-03-05",
         E("8", None, "2025-03-05", "as_of"), id="huit-disparues-au-bilan"),
]


# A count in the present perfect runs up to when it is told; a day in the clause on the event
# it follows ("a building that collapsed on Monday", "after a bridge collapsed Wednesday") is
# the event's. A simple past keeps the day.
PERFECT_AFTER_THE_EVENT = [
    case("Up to 27 bodies have been recovered from the rubble of a hotel that collapsed on "
         "Sunday afternoon, officials said on Tuesday.", "2025-03-05",
         E("Up to 27", None, "2025-03-04", "as_of"), id="recovered-from-a-hotel-that-collapsed"),
    case("Nineteen bodies have been recovered after a footbridge collapsed on Sunday.",
         "2025-03-04",
         E("Nineteen", None, "2025-03-04", "as_of"), id="recovered-after-it-collapsed"),
    # negative rows: a simple past of the day keeps it
    case("Nineteen bodies were recovered after divers searched the lake on Sunday.",
         "2025-03-04",
         E("Nineteen", "2025-03-02", "2025-03-02", "day"), id="a-simple-past-keeps-the-day"),
]


@pytest.mark.parametrize("c", PERFECT_AFTER_THE_EVENT)
def test_perfect_after_the_event_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", AT_THE_MOMENT_EN)
def test_at_the_moment_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", AT_THE_MOMENT_FR + MISSING_FR)
def test_at_the_moment_and_missing_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", MOVED_TOTAL_EN + WHEN_A_YEAR_GOES_ON + WHAT_THE_EVENT_DID_EN)
def test_event_day_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", MOVED_TOTAL_FR + WHEN_A_YEAR_GOES_ON_FR + WHAT_THE_EVENT_DID_FR)
def test_event_day_fr(c: PeriodCase) -> None:
    check(c, "fr")
