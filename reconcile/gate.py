"""The CI gate: what the NEW articles say that disagrees with each other or with the corpus.

A pull request must fail only for what it brings. So the new claims are reconciled together
with the corpus claims they could be grouped with, read from the store, never the whole corpus,
and only findings that involve at least one new claim are kept. Findings already acknowledged
in the baseline are reported, but never fail.

Which corpus claims (:func:`corpus_for`): a block (unit kind, rate or not) of at most
``FULL_BLOCK`` stored claims is read whole, so the gate sees what a reconcile of the whole
corpus sees. In a larger block, only claims that share a concept word with a new claim can be
grouped with it (word overlap is most of the grouper's similarity), and of those the
``PER_CLAIM`` best per new claim are read: most shared weight (rare words weigh more, as in the
grouper), then the same period (only those can conflict), then the most recently stored. A
word in more than ``STOP_SHARE`` of the block finds candidates only for a claim with no rarer
word. The full reconcile cuts such a block into slices anyway, so it too compares a claim with
its nearest neighbours only.
"""

from __future__ import annotations

import math
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from claims.load import InputError
from claims.models import Article, Claim
from reconcile.assess import MIN_CONFIDENCE
from reconcile.baseline import Baseline, entry_for
from reconcile.models import SEVERITY, BaselineEntry, Finding, GateFinding, Location, Verdict
from reconcile.models import GateResult as GateResult  # re-exported: it lived here
from reconcile.review import Review
from reconcile.store import ClaimStore
from reconcile.store_keys import block_of, concept_words, period_bounds

Extract = Callable[[Article], list[Claim]]
Reconcile = Callable[..., object]

FULL_BLOCK = 2_000  # stored claims; a block this small is read whole
PER_CLAIM = 25  # corpus claims read per new claim in a larger block
STOP_SHARE = 0.5  # a word in more of a block's claims than this says too little to search by


def run_gate(
    new: Sequence[Article],
    store: ClaimStore,
    *,
    fail_on: Verdict = Verdict.conflict,
    min_confidence: float = MIN_CONFIDENCE,
    tolerance: float = 0.05,
    baseline: Baseline | None = None,
    extract: Extract | None = None,
    reconcile: Reconcile | None = None,
    review: Review | None = None,
) -> GateResult:
    """Reconcile ``new`` against the store's corpus and judge the findings they bring.

    Claims carry the article's path as the user sees it (relative to the working directory),
    so explanations cite clickable places; fingerprints use store keys, which do not depend
    on where the command runs.
    """
    articles = [_as_displayed(a) for a in new]
    keys = {a.id: store.key(a.path) if a.path else a.id for a in articles}
    new_claims, errors = _extract_new(articles, extract or _extract)
    corpus_claims = _corpus_claims(new_claims, store, articles, keys)
    new_ids = {c.id for c in new_claims}
    published = _published_days(articles, store, keys)
    result = _reconciled(reconcile or _reconcile, [*new_claims, *corpus_claims], new_ids,
                         tolerance, review, published)
    judge = _Judge.of_run(
        articles, keys, store, [*new_claims, *corpus_claims], new_ids, result,
        baseline=baseline, fail_on=fail_on, min_confidence=min_confidence,
    )
    found = [f for f in map(judge, result.findings) if f is not None]  # type: ignore[attr-defined]
    found.sort(key=_gate_order)
    return GateResult(
        findings=found,
        fail_on=fail_on,
        articles=[keys[a.id] for a in articles],
        new_claims=len(new_claims),
        corpus_claims=len(corpus_claims),
        errors=errors,
    )


def _reconciled(
    reconcile: Reconcile, claims: list[Claim], focus: set[str], tolerance: float,
    review: Review | None, published: dict[str, date],
) -> object:
    """The findings of the new claims (``focus``) among the corpus's, after any review."""
    extra: dict[str, object] = {"review": review} if review else {}
    if published:
        extra["published"] = published
    return reconcile(claims, tolerance=tolerance, focus=focus, **extra)


def _published_days(
    articles: Sequence[Article], store: ClaimStore, keys: dict[str, str]
) -> dict[str, date]:
    """Each article's publication day by the id its claims carry: the new articles' own, and
    the stored articles' as ingested. ``report`` passes the same, so that a toll told a day
    later reads as the update it is in the gate too, not as a conflict failing the build."""
    days = {a.id: a.published for a in articles if a.published is not None}
    stored = store.articles()
    for shown, key in keys.items():
        told = stored[key].published if key in stored else None
        if shown not in days and told:
            days[shown] = date.fromisoformat(told)
    return days


def _extract_new(
    articles: Sequence[Article], extract: Extract
) -> tuple[list[Claim], list[InputError]]:
    """The new articles' claims, and one error per article that could not be read."""
    claims: list[Claim] = []
    errors: list[InputError] = []
    for article in articles:
        try:
            claims.extend(extract(article))
        except InputError as err:  # past its budget, or a bug: one line, the others go on
            errors.append(err)
    return claims, errors


def _corpus_claims(
    new_claims: list[Claim], store: ClaimStore, articles: Sequence[Article],
    keys: dict[str, str],
) -> list[Claim]:
    """The corpus claims to reconcile with (``corpus_for``), under their displayed paths;
    ``keys`` learns the store key of each displayed path."""
    claims = []
    shown_as: dict[str, str] = {}  # store key -> displayed path, one lookup per article
    for key, claim in corpus_for(
        new_claims, store, exclude_paths=[keys[a.id] for a in articles if a.path]
    ):
        if key not in shown_as:
            shown_as[key] = _display(store.file(key))
            keys[shown_as[key]] = key
        claims.append(relabel(claim, shown_as[key]))
    return claims


@dataclass
class _Judge:
    """Makes a finding about a new claim a ``GateFinding``: where it points, whether the
    baseline acknowledges it, whether it fails the gate. None for a finding about no new claim
    or of a verdict that never fails (consistent, change)."""

    new_ids: set[str]
    by_id: dict[str, Claim]
    keys: dict[str, str]  # article id as shown -> store key
    texts: dict[str, str]  # the new articles' texts
    stored_texts: _TextCache
    baseline: Baseline
    threshold: int
    min_confidence: float
    reviewed: dict[str, str]  # finding id -> reason, of findings a person found fine

    @classmethod
    def of_run(
        cls, articles: Sequence[Article], keys: dict[str, str], store: ClaimStore,
        claims: list[Claim], new_ids: set[str], result: object, *, baseline: Baseline | None,
        fail_on: Verdict, min_confidence: float,
    ) -> _Judge:
        """The judge of one gate run: its articles, the claims reconciled, what they found."""
        return cls(
            new_ids=new_ids,
            by_id={c.id: c for c in claims},
            keys=keys,
            texts={a.id: a.text for a in articles},
            stored_texts=_TextCache(store),
            baseline=baseline or Baseline(),
            threshold=SEVERITY[fail_on],
            min_confidence=min_confidence,
            reviewed=getattr(result, "reviewed", {}),
        )

    def __call__(self, finding: Finding) -> GateFinding | None:
        if SEVERITY[finding.verdict] == 0 or not self.new_ids.intersection(finding.claim_ids):
            return None
        claims = [self.by_id[i] for i in finding.claim_ids if i in self.by_id]
        where = {c.id: self._locate(c) for c in claims}
        entry = entry_for(finding, claims, articles=[self.keys[c.article] for c in claims])
        acknowledged = self._acknowledged(entry, finding)
        at_threshold = self._at_threshold(finding)
        return GateFinding(
            finding=finding,
            entry=entry,
            status="acknowledged" if acknowledged else "new",
            failing=not acknowledged and at_threshold,
            at_threshold=at_threshold,
            location=self._first_new(claims, where),
            claims=claims,
            where=where,
            reason=self._reason(entry, finding),
        )

    def _acknowledged(self, entry: BaselineEntry, finding: Finding) -> bool:
        """Acknowledged in the baseline, or found fine by a person (--review)."""
        return entry.fingerprint in self.baseline or finding.id in self.reviewed

    def _first_new(self, claims: list[Claim], where: dict[str, Location]) -> Location:
        """Where the finding's first new claim is: the place the gate points at."""
        return next(where[c.id] for c in claims if c.id in self.new_ids)

    def _reason(self, entry: BaselineEntry, finding: Finding) -> str | None:
        """Why it was acknowledged: the baseline's reason, else the reviewer's."""
        return self.baseline.reason(entry.fingerprint) or self.reviewed.get(finding.id)

    def _at_threshold(self, finding: Finding) -> bool:
        """Severe enough to fail, and sure: a conflict the tool is not sure of is shown, as a
        warning, but fails nothing."""
        return SEVERITY[finding.verdict] >= self.threshold and finding.sure(self.min_confidence)

    def _locate(self, claim: Claim) -> Location:
        text = self.texts.get(claim.article) or self.stored_texts.get(self.keys[claim.article])
        return _locate(claim, text)


def _gate_order(found: GateFinding) -> tuple:
    """Failing first, then the most severe, then by place."""
    where = found.location
    return (not found.failing, -SEVERITY[found.verdict], where.path, where.line, where.column)


def corpus_for(
    new_claims: Iterable[Claim],
    store: ClaimStore,
    *,
    exclude_paths: Sequence[str] = (),
    full_block: int | None = None,
    per_claim: int | None = None,
) -> list[tuple[str, Claim]]:
    """(store key, claim) of the corpus claims to reconcile the new claims with.

    Small blocks whole, large ones by concept words (see the module docstring); the limits
    default to ``FULL_BLOCK`` and ``PER_CLAIM``.
    """
    full_block = FULL_BLOCK if full_block is None else full_block
    per_claim = PER_CLAIM if per_claim is None else per_claim
    by_block: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in new_claims:
        by_block[block_of(claim)].append(claim)
    whole: list[tuple[str, int]] = []
    chosen: set[int] = set()
    for block, claims in sorted(by_block.items()):
        size = store.block_size(block)
        if size <= full_block:
            whole.append(block)
            continue
        chosen.update(_nearest_in_block(store, block, size, claims, per_claim, exclude_paths))
    return store.claims_in_blocks(whole, exclude_paths=exclude_paths) + store.claims_by_key(chosen)


def _nearest_in_block(
    store: ClaimStore, block: tuple[str, int], size: int, claims: list[Claim], per_claim: int,
    exclude_paths: Sequence[str],
) -> set[int]:
    """The stored claims of a large block nearest to each new claim's concept words."""
    words = [concept_words(c) for c in claims]
    counts = store.word_counts(block, {w for ws in words for w in ws})
    asked: dict[tuple[object, ...], list[int]] = {}
    chosen: set[int] = set()
    for claim, claim_words in zip(claims, words, strict=True):
        weights = search_weights(claim_words, counts, size)
        period = period_bounds(claim)
        query = (tuple(sorted(weights.items())), period)
        if query not in asked:  # claims of one article often ask the same
            asked[query] = store.nearest(
                block, weights, period, limit=per_claim, exclude_paths=exclude_paths
            )
        chosen.update(asked[query])
    return chosen


def search_weights(words: Iterable[str], counts: dict[str, int], size: int) -> dict[str, float]:
    """Words to search a block by, each weighted by its rarity there (the grouper's idf²).

    Words no stored claim has are left out; so are words in more than ``STOP_SHARE`` of the
    block, unless the claim has nothing rarer.
    """
    present = {w: counts[w] for w in words if counts.get(w)}
    telling = {w: n for w, n in present.items() if n <= STOP_SHARE * size} or present
    return {w: (math.log((size + 1) / (n + 1)) + 1) ** 2 for w, n in telling.items()}


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
    from claims.budget import extract_article

    return extract_article(article)


def _reconcile(
    claims: list[Claim], *, tolerance: float, focus: Iterable[str] = (),
    review: Review | None = None, published: dict[str, date] | None = None,
) -> object:
    """``reconcile.pipeline.reconcile`` comparing only the groups that hold a new claim (the
    others cannot yield a finding about one). Imported here, when the gate runs: the pipeline
    loads numpy and pint."""
    from reconcile.pipeline import reconcile

    return reconcile(claims, tolerance=tolerance, focus=focus, review=review, published=published)
