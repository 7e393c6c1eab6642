"""Tolls, increments, scenes and parts of a month, in French (read on real news: floods in the
Aude counted "dans la nuit du dimanche 14 au lundi 15 octobre"; a Var flood toll that "s'établit
désormais à 22 morts" for rains "qui se sont abattues mardi"; landslides "après la découverte de
deux nouveaux corps"; strike days opened by "Des centaines de milliers de personnes ont défilé
hier pour la quatrième journée ..."; a flu bulletin on "la dernière semaine de janvier"; drownings
"sur la deuxième moitié de juillet").

- A casualty toll dated by a night across two days of the story is as of its statement, like one
  dated by a day (tolls grow: claims.tolls).
- A level verb with an adverb before its "à" ("s'établit désormais à") still takes the total to
  its level, so a day inside its subject dates the event, not the toll.
- An increment told with a toll ("trois nouveaux corps", "quatre nouvelles victimes") is what was
  found that day: a count of the day the toll is as of, not a level.
- A sentence whose numbers are only words no figure reads ("Des dizaines de milliers",
  "troisième journée") names the day of the figures after it, as a sentence without numbers does.
- "la dernière semaine de janvier", "la première quinzaine d'août": the days of that part.

Negative rows keep today's reading: a count of the night that is no toll, an increment still
held ("toujours hospitalisés") or a toll of its own kind ("Quarante autres personnes ont été
blessées"), a day further in a sentence without figures ("appelle à manifester
le 25 mars"), "fin janvier". Our own sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

TOLL = ("Le bilan s'élève à 31 morts, a annoncé jeudi la préfecture. ")

FIXED = [
    case("Neuf personnes sont mortes dans la nuit du samedi 6 au dimanche 7 juin lors des crues "
         "de la Vézère, selon la préfecture.", "2026-06-08",
         E("Neuf", None, "2026-06-08", "as_of"), id="bilan-d-une-nuit"),
    case("Le bilan des orages qui ont frappé lundi la Dordogne s'établit désormais à 7 morts, a "
         "indiqué la préfecture.", "2026-06-10",
         E("7", None, "2026-06-10", "as_of"), id="s-etablit-desormais-a"),
    case("Le bilan du glissement de terrain s'est alourdi mardi à 14 morts, les sauveteurs ayant "
         "retrouvé trois nouveaux corps dans la matinée.", "2026-03-10",
         E("14", None, "2026-03-10", "as_of"),
         E("trois", "2026-03-10", "2026-03-10", "day"), id="nouveaux-corps-du-jour"),
    case("Des dizaines de milliers de manifestants ont défilé jeudi contre la réforme de "
         "l'assurance chômage.\n\nÀ Lyon, 18 000 personnes ont été comptées par la préfecture.",
         "2026-03-13",
         E("18 000", "2026-03-12", "2026-03-12", "day"), id="scene-des-dizaines-de-milliers"),
    case("Les agriculteurs ont bloqué mardi les accès de Toulouse pour la troisième journée "
         "consécutive.\n\nQuelque 450 tracteurs ont été recensés par la préfecture.", "2026-01-21",
         E("Quelque 450", "2026-01-20", "2026-01-20", "day"), id="scene-troisieme-journee"),
    case("Selon le réseau de médecins vigies, 412 cas pour 100 000 habitants ont été vus en "
         "consultation la dernière semaine de janvier.", "2026-02-06",
         E("412", "2026-01-25", "2026-01-31", "interval"), id="derniere-semaine-de-janvier"),
    case("Au cours de la première quinzaine d'août, 318 interventions ont été menées par les "
         "sauveteurs.", "2026-08-28",
         E("318", "2026-08-01", "2026-08-15", "interval"), id="premiere-quinzaine-d-aout"),
]

KEPT = [
    case("Quelque 300 personnes ont été évacuées dans la nuit du samedi 6 au dimanche 7 juin.",
         "2026-06-08",
         E("Quelque 300", "2026-06-06", "2026-06-07", "interval"), id="evacues-de-la-nuit"),
    case(TOLL + "Quarante autres personnes ont été blessées.", "2026-06-11",
         E("Quarante", None, "2026-06-11", "as_of"), id="increment-d-une-autre-sorte"),
    case(TOLL + "Deux autres blessés sont toujours hospitalisés.", "2026-06-11",
         E("Deux", None, "2026-06-11", "as_of"), id="increment-toujours-hospitalises"),
    case("La CGT appelle à manifester le 25 mars.\n\nQuelque 450 tracteurs ont été recensés par "
         "la préfecture.", "2026-03-13",
         E("Quelque 450", None, "2026-03-13", "none"), id="un-jour-a-venir-n-est-pas-la-scene"),
    case("Fin janvier, 412 cas pour 100 000 habitants ont été vus en consultation.", "2026-02-06",
         E("412", None, "2026-01-31", "as_of"), id="fin-janvier"),
]


@pytest.mark.parametrize("c", FIXED + KEPT)
def test_fr_tolls_scenes_and_parts_of_a_month(c: PeriodCase) -> None:
    check(c, "fr")
