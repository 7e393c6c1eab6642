"""The gate reads tolls told on later days as ``report`` does: by each article's publication day.

A protest day's toll told as eleven dead in Wednesday's article and twelve in Friday's is an
update (reconcile/toll_days.py), and ``report`` says so. The gate must not fail a newsroom's
build on it: it passes the publication days of the new articles and of the stored ones (as
ingested) to the pipeline. Told the same day, the two figures still conflict and fail it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.load import load_articles
from reconcile.gate import run_gate
from reconcile.ingest import ingest
from reconcile.models import Verdict
from reconcile.store import ClaimStore

STORED = "Eleven people were killed during Tuesday's protests in Morvana, a rights group said."
DRAFT = "Twelve people were killed during Tuesday's protests in Morvana, a rights group said."


def _article(day: str, body: str) -> str:
    return f"---\ntitle: Morvana\npublished: {day}\nlanguage: en\n---\n{body}\n"


@pytest.mark.parametrize(("draft_day", "verdicts", "failed"), [
    ("2026-10-16", [], False),  # two days later: an update, which never fails the gate
    ("2026-10-14", [Verdict.conflict], True),  # the same day: two readings disagree
])
def test_a_days_toll_told_later_does_not_fail_the_gate(
    tmp_path: Path, draft_day: str, verdicts: list[Verdict], failed: bool
) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "drafts").mkdir()
    (tmp_path / "articles/wed.md").write_text(_article("2026-10-14", STORED), encoding="utf-8")
    draft = tmp_path / "drafts/fri.md"
    draft.write_text(_article(draft_day, DRAFT), encoding="utf-8")
    with ClaimStore.open(tmp_path / "articles/.reconcile/claims.sqlite") as store:
        ingest(store, [tmp_path / "articles"], jobs=1)
        result = run_gate(list(load_articles([str(draft)])), store)
    assert [f.verdict for f in result.findings] == verdicts
    assert result.failed is failed
