"""``reconcile ingest PATH...``: extract a corpus into the claims store, incrementally."""

from __future__ import annotations

from pathlib import Path

import click

from reconcile.ingest import ingest
from reconcile.store import ClaimStore, StoreError, default_store_path


class InputProblem(click.ClickException):
    """A bad input (missing path, unusable store or baseline): one line, exit code 2."""

    exit_code = 2


def open_store(store: str | None, corpus: tuple[str, ...], *, rebuild: bool) -> ClaimStore:
    """Open the store named by ``--store``, or the default beside the first corpus folder."""
    path = Path(store) if store else default_store_path(corpus)
    try:
        return ClaimStore.open(path, rebuild=rebuild)
    except StoreError as exc:
        raise InputProblem(str(exc)) from None


def check_paths(paths: tuple[str, ...], what: str) -> None:
    """A path that does not exist is an input error (exit 2), named in one line."""
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise InputProblem(f"{what} {path}: no such file or directory")


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--store",
    type=click.Path(dir_okay=False),
    help="SQLite claims store [default: .reconcile/claims.sqlite in the first folder].",
)
@click.option("--rebuild", is_flag=True, help="Delete the store and extract everything again.")
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that extract in parallel [default: one per CPU].",
)
def ingest_command(
    paths: tuple[str, ...], store: str | None, rebuild: bool, jobs: int | None
) -> None:
    """Extract the articles under PATHS into the claims store.

    Only new or changed articles are extracted; articles deleted from disk are dropped.
    """
    check_paths(paths, "corpus")
    with open_store(store, paths, rebuild=rebuild) as claims_store:
        summary = ingest(claims_store, paths, jobs=jobs)
    for error in summary.errors:
        click.echo(f"warning: {error}", err=True)
    click.echo(summary.line(claims_store.path), err=True)
