"""The tolerance read against the printed precision (issue 9, "Verdicts"): two rounded figures of
one quantity and period that miss by many of their own printed steps are a conflict, not a
``minor_discrepancy``, even when they are under 5 % apart.

The class, as read in real copy and the development sets: a results filing reported twice
("3.86 trillion won" in English, "3조6천820억 원" in Korean for one quarter), a crop forecast
restated in the same article with one digit changed (51.6 then 49.6 million tonnes), a
correction notice in Korean business news replacing a misprinted operating profit, restated
filings printed to the 억 won. Its traps: counts to the unit from two agencies (118 and 121
dead), "about" figures, gaps under 1 % (a recount), figures a few steps apart, shares, and a
revision the text announces. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Approx, Claim
from reconcile.models import Verdict
from reconcile.pipeline import reconcile
from reconcile.value_verdict import beyond_precision


def _claims(texts: list[tuple[str, str]], published: date) -> list[Claim]:
    claims: list[Claim] = []
    for i, (lang, text) in enumerate(texts):
        claims += extract_text(text, lang=lang, published=published, article_id=f"a{i}.md")
    return claims


def _pair_verdicts(texts: list[tuple[str, str]], published: date, a: str, b: str) -> set[str]:
    """The verdicts of the findings naming a figure written ``a`` and one written ``b``."""
    claims = _claims(texts, published)
    ids_a = {c.id for c in claims if c.surface.startswith(a)}
    ids_b = {c.id for c in claims if c.surface.startswith(b)}
    assert ids_a and ids_b, [c.surface for c in claims]
    return {
        f.verdict.value for f in reconcile(claims).findings
        if ids_a & set(f.claim_ids) and ids_b & set(f.claim_ids)
    }


FAR_BEYOND = [
    # one quarter's operating profit, in two languages: 3.86 trillion against 3.682 trillion
    ([("en", "Hanbit Chemicals made an operating profit of 3.86 trillion won in the third "
             "quarter. Operating profit for the July-September period came to 3.86 trillion "
             "won, the company said in a regulatory filing."),
      ("ko", "한빛화학은 올해 3분기 영업이익이 3조6천820억 원으로 집계됐다고 29일 공시했다.")],
     date(2026, 10, 29), "3.86 trillion", "3조6천820억"),
    # a French airport's yearly traffic in two articles, one digit changed (3.2 % apart)
    ([("fr", "L'aéroport de Belvoir a accueilli 12,46 millions de passagers en 2025, selon son "
             "gestionnaire."),
      ("fr", "L'aéroport de Belvoir a accueilli 12,06 millions de passagers en 2025, indique "
             "son gestionnaire.")],
     date(2026, 2, 7), "12,46 millions", "12,06 millions"),
    # an English traffic figure: one month's passengers told twice with a changed digit
    ([("en", "Skyport Airport handled 8.46 million passengers in October, the operator said."
             "\n\nThe operator said Skyport Airport handled 8.16 million passengers in "
             "October.")],
     date(2026, 11, 12), "8.46 million", "8.16 million"),
]


@pytest.mark.parametrize(("texts", "published", "a", "b"), FAR_BEYOND)
def test_rounded_figures_many_steps_apart_conflict(texts, published, a, b) -> None:
    assert _pair_verdicts(texts, published, a, b) == {"conflict"}


CLOSE_ENOUGH = [
    # counts to the unit from two agencies: a count made a little differently
    ([("en", "The civil defence agency said 118 people died in the quake on Wednesday."),
      ("en", "The regional health directorate said 121 people died in the quake on Wednesday.")],
     date(2026, 3, 5), "118", "121"),
    # rounded figures a step or two apart: rounding and reporting, not a mistype
    ([("en", "Skyport Airport handled 2.46 million passengers in October, the operator said."),
      ("en", "The operator said Skyport Airport handled 2.45 million passengers in October.")],
     date(2026, 11, 12), "2.46 million", "2.45 million"),
    # five steps apart (1.265 against 1.215 million): under the fifteen steps the rule asks for
    ([("fr", "L'aéroport de Belvoir a accueilli 1,27 million de passagers en 2025, selon son "
             "gestionnaire."),
      ("fr", "L'aéroport de Belvoir a accueilli 1,21 million de passagers en 2025, indique "
             "son gestionnaire.")],
     date(2026, 2, 7), "1,27 million", "1,21 million"),

]


@pytest.mark.parametrize(("texts", "published", "a", "b"), CLOSE_ENOUGH)
def test_figures_within_a_few_steps_stay_minor_or_consistent(texts, published, a, b) -> None:
    got = _pair_verdicts(texts, published, a, b)
    assert got, "the two figures were not compared: the row tests nothing"
    assert "conflict" not in got


def test_a_revision_the_filing_announces_is_a_change_not_a_pair() -> None:
    """A revision the text announces, in Korean business copy: its two figures are the
    change's two ends (190 steps of 1억 apart), never two values of one quantity compared."""
    claims = _claims([("ko", "한빛화학은 지난해 영업이익을 기존 5천610억 원에서 5천800억 원으로 "
                             "정정했다고 공시했다.")], date(2026, 2, 18))
    assert [(c.surface, c.role.value) for c in claims] == [
        ("5천610억 원", "change_from"), ("5천800억 원", "change_to")]
    assert not [f for f in reconcile(claims).findings if f.verdict is Verdict.conflict]


def _exact(surface: str, value: float, decimals: int = 0, unit: str = "count",
           approx: Approx = Approx.exact) -> Claim:
    return Claim(id=surface, article="a.md", line=1, start=0, end=1, sentence="s", surface=surface,
                 value=value, approx=approx, decimals=decimals, unit=unit, counted="x")


STEPS = [
    # rounded figures far apart: counted in steps of the coarser one
    ((_exact("3.86 trillion", 3.86e12, 2, "KRW"), _exact("3조6천820억", 3.682e12, 0, "KRW")), 17),
    ((_exact("51.6 million", 51.6e6, 1), _exact("49.6 million", 49.6e6, 1)), 19),
]

NOT_BEYOND = [
    # counts to the unit: a recount
    (_exact("118", 118), _exact("121", 121)),
    (_exact("3 497", 3497), _exact("3 512", 3512)),
    # shares keep the relative tolerance
    (_exact("41.2 %", 41.2, 1, "percent"), _exact("40.1 %", 40.1, 1, "percent")),
    # "about" is no printed precision
    (_exact("about 180", 180, approx=Approx.about), _exact("175", 175)),
    (_exact("about 3.9 trillion", 3.9e12, 1, "KRW", Approx.about),
     _exact("3.682 trillion", 3.682e12, 3, "KRW")),
    # under 1 % of the larger figure: a recount or a revision may explain it
    (_exact("1,234,500", 1_234_500), _exact("1,236,800", 1_236_800)),
    # a few steps apart: twelve steps of 100 (the transposition tests' trap)
    (_exact("73 400", 73_400), _exact("72 100", 72_100)),
    (_exact("6.1 million", 6.1e6, 1), _exact("6.24 million", 6.24e6, 2)),
    # two units
    (_exact("3.86 trillion", 3.86e12, 2, "KRW"), _exact("3.682 trillion", 3.682e12, 3, "USD")),
]


@pytest.mark.parametrize(("pair", "steps"), STEPS)
def test_steps_beyond_precision(pair, steps) -> None:
    assert round(beyond_precision(pair) or 0) == steps


@pytest.mark.parametrize("pair", NOT_BEYOND)
def test_not_beyond_precision(pair) -> None:
    assert beyond_precision(pair) is None


def test_a_relative_tolerance_verdict_is_kept_for_unit_counts() -> None:
    """The 118/121 pair stays a minor discrepancy: the precision rule leaves it alone."""
    texts = CLOSE_ENOUGH[0][0]
    assert _pair_verdicts(texts, date(2026, 3, 5), "118", "121") == {
        Verdict.minor_discrepancy.value
    }
