"""Parts that are the alternatives their total names (issue 9, "parts against their total"):
"118 femmes ont été tuées par leur conjoint ou leur ex-conjoint, dont 79 par leur conjoint et 33
par un ex-conjoint" adds up to 112: every one of the 118 is one or the other, so the parts
cannot hold less. The class, as read in femicide counts ("tuées par leur conjoint ou
ex-conjoint", "killed by a partner or former partner"), casualty tolls ("morts ou blessés") and
hospital counts. The alternatives may overlap, so a sum above the total says nothing; a
"dont" list whose parts are not the total's alternatives ("80 morts, dont 12 enfants et 9
femmes"; "tuées par leur mari ou leur compagnon, dont huit à coups de couteau et deux par
balles") names only some parts, and is not read. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2026, 11, 20)

_FR = ("Depuis le 1er janvier, 124 femmes ont été tuées par leur conjoint ou leur ex-conjoint, "
       "selon le collectif, dont 81 par leur conjoint et {n} par un ex-conjoint.")
_EN = ("Since January, 124 women have been killed by a partner or former partner, according to "
       "the group, of whom 81 by a partner and {n} by a former partner.")

CHECKED = [
    ("fr", _FR.format(n=36), Verdict.conflict, ["124", "36", "81"]),
    ("fr", _FR.format(n=43), Verdict.consistent, ["124", "43", "81"]),
    ("en", _EN.format(n=36), Verdict.conflict, ["124", "36", "81"]),
    ("en", _EN.format(n=43), Verdict.consistent, ["124", "43", "81"]),
    ("en", "Police said 124 women were killed by a partner or former partner last year.\n\n"
           "Of those, 81 were killed by a partner and 36 by a former partner.",
     Verdict.conflict, ["124", "36", "81"]),
    ("fr", "L'explosion a fait 57 morts ou blessés, dont 11 morts et 38 blessés.",
     Verdict.conflict, ["11", "38", "57"]),
    ("fr", "L'explosion a fait 57 morts ou blessés, dont 11 morts et 46 blessés.",
     Verdict.consistent, ["11", "46", "57"]),
]


@pytest.mark.parametrize(("lang", "text", "verdict", "figures"), CHECKED)
def test_parts_that_are_the_totals_alternatives_are_checked(lang, text, verdict, figures) -> None:
    assert findings_of(text, lang, PUBLISHED, "breakdown") == [(verdict, figures)]


NOT_CHECKED = [
    # parts that are no alternative of the total: only some parts
    ("fr", "Le bilan fait état de 80 morts, dont 12 enfants et 9 femmes."),
    ("fr", "Treize femmes ont été tuées par leur mari ou leur compagnon en mars, dont huit à "
           "coups de couteau et deux par balles."),
    # alternatives that may overlap: a sum above the total says nothing
    ("fr", "L'explosion a fait 57 morts ou blessés, dont 21 morts et 46 blessés."),
    # an approximate total: a shortfall is not read
    ("en", "Some 230 people were hospitalised or treated in intensive care, of whom 150 were "
           "hospitalised and 60 treated in intensive care."),
    # the join names sources, not the parts
    ("fr", "Au moins 124 femmes ont été tuées, selon le collectif ou l'État, dont 81 par leur "
           "conjoint et 36 par un ex-conjoint."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_parts_that_are_not_the_totals_alternatives_are_not_checked(lang, text) -> None:
    assert findings_of(text, lang, PUBLISHED, "breakdown") == []
