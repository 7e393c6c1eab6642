"""The findings of a whole stored corpus, kept in the store's ``findings`` table.

A data team opens the store in Datasette or a notebook and expects the verdicts next to the
claims, without running the tool. ``reconcile ingest`` reconciles every stored claim after a
sync and writes the result, but only when something it depends on changed: the stored articles
(their bytes and the extractor), the tolerance, the lexicon or the grouping code.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from reconcile.store import FINDINGS_SIGNATURE, ClaimStore, words_signature

if TYPE_CHECKING:
    from reconcile.lexicon import Lexicon


def findings_signature(store: ClaimStore, tolerance: float, lexicon_source: str) -> str:
    digest = hashlib.sha256()
    for part in (store.corpus_digest(), repr(tolerance), lexicon_source, words_signature()):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


def refresh_findings(
    store: ClaimStore, *, tolerance: float, lexicon: Lexicon, lexicon_source: str = ""
) -> int | None:
    """Recompute the corpus's findings if they are out of date; how many were written, or
    ``None`` when those stored were current. ``lexicon_source`` names the lexicon's content
    (its file's text) so that a changed lexicon counts as a change."""
    from reconcile.pipeline import reconcile

    signature = findings_signature(store, tolerance, lexicon_source)
    if store.get_meta(FINDINGS_SIGNATURE) == signature:
        return None
    claims = list(store.claims())
    result = reconcile(claims, tolerance=tolerance, lexicon=lexicon)
    return store.replace_findings(result.findings, signature)
