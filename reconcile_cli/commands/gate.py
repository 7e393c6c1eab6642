"""``reconcile gate NEW... --corpus PATH...``: fail CI on new conflicts, and only on new ones."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TextIO

import click

from claims.load import InputError, load_articles
from reconcile.baseline import Baseline, BaselineError
from reconcile.gate import GateResult, run_gate
from reconcile.ingest import ingest
from reconcile.models import Verdict
from reconcile_cli.commands.ingest import InputProblem, check_paths, open_store
from reports import formats, renderer

FAIL_ON = [str(Verdict.conflict), str(Verdict.minor_discrepancy), str(Verdict.period_mismatch)]


@click.command("gate")
@click.argument("new", nargs=-1, type=click.Path())
@click.option(
    "--corpus",
    multiple=True,
    required=True,
    type=click.Path(),
    help="Published articles to compare with (repeatable).",
)
@click.option(
    "--store",
    type=click.Path(dir_okay=False),
    help="SQLite claims store [default: .reconcile/claims.sqlite in the first corpus folder].",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="JSON file of acknowledged findings; they are reported but never fail.",
)
@click.option(
    "--update-baseline",
    is_flag=True,
    help="Acknowledge every current finding in --baseline (reasons kept) and exit 0.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default=str(Verdict.conflict),
    show_default=True,
    help="Least severe verdict that fails the gate.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(formats("gate")),
    default="text",
    show_default=True,
    help="text for people, github for Actions annotations, sarif for code scanning, json.",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write the report to this file."
)
@click.option(
    "--tolerance",
    type=click.FloatRange(min=0, max=1),
    default=0.05,
    show_default=True,
    help="Relative gap under which different values are a minor discrepancy.",
)
def gate_command(
    new: tuple[str, ...],
    corpus: tuple[str, ...],
    store: str | None,
    baseline: str | None,
    update_baseline: bool,
    fail_on: str,
    fmt: str,
    output: str | None,
    tolerance: float,
) -> None:
    """Check the NEW articles against each other and the corpus.

    Exit 0 when no new finding is at or above --fail-on, 1 when one is, 2 on bad input.
    """
    if update_baseline and not baseline:
        raise InputProblem("--update-baseline needs --baseline FILE")
    check_paths(new, "article")
    check_paths(corpus, "corpus")
    if not new:
        click.echo("gate: no new articles given; nothing to check", err=True)
        return
    acknowledged = _load_baseline(baseline)
    articles = []
    for item in load_articles(list(new)):
        if isinstance(item, InputError):
            raise InputProblem(str(item))
        articles.append(item)

    with open_store(store, corpus, rebuild=False) as claims_store:
        summary = ingest(claims_store, corpus)
        for error in summary.errors:
            click.echo(f"warning: {error}", err=True)
        if summary.added or summary.updated or summary.removed:
            click.echo(summary.line(claims_store.path), err=True)
        result = run_gate(
            articles,
            claims_store,
            fail_on=Verdict(fail_on),
            tolerance=tolerance,
            baseline=acknowledged,
        )

    if update_baseline and baseline:
        _acknowledge(result, acknowledged, baseline)
    with _open_output(output) as out:
        renderer("gate", fmt)(result, out)
    if result.failed:
        sys.exit(1)


def _load_baseline(path: str | None) -> Baseline:
    if not path:
        return Baseline()
    try:
        return Baseline.load(path)
    except BaselineError as exc:
        raise InputProblem(str(exc)) from None


def _acknowledge(result: GateResult, baseline: Baseline, path: str) -> None:
    """Write every current finding into the baseline; the run then passes."""
    updated = baseline.updated([f.entry for f in result.findings], result.articles)
    updated.save(path)
    for item in result.findings:
        item.status, item.failing = "acknowledged", False
        item.reason = updated.reason(item.fingerprint)
    click.echo(
        f"baseline: {len(result.findings)} finding(s) acknowledged, "
        f"{len(updated.entries)} in {path}",
        err=True,
    )


def _open_output(output: str | None) -> nullcontext[TextIO] | TextIO:
    if not output:
        return nullcontext(sys.stdout)
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    return open(output, "w", encoding="utf-8")  # closed by the caller's with
