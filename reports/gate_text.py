"""The gate for a terminal or a pre-commit hook: one short block per finding, one verdict line.

Blocks rather than a table: explanations are whole sentences and paths are long, and a hook's
output is often read in a narrow pane.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.markup import escape

from reconcile.models import GateFinding, GateResult
from reports import register
from reports.safe import visible

_STYLE = {"error": "bold red", "warning": "yellow", "note": "dim"}
_MARK = {"error": "✗", "warning": "!", "note": "·"}


@register("gate", "text")
def render(result: GateResult, out: TextIO) -> None:
    console = Console(file=out, highlight=False)
    for item in result.findings:
        console.print(_headline(item))
        console.print(f"  {escape(visible(item.finding.explanation))}", style=_STYLE[item.level])
        if item.reason:
            console.print(f"  acknowledged: {escape(visible(item.reason))}", style="dim")
    failing = len(result.failing)
    acknowledged = sum(1 for f in result.findings if f.status == "acknowledged")
    checked = (
        f"{result.new_claims} new claim(s) from {result.new_articles} article(s) checked "
        f"against {result.corpus_claims} corpus claim(s)"
    )
    if result.failed:
        console.print(
            f"[bold red]gate: FAIL[/]: {failing} new finding(s) at or above {result.fail_on}, "
            f"{acknowledged} acknowledged; {checked}"
        )
    else:
        console.print(
            f"[green]gate: pass[/]: no new finding at or above {result.fail_on} "
            f"({len(result.findings)} finding(s), {acknowledged} acknowledged); {checked}"
        )


def _headline(item: GateFinding) -> str:
    loc = item.location
    status = "new, fails" if item.failing else item.status
    style = _STYLE[item.level]
    return (
        f"[{style}]{_MARK[item.level]} {escape(visible(item.title))}[/] "
        f"{escape(visible(loc.path))}:{loc.line}:{loc.column} [dim]\\[{status}][/]"
    )
