"""A report for a fact-checker at a terminal: one panel per group, then what was not checked.

Each panel lists the group's claims as written, with their period and where to find them, and
its findings coloured by verdict. The summary says how many numbers were seen, how many became
claims, and how many could not be compared and why. With ``what="claims"`` the panels give way
to one table of every claim by group (``reports.grouped_claims``), above the same summary.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TextIO

from rich.console import Group as Stack
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claims.models import Claim
from reconcile.models import Finding, Group, Report, Verdict
from reports import register
from reports._console import console as make_console
from reports.grouped_claims import grouped_claims_table
from reports.rows import period_label
from reports.safe import rich_text, visible

COLOURS: dict[Verdict, str] = {
    Verdict.consistent: "green",
    Verdict.minor_discrepancy: "yellow",
    Verdict.conflict: "bold red",
    Verdict.period_mismatch: "cyan",
    Verdict.change: "magenta",
}
OTHER_CHECKS = "other checks"


def _claims_table(report: Report, group: Group) -> Table:
    by_id = {c.id: c for c in report.claims}
    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in ("figure", "period", "where", "counted", "frame"):
        table.add_column(column, overflow="fold")
    for claim_id in group.claim_ids:
        claim = by_id[claim_id]
        cells = (claim.surface, period_label(claim) or "—", f"{claim.article}:{claim.line}",
                 claim.counted, frame_label(claim))
        table.add_row(*map(rich_text, cells))  # shown, never read as markup
    return table


def frame_label(claim: Claim) -> str:
    """The frame slots a claim fills besides what it counts, as ``slot: phrase`` pairs."""
    slots = ("event", "place", "whole", "entity", "source")
    return "; ".join(f"{s}: {v}" for s in slots if (v := getattr(claim, s, None)))


def _finding_line(finding: Finding) -> Text:
    verdict = finding.verdict.value + (f" ({finding.detail})" if finding.detail else "")
    line = Text(f"{finding.id} ", style="dim")
    line.append(verdict, style=COLOURS[finding.verdict])
    if finding.verdict is Verdict.conflict or finding.confidence < 1.0:
        line.append(f" [confidence {finding.confidence:.2f}]", style="dim")
    line.append(f": {visible(finding.explanation)}")
    if finding.verdict in (Verdict.conflict, Verdict.minor_discrepancy):
        for assumed in finding.assumptions:  # (all findings carry theirs in CSV and JSON)
            line.append(f"\n  assumed: {visible(assumed)}", style="dim")
    return line


def _panels(report: Report) -> list[Panel]:
    by_group: dict[str | None, list[Finding]] = defaultdict(list)
    for finding in report.shown():
        by_group[finding.group_id].append(finding)
    panels = []
    for group in report.reconciliation.groups:
        findings = by_group.get(group.id, [])
        if not findings and (report.only != "all" or len(group.members) < 2):
            continue
        body = Stack(_claims_table(report, group), Text(""), *map(_finding_line, findings))
        title = rich_text(f"{group.id} · {group.label} ({group.kind})")
        panels.append(Panel(body, title=title, title_align="left"))
    loose = [f for key, found in by_group.items() if key is None for f in found]
    if loose:
        panels.append(Panel(Stack(*map(_finding_line, loose)), title=OTHER_CHECKS,
                            title_align="left"))
    return panels


def _summary(report: Report) -> Table:
    result = report.reconciliation
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    shared = sum(1 for g in result.groups if len(g.members) > 1)
    table.add_row("articles read", str(len(report.articles)))
    table.add_row("numbers seen", str(report.stats.numbers_seen))
    table.add_row("claims", str(len(report.claims)))
    table.add_row("groups", f"{len(result.groups)} ({shared} with more than one claim)")
    counts = Text()
    for verdict, n in report.verdict_counts().items():
        counts.append(f"{verdict} {n}  ", style=COLOURS[Verdict(verdict)] if n else "dim")
    table.add_row("findings", counts)
    not_compared = sum(result.uncomparable.values())
    reasons = ", ".join(f"{n} {why}" for why, n in result.uncomparable.items())
    table.add_row("not compared", f"{not_compared}" + (f" ({reasons})" if reasons else ""))
    hidden = report.below_confidence()
    if hidden:
        table.add_row("not shown", f"{hidden} unsure conflict(s) below --min-confidence "
                                   f"{report.min_confidence:g} (--min-confidence 0 lists them)")
    return table


@register("report", "table")
def write_report_table(report: Report, out: TextIO, *, what: str = "findings",
                       width: int | None = None, **_: object) -> None:
    """``what="findings"``: the panels of the groups with findings (as ``report.only`` asks);
    ``what="claims"``: every claim, grouped, wider (as ``extract``'s table). Then the summary."""
    summary = Panel(_summary(report), title="summary", title_align="left")
    if what == "claims":
        console = make_console(out, width, plain_width=160)
        table = grouped_claims_table(report, console.width)
        console.print(table)
        widest = max(console.measure(table).maximum, console.measure(summary).maximum)
        summary.width = min(console.width, widest)  # as wide as the table, not the terminal
    else:
        console = make_console(out, width, plain_width=120)
        for panel in _panels(report):
            console.print(panel)
    console.print(summary)
