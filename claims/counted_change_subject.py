"""The subject of a Korean change, read across the phrase of its base, time or level: "소매판매는
전월보다 1.1% 감소했다", "제조업 재고는 한 달 전보다 2.3% 늘었다", "반도체 생산은 3월에 8.7%
급증한 뒤", "신규 신청자는 7만6천 명으로 지난해 같은 달보다 2천300명 증가했다". Korean release
copy puts what changed first, as a topic, and the base between it and the figure; without
reading across the base, the change counts nothing and never meets "retail sales fell 1.1
percent". The particles of a base and of a level are the table's (ko context
``change_base_particles``, ``level_particles``)."""

from __future__ import annotations

from collections.abc import Sequence

from claims import morpheme_tags as tags
from claims.counter_table import CounterContext
from claims.tokenizers import Morpheme, Part

MAX_ADVERBIAL = 8  # morphemes between a subject and its change, across "전월보다", "1년 전보다"
MAX_REACH = 20  # and with the parts of a level's figure ("2천382만9천명으로 전년 대비")
_NOUN_OR_DETERMINER = frozenset({tags.BOUND_NOUN, tags.DETERMINER})  # "한 달 전보다"


def subject_across_adverbials(morphs: Sequence[Morpheme], i: int, ctx: CounterContext,
                              dated: Sequence[tuple[int, int]]) -> int:
    """The index of the subject particle before a change's adverbial phrase ending at
    ``morphs[i]`` ("소매판매는 전월보다", "출하는 한 달 전보다", "자동차 생산은 3월에"):
    across nouns, numbers and the adverbial case particles of a base or a level only
    (``_names_the_base_or_level``), within ``MAX_ADVERBIAL`` morphemes besides a level's
    figure's parts ("취업자는 2천382만9천명으로 전년 대비 32만3천명 늘었다"); -1 when anything
    else stands between (a verb, an ending, an object, a comma), for then the subject is
    another clause's."""
    words = 0  # morphemes read, a figure's parts aside ("2천382만9천명으로": one level)
    for k in range(i, max(-1, i - MAX_REACH), -1):
        m = morphs[k]
        if m.form in ctx.subject_particles and m.tag in tags.CLAUSE_PARTICLES:
            return k if k < i else -1
        if not _may_stand_between(morphs, k, ctx, dated):
            return -1
        words += m.part is not Part.number
        if words >= MAX_ADVERBIAL:
            return -1
    return -1


def _may_stand_between(morphs: Sequence[Morpheme], k: int, ctx: CounterContext,
                       dated: Sequence[tuple[int, int]]) -> bool:
    """``morphs[k]`` may stand between a change's subject and its figure: a word of a time
    phrase ("지난해 같은 달보다"), a noun, a number, a bound noun or a determiner ("한 달"), or
    the particle of a base or a level."""
    m = morphs[k]
    if any(a <= m.start < b for a, b in dated):
        return True
    if m.tag == tags.ADVERBIAL_CASE:
        return _names_the_base_or_level(morphs, k, ctx)
    return m.part in (Part.noun, Part.number) or m.tag in _NOUN_OR_DETERMINER


def _names_the_base_or_level(morphs: Sequence[Morpheme], k: int, ctx: CounterContext) -> bool:
    """An adverbial particle a change's subject may stand before: the base or time compared
    ("전월보다", "3월에"), or the level after a figure ("7만6천 명으로 … 2천300명 증가"); not
    a role ("실업급여 예산으로 올해보다 3.1% 많은": the subject before is who budgets)."""
    if morphs[k].form in ctx.change_base_particles:
        return True
    before = morphs[k - 1] if k >= 1 else None
    return (morphs[k].form in ctx.level_particles and before is not None
            and (before.part is Part.number or before.tag == tags.BOUND_NOUN or before.form == "%"))
