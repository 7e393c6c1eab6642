"""Two exact figures for one quantity and period that differ only by two neighbouring digits
in swapped order ("98 400" / "94 800", "6.21 million" / "612만"): the commonest typo in print.

Under the tolerance such a pair was a ``minor_discrepancy``; it is a ``conflict`` (detail
``values``) that says one figure is mistyped. A small gap that is not a swap stays minor, and a
hedged figure ("about 6.21 million") is no typo. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Approx, Claim
from reconcile.models import Verdict
from reconcile.pipeline import reconcile
from reconcile.value_verdict import transposed

PUBLISHED = date(2026, 11, 13)


def _verdicts(lang_a: str, a: str, lang_b: str, b: str) -> list[tuple[Verdict, str]]:
    claims = [*extract_text(a, lang=lang_a, published=PUBLISHED, article_id="a.md"),
              *extract_text(b, lang=lang_b, published=PUBLISHED, article_id="b.md")]
    return [(f.verdict, f.detail) for f in reconcile(claims).findings
            if len({i.split("#")[0] for i in f.claim_ids}) == 2]


SWAPS = [
    ("en", "The port handled 4.73 million passengers in October, the port authority said.",
     "en", "The port handled 4.37 million passengers in October, the port authority said."),
    ("fr", "Le port a accueilli 73 400 passagers en octobre, selon l'autorité portuaire.",
     "fr", "Le port a accueilli 74 300 passagers en octobre, selon l'autorité portuaire."),
    ("en", "Seoul's main airport handled 5.18 million international passengers in October, "
           "the operator said.",
     "ko", "인천공항의 10월 국제선 여객은 581만 명으로 집계됐다고 공사가 밝혔다."),
]


@pytest.mark.parametrize(("la", "a", "lb", "b"), SWAPS)
def test_swapped_digits_are_a_conflict(la: str, a: str, lb: str, b: str) -> None:
    found = _verdicts(la, a, lb, b)
    assert (Verdict.conflict, "values") in found or (Verdict.conflict, "sources_differ") in found


def test_a_small_gap_without_a_swap_stays_minor() -> None:
    found = _verdicts(
        "fr", "Le port a accueilli 73 400 passagers en octobre, selon l'autorité portuaire.",
        "fr", "Le port a accueilli 72 100 passagers en octobre, selon l'autorité portuaire.",
    )
    assert found == [(Verdict.minor_discrepancy, "")]


def _claim(value: float, approx: Approx = Approx.exact) -> Claim:
    return Claim(id="x", article="a", line=1, start=0, end=1, sentence="", surface="",
                 value=value, approx=approx)


@pytest.mark.parametrize(("a", "b", "expected"), [
    (98_400, 94_800, True),
    (6_210_000, 6_120_000, True),
    (10.98, 10.89, True),
    (98_400, 98_400, False),
    (98_400, 94_900, False),
    (1_234, 1_432, False),  # two digits apart, not neighbours
    (91, 19, False),  # too few digits to tell a typo from chance
    (98_400, 9_480, False),  # another scale
])
def test_transposed(a: float, b: float, expected: bool) -> None:
    assert transposed(_claim(a), _claim(b)) is expected


def test_a_hedged_figure_is_no_typo() -> None:
    assert not transposed(_claim(98_400, Approx.about), _claim(94_800))
