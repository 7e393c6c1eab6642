"""``reconcile.reconcile(claims)`` for notebooks: the pipeline's result with its inputs, as
DataFrames or any format the CLI writes.

Large inputs (from ``execution.PARALLEL_FROM`` claims) are grouped in worker processes started
by a fork server. From a notebook nothing more is needed: its cells are not a module the workers
re-import. A *script* that reconciles at import time needs ``if __name__ == "__main__":`` (see
docs/python.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from claims.models import Article, Claim, ExtractionStats
from reconcile.lexicon import Lexicon
from reconcile.models import Finding, Group, Only, Report
from reconcile.pipeline import published_days
from reconcile.pipeline import reconcile as reconcile_claims

if TYPE_CHECKING:
    import pandas as pd


class Result(Report):
    """What ``reconcile()`` found, with the claims (and articles) it was given."""

    @property
    def findings(self) -> list[Finding]:
        return self.shown()

    @property
    def groups(self) -> list[Group]:
        return self.reconciliation.groups

    def findings_frame(self) -> pd.DataFrame:
        """One row per finding, the ``report --format csv`` columns (plus ``group_id`` and
        ``claim_ids``), typed."""
        from reports.frames import findings_frame

        return findings_frame(self)

    def claims_frame(self) -> pd.DataFrame:
        """One row per claim with its ``group_id`` and ``group_label``, typed."""
        from reports.frames import report_claims_frame

        return report_claims_frame(self)

    def save(self, path: str | Path, fmt: str | None = None, **options: object) -> Path:
        """Write the report as ``reconcile report --format FMT`` would (``html``, ``xlsx``,
        ``csv``, ``json``, ``jsonl``...); the format defaults to the file's suffix."""
        from reconcile.atomic import atomic_open
        from reports import renderer

        path = Path(path)
        fmt = fmt or path.suffix.lstrip(".").lower()
        write = renderer("report", fmt)
        with atomic_open(path) as out:  # whole or not at all: no partial report on a full disk
            write(self, out, **options)
        return path


def reconcile(
    claims: Iterable[Claim],
    *,
    articles: Iterable[Article] = (),
    tolerance: float = 0.05,
    lexicon: Lexicon | str | Path | None = None,
    only: Only = "all",
    jobs: int | None = None,
) -> Result:
    """Group ``claims`` by what they measure and compare the figures of each group, as
    ``reconcile report`` does. ``articles`` (from ``claims.load``) give the HTML report and
    the workbook their titles and links; ``lexicon`` is a ``Lexicon`` or a TOML file's path;
    ``jobs`` the processes to group in (0: one per CPU; by default, inline for small inputs
    and one per CPU for large ones)."""
    claims, articles = list(claims), list(articles)
    if isinstance(lexicon, str | Path):
        lexicon = Lexicon.load(str(lexicon))
    published = published_days(articles)
    if jobs is None:
        found = reconcile_claims(claims, tolerance=tolerance, lexicon=lexicon,
                                 published=published)
    else:
        from reconcile.execution import executor_for

        with executor_for(jobs) as run:
            found = reconcile_claims(claims, tolerance=tolerance, lexicon=lexicon, executor=run,
                                     published=published)
    stats = ExtractionStats(claims=len(claims))
    return Result(articles=articles, claims=claims, reconciliation=found, stats=stats,
                  only=only)
