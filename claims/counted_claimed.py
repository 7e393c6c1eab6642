"""Which of a Korean sentence's figures are claims: a share of a group the story names ("숨진
3명 가운데 2명") stands as its two counts, a proportion ("국민 10명 중 7명", "3명 중 1명꼴") as
one figure, and a figure that states a rule's condition ("80㎍/㎥ 초과가 예상되면 내려진다") is
none. One decision on one sentence's figures, apart from the story reading of
``claims.counted_claims``: the links between the figures (a change's two sides) move with them.
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.counted_conditions import is_condition
from claims.counted_morphemes import names_a_group
from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.lexicon import Lexicon
from claims.tokenizers import Morpheme


def claimed_figures(figures: list[CountedFigure], morphs: Sequence[Morpheme],
                    ctx: CounterContext, lang: str) -> list[CountedFigure]:
    """The sentence's figures that are claims: a share of a group the story names ("숨진 3명
    가운데 2명", "사망자 5명 중 3명") is its two counts, not a proportion ("국민 10명 중 7명",
    "3명 중 1명꼴"); a figure that states a rule's condition ("80㎍/㎥ 초과가 예상되면 내려진다")
    is none. Links between figures (the two sides of a change) follow them."""
    if not morphs:
        return figures
    lexicon = Lexicon.shipped()

    def is_event(word: str) -> bool:
        return lexicon.concept(word, lang) in lexicon.events

    kept: list[tuple[int, CountedFigure]] = []
    for i, f in enumerate(figures):
        if f.parts is not None and not _a_ratio(f, morphs, ctx) and names_a_group(
                morphs, f.parts[0].start, is_event):
            kept.extend((-1, part) for part in f.parts)
        elif not is_condition(morphs, f, ctx):
            kept.append((i, f))
    return _relinked(figures, kept)


def _relinked(figures: list[CountedFigure],
              kept: list[tuple[int, CountedFigure]]) -> list[CountedFigure]:
    """The kept figures (each with its index among ``figures``, -1 for a share's part), their
    partners' indices moved to where the partners now stand (``figures`` itself when all were
    kept as they were)."""
    if len(kept) == len(figures) and all(i == k for k, (i, _) in enumerate(kept)):
        return figures
    where = {i: k for k, (i, _) in enumerate(kept) if i >= 0}
    for _, f in kept:
        f.partner = where.get(f.partner) if f.partner is not None else None
    return [f for _, f in kept]


def _a_ratio(f: CountedFigure, morphs: Sequence[Morpheme], ctx: CounterContext) -> bool:
    """ "3명 중 1명꼴": a proportion, whoever the whole is."""
    return any(m.start == f.end and m.form in ctx.ratio_after for m in morphs)
