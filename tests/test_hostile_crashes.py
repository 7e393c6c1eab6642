"""Regression tests for inputs that once crashed extraction or a renderer with a traceback.

Each case is a shape found by fuzzing; the test asserts the text is read without an exception
and that what comes out still holds together (spans, bounds, periods in order).
"""

from __future__ import annotations

import io
from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim
from reports import renderer
from reports.rows import number


def _check(claims: list[Claim], text: str) -> None:
    for c in claims:
        assert c.start < c.end and text[c.start : c.end] == c.surface
        if c.period and c.period.start and c.period.end:
            assert c.period.start <= c.period.end


def test_label_hyphen_before_a_decimal_comma_is_not_a_year() -> None:
    """``int("72,0")`` raised ValueError when a word, a hyphen and a 4-character number met."""
    text = "0.72\u00a0courant-72,0"
    for lang in ("fr", "en"):
        _check(extract_text(text, lang=lang), text)


@pytest.mark.parametrize(
    ("text", "lang", "published"),
    [
        # slash-separated figures and a relative year a year before year 1
        ("in since -5 March more two next over last 2020 last", "en", date(1, 1, 1)),
        ("5/2024 25/12 in years 2024 next year 25/12 year two", "en", date(9999, 1, 1)),
        ("30 week ago next hundred million in -5 to", "en", date(1, 3, 1)),
        ("Il y a 3 ans, 12/13 des 25/12 votants l'an prochain.", "fr", date(9999, 12, 31)),
        ("L'an dernier, 12/2023 et 5/2024 : 40 cas.", "fr", date(1, 1, 1)),
        # a period that would end before it starts
        ("two year million in year since 2022 3/4 last three the", "en", date(2, 1, 1)),
    ],
)
def test_periods_near_the_ends_of_the_calendar(text: str, lang: str, published: date) -> None:
    """Dates past year 1 or 9999 raised ValueError/OverflowError; now the phrase is no period."""
    _check(extract_text(text, lang=lang, published=published), text)


def test_forty_groups_of_digits_render_everywhere() -> None:
    """A figure too large for a float gave OverflowError in ``reports.rows.number``."""
    text = "Il y a " + " ".join(["999"] * 40) + " milliards de cas et " + "9" * 400 + " morts."
    claims = extract_text(text, lang="fr")
    _check(claims, text)
    for fmt in ("csv", "json", "table"):
        out = io.StringIO()
        renderer("claims", fmt)(iter(claims), out)
        assert "Infinity" not in out.getvalue() and "NaN" not in out.getvalue()


def test_number_of_a_non_finite_value_is_empty() -> None:
    assert number(float("inf")) == ""
    assert number(float("nan")) == ""
    assert number(1e120).isdigit()


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("지난주 12~3차례 신고가 들어왔다.", (12, 13)),  # found by the Korean long fuzz
        ("120~30명이 모였다.", (120, 130)),
        ("18~2명이 다쳤다.", None),  # no shorthand reading above 18: not a range
        ("2~3차례 신고가 들어왔다.", (2, 3)),
    ],
)
def test_a_korean_range_never_ends_below_its_start(
    text: str, bounds: tuple[int, int] | None
) -> None:
    """"12~3차례" came out as a range from 12 down to 3 (lower > upper): a Korean range written
    short ("12~3" = 12 to 13) is read as such, and one with no such reading is no range."""
    claims = extract_text(text, lang="ko")
    _check(claims, text)
    ranges = [c for c in claims if c.approx.value == "range"]
    for c in claims:
        assert c.lower is None or c.upper is None or c.lower <= c.upper, c
    if bounds is None:
        assert not ranges
    else:
        assert [(c.lower, c.upper) for c in ranges] == [bounds]
