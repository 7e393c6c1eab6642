"""The gate for a terminal or a pre-commit hook: a short table and one verdict line."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table

from reconcile.gate import GateResult
from reports import register

_STYLE = {"error": "bold red", "warning": "yellow", "note": "dim"}


@register("gate", "text")
def render(result: GateResult, out: TextIO) -> None:
    console = Console(file=out, highlight=False, soft_wrap=False)
    if result.findings:
        table = Table(show_header=True, header_style="bold", expand=False)
        for column in ("status", "verdict", "where", "figures", "explanation"):
            table.add_column(column, overflow="fold")
        for item in result.findings:
            status = "new, fails" if item.failing else item.status
            figures = "\n".join(
                f"{c.surface} ({item.where[c.id].path}:{item.where[c.id].line})"
                for c in item.claims
            )
            loc = item.location
            table.add_row(
                status,
                item.title,
                f"{loc.path}:{loc.line}:{loc.column}",
                figures,
                item.finding.explanation,
                style=_STYLE[item.level],
            )
        console.print(table)
    failing = len(result.failing)
    acknowledged = sum(1 for f in result.findings if f.status == "acknowledged")
    if result.failed:
        console.print(
            f"[bold red]gate: FAIL[/]: {failing} new finding(s) at or above "
            f"{result.fail_on} ({acknowledged} acknowledged)"
        )
    else:
        console.print(
            f"[green]gate: pass[/]: {len(result.findings)} finding(s), none new at or above "
            f"{result.fail_on} ({acknowledged} acknowledged; {result.new_claims} new claims "
            f"checked against {result.corpus_claims} corpus claims)"
        )
