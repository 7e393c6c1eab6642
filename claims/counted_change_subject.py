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

MAX_BASE = 3  # morphemes of the time a base names: "전년 동기", "전 분기"
MAX_GLOSS = 6  # "(계절조정)" after a base
_SIGN = "SO"  # "-1.0%": the sign before a figure
MAX_CAUSE = 40  # morphemes of a cause or focus phrase between a topic and its rate
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


def subject_of_a_rate(morphs: Sequence[Morpheme], i: int, ctx: CounterContext) -> int:
    """The index of the subject particle of a rate of change, across its base ("실질
    국내총생산(GDP)이 전기 대비 0.1% 성장", "제조업은 전기대비(계절조정) -1.0%", "성장률은
    전년 동기 대비 2.4%였다") and what drove it (``topic_across_a_cause``), else -1."""
    j = _past_a_base(morphs, i, ctx)
    if j < i and j >= 1 and morphs[j].form in ctx.subject_particles and (
        morphs[j].tag in tags.CLAUSE_PARTICLES
    ):
        return j
    return topic_across_a_cause(morphs, j, ctx)


def _past_a_base(morphs: Sequence[Morpheme], i: int, ctx: CounterContext) -> int:
    """The index before a rate's base that ends at ``morphs[i]`` ("전기 대비", "전 분기 대비",
    "전년동기대비(계절조정)", with a sign: "-1.0%"), else ``i``."""
    j = _past_a_gloss(morphs, i - 1 if i >= 0 and morphs[i].tag == _SIGN else i)
    if j < 0 or morphs[j].form not in ctx.base_nouns:
        return i
    j -= 1
    for _ in range(MAX_BASE):
        if j < 0 or not (morphs[j].part is Part.noun or morphs[j].tag == tags.DETERMINER):
            break
        j -= 1
    return j


def _past_a_gloss(morphs: Sequence[Morpheme], j: int) -> int:
    """The index before a gloss in parentheses ending at ``morphs[j]`` ("전기대비(계절조정)"),
    at most ``MAX_GLOSS`` morphemes long; else ``j``."""
    if j >= 1 and morphs[j].form == ")":
        k = next((k for k in range(j - 1, max(-1, j - MAX_GLOSS), -1) if morphs[k].form == "("),
                 -1)
        return k - 1 if k >= 1 else j
    return j


def topic_across_a_cause(morphs: Sequence[Morpheme], i: int, ctx: CounterContext) -> int:
    """The index of the topic particle a rate of change is told of across the phrase that says
    what drove it, ending at ``morphs[i]`` ("건설투자는 토목건설이 줄면서 0.9% 감소했다",
    "설비투자는 기계류가 늘어 2.3% 증가", "수출은 자동차와 화학제품을 중심으로 1.4%", "제조업은
    전자기기 위주로 1.9% 성장했다"): a release names each part it breaks a total into as the
    topic, then the cause, then the part's rate. The cause is a clause with a subject of its own
    ending in a connective (the topic stays the main clause's subject), or a focus phrase
    (``ctx.focus_nouns`` before a level particle), after which a subject particle may mark the
    part too ("민간소비가 승용차를 중심으로 0.9% 늘었고"). -1 when neither ends at ``morphs[i]``, or
    when a figure, a final ending or another topic stands between (that one is the subject)."""
    if i < 1:
        return -1
    focus = morphs[i].form in ctx.level_particles and morphs[i - 1].form in ctx.focus_nouns
    cause = morphs[i].tag == tags.CONNECTIVE and morphs[i - 1].part is Part.verb
    return _the_parts_topic(morphs, i, ctx, focus=focus) if focus or cause else -1


def _the_parts_topic(morphs: Sequence[Morpheme], i: int, ctx: CounterContext, *,
                     focus: bool) -> int:
    """The topic (or, after a focus phrase, the subject) particle before the cause or focus
    phrase ending at ``morphs[i]``, read back (see ``topic_across_a_cause``), else -1."""
    own_subject = False
    for k in range(i - 1, max(0, i - MAX_CAUSE), -1):
        m = morphs[k]
        if _a_parts_topic(m, ctx):
            return _after_a_name(morphs, k) if focus or own_subject else -1
        if m.tag == tags.SUBJECT_CASE:
            if focus and not own_subject and m.form in ctx.subject_particles:
                return _after_a_name(morphs, k)  # "민간소비가 승용차를 중심으로"
            own_subject = True
        elif _ends_the_cause(m):
            return -1
    return -1


def _a_parts_topic(m: Morpheme, ctx: CounterContext) -> bool:
    """A topic particle a release marks each part it breaks a total into with ("설비투자는")."""
    return m.tag == tags.TOPIC and m.form in ctx.part_topic_particles


def _after_a_name(morphs: Sequence[Morpheme], k: int) -> int:
    """``k``, when the particle there follows a name (``_named``); else -1."""
    return k if _named(morphs[k - 1]) else -1


def _ends_the_cause(m: Morpheme) -> bool:
    """A figure, a final ending, another topic or a quote: read back past it, the subject is
    another clause's."""
    return m.part is Part.number or m.tag in _CLAUSE_ENDS or m.form in _QUOTES


def _named(m: Morpheme) -> bool:
    """A noun, or a gloss's closing bracket after one ("실질 국내총생산(GDP)은")."""
    return m.part is Part.noun or m.form == ")"


_CLAUSE_ENDS = frozenset({tags.FINAL, tags.TOPIC, tags.ELLIPSIS})  # a topic not a subject's
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})
