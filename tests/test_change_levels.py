"""A change told as an amount beside its two levels (reconcile/structural/change_levels.py):
the level less the base must make the amount.

Seen in real news: Korean monthly loan releases ("잔액은 ...원으로 전월보다 ...원 증가",
"3월 말(...)과 비교해 ...원 증가", "...원(...→...) 늘었다"), a year-to-date sum against the same
months of last year ("...보다 ...원 적었다"), wire copy on waiting lists and arrests ("rose by N
to X from Y"). Sentences of our own. Traps: a sentence with two bases and no level (the change
of a change against two months), two amounts in one sentence, and a figure no word makes a base.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 12)


def _level_checks(lang: str, text: str):
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return [f for f in reconcile(claims).findings if f.id.startswith("a.md-levels")]


DISAGREE = [
    pytest.param("ko", "10월 말 기준 카드론 잔액은 42조7천억원으로, 한 달 전(41조9천억원)보다 "
                       "6천억원 증가했다.", id="ko-month-before-in-brackets"),
    pytest.param("ko", "주택담보대출이 1조1천억원(602조3천억원→603조6천억원) 늘었다.",
                 id="ko-arrow"),
    pytest.param("en", "The hospital's waiting list rose by 1,250 to 14,300 from 12,950, the "
                       "trust said.", id="en-from"),
    pytest.param("fr", "Le stock de dossiers a augmenté de 1 250 pour atteindre 14 300, contre "
                       "12 950 fin septembre.", id="fr-contre"),
]


@pytest.mark.parametrize(("lang", "text"), DISAGREE)
def test_a_change_its_levels_do_not_make_is_a_conflict(lang: str, text: str):
    [found] = _level_checks(lang, text)
    assert found.verdict is Verdict.conflict and found.detail == "stated_change"
    assert found.confidence >= MIN_CONFIDENCE


AGREE = [
    pytest.param("ko", "10월 말 기준 카드론 잔액은 42조7천억원으로, 한 달 전(41조9천억원)보다 "
                       "8천억원 증가했다.", id="ko-month-before-in-brackets"),
    pytest.param("ko", "올해 1∼10월 누적 증가액은 31조4천억원으로, 지난해 같은 기간(33조원)보다 "
                       "1조6천억원 적었다.", id="ko-less-than-last-year"),
    pytest.param("ko", "주택담보대출이 1조3천억원(602조3천억원→603조6천억원) 늘었다.",
                 id="ko-arrow"),
    pytest.param("en", "The hospital's waiting list rose by 1,350 to 14,300 from 12,950, the "
                       "trust said.", id="en-from"),
    pytest.param("fr", "Le stock de dossiers a augmenté de 1 350 pour atteindre 14 300, contre "
                       "12 950 fin septembre.", id="fr-contre"),
]


@pytest.mark.parametrize(("lang", "text"), AGREE)
def test_a_change_its_levels_make_is_consistent(lang: str, text: str):
    found = _level_checks(lang, text)
    # the change with each of its levels: the two levels are of two periods, no pair
    assert [f.verdict for f in found] == [Verdict.consistent] * 2
    assert all(f.detail == "stated_change" and len(f.claim_ids) == 2 for f in found)


NO_CHECK = [
    # two bases (two earlier months) and no level: the change of a change
    pytest.param("ko", "증가 폭은 9월(2조4천억원)보다 1조2천억원 커졌지만, 지난해 같은 "
                       "달(5조1천억원)보다는 작았다.", id="ko-two-bases"),
    pytest.param("en", "Exports rose by 1.2 billion euros to 48.5 billion euros, while imports "
                       "fell by 0.4 billion euros to 45.1 billion euros.", id="en-two-amounts"),
    pytest.param("en", "The list grew by 1,250 to 14,300, and 12,950 patients were seen.",
                 id="en-no-base-word"),
    pytest.param("ko", "카드론 잔액은 42조7천억원으로 한 달 사이 6천억원 늘었다.",
                 id="ko-no-base"),
    # the amount is in another clause: a loss of its own month, not the revision's change
    pytest.param("en", "August's gain was revised to 64,000 from 58,000, but July now shows a loss "
                       "of 9,000 jobs.", id="en-but-another-clause"),
    pytest.param("ko", "9월 잔액은 41조9천억원으로 8월(41조2천억원)과 비슷했지만 10월에는 "
                       "2조1천억원 늘었다.", id="ko-jiman"),
]


@pytest.mark.parametrize(("lang", "text"), NO_CHECK)
def test_no_check_without_one_level_and_one_base(lang: str, text: str):
    assert not _level_checks(lang, text)
