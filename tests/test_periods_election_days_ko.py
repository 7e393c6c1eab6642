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
    ("4·3 국회의원보궐선거 최종 투표율은 46.3%다.", "46.3%", date(2019, 4, 4),
     ("2019-04-03", "2019-04-03", "day")),
    ("4·3 국회의원보궐선거 최종 투표율은 46.3%다. "
     "전체 유권자 38만 2150명 중 17만 6994명이 참여했다.",
     "17만 6994명", date(2019, 4, 4), ("2019-04-03", "2019-04-03", "day")),
    ("6·4지방선거 최종 투표율은 55.1%였다.", "55.1%", date(2014, 6, 5),
     ("2014-06-04", "2014-06-04", "day")),
    ("4·10 총선 최종 투표율이 65.4%로 잠정 집계됐다.", "65.4%", date(2024, 4, 11),
     ("2024-04-10", "2024-04-10", "day")),
    ("10·16 재보궐선거의 한 구청장 보궐선거 최종 투표율이 44.9%를 기록했다.",
     "44.9%", date(2024, 10, 17), ("2024-10-16", "2024-10-16", "day")),
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
    # a vote next month, or its early voting, is not last year's vote of that day
    ("다음 달 4·2 재보궐선거에 후보 31명이 등록했다.", "31명", date(2025, 3, 10),
     (None, "2025-03-10", "none")),
    ("내달 4·2 재보궐선거에 후보 27명이 등록했다.", "27명", date(2025, 3, 10),
     (None, "2025-03-10", "none")),
    ("4·2 재보궐선거 사전투표에 유권자 3만1천200명이 참여했다.", "3만1천200명", date(2025, 3, 29),
     (None, "2025-03-29", "none")),
]


@pytest.mark.parametrize(("text", "surface", "published", "expected"), NAMED_DAYS + KEPT)
def test_election_named_by_its_day(
    text: str, surface: str, published: date, expected: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == expected
