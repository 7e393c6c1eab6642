"""Helpers every ``reconcile`` verb shares: reading articles, input and output options.

They live apart from ``reconcile_cli.main`` so that verb modules (``reconcile_cli.commands.*``)
never import the CLI entry point, which may be running as ``__main__``.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from typing import Any, TextIO

import click

from claims import extract
from claims.load import InputError, load_articles
from claims.models import Article, Claim, ExtractionStats
from reports import formats

EXIT_INPUT_ERROR = 2


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
    """``--published``, ``--lang`` and ``--jobs``, shared by every verb that reads articles."""
    func = click.option(
        "--lang",
        "lang",
        default="auto",
        show_default=True,
        help="Language of the articles: auto, or a language code (fr, en).",
    )(func)
    func = click.option(
        "--jobs",
        "-j",
        type=click.IntRange(0),
        default=1,
        show_default=True,
        help="Processes that extract articles in parallel (0: one per CPU).",
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


BINARY_FORMATS = frozenset({"xlsx"})


def check_output(fmt: str, output: str | None, excel: bool = False) -> None:
    """Refuse, before any work, what cannot be written: ``--excel`` is a CSV variant, and a
    binary workbook is never sent to a terminal."""
    if excel and fmt != "csv":
        raise click.UsageError(
            f"--excel applies to --format csv only (got --format {fmt}); "
            "for a workbook use --format xlsx"
        )
    if fmt in BINARY_FORMATS and output is None and sys.stdout.isatty():
        raise click.UsageError(f"--format {fmt} writes a binary file: give --output FILE")


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

    def __init__(
        self, paths: Sequence[str], published: date | None, lang: str, jobs: int = 1
    ) -> None:
        self.paths = paths
        self.jobs = jobs or os.cpu_count() or 1
        self.published = published
        self.language = None if lang in ("", "auto") else lang
        self.failed = 0
        self.articles = 0
        self.stats = ExtractionStats()
        self.urls: dict[str, str] = {}  # article id -> URL from its front matter or metadata

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
            if item.url:
                self.urls[item.id] = item.url
            yield item

    def extracted(self) -> Iterator[tuple[Article, list[Claim]]]:
        """Every readable article with its claims, in input order. With ``jobs`` above one,
        articles are extracted in a pool of processes, a bounded batch at a time, so memory
        stays flat in the number of articles."""
        articles: Iterable[Article] = self
        if show_progress():
            from rich.progress import track

            articles = track(
                self, description="Reading articles", console=_stderr_console(), transient=True
            )
        if self.jobs <= 1:
            for article in articles:
                yield article, extract(article, self.stats)
            return
        with ProcessPoolExecutor(self.jobs) as pool:
            batch: list[Article] = []
            for article in itertools.chain(articles, [None]):
                if article is not None:
                    batch.append(article)
                if batch and (article is None or len(batch) >= 8 * self.jobs):
                    for done, (found, stats) in zip(
                        batch, pool.map(_extract_with_stats, batch), strict=True
                    ):
                        self.stats.merge(stats)
                        yield done, found
                    batch = []

    def claims(self) -> Iterator[Claim]:
        """Claims of every readable article, streamed article by article."""
        for _, found in self.extracted():
            yield from found

    @property
    def exit_code(self) -> int:
        return EXIT_INPUT_ERROR if self.failed else 0


def _extract_with_stats(article: Article) -> tuple[list[Claim], ExtractionStats]:
    """Extraction in a worker process: the claims, and what was seen on the way."""
    stats = ExtractionStats()
    return extract(article, stats), stats


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)
