"""A rule's threshold or a set's definition is no measurement: "a recount only when the margin
is under 0.5%", "lorsque l'écart est inférieur à 25 voix" (a condition), "starts in centres with
10,000 or more people", "les communes de 1 000 habitants et plus" (the bound that defines what
is counted), "within 100 feet of its home", "dans un rayon de 150 mètres" (a zone). The figures
counted inside such a set stay."""

from __future__ import annotations

from claims.figure_model import Figure, text_before
from claims.lang import ExtractionTable
from claims.models import Approx

LENGTHS = frozenset(
    {"meter", "kilometer", "centimeter", "foot", "mile", "yard", "inch", "nautical_mile"}
)
"""Units of distance (pint's names): a zone's radius is written in one of them."""

_REACH = 80


def is_threshold(f: Figure, text: str, table: ExtractionTable) -> bool:
    """A figure in a condition, a bound defining a set, or a zone's radius."""
    thresholds = table.thresholds
    before = text_before(text, f.start, _REACH)
    if thresholds.condition_before_re.search(before):
        return True
    if f.unit in LENGTHS and thresholds.zone_before_re.search(before):
        return True
    return _defines_a_set(f, text, before, table)


def _defines_a_set(f: Figure, text: str, before: str, table: ExtractionTable) -> bool:
    """ "centres with 10,000 or more people", "les communes de 1 000 habitants et plus": a
    bound after the figure (or its noun) and a noun with a link word before it."""
    if f.approx not in (Approx.at_least, Approx.up_to):
        return False  # "firms with 80 employees or more than €20m in sales": no set's bound
    thresholds = table.thresholds
    link = thresholds.set_link_before_re.search(before)
    if link is None:
        return False
    if link["article"] and thresholds.singular_re.fullmatch(link["article"]):
        return False  # "a crowd of 10,000 or more": an estimate of one thing
    if table.lengths.copula_re.fullmatch(link["noun"]):
        return False  # "son score est de 200 ou plus": a value, no set
    return bool(
        thresholds.set_bound_end_re.search(text, f.start, f.end)
        or thresholds.set_bound_after_re.match(text, f.end)
    )
