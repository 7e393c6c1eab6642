"""Inferring an article's publication date from its text, when nobody gave one.

Relative periods ("l'an dernier", "last week") need a publication date. When front matter,
folder metadata and the command line say nothing, the text often does: a dated header line
("2024-08-31"), a dated sentence ("Annoncée le 30 septembre 2024"), or a year next to
"l'année dernière". The result is marked ``inferred`` so reports can say so; when nothing can
be inferred the date stays unknown, and relative periods stay unresolved (never today's date).
"""

from __future__ import annotations

import re
from datetime import date

from claims.lang import load_table
from claims.periods import find_periods
from claims.phrase_kinds import Phrase

_ISO = re.compile(r"(?<![\d-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])")
_DAY_KINDS = frozenset({Phrase.day, Phrase.as_of})  # phrases that name one day
_YEAR = re.compile(r"(?<![\d,.\u00a0\u202f])((?:19|20)\d{2})(?!\d|[,.]\d)")


def _iso_dates(text: str) -> list[date]:
    found = []
    for m in _ISO.finditer(text):
        try:
            found.append(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            continue
    return found


def infer_published(text: str, lang: str) -> date | None:
    """The latest fully dated day the text mentions; else a year deduced from "last year"
    beside an explicit year, on the latest day-and-month mentioned in that year."""
    dated = _iso_dates(text)
    dated += [
        p.period.end
        for p in find_periods(text, 0, lang, None)
        if p.kind in _DAY_KINDS and p.period.end is not None and p.period.resolution == "explicit"
    ]
    if dated:
        return max(dated)
    year = _year_from_relative_phrases(text, lang)
    if year is None:
        return None
    days = [
        p.period.end
        for p in find_periods(text, 0, lang, date(year, 12, 31))
        if p.kind in _DAY_KINDS and p.period.end is not None
    ]
    return max(days) if days else date(year, 12, 31)


def _year_from_relative_phrases(text: str, lang: str) -> int | None:
    """ "toute l'année 2023" beside "l'année dernière": written in 2024."""
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return None
    refs = load_table(lang).extraction.periods.year_refs
    lowered = text.lower().replace("’", "'")
    offsets = {offset for phrase, offset in refs.items() if phrase.lower() in lowered}
    if 0 in offsets:
        return max(years)  # "this year" beside explicit years: the latest of them
    if -1 in offsets:
        return max(years) + 1  # "l'année dernière" beside "l'année 2023": written in 2024
    return None
