"""Number lexer: every form a French or English news article writes a figure in."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.number_table import load_number_table
from claims.numbers import find_numbers, parse_number

# (lang, text, [(surface, value, kind)]) -- the whole list of matches must be exactly this.
CASES = [
    # digits, French
    ("fr", "6 500 personnes", [("6 500", 6500, "digits")]),
    (
        "fr",
        "6\u00a0500 et 6\u202f500 et 6\u2009500",
        [
            ("6\u00a0500", 6500, "digits"),
            ("6\u202f500", 6500, "digits"),
            ("6\u2009500", 6500, "digits"),
        ],
    ),
    ("fr", "220.000 manifestants", [("220.000", 220000, "digits")]),
    ("fr", "59,8 %", [("59,8", 59.8, "digits")]),
    ("fr", "1 200,5 euros", [("1 200,5", 1200.5, "digits")]),
    ("fr", "6,5 millions", [("6,5 millions", 6.5e6, "digits")]),
    ("fr", "de 2021 2023", [("2021", 2021, "year"), ("2023", 2023, "year")]),
    ("fr", "10 000 000 habitants", [("10 000 000", 1e7, "digits")]),
    ("fr", "12 34", [("12", 12, "digits"), ("34", 34, "digits")]),
    ("fr", "G7 Covid19 4K mp3 Covid-19", []),
    ("fr", "une baisse de -3,5 %", [("-3,5", -3.5, "digits")]),
    ("fr", "1,2 million", [("1,2 million", 1.2e6, "digits")]),
    ("fr", "2 milliards", [("2 milliards", 2e9, "digits")]),
    ("fr", "1 billion", [("1 billion", 1e12, "digits")]),
    ("fr", "3 millions", [("3 millions", 3e6, "digits")]),
    ("fr", "5 mille", [("5 mille", 5000, "digits")]),
    # digits, English
    ("en", "6,500 people", [("6,500", 6500, "digits")]),
    ("en", "1,234,567", [("1,234,567", 1234567, "digits")]),
    ("en", "59.8 and 0.5", [("59.8", 59.8, "digits"), ("0.5", 0.5, "digits")]),
    ("en", "1.2 billion", [("1.2 billion", 1.2e9, "digits")]),
    ("en", "$1.2bn", [("1.2bn", 1.2e9, "digits")]),
    ("en", "a 3m drop", []),
    ("en", "G7 and mp3", []),
    # words
    ("fr", "sept", [("sept", 7, "words")]),
    ("fr", "quatre-vingts", [("quatre-vingts", 80, "words")]),
    ("fr", "deux cent mille", [("deux cent mille", 200000, "words")]),
    ("fr", "vingt-trois", [("vingt-trois", 23, "words")]),
    ("fr", "dix-sept", [("dix-sept", 17, "words")]),
    ("fr", "vingt et un", [("vingt et un", 21, "words")]),
    ("fr", "trois cent trente et un", [("trois cent trente et un", 331, "words")]),
    ("fr", "deux millions", [("deux millions", 2e6, "words")]),
    ("fr", "un homme et une femme", []),
    # "une douzaine" is approximate like "une quinzaine"; "deux douzaines" multiplies
    ("fr", "une douzaine", [("une douzaine", 12, "vague")]),
    ("fr", "deux douzaines", [("deux douzaines", 24, "words")]),
    ("fr", "trois millions et demi", [("trois millions et demi", 3.5e6, "words")]),
    ("en", "twenty-three", [("twenty-three", 23, "words")]),
    ("en", "one hundred and five", [("one hundred and five", 105, "words")]),
    ("en", "one hundred and sixty-one", [("one hundred and sixty-one", 161, "words")]),
    ("en", "one of them", []),
    ("en", "a dozen", [("a dozen", 12, "words")]),
    ("en", "a hundred people", [("a hundred", 100, "words")]),
    ("en", "one and a half", [("one and a half", 1.5, "words")]),
    # fractions
    ("fr", "la moitié", [("la moitié", 0.5, "fraction")]),
    ("fr", "un tiers", [("un tiers", 1 / 3, "fraction")]),
    ("fr", "deux tiers", [("deux tiers", 2 / 3, "fraction")]),
    ("fr", "un quart", [("un quart", 0.25, "fraction")]),
    ("fr", "trois quarts", [("trois quarts", 0.75, "fraction")]),
    ("fr", "un cinquième des votes", [("un cinquième", 0.2, "fraction")]),
    ("fr", "un cinquième mandat", [("cinquième", 5, "ordinal")]),
    ("en", "half of them", [("half", 0.5, "fraction")]),
    ("en", "a third of", [("a third", 1 / 3, "fraction")]),
    ("en", "one-third", [("one-third", 1 / 3, "fraction")]),
    ("en", "two-thirds", [("two-thirds", 2 / 3, "fraction")]),
    ("en", "a quarter", [("a quarter", 0.25, "fraction")]),
    ("en", "three-quarters", [("three-quarters", 0.75, "fraction")]),
    ("en", "a fifth of voters", [("a fifth", 0.2, "fraction")]),
    ("en", "for a third time", [("third", 3, "ordinal")]),
    # proportions
    ("fr", "six sur dix", [("six sur dix", 0.6, "proportion")]),
    ("fr", "un sur cinq", [("un sur cinq", 0.2, "proportion")]),
    ("fr", "9 sur 10", [("9 sur 10", 0.9, "proportion")]),
    ("fr", "2000 sur 3 ans", [("2000", 2000, "year"), ("3", 3, "digits")]),
    ("en", "six out of ten", [("six out of ten", 0.6, "proportion")]),
    ("en", "one in five", [("one in five", 0.2, "proportion")]),
    # multipliers
    ("fr", "quatre fois plus", [("quatre fois", 4, "multiplier")]),
    ("fr", "4 fois", [("4 fois", 4, "multiplier")]),
    ("fr", "a doublé", [("doublé", 2, "multiplier")]),
    ("fr", "triplé", [("triplé", 3, "multiplier")]),
    ("fr", "quadruplé", [("quadruplé", 4, "multiplier")]),
    ("fr", "une fois que", []),
    ("en", "four times", [("four times", 4, "multiplier")]),
    ("en", "fourfold", [("fourfold", 4, "multiplier")]),
    ("en", "doubled", [("doubled", 2, "multiplier")]),
    ("en", "tripled", [("tripled", 3, "multiplier")]),
    ("en", "quadrupled", [("quadrupled", 4, "multiplier")]),
    ("en", "twice", [("twice", 2, "multiplier")]),
    # ordinals, dates, times, phones, years
    ("fr", "1er 2e 3ème", [("1er", 1, "ordinal"), ("2e", 2, "ordinal"), ("3ème", 3, "ordinal")]),
    ("fr", "premier troisième", [("premier", 1, "ordinal"), ("troisième", 3, "ordinal")]),
    ("fr", "le IIe et le XXIe siècle", [("IIe", 2, "ordinal"), ("XXIe", 21, "ordinal")]),
    ("fr", "Le Monde", []),
    ("fr", "vingt-troisième", [("vingt-troisième", 23, "ordinal")]),
    (
        "en",
        "1st 3rd seventh",
        [("1st", 1, "ordinal"), ("3rd", 3, "ordinal"), ("seventh", 7, "ordinal")],
    ),
    ("en", "twenty-first", [("twenty-first", 21, "ordinal")]),
    ("fr", "le 2024-08-31", [("2024-08-31", None, "iso_date")]),
    ("fr", "le 31/08/2024", [("31/08/2024", None, "iso_date")]),
    ("fr", "à 14h30", [("14h30", None, "time")]),
    ("fr", "à 14 h", [("14 h", None, "time")]),
    ("fr", "en 48 h", [("48", 48, "digits")]),
    ("en", "at 10:30", [("10:30", None, "time")]),
    ("en", "at 3 p.m.", [("3 p.m.", None, "time")]),
    ("fr", "01 23 45 67 89", [("01 23 45 67 89", None, "phone")]),
    ("fr", "+33 1 23 45 67 89", [("+33 1 23 45 67 89", None, "phone")]),
    ("en", "(555) 123-4567", [("(555) 123-4567", None, "phone")]),
    ("fr", "en 2024", [("2024", 2024, "year")]),
    ("fr", "2 024", [("2 024", 2024, "digits")]),
    ("en", "2,024", [("2,024", 2024, "digits")]),
    ("fr", "mi-2024", [("2024", 2024, "year")]),
    ("fr", "2019-2020", [("2019", 2019, "year"), ("2020", 2020, "year")]),
    ("fr", "74 pour cent", [("74", 74, "digits")]),
]

VAGUE = [
    ("fr", "des dizaines", "des dizaines", None, 20, 99),
    ("fr", "des centaines", "des centaines", None, 200, 999),
    ("fr", "des milliers", "des milliers", None, 2000, 9999),
    ("fr", "des millions", "des millions", None, 2e6, 999999999),
    ("fr", "une dizaine", "une dizaine", 10, 10, 19),
    ("fr", "une vingtaine", "une vingtaine", 20, 20, 29),
    ("fr", "une centaine", "une centaine", 100, 100, 199),
    ("fr", "des dizaines de milliers", "des dizaines de milliers", None, 20000, 99999),
    ("en", "dozens", "dozens", None, 24, 99),
    ("en", "hundreds", "hundreds", None, 200, 999),
    ("en", "thousands", "thousands", None, 2000, 9999),
    ("en", "millions", "millions", None, 2e6, 999999999),
    ("en", "tens of thousands", "tens of thousands", None, 20000, 99999),
]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9)


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_find_numbers(lang: str, text: str, expected: list[tuple[str, float | None, str]]) -> None:
    got = [(text[m.start : m.end], m.value, m.kind) for m in find_numbers(text, lang)]
    assert len(got) == len(expected), got
    for (gs, gv, gk), (es, ev, ek) in zip(got, expected, strict=True):
        assert (gs, gk) == (es, ek), got
        assert _close(gv, ev), got


@pytest.mark.parametrize(("lang", "text", "surface", "value", "lower", "upper"), VAGUE)
def test_vague(
    lang: str, text: str, surface: str, value: float | None, lower: float, upper: float
) -> None:
    (m,) = find_numbers(text, lang)
    assert (text[m.start : m.end], m.kind) == (surface, "vague")
    assert _close(m.value, value) and m.lower == lower and m.upper == upper


def test_decimals_printed() -> None:
    assert [m.decimals for m in find_numbers("59,8 et 6 500 et 1,25 million", "fr")] == [1, 0, 2]
    assert [m.decimals for m in find_numbers("sept", "fr")] == [0]


def test_en_comma_is_grouping_fr_comma_is_decimal() -> None:
    assert parse_number("6,500", "en") == 6500
    assert parse_number("6,5", "fr") == 6.5


def test_parse_number_whole_string_only() -> None:
    assert parse_number(" 6 500 ", "fr") == 6500
    assert parse_number("6 500 personnes", "fr") is None
    assert parse_number("vingt et un", "fr") == 21
    assert parse_number("14h30", "fr") is None
    assert parse_number("", "fr") is None


def test_table_loads_and_caches() -> None:
    assert load_number_table("fr") is load_number_table("fr")
    assert load_number_table("fr").scales["billion"] == 1e12
    assert load_number_table("en").scales["billion"] == 1e9


# ---------------------------------------------------------------- properties


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


STYLES = {
    "fr": {"dec": ",", "groups": [" ", "\u00a0", "\u202f", "\u2009", "."]},
    "en": {"dec": ".", "groups": [",", " ", "\u00a0", "\u202f", "\u2009"]},
}


@given(
    n=st.integers(min_value=-(10**12), max_value=10**12),
    lang=st.sampled_from(["fr", "en"]),
    data=st.data(),
)
def test_int_round_trip_every_separator(n: int, lang: str, data: st.DataObject) -> None:
    sep = data.draw(st.sampled_from(STYLES[lang]["groups"]))
    text = ("-" if n < 0 else "") + _group(str(abs(n)), sep)
    assert parse_number(text, lang) == n
    plain = str(n)
    assert parse_number(plain, lang) == n


@given(
    x=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False),
    places=st.integers(min_value=1, max_value=4),
    lang=st.sampled_from(["fr", "en"]),
    data=st.data(),
)
def test_float_round_trip(x: float, places: int, lang: str, data: st.DataObject) -> None:
    sep = data.draw(st.sampled_from([*STYLES[lang]["groups"], ""]))
    text = f"{abs(x):.{places}f}"
    whole, frac = text.split(".")
    if sep == "." and frac == "000" * (len(frac) == 3):
        return
    grouped = _group(whole, sep) if sep else whole
    written = ("-" if x < 0 and float(text) != 0 else "") + grouped + STYLES[lang]["dec"] + frac
    got = parse_number(written, lang)
    assert got is not None, written
    assert math.isclose(
        got, float(("-" if written.startswith("-") else "") + text), rel_tol=1e-12, abs_tol=1e-12
    ), written


@given(
    text=st.text(
        alphabet=st.sampled_from(list("0123456789 ,.-h:/+()%eunstdixvgéIVXa\u00a0")), max_size=60
    ),
    lang=st.sampled_from(["fr", "en"]),
)
def test_spans_sorted_disjoint_and_slice_to_surface(text: str, lang: str) -> None:
    found = find_numbers(text, lang)
    last = 0
    for m in found:
        assert last <= m.start < m.end <= len(text)
        assert text[m.start : m.end].strip() == text[m.start : m.end]
        last = m.end
