"""Korean figures by the grammar of their class: counters of rail cars and plants ("4량",
"16기", not "3기 신도시" or "폐암 4기"); a bound that names the class a rule covers ("50명 이상
사업장"); a rule's condition ("50㎍/㎥ 초과가 예상될 때 발령된다"); a share of a group the story
names stands as its two counts ("숨진 3명 가운데 2명"); "넘을 것으로" is more than; a window of
years named to last year ("2021년부터 지난해까지"). Our own sentences in the style of disaster,
labour, weather and rail copy; other names, other figures."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Approx, Claim

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2026, 3, 12)


def _claims(text: str) -> list[Claim]:
    return extract_text(text, lang="ko", published=PUBLISHED)


def _surfaces(text: str) -> list[str]:
    return [c.surface for c in _claims(text)]


# (sentence, surface, value): counters of rail cars and of plants, reactors, launchers
COUNTERS = [
    ("열차 10량 가운데 객차 3량이 선로를 벗어났다.", "3량", 3),
    ("6량 편성 전동차가 멈춰 섰다.", "6량", 6),
    ("석탄발전기 최대 14기가 가동을 멈춘다.", "최대 14기", 14),
    ("원전 2기의 가동이 중단됐다.", "2기", 2),
    ("석탄발전기 19~26기를 가동 정지한다.", "19~26기", None),
]


@pytest.mark.parametrize(("text", "surface", "value"), COUNTERS)
def test_counters_of_cars_and_plants(text: str, surface: str, value: float | None) -> None:
    found = {c.surface: c for c in _claims(text)}
    assert surface in found
    assert found[surface].unit == "count"
    assert found[surface].value == value


# a generation, a stage, giga: no count
NOT_COUNTS = [
    "3기 신도시 첫 입주가 시작됐다.",
    "2기 지도부가 출범했다.",
    "폐암 4기 판정을 받았다.",
    "월 2기가바이트 요금제를 내놨다.",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_a_generation_or_a_stage_is_no_count(text: str) -> None:
    assert _claims(text) == []


# (sentence, surface not extracted, surface extracted or None): a class a rule covers
CLASS_BOUNDS = [
    ("이 공장은 상시 근로자 80명 이상 사업장이어서 법 적용 대상이다.", "80명 이상", None),
    ("공사비 30억 원 미만 건설 현장에도 법이 적용된다.", "30억 원 미만", None),
    ("전용면적 60㎡ 이하의 주택이 지원 대상이다.", "60㎡ 이하", None),
    # a figure with the same bound is a figure: people who fled, a penalty
    ("산불로 주민 300명 이상이 대피했다.", None, "300명 이상"),
    ("위반하면 5년 이하의 징역에 처해진다.", None, "5년 이하"),
]


@pytest.mark.parametrize(("text", "absent", "present"), CLASS_BOUNDS)
def test_a_class_bound_is_no_figure(text: str, absent: str | None, present: str | None) -> None:
    surfaces = _surfaces(text)
    if absent is not None:
        assert absent not in surfaces
    if present is not None:
        assert present in surfaces


# (sentence, surfaces kept): a condition of a rule states no figure; an event told does
CONDITIONS = [
    ("경보는 시간당 강우량이 40㎜를 넘고 다음 날에도 40㎜ 초과가 예상될 때 발령된다.", []),
    ("하루 확진자가 500명을 넘으면 방역 단계를 올린다.", []),
    ("피해액이 80억 원을 넘을 경우 특별재난지역으로 선포된다.", []),
    # past: an event told in a "when" clause
    ("지난해 5명이 숨졌을 때도 같은 지적이 나왔다.", ["5명"]),
    # "if" that frames a figure: compared with, added up
    ("올해 적발은 지난해 같은 기간(410건)과 비교하면 12% 늘었다.", ["410건", "12%"]),
    ("두 지역을 모두 합치면 1천200명이다.", ["1천200명"]),
    # a forecast is a figure, not a condition
    ("내일은 농도가 80㎍/㎥를 넘을 것으로 예상된다.", ["80㎍/㎥를 넘을"]),
]


@pytest.mark.parametrize(("text", "kept"), CONDITIONS)
def test_a_condition_states_no_figure(text: str, kept: list[str]) -> None:
    assert _surfaces(text) == kept


def test_more_than_to_come() -> None:
    claim = _claims("내일은 농도가 80㎍/㎥를 넘을 것으로 예상된다.")[0]
    assert claim.approx is Approx.more_than and claim.value == 80


# (sentence, the two counts, or the share): a share of a group the story names is two counts
GROUPS = [
    ("숨진 4명 가운데 3명도 외국인인 것으로 확인됐다.", ["4명", "3명"], None),
    ("사망자 5명 중 2명은 80대였다.", ["5명", "2명"], None),
    ("부상자 10명 가운데 7명은 경상이다.", ["10명", "7명"], None),
    # proportions of a population stay shares
    ("국민 10명 중 6명이 찬성했다.", None, 60.0),
    ("청소년 3명 중 1명꼴로 피해를 경험했다.", None, 33.33),
]


@pytest.mark.parametrize(("text", "counts", "share"), GROUPS)
def test_a_share_of_a_named_group_is_two_counts(text: str, counts: list[str] | None,
                                                share: float | None) -> None:
    found = _claims(text)
    if counts is not None:
        assert [c.surface for c in found] == counts
        assert all(c.unit == "count" for c in found)
    else:
        assert len(found) == 1 and found[0].unit == "percent"
        assert found[0].value == pytest.approx(share, abs=0.01)


# (sentence, surface, start, end): a window of years named to last year, or to this year
YEARS = [
    ("2021년부터 지난해까지 5년간 발생한 사고는 모두 31건이었다.", "31건", date(2021, 1, 1),
     date(2025, 12, 31)),
    ("2022년부터 작년까지 적발된 차량은 1만2천 대다.", "1만2천 대", date(2022, 1, 1),
     date(2025, 12, 31)),
    ("2019년부터 올해까지 모두 41명이 숨졌다.", "41명", date(2019, 1, 1), PUBLISHED),
]


@pytest.mark.parametrize(("text", "surface", "start", "end"), YEARS)
def test_years_to_a_year_named_from_publication(text: str, surface: str, start: date,
                                                end: date) -> None:
    claim = {c.surface: c for c in _claims(text)}[surface]
    assert claim.period is not None
    assert (claim.period.start, claim.period.end) == (start, end)


def _period(text: str, surface: str, published: date) -> tuple[date | None, date | None]:
    found = {c.surface: c for c in extract_text(text, lang="ko", published=published)}
    period = found[surface].period
    assert period is not None
    return period.start, period.end


# (text, published, surface, day): "이날" is the story's day, not a detail's day a relative
# clause of the body names ("지난 18일 마감한 공모에")
STORY_DAYS = [
    ("한결전자 3분기 영업이익 4천억원\n\n"
     "한결전자는 올해 3분기 영업이익이 4천억 원으로 늘었다고 20일 공시했다.\n\n"
     "매출은 2조 원으로 집계됐다.\n\n"
     "회사는 이와 별도로 지난 18일 마감한 공모에 1천200여 명이 지원했다고 밝혔다.\n\n"
     "이날 유가증권시장에서 한결전자 주가는 1.2% 오른 3만1천원에 장을 마쳤다.",
     date(2026, 11, 20), "3만1천원", date(2026, 11, 20)),
    # the detail's own figure keeps its day
    ("한결전자 3분기 영업이익 4천억원\n\n"
     "한결전자는 올해 3분기 영업이익이 4천억 원으로 늘었다고 20일 공시했다.\n\n"
     "매출은 2조 원으로 집계됐다.\n\n"
     "회사는 이와 별도로 지난 18일 마감한 공모에 1천200여 명이 지원했다고 밝혔다.\n\n"
     "이날 유가증권시장에서 한결전자 주가는 1.2% 오른 3만1천원에 장을 마쳤다.",
     date(2026, 11, 20), "1천200여 명", date(2026, 11, 18)),
    # a day the body states as its own goes on ("지난 18일 ... 이날")
    ("한결전자 3분기 영업이익 4천억원\n\n"
     "한결전자는 올해 3분기 영업이익이 4천억 원으로 늘었다고 20일 공시했다.\n\n"
     "매출은 2조 원으로 집계됐다.\n\n"
     "앞서 지난 18일 주총에서는 주주 310명이 참석했다.\n\n"
     "이날 안건 3건이 모두 통과됐다.",
     date(2026, 11, 20), "3건", date(2026, 11, 18)),
]


@pytest.mark.parametrize(("text", "published", "surface", "day"), STORY_DAYS)
def test_this_day_is_the_storys(text: str, published: date, surface: str, day: date) -> None:
    assert _period(text, surface, published) == (day, day)


def test_at_the_time_of_the_event_is_its_day() -> None:
    """ "사고 당시 열차는 시속 약 90㎞로": the event's day, not the as-of time said last."""
    text = ("어젯밤 경북 김천에서 무궁화호 열차가 탈선해 승객 19명이 다쳤습니다.\n\n"
            "코레일은 다친 승객 가운데 3명이 오늘 오전 현재 입원해 있다고 밝혔습니다.\n\n"
            "사고 당시 열차는 시속 약 90㎞로 달리고 있었습니다.")
    published = date(2026, 2, 11)
    assert _period(text, "약 90㎞", published) == (date(2026, 2, 10), date(2026, 2, 10))


# (sentence, surface or None): a round ten of machines is a count; an age band or a rank is none
BANDS = [
    ("소방당국은 인력 230명과 장비 40대를 동원했다.", "40대"),
    ("현장에는 소방차 20대와 헬기 10대가 투입됐다.", "20대"),
    ("현장에는 소방차 20대와 헬기 10대가 투입됐다.", "10대"),
    ("80대 남성이 숨진 채 발견됐다.", None),
    ("원유·가스 등 3대 에너지 수입이 줄었다.", None),
]


@pytest.mark.parametrize(("text", "surface"), BANDS)
def test_machines_in_round_tens_are_counts(text: str, surface: str | None) -> None:
    surfaces = _surfaces(text)
    if surface is None:
        assert surfaces == []
    else:
        assert surface in surfaces


def test_an_age_band_with_its_bound_names_the_group() -> None:
    """ "40대 이상 7명": the band and its bound; "60세 이상은": no thing counted."""
    found = {c.surface: c for c in _claims("40대 이상 7명이 검거됐고, 60세 이상은 21명 늘었다.")}
    assert found["7명"].counted == "40대 이상"
    assert found["21명"].counted != "이상"


# (sentence, surface, approx): a value a genitive names is as stated, whatever passes it
PASSED = [
    ("올해 투표율은 4년 전의 31.28%를 넘어설 것으로 보인다.", "31.28%", Approx.exact),
    ("관객 수는 지난해의 9만 명을 넘었다.", "9만 명", Approx.exact),
    ("관객 수는 9만 명을 넘었다.", "9만 명을 넘었", Approx.more_than),
    ("외국인 관광객 100만 명 넘게 찾았다.", "100만 명 넘게", Approx.more_than),
]


@pytest.mark.parametrize(("text", "surface", "approx"), PASSED)
def test_a_named_value_passed_is_as_stated(text: str, surface: str, approx: Approx) -> None:
    assert {c.surface: c for c in _claims(text)}[surface].approx is approx
