"""What still holds at a bulletin's time is a level as of that time, even in an article whose
event is dated: "오후 5시 기준 ... 4명은 여전히 실종 상태", "6명은 아직 병원에서 치료를 받고
있다", "Vendredi matin, ils n'étaient plus que 17". The count the event's day gave ("해경이
구조한 선원은 4명", "6 sinistrés ont été relogés") keeps that day.

The class, seen in real news (our own sentences below, other places, names and numbers): Korean
coast-guard bulletins on a capsized boat ("실종자 1명 여전히 못 찾아", "잔여 실종자 6명"),
French health bulletins after an attack ("74 personnes sont toujours hospitalisées", "74 d'entre
elles sont encore hospitalisées"), wires on an air crash ("one passenger is still missing", "at
least 49 were in critical condition late Saturday"). A bulletin's hour on the event's day
("이날 오후 9시 현재") made the Korean count the day's tally, and "n'étaient plus que" was no
word of a level in the French table.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

KO_BOAT = "\n\n".join([
    '여수 해상서 화물선 침몰…1명 숨지고 4명 실종',
    '오늘(12일) 새벽 여수 남쪽 해상에서 화물선이 침몰해 선원 1명이 숨졌습니다.',
    '해경은 승선원 9명 가운데 4명을 구조했습니다.',
    '오후 5시 기준 기관장 박 씨 등 4명은 여전히 실종 상태입니다.',
    '오후 5시 기준 해경이 투입한 경비함정은 14척입니다.',
])

KO_PLANT = "\n\n".join([
    '울산 공장서 폭발…3명 사망',
    '어제(19일) 오후 울산의 한 화학공장에서 폭발이 일어나 작업자 3명이 숨졌습니다.',
    '이날 오후 9시 현재 부상자 가운데 6명은 아직 병원에서 치료를 받고 있습니다.',
    '오후 9시 기준 소방당국이 구조한 작업자는 11명입니다.',
])

FR_BUILDING = "\n\n".join([
    "Effondrement d'un immeuble à Lyon : le bilan s'alourdit",
    "Un immeuble de cinq étages s'est effondré mercredi après-midi dans le 7e arrondissement "
    'de Lyon, a annoncé la préfecture.',
    "Vendredi matin, ils n'étaient plus que 17 à l'hôpital, dont 4 en réanimation.",
    'Vendredi matin, 6 sinistrés ont été relogés par la mairie.',
])

FR_FLOOD = "\n\n".join([
    'Crues dans le Gard : les secours toujours mobilisés',
    'Les crues ont frappé le Gard dans la nuit de samedi à dimanche, selon la préfecture.',
    "Lundi soir, les sinistrés hébergés en gymnase n'étaient plus que 48.",
    'Lundi soir, 23 familles ont été relogées par la commune.',
])

# (text, language, published, surface, start, end, kind)
ROWS = [
    # a level still held at a bulletin's hour: as of that hour's day
    (KO_BOAT, "ko", date(2026, 3, 12), "4명", None, "2026-03-12", "as_of", -1),
    (KO_PLANT, "ko", date(2026, 5, 20), "6명", None, "2026-05-19", "as_of", 0),
    (FR_BUILDING, "fr", date(2026, 4, 10), "17", None, "2026-04-10", "as_of", 0),
    (FR_BUILDING, "fr", date(2026, 4, 10), "4", None, "2026-04-10", "as_of", 0),
    (FR_FLOOD, "fr", date(2026, 11, 24), "48", None, "2026-11-23", "as_of", 0),
    # the same shape with no word of what still holds: the day's own count
    (KO_BOAT, "ko", date(2026, 3, 12), "14척", "2026-03-12", "2026-03-12", "day", 0),
    (KO_PLANT, "ko", date(2026, 5, 20), "11명", "2026-05-19", "2026-05-19", "day", 0),
    (FR_BUILDING, "fr", date(2026, 4, 10), "6", "2026-04-10", "2026-04-10", "day", 0),
    (FR_FLOOD, "fr", date(2026, 11, 24), "23", "2026-11-23", "2026-11-23", "day", 0),
]


@pytest.mark.parametrize(("text", "lang", "published", "surface", "start", "end", "kind", "nth"),
                         ROWS)
def test_a_level_still_held_is_as_of_its_time(text, lang, published, surface, start, end, kind,
                                              nth):
    claims = [c for c in extract_text(text, lang=lang, published=published)
              if c.surface == surface]
    assert claims, surface
    period = claims[nth].period
    assert period is not None
    got = (str(period.start) if period.start else None, str(period.end), period.kind.value)
    assert got == (start, end, kind), claims[nth].sentence
