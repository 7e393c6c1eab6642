"""Reading the articles a verb is given: bad ones reported as they come, the others extracted
(in a pool of processes or on a cluster behind ``reconcile.execution``), each within its budget."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

import click

from reconcile_cli import progress
from reconcile_cli.common import (
    EXIT_INPUT_ERROR,
    chosen_scheduler,
    cpu_jobs,
    detail,
    make_executor,
    report_input_error,
)

if TYPE_CHECKING:
    from claims.load import InputError
    from claims.models import Article, Claim


class ArticleReader:
    """Loads articles, reports bad ones as they come, and remembers whether any failed."""

    def __init__(
        self, paths: Sequence[str], published: date | None, lang: str, jobs: int = 1
    ) -> None:
        self.paths = paths
        self.jobs = cpu_jobs(jobs)
        self.scheduler = chosen_scheduler()
        self.published = published
        self.language = None if lang in ("", "auto") else lang
        from claims.models import ExtractionStats

        self.failed = 0
        self.articles = 0
        self.stats = ExtractionStats()
        self.urls: dict[str, str] = {}  # article id -> URL from its front matter or metadata

    def __iter__(self) -> Iterator[Article]:
        from claims.load import InputError, load_articles

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
            detail(f"read {item.id} ({item.language or 'language unknown'})")
            yield item

    def extracted(self) -> Iterator[tuple[Article, list[Claim]]]:
        """Every readable article with its claims, in input order. With ``jobs`` above one,
        articles are extracted in a pool of processes, a bounded batch at a time, so memory
        stays flat in the number of articles."""
        from claims.shared import Sharing

        total = progress.count_inputs(self.paths) if progress.show_progress() else None
        sharing = Sharing()  # claims a verb keeps for the run cost their content only
        with progress.progress_bar("Reading articles", total) as advance:
            for article, claims in self._extracted():
                advance(1)
                yield article, sharing.claims(claims)
        detail(self.summary())

    def _extracted(self) -> Iterator[tuple[Article, list[Claim]]]:
        """Each article within its budget (``claims.budget``): one that fails or passes it is
        one error line, and the others go on."""
        from claims.budget import ArticleFailed, GuardedExtract, default_budget, extract_article

        articles: Iterable[Article] = self
        if self.jobs <= 1 and not self.scheduler:
            for article in articles:
                try:
                    found = extract_article(article, self.stats)
                except ArticleFailed as err:
                    self._failed(err)
                    continue
                yield article, found
            return
        from reconcile.execution.extraction import extract_all

        guarded = GuardedExtract(default_budget())  # travels to the workers
        executor = make_executor(self.jobs, self.scheduler)
        try:
            for article, (outcome, stats) in extract_all(articles, executor, guarded):
                if isinstance(outcome, ArticleFailed):
                    self._failed(outcome)
                    continue
                self.stats.merge(stats)
                yield article, outcome
        finally:
            executor.close()

    def claims(self) -> Iterator[Claim]:
        """Claims of every readable article, streamed article by article."""
        for _, found in self.extracted():
            yield from found

    def summary(self) -> str:
        skipped = ", ".join(f"{n} {why}" for why, n in sorted(self.stats.skipped.items()))
        line = (
            f"read {self.articles} article(s), {self.failed} unreadable; "
            f"{self.stats.numbers_seen} numbers seen, {self.stats.claims} claims"
        )
        return f"{line}; skipped: {skipped}" if skipped else line

    def _failed(self, err: InputError) -> None:
        """An article that could not be extracted: one line, the run goes on, exit 2."""
        self.failed += 1
        self.articles -= 1
        report_input_error(err)

    @property
    def exit_code(self) -> int:
        return EXIT_INPUT_ERROR if self.failed else 0
