"""Numbers that name a place, not a quantity: a street number ("au 12 rue des Lilas"), a
department ("dans le 93"), and a department's number naming an organisation's local branch
("la FDSEA 29", "les JA 22", "le SNES-FSU 72"). ``claims.figures`` drops what
``is_place_number`` says is one; the words are the table's ``[extraction.place_numbers]``."""

from __future__ import annotations

import re

from claims.context import counted_after
from claims.figure_model import Figure, text_before
from claims.figure_units import unit_at
from claims.lang import ExtractionTable


def is_place_number(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "au 12 rue des Lilas", "dans le 93", "la FDSEA 29": a street number or a department
    (alone or naming an organisation's local branch), not a figure."""
    if f.kind != "digits" or f.value is None or not f.value.is_integer() or f.scale != 1.0:
        return False
    if table.street_after_re.match(text, f.end):
        return True
    if _a_branch_number(f, text, table):
        return True
    if not table.place_number_before_re.search(text_before(text, f.start, 20)):
        return False
    return unit_at(text, f.end, table) is None and not counted_after(text, f.end, table)


_ACRONYM_BEFORE = re.compile(
    r"(?<![\w'’-])[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*[ \u00a0]$"
)
"""An organisation's acronym (two capitals at least, "JA", "FDSEA", "SNUipp-FSU") right before
a figure."""


def _a_branch_number(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "La FDSEA 29 et les JA 29", "présidente des JA 22.", "le SNES-FSU 72 avance": a
    department's number right after an acronym names the organisation's local branch, unless
    a unit follows ("selon la CGT 44 % des salariés"); a count after an acronym needs a comma
    or a link word ("selon la CGT, 80 manifestants"; "CGT 30 000" is out of range anyway)."""
    value = int(f.value or 0)
    ranges = table.place_numbers.after_acronyms
    if not any(lo <= value <= hi for lo, hi in ranges):
        return False
    if not _ACRONYM_BEFORE.search(text_before(text, f.start, 30)):
        return False
    return unit_at(text, f.end, table) is None
