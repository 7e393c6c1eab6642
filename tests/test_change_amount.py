"""A change told as an amount with its rate in parentheses, against the one level its sentence
states (issue 9, "a stated change against its two levels"): "출생아 수는 3만2천150명으로 1년
전보다 1천870명(8.1%) 증가했다" (1 870 over 30 280 is 6.2 %) is a conflict.

The class, as read in Korean statistics copy (births, jobless claims, harvests, arrests) and in
English and French releases: the level, the amount of the change and its rate in parentheses
("rose by 193,000 (0.7 percent) to 28.8 million"); or the base and the amount ("지난해 같은
기간 검거 인원은 356명으로, 올해 들어 89명(25.0%) 늘었다"). Its traps: a sentence of two
levels, a rate not in parentheses, and amounts that hold. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 20)


def _amount_checks(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [(f.verdict, sorted(surface[i] for i in f.claim_ids))
            for f in reconcile(claims).findings if "-amount-" in f.id]


WRONG = [
    ("ko", "9월 출생아 수는 3만2천150명으로 1년 전보다 1천870명(8.1%) 증가했다.",
     ["1천870명", "3만2천150명", "8.1%"]),
    ("ko", "지난해 같은 기간 검거 인원은 356명으로, 올해 들어 89명(35.5%) 늘었다.",
     ["35.5%", "356명", "89명"]),
    ("en", "Employment rose by 193,000 (1.7 percent) to 28.8 million in October, the agency "
           "said.", ["1.7 percent", "193,000", "28.8 million"]),
]


@pytest.mark.parametrize(("lang", "text", "figures"), WRONG)
def test_an_amount_and_its_rate_its_level_does_not_make_conflict(lang, text, figures) -> None:
    assert _amount_checks(lang, text) == [(Verdict.conflict, figures)]


HOLDS = [
    ("ko", "9월 출생아 수는 3만2천150명으로 1년 전보다 1천870명(6.2%) 증가했다."),
    ("ko", "지난해 같은 기간 검거 인원은 356명으로, 올해 들어 89명(25.0%) 늘었다."),
    ("ko", "올해 보리 생산량은 29만7천t으로 전년보다 1만6천t(5.1%) 감소했다."),
    ("en", "Employment rose by 193,000 (0.7 percent) to 28.8 million in October, the agency "
           "said."),
]


@pytest.mark.parametrize(("lang", "text"), HOLDS)
def test_an_amount_and_its_rate_its_level_makes_hold(lang, text) -> None:
    assert [v for v, _ in _amount_checks(lang, text)] == [Verdict.consistent] * 2  # with each level


NOT_CHECKED = [
    # two levels in the sentence: which one the amount leaves is the rate check's to say
    ("ko", "출생아 수는 3만2천150명으로 사망자 2만9천870명보다 적었고, 1년 전보다 1천870명(8.1%) "
           "증가했다."),
    # the rate not in parentheses: not told as the amount's own rate
    ("en", "Employment rose by 193,000 to 28.8 million in October, a gain of 1.7 percent."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_an_amount_and_a_rate_not_told_together_are_not_checked(lang, text) -> None:
    assert _amount_checks(lang, text) == []
