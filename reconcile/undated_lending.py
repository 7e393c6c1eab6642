"""When a figure that states no period may not be read as about its neighbour's period.

Rule 3 of ``reconcile.compare`` reads an undated figure as about the other side's period (at a
cost to the finding's confidence). Two figures of one sentence that disagree are seldom one
quantity told twice: "After 630 of 650 results had been declared", "254석 가운데 161석을 얻어"
give a count and its whole, "24 dead, 17 of them in Harlow" a total and a part. The sentence
that holds both says which is which, and nothing is left for the period to settle; only named
sources side by side ("350 selon la CGT, 210 selon la direction") report one quantity twice.
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.lexicon import fold
from claims.models import Claim


def lends_nothing(side_a: Sequence[Claim], side_b: Sequence[Claim]) -> bool:
    """The two sides (which disagree: the caller asks for no others; "jusqu'à 1 200 ... au
    moins 1 200" agree in one sentence) stand in one sentence, and no two named sources tell
    them apart: no period is lent, nothing is compared."""
    return any(
        a.sentence and (a.article, a.sentence) == (b.article, b.sentence)
        and not _sources_differ(a, b)
        for a in side_a for b in side_b
    )


def _sources_differ(a: Claim, b: Claim) -> bool:
    sources = (fold(a.source or a.actor or ""), fold(b.source or b.actor or ""))
    return all(sources) and sources[0] != sources[1]
