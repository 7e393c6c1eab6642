"""``reconcile extract PATH...``: every numeric claim of the articles, one record each.

Extraction only: nothing here imports the reconciler, numpy, pint or rapidfuzz, so a
pipeline that only wants the claims starts fast.
"""

from __future__ import annotations

from datetime import date

import click

from reconcile_cli.common import (
    check_output,
    example,
    finish,
    input_options,
    output_for,
    output_options,
    verbosity_options,
)
from reconcile_cli.reading import ArticleReader


@click.command(
    "extract",
    help="Every numeric claim of the articles at PATHS (files, folders, or - for stdin).",
    epilog=example("""
reconcile extract seeds/ --format csv --output claims.csv
cat article.md | reconcile extract - --lang fr --published 2024-09-01
"""),
)
@click.argument("paths", nargs=-1, required=True)
@input_options
@output_options("claims", default="table")
@verbosity_options
def extract_command(
    paths: tuple[str, ...],
    published: date | None,
    lang: str,
    jobs: int,
    fmt: str,
    output: str | None,
) -> None:
    from reports import renderer

    check_output("claims", fmt, output)
    reader = ArticleReader(paths, published, lang, jobs)
    with output_for("claims", fmt, output) as out:
        renderer("claims", fmt)(reader.claims(), out, urls=reader.urls)
    finish(reader.exit_code)
