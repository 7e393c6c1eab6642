"""``reconcile gate NEW... --corpus PATH...``: fail CI on new conflicts, and only on new ones.

An unreadable new article or corpus file is one line on stderr; the rest is still checked and
reported, and the exit code is then 2 (the check was incomplete), whatever was found.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import click

from reconcile_cli.commands.ingest import open_store, run_ingest
from reconcile_cli.common import (
    EXIT_FOUND,
    EXIT_INPUT_ERROR,
    InputProblem,
    check_paths,
    cpu_jobs,
    detail,
    example,
    fail_on_option,
    fail_threshold,
    finish,
    info,
    input_options,
    min_confidence_option,
    output_for,
    output_options,
    report_input_error,
    review_option,
    tolerance_option,
    verbosity_options,
)

if TYPE_CHECKING:
    from reconcile.baseline import Baseline
    from reconcile.gate import GateResult
    from reconcile.review import Review


@click.command(
    "gate",
    help="Check the NEW articles against each other and the corpus.\n\n"
    "Exit 0 when no new finding is at or above --fail-on, 1 when one is, 2 on bad input.",
    epilog=example("""
reconcile gate drafts/new.md --corpus articles/ --baseline .reconcile/baseline.json
git diff --name-only -z main -- drafts/ | xargs -0 reconcile gate --corpus articles/
"""),
)
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
@fail_on_option("conflict", "a new article")
@min_confidence_option(0.5)
@review_option
@input_options
@output_options("gate", default="text")
@tolerance_option
@verbosity_options
def gate_command(
    new: tuple[str, ...],
    corpus: tuple[str, ...],
    store: str | None,
    baseline: str | None,
    update_baseline: bool,
    fail_on: str,
    min_confidence: float,
    review: Review | None,
    published: date | None,
    lang: str,
    jobs: int,
    fmt: str,
    output: str | None,
    tolerance: float,
) -> None:
    if update_baseline and not baseline:
        raise InputProblem("--update-baseline needs --baseline FILE")
    check_paths(new, "article")
    check_paths(corpus, "corpus")
    if not new:
        info("gate: no new articles given; nothing to check")
        return
    from claims.load import InputError, load_articles
    from reconcile.gate import run_gate
    from reconcile.models import Verdict
    from reports import renderer

    acknowledged = _load_baseline(baseline)
    articles = []
    unreadable = 0
    language = None if lang in ("", "auto") else lang
    try:
        loaded = list(load_articles(list(new), published=published, language=language))
    except ValueError as err:
        raise click.BadParameter(str(err)) from err
    for item in loaded:
        if isinstance(item, InputError):
            unreadable += 1
            report_input_error(item)
        else:
            articles.append(item)

    with open_store(store, corpus, rebuild=False) as claims_store:
        summary = run_ingest(claims_store, corpus, jobs=cpu_jobs(jobs))
        unreadable += len(summary.errors)
        if summary.added or summary.updated or summary.removed:
            info(summary.line(claims_store.path))
        else:
            detail(summary.line(claims_store.path))
        result = run_gate(
            articles,
            claims_store,
            fail_on=Verdict(fail_threshold(fail_on)),
            min_confidence=min_confidence,
            tolerance=tolerance,
            baseline=acknowledged,
            review=review,
        )
    for error in result.errors:  # NEW articles past their budget: one line each
        report_input_error(error)
    unreadable += len(result.errors)

    if update_baseline and baseline:
        _acknowledge(result, acknowledged, baseline)
    with output_for("gate", fmt, output) as out:
        renderer("gate", fmt)(result, out)
    finish(EXIT_INPUT_ERROR if unreadable else EXIT_FOUND if result.failed else 0)


def _load_baseline(path: str | None) -> Baseline:
    from reconcile.baseline import Baseline, BaselineError

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
    info(
        f"baseline: {len(result.findings)} finding(s) acknowledged, "
        f"{len(updated.entries)} in {path}"
    )
