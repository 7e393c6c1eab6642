"""The ``reconcile`` command line: one click group, shared input and output options.

Bad input never shows a traceback: each bad file is one line on stderr naming it, the other
files are still processed, and the exit code is 2. Usage errors (an unknown option) are one
line too.
"""

from __future__ import annotations

import atexit
import gc
import sys
from datetime import date
from typing import Any

import click

from reconcile_cli.commands.gate import gate_command
from reconcile_cli.commands.ingest import ingest_command
from reconcile_cli.commands.report import report_command
from reconcile_cli.common import (  # re-exported: scripts import them from here
    EXIT_INPUT_ERROR,
    ArticleReader,
    check_output,
    input_options,
    open_output,
    output_options,
    report_input_error,
    show_progress,
)
from reports import renderer

__all__ = [
    "EXIT_INPUT_ERROR",
    "ArticleReader",
    "check_output",
    "input_options",
    "main",
    "open_output",
    "output_options",
    "report_input_error",
    "show_progress",
]


# At exit, Python collects garbage once more, walking every claim and finding still held
# (8 s after a million claims) just before the process frees them all: objects frozen first
# are skipped. Exit handlers run before that collection.
atexit.register(gc.freeze)


class OneLineErrors(click.Group):
    """A group whose usage errors are one line (``reconcile: error: ...``) and exit 2."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)
        except click.UsageError as err:
            hint = f" (see '{err.ctx.command_path} --help')" if err.ctx else ""
            click.echo(f"reconcile: error: {err.format_message()}{hint}", err=True)
            sys.exit(EXIT_INPUT_ERROR)
        except click.ClickException as err:
            click.echo(f"reconcile: error: {err.format_message()}", err=True)
            sys.exit(err.exit_code)
        except click.Abort:
            click.echo("reconcile: aborted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)
        sys.exit(result if isinstance(result, int) else 0)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claim-reconciler", prog_name="reconcile")
def main() -> None:
    """Extract the figures of news articles and reconcile those that measure the same thing."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@input_options
@output_options("claims", default="table")
def extract(
    paths: tuple[str, ...],
    published: date | None,
    lang: str,
    jobs: int,
    fmt: str,
    output: str | None,
) -> int:
    """Every numeric claim of the articles at PATHS (files, folders, or - for stdin)."""
    check_output(fmt, output)
    reader = ArticleReader(paths, published, lang, jobs)
    with open_output(output) as out:
        renderer("claims", fmt)(reader.claims(), out, urls=reader.urls)
    return reader.exit_code


main.add_command(ingest_command)
main.add_command(gate_command)
main.add_command(report_command)

if __name__ == "__main__":
    main()
