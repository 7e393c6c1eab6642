"""The ``reconcile`` command line: one click group, shared input and output options.

Bad input never shows a traceback: each bad file is one line on stderr naming it, the other
files are still processed, and the exit code is 2. Usage errors (an unknown option) are one
line too.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any, TextIO

import click

from claims.load import InputError, load_articles
from claims.models import Article, Claim, ExtractionStats
from reconcile.commands.gate import gate_command
from reconcile.commands.ingest import ingest_command
from reports import formats, renderer

EXIT_INPUT_ERROR = 2


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


def report_input_error(err: InputError | str) -> None:
    """One line on stderr naming the file and the problem."""
    click.echo(f"reconcile: error: {err}", err=True)


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"'{value}' is not a date (expected YYYY-MM-DD)") from err


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--published`` and ``--lang``, shared by every verb that reads articles."""
    func = click.option(
        "--lang",
        "lang",
        default="auto",
        show_default=True,
        help="Language of the articles: auto, or a language code (fr, en).",
    )(func)
    func = click.option(
        "--published",
        callback=_parse_date,
        metavar="DATE",
        help="Publication date (YYYY-MM-DD) for articles that carry none; wins over metadata.",
    )(func)
    return func


def output_options(kind: str, default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--format`` (the renderers registered for ``kind``) and ``--output``."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        func = click.option(
            "--output",
            "-o",
            type=click.Path(dir_okay=False, writable=True),
            default=None,
            help="Write to this file instead of standard output.",
        )(func)
        func = click.option(
            "--format",
            "fmt",
            type=click.Choice(formats(kind)),
            default=default,
            show_default=True,
            help="Output format.",
        )(func)
        return func

    return decorate


@contextlib.contextmanager
def open_output(path: str | None, *, bom: bool = False) -> Iterator[TextIO]:
    """Standard output, or a UTF-8 file (with a BOM for spreadsheets when asked)."""
    if path is None:
        yield sys.stdout
        return
    try:
        handle = open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="")  # noqa: SIM115
    except OSError as err:
        raise click.ClickException(f"{path}: cannot write ({err.strerror})") from err
    with handle:
        yield handle


def show_progress() -> bool:
    """A progress bar only for a person at a terminal: never when piped or in CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


class ArticleReader:
    """Loads articles, reports bad ones as they come, and remembers whether any failed."""

    def __init__(self, paths: Sequence[str], published: date | None, lang: str) -> None:
        self.paths = paths
        self.published = published
        self.language = None if lang in ("", "auto") else lang
        self.failed = 0
        self.articles = 0
        self.stats = ExtractionStats()

    def __iter__(self) -> Iterator[Article]:
        try:
            loaded = load_articles(
                self.paths, published=self.published, language=self.language, stdin=sys.stdin
            )
        except ValueError as err:
            raise click.BadParameter(str(err)) from err
        for item in loaded:
            if isinstance(item, InputError):
                self.failed += 1
                report_input_error(item)
                continue
            self.articles += 1
            yield item

    def claims(self) -> Iterator[Claim]:
        """Claims of every readable article, streamed article by article."""
        from claims import extract

        articles: Iterable[Article] = self
        if show_progress():
            from rich.progress import track

            articles = track(
                self, description="Reading articles", console=_stderr_console(), transient=True
            )
        for article in articles:
            yield from extract(article, self.stats)

    @property
    def exit_code(self) -> int:
        return EXIT_INPUT_ERROR if self.failed else 0


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claim-reconciler", prog_name="reconcile")
def main() -> None:
    """Extract the figures of news articles and reconcile those that measure the same thing."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@input_options
@output_options("claims", default="table")
def extract(
    paths: tuple[str, ...], published: date | None, lang: str, fmt: str, output: str | None
) -> int:
    """Every numeric claim of the articles at PATHS (files, folders, or - for stdin)."""
    reader = ArticleReader(paths, published, lang)
    with open_output(output) as out:
        renderer("claims", fmt)(reader.claims(), out)
    return reader.exit_code


main.add_command(ingest_command)
main.add_command(gate_command)
from reconcile.commands.report import report_command  # noqa: E402  (it imports this module)

main.add_command(report_command)

if __name__ == "__main__":
    main()
