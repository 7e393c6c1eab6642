"""The period grammar as a typed contract: every phrase kind has a resolver, a table naming an
unknown key or kind is refused with its file's name, and running windows never pass the
publication date."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claims.lang as lang_module
from claims.models import PeriodKind
from claims.period_resolvers import RESOLVERS
from claims.periods import find_periods
from claims.phrase_kinds import Phrase


def test_every_phrase_kind_has_a_resolver() -> None:
    assert set(RESOLVERS) == set(Phrase)


@pytest.fixture
def lang_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the English tables in a folder of its own, read instead of the real ones."""
    shutil.copytree(lang_module.LANG_DIR / "en", tmp_path / "en")
    monkeypatch.setattr(lang_module, "LANG_DIR", tmp_path)
    for cached in (lang_module.raw_table, lang_module.load_table, lang_module.available_languages):
        cached.cache_clear()
    yield tmp_path
    for cached in (lang_module.raw_table, lang_module.load_table, lang_module.available_languages):
        cached.cache_clear()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_unknown_phrase_kind_is_refused_naming_the_file(lang_copy: Path) -> None:
    _edit(lang_copy / "en" / "periods.toml", '"last_week"]', '"lastweek"]')
    with pytest.raises(ValueError, match=r"en/periods\.toml: extraction\.periods\.patterns"):
        lang_module.load_table("en")


def test_an_unknown_key_is_refused_naming_the_file(lang_copy: Path) -> None:
    _edit(lang_copy / "en" / "periods.toml", "back_demonstratives =", "back_demonstrative =")
    expected = r"en/periods\.toml: extraction\.periods\.back_demonstrative"
    with pytest.raises(ValueError, match=expected):
        lang_module.load_table("en")


RUNNING = [
    ("en", "{n} people crossed so far this year."),
    ("en", "{n} people crossed this year."),
    ("en", "{n} people crossed in {year}."),
    ("en", "{n} people crossed this month."),
    ("fr", "{n} personnes ont traversé en {year}."),
    ("fr", "{n} personnes ont traversé depuis le début de l'année."),
    ("fr", "{n} personnes ont traversé cette année."),
]


@settings(max_examples=60, deadline=None)
@given(
    published=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    which=st.sampled_from(RUNNING),
)
def test_a_running_window_never_ends_after_publication(published: date, which: tuple) -> None:
    lang, template = which
    text = template.format(n=412, year=published.year)
    (match,) = find_periods(text, 0, lang, published)
    period = match.period
    assert period.kind is PeriodKind.to_date or period.end == date(published.year, 12, 31)
    assert period.end is not None and period.end <= published
    assert period.start == date(published.year, 1, 1) or period.start == published.replace(day=1)


@settings(max_examples=60, deadline=None)
@given(published=st.dates(min_value=date(1990, 1, 8), max_value=date(2090, 12, 31)))
def test_last_week_is_the_previous_monday_to_sunday(published: date) -> None:
    for lang, text in (("en", "Last week, 91 reports."), ("fr", "La semaine dernière, 91 cas.")):
        (match,) = find_periods(text, 0, lang, published)
        start, end = match.period.start, match.period.end
        assert start is not None and end is not None
        assert start.weekday() == 0 and end - start == timedelta(days=6)
        assert end < published <= end + timedelta(days=7)


@pytest.mark.parametrize("published", [date(1, 1, 1), date(1, 3, 2), date(9999, 12, 31)])
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The figure was 28,100 at the same point last year."),
        ("en", "Prices rose 4% in the 12 months to December."),
        ("en", "Last week, 91 reports; last month 40; 3 weeks ago 12; yesterday 5."),
        ("fr", "La semaine dernière, 91 cas ; le mois dernier 40 ; hier 5."),
        ("fr", "Du 28 décembre au 3 janvier, 91 cas."),
    ],
)
def test_dates_at_the_calendar_edges_do_not_raise(published: date, lang: str, text: str) -> None:
    for match in find_periods(text, 0, lang, published):
        assert match.period.resolution in ("relative", "explicit", "unresolved")
