"""A running count from a start the article dated before, read at a bulletin, in French (read on
real news: a fishing season's landings counted "depuis l'ouverture" at each committee bulletin;
Channel crossings "depuis le 1er janvier" in a tally "arrêté vendredi"; evacuations "depuis le
début de l'épisode" during floods; an epidemic's severe cases "depuis le début de l'épidémie";
a market price "en novembre, contre ... en novembre 2025" then "sur le mois").

- "depuis l'ouverture", "depuis le début de la collecte" name a start without dating it: the
  story's window ("depuis l'ouverture de la saison, le 1er octobre") dates it, when it opened on
  the same thing (the noun the phrase names stands in the story's phrase) or the phrase names
  none. The count runs to the bulletin's day the sentence gives, else to publication.
- A bulletin's date ("dans son bulletin du 20 octobre", "selon le bulletin du 3 mars") and a
  tally "arrêté vendredi" end a running window there: the day the figures were stopped.
- "en octobre, contre 1,78 euro en octobre 2025": the figure after "contre" is the compared
  one; its time is not the one "sur le mois" refers back to.

Negative rows keep today's reading: no story window (a count as of publication whose start is
unknown), a weekday after "arrêté" that is an arrest's day with a figure right after it, the
compared figure's own month, a window the sentence before frames, a stock at a bulletin. Our own
sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

SEASON = ("Depuis l'ouverture de la saison, le 1er octobre, les chalutiers ont débarqué 1 240 "
          "tonnes de seiches, selon l'organisation de producteurs. ")

STORY = [
    case(SEASON + "Dans son bulletin du 20 octobre, l'organisation faisait état de 980 tonnes "
         "débarquées depuis l'ouverture.", "2026-11-03",
         E("1 240 tonnes", "2026-10-01", "2026-11-03", "to_date"),
         E("980 tonnes", "2026-10-01", "2026-10-20", "to_date"), id="peche-bulletin-du-jour"),
    case("La mobilisation contre la fermeture de la maternité dure depuis le 12 mars. Depuis le "
         "début de la mobilisation, le 12 mars, 214 personnes ont signé la pétition chaque jour. "
         "Depuis le début de la mobilisation, les dégâts atteignent 3,4 millions d'euros, selon "
         "la mairie.", "2026-03-20",
         E("3,4 millions d'euros", "2026-03-12", "2026-03-20", "to_date"),
         id="mobilisation-degats"),
    case("Depuis le lancement de la campagne de vaccination, le 14 octobre, 1,2 million de doses "
         "ont été administrées. Au 30 novembre, 2,1 millions de personnes avaient été vaccinées "
         "depuis le lancement de la campagne.", "2026-12-04",
         E("2,1 millions", "2026-10-14", "2026-11-30", "to_date"),
         id="vaccination-au-30-novembre"),
    case("Selon un bilan arrêté vendredi, 3 120 personnes ont traversé la Manche depuis le 1er "
         "janvier.", "2026-08-10",
         E("3 120", "2026-01-01", "2026-08-07", "to_date"), id="manche-bilan-arrete-vendredi"),
    case("Le gazole s'est vendu en moyenne 1,62 euro le litre en octobre, contre 1,78 euro en "
         "octobre 2025. Les stations rurales affichaient un prix moyen de 1,66 euro le litre sur "
         "le mois.", "2026-11-05",
         E("1,66 euro le litre", "2026-10-01", "2026-10-31", "interval"),
         id="prix-contre-l-an-dernier-puis-sur-le-mois"),
    # A window on another thing than the story's: as of publication, start unknown (it took
    # the season's window before).
    case(SEASON + "Depuis le début de la grève des dockers, 35 navires ont été détournés.",
         "2026-11-03",
         E("35", None, "2026-11-03", "as_of"), id="une-autre-fenetre"),
]

NOT_STORY = [
    # Read right before this change too: the sentence before frames the same window, a stock
    # at a bulletin's day is as of it.
    case(SEASON + "Depuis le début de la saison, les ventes sous criée atteignent 4,1 millions "
         "d'euros.", "2026-11-03",
         E("4,1 millions d'euros", "2026-10-01", "2026-11-03", "to_date"),
         id="peche-ventes-depuis-le-debut-de-la-saison"),
    case("Les crues ont commencé depuis le 2 juin. Selon le bulletin du 9 juin, 86 communes "
         "restaient privées d'eau potable.", "2026-06-12",
         E("86", None, "2026-06-09", "as_of"), id="crues-bulletin-du-9-juin"),
    case("Depuis le début de la crise, l'entreprise a supprimé 320 postes.", "2026-11-03",
         E("320", None, "2026-11-03", "as_of"), id="pas-de-fenetre-de-l-article"),
    case("La police a arrêté vendredi 12 suspects.", "2026-08-10",
         E("12", "2026-08-07", "2026-08-07", "day"), id="arrete-un-jour-d-arrestation"),
    case("Le gazole s'est vendu en moyenne 1,62 euro le litre en octobre, contre 1,78 euro en "
         "octobre 2025.", "2026-11-05",
         E("1,78 euro", "2025-10-01", "2025-10-31", "interval"), id="le-compare-garde-son-mois"),
]


@pytest.mark.parametrize("c", STORY + NOT_STORY)
def test_fr_running_count_from_the_story_start(c: PeriodCase) -> None:
    check(c, "fr")
