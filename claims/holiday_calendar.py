"""Days of movable feasts: Easter (and the days counted from it) and the Korean lunar holidays.

Holiday copy dates its figures by the holiday's name: "설 당일 631만 대", "le week-end de
l'Ascension", "over the Easter weekend". A fixed holiday is a month and a day, and a U.S. one a
weekday of a month (``claims.named_days``); these move from year to year. Easter follows the
Gregorian computus; Ascension (39 days after) and Pentecost (49) are counted from it. Seollal
(the first day of the first lunar month) and Chuseok (the fifteenth of the eighth) are read from
the table below: their solar dates from the Korea Astronomy and Space Science Institute's lunar
calendar (KASI, 월력요항; checked against the korean-lunar-calendar package, which implements
KASI's tables, and the official public-holiday calendar). Korea's day may differ from China's
New Year (2027, 2028). A year outside the table has no such day: unread, never guessed.
"""

from __future__ import annotations

from datetime import date

# Solar dates of 설날 and 추석, 2014-2036 (KASI).
_LUNAR: dict[str, dict[int, tuple[int, int]]] = {
    "seollal": {
        2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16),
        2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22),
        2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 7), 2028: (1, 27),
        2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31),
        2034: (2, 19), 2035: (2, 8), 2036: (1, 28),
    },
    "chuseok": {
        2014: (9, 8), 2015: (9, 27), 2016: (9, 15), 2017: (10, 4), 2018: (9, 24),
        2019: (9, 13), 2020: (10, 1), 2021: (9, 21), 2022: (9, 10), 2023: (9, 29),
        2024: (9, 17), 2025: (10, 6), 2026: (9, 25), 2027: (9, 15), 2028: (10, 3),
        2029: (9, 22), 2030: (9, 12), 2031: (10, 1), 2032: (9, 19), 2033: (9, 8),
        2034: (9, 27), 2035: (9, 16), 2036: (10, 4),
    },
}

ANCHORS = frozenset({"easter", *_LUNAR})


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def anchor_day(anchor: str, year: int) -> date | None:
    """The day a movable feast falls on in ``year``; None for an unknown anchor or a year the
    lunar table does not cover."""
    if anchor == "easter":
        return easter(year)
    found = _LUNAR.get(anchor, {}).get(year)
    return None if found is None else date(year, *found)
