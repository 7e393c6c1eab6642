"""Claims as a rich table for a terminal: where, what was written, and how it was read."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from rich.table import Table
from rich.text import Text

from claims.models import Claim
from reports import register
from reports._console import console as make_console
from reports.rows import number, period_kind_label, period_label
from reports.safe import rich_text

_WRAPPING = frozenset({"surface", "counted"})


def _value(claim: Claim) -> str:
    if claim.value is None and (claim.lower is not None or claim.upper is not None):
        return f"{number(claim.lower)}–{number(claim.upper)}"
    return number(claim.value)


@register("claims", "table")
def write_claims_table(
    claims: Iterable[Claim], out: TextIO, *, width: int | None = None, **_: object
) -> None:
    table = Table(show_lines=False, header_style="bold")
    # Where and how a figure was read stay on one line each; the words (surface, counted) wrap.
    for column in ("where", "surface", "value", "unit", "approx", "period", "kind", "counted"):
        table.add_column(column, overflow="fold", no_wrap=column not in _WRAPPING)
    count = 0
    for claim in claims:
        count += 1
        cells = (
            f"{claim.article}:{claim.line}",
            claim.surface,
            _value(claim),
            claim.unit_label,
            claim.approx.value,
            period_label(claim),
            period_kind_label(claim),
            claim.counted,
        )
        table.add_row(*map(rich_text, cells))  # names and texts shown, never read as markup
    console = make_console(out, width, plain_width=160)
    console.print(table)
    console.print(Text(f"{count} claims"))
