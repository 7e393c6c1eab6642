"""Two checks that fire once the claims meet (issue 9): a headline against the one body figure
that answers it, and a running count that goes down between two bulletins.

Headline: customs and police copy in Korean states a seizure in the headline ("밀수 시계 4만2천
개 적발") and in the body with the people arrested in the same sentence ("시계 3만7천 개를 ...
3명을 검거"): a count of something else beside the body's figure is no list the headline may
sum, and a headline and its body figure that both state no period tell one event. A rounding
("3만8천 개" over "3만7천6백 개"), a list of two answers, and a body figure of a stated period
stay quiet.

Running count: "depuis lundi" at 146 on Tuesday evening and 131 on Wednesday evening, once the
periods are read as two windows from Monday (the periods engineers' part, given here by hand), is
a ``cumulative_decrease``; a rise is growth; a stock ("encore hospitalisés") may fall.
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim, Period, PeriodKind
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

SEIZED = date(2026, 11, 26)


def _headline_findings(text: str) -> list[tuple[Verdict, str]]:
    claims = extract_text(text, lang="ko", published=SEIZED, article_id="a.md")
    return [(f.verdict, f.detail) for f in reconcile(claims).findings if "-headline-" in f.id]


def test_a_headline_against_its_one_answer_beside_a_count_of_people() -> None:
    text = ("평택세관, 중국산 밀수 시계 4만2천 개 적발…시가 31억 원\n\n(평택=연합뉴스) "
            "평택세관은 중국산 시계 3만7천 개(시가 31억 원 상당)를 밀수입하려 한 혐의로 "
            "B(52)씨 등 3명을 검거했다고 26일 밝혔다.")
    assert _headline_findings(text) == [(Verdict.conflict, "internal")]


QUIET = [
    # the headline rounds the body's figure
    "평택세관, 중국산 밀수 시계 3만8천 개 적발\n\n(평택=연합뉴스) 평택세관은 중국산 시계 "
    "3만7천6백 개를 밀수입하려 한 혐의로 B(52)씨 등 3명을 검거했다고 26일 밝혔다.",
    # two answers in one sentence: the headline may be their sum
    "평택세관, 밀수 시계 4만2천 개 적발\n\n(평택=연합뉴스) 평택세관은 중국산 시계 3만7천 개와 "
    "일본산 시계 5천 개를 밀수입하려 한 혐의로 B(52)씨 등 3명을 검거했다고 26일 밝혔다.",
    # a body figure of a stated period is no restatement of an undated headline
    "평택세관, 밀수 시계 4만2천 개 적발\n\n(평택=연합뉴스) 올해 1∼10월 평택세관이 적발한 밀수 "
    "시계는 3만7천 개로 집계됐다.",
]


@pytest.mark.parametrize("text", QUIET)
def test_a_headline_the_body_may_restate_is_quiet(text: str) -> None:
    assert _headline_findings(text) == []


MONDAY, TUESDAY, WEDNESDAY = date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2)


def _since_monday(claims: list[Claim], until: dict[str, date]) -> list[Claim]:
    """The periods the periods engineers read: windows from Monday to each bulletin's day."""
    out = []
    for claim in claims:
        end = until.get(claim.surface.split()[0])
        if end is not None:
            period = Period(start=MONDAY, end=end, kind=PeriodKind.to_date,
                            text="depuis lundi", resolution="relative")
            claim = claim.model_copy(update={"period": period})
        out.append(claim)
    return out


def _counter_verdicts(text: str, until: dict[str, date]) -> set[tuple[Verdict, str]]:
    claims = extract_text(text, lang="fr", published=date(2026, 12, 3), article_id="a.md")
    found = reconcile(_since_monday(claims, until)).findings
    return {(f.verdict, f.detail) for f in found if len(f.claim_ids) >= 2}


BULLETINS = ("Gastro-entérite à Lorient : les cas se multiplient\n\nDepuis lundi, {wed} personnes "
             "sont tombées malades, selon le point de l'ARS publié mercredi soir. Mardi soir, "
             "l'agence comptait {tue} personnes tombées malades depuis lundi.")


def test_a_running_count_that_falls_between_two_bulletins_conflicts() -> None:
    text = BULLETINS.format(wed=131, tue=146)
    got = _counter_verdicts(text, {"131": WEDNESDAY, "146": TUESDAY})
    assert (Verdict.conflict, "cumulative_decrease") in got


def test_a_running_count_that_rises_is_growth() -> None:
    text = BULLETINS.format(wed=158, tue=146)
    got = _counter_verdicts(text, {"158": WEDNESDAY, "146": TUESDAY})
    assert not any(v is Verdict.conflict for v, _ in got)
