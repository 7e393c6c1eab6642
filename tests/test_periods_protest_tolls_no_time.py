"""A protest day's tolls told the next day, in a later sentence with no time of their own, are
that day's:
"tandis que 14 de ses militants ont été blessés, dont trois gravement", "while 19 of its members
were hurt", once the article has dated the march ("À Marseille ce samedi, la manifestation du
Premier-Mai ..."). A toll told as it stood after several days ("58 policiers avaient été
blessés depuis", "had been injured since the strikes began") keeps its running reading.

The class, seen in real news (our own sentences below, other cities, unions and numbers): May
Day copy on a union's march attacked by black blocs ("21 de ses membres ont été blessés, dont
quatre gravement"), a fonction publique strike day ("20 personnes ont été interpellées", "Les
forces de l'ordre ont procédé à une centaine d'interpellations"), a French minister's protest-day
tally ("26 policiers et gendarmes ont été blessés"), US marches ("At least 45 people were
arrested"). The day reached such a toll only through an action cue in its clause; a toll word
("blessés", "hurt", "arrests") is one of the day's own counts too.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

FR_MAY_DAY = "\n\n".join([
    'Premier-Mai : un syndicat pris pour cible à Marseille',
    'À Marseille ce samedi, la manifestation du Premier-Mai a été émaillée de heurts entre '
    "les forces de l'ordre et des casseurs.",
    'À Toulouse, où 5 300 personnes ont défilé, selon la préfecture, un bref affrontement a '
    'éclaté en tête de cortège.',
    "Dans la cité phocéenne, c'est Force ouvrière qui a été directement visée, l'un de ses "
    'camions ayant été incendié, tandis que 14 de ses militants ont été blessés, dont trois '
    'gravement.',
    'Au total, 58 policiers avaient été blessés depuis le début du mouvement, en janvier.',
])

EN_MAY_DAY = "\n\n".join([
    'May Day march in Athens marred by clashes',
    'In Athens on Friday, the May Day demonstration was marred by clashes between riot police'
    ' and masked youths.',
    'In Thessaloniki, where 6,200 people took part, according to police, a brief scuffle '
    'broke out near the port.',
    "In the capital, it was the dockworkers' union that was targeted, one of its vans being "
    'set alight, while 19 of its members were hurt, three of them seriously.',
    'In all, 41 officers had been injured since the strikes began in March.',
])

# (text, language, published, surface, start, end, kind)
ROWS = [
    (FR_MAY_DAY, "fr", date(2026, 5, 3), "14", "2026-05-02", "2026-05-02", "day"),
    (FR_MAY_DAY, "fr", date(2026, 5, 3), "trois", "2026-05-02", "2026-05-02", "day"),
    (EN_MAY_DAY, "en", date(2026, 5, 2), "19", "2026-05-01", "2026-05-01", "day"),
    (EN_MAY_DAY, "en", date(2026, 5, 2), "three", "2026-05-01", "2026-05-01", "day"),
    # the march's own count keeps the day it had
    (FR_MAY_DAY, "fr", date(2026, 5, 3), "5 300", "2026-05-02", "2026-05-02", "day"),
    (EN_MAY_DAY, "en", date(2026, 5, 2), "6,200", "2026-05-01", "2026-05-01", "day"),
]

# told on the march's own day, a toll with no time is only the count so far: not the day's
SAME_DAY = [
    (FR_MAY_DAY, "fr", date(2026, 5, 2), "14"),
    (EN_MAY_DAY, "en", date(2026, 5, 1), "19"),
]

# a running toll over several days is never the march's day
RUNNING = [
    (FR_MAY_DAY, "fr", date(2026, 5, 3), "58", date(2026, 5, 2)),
    (EN_MAY_DAY, "en", date(2026, 5, 2), "41", date(2026, 5, 1)),
]


def _period(text: str, lang: str, published: date, surface: str):
    claims = [c for c in extract_text(text, lang=lang, published=published)
              if c.surface == surface]
    assert claims, surface
    return claims[0].period


@pytest.mark.parametrize(("text", "lang", "published", "surface", "start", "end", "kind"), ROWS)
def test_a_protest_days_toll_with_no_time_is_of_that_day(text, lang, published, surface, start,
                                                         end, kind):
    period = _period(text, lang, published, surface)
    assert period is not None
    got = (str(period.start) if period.start else None, str(period.end), period.kind.value)
    assert got == (start, end, kind)


@pytest.mark.parametrize(("text", "lang", "published", "surface", "march"), RUNNING)
def test_a_running_toll_is_not_the_protest_day(text, lang, published, surface, march):
    period = _period(text, lang, published, surface)
    assert period is None or not (period.kind.value == "day" and period.end == march)


@pytest.mark.parametrize(("text", "lang", "published", "surface"), SAME_DAY)
def test_a_toll_told_on_the_protest_day_is_not_its_final_count(text, lang, published, surface):
    period = _period(text, lang, published, surface)
    assert period is None or period.kind.value != "day"
