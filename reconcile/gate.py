"""The CI gate: what the NEW articles say that disagrees with each other or with the corpus.

A pull request must fail only for what it brings. So the new claims are reconciled together
with the corpus claims they could be grouped with (same blocks, read from the store, never the
whole corpus), and only findings that involve at least one new claim are kept. Findings already
acknowledged in the baseline are reported, but never fail.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from claims.models import Article, Claim
from reconcile.baseline import Baseline, BaselineEntry, entry_for
from reconcile.models import SEVERITY, Finding, Verdict
from reconcile.store import ClaimStore, block_of

Status = Literal["new", "acknowledged"]
Extract = Callable[[Article], list[Claim]]
Reconcile = Callable[..., object]


@dataclass(frozen=True)
class Location:
    """Where a claim stands: path relative to the working directory, 1-based line and column."""

    path: str
    line: int
    column: int


@dataclass
class GateFinding:
    """One finding about a new claim, with what the renderers need to point at it."""

    finding: Finding
    entry: BaselineEntry
    status: Status
    failing: bool
    at_threshold: bool
    location: Location
    claims: list[Claim]
    where: dict[str, Location] = field(default_factory=dict)  # claim id -> location
    reason: str | None = None

    @property
    def fingerprint(self) -> str:
        return self.entry.fingerprint

    @property
    def verdict(self) -> Verdict:
        return self.finding.verdict

    @property
    def title(self) -> str:
        """A short headline: verdict and quantity."""
        quantity = f" ({self.finding.quantity})" if self.finding.quantity else ""
        return f"{self.verdict}{quantity}"

    def message(self) -> str:
        """The reconciler's explanation: it cites every figure and where it stands."""
        status = " [acknowledged in baseline]" if self.status == "acknowledged" else ""
        return f"{self.finding.explanation}{status}"

    @property
    def level(self) -> Literal["error", "warning", "note"]:
        """error for what fails the gate, note for acknowledged, warning for the rest."""
        if self.status == "acknowledged":
            return "note"
        return "error" if self.at_threshold else "warning"


@dataclass
class GateResult:
    findings: list[GateFinding]
    fail_on: Verdict
    articles: list[str]  # ids of the new articles (their store keys)
    new_claims: int
    corpus_claims: int

    @property
    def new_articles(self) -> int:
        return len(self.articles)

    @property
    def failed(self) -> bool:
        return any(f.failing for f in self.findings)

    @property
    def failing(self) -> list[GateFinding]:
        return [f for f in self.findings if f.failing]


def run_gate(
    new: Sequence[Article],
    store: ClaimStore,
    *,
    fail_on: Verdict = Verdict.conflict,
    tolerance: float = 0.05,
    baseline: Baseline | None = None,
    extract: Extract | None = None,
    reconcile: Reconcile | None = None,
) -> GateResult:
    """Reconcile ``new`` against the store's corpus and judge the findings they bring.

    Claims carry the article's path as the user sees it (relative to the working directory),
    so explanations cite clickable places; fingerprints use store keys, which do not depend
    on where the command runs.
    """
    extract, reconcile = extract or _extract, reconcile or _reconcile
    baseline = baseline or Baseline()
    articles = [_as_displayed(a) for a in new]
    keys = {a.id: store.key(a.path) if a.path else a.id for a in articles}
    new_claims = [c for a in articles for c in extract(a)]
    new_ids = {c.id for c in new_claims}
    corpus_claims = []
    for key, claim in store.claims_in_blocks(
        {block_of(c) for c in new_claims},
        exclude_paths=[keys[a.id] for a in articles if a.path],
    ):
        shown = _display(store.file(key))
        keys[shown] = key
        corpus_claims.append(relabel(claim, shown))
    result = reconcile([*new_claims, *corpus_claims], tolerance=tolerance)

    by_id = {c.id: c for c in [*new_claims, *corpus_claims]}
    texts = {a.id: a.text for a in articles}
    stored_texts = _TextCache(store)

    found: list[GateFinding] = []
    threshold = SEVERITY[fail_on]
    for finding in result.findings:  # type: ignore[attr-defined]
        severity = SEVERITY[finding.verdict]
        if severity == 0 or not new_ids.intersection(finding.claim_ids):
            continue
        claims = [by_id[i] for i in finding.claim_ids if i in by_id]
        where = {
            c.id: _locate(c, texts.get(c.article) or stored_texts.get(keys[c.article]))
            for c in claims
        }
        first_new = next(c for c in claims if c.id in new_ids)
        entry = entry_for(finding, claims, articles=[keys[c.article] for c in claims])
        acknowledged = entry.fingerprint in baseline
        found.append(
            GateFinding(
                finding=finding,
                entry=entry,
                status="acknowledged" if acknowledged else "new",
                failing=not acknowledged and severity >= threshold,
                at_threshold=severity >= threshold,
                location=where[first_new.id],
                claims=claims,
                where=where,
                reason=baseline.reason(entry.fingerprint),
            )
        )
    found.sort(
        key=lambda f: (
            not f.failing,
            -SEVERITY[f.verdict],
            f.location.path,
            f.location.line,
            f.location.column,
        )
    )
    return GateResult(
        findings=found,
        fail_on=fail_on,
        articles=[keys[a.id] for a in articles],
        new_claims=len(new_claims),
        corpus_claims=len(corpus_claims),
    )


def column_of(text: str | None, offset: int) -> int:
    """1-based column of a character offset within its line (1 when the text is unknown)."""
    if not text:
        return 1
    return offset - (text.rfind("\n", 0, offset) + 1) + 1


def _locate(claim: Claim, text: str | None) -> Location:
    return Location(path=claim.article, line=claim.line, column=column_of(text, claim.start))


def _display(path: str | Path) -> str:
    """A path relative to the working directory, with forward slashes, as CI tools want."""
    try:
        return Path(os.path.relpath(Path(path).resolve(), Path.cwd())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()


def _as_displayed(article: Article) -> Article:
    """A new article under its path as the user sees it (stdin keeps ``-``)."""
    return article.model_copy(update={"id": _display(article.path)}) if article.path else article


def relabel(claim: Claim, article: str) -> Claim:
    """The claim under another article id, its own id and link renamed in step."""
    if claim.article == article:
        return claim

    def rename(claim_id: str) -> str:
        if claim_id.startswith(claim.article):
            return article + claim_id[len(claim.article) :]
        return f"{article}#{claim_id}"

    return claim.model_copy(
        update={
            "article": article,
            "id": rename(claim.id),
            "linked": rename(claim.linked) if claim.linked else None,
        }
    )


class _TextCache:
    """Corpus files read only when a finding points into them (for the column)."""

    def __init__(self, store: ClaimStore) -> None:
        self._store = store
        self._texts: dict[str, str | None] = {}

    def get(self, key: str) -> str | None:
        if key not in self._texts:
            try:
                # bytes, not read_text: offsets count CRLF as two characters, as stored
                text = self._store.file(key).read_bytes().decode("utf-8")
            except (OSError, UnicodeError):
                text = None
            self._texts[key] = text
        return self._texts[key]


def _extract(article: Article) -> list[Claim]:
    from claims import extract

    return extract(article)


def _reconcile(claims: list[Claim], *, tolerance: float) -> object:
    from reconcile.pipeline import reconcile

    return reconcile(claims, tolerance=tolerance)
