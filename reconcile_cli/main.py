"""The ``reconcile`` command line: one click group, one module per verb in ``commands/``.

Bad input never shows a traceback: each bad file is one line on stderr naming it, the other
files are still processed, and the exit code is 2. Usage errors (an unknown option) are one
line too. Heavy modules (numpy, pint, rapidfuzz, the reconciler) are imported by the verbs
that need them, when they run: ``reconcile --help`` and ``reconcile extract`` never load them.
"""

from __future__ import annotations

import atexit
import gc
import sys
from pathlib import Path
from typing import Any

import click

from reconcile_cli.commands.extract import extract_command
from reconcile_cli.commands.gate import gate_command
from reconcile_cli.commands.ingest import ingest_command
from reconcile_cli.commands.report import report_command
from reconcile_cli.common import (  # re-exported: scripts import them from here
    EXIT_INPUT_ERROR,
    check_output,
    example,
    input_options,
    open_output,
    output_options,
    report_input_error,
)
from reconcile_cli.progress import show_progress
from reconcile_cli.reading import ArticleReader

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


class OneLineErrors(click.Group):
    """A group whose usage errors are one line (``reconcile: error: ...``) and exit 2."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        # At exit, Python collects garbage once more, walking every claim and finding still
        # held (8 s after a million claims) just before the process frees them all: objects
        # frozen first are skipped. Registered here, when the CLI runs, never at import.
        atexit.register(gc.freeze)
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
        except OSError as err:  # --output /dev/full, a disk that fills: one line, exit 2
            where = f"{err.filename}: " if err.filename else "output: "
            click.echo(f"reconcile: error: {where}{err.strerror or err}", err=True)
            sys.exit(EXIT_INPUT_ERROR)
        except Exception as err:
            from reconcile.store import StoreError  # late: --help imports no store

            if not isinstance(err, StoreError):
                raise
            click.echo(f"reconcile: error: {err}", err=True)
            sys.exit(EXIT_INPUT_ERROR)
        sys.exit(result if isinstance(result, int) else 0)


def _config(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Load the config file (``--config``, else the nearest one) into click's defaults."""
    if ctx.resilient_parsing:
        return value
    from reconcile_cli import config
    path = Path(value) if value else config.find(Path.cwd())
    if path is None:
        return value
    try:
        ctx.default_map = config.load(path)
    except config.ConfigError as err:
        raise click.BadParameter(str(err), ctx=ctx, param=param) from None
    return value


@click.group(
    cls=OneLineErrors,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=example("reconcile report seeds/ --only conflicts --fail-on conflict"),
)
@click.version_option(package_name="claim-reconciler", prog_name="reconcile")
@click.option(
    "--config",
    type=click.Path(dir_okay=False, exists=True),
    callback=_config,
    is_eager=True,
    expose_value=False,
    help="Config file [default: the nearest .reconcile.toml, or pyproject.toml with a "
    "[tool.reconcile] table]. The command line wins over it.",
)
def main() -> None:
    """Extract the figures of news articles and reconcile those that measure the same thing.

    Exit codes: 0 all good, 1 findings at --fail-on (gate, report), 2 bad input or usage.
    """


main.add_command(extract_command)
main.add_command(report_command)
main.add_command(ingest_command)
main.add_command(gate_command)
