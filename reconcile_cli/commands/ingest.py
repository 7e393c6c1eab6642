"""``reconcile ingest PATH...``: extract a corpus into the claims store, incrementally.

An unreadable article is one line on stderr; the others are still stored, and the exit code is
then 2. The ``--published``/``--lang`` given are remembered in the store, so the gate's own
ingest of the corpus reads it the same way.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from reconcile_cli.common import (
    EXIT_INPUT_ERROR,
    LEXICON_SOURCE,
    InputProblem,
    check_paths,
    chosen_scheduler,
    cpu_jobs,
    detail,
    example,
    finish,
    input_options,
    lexicon_option,
    make_executor,
    output_for,
    output_options,
    report_input_error,
    tolerance_option,
    verbosity,
    verbosity_options,
)
from reconcile_cli.progress import progress_callback

if TYPE_CHECKING:
    from reconcile.ingest import IngestSummary
    from reconcile.store import ClaimStore

__all__ = ["InputProblem", "check_paths", "ingest_command", "open_store", "run_ingest"]

# Store meta key: the --published/--lang of the last ``reconcile ingest``.
INGEST_OPTIONS = "ingest_options"


def open_store(store: str | None, corpus: tuple[str, ...], *, rebuild: bool) -> ClaimStore:
    """Open the store named by ``--store``, or the default beside the first corpus folder."""
    from reconcile.store import ClaimStore, StoreError, default_store_path

    path = Path(store) if store else default_store_path(corpus)
    try:
        return ClaimStore.open(path, rebuild=rebuild)
    except StoreError as exc:
        raise InputProblem(str(exc)) from None


def run_ingest(
    claims_store: ClaimStore,
    paths: tuple[str, ...],
    *,
    jobs: int,
    options: dict[str, Any] | None = None,
) -> IngestSummary:
    """Ingest with a progress bar, reporting each unreadable article as one line.

    ``options`` are the ``--published``/``--lang`` to read the corpus with; ``None`` reuses
    those the last ``reconcile ingest`` stored (what the gate does).
    """
    from reconcile.ingest import ingest

    if options is None:
        options = json.loads(claims_store.get_meta(INGEST_OPTIONS) or "{}")
    else:
        claims_store.set_meta(INGEST_OPTIONS, json.dumps(options, sort_keys=True))
    published = date.fromisoformat(options["published"]) if options.get("published") else None
    scheduler = chosen_scheduler()
    executor = make_executor(jobs, scheduler) if scheduler else None  # else ingest's own
    try:
        with progress_callback("Ingesting articles") as progress:
            summary = ingest(
                claims_store,
                paths,
                jobs=jobs,
                progress=progress,
                published=published,
                language=options.get("language"),
                executor=executor,
            )
    finally:
        if executor is not None:
            executor.close()
    for error in summary.errors:
        report_input_error(error)
    return summary


@click.command(
    "ingest",
    help="Extract the articles under PATHS into the claims store.\n\n"
    "Only new or changed articles are extracted; articles deleted from disk are dropped. "
    "PATHS default to 'corpus' in the config file.",
    epilog=example("""
reconcile ingest articles/ --jobs 0
reconcile ingest articles/ --store ci/claims.sqlite --format json --output ingest.json
"""),
)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--store",
    type=click.Path(dir_okay=False),
    help="SQLite claims store [default: .reconcile/claims.sqlite in the first folder].",
)
@click.option("--rebuild", is_flag=True, help="Delete the store and extract everything again.")
@click.option(
    "--findings/--no-findings",
    default=True,
    show_default=True,
    help="Reconcile the whole stored corpus into the store's findings table when it changed.",
)
@tolerance_option
@lexicon_option
@input_options
@output_options("ingest", default="text")
@verbosity_options
def ingest_command(
    paths: tuple[str, ...],
    store: str | None,
    rebuild: bool,
    findings: bool,
    tolerance: float,
    lexicon: Any,
    published: date | None,
    lang: str,
    jobs: int,
    fmt: str,
    output: str | None,
) -> None:
    from reports import renderer

    if not paths:
        raise click.UsageError("give the corpus PATH... (or 'corpus' in the config file)")
    paths = tuple(paths)
    check_paths(paths, "corpus")
    language = None if lang in ("", "auto") else lang
    if language is not None:
        from claims.language import normalize_language

        try:
            language = normalize_language(language)
        except ValueError as err:
            raise click.BadParameter(str(err), param_hint="'--lang'") from err
    options = {"published": published.isoformat() if published else None, "language": language}
    with open_store(store, paths, rebuild=rebuild) as claims_store:
        summary = run_ingest(claims_store, paths, jobs=cpu_jobs(jobs), options=options)
        where = claims_store.path
        if findings:
            from reconcile.store_findings import refresh_findings

            source = click.get_current_context().meta.get(LEXICON_SOURCE, "")
            written = refresh_findings(
                claims_store, tolerance=tolerance, lexicon=lexicon, lexicon_source=source
            )
            if written is not None:
                detail(f"ingest: {written} finding(s) of the whole corpus written to the store")
    if output is not None or fmt != "text":
        with output_for("ingest", fmt, output) as out:
            renderer("ingest", fmt)(summary, out, store=where)
    elif verbosity():  # the text summary goes to stderr, beside progress; -q silences it
        renderer("ingest", fmt)(summary, sys.stderr, store=where)
    finish(EXIT_INPUT_ERROR if summary.errors else 0)
