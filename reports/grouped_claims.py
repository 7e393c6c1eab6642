"""``reconcile report --what claims`` at a terminal: every claim, one row each, with its group.

Groups come in reading order (by their first claim), and each group's claims in reading order
below it, a line between groups. Each row names its group; the group's label is on its first
row (the unit column says what kind of quantity it is). ``--only`` chooses findings, so it does
not thin this list: like the CSV with ``--what claims``, it shows every claim.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.table import Table

from claims.models import Claim
from reconcile.models import Group, Report
from reports.rows import period_label
from reports.safe import rich_text

COLUMNS = ("group", "quantity", "figure", "approx", "unit", "period", "where", "counted")
SHORT = frozenset({"group", "approx", "unit", "period", "where"})  # kept whole when they fit
TEXT_MIN = 12  # room each text column (quantity, figure, counted) needs beside them
NO_GROUP = "—"


def sections(report: Report) -> list[tuple[Group | None, list[Claim]]]:
    """The claims by group, groups ordered by their first claim, claims in reading order (the
    order of ``report.claims``). A claim in no group is a section of its own."""
    position = {c.id: i for i, c in enumerate(report.claims)}
    keyed = _group_sections(report, position)
    grouped = {c.id for _, _, claims in keyed for c in claims}
    keyed += [(i, None, [c]) for i, c in enumerate(report.claims) if c.id not in grouped]
    keyed.sort(key=lambda item: item[0])
    return [(group, claims) for _, group, claims in keyed]


def _group_sections(
    report: Report, position: dict[str, int]
) -> list[tuple[int, Group | None, list[Claim]]]:
    """Each group that holds claims of the report, keyed by where its first claim is read,
    with its claims in reading order."""
    by_id = {c.id: c for c in report.claims}
    keyed: list[tuple[int, Group | None, list[Claim]]] = []
    for group in report.reconciliation.groups:
        members = sorted((i for i in group.claim_ids if i in position), key=position.__getitem__)
        if members:
            keyed.append((position[members[0]], group, [by_id[i] for i in members]))
    return keyed


def _row(group: Group | None, claim: Claim, first: bool) -> tuple[str, ...]:
    label = (group.label if group else "no group") if first else ""
    return (
        group.id if group else NO_GROUP,
        label,
        claim.surface,
        claim.approx.value,
        claim.unit_label,
        period_label(claim) or "—",
        f"{claim.article}:{claim.line}",
        claim.counted,
    )


def _short_columns_fit(body: list[list[tuple[str, ...]]], width: int) -> bool:
    """Whether the short columns fit on one line with ``TEXT_MIN`` left for each text one."""
    short = sum(
        max([len(name), *(cell_len(row[i]) for rows in body for row in rows)])
        for i, name in enumerate(COLUMNS)
        if name in SHORT
    )
    chrome = 3 * len(COLUMNS) + 1  # a border and a space either side of each cell
    return short + chrome + TEXT_MIN * (len(COLUMNS) - len(SHORT)) <= width


def grouped_claims_table(report: Report, width: int | None = None) -> Table:
    """Every claim, a section per group. Within ``width``, the short columns (ids, periods,
    places) stay on one line when the text columns still get ``TEXT_MIN`` each; otherwise
    every column folds."""
    body = [
        [_row(group, claim, n == 0) for n, claim in enumerate(claims)]
        for group, claims in sections(report)
    ]
    whole = width is None or _short_columns_fit(body, width)
    table = Table(header_style="bold")
    for column in COLUMNS:
        table.add_column(column, overflow="fold", no_wrap=whole and column in SHORT)
    for rows in body:
        if table.row_count:
            table.add_section()
        for row in rows:
            table.add_row(
                *map(rich_text, row[:1]), rich_text(row[1], style="bold"), *map(rich_text, row[2:])
            )
    return table
