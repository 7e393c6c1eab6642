"""What a stored claim is filed and looked up by: its block, its period bounds and its
concept words, and the signature of the code that makes those words.

The store (``reconcile.store``) writes these next to each claim, and the gate
(``reconcile.gate``) computes them for its new claims to read only the stored claims that can
meet them; both must compute them alike, so they live here, apart from the connection code.
"""

from __future__ import annotations

import hashlib
import inspect
from importlib import resources
from typing import TYPE_CHECKING

from claims.models import Claim
from reconcile.units import split_rate, unit_kind

if TYPE_CHECKING:
    from reconcile.lexicon import Lexicon


def block_of(claim: Claim) -> tuple[str, int]:
    """The block a claim is compared in: its unit kind, and whether it is a rate.

    The same key as the grouper's blocks (``reconcile.features.features``): rates are compared
    per day whatever their denominator, so only rate versus plain value splits blocks.
    """
    head, embedded_per = split_rate(claim.unit)
    return unit_kind(head), int((claim.per or embedded_per) is not None)


def claim_per(claim: Claim) -> str:
    """The claim's denominator ('day' for a rate per day), '' for a plain value."""
    return claim.per or split_rate(claim.unit)[1] or ""


def period_bounds(claim: Claim) -> tuple[str, str]:
    """The claim's period as ISO dates, '' for an open or unknown end (as stored)."""
    period = claim.period
    if period is None:
        return "", ""
    return (
        period.start.isoformat() if period.start else "",
        period.end.isoformat() if period.end else "",
    )


def _lexicon() -> Lexicon:
    from reconcile.lexicon import Lexicon

    return Lexicon.shipped()


def concept_words(claim: Claim) -> tuple[str, ...]:
    """The words the grouper compares for this claim (``reconcile.features.features``).

    Two claims that share none of them can hardly be grouped (word overlap is most of the
    similarity), which is what lets the gate skip the rest of a block.
    """
    from reconcile.features import features

    return features(claim, _lexicon()).words


def words_signature() -> str:
    """A hash of the code and tables that make concept words: stored words made by another
    version are recomputed from the stored claims (see :meth:`ClaimStore.sync_words`)."""
    import claims.lexicon
    import reconcile.features

    digest = hashlib.sha256()
    for source in (
        inspect.getsource(reconcile.features),
        inspect.getsource(claims.lexicon),
        resources.files("claims").joinpath("data/concepts.toml").read_text("utf-8"),
    ):
        digest.update(source.encode())
    return digest.hexdigest()
