"""Korean casualty tolls told over two days, one day's own counts, and the parts of a toll
(our own sentences in the style of Korean broadcast and wire copy; published 2025-03-06).

* "어제 5명이 숨졌고 ... 오늘 사망자는 6명으로 늘었다": the article dates a later toll of the
  same casualties, so yesterday's toll is what was known yesterday, as of that day; with no
  such update, a toll of the event's day holds as of publication, as before.
* "어제 하루 동안 2명이 숨졌다": that one day's count, no toll.
* "2명이 또 숨졌다": one more of a day; the word counts in its own clause only, not across a
  headline's "…".
* "소방당국은 부상자를 22명으로 집계했다. 이 가운데 4명은 중상이다.": the casualties named
  with a particle glued, and a part after its cue, take the toll's time.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2025, 3, 6)


def _periods(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    out: dict[str, tuple[str | None, str | None, str]] = {}
    for c in extract_text(text, lang="ko", published=PUBLISHED):
        p = c.period
        assert p is not None
        out.setdefault(c.surface, (str(p.start) if p.start else None,
                                   str(p.end) if p.end else None, p.kind.value))
    return out


AS_OF_5 = (None, "2025-03-05", "as_of")
AS_OF_6 = (None, "2025-03-06", "as_of")
DAY_5 = ("2025-03-05", "2025-03-05", "day")

UPDATED = [
    ("아파트 화재로 어제 5명이 숨졌고, 치료를 받던 60대 남성이 오늘 오전 숨지면서 사망자는 "
     "6명으로 늘었다.", {"5명": AS_OF_5, "6명": AS_OF_6}),
    ("어제(5일) 버스 추락 사고로 7명이 숨졌다. 중상을 입은 승객이 오늘(6일) 새벽 병원에서 "
     "숨지면서 사망자는 8명으로 늘었다.", {"7명": AS_OF_5, "8명": AS_OF_6}),
    ("지난 3일 공장 폭발 사고로 2명이 숨졌다. 치료를 받던 중상자가 어제 숨지면서 사망자는 "
     "3명으로 늘었다.", {"2명": (None, "2025-03-03", "as_of"), "3명": AS_OF_5}),
]


@pytest.mark.parametrize(("text", "expected"), UPDATED)
def test_a_toll_updated_on_a_later_day_holds_as_of_its_own_day(
    text: str, expected: dict[str, tuple[str | None, str | None, str]]
) -> None:
    periods = _periods(text)
    for surface, period in expected.items():
        assert periods[surface] == period


NOT_UPDATED = [
    # no later toll: the event day's toll holds as of publication, as before
    ("아파트 화재로 어제 5명이 숨지고 22명이 다쳤다.", {"5명": AS_OF_6, "22명": AS_OF_6}),
    # a later toll of the injured does not date the dead
    ("어제 공장 화재로 5명이 숨졌다. 오늘 부상자는 31명으로 늘었다.",
     {"5명": AS_OF_6, "31명": AS_OF_6}),
    ("어제 온열질환으로 2명이 숨졌다.", {"2명": AS_OF_6}),
    # another count of the day keeps its day
    ("어제 오후 물류창고 화재로 3명이 숨졌다. 소방당국은 어제 인력 120명을 투입했다.",
     {"3명": AS_OF_6, "120명": DAY_5}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_UPDATED)
def test_a_toll_with_no_later_update_keeps_todays_reading(
    text: str, expected: dict[str, tuple[str | None, str | None, str]]
) -> None:
    periods = _periods(text)
    for surface, period in expected.items():
        assert periods[surface] == period


DAYS_OWN = [
    ("어제 하루 동안 온열질환으로 2명이 숨졌다.", "2명", DAY_5),
    ("어제 물류창고 화재로 3명이 숨졌다. 소방당국은 어제 하루 17명을 병원으로 이송해 부상자는 "
     "더 늘 수 있다.", "17명", DAY_5),
    ("어제 오후 물류창고 화재로 3명이 숨졌다. 오늘 오전 치료를 받던 2명이 또 숨졌다.", "2명",
     ("2025-03-06", "2025-03-06", "day")),
]


@pytest.mark.parametrize(("text", "surface", "period"), DAYS_OWN)
def test_one_days_own_count_is_no_toll(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _periods(text)[surface] == period


def test_an_increment_word_counts_in_its_own_headline_clause_only() -> None:
    periods = _periods("요양병원 화재 환자 2명 또 숨져…사망자 41명으로\n\n"
                       "요양병원 화재로 치료를 받던 80대 2명이 오늘(6일) 또 숨졌다. 이에 따라 "
                       "사망자는 모두 41명이 됐다.")
    assert periods["2명"] == ("2025-03-06", "2025-03-06", "day")
    assert periods["41명"] == AS_OF_6


def test_the_casualties_named_with_a_particle_and_a_part_take_the_tolls_time() -> None:
    periods = _periods("어제 오후 물류창고 화재로 3명이 숨졌다. 소방당국은 부상자를 22명으로 "
                       "집계했다. 이 가운데 4명은 중상이다.")
    assert periods["22명"] == AS_OF_6
    assert periods["4명"] == AS_OF_6
