"""Days of the month listed with their month: "strikes on 24, 27 and 31 December and 4, 5 and
10 January", "les 3, 4 et 11 mars", "March 3, 4 and 11". The day beside the month is a date
already (``claims.figure_filters.is_date``); the days before it in the list, or after the first
in the American order, are dates too, never counts ("March 3, 4 people were hurt" counts)."""

from __future__ import annotations

from claims.context import counted_after
from claims.figure_model import text_before
from claims.figure_units import unit_at
from claims.lang import ExtractionTable
from claims.numbers import NumberMatch

_LIST_REACH = 80
"""How far before a day its month and the list's first days may stand."""


def in_a_list_of_days(n: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """A whole number from 1 to 31 in a list of days that ends with its month, or that opens
    with it and holds a join word ("March 3, 4 and 11"), when no unit or counted noun follows."""
    if n.kind != "digits" or n.value is None or n.decimals or not 1 <= n.value <= 31:
        return False
    if not table.dates.day_list_joins or unit_at(text, n.end, table) is not None:
        return False
    if table.day_list_after_re.match(text, n.end):
        return True
    before = table.day_list_before_re.search(text_before(text, n.start, _LIST_REACH))
    if before is None:
        return False
    rest = table.day_list_rest_re.match(text, n.end)
    end = rest.end() if rest else n.end
    listed = before.group() + text[n.start : end]
    return table.day_list_join_re.search(listed) is not None and not counted_after(text, end, table)
