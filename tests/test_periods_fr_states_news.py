"""A stock on a named day, in French (read on real news: disaster tolls, "Le nouveau bilan
officiel fait état mardi de 34 273 morts et 27 836 personnes portées disparues", "Un précédent
bilan faisait état de 2.357 morts, 77 disparus et 3.853 blessés"; hospital bulletins, "651
personnes sont hospitalisées ce mercredi matin", against "81 patients ont été admis à l'hôpital
mercredi"; weather alerts, "la Loire-Atlantique, placée en vigilance rouge samedi, ...").

- A state in the past whose subject is the figure ("41 enfants étaient hospitalisés lundi",
  "320 personnes étaient hébergées lundi") is a level as of that day, not a count of the day.
- The same level restated after "les" ("Sur les 41 enfants hospitalisés lundi, 33 ...")
  keeps its reading as of that day, and so does its part.
- A stock verb's second object after "et de" ("faisait encore état de 61 morts et de 23
  disparus") is a stock too, at the day the clause names.
- What a thing holds or spans in the present ("Le vignoble compte 1 340 exploitations et
  couvre 13 000 hectares") is a standing state as of publication.
- A phrase closing an aside a participle opens (", placée en épidémie depuis la semaine 45,")
  dates the noun the aside describes; the figure after it takes its own clause's phrase.

Negative rows of the same shapes keep today's reading: an event's pluperfect ("62 trains avaient
été annulés mardi"), a passé composé ("81 patients ont été admis mardi"), a passive whose agent
is the figure ("la grève était suivie par 21 % des enseignants jeudi"), a stock verb's object
joined by "et" to a count of its own ("ont reçu 300 appels et de nombreux messages"), an aside
that dates the only phrase of the sentence. Our own sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

STOCKS = [
    case("Au CHU de Brest, 41 enfants étaient hospitalisés lundi pour une bronchiolite, dont 6 "
         "en réanimation.", "2026-12-03",
         E("41", None, "2026-11-30", "as_of"), E("6", None, "2026-11-30", "as_of"),
         id="etaient-hospitalises-lundi"),
    case("Mardi soir, 320 personnes étaient hébergées dans les gymnases de la ville.",
         "2026-12-03",
         E("320", None, "2026-12-01", "as_of"), id="etaient-hebergees-mardi"),
    case("Mercredi matin, 2 400 foyers étaient encore coupés du réseau dans le Finistère.",
         "2026-12-03",
         E("2 400", None, "2026-12-02", "as_of"), id="etaient-encore-coupes"),
    case("Mardi, la protection civile faisait encore état de 61 morts et de 23 disparus.",
         "2026-12-03",
         E("23", None, "2026-12-01", "as_of"), id="et-de-disparus"),
    case("Le bilan officiel fait état lundi de 1 204 morts et de 310 personnes portées "
         "disparues.", "2026-12-03",
         E("310", None, "2026-11-30", "as_of"), id="bilan-et-de-portees-disparues"),
]

# "Sur les 41 enfants hospitalisés au CHU lundi, 33 n'étaient pas vaccinés" after "41 enfants
# étaient hospitalisés lundi": the same level restated, and its part, as of
# that day (not the day's count, which would read the two 38 as different periods).
RESTATED = [
    case("Au CHU de Brest, 41 enfants étaient hospitalisés lundi. Le service a ouvert huit lits. "
         "Sur les 41 enfants hospitalisés lundi, 33 n'avaient pas reçu l'anticorps.",
         "2026-12-03",
         E("33", None, "2026-11-30", "as_of"), id="sur-les-41-enfants-hospitalises"),
]

NOT_RESTATED = [
    case("Mardi, 14 personnes ont été interpellées. Parmi les 14 personnes interpellées mardi, "
         "9 étaient mineures.", "2026-12-03",
         E("9", "2026-12-01", "2026-12-01", "day"), id="un-compte-du-jour-repris"),
]

ASIDES = [
    case("En Normandie, placée en épidémie depuis la semaine 45, 960 passages aux urgences ont "
         "été enregistrés en semaine 48.", "2026-12-02",
         E("960", "2026-11-23", "2026-11-29", "interval"), id="placee-depuis-la-semaine-45"),
    case("Le Var, placé en vigilance orange depuis lundi, a reçu 180 mm de pluie en novembre.",
         "2026-12-02",
         E("180 mm", "2026-11-01", "2026-11-30", "interval"), id="place-depuis-lundi"),
]

# "La France compte 17,1 millions de retraités", "La commune, qui compte environ 420
# habitants", "Lunan est une commune rurale qui compte 607 habitants en 2021": what a thing
# holds or spans, in the present, is a standing state as of publication, not the day the
# sentence before was about; not after "on" ("On compte 310 bulletins blancs": the vote's).
STANDING = [
    case("Jeudi, 380 secouristes fouillaient les décombres. Les Philippines comptent plus de "
         "20 volcans actifs.", "2026-12-03",
         E("plus de 20", None, "2026-12-03", "as_of"), id="comptent-des-volcans"),
    case("Le gel du 12 avril a frappé la Touraine mardi. Le vignoble compte 1 340 "
         "exploitations et couvre quelque 13 000 hectares.", "2026-12-04",
         E("1 340", None, "2026-12-04", "as_of"),
         E("quelque 13 000 hectares", None, "2026-12-04", "as_of"), id="compte-et-couvre"),
]

NOT_STOCKS = [
    case("Ils étaient 2 000 à manifester dimanche à Rennes.", "2026-12-03",
         E("2 000", "2026-11-29", "2026-11-29", "day"), id="ils-etaient-a-manifester"),
    case("En octobre, 290 personnes sont mortes sur les routes. Les jeunes conducteurs "
         "comptent pour 21 % des tués.", "2026-11-17",
         E("21 %", "2026-10-01", "2026-10-31", "interval"), id="comptent-pour-une-part"),
    case("Dimanche, 12 400 électeurs ont voté à Quimperlé. On compte 310 bulletins blancs.",
         "2026-12-03",
         E("310", "2026-11-29", "2026-11-29", "day"), id="on-compte-le-jour-du-vote"),
    case("Mardi, 62 trains y avaient été supprimés, selon la compagnie.", "2026-12-03",
         E("62", "2026-12-01", "2026-12-01", "day"), id="plus-que-parfait-d-un-fait"),
    case("Mardi, 81 patients ont été admis à l'hôpital.", "2026-12-03",
         E("81", "2026-12-01", "2026-12-01", "day"), id="passe-compose-d-un-fait"),
    case("Dans toute la France, la grève était suivie par 21,3 % des enseignants à la "
         "mi-journée jeudi.", "2026-11-27",
         E("21,3 %", "2026-11-26", "2026-11-26", "day"), id="agent-d-un-passif"),
    case("Mardi, les pompiers ont reçu 300 appels et de nombreux messages.", "2026-12-03",
         E("300", "2026-12-01", "2026-12-01", "day"), id="objet-d-un-verbe-d-evenement"),
    case("Le Gard, placé en vigilance rouge depuis samedi, a reçu 400 mm de pluie.",
         "2026-12-02",
         E("400 mm", "2026-11-28", "2026-12-02", "to_date"), id="aparte-seule-periode"),
]


@pytest.mark.parametrize("c", STOCKS + RESTATED + ASIDES + STANDING + NOT_STOCKS + NOT_RESTATED)
def test_fr_stock_on_a_named_day(c: PeriodCase) -> None:
    check(c, "fr")
