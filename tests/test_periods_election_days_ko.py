"""Korean elections named by their month and day, as agency and broadcast copy names them
the day after the vote ("4·3 국회의원보궐선거", "6·4지방선거", "4·10 총선", "10·16 재보궐선거",
"6·1 지방선거"): the name is the vote's day, so the final turnout and the results it governs
are of that day, not of publication. Real instances: a 2019 by-election's final turnout
(etnews), the 2014 local elections' final turnout (a recap of the commission's figures), the
2024 general election's turnout and the 2024 by-elections' turnouts (etoday).

Rows of the same shape keep today's reading: ranks joined by the same dot ("1·2위") are no day,
and a vote still ahead ("오는 6·3 지방선거", "6·3 지방선거를 앞두고") dates nothing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

NAMED_DAYS = [
    ("4·3 국회의원보궐선거 최종 투표율은 48.0%다.", "48.0%", date(2019, 4, 4),
     ("2019-04-03", "2019-04-03", "day")),
    ("4·3 국회의원보궐선거 최종 투표율은 48.0%다. "
     "전체 유권자 40만 9566명 중 19만 6604명이 참여했다.",
     "19만 6604명", date(2019, 4, 4), ("2019-04-03", "2019-04-03", "day")),
    ("6·4지방선거 최종 투표율은 56.8%였다.", "56.8%", date(2014, 6, 5),
     ("2014-06-04", "2014-06-04", "day")),
    ("4·10 총선 최종 투표율이 67.0%로 잠정 집계됐다.", "67.0%", date(2024, 4, 11),
     ("2024-04-10", "2024-04-10", "day")),
    ("10·16 재보궐선거의 최대 격전지인 부산 금정구청장 보궐선거 최종 투표율이 47.2%를 기록했다.",
     "47.2%", date(2024, 10, 17), ("2024-10-16", "2024-10-16", "day")),
    ("6·1 지방선거에서 시장 후보는 58.3%를 득표했다.", "58.3%", date(2022, 6, 2),
     ("2022-06-01", "2022-06-01", "day")),
]

KEPT = [
    ("두 후보의 1·2위간 표 차이는 24만7천77표였다.", "24만7천77표", date(2022, 3, 10),
     (None, "2022-03-10", "none")),
    ("6·3 지방선거를 앞두고 후보 1천200명이 등록했다.", "1천200명", date(2026, 5, 20),
     (None, "2026-05-20", "none")),
    ("오는 6·3 지방선거에 후보 1천200명이 등록했다.", "1천200명", date(2026, 5, 20),
     (None, "2026-05-20", "none")),
]


@pytest.mark.parametrize(("text", "surface", "published", "expected"), NAMED_DAYS + KEPT)
def test_election_named_by_its_day(
    text: str, surface: str, published: date, expected: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == expected
