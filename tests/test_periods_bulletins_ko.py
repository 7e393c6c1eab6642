"""Korean disaster bulletins (our own sentences, other places and numbers, in the style of
agency and broadcast copy on snow, floods and fires).

A tally's window that ends at a day's hour ("1일부터 4일 오전 6시까지 ... 88건") names the
bulletin's time: "이날" after it is that day, not the day of an event told in passing before
("1일 밤 ... 숨졌다")."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

FRIDAY = date(2026, 12, 4)


def _period(text: str, surface: str,
            published: date) -> tuple[str | None, str | None, str] | None:
    claim = next(c for c in extract_text(text, lang="ko", published=published)
                 if c.surface == surface)
    p = claim.period
    if p is None:
        return None
    return (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)


BULLETIN = ("중대본은 4일 오전 6시 기준 시설 피해가 154건이라고 밝혔다. 1일 밤 강원 평창에서 "
            "제설 작업을 하던 60대 남성이 숨졌다. ")

# (text, surface, published, expected): "이날" after a tally to the bulletin's hour is the
# bulletin's day
STORY_DAYS = [
    (BULLETIN + "1일부터 4일 오전 6시까지 접수된 눈길 교통사고는 88건이다. 여객선은 이날 "
     "오전까지 21척이 통제 중이다.", "21척", FRIDAY, (None, "2026-12-04", "as_of")),
    (BULLETIN + "2일부터 4일 오전 5시까지 쌓인 눈은 41.2㎝다. 이날 오전 현재 도로 9곳이 "
     "통제됐다.", "9곳", FRIDAY, (None, "2026-12-04", "as_of")),
    # the tally keeps its own window
    (BULLETIN + "1일부터 4일 오전 6시까지 접수된 눈길 교통사고는 88건이다.", "88건", FRIDAY,
     ("2026-12-01", "2026-12-04", "interval")),
    # a window from an hour still sets the day it began ("이날 오후 6시" is that day's)
    ("22일 오후 4시부터 광장에서 집회가 열렸다. 이날 오후 6시 현재 참가자는 1만2천 명이다.",
     "1만2천 명", date(2026, 11, 23), (None, "2026-11-22", "as_of")),
]


@pytest.mark.parametrize(("text", "surface", "published", "expected"), STORY_DAYS)
def test_this_day_after_a_tally_to_the_bulletins_hour(
        text: str, surface: str, published: date,
        expected: tuple[str | None, str, str]) -> None:
    assert _period(text, surface, published) == expected


LEAD = "지난 12일부터 이어진 집중호우로 피해가 늘고 있다."
TOLL = "중대본에 따르면 16일 오전 6시 기준 사망자는 11명, 실종자는 3명이다. "

# (text, surface, expected), published 16 August 2026: a past day and hour told with no figure
# only to compare with an earlier count dates nothing after it (the figures after keep the
# bulletin's window, from the rain's start to its hour); one that narrates an event does
COMPARED_COUNTS = [
    ("\n\n".join(["집중호우 인명 피해 11명", LEAD, TOLL, "전날 오후 11시 집계치와 같다.",
                 "대피 인원은 2천180세대 4천35명이다."]), "4천35명",
     ("2026-08-12", "2026-08-16", "to_date")),
    ("\n\n".join(["집중호우 인명 피해 11명", LEAD, TOLL, "전날 오후 11시 발표와 같은 수준이다.",
                 "이재민은 812명이다."]), "812명", ("2026-08-12", "2026-08-16", "to_date")),
    # an event told with its day and hour still dates the figures after it
    ("\n\n".join(["산사태로 11명 숨져", LEAD, TOLL, "소방당국은 인력 240명을 투입했다.",
                 "산사태가 난 건 어제 오후 3시쯤이다.", "주택 14채가 토사에 묻혔다."]), "14채",
     ("2026-08-15", "2026-08-15", "day")),
]


@pytest.mark.parametrize(("text", "surface", "expected"), COMPARED_COUNTS)
def test_an_earlier_count_compared_with_dates_nothing_after_it(
        text: str, surface: str, expected: tuple[str | None, str, str]) -> None:
    assert _period(text, surface, date(2026, 8, 16)) == expected
