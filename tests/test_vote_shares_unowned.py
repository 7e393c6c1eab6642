"""Two shares of a vote that do not both name their candidate or party are no sure conflict
(issue 9, checks): a party convention elects a leader and a council on one day, and a
headline or a ranking leaves the name out of the share's own words ("새 대표 ...…득표율
54.63%로 과반" against "1위는 득표율 19.42%를 얻은 ... 후보"). Two candidates' shares that
disagree may both be right; the same candidate's two figures still conflict.

Real instances read (pages): KBC 2022 (the leader's 77.77 % and the council race's 25.20 %
told in one article); 이데일리 2022 (the same convention, each race's shares); 뉴스핌 2016 (a
leader's 54.03 % beside the senior, youth and women's council races); 매일신문 2024 (council
shares with their votes in brackets); Wessex Scene 2015 (the leader's 59.5 % and the deputy
race's 50.7 % in one English article). A share named after its verb ("19.42%를 얻은 이수진
후보", "33.21%를 득표한 최 후보") is that candidate's. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from tests.article_conflicts import claims_of, conflict_confidences

pytest.importorskip("kiwipiepy")

DAY = date(2026, 3, 15)
SHOWN = 0.5  # the report's default --min-confidence

NAMED_AFTER = [
    ("1위는 득표율 21.37%를 얻은 한지민 후보였다.", "21.37%", "한지민"),
    ("최고위원 선거에서는 득표율 18.05%를 기록한 오세린 후보가 1위를 차지했다.", "18.05%",
     "오세린"),
]


@pytest.mark.parametrize(("text", "surface", "entity"), NAMED_AFTER)
def test_a_share_its_verb_gives_to_a_name_after_it(text: str, surface: str, entity: str) -> None:
    claim = next(c for c in extract_text(text, lang="ko", published=DAY) if c.surface == surface)
    assert claim.entity == entity


TWO_RACES = [
    # a headline's leader share against the council race's leader, neither named
    ("ko", "윤재석 대표 첫 회의…득표율 57.12%로 과반",
     "14일 전당대회에서 함께 치러진 최고위원 선거에서 1위는 득표율 21.37%를 기록했다.",
     "57.12%", "21.37%"),
    ("en", "Labour picks new leader on Saturday with 58.3% of the vote",
     "On Saturday the deputy leadership went to the front-runner with 46.2% of the vote.",
     "58.3%", "46.2%"),
    ("fr", "Le nouveau premier secrétaire a été élu samedi avec 58,3 % des voix.",
     "Samedi, la motion arrivée en tête a recueilli 46,2 % des voix.", "58,3 %", "46,2 %"),
]


@pytest.mark.parametrize(("lang", "one", "other", "a", "b"), TWO_RACES)
def test_two_races_shares_are_no_sure_conflict(lang, one, other, a, b) -> None:
    claims = claims_of([(one, lang, "a.md"), (other, lang, "b.md")], DAY)
    found = conflict_confidences(claims, a, b)
    assert found, "the two shares no longer meet: the row tests nothing"
    assert all(c < SHOWN for c in found)


def test_one_candidates_two_shares_still_conflict() -> None:
    one = "윤재석 후보는 14일 전당대회에서 최종 득표율 57.12%를 얻었다."
    other = "윤재석 후보는 14일 전당대회에서 최종 득표율 51.72%를 얻었다."
    claims = claims_of([(one, "ko", "a.md"), (other, "ko", "b.md")], DAY)
    assert any(c >= SHOWN for c in conflict_confidences(claims, "57.12%", "51.72%"))


VENUES = [
    # where the convention met: the whole vote's setting, no place of the share
    ("윤재석 후보는 14일 서울 올림픽체조경기장에서 열린 전당대회에서 최종 득표율 57.12%를 얻었다.",
     "57.12%", None),
    ("한지민 후보는 경기 고양 킨텍스에서 열린 전당대회에서 득표율 21.37%를 기록했다.", "21.37%",
     None),
    # a region's ballots: the share's place
    ("윤재석 후보는 부산에서 61.20%를 얻었다.", "61.20%", "부산"),
]


@pytest.mark.parametrize(("text", "surface", "place"), VENUES)
def test_where_the_vote_was_held_is_no_place_of_a_share(text, surface, place) -> None:
    claim = next(c for c in extract_text(text, lang="ko", published=DAY) if c.surface == surface)
    assert claim.place == place


def test_one_candidates_share_told_at_the_venue_still_conflicts() -> None:
    one = "윤재석 후보는 14일 전당대회에서 최종 득표율 57.12%를 얻어 당선됐다."
    other = ("윤재석 대표는 전날 서울 올림픽체조경기장에서 열린 전당대회에서 최종 득표율 57.21%를 "
             "얻었다.")
    claims = claims_of([(one, "ko", "a.md"), (other, "ko", "b.md")], DAY)
    assert any(c >= SHOWN for c in conflict_confidences(claims, "57.12%", "57.21%"))
