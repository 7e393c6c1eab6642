"""A running count or a stock read at a time of its day is ``as_of`` that day, not a count of
that day's events (DESIGN "Periods").

Read on real news (outlets and paraphrases in the commit message): flight-tracker tallies "by
4 p.m. Friday" or "as of 11 a.m." in US storm copy, outage counts of "homes and businesses"
without power at a time of day on US wires, the number of people "under winter weather
alerts" on a Sunday, French outage bulletins ("vers 9 h 30, on comptait ...", "à 14 h 30, le
distributeur avait comptabilisé ...") and uncollected waste in a garbage strike. The shapes:

* a tally fronted by the hour it runs to ("By 6 p.m., airlines had canceled ...", "As of
  11 a.m., ..."), the day named elsewhere in its clause;
* a verb that reads a count or a stock (the table's ``reading_verbs``: "showed", "comptait",
  "avait dénombré", "n'avaient pas été ...") in a clause its own phrase or a fronted hour sets at
  a moment of the day ("mardi soir", "At 9 a.m.", "Mardi à 8 heures"), a figure joined to the
  first one by "et" too;
* a stock whose subject is two nouns joined by "and" ("homes and businesses were without
  power"), and people under weather alerts.

A past perfect after the figure, when a phrase naming a moment of the day stands before it
("Mercredi à 8 heures, ... avaient été prises en charge", "At 7 a.m. on Thursday, ... had been
treated"): what had happened by then (people treated in a sandstorm on French and US wire
copy). Our own sentences, other names, places and numbers. The negative rows keep their
reading: what a day did at a moment ("a recensé lundi soir 14 départs de feu", "avaient été
évacués dimanche matin", "were found on Friday morning"), a protest's count at an hour (the
action day's), the day's total given with no moment, and a figure after the hour's tally with
a day of its own.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FR_READINGS = [
    case("Le centre de soins avait dénombré 430 tortues mazoutées lundi soir et 1 120 mardi "
         "soir.", "2026-03-12",
         E("430", None, "2026-03-09", "as_of"), E("1 120", None, "2026-03-10", "as_of"),
         id="avait-denombre-lundi-soir-et-mardi-soir"),
    case("Au quatrième jour du conflit, les conteneurs débordent à Nîmes. Jeudi à 7 heures, "
         "1 750 tonnes d'ordures n'avaient pas été collectées, selon l'agglomération. Mercredi "
         "soir, elle en comptait 1 300.", "2026-03-12",
         E("1 750 tonnes", None, "2026-03-12", "as_of"),
         E("1 300", None, "2026-03-11", "as_of"),
         id="non-collectees-a-7-heures-comptait-mercredi-soir"),
    case("Le nombre d'hectares brûlés dans le massif a atteint 2 480 samedi soir, selon la "
         "préfecture.", "2026-08-10",
         E("2 480", None, "2026-08-08", "as_of"), id="le-nombre-d-elide-a-atteint-samedi-soir"),
    case("Mercredi matin, 2 700 tonnes d'ordures attendaient d'être collectées, dont 1 400 à "
         "Nîmes, selon l'agglomération.", "2026-03-12",
         E("1 400", None, "2026-03-11", "as_of"), id="dont-une-part-du-stock"),
    case("Grève des éboueurs à Nîmes : 1 750 tonnes de déchets dans les rues\n\nJeudi à "
         "7 heures, 1 750 tonnes d'ordures n'avaient pas été collectées, selon l'agglomération.",
         "2026-03-12",
         E("1 750 tonnes", None, "2026-03-12", "as_of"), id="titre-du-stock-a-7-heures"),
    case("Jeudi à 7 heures, 3 180 personnes avaient été soignées dans les hôpitaux de la "
         "région, dont 270 hospitalisées, selon le porte-parole du ministère.", "2026-03-13",
         E("3 180", None, "2026-03-12", "as_of"), id="plus-que-parfait-apres-jeudi-a-7-heures"),
    case("Dimanche soir, 1 640 sinistrés avaient été relogés par la mairie.", "2026-03-10",
         E("1 640", None, "2026-03-08", "as_of"), id="plus-que-parfait-apres-dimanche-soir"),
    case("Vers 10 h 30, on comptait 64 000 clients sans courant en Normandie.", "2026-02-03",
         E("64 000", None, "2026-02-03", "as_of"), id="vers-10-h-30-on-comptait"),
    case("Mardi à 15 heures, le gestionnaire du réseau avait comptabilisé 27 000 foyers "
         "privés d'électricité dans le Cantal.", "2026-02-04",
         E("27 000", None, "2026-02-03", "as_of"), id="avait-comptabilise-a-15-heures"),
]

FR_DAYS = [  # negative rows: what the day did at a moment stays that day's
    case("Lundi, 40 personnes ont été interpellées à Rennes, dont 12 mineurs.", "2026-03-12",
         E("12", "2026-03-09", "2026-03-09", "day"), id="dont-une-part-des-faits-du-jour"),
    case("Les 23 randonneurs avaient été secourus dimanche matin par les gendarmes.",
         "2026-03-10",
         E("23", "2026-03-08", "2026-03-08", "day"), id="plus-que-parfait-puis-dimanche-matin"),
    case("Dimanche, 12 personnes avaient été interpellées à Lyon.", "2026-03-10",
         E("12", "2026-03-08", "2026-03-08", "day"), id="plus-que-parfait-un-jour-sans-moment"),
    case("Lundi soir, les pompiers ont recensé 14 départs de feu dans le massif.", "2026-08-12",
         E("14", "2026-08-10", "2026-08-10", "day"), id="ont-recense-lundi-soir"),
    case("Le cargo s'est échoué samedi. Ses 17 marins avaient été hélitreuillés dimanche matin "
         "par la marine.", "2026-03-10",
         E("17", "2026-03-08", "2026-03-08", "day"), id="avaient-ete-helitreuilles-dimanche-matin"),
    case("Jeudi, à 14 heures, la préfecture comptait 3 100 manifestants dans les rues de "
         "Rennes.", "2026-03-13",
         E("3 100", "2026-03-12", "2026-03-12", "day"), id="manifestants-a-14-heures"),
]

EN_READINGS = [
    case("A spring snowstorm disrupted air travel on Monday. By 5 p.m. ET, airlines had "
         "canceled 2,740 flights within, into or out of the country on Monday, according to "
         "FlightAware, up from 960 on Sunday.", "2026-03-09",
         E("2,740", None, "2026-03-09", "as_of"), E("960", "2026-03-08", "2026-03-08", "day"),
         id="by-5pm-had-canceled-on-monday"),
    case("At 7 a.m. on Thursday, 3,180 people had been treated for breathing problems, the "
         "ministry said.", "2026-03-13",
         E("3,180", None, "2026-03-12", "as_of"), id="at-7am-had-been-treated"),
    case("As of 11 a.m. ET, 1,330 flights had been scrubbed on Tuesday.", "2026-03-10",
         E("1,330", None, "2026-03-10", "as_of"), id="as-of-11am-scrubbed-on-tuesday"),
    case("At 8 a.m. ET, the tracking site showed 1,170 cancellations for Monday.", "2026-03-09",
         E("1,170", None, "2026-03-09", "as_of"), id="at-8am-showed-for-monday"),
    case("About 96,000 homes and businesses were without power at 4 p.m. on Monday, most of "
         "them in Kentucky.", "2026-03-09",
         E("About 96,000", None, "2026-03-09", "as_of"), id="homes-and-businesses-without-power"),
    case("A storm swept the Midwest on Monday. About 96,000 homes and businesses were without "
         "power at 4 p.m., most of them in Kentucky.", "2026-03-09",
         E("About 96,000", None, "2026-03-09", "as_of"),
         id="homes-and-businesses-carried-day"),
    case("About 96,000 homes and businesses were without power on Monday evening, including "
         "41,000 in Kentucky.", "2026-03-10",
         E("41,000", None, "2026-03-09", "as_of"), id="including-a-part-of-the-outages"),
    case("Some 48 million people were under winter weather alerts on Monday evening, the "
         "weather service said.", "2026-03-09",
         E("Some 48 million", None, "2026-03-09", "as_of"), id="under-winter-weather-alerts"),
]

EN_DAYS = [  # negative rows
    case("Rescuers found four more bodies on Friday morning in the flooded valley.",
         "2026-03-14",
         E("four", "2026-03-13", "2026-03-13", "day"), id="found-on-friday-morning"),
    case("Twelve climbers had been rescued on Sunday morning, the park service said.",
         "2026-03-10",
         E("Twelve", "2026-03-08", "2026-03-08", "day"), id="had-been-rescued-on-sunday-morning"),
    case("Delta canceled 310 flights on Monday, American 240.", "2026-03-10",
         E("310", "2026-03-09", "2026-03-09", "day"), id="the-days-cancellations"),
    case("At 3 p.m., about 4,000 protesters had gathered outside parliament on Saturday, "
         "police said.", "2026-03-08",
         E("about 4,000", "2026-03-07", "2026-03-07", "day"), id="protesters-at-3pm"),
]


@pytest.mark.parametrize("c", FR_READINGS + FR_DAYS)
def test_fr_reading_at_a_moment(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", EN_READINGS + EN_DAYS)
def test_en_reading_at_a_moment(c: PeriodCase) -> None:
    check(c, "en")
