"""``reconcile report PATH...``: every figure of a set of articles, grouped, with verdicts.

Bad input files are one line each on stderr and the others are still read; the exit code is
then 2, after the report. A lexicon file that cannot be read stops before any work, exit 2.
"""

from __future__ import annotations

from datetime import date

import click

from claims.models import Article, Claim
from reconcile.lexicon import Lexicon, LexiconError
from reconcile.pipeline import Report, reconcile
from reconcile_cli.common import (
    ArticleReader,
    check_output,
    input_options,
    open_output,
    output_options,
)
from reports import renderer


def _lexicon(ctx: click.Context, param: click.Parameter, value: str | None) -> Lexicon:
    try:
        return Lexicon.load(value) if value else Lexicon.default()
    except LexiconError as err:
        raise click.BadParameter(str(err), ctx=ctx, param=param) from err


def read(reader: ArticleReader) -> tuple[list[Article], list[Claim]]:
    """The readable articles and their claims, in input order."""
    articles: list[Article] = []
    claims: list[Claim] = []
    for article, found in reader.extracted():
        articles.append(article)
        claims.extend(found)
    return articles, claims


@click.command("report")
@click.argument("paths", nargs=-1, required=True)
@input_options
@output_options("report", default="table")
@click.option("--only", type=click.Choice(["all", "differences", "conflicts"]), default="all",
              show_default=True,
              help="Findings to show: all, everything but consistent, or conflicts only "
                   "(the summary counts all; with --what claims every claim is listed).")
@click.option("--tolerance", type=click.FloatRange(0, 1), default=0.05, show_default=True,
              help="Relative gap under which two figures are a minor discrepancy.")
@click.option("--lexicon", type=click.Path(dir_okay=False), callback=_lexicon,
              help="TOML file of extra concepts (format of reconcile/data/concepts.toml).")
@click.option("--what", type=click.Choice(["findings", "claims"]), default="findings",
              show_default=True,
              help="CSV rows and table: one per finding, or one per claim with its group.")
@click.option("--excel", is_flag=True,
              help="CSV for spreadsheets: UTF-8 BOM, ';' separator, formulas neutralised.")
def report_command(paths: tuple[str, ...], published: date | None, lang: str, jobs: int, fmt: str,
                   output: str | None, only: str, tolerance: float, lexicon: Lexicon,
                   what: str, excel: bool) -> int:
    """Group the figures of the articles at PATHS by what they measure, and check they agree."""
    check_output(fmt, output, excel)
    reader = ArticleReader(paths, published, lang, jobs)
    articles, claims = read(reader)
    result = reconcile(claims, tolerance=tolerance, lexicon=lexicon)
    report = Report(articles=articles, claims=claims, reconciliation=result,
                    stats=reader.stats, only=only)
    with open_output(output) as out:
        renderer("report", fmt)(report, out, what=what, excel=excel)
    return reader.exit_code
