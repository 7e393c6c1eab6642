""""Last Sunday" said on a Sunday is the week before (claims/period_resolvers_windows.py,
``_weekday``; the tables mark the word as ``last1``: "last", "dernier", "지난").

Weekend crossing reports published on a Sunday recall "703 people ... last Sunday": read as the
day of publication, the record day became today's count, the same day as the latest crossings.
Seen in migration, weather and election coverage ("dimanche dernier" in a Sunday paper, "지난
일요일" in Sunday TV copy). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

SUNDAY, MONDAY = date(2026, 8, 16), date(2026, 8, 17)


def _day(sentence: str, lang: str, published: date) -> date | None:
    claims = extract_text(sentence, lang=lang, published=published, article_id="a.txt")
    return claims[0].period.start if claims and claims[0].period else None


@pytest.mark.parametrize(
    ("lang", "sentence", "published", "day"),
    [
        # "last" on the same weekday: a week back
        ("en", "A record 641 people crossed last Sunday in 12 boats.", SUNDAY, date(2026, 8, 9)),
        ("fr", "Quelque 641 personnes ont traversé dimanche dernier.", SUNDAY, date(2026, 8, 9)),
        ("ko", "지난 일요일 641명이 해협을 건넜다.", SUNDAY, date(2026, 8, 9)),
        # said the day after: yesterday
        ("en", "A record 641 people crossed last Sunday in 12 boats.", MONDAY, date(2026, 8, 16)),
        ("fr", "Quelque 641 personnes ont traversé dimanche dernier.", MONDAY, date(2026, 8, 16)),
        # no "last": the weekday of publication is that day
        ("en", "Some 212 people crossed on Sunday.", SUNDAY, date(2026, 8, 16)),
        ("fr", "Quelque 212 personnes ont traversé dimanche.", SUNDAY, date(2026, 8, 16)),
        ("ko", "일요일 212명이 해협을 건넜다.", SUNDAY, date(2026, 8, 16)),
    ],
)
def test_last_weekday(lang: str, sentence: str, published: date, day: date) -> None:
    assert _day(sentence, lang, published) == day
