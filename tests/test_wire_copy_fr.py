"""Two habits of French wire copy that changed a figure's reading.

* "qu'au moins 300 000 personnes": the elided head glued to "au" hid the words that block
  "moins" from signing the number, so the figure read as minus 300 000 (claims/number_lexer.py).
  Seen in real news: a union's count of a protest day ("La CGT a estimé qu'au moins un million
  de manifestants ..."), a mayor's toll ("estime qu'au moins 20.000 habitants ont été tués").
* "A Paris, le parquet a annoncé ...": agency copy prints the capital À without its accent; the
  place went unread, and Paris's custody count met the national arrests as one quantity (a false
  conflict). Seen in agency copy of a protest day and of a climate summit ("A la COP29, ...").

Sentences of our own. Traps: "moins 8 degrés" is minus eight; a lower-case "a" is the verb.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Approx

PUBLISHED = date(2025, 9, 19)


def _claim(text: str, surface_part: str):
    claims = extract_text(text, lang="fr", published=PUBLISHED, article_id="a.md")
    [claim] = [c for c in claims if surface_part in c.surface]
    return claim


AT_LEAST_AFTER_AN_ELIDED_HEAD = [
    ("Les syndicats estiment qu'au moins 300 000 personnes ont défilé jeudi.", "300 000",
     300_000),
    ("La préfecture affirme qu'au moins 2 000 habitants ont été évacués.", "2 000", 2_000),
    ("Les pompiers indiquent qu’au moins 15 maisons ont été détruites.", "15", 15),
    ("Le collectif a estimé qu'au moins un million de personnes ont marché.", "million",
     1_000_000),
    ("Le bilan s'est alourdi, puisqu'au moins 40 corps ont été retrouvés.", "40", 40),
]


@pytest.mark.parametrize(("text", "part", "value"), AT_LEAST_AFTER_AN_ELIDED_HEAD)
def test_au_moins_after_an_elided_head_is_a_lower_bound(text: str, part: str, value: int):
    claim = _claim(text, part)
    assert claim.value == value and claim.approx is Approx.at_least


MINUS = [
    ("La température est tombée à moins 12 degrés dans la nuit.", "12", -12),
    ("Il faisait moins 8 degrés au sommet jeudi.", "8", -8),
]


@pytest.mark.parametrize(("text", "part", "value"), MINUS)
def test_moins_before_a_temperature_still_signs_it(text: str, part: str, value: int):
    assert _claim(text, part).value == value


CAPITAL_A_PLACES = [
    ("A Lyon, 12 000 manifestants ont défilé jeudi.", "12 000", "Lyon"),
    ("A Bordeaux, la police a compté 6 500 personnes.", "6 500", "Bordeaux"),
    ("A Paris, le parquet a annoncé 31 gardes à vue.", "31", "Paris"),
]


@pytest.mark.parametrize(("text", "part", "place"), CAPITAL_A_PLACES)
def test_a_capital_a_without_its_accent_introduces_a_place(text: str, part: str, place: str):
    assert _claim(text, part).place == place


NOT_A_PLACE = [
    ("Le syndicat a Nantes en ligne de mire avec 3 000 adhérents.", "3 000"),
    ("A 14 heures, 3 000 personnes étaient rassemblées.", "3 000"),
]


@pytest.mark.parametrize(("text", "part"), NOT_A_PLACE)
def test_the_verb_a_and_a_clock_time_name_no_place(text: str, part: str):
    assert _claim(text, part).place is None
