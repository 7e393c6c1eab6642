"""Fuzzing extraction and every claims renderer: no exception, and the records hold together.

Four families of generated text: number-dense text, qualifier soup, real-style sentences in
French, English and Korean with random mutations, and random Unicode, each read in the three
languages. For each: ``start < end`` and the
span is the surface; ``lower <= value <= upper`` where given; a period never ends before it
starts; and every renderer writes every claim. The ``ci`` profile (``tests/conftest.py``) keeps
this quick; ``bench/fuzz_long.py`` runs 50 000 cases.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from claims.extract import extract_text
from claims.models import Claim
from reports import formats, renderer

NUMBERS = [
    "0",
    "1",
    "12",
    "72,0",
    "0.72",
    "1 000",
    "1,000",
    "3/4",
    "25/12",
    "12/2023",
    "2024",
    "1999",
    "-5",
    "+3",
    "1e9",
    "45 %",
    "12,5 %",
    "100%",
    "3 millions",
    "2.5 billion",
    "deux",
    "cent",
    "mille",
    "trois",
    "vingt-et-un",
    "one",
    "hundred",
    "thousand",
    "999 999 999",
    "1.000.000",
    "０１２",
    "٣",
    "½",
    "IV",
    "XXI",
    "12h30",
    "08:30",
]
WORDS = [
    "cas",
    "morts",
    "personnes",
    "people",
    "arrested",
    "en",
    "in",
    "depuis",
    "since",
    "de",
    "à",
    "to",
    "from",
    "entre",
    "between",
    "et",
    "and",
    ",",
    ".",
    ";",
    "(",
    ")",
    "l'an dernier",
    "last year",
    "il y a",
    "ago",
    "ans",
    "years",
    "mars",
    "March",
    "courant-",
    "Covid-19",
    "€",
    "$",
    "£",
    "km",
    "%",
    "par jour",
    "per day",
    "selon",
    "according to",
    "la police",
    "the police",
]
QUALIFIERS = [
    "environ",
    "près de",
    "plus de",
    "moins de",
    "au moins",
    "jusqu'à",
    "about",
    "nearly",
    "more than",
    "less than",
    "at least",
    "up to",
    "over",
    "under",
    "quelque",
    "some",
    "roughly",
    "presque",
    "almost",
    "entre",
    "between",
    "et",
    "and",
    "à",
    "to",
    "-",
    "–",
    "~",
    "≈",
    ">",
    "<",
    "≥",
    "des dizaines de",
    "dozens of",
    "des milliers",
    "thousands",
    "millions",
]
SENTENCES = {
    "fr": [
        "Selon la police, 1 245 personnes ont été interpellées en 2023, contre 980 un an plus tôt.",
        "Le taux de chômage est passé de 7,3 % à 7,5 % au troisième trimestre 2024.",
        "Environ 12 000 manifestants ont défilé samedi, 3 000 selon la préfecture.",
        "Depuis janvier, près de 387 suspects ont été arrêtés, dont 64 mineurs.",
        "Il y a trois ans, la commune comptait 2,5 millions d'euros de dette.",
    ],
    "en": [
        "According to the police, 1,245 people were arrested in 2023, up from 980 a year earlier.",
        "Unemployment rose from 7.3% to 7.5% in the third quarter of 2024.",
        "About 12,000 protesters marched on Saturday, 3,000 according to officials.",
        "Since January, nearly 387 suspects have been arrested, including 64 minors.",
        "Three years ago the town owed $2.5 million, the mayor said last week.",
    ],
    "ko": [
        "경찰은 올해 1월부터 9월까지 1천84건을 접수해 피의자 512명을 검거했다.",
        "온열질환자는 지난해 같은 기간(2천104명)보다 33.9% 늘어난 2천817명이었다.",
        "사전투표율은 10.98%로 4년 전보다 0.80%포인트 높았고, 약 3천여 명이 줄을 섰다.",
        "피해자 12만4천 명 가운데 4만1천 명(33.1%)은 10대였고 10명 중 7명은 남성이었다.",
        "과징금은 최대 3억 원이며, 지난주 2~3차례 신고가 들어왔다고 밝혔다.",
    ],
}
LANGS = st.sampled_from(["fr", "en", "ko"])
PUBLISHED = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from([date(1, 1, 1), date(1, 3, 1), date(9999, 12, 31), date(2024, 2, 29)]),
)


def _joined(pieces: st.SearchStrategy[str], max_size: int = 40) -> st.SearchStrategy[str]:
    seps = st.sampled_from([" ", " ", " ", "\u00a0", "\u202f", "", "\n", ", ", ". "])
    return st.lists(st.tuples(pieces, seps), min_size=1, max_size=max_size).map(
        lambda parts: "".join(p + s for p, s in parts)
    )


NUMBER_DENSE = _joined(st.sampled_from(NUMBERS + NUMBERS + WORDS))
QUALIFIER_SOUP = _joined(st.sampled_from(QUALIFIERS + NUMBERS + WORDS))


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(LANGS)
    text = " ".join(draw(st.lists(st.sampled_from(SENTENCES[lang]), min_size=1, max_size=4)))
    for _ in range(draw(st.integers(0, 8))):
        i = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "duplicate", "swap"]))
        if action == "insert":
            text = text[:i] + draw(st.sampled_from(NUMBERS + QUALIFIERS + WORDS)) + text[i:]
        elif action == "delete":
            text = text[:i] + text[i + draw(st.integers(1, 12)) :]
        elif action == "duplicate":
            text = text[:i] + text[i : i + 20] + text[i:]
        elif i + 1 < len(text):
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text, lang


def check(text: str, lang: str, published: date | None) -> list[Claim]:
    claims = extract_text(text, lang=lang, published=published)
    for c in claims:
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start : c.end] == c.surface, c
        if c.value is not None:
            assert c.lower is None or c.lower <= c.value, c
            assert c.upper is None or c.value <= c.upper, c
        elif c.lower is not None and c.upper is not None:
            assert c.lower <= c.upper, c
        if c.period is not None and c.period.start and c.period.end:
            assert c.period.start <= c.period.end, c.period
    _render_all(claims)
    return claims


def _render_all(claims: list[Claim]) -> None:
    """Every claims renderer runs, and the ones with records write one per claim."""
    for fmt in formats("claims"):
        if fmt == "xlsx":
            out: io.StringIO | io.BytesIO = io.BytesIO()
        else:
            out = io.StringIO()
        renderer("claims", fmt)(iter(claims), out)
        if fmt == "csv":
            assert len(list(csv.DictReader(io.StringIO(out.getvalue())))) == len(claims)
        elif fmt == "json":
            assert len(json.loads(out.getvalue(), parse_constant=_reject)) == len(claims)
        elif fmt == "jsonl":
            assert len(out.getvalue().split("\n")) - 1 == len(claims)  # JSON Lines: LF only
        elif fmt == "table":
            assert f"{len(claims)} claims" in out.getvalue()


def _reject(value: str) -> None:
    raise ValueError(f"JSON holds {value}")


@given(NUMBER_DENSE, LANGS, PUBLISHED)
def test_number_dense_text(text: str, lang: str, published: date | None) -> None:
    check(text, lang, published)


@given(QUALIFIER_SOUP, LANGS, PUBLISHED)
def test_qualifier_soup(text: str, lang: str, published: date | None) -> None:
    check(text, lang, published)


@given(mutated(), PUBLISHED)
def test_mutated_real_style_sentences(case: tuple[str, str], published: date | None) -> None:
    check(case[0], case[1], published)


@given(st.text(max_size=300), LANGS, PUBLISHED)
def test_random_unicode(text: str, lang: str, published: date | None) -> None:
    check(text, lang, published)
