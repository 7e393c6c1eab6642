"""A window phrase whose last words are the duration's own qualifier: "in under 90 days", "in
less than 24 hours", "en moins de 24 heures". The qualifier is read into the figure ("under 90
days", "moins de 24 heures"), so the window phrase ends inside the figure's text, not before it;
``claims.figure_filters.is_window`` asks this too, and whether a duration counts down to an
event ("à quatre jours du scrutin")."""

from __future__ import annotations

import re

from claims.figure_model import Figure, text_before
from claims.lang import ExtractionTable
from claims.models import Approx

_QUALIFIER_REACH = 20
"""How far into a figure's text its qualifier may run ("less than", "moins de")."""
_BLANKS = re.compile(r"[\s\u00a0\u202f]+")


def window_in_its_qualifier(f: Figure, text: str, table: ExtractionTable) -> bool:
    """A window phrase ending at a word break inside the qualifier of a bounded duration."""
    if f.approx is Approx.exact:
        return False
    head = text[f.start : min(f.end, f.start + _QUALIFIER_REACH)]
    digit = next((i for i, c in enumerate(head) if c.isdigit()), len(head))
    for blank in _BLANKS.finditer(head, 0, digit):
        if table.window_before_re.search(text_before(text, f.start + blank.end(), 30)):
            return True
    return False


def a_countdown(f: Figure, before: str, text: str, table: ExtractionTable) -> bool:
    """ "à quatre jours du scrutin", "A 20 jours du scrutin" (a capital written without its
    accent at the head of the sentence): a countdown to an event, when, not how much."""
    head = text[: f.start]
    capital = head.strip()
    if head.endswith(" ") and capital in table.periods.accentless_capitals:
        before = table.periods.accentless_capitals[capital] + " "
    return bool(
        table.countdown_before_re.search(before)
        and table.countdown_after_re.match(text[f.end : f.end + 20])
    )
