"""Progress bars of the ``reconcile`` verbs: shown to a person at a terminal only (never when
piped, in CI, or with ``-q``), so that scripts and golden files see no bar."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from reconcile_cli.common import Verbosity, chosen_scheduler, make_executor, verbosity


def show_progress() -> bool:
    """A progress bar only for a person at a terminal: never when piped, in CI, or with -q."""
    return (
        sys.stderr.isatty()
        and not os.environ.get("CI")
        and verbosity() >= Verbosity.normal
    )


@contextlib.contextmanager
def progress_bar(description: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """A bar with the count, total and time left, on a terminal only; yields ``advance(n)``."""
    if not show_progress() or not total:
        yield lambda steps=1: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=_stderr_console(), transient=True) as bar:
        task = bar.add_task(description, total=total)
        yield lambda steps=1: bar.advance(task, steps)


def count_inputs(paths: Sequence[str]) -> int:
    """How many files ``paths`` name (a directory walk, nothing read): a progress bar's total."""
    from claims.load import iter_article_files

    return sum(1 for _ in iter_article_files(list(paths)))


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@contextlib.contextmanager
def progress_callback(description: str) -> Iterator[Callable[[int, int], None]]:
    """A bar for a step that reports ``(done, total)`` as it goes (ingest, grouping): made at
    the first report, when the total is known; on a terminal only."""
    if not show_progress():
        yield lambda done, total: None
        return
    with contextlib.ExitStack() as stack:
        state: dict[str, Any] = {}

        def update(done: int, total: int) -> None:
            if "advance" not in state:
                state["advance"] = stack.enter_context(progress_bar(description, total))
                state["done"] = 0
            state["advance"](done - state["done"])
            state["done"] = done

        yield update


@contextlib.contextmanager
def grouping_progress(size: int) -> Iterator[Any]:
    """The executor ``reconcile()`` would choose for ``size`` claims, wrapped so that each
    pass over the blocks shows a bar (claims done of ``size``, time left) on a terminal;
    ``None`` (let ``reconcile`` choose) when no bar is shown."""
    from reconcile.execution import Executor, auto

    scheduler = chosen_scheduler()
    if not show_progress() or not size:
        if scheduler:
            with make_executor(0, scheduler) as run:
                yield run
        else:
            yield None
        return
    from collections import deque

    class Counted(Executor):
        """Delegates to ``inner``; counts the claims of each block as its result comes back
        (results come in block order)."""

        def __init__(self, inner: Executor) -> None:
            self.inner = inner
            self.workers = inner.workers
            self.passes = 0

        def run_blocks(self, blocks: Iterable[Any], per_block: Any, state: Any) -> Iterator[Any]:
            self.passes += 1
            sizes: deque[int] = deque()

            def fed() -> Iterator[Any]:
                for block in blocks:
                    sizes.append(len(block.claims))
                    yield block

            label = "Grouping claims" if self.passes == 1 else f"Grouping claims ({self.passes})"
            with progress_bar(label, size) as advance:
                for result in self.inner.run_blocks(fed(), per_block, state):
                    advance(sizes.popleft() if sizes else 0)
                    yield result

        def close(self) -> None:
            self.inner.close()

    with make_executor(0, scheduler) if scheduler else auto(size) as inner:
        yield Counted(inner)
