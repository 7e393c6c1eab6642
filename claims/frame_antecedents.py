"""Which figure a figure breaks down (its antecedent): "dont 19 mineurs", "27 of whom",
"Of the 396 staff, 282", "Of them, 118 ...", "The suspects included 95".

A breakdown inherits what its antecedent measures (``claims.frame``); this module only finds
the antecedent, in the sentence or among the counts of the sentences before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.figure_model import Figure
from claims.frame_patterns import FramePatterns
from claims.frame_slots import words_of
from claims.models import Claim

if TYPE_CHECKING:
    from claims.frame import FrameState


def states_share_of(
    i: int, claims: list[Claim], figures: list[Figure], text: str, pat: FramePatterns
) -> bool:
    """ "282, or 71.2 percent": a percentage restating the count right before it."""
    if i == 0 or pat.stated_share is None or claims[i].unit != "percent":
        return False
    if claims[i - 1].unit != "count":
        return False
    return bool(pat.stated_share.match(text[figures[i - 1].end : figures[i].start]))


def antecedents(
    claims: list[Claim], figures: list[Figure], text: str, pat: FramePatterns, state: FrameState
) -> list[Claim | None]:
    """The figure each claim breaks down, if any: in the sentence ("dont 19", "27 of whom",
    "Of the 396 staff, 282"), or before it ("Of them, 118 ...", "The suspects included 95")."""
    reading = _Sentence(claims, figures, text, pat, state)
    measurable = [c.unit in ("count", "percent") and c.role.value == "value" for c in claims]
    whole_stated: Claim | None = None
    for i, (claim, f) in enumerate(zip(claims, figures, strict=True)):
        if not measurable[i] or f.parenthetical or states_share_of(i, claims, figures, text, pat):
            continue
        if claim.unit == "count" and pat.population is not None and (
            pat.population.search(text[: f.start])
        ):
            whole_stated = claim  # "Of the 396 staff": later figures are parts of it
            continue
        found = reading.marked(i, whole_stated) or reading.whole_after(i)
        reading.out[i] = None if found is claim else found
    return reading.out


@dataclass
class _Sentence:
    """One sentence's figures and the antecedents found so far (read left to right)."""

    claims: list[Claim]
    figures: list[Figure]
    text: str
    pat: FramePatterns
    state: FrameState

    def __post_init__(self) -> None:
        self.out: list[Claim | None] = [None] * len(self.claims)
        self.opener = self.pat.opener.match(self.text) if self.pat.opener is not None else None

    def main_before(self, i: int) -> Claim | None:
        """The nearest count before figure ``i`` that is not a conversion, or what it breaks
        down."""
        for k in range(i - 1, -1, -1):
            if self.claims[k].unit == "count" and not self.figures[k].parenthetical:
                return self.out[k] or self.claims[k]
        return None

    def _last_count(self) -> Claim | None:
        return self.state.previous[-1] if self.state.previous else None

    def marked(self, i: int, whole_stated: Claim | None) -> Claim | None:
        """The antecedent a marker names: a breakdown word before or after the figure, a
        sentence opener ("Of them"), a population stated earlier, or a breakdown verb whose
        subject repeats a recent count's words."""
        pat, text, f = self.pat, self.text, self.figures[i]
        gap_start = self.figures[i - 1].end if i > 0 else 0
        gap = text[gap_start : f.start]
        if pat.breakdown_before is not None and pat.breakdown_before.search(gap):
            return self.main_before(i) or (
                self._last_count() if self.opener is None and i == 0 else None
            )
        if pat.breakdown_after is not None and pat.breakdown_after.match(text, f.end):
            return self.main_before(i)
        if self.opener is not None and self.state.previous:
            return self.state.previous[-1]
        if whole_stated is not None:
            return whole_stated
        if pat.breakdown_verb is not None and i == 0:
            head = text[: f.start]
            verbs = list(pat.breakdown_verb.finditer(head))
            if verbs:
                return _referred(head[: verbs[-1].start()], self.state) or self._last_count()
        return None

    def whole_after(self, i: int) -> Claim | None:
        """ "282 of the 396 staff": the figure after "of the" is the whole."""
        if i + 1 >= len(self.claims) or self.claims[i + 1].unit != "count":
            return None
        between = self.text[self.figures[i].end : self.figures[i + 1].start]
        if self.pat.population_after is not None and self.pat.population_after.match(between):
            return self.claims[i + 1]
        return None


def _referred(subject: str, state: FrameState) -> Claim | None:
    """The recent count whose counted words the subject repeats ("The apprehended suspects")."""
    words = {w.lower() for w in words_of(subject) if len(w) > 3}
    for claim in reversed(state.recent):
        if words & {w.lower() for w in claim.lemmas} or words & {
            w.lower() for w in words_of(claim.counted)
        }:
            return claim
    return None
