"""Two named things of one article are two quantities; one rate told at several hours is one
(issue 9: precision guards; issue 12: Korean).

The classes, read in real wildfire copy (Korean community radio and newspaper copy of the Los
Angeles fires of January 2025, four outlets; Korean agency and business copy of the March 2025
fires in North Gyeongsang, two outlets; English and French wire copy of the Los Angeles fires):
- Korean copy follows two fires at once, each named by a name and a head noun, and gives each
  one's containment, area and toll in turn: "X 산불은 ... 진화율은 N%", "X 산불로 인한 사망자는
  N명", "X 산불 역시 ... N%로", "X 파이어의 진화율은 N%"; the sentence after a named one often
  names it no more ("진화율은 어제 아침 N%"). Two fires' containment told for the same morning
  was one rate told twice, and conflicted;
- a bulletin gives a rate at several hours, naming the part of the day before the rate
  ("월요일 저녁 진화율 N%") or alone ("어제 아침 N%로"): the hour is when, never what is
  measured ("아침 진화율" and "저녁 진화율" were two quantities, "아침" a thing counted);
- an English name and the Korean spelling of it ("Palisades" / "팰리세이즈" / "팔리세이즈") are
  one name: the Korean ending is written as heard;
- two exact counts to the unit of one day's event ("8 crew rescued" / "9 crew rescued") are a
  conflict, not a small difference: their printed precision touched and read as no gap.
Our own sentences, with other names and figures. Negative rows: an article naming one fire
only, two fires named together (the sum), a fire named by no name, counts beyond the
tolerance's reach ("179" / "181"), rounded figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim
from reconcile.name_scripts import may_be_one
from reconcile.pipeline import reconcile
from tests.article_conflicts import claims_of
from tests.grouping_cases import group_of, one

DAY = date(2026, 2, 11)

TWO_FIRES = (
    "산불 이틀째…강풍에 진화 더뎌\n\n"
    "소방당국에 따르면 오늘(11일) 오전 6시 기준 세라노 산불은 1만 2천 410에이커를 태웠고, "
    "진화율 22%를 나타냈다.\n\n"
    "진화율은 어제 저녁 9%, 어제 밤 14%에서 서서히 높아졌다.\n\n"
    "벨몬트 산불은 오늘 오전 6시 기준 6천 215에이커에 진화율 38%다.\n\n"
    "벨몬트 산불 역시 어제 저녁 진화율 29%에서 어제 밤 31%로 오른 뒤 오늘 새벽 38%로 뛰었다.\n\n"
    "세라노 산불과 벨몬트 산불로 인한 사망자는 모두 7명으로 늘었다.\n\n"
    "세라노 산불로 인한 사망자는 3명, 벨몬트 산불로 인한 사망자는 4명이다.\n"
)


def _ko(text: str) -> list[Claim]:
    return extract_text(text, lang="ko", published=DAY, article_id="a.md")


def _entity(claims: list[Claim], surface: str, nth: int = 0) -> str | None:
    found = [c for c in claims if c.surface == surface]
    return found[nth].entity


@pytest.mark.parametrize(("surface", "nth", "entity"), [
    ("22%", 0, "세라노 산불"),  # the topic of its sentence
    ("9%", 0, "세라노 산불"),  # the sentence before names it
    ("14%", 0, "세라노 산불"),
    ("38%", 0, "벨몬트 산불"),
    ("29%", 0, "벨몬트 산불"),  # "X 산불 역시"
    ("31%", 0, "벨몬트 산불"),
    ("3명", 0, "세라노 산불"),  # what the toll is from
    ("4명", 0, "벨몬트 산불"),
    ("7명", 0, None),  # two named together: their sum
])
def test_a_figure_takes_the_fire_its_article_names(surface: str, nth: int,
                                                   entity: str | None) -> None:
    assert _entity(_ko(TWO_FIRES), surface, nth) == entity


@pytest.mark.parametrize("text", [
    # one fire named only: nothing to tell apart
    "세라노 산불은 오늘 오전 6시 기준 진화율 22%다. 사망자는 3명이다.",
    # a fire named by no name, or by a clause
    "이번 산불은 진화율 22%다. 전국에서 발생한 산불은 187건이다.",
])
def test_an_article_with_one_fire_names_none(text: str) -> None:
    assert all(c.entity is None for c in _ko(text))


def test_two_fires_named_with_no_name_between_take_neither() -> None:
    claims = _ko("세라노 산불은 진화율 22%다. 야산 산불은 오후 5시 기준 55%의 진화율을 보였다. "
                 "벨몬트 산불은 진화율이 78%다.")
    assert _entity(claims, "55%") is None
    assert _entity(claims, "78%") == "벨몬트 산불"


@pytest.mark.parametrize(("surface", "nth"), [("9%", 0), ("14%", 0), ("29%", 0), ("31%", 0)])
def test_the_hour_is_no_part_of_the_rate(surface: str, nth: int) -> None:
    found = [c for c in _ko(TWO_FIRES) if c.surface == surface]
    assert found[nth].counted == "진화율"


@pytest.mark.parametrize(("text", "surface", "counted"), [
    # a band of hours names a kind of the rate: rush hours keep their service
    ("지하철 파업 이틀째…퇴근 시간대 운행률 93%", "93%", "퇴근 시간대 운행률"),
    ("지하철 파업 이틀째…낮 시간 운행률 76%", "76%", "낮 시간 운행률"),
    # the hour of a reading is no kind of it
    ("산불 사흘째…월요일 저녁 진화율 41%", "41%", "진화율"),
])
def test_a_band_of_hours_stays_in_the_rate_name(text: str, surface: str, counted: str) -> None:
    assert one(_ko(text), surface).counted == counted


def test_two_fires_the_same_morning_never_meet() -> None:
    claims = _ko(TWO_FIRES)
    group = group_of(claims)
    serrano = [c for c in claims if c.entity == "세라노 산불" and c.unit == "percent"]
    belmont = [c for c in claims if c.entity == "벨몬트 산불" and c.unit == "percent"]
    assert serrano and belmont
    assert not {group[c.id] for c in serrano} & {group[c.id] for c in belmont}


def test_one_fire_its_rate_at_several_hours_is_one_quantity() -> None:
    claims = _ko(TWO_FIRES)
    group = group_of(claims)
    assert group[one(claims, "29%").id] == group[one(claims, "31%").id]


@pytest.mark.parametrize(("korean", "latin", "alike"), [
    ("팰리세이즈 산불", "palisades fire", True),
    ("팔리세이즈 산불", "palisades fire", True),
    ("이튼 산불", "eaton fire", True),
    ("이튼 산불", "palisades fire", False),
    ("팔리세이즈 산불", "eaton fire", False),
    ("가온화학", "nuri bio", False),
])
def test_a_foreign_name_in_hangul_is_heard_by_its_opening(korean: str, latin: str,
                                                          alike: bool) -> None:
    assert bool(may_be_one(korean, latin)) is alike


def test_one_name_in_two_hangul_spellings_may_be_one() -> None:
    assert may_be_one("팰리세이즈 산불", "팔리세이즈 산불") is True
    assert may_be_one("이튼 산불", "팔리세이즈 산불") is None


def _verdicts(first: str, second: str) -> set[str]:
    """The verdicts of the findings naming both articles' figure, the two read together."""
    claims = claims_of([(first, "en", "a.md"), (second, "en", "b.md")], DAY)
    a, b = {c.id for c in claims if c.article == "a.md"}, {c.id for c in claims
                                                            if c.article == "b.md"}
    return {f.verdict.value for f in reconcile(claims).findings
            if set(f.claim_ids) & a and set(f.claim_ids) & b}


RESCUED = "The coast guard said it rescued {} crew members off the island on Tuesday."
DEAD = "Officials said {} people died in the crash on Tuesday."


@pytest.mark.parametrize(("first", "second", "verdict"), [
    (RESCUED.format("eight"), RESCUED.format("nine"), "conflict"),  # one of nine
    (RESCUED.format("three"), RESCUED.format("four"), "conflict"),
    (RESCUED.format("9"), RESCUED.format("10"), "conflict"),
    (DEAD.format("179"), DEAD.format("181"), "minor_discrepancy"),  # under the tolerance
    (DEAD.format("1,200"), DEAD.format("1,300"), "minor_discrepancy"),  # round figures touch
    (RESCUED.format("about 8"), RESCUED.format("9"), "consistent"),
])
def test_exact_counts_to_the_unit_are_no_rounding(first: str, second: str,
                                                  verdict: str) -> None:
    assert _verdicts(first, second) == {verdict}


def test_english_fires_keep_their_names() -> None:
    """English names its fires itself ("the Serrano Fire"): the Korean rule reads no English."""
    text = "The Serrano Fire was 22% contained on Wednesday. The Belmont Fire was 38% contained."
    claims = extract_text(text, lang="en", published=DAY, article_id="e.md")
    assert [c.entity for c in claims] == ["Serrano Fire", "Belmont Fire"]
