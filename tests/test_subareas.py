"""A figure given for some of the area's parts (polling stations, communes, precincts) is not
the area's figure: against the whole's, or another part's, it is no sure conflict
(``reconcile.subareas``). A phrase that counts every part ("dans les 61 communes") is the whole.

Our own sentences, in the style of election-night copy; other places and figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim
from reconcile.evidence import WEAK_CAP
from reconcile.pipeline import reconcile
from reconcile.subareas import subarea_of

PUBLISHED = date(2026, 3, 16)


def _claim(text: str, lang: str, surface: str) -> Claim:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.txt")
    return next(c for c in claims if c.surface == surface)


@pytest.mark.parametrize(
    ("text", "lang", "surface", "phrase"),
    [
        # the phrase right after the figure
        ("La participation a varié de 19 % dans certains quartiers de Brive à près de 55 % dans "
         "plusieurs petites communes rurales.", "fr", "près de 55 %",
         "dans plusieurs petites communes rurales"),
        ("La participation a varié de 19 % dans certains quartiers de Brive à près de 55 % dans "
         "plusieurs petites communes rurales.", "fr", "19 %", "dans certains quartiers de brive"),
        # a fronted phrase, no other figure in between
        # "n'a pas dépassé" is read as the figure's bound (up to)
        ("Dans les bureaux de Tulle, la participation n'a pas dépassé 24,5 %, selon la mairie.",
         "fr", "pas dépassé 24,5 %", "dans les bureaux de tulle"),
        ("Turnout in rural counties fell to 48.3 percent, the secretary of state said.", "en",
         "48.3 percent", "in rural counties"),
        ("In the downtown precincts, turnout was only about 27 percent.", "en",
         "about 27 percent", "in the downtown precincts"),
        ("일부 농촌 지역에서는 투표율이 62.4%에 달했다.", "ko", "62.4%", "일부 농촌 지역에서는"),
    ],
)
def test_subarea_read(text: str, lang: str, surface: str, phrase: str) -> None:
    assert subarea_of(_claim(text, lang, surface)) == phrase


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        # every part counted: the whole area
        ("Dans les 58 communes de la circonscription, la participation a atteint 37,2 %.", "fr",
         "37,2 %"),
        # a place, not a set of parts
        ("À Tulle, la participation s'est établie à 31,4 %.", "fr", "31,4 %"),
        ("Statewide turnout reached 51.6 percent, officials said.", "en", "51.6 percent"),
        # the phrase belongs to another figure of the sentence
        ("Turnout was 44.1 percent, against 39 percent in rural counties.", "en",
         "44.1 percent"),
    ],
)
def test_no_subarea(text: str, lang: str, surface: str) -> None:
    assert subarea_of(_claim(text, lang, surface)) == ""


TURNOUT_A = """Législative partielle en Corrèze : la participation en hausse

Au premier tour de la législative partielle de la 1re circonscription de la Corrèze, dimanche, \
la participation a varié de 19 % dans certains quartiers de Brive à près de 55 % dans \
plusieurs petites communes rurales.
"""

TURNOUT_B = """Corrèze : Hélène Darnac en tête au premier tour

Dimanche, dans les bureaux de Brive, la participation n'a pas dépassé 24,5 %, selon la \
préfecture de la Corrèze.
"""

TURNOUT_C = """Corrèze : Hélène Darnac en tête au premier tour

Dimanche, la participation a atteint 24,5 % dans la 1re circonscription de la Corrèze, selon la \
préfecture de la Corrèze.
"""


def _conflicts(texts: list[tuple[str, str]], a: str, b: str) -> list[float]:
    claims: list[Claim] = []
    for text, name in texts:
        claims += extract_text(text, lang="fr", published=PUBLISHED, article_id=name)
    by_id = {c.id: c.surface for c in claims}
    return [
        f.confidence for f in reconcile(claims).findings
        if f.verdict.value == "conflict" and {a, b} <= {by_id.get(i) for i in f.claim_ids}
    ]


def test_two_parts_of_one_area_are_no_sure_conflict() -> None:
    """Some rural communes' turnout against one town's polling stations: two parts."""
    found = _conflicts(
        [(TURNOUT_A, "a.txt"), (TURNOUT_B, "b.txt")], "près de 55 %", "pas dépassé 24,5 %"
    )
    assert all(c <= WEAK_CAP for c in found)


def test_a_part_against_the_whole_keeps_no_sure_conflict_but_the_whole_meets() -> None:
    """The whole constituency's turnout against a part's is no sure conflict either."""
    found = _conflicts([(TURNOUT_A, "a.txt"), (TURNOUT_C, "c.txt")], "près de 55 %", "24,5 %")
    assert all(c <= WEAK_CAP for c in found)
