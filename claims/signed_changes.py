"""A change written with its minus sign is a fall of the figure's size, as "fell 2%" is: "les
prix se sont contractés de -7,7 %" (a fall verb and the sign say it twice), "+0,1 % après
−0,2 % en septembre" and "edged up 0.1% after -0.2% in September" (the earlier period's
change, linked to the change before it). A level written with its sign stays negative ("un
taux de -0,5 %", "the index stood at -4.5"): nothing makes it a change."""

from __future__ import annotations

import itertools

from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import Approx, Direction

_MINUS_SIGNS = ("-", "\u2212", "\u2013")
_RATE_UNITS = frozenset({"percent", "percentage_point"})


def _signed_rate(f: Figure, text: str) -> bool:
    """An exact rate written with its minus sign, negative."""
    return (
        f.unit in _RATE_UNITS
        and f.approx is Approx.exact
        and f.value is not None
        and f.value < 0
        and text[f.start : f.start + 1] in _MINUS_SIGNS
    )


def fall_by_its_size(f: Figure, text: str) -> None:
    """ "a reculé de -2,1 %": a fall read from its verb keeps the size of the fall (2.1)."""
    if f.direction is Direction.down and _signed_rate(f, text):
        f.value = -(f.value or 0.0)


def earlier_changes_signed(figures: list[Figure], text: str, table: ExtractionTable) -> None:
    """ "+0,1 % après −0,2 % en septembre": a signed rate with no way of its own, linked to the
    change right before it by one of ``earlier_change_links``, is the change of an earlier
    period, a fall of its size."""
    for a, b in itertools.pairwise(figures):
        if a.direction is None or b.direction is not None or a.unit != b.unit:
            continue
        if not _signed_rate(b, text):
            continue
        if table.earlier_change_re.search(text, a.end, b.start) is None:
            continue
        b.value = -(b.value or 0.0)
        b.direction = Direction.down
