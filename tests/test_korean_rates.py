"""What a Korean percentage measures when a rate noun says it (``claims.counted_rates``).

Strike and election copy names the rate once and then lists its parts by their own names:
"전체 열차 운행률은 평시 대비 81.3%로 집계됐다. 열차 종류별로는 KTX가 76.8%, ..." (our own
row), "운행률 KTX 76.4%, 여객열차 68.1%, 화물열차 26.3%" (real agency copy of a railway
strike), "열차 운행률은 평소 대비 80.1%로, KTX 76.5%, 여객열차가 74.8%인 반면, 화물열차는
47.5%로" (a regional broadcaster), "운행률은 여객 62%, 화물은 21% 수준" (a network's plan
story). Read as the words right before them, these counted nothing, a time word ("같은 시각
80.1%"), or were shares of their part ("KTX 69.4%": a share of KTX), and one KTX rate told by two
outlets never met. Other instances of the class in the development sets: "세수 진도율", "객실
예약률", "성장률", "투표율" headlines. Negative rows: a change ("12.5% 줄었다"), a part with no
rate named near it, a word for a share ("절반"). Our own sentences.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.extract import extract_text
from reconcile_cli.main import main

DAY = date(2026, 3, 12)

# (text, surface, counted)
RATES = [
    # the rate a topic of the sentence before, the parts listed after
    ("국토교통부에 따르면 이날 오후 6시 기준 전체 열차 운행률은 평시 대비 81.3%로 집계됐다. "
     "열차 종류별로는 KTX가 76.8%, 화물열차는 30.2%에 그쳤다.", "76.8%", "KTX 운행률"),
    ("국토교통부에 따르면 이날 오후 6시 기준 전체 열차 운행률은 평시 대비 81.3%로 집계됐다. "
     "열차 종류별로는 KTX가 76.8%, 화물열차는 30.2%에 그쳤다.", "30.2%", "화물열차 운행률"),
    ("전체 열차 운행률은 평시 대비 74.5%로 떨어졌다. 열차별로는 KTX 69.4%, 일반열차 58.1%였다.",
     "69.4%", "KTX 운행률"),
    # the rate named before the parts in one sentence
    ("오후 3시 기준 운행률은 KTX 71.2%, 여객열차 63.5%, 화물열차 24.8% 수준이다.", "63.5%",
     "여객열차 운행률"),
    ("교원 파업 참가율은 18.2%로, 초등학교가 21.5%, 중학교는 16.3%였다.", "21.5%",
     "초등학교 참가율"),
    # the time of an earlier reading in the rate's place
    ("KTX 운행률은 전날 같은 시각 73.1%에서 이날 68.7%로 떨어졌다.", "73.1%", "KTX 운행률"),
    # a headline: the rate right before its figure
    ("지하철 파업 사흘째…열차 운행률 평시 83%", "83%", "열차 운행률"),
    # a phrase that ends on a rate is what is measured, not a whole
    ("철도파업 나흘째…화물열차 운행률 19%", "19%", "화물열차 운행률"),
]

KEPT = [
    # a change of a part is no rate of it
    ("전체 열차 운행률은 78.2%로 집계됐다. 승객은 12.5% 줄었다.", "12.5%", "운행률"),
    # a part with no rate named in its sentence or as the topic of the one before
    ("실업자는 크게 늘었다. 경기도가 12.4%, 서울이 9.8%였다.", "12.4%", "률"),
    ("열차 운행률은 평소 대비 80.1%로, 화물열차는 47.5%로 절반을 밑돌았다.", "절반", "운행률"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), RATES)
def test_a_rate_noun_says_what_a_percentage_measures(text: str, surface: str,
                                                     counted: str) -> None:
    claims = extract_text(text, lang="ko", published=DAY)
    claim = next(c for c in claims if c.surface == surface)
    assert (claim.counted, claim.whole) == (counted, None)


@pytest.mark.parametrize(("text", "surface", "not_in"), KEPT)
def test_other_percentages_keep_their_reading(text: str, surface: str, not_in: str) -> None:
    claims = extract_text(text, lang="ko", published=DAY)
    claim = next(c for c in claims if c.surface.startswith(surface))
    assert not_in not in (claim.counted or "")


# -- one rate told by two outlets meets, and its disagreement is shown --------------------------

FIRST_DAY = ("---\npublished: 2026-03-12\nlanguage: ko\n---\n"
             "코레일 노조 파업 첫날…열차 운행률 평시 79%\n\n"
             "국토교통부와 코레일에 따르면 오늘 오후 3시 기준 전체 열차 운행률은 평시 대비 "
             "79.5%로 집계됐다. 열차 종류별로는 KTX가 73.8%, 일반열차가 61.2%, 화물열차는 "
             "27.4%에 그쳤다. 코레일은 대체 인력 4천214명을 투입했다.\n")
SECOND_DAY = ("---\npublished: 2026-03-13\nlanguage: ko\n---\n"
              "코레일 노조 파업 이틀째…열차 운행률 76%\n\n"
              "국토교통부와 코레일에 따르면 이날 오후 3시 기준 전체 열차 운행률은 평시 대비 "
              "76.1%로 집계됐다. KTX 운행률은 파업 첫날인 12일 같은 시각 {first}였다. "
              "코레일은 대체 인력 4천214명을 투입했다.\n")


def _report(tmp_path: Path, first: str) -> dict:
    (tmp_path / "a.txt").write_text(FIRST_DAY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND_DAY.format(first=first), encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(tmp_path), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def _conflicts(report: dict) -> list[set[str]]:
    surfaces = {c["id"]: c["surface"] for c in report["claims"]}
    return [{surfaces[i] for i in f["claim_ids"]} for f in report["findings"]
            if f["verdict"] == "conflict"]


def test_one_rate_of_two_outlets_disagreeing_is_shown(tmp_path: Path) -> None:
    """The second day's look-back at the first day's KTX rate is a level of that day (a rate
    has one level at a time) as the first day's "as of 3 p.m." is: 78.3 % against 73.8 %."""
    assert {"73.8%", "78.3%"} in _conflicts(_report(tmp_path, "78.3%"))


def test_one_rate_of_two_outlets_agreeing_is_no_conflict(tmp_path: Path) -> None:
    """The same look-back agreeing, and the fleets' rates of one sentence are no parts of one
    population that add up to over 100 %."""
    assert _conflicts(_report(tmp_path, "73.8%")) == []
