"""An election and an outbreak told in English, French and Korean meet as one story; a whole
named out of ("157명 가운데 3명만") takes no event of its part (issue 9: cross-language
concepts, and what a figure counts).

The classes, read in real coverage:
- a legislative election in two rounds (French broadcaster, regional and wire copy, Korean agency
  and broadcaster copy): "N candidats élus dès le premier tour" / "1차 투표에서 N명이 당선";
  "N circonscriptions" / "지역구 N곳"; "inscrits", "électeurs inscrits" / "유권자", "선거인";
- an outbreak (Korean broadcaster, agency and newspaper copy of a continental CDC's and the WHO's
  figures; English and French wire copy): Korean copy counts cases as the confirmed ("확진자
  N명", "확진 사례 N건") where English and French count "cases" / "cas"; vaccine doses ("doses
  de vaccin" / "백신 N회분");
- a whole a part is named out of, in crash, strike and school copy ("탑승객 N명 중 M명이
  사망했다", "탑승자 N명 가운데 ... M명이 숨진", "출근 대상자 N명 가운데", "N곳 가운데 M곳이"): the
  verb after the part is the part's. The whole was read as rescued or dead with it.
Our own sentences, other names and figures. Negative rows: suspected against confirmed cases,
seats against candidates, a count whose verb is its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.lexicon import Lexicon
from tests.grouping_cases import meet, one

DAY = date(2026, 6, 29)


@pytest.mark.parametrize(("word", "lang", "concept"), [
    ("candidats", "fr", "candidate"), ("candidates", "en", "candidate"),
    ("후보", "ko", "candidate"),
    ("circonscriptions", "fr", "constituency"), ("constituencies", "en", "constituency"),
    ("선거구", "ko", "constituency"),
    ("inscrits", "fr", "elector"), ("électeurs", "fr", "elector"), ("유권자", "ko", "elector"),
    ("registered voters", "en", "elector"),
    ("확진자", "ko", "case"), ("cas", "fr", "case"),
    ("백신", "ko", "vaccinate"),
])
def test_an_election_or_an_outbreak_names_its_things_alike(word: str, lang: str,
                                                           concept: str) -> None:
    assert Lexicon.shipped().normalise(word, lang) == (f"#{concept}",)


@pytest.mark.parametrize(("word", "lang"), [("élus", "fr"), ("elected", "en"), ("당선", "ko")])
def test_elected_is_one_event(word: str, lang: str) -> None:
    assert Lexicon.shipped().concept(word, lang) == "elect"


MEET = [
    (("en", "Sixty-two candidates were elected outright in the first round.", "Sixty-two"),
     ("fr", "Au premier tour, 62 candidats ont été élus dès dimanche.", "62")),
    (("en", "Since January, 8,420 cases have been reported in the region, the agency said.",
      "8,420"),
     ("ko", "기구에 따르면 1월 이후 이 지역에서 확진자 8천420명이 보고됐다.", "8천420명")),
    (("fr", "Le pays a reçu 312 000 doses de vaccin.", "312 000"),
     ("ko", "이 나라는 백신 31만2천회분을 받았다.", "31만2천회")),
]


@pytest.mark.parametrize(("first", "second"), MEET)
def test_one_figure_of_a_vote_or_an_outbreak_meets_across_languages(
        first: tuple[str, str, str], second: tuple[str, str, str]) -> None:
    assert meet(first, second, DAY)


APART = [
    # suspected against confirmed
    (("ko", "이 지역에서 의심 사례 8천420건이 보고됐다.", "8천420건"),
     ("ko", "이 지역에서 확진자 8천420명이 보고됐다.", "8천420명")),
    # seats against candidates
    (("fr", "Le parti a remporté 62 sièges.", "62"),
     ("fr", "Au premier tour, 62 candidats ont été élus dès dimanche.", "62")),
]


@pytest.mark.parametrize(("first", "second"), APART)
def test_other_things_of_a_vote_or_an_outbreak_stay_apart(
        first: tuple[str, str, str], second: tuple[str, str, str]) -> None:
    assert not meet(first, second, DAY)


@pytest.mark.parametrize(("text", "whole", "part", "event"), [
    ("여객기 탑승자 157명 가운데 3명만 구조됐다.", "157명", "3명", "구조"),
    ("탑승객 157명 중 154명이 숨졌다.", "157명", "154명", "숨지"),
    ("출근 대상자 8천120명 가운데 2천50명이 파업에 참가했다.", "8천120명", "2천50명", None),
])
def test_a_whole_named_out_of_takes_no_event_of_its_part(text: str, whole: str, part: str,
                                                         event: str | None) -> None:
    claims = extract_text(text, lang="ko", published=DAY, article_id="a.md")
    assert one(claims, whole).event is None
    if event is not None:
        assert one(claims, part).event == event


def test_a_count_keeps_its_own_verb() -> None:
    claims = extract_text("경찰은 시위 참가자 47명을 연행했다.", lang="ko", published=DAY,
                          article_id="a.md")
    assert one(claims, "47명").event == "연행"
