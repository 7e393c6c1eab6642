"""``reconcile report PATH...``: every figure of a set of articles, grouped, with verdicts.

Bad input files are one line each on stderr and the others are still read; the exit code is
then 2, after the report. A lexicon file that cannot be read stops before any work, exit 2.
With ``--fail-on``, findings that severe make the exit code 1 (bad input still wins: 2).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import click

from reconcile_cli.common import (
    EXIT_FOUND,
    check_output,
    example,
    fail_on_option,
    fail_threshold,
    finish,
    info,
    input_options,
    lexicon_option,
    min_confidence_option,
    output_for,
    output_options,
    review_option,
    tolerance_option,
    verbosity_options,
)
from reconcile_cli.progress import grouping_progress
from reconcile_cli.reading import ArticleReader

if TYPE_CHECKING:
    from claims.models import Article, Claim


def read(reader: ArticleReader) -> tuple[list[Article], list[Claim]]:
    """The readable articles and their claims, in input order."""
    articles: list[Article] = []
    claims: list[Claim] = []
    for article, found in reader.extracted():
        articles.append(article)
        claims.extend(found)
    return articles, claims


@click.command(
    "report",
    help="Group the figures of the articles at PATHS by what they measure, and check they agree.",
    epilog=example("""
reconcile report seeds/ --only differences
reconcile report seeds/ --format csv --excel --output findings.csv
reconcile report articles/ --fail-on conflict -q   # exit 1 on a conflict
"""),
)
@click.argument("paths", nargs=-1, required=True)
@input_options
@output_options("report", default="table")
@click.option("--only", type=click.Choice(["all", "differences", "conflicts"]), default="all",
              show_default=True,
              help="Findings to show: all, everything but consistent, or conflicts only "
                   "(the summary counts all; with --what claims every claim is listed).")
@tolerance_option
@min_confidence_option(0.5)  # MIN_CONFIDENCE of reconcile.assess, as the gate
@lexicon_option
@review_option
@click.option("--what", type=click.Choice(["findings", "claims"]), default="findings",
              show_default=True,
              help="CSV rows and table: one per finding, or one per claim with its group.")
@click.option("--excel", is_flag=True,
              help="CSV for spreadsheets: UTF-8 BOM, ';' separator, formulas neutralised "
                   "(only with --format csv).")
@fail_on_option(None, "the report")
@verbosity_options
def report_command(paths: tuple[str, ...], published: date | None, lang: str, jobs: int, fmt: str,
                   output: str | None, only: str, tolerance: float, min_confidence: float,
                   lexicon: Any, review: Any, what: str, excel: bool,
                   fail_on: str | None) -> None:
    check_output("report", fmt, output, excel)
    from reconcile.models import SEVERITY, Verdict
    from reconcile.pipeline import Report, published_days, reconcile
    from reports import renderer

    reader = ArticleReader(paths, published, lang, jobs)
    articles, claims = read(reader)
    with grouping_progress(len(claims)) as executor:
        result = reconcile(claims, tolerance=tolerance, lexicon=lexicon, executor=executor,
                           review=review, published=published_days(articles))
    report = Report(articles=articles, claims=claims, reconciliation=result,
                    stats=reader.stats, only=only, min_confidence=min_confidence)
    with output_for("report", fmt, output) as out:
        renderer("report", fmt)(report, out, what=what, excel=excel)
    failing = 0
    if fail_on:
        threshold = SEVERITY[Verdict(fail_threshold(fail_on))]
        failing = sum(
            SEVERITY[f.verdict] >= threshold
            and f.sure(min_confidence)
            and f.id not in result.reviewed  # a person found it fine
            for f in result.findings
        )
        if failing:
            info(f"report: {failing} finding(s) at --fail-on {fail_on} or worse")
    finish(reader.exit_code or (EXIT_FOUND if failing else 0))
