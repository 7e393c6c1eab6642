"""Options and helpers every ``reconcile`` verb shares: one meaning for each option everywhere.

Every verb is built from the same decorators (sqlite-utils' ``output_options`` is the model):

* ``input_options``: ``--published``, ``--lang``, ``--jobs`` (0 = one process per CPU);
* ``output_options(kind, default)``: ``--format`` (choices from ``reports.FORMATS``) and
  ``--output``;
* ``verbosity_options``: ``-q/--quiet`` and ``-v/--verbose``;
* ``fail_on_option``: the least severe verdict that makes the exit code 1.

They live apart from ``reconcile_cli.main`` so that verb modules never import the CLI entry
point, which may be running as ``__main__``. Nothing here imports numpy, pint or rapidfuzz:
``reconcile --help`` and ``reconcile extract`` must start without them.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from reports import describe, formats, is_binary

if TYPE_CHECKING:
    from claims.load import InputError

EXIT_FOUND = 1
EXIT_INPUT_ERROR = 2

# ``--fail-on``: the least severe verdict that fails; "differences" is any verdict but
# consistent and change (period_mismatch and up). The same words for report and gate.
FAIL_ON = ["conflict", "minor_discrepancy", "period_mismatch", "differences"]


class InputProblem(click.ClickException):
    """A bad input that stops the run (missing path, unusable store or baseline): exit 2."""

    exit_code = EXIT_INPUT_ERROR


class Verbosity(IntEnum):
    quiet = 0
    normal = 1
    verbose = 2


_VERBOSITY_KEY = "reconcile.verbosity"


def verbosity() -> Verbosity:
    """The level set by ``-q``/``-v`` for the command running now (normal outside one)."""
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get(_VERBOSITY_KEY, Verbosity.normal) if ctx else Verbosity.normal


def info(message: str) -> None:
    """A line on stderr for a person (a summary); silenced by ``-q``."""
    if verbosity() >= Verbosity.normal:
        click.echo(message, err=True)


def detail(message: str) -> None:
    """A line on stderr shown only with ``-v``."""
    if verbosity() >= Verbosity.verbose:
        click.echo(message, err=True)


def report_input_error(err: InputError | str) -> None:
    """One line on stderr naming the file and the problem; never silenced. With ``--debug``,
    an internal error's traceback follows its line."""
    click.echo(f"reconcile: error: {err}", err=True)
    detail_text = getattr(err, "detail", "")
    if detail_text and _budget().default_budget().debug:
        click.echo(detail_text.rstrip("\n"), err=True)


# The defaults of claims.budget, spelled here so that --help imports no extraction code
# (tests/test_article_budget.py checks they agree).
MAX_ARTICLE_BYTES = 5_000_000
ARTICLE_TIMEOUT = 30.0


def _budget() -> Any:
    from claims import budget

    return budget


def _set_budget(name: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value is not None:
            _budget().configure(**{name: value})

    return callback


def budget_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--max-article-bytes``, ``--article-timeout`` and ``--debug``: what one article may
    cost (``claims.budget``; README "Limits"). They set the run's budget, not a parameter."""
    func = click.option(
        "--debug",
        is_flag=True,
        default=False,
        expose_value=False,
        callback=_set_budget("debug"),
        help="Show the traceback of an internal error after its one-line message.",
    )(func)
    func = click.option(
        "--article-timeout",
        type=click.FloatRange(min=0),
        default=ARTICLE_TIMEOUT,
        show_default=True,
        expose_value=False,
        callback=_set_budget("timeout"),
        metavar="SECONDS",
        help="Time one article may take; past it, one error line and the others go on (0: none).",
    )(func)
    func = click.option(
        "--max-article-bytes",
        type=click.IntRange(min=1),
        default=MAX_ARTICLE_BYTES,
        show_default=True,
        expose_value=False,
        callback=_set_budget("max_bytes"),
        metavar="BYTES",
        help="Larger articles are one error line, not read.",
    )(func)
    return func


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"'{value}' is not a date (expected YYYY-MM-DD)") from err


def cpu_jobs(jobs: int) -> int:
    """``--jobs``: 0 means one process per CPU."""
    return jobs or os.cpu_count() or 1


SCHEDULER = "reconcile.scheduler"


def _remember_scheduler(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value:
        ctx.meta[SCHEDULER] = value


def make_executor(jobs: int, scheduler: str | None) -> Any:
    """``reconcile.execution.executor_for``; a scheduler that does not answer is one error
    line, exit 2."""
    from reconcile.execution import executor_for

    try:
        return executor_for(jobs, scheduler)
    except OSError as err:
        raise InputProblem(str(err)) from None


def chosen_scheduler() -> str | None:
    """The ``--scheduler`` address of the running command (or its config file), if any."""
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get(SCHEDULER) if ctx is not None else None


def scheduler_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--scheduler ADDRESS``: run extraction (and grouping) on a Dask cluster. Read through
    ``chosen_scheduler()``, so verbs need no parameter for it."""
    return click.option(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        expose_value=False,
        callback=_remember_scheduler,
        help="Dask scheduler (tcp://host:8786) to extract and group on, instead of --jobs "
             "processes here; needs dask[distributed] (README: 'Past one machine').",
    )(func)


def _shipped_languages() -> list[str]:
    """The language folders under ``claims/lang``, found without importing ``claims``: the help
    of every verb prints them, and ``reconcile --help`` must stay fast."""
    spec = importlib.util.find_spec("claims")
    if spec is None or spec.origin is None:
        return []
    lang_dir = Path(spec.origin).parent / "lang"
    folders = {p.parent.name for p in lang_dir.glob("*/*.toml")}
    return sorted(name for name in folders if name.isidentifier())


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--published``, ``--lang``, ``--jobs``, ``--scheduler`` and the article budget
    (``budget_options``), shared by every verb that reads articles."""
    func = scheduler_option(func)
    func = click.option(
        "--lang",
        "lang",
        default="auto",
        show_default=True,
        help="Language of the articles: auto, or a language code "
        f"({', '.join(_shipped_languages())}).",
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
    return budget_options(func)


def output_options(kind: str, default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--format`` (the formats ``reports.FORMATS`` lists for ``kind``) and ``--output``."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        func = click.option(
            "--output",
            "-o",
            type=click.Path(dir_okay=False),
            default=None,
            help="Write to this file (folders made as needed) instead of standard output.",
        )(func)
        func = click.option(
            "--format",
            "fmt",
            type=click.Choice(formats(kind)),
            default=default,
            show_default=True,
            help=f"Output format ({describe(kind)}).",
        )(func)
        return func

    return decorate


def _set_verbosity(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    if value:
        level = Verbosity.quiet if param.name == "quiet" else Verbosity.verbose
        current = ctx.meta.get(_VERBOSITY_KEY, Verbosity.normal)
        if current != Verbosity.normal and current != level:
            raise click.UsageError("-q and -v cannot be used together", ctx=ctx)
        ctx.meta[_VERBOSITY_KEY] = level
    return value


def verbosity_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``-q/--quiet`` (errors only) and ``-v/--verbose`` (what was read and skipped)."""
    func = click.option(
        "--verbose",
        "-v",
        is_flag=True,
        expose_value=False,
        is_eager=True,
        callback=_set_verbosity,
        help="Also say what was read, extracted and skipped, on stderr.",
    )(func)
    func = click.option(
        "--quiet",
        "-q",
        is_flag=True,
        expose_value=False,
        is_eager=True,
        callback=_set_verbosity,
        help="Print errors only on stderr: no progress bar, no summary.",
    )(func)
    return func


def fail_on_option(default: str | None, what: str) -> Callable[[Callable[..., Any]], Any]:
    """``--fail-on``: the least severe verdict that makes the exit code 1."""
    return click.option(
        "--fail-on",
        type=click.Choice(FAIL_ON),
        default=default,
        show_default=default is not None,
        help=f"Exit 1 when {what} has a finding this severe or worse "
        "(differences: any verdict but consistent and change).",
    )


def fail_threshold(fail_on: str) -> str:
    """The verdict whose severity ``--fail-on`` names ("differences" is period_mismatch)."""
    return "period_mismatch" if fail_on == "differences" else fail_on


LEXICON_SOURCE = "reconcile.lexicon_source"


def _lexicon(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    from reconcile.lexicon import Lexicon, LexiconError

    try:
        lexicon = Lexicon.load(value) if value else Lexicon.default()
    except LexiconError as err:
        raise click.BadParameter(str(err), ctx=ctx, param=param) from err
    ctx.meta[LEXICON_SOURCE] = Path(value).read_text(encoding="utf-8") if value else ""
    return lexicon


def lexicon_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--lexicon FILE``: extra concepts for grouping (a Lexicon reaches the command)."""
    return click.option(
        "--lexicon",
        type=click.Path(dir_okay=False),
        callback=_lexicon,
        help="TOML file of extra concepts (format of claims/data/concepts.toml).",
    )(func)


def _review(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    if not value:
        return None
    from reconcile.review import Review, ReviewError

    try:
        return Review.load(value)
    except ReviewError as err:
        raise InputProblem(str(err)) from None


def review_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--review FILE``: a person's decisions (split, merge, fine; TOML or YAML, see
    ``reconcile.review``) applied to the groups and findings; a bad file is one line, exit 2."""
    return click.option(
        "--review",
        type=click.Path(dir_okay=False),
        callback=_review,
        metavar="FILE",
        help="TOML or YAML file of a person's decisions: claims to split apart or merge, "
        "findings checked and fine (docs/gate.md, 'Review decisions').",
    )(func)


def min_confidence_option(default: float) -> Callable[[Callable[..., Any]], Any]:
    """``--min-confidence X``: conflicts less sure than this neither show (report) nor fail
    (gate, where they are warnings)."""
    return click.option(
        "--min-confidence",
        type=click.FloatRange(0, 1),
        default=default,
        show_default=True,
        help="Conflicts below this confidence (0-1) are left out of the report and are only "
        "warnings for the gate.",
    )


def tolerance_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--tolerance X``: the relative gap under which two figures are a minor discrepancy."""
    return click.option(
        "--tolerance",
        type=click.FloatRange(0, 1),
        default=0.05,
        show_default=True,
        help="Relative gap under which two figures are a minor discrepancy.",
    )(func)


def example(text: str) -> str:
    """The ``Example:`` block that ends a command's ``--help``: its epilog, kept as written
    (click rewraps text unless a paragraph starts with ``\\b``)."""
    lines = "\n".join(f"  {line}" if line else "" for line in text.strip("\n").splitlines())
    return f"\b\nExample:\n{lines}"


def check_output(kind: str, fmt: str, output: str | None, excel: bool = False) -> None:
    """Refuse, before any work, what cannot be written: ``--excel`` is a CSV variant, and a
    binary workbook is never sent to a terminal."""
    if excel and fmt != "csv":
        raise click.UsageError(
            f"--excel applies to --format csv only (got --format {fmt}); "
            "for a workbook use --format xlsx"
        )
    if is_binary(kind, fmt) and output is None and sys.stdout.isatty():
        raise click.UsageError(f"--format {fmt} writes a binary file: give --output FILE")


@contextlib.contextmanager
def open_output(
    path: str | None, *, bom: bool = False, binary: bool = False
) -> Iterator[IO[Any]]:
    """Standard output, or a file (UTF-8, with a BOM for spreadsheets when asked; bytes for a
    binary format) whose folder is made when missing. The file is written whole or not at all
    (``reconcile.atomic``: a temporary file in the same folder, renamed when complete), so a
    full disk or an interrupt never leaves a partial report; a file that cannot be written is
    one line and exit 2."""
    if path is None:
        yield sys.stdout.buffer if binary else sys.stdout
        return
    from reconcile.atomic import WriteFailed, atomic_open

    try:
        with atomic_open(
            path, binary=binary, encoding="utf-8-sig" if bom else "utf-8", newline=""
        ) as handle:
            yield handle
    except WriteFailed as err:
        raise InputProblem(str(err)) from None


def output_for(kind: str, fmt: str, path: str | None, *, bom: bool = False) -> Any:
    """``open_output`` in the mode the format writes (text, or bytes for a workbook)."""
    return open_output(path, bom=bom, binary=is_binary(kind, fmt))


def check_paths(paths: Sequence[str], what: str) -> None:
    """A path that does not exist is an input error (exit 2), named in one line."""
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise InputProblem(f"{what} {path}: no such file or directory")


def finish(code: int) -> None:
    """End the command with ``code`` (0, 1 findings, 2 bad input), however it was invoked."""
    if code:
        raise click.exceptions.Exit(code)
