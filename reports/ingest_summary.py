"""What ``reconcile ingest`` did: one line for people, or JSON for scripts."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from reports import register

if TYPE_CHECKING:
    from pathlib import Path

    from reconcile.ingest import IngestSummary


@register("ingest", "text")
def write_ingest_text(summary: IngestSummary, out: TextIO, *, store: Path) -> None:
    out.write(summary.line(store) + "\n")


@register("ingest", "json")
def write_ingest_json(summary: IngestSummary, out: TextIO, *, store: Path) -> None:
    record = {
        "store": str(store),
        "added": summary.added,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "removed": summary.removed,
        "reindexed": summary.reindexed,
        "errors": [{"path": err.path, "problem": err.problem} for err in summary.errors],
    }
    json.dump(record, out, ensure_ascii=False, indent=2)
    out.write("\n")
