"""The wire dateline that opens an article's first sentence, so that its frame is read without it.

"SEOUL, Dec. 3 (Yonhap) -- South Korea's exports rose 4.1 percent", "LONDON (AP) —
Britain's economy grew 0.3%", "Rennes (AFP) - Quelque 1 200 manifestants...": the city and the
agency say where and by whom the story was filed, not what a figure counts nor who gives it.
Read with them, the subject of the clause became the city (then dropped as a dateline) or the
agency ("dpa-AFX"), and the lead figure of every wire story lost what it counts.

A dateline is a place opening the sentence, optionally its country in brackets ("Sfax
(Tunisie), 4 déc (AFP) -", "LITTLE ROCK (États-Unis), ..."), optionally a region or a date
after commas (each of three words at most: "Dec. 3", "3 décembre 2024", "South Korea"; a clause
after a comma is no dateline, "Depuis janvier, près de 387 suspects ont été - arrêtés"),
optionally an agency in brackets, then a dash ("-", "--", "–", "—"). To tell it from a subject
set off by dashes ("GDP - the broadest measure of output - rose"), it must carry an agency, or
a date after a comma, or be a place in capitals of four letters or more that no second dash
follows.
Only the opening of an article's body is read (``claims.published`` dates the story by the
same dateline); Korean wire openings ("(서울=연합뉴스) 기자 =") are read by the Korean reader.
"""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"[ \t]*(?P<place>[^\W\d_][\w.'’]*(?:[ \-][^\W\d_][\w.'’]*){0,4})"
    # AFP's country in brackets, before a date or the agency: "Sfax (Tunisie), 4 déc (AFP)"
    r"(?:[ \t]+\([^\W\d_][^\n()\d]{0,30}\)(?=[ \t]*[,(]))?"
    r"(?P<more>(?:,[ \t]+[^\s,()\-\u2013\u2014]+(?:[ \t]+[^\s,()\-\u2013\u2014]+){0,2}){0,2})[ \t]*"
    r"(?:\((?P<agency>[^\n()]{1,40})\)[ \t]*)?"
    r"(?:--|[-\u2013\u2014])[ \t]+(?=\S)"
)
_DASHES = ("-", "\u2013", "\u2014")
_MIN_CAPITALS = 4  # "GDP", "CPI", "NHS" open sentences in capitals; cities of three letters rarely


def dateline_end(text: str) -> int:
    """The offset where the sentence ``text`` starts after its wire dateline, 0 without one."""
    m = _DATELINE.match(text)
    if m is None:
        return 0
    place, more = m["place"], m["more"]
    if not place[:1].isupper():
        return 0
    if m["agency"] or (more and any(c.isdigit() for c in more)):
        return m.end()
    letters = place.replace(" ", "").replace("-", "").replace(".", "")
    capitals = place.isupper() and len(letters) >= _MIN_CAPITALS
    return m.end() if capitals and _no_closing_dash(text[m.end() :]) else 0


def _no_closing_dash(rest: str) -> bool:
    """No second dash set off by spaces closes an aside ("NATO - the alliance - said")."""
    return not any(f" {d} " in rest for d in _DASHES)


def without_dateline(text: str) -> str:
    """``text`` with its opening dateline blanked (same length: offsets into it stay valid)."""
    end = dateline_end(text)
    return " " * end + text[end:] if end else text
