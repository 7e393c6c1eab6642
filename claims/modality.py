"""How a figure is held: stated, hedged ("could reach"), planned ("will rise to") or
superseded ("up from a previous estimate of").

A planned figure is the value after a change someone plans or expects; it says nothing against
the value that holds now, so the reconciler never reads the two as a conflict. The phrases are
in each language table (``[extraction.planned]``); a hedge is what the figure reader kept.
"""

from __future__ import annotations

from claims.lang import ExtractionTable
from claims.models import Modality

_WINDOW = 80  # characters read on each side of a figure


def modality_of(
    sentence: str, start: int, end: int, table: ExtractionTable, hedge: str | None
) -> Modality:
    """``planned`` when a planned-change phrase governs the figure (a few words before it, or
    right after it), else ``hedged`` when a hedge was read, else ``stated``. A planned phrase
    wins over a hedge: "devrait atteindre 5 000 en 2026" is both, and what matters is that it
    is not the current value."""
    before = sentence[max(0, start - _WINDOW) : start]
    after = sentence[end : end + _WINDOW]
    if table.planned_before_re.search(before) or table.planned_after_re.match(after):
        return Modality.planned
    if table.commitment_before_re.search(before):  # "pledged to take in 360,000"
        return Modality.planned
    if table.superseded_before_re.search(before) or table.superseded_after_re.match(after):
        return Modality.superseded
    return Modality.hedged if hedge else Modality.stated
