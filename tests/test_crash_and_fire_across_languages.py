"""An air crash and a wildfire told in English, French and Korean meet as one story (issue 9:
cross-language concepts).

The classes, read in real coverage of one air crash (English wire and aggregator copy, French
broadcaster, regional and wire copy, Korean agency, newspaper and broadcaster copy: ten outlets)
and of one city's wildfires (English broadcaster copy, French wire and broadcaster copy, Korean
community radio, newspaper and agency copy):
- who was aboard is named alike: "crew members" / "membres d'équipage" / "승무원"; the people
  aboard ("people on board", "personnes à bord", "탑승자", "탑승객", "승선원");
  the survivors ("two survivors" / "deux survivants" / "생존자는 2명");
- a named fire is named by its name and a head noun in each language ("the Eaton Fire" /
  "l'incendie d'Eaton" / "이튼 산불"): the head says no more than "a fire", and the name says
  which; "in the Eaton Fire" names the thing measured, no place;
- a fire's containment: "35% contained" / "contenu à 35 %" / "진화율 35%";
- a company named after a place (an airline named after an island) is no place a figure was
  counted in.
Our own sentences, other names and figures. Negative rows: two fires' tolls, crew against
passengers, a place that is one.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.lexicon import Lexicon
from reconcile.pipeline import reconcile
from tests.article_conflicts import claims_of
from tests.grouping_cases import meet, one

DAY = date(2026, 3, 4)


@pytest.mark.parametrize(("word", "lang", "concept"), [
    ("crew members", "en", "crew"), ("membres d'équipage", "fr", "crew"), ("승무원", "ko", "crew"),
    ("équipage", "fr", "crew"),
    ("occupants", "en", "aboard"), ("탑승객", "ko", "aboard"), ("탑승자", "ko", "aboard"),
    ("승선원", "ko", "aboard"),
    ("fire", "en", "fire"), ("incendie", "fr", "fire"), ("산불", "ko", "fire"),
    ("파이어", "ko", "fire"),
])
def test_a_crash_or_a_fire_names_its_things_alike(word: str, lang: str, concept: str) -> None:
    assert Lexicon.shipped().normalise(word, lang) == (f"#{concept}",)


def test_a_survivor_is_one_rescued() -> None:
    assert Lexicon.shipped().normalise("생존자", "ko") == ("#rescue",)


# (language, text, figure) twice: one quantity
MEET = [
    (("en", "The plane was carrying 143 passengers and seven crew members.", "seven"),
     ("fr", "L'appareil transportait 143 passagers et sept membres d'équipage.", "sept")),
    (("en", "The plane was carrying 143 passengers and seven crew members.", "seven"),
     ("ko", "여객기에는 승객 143명과 승무원 7명이 타고 있었다.", "7명")),
    (("fr", "Seuls trois survivants ont été retrouvés, selon les pompiers.", "trois"),
     ("ko", "소방당국에 따르면 생존자는 3명이다.", "3명")),
    (("en", "Officials said 12 people died in the Harlow Fire.", "12"),
     ("fr", "Selon les autorités, l'incendie de Harlow a fait 12 morts.", "12")),
]


@pytest.mark.parametrize(("first", "second"), MEET)
def test_one_figure_of_a_crash_or_a_fire_meets_across_languages(
        first: tuple[str, str, str], second: tuple[str, str, str]) -> None:
    assert meet(first, second, DAY)


# the same shapes, two quantities
APART = [
    (("en", "The plane was carrying 143 passengers and seven crew members.", "143"),
     ("fr", "L'appareil transportait 150 passagers et sept membres d'équipage.", "sept")),
    (("en", "Officials said 12 people died in the Harlow Fire.", "12"),
     ("fr", "Selon les autorités, l'incendie de Corbin a fait 12 morts.", "12")),
]


@pytest.mark.parametrize(("first", "second"), APART)
def test_other_things_or_another_fire_stay_apart(first: tuple[str, str, str],
                                                 second: tuple[str, str, str]) -> None:
    assert not meet(first, second, DAY)


def test_a_named_fire_is_no_place() -> None:
    claims = extract_text("Officials said 12 people died in the Harlow Fire.", lang="en",
                          published=DAY, article_id="a.md")
    figure = one(claims, "12")
    assert figure.entity == "Harlow Fire"
    assert figure.place is None


def test_a_place_that_is_one_stays() -> None:
    claims = extract_text("Officials said 12 people died in Harlow County.", lang="en",
                          published=DAY, article_id="a.md")
    assert one(claims, "12").place == "Harlow County"


@pytest.mark.parametrize(("text", "figure", "place"), [
    ("4일 전남 무안국제공항에서 발생한 제주항공 여객기 사고로 12명이 숨졌다.", "12명", "전남 무안"),
    ("제주항공 여객기가 착륙 도중 사고를 내 12명이 숨졌다.", "12명", None),
    ("제주에서 12명이 숨졌다.", "12명", "제주"),  # a place that is one
])
def test_a_company_named_after_a_place_is_no_place(text: str, figure: str,
                                                   place: str | None) -> None:
    claims = extract_text(text, lang="ko", published=DAY, article_id="a.md")
    assert one(claims, figure).place == place


# What a blast or a fire destroys beside homes, and a rough French word against the English
# figure of one story ("about 40 shops" / "une quarantaine de boutiques"): real instances in
# English and French copy of tanker explosions in three states and two years.
DESTROYED = [
    (("en", "The blast destroyed about 40 shops, the road agency said.", "about 40"),
     ("fr", "L'explosion a détruit une quarantaine de boutiques, selon l'agence routière.",
      "une quarantaine")),
    (("en", "The fire burnt 12 motorcycles and three cars.", "12"),
     ("fr", "Douze motos et trois voitures ont brûlé.", "Douze")),
    (("en", "The agency recorded 1,312 crashes between January and September.", "1,312"),
     ("fr", "L'agence a recensé 1 312 accidents entre janvier et septembre.", "1 312")),
]


@pytest.mark.parametrize(("first", "second"), DESTROYED)
def test_what_a_blast_destroys_meets_across_languages(first: tuple[str, str, str],
                                                      second: tuple[str, str, str]) -> None:
    assert meet(first, second, DAY)


def test_shops_are_no_homes() -> None:
    """Two things destroyed, two figures: no conflict between them."""
    first = ("en", "The blast destroyed 40 shops, the road agency said.")
    assert "conflict" not in _verdicts(first, ("fr", "L'explosion a détruit 12 maisons."))


def _verdicts(first: tuple[str, str], second: tuple[str, str]) -> set[str]:
    claims = claims_of([(first[1], first[0], "a.md"), (second[1], second[0], "b.md")], DAY)
    ids = {name: {c.id for c in claims if c.article == name} for name in ("a.md", "b.md")}
    return {f.verdict.value for f in reconcile(claims).findings
            if set(f.claim_ids) & ids["a.md"] and set(f.claim_ids) & ids["b.md"]}


BLAST = "L'explosion a détruit {} boutiques, selon l'agence routière."


@pytest.mark.parametrize(("english", "verdict"), [
    ("about 40", "consistent"),  # within the word's span
    ("46", "consistent"),
    ("36", "minor_discrepancy"),  # a rough word is rounded loosely
    ("22", "conflict"),  # "une quarantaine" is not 22
])
def test_a_rough_word_against_a_figure(english: str, verdict: str) -> None:
    first = ("en", f"The blast destroyed {english} shops, the road agency said.")
    assert _verdicts(first, ("fr", BLAST.format("une quarantaine de"))) == {verdict}
