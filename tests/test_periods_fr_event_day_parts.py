"""The protest day reaches the day's own figures, in French, when they name a time of that day
but no date (read on real news: farmers' blockades counted by prefectures and the Interior
ministry, pension-reform marches, civil servants' strikes, the same day and the day after).
A part of the day ("dans la journée", "en milieu de journée", "en début de soirée"), an hour
("vers 14 heures", "à 18 h 30") or a time the text names but never dates ("au plus fort de la
mobilisation") is a time of the day the lead gave the action. So are the day's arrests, the
gendarmes deployed, the tractors and the organisers' claims ("en revendiquent 2 000"), and
the marchers "à défiler" told in the imperfect the next day.

Not the action's day: a day part in an article about no strike or protest, a sentence naming
an earlier action day, a figure with its own date, a standing fact. Our own sentences, other
names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

DAY_PARTS = [
    case("Colère agricole : 3 200 manifestants dans l'Ouest selon l'Intérieur\n\n"
         "Les éleveurs ont de nouveau bloqué les routes, mardi 10 mars, contre la baisse des prix "
         "du lait. À Rennes, environ 280 tracteurs étaient massés devant la préfecture en milieu "
         "de journée. Le dépôt pétrolier de Vern, gardé par quelque 150 gendarmes, n'a pas été "
         "bloqué. Neuf personnes ont été interpellées dans la journée, dont quatre à Brest, "
         "selon la préfecture.", "2026-03-10",
         E("environ 280", "2026-03-10", "2026-03-10", "day"),
         E("quelque 150", "2026-03-10", "2026-03-10", "day"),
         E("Neuf", "2026-03-10", "2026-03-10", "day"),
         E("quatre", "2026-03-10", "2026-03-10", "day"), id="le-jour-meme"),
    case("Loire. Colère agricole : 430 tracteurs et 900 manifestants à Saint-Étienne\n\n"
         "Mercredi 11 mars, le boulevard périphérique a été bloqué une bonne partie de la "
         "journée. La préfecture a compté 430 tracteurs et 900 manifestants au plus fort de la "
         "mobilisation, vers 15 heures. La FDSEA et les Jeunes Agriculteurs en revendiquent "
         "« au moins 1 500 ».", "2026-03-11",
         E("430", "2026-03-11", "2026-03-11", "day"),
         E("900", "2026-03-11", "2026-03-11", "day"),
         E("au moins 1 500", "2026-03-11", "2026-03-11", "day"), id="le-lendemain"),
    case("Des blocages sont menés mardi dans tout le département par les producteurs de porc. "
         "Le kilo de porc a perdu 12 centimes depuis juillet, selon le marché de Plérin. "
         "Quelque 120 agriculteurs s'étaient installés en début de soirée devant la "
         "sous-préfecture de Morlaix.", "2026-03-10",
         E("Quelque 120", "2026-03-10", "2026-03-10", "day"), id="en-debut-de-soiree"),
    case("Hôpital : plusieurs dizaines de milliers d'agents dans la rue\n\n"
         "Manifestation d'agents hospitaliers, le 12 mars à Lyon.\n\n"
         "Des urgences aux maternités, des centres hospitaliers aux Ehpad, les agents étaient "
         "entre 14 000, selon le ministère de la Santé, et 30 000 d'après la CGT, à défiler dans "
         "toute la France.", "2026-03-13",
         E("14 000", "2026-03-12", "2026-03-12", "day"),
         E("30 000", "2026-03-12", "2026-03-12", "day"), id="a-defiler-le-lendemain"),
    case("Des opérations escargot sont menées jeudi autour de Caen. Le lait est payé 8 % de "
         "moins qu'en 2024, selon les éleveurs. La préfecture a confirmé "
         "la présence de 310 tracteurs sur le périphérique.", "2026-03-12",
         E("310", "2026-03-12", "2026-03-12", "day"), id="tracteurs-comptes"),
]

# Lignes négatives : pas d'action, une journée d'avant, un chiffre daté par sa proposition.
NOT_THE_DAY = [
    case("Le centre commercial a rouvert mardi 10 mars après des travaux. Quelque 4 000 clients "
         "s'y sont rendus dans la journée.", "2026-03-11",
         E("Quelque 4 000", None, "2026-03-11", "as_of"), id="pas-une-action"),
    case("Les éleveurs ont de nouveau bloqué les routes, mardi 10 mars. Lors de la précédente "
         "journée d'action, 2 100 tracteurs avaient été recensés dans la journée.",
         "2026-03-10",
         E("2 100", None, "2026-03-10", "none"), id="journee-precedente"),
    case("Les éleveurs ont de nouveau bloqué les routes, mardi 10 mars. Le 24 février, 640 "
         "tracteurs avaient été recensés en milieu de journée.", "2026-03-10",
         E("640", "2026-02-24", "2026-02-24", "day"), id="un-jour-a-lui"),
    case("Les éleveurs ont de nouveau bloqué les routes, mardi 10 mars. La Mayenne compte "
         "aujourd'hui 5 100 exploitations laitières.", "2026-03-10",
         E("5 100", None, "2026-03-10", "as_of"), id="un-etat"),
]


@pytest.mark.parametrize("c", DAY_PARTS + NOT_THE_DAY)
def test_fr_protest_figures_at_a_time_of_its_day(c: PeriodCase) -> None:
    check(c, "fr")
