"""A Korean candidate's or party's share of the vote names them as its entity
(claims.vote_owner), so two candidates' shares of one vote day are two quantities.

Results copy names every candidate in turn as the topic, subject or genitive of the stretch
that holds the figure ("정민수 후보는 1,388만 2,100표, 득표율 40.02%를 기록했다", "박지훈
당선인의 최종 득표율은 50.12%다", "더불어민주당이 158석"). Real instances: 2017, 2022 and 2025
presidential results in six outlets, the 2024 general election's seats; read with no entity,
two candidates' "최종 득표율" conflicted. Rows of the same shape keep no
entity: a turnout, a place's share, a stretch whose subject is no name."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from tests.article_conflicts import claims_of, conflict_confidences

pytest.importorskip("kiwipiepy")

JUNE_4 = date(2027, 6, 4)


def _entity(text: str, surface: str) -> str | None:
    claim = next(c for c in extract_text(text, lang="ko", published=JUNE_4)
                 if c.surface == surface)
    return claim.entity


OWNED = [
    ("정민수 후보는 1,388만 2,100표, 득표율 40.02%를 기록했다.", "1,388만 2,100표", "정민수"),
    ("정민수 후보는 1,388만 2,100표, 득표율 40.02%를 기록했다.", "40.02%", "정민수"),
    ("박지훈 당선인의 최종 득표율은 50.12%다.", "50.12%", "박지훈"),
    ("최은영 정의당 후보의 최종 득표율은 2.41%다.", "2.41%", "최은영"),
    ("더불어민주당이 158석을 확보했다.", "158석", "더불어민주당"),
    ("박 당선인은 대구와 경북에서는 각각 71.20%, 69.85%를 얻었다.", "69.85%", "박"),
    ("더불어민주당 한지수 당선인이 1,602만 3,411표로 전체의 47.30%를 득표했다.",
     "1,602만 3,411표", "한지수"),
    # the share of the candidate named after it, not of the sentence's subject
    ("박 후보는 세종에서 55.62%를 얻어 33.21%를 득표한 최 후보와 격차를 벌렸다.", "33.21%", "최"),
]

NOT_OWNED = [
    ("이번 대선의 최종 투표율은 76.8%다.", "76.8%"),
    ("서울에서의 득표율은 47.10%로 가장 낮았다.", "47.10%"),
    ("지역별로는 전남이 85.20%로 가장 높았다.", "85.20%"),
    ("중앙선관위에 따르면 4,402만 명 가운데 3,380만 명이 투표에 참여했다.", "3,380만 명"),
]


@pytest.mark.parametrize(("text", "surface", "entity"), OWNED)
def test_a_share_names_its_candidate_or_party(text: str, surface: str, entity: str) -> None:
    assert _entity(text, surface) == entity


@pytest.mark.parametrize(("text", "surface"), NOT_OWNED)
def test_other_figures_name_no_one(text: str, surface: str) -> None:
    assert not _entity(text, surface)


def test_two_candidates_final_shares_do_not_conflict_across_articles() -> None:
    one = "박지훈 당선인의 최종 득표율은 50.12%다."
    other = ("3일 치러진 제22대 대통령선거에서 박지훈 후보가 당선됐다. 최은영 정의당 후보의 최종 "
             "득표율은 2.41%다.")
    claims = claims_of([(one, "ko", "a.md"), (other, "ko", "b.md")], JUNE_4)
    assert conflict_confidences(claims, "50.12%", "2.41%") == []


def test_one_candidates_share_still_meets_itself() -> None:
    one = "박지훈 당선인의 최종 득표율은 50.12%다."
    other = ("3일 치러진 제22대 대통령선거에서 박지훈 후보가 당선됐다. 박지훈 당선인의 최종 "
             "득표율은 45.12%다.")
    claims = claims_of([(one, "ko", "a.md"), (other, "ko", "b.md")], JUNE_4)
    assert conflict_confidences(claims, "50.12%", "45.12%") != []
