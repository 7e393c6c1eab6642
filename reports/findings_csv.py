"""Findings (or claims with their group) as CSV for editors who open it in a spreadsheet.

``excel=True`` writes what Excel opens right in a French locale: a UTF-8 BOM and ``;`` between
cells. In both variants no cell is one a spreadsheet would run as a formula (a leading
``= + - @``, their fullwidth forms, tab or CR gets a ``'``; numbers stay numbers).
Numbers keep dot decimals and dates ISO either way, so scripts read both variants alike.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from reconcile.models import Report
from reports import register
from reports.rows import CLAIM_COLUMNS, claim_row, period_label
from reports.safe import formula_safe

FINDING_COLUMNS: tuple[str, ...] = (
    "finding_id", "verdict", "detail", "quantity", "values", "periods", "articles", "lines",
    "explanation", "confidence", "assumptions",
)
GROUP_COLUMNS: tuple[str, ...] = ("group_id", "group_label")
JOIN = " | "
spreadsheet_safe = formula_safe  # the name scripts imported


def finding_rows(report: Report) -> Iterator[dict[str, object]]:
    """One row per shown finding; cells about several claims joined with `` | ``."""
    by_id = {c.id: c for c in report.claims}
    for finding in report.shown():
        claims = [by_id[i] for i in finding.claim_ids if i in by_id]
        yield {
            "finding_id": finding.id,
            "verdict": finding.verdict.value,
            "detail": finding.detail,
            "quantity": finding.quantity,
            "values": JOIN.join(c.surface for c in claims),
            "periods": JOIN.join(period_label(c) for c in claims),
            "articles": JOIN.join(dict.fromkeys(c.article for c in claims)),
            "lines": JOIN.join(f"{c.article}:{c.line}" for c in claims),
            "explanation": finding.explanation,
            "confidence": finding.confidence,
            "assumptions": JOIN.join(finding.assumptions),
        }


def claim_rows(report: Report) -> Iterator[dict[str, object]]:
    """One row per claim: the extract columns, then the group it landed in."""
    group_of = report.group_of()
    for claim in report.claims:
        group = group_of.get(claim.id)
        yield {
            **claim_row(claim),
            "group_id": group.id if group else "",
            "group_label": group.label if group else "",
        }


@register("report", "csv")
def write_report_csv(report: Report, out: TextIO, *, what: str = "findings",
                     excel: bool = False, **_: object) -> None:
    columns = FINDING_COLUMNS if what == "findings" else (*CLAIM_COLUMNS, *GROUP_COLUMNS)
    rows: Iterable[dict[str, object]] = (
        finding_rows(report) if what == "findings" else claim_rows(report)
    )
    if excel:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=columns, delimiter=";" if excel else ",",
                            lineterminator="\r\n" if excel else "\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: formula_safe(v) for k, v in row.items()})

