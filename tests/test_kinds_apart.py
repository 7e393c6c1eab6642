"""Two kinds of one thing are two quantities: a conflict between "household debt" and "public
debt" is unsure, while "debt" against "public debt", or one kind on both sides, stays a sure
conflict. Sentences of our own, in the style of economy and health news."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.evidence import weak_points
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 3, 12)
WEAK_CAP = 0.4


def _conflicts(lang: str, a: str, b: str) -> list:
    claims = [*extract_text(a, lang=lang, published=PUBLISHED, article_id="a.md"),
              *extract_text(b, lang=lang, published=PUBLISHED, article_id="b.md")]
    return [f for f in reconcile(claims).findings if f.verdict is Verdict.conflict]


KINDS_APART = [
    ("en", "Household debt in Portugal stood at 160 billion euros at the end of January, the "
           "central bank said.",
           "Public debt in Portugal stood at 270 billion euros at the end of January, the "
           "central bank said."),
    ("en", "Confirmed cases in the province reached 412 by Sunday, health officials said.",
           "Suspected cases in the province reached 980 by Sunday, health officials said."),
    ("en", "Exports of cars from the port rose to 61,000 in October, the authority said.",
           "Imports of cars at the port rose to 24,000 in October, the authority said."),
    ("fr", "La dette des ménages atteignait 1 420 milliards d'euros fin juin, selon la Banque "
           "de France.",
           "La dette publique atteignait 3 230 milliards d'euros fin juin, selon la Banque de "
           "France."),
    ("fr", "Les exportations de vin ont atteint 1,2 milliard d'euros en mai, selon les douanes.",
           "Les importations de vin ont atteint 0,4 milliard d'euros en mai, selon les douanes."),
    ("ko", "한국은행에 따르면 지난 6월 말 가계부채는 1천896조원으로 집계됐다.",
           "한국은행에 따르면 지난 6월 말 국가채무는 1천159조원으로 집계됐다."),
]


def _figure(lang: str, text: str, article: str):
    (claim,) = [c for c in extract_text(text, lang=lang, published=PUBLISHED, article_id=article)
                if c.unit != "percent"]
    return claim


@pytest.mark.parametrize(("lang", "a", "b"), KINDS_APART)
def test_two_kinds_of_one_thing_are_a_weak_point(lang: str, a: str, b: str) -> None:
    said = weak_points([_figure(lang, a, "a.md"), _figure(lang, b, "b.md")], "values")
    assert any("different kinds" in s for s in said), said


@pytest.mark.parametrize(("lang", "a", "b"), KINDS_APART)
def test_two_kinds_of_one_thing_are_never_compared(lang: str, a: str, b: str) -> None:
    """Grouping keeps two kinds of one dimension apart (``FrameKeys.kinds``): no conflict
    at all, where there used to be an unsure one."""
    assert _conflicts(lang, a, b) == []


SURE = [
    ("en", "Public debt in Portugal stood at 160 billion euros at the end of January, the "
           "central bank said.",
           "Public debt in Portugal stood at 270 billion euros at the end of January, the "
           "central bank said."),
    ("fr", "La dette publique atteignait 1 420 milliards d'euros fin juin, selon la Banque de "
           "France.",
           "La dette publique atteignait 3 230 milliards d'euros fin juin, selon la Banque de "
           "France."),
]


@pytest.mark.parametrize(("lang", "a", "b"), SURE)
def test_one_kind_on_both_sides_is_no_weak_point(lang: str, a: str, b: str) -> None:
    said = weak_points([_figure(lang, a, "a.md"), _figure(lang, b, "b.md")], "values")
    assert not any("different kinds" in s for s in said), said


def test_one_kind_on_both_sides_stays_a_sure_conflict() -> None:
    found = _conflicts("fr", *SURE[1][1:])
    assert found and all(f.confidence > WEAK_CAP for f in found)


def test_a_kind_on_one_side_only_tells_nothing() -> None:
    from reconcile.kinds import kinds_apart

    read = extract_text
    a = read("Debt stood at 160 billion euros at the end of January.", lang="en",
             published=PUBLISHED, article_id="a.md")
    b = read("Public debt stood at 270 billion euros at the end of January.", lang="en",
             published=PUBLISHED, article_id="b.md")
    assert kinds_apart([*a, *b]) == []
    c = read("Household debt stood at 150 billion euros at the end of January.", lang="en",
             published=PUBLISHED, article_id="c.md")
    assert kinds_apart([*b, *c]) == [("sector", ["household", "public"])]
