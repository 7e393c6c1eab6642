"""Inferring an article's publication date from its text, when nobody gave one.

Relative periods ("l'an dernier", "last week") need a publication date. When front matter,
folder metadata and the command line say nothing, the text often does: a dated header line
("2024-08-31"), a dated sentence ("Annoncée le 30 septembre 2024"), or a year next to
"l'année dernière". A dateline ("PARIS, 14 mars (AFP) -") or a numeric header date ("Publié le
14/03/2025") names the day of writing itself, which the latest day the text mentions is often
weeks before: every weekday ("jeudi") read against that earlier day would land one or two weeks
early. The result is marked ``inferred`` so reports can say so; when nothing can
be inferred the date stays unknown, and relative periods stay unresolved (never today's date).
"""

from __future__ import annotations

import re
from datetime import date

from claims.lang import load_table
from claims.period_match import add_years
from claims.periods import find_periods
from claims.phrase_kinds import Phrase

_ISO = re.compile(r"(?<![\d-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])")
_DAY_KINDS = frozenset({Phrase.day, Phrase.as_of})  # phrases that name one day
# "PARIS, 14 mars (AFP) -", "LONDON, March 14 (Reuters) -": a place opening a line, a comma, the
# date, an optional agency in brackets, a dash; not the dash inside a span of days ("The survey,
# conducted March 9-11, ...", "taken Feb. 27-March 2"), which no word or digit follows glued.
_DATELINE = re.compile(
    r"^[ \t]*[^\W\d_][^\n,\d]{0,40},[ \t]+(?P<date>[^\n()\-\u2013\u2014]{3,40}?)[ \t]*"
    r"(?:\([^\n()]{1,40}\)[ \t]*)?[-\u2013\u2014](?!\w)",
    re.M,
)
# "14/03/2025", "14.03.2025": read in the order the language's table gives (day first in French).
_NUMERIC = re.compile(
    r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.]|[,.]\d)"
)
_YEAR = re.compile(r"(?<![\d,.\u00a0\u202f])((?:19|20)\d{2})(?!\d|[,.]\d)")


def _iso_dates(text: str) -> list[date]:
    found = []
    for m in _ISO.finditer(text):
        try:
            found.append(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            continue
    return found


def _numeric_dates(text: str, lang: str) -> list[date]:
    """Numeric dates ("14/03/2025") in a language whose table says which number is the day."""
    order = load_table(lang).extraction.dates.numeric_date_order
    if order not in ("dmy", "mdy"):
        return []  # unknown order: "03/04/2025" could be either day
    found = []
    for m in _NUMERIC.finditer(text):
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        day, month = (first, second) if order == "dmy" else (second, first)
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    return found


def _dateline_day(text: str, lang: str, anchor: date) -> date | None:
    """The day a dateline names: in its own year when it gives one; else in the year that puts
    it nearest ``anchor`` (the latest day the text dates), so "14 mars" beside "28 février 2025"
    is 14 March 2025, and "5 janvier" beside "20 décembre 2024" is 5 January 2025."""
    for m in _DATELINE.finditer(text):
        for p in find_periods(m["date"], 0, lang, anchor):
            if p.kind not in _DAY_KINDS or p.period.end is None:
                continue
            day = p.period.end  # the latest such day not after the anchor
            if p.period.resolution == "explicit":
                return day
            later = add_years(day, 1)
            return later if later - anchor < anchor - day else day
    return None


def infer_published(text: str, lang: str) -> date | None:
    """The day a dateline or a numeric header date names, when the text has one; else the
    latest fully dated day the text mentions; else a year deduced from "last year" beside an
    explicit year, on the latest day-and-month mentioned in that year."""
    dated = _written_days(text, lang)
    year = None if dated else _year_from_relative_phrases(text, lang)
    # A year known only from "l'année dernière": its middle, nearest to any day of it.
    anchor = max(dated) if dated else (date(year, 7, 2) if year is not None else None)
    written = _dateline_day(text, lang, anchor) if anchor is not None else None
    if written is not None:
        return written
    if dated:
        return max(dated)
    return None if year is None else _latest_day_in(text, lang, year)


def _written_days(text: str, lang: str) -> list[date]:
    """The days the text writes in full: ISO and numeric dates, explicit day phrases."""
    return _iso_dates(text) + _numeric_dates(text, lang) + [
        p.period.end
        for p in find_periods(text, 0, lang, None)
        if p.kind in _DAY_KINDS and p.period.end is not None and p.period.resolution == "explicit"
    ]


def _latest_day_in(text: str, lang: str, year: int) -> date:
    """The latest day the text names, read as of the end of ``year``; else that end."""
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


DATELINE_REACH = 400  # a dateline opens the body: its first few lines


def dateline(
    text: str, body_start: int, lang: str, published: date | None
) -> tuple[int, int, date | None] | None:
    """The dateline opening an article's body ("PARIS, March 14 (Reuters) -"): its span
    (absolute offsets), and the day it names when that day is one to three days before
    ``published``. Wire copy is written on its dateline's day, and a site often stamps it a
    day or two later: "yesterday" and "on Thursday" count from the dateline's day. The day
    a dateline names is never a figure's period."""
    head = text[body_start : body_start + DATELINE_REACH]
    m = _DATELINE.search(head)
    if m is None:
        return None
    start, end = body_start + m.start("date"), body_start + m.end("date")
    if published is None:
        return start, end, None
    for p in find_periods(m["date"], 0, lang, published):
        day = p.period.end
        if p.kind in _DAY_KINDS and day is not None and 1 <= (published - day).days <= 3:
            return start, end, day
    return start, end, None

