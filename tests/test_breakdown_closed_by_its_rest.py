"""A list whose last item names the rest states every part of its total, though no split
word says so (reconcile/structural/rest_list.py): "Suivent le motif familial (88 200
titres), ... et les motifs divers (14 100)" after the leader's sentence and the year's
total must add up to it.

Seen in real news: the interior ministry's first residence permits by motive (students
first, then family, work, humanitarian and "divers"), with the total told against the
year before ("par rapport à 2024 (…)", as the Senate's written answer on naturalisations
tells it); Eurostat's permits for France by motive, closed by "d'autres considérations";
Korean industrial death tolls by sector closed by "기타" (read by the split "업종별로는"
already: a sector named as what a part counts shares no word with "사망자", and no list is
read without that split). Sentences of our own. Traps (real): a podium of three
nationalities with no rest (observalgerie, France- Algérie actualité: "suivis par les
Américains ... puis les Ivoiriens"), a list the text says is partial ("notamment"), a
sum far from the total (the list splits another figure), parts of another period.
"""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2026, 2, 3)

FR_TOTAL = ("La France a délivré 298 400 premiers titres de séjour en 2025, soit une hausse de "
            "2,4 % par rapport à 2024 (291 400), selon le ministère de l'intérieur. ")
FR_LEADER = "Les étudiants restent le premier motif, avec 104 600 titres. "


def _breakdowns(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    return findings_of(text, lang, PUBLISHED, "breakdown")


CHECKED = [
    # the list goes on from its leader's sentence; 290 400, not 298 400
    ("fr", FR_TOTAL + FR_LEADER + "Suivent le motif familial (88 200 titres), le motif "
                                  "économique (47 300), le motif humanitaire (36 200) et les "
                                  "motifs divers (14 100).",
     Verdict.conflict, ["298 400", "104 600", "88 200", "47 300", "36 200", "14 100"]),
    ("fr", FR_TOTAL + FR_LEADER + "Suivent le motif familial (88 200 titres), le motif "
                                  "économique (47 300), le motif humanitaire (36 200) et les "
                                  "motifs divers (22 100).",
     Verdict.consistent, ["298 400", "104 600", "88 200", "47 300", "36 200", "22 100"]),
    # the whole list in one sentence after its total
    ("en", "The agency received 9,460 asylum claims last year. Syrians filed 3,120 claims, Afghans "
           "2,870, Iraqis 1,450 and the rest 1,620.",
     Verdict.conflict, ["9,460", "3,120", "2,870", "1,450", "1,620"]),
    ("en", "The agency received 9,460 asylum claims last year. Syrians filed 3,120 claims, Afghans "
           "2,870, Iraqis 1,450 and the rest 2,020.",
     Verdict.consistent, ["9,460", "3,120", "2,870", "1,450", "2,020"]),
]


@pytest.mark.parametrize(("lang", "text", "verdict", "cited"), CHECKED)
def test_a_list_closed_by_its_rest_must_add_up(lang, text, verdict, cited):
    assert _breakdowns(lang, text) == [(verdict, sorted(cited))]


NOT_CHECKED = [
    # a podium with no rest: some parts only
    ("fr", FR_TOTAL + "Les Marocains arrivent en tête, avec 35 200 titres. Suivent les "
                      "Algériens (30 100), les Tunisiens (21 400) et les Sénégalais (9 800)."),
    # the text says the list is partial
    ("fr", FR_TOTAL + FR_LEADER + "Suivent notamment le motif familial (88 200 titres), le "
                                  "motif économique (47 300) et les motifs divers (14 100)."),
    # a sum far from the total: the list splits another figure
    ("en", "The agency received 9,460 asylum claims last year. Of the decisions taken, 1,210 "
           "were grants, 940 refusals and the rest 330."),
    # no part says what it counts: votes cast for candidates need not make up the voters
    ("fr", "Dimanche, 41 200 électeurs ont voté. Au décompte, 18 900 pour Mme Arnaud, 12 400 "
           "pour M. Costa et le reste, 8 300, pour les autres."),
    # the parts are of another year than the total
    ("en", "The agency received 9,460 asylum claims last year. In 2019, Syrians filed 3,120, "
           "Afghans 2,870, Iraqis 1,450 and the rest 1,620."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_no_check_when_the_list_is_not_closed_on_that_total(lang, text):
    assert _breakdowns(lang, text) == []
