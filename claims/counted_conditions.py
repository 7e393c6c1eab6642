"""Korean figures that state a rule's condition, a threshold, not a measured value: "80㎍/㎥를
넘으면 내려진다", "100명을 넘을 경우", "예상될 때" in the present; a past clause ("3명이 숨졌을
때") tells an event, and an "if" that frames the figure ("630㎏과 비교하면", "모두 합치면")
states no rule. ``claims.counted_claimed`` drops what ``is_condition`` says is one."""

from __future__ import annotations

from collections.abc import Sequence

from claims import morpheme_tags as tags
from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.tokenizers import Morpheme

MAX_CONDITION = 30  # morphemes after a figure read for a condition it states


def is_condition(morphs: Sequence[Morpheme], f: CountedFigure, ctx: CounterContext) -> bool:
    """Whether the figure states a condition, a threshold of a rule, not a measured value: its
    clause goes on to "if" or "when" in the present ("80㎍/㎥ 초과가 예상되면 내려진다",
    "100명을 넘으면", "100억 원을 넘을 경우"); a past clause ("3명이 숨졌을 때") tells an event."""
    for k in _clause_from(morphs, f.start):
        m = morphs[k]
        if m.tag == tags.PRE_FINAL and m.form in ctx.past_markers:
            return False  # nothing after a past marker makes the clause a rule
        if m.tag == tags.CONNECTIVE and m.form in ctx.condition_endings:
            return not (_framing(morphs, k, ctx) or _an_obligation(morphs, k, f, ctx)
                        or _an_answer(morphs, k, f, ctx))
        if m.tag == tags.ADNOMINAL and _condition_noun_after(morphs, k, ctx):
            return True
    return False


def _clause_from(morphs: Sequence[Morpheme], start: int) -> list[int]:
    """The indices of the morphemes from the figure at ``start`` on (its qualifier may hold
    the verb: "80억 원을 넘을"), at most ``MAX_CONDITION``, up to a final ending, a comma, a
    full stop or a headline's "…" ("190명 전원 찬성…지체 없이 해제해야")."""
    clause: list[int] = []
    for k, m in enumerate(morphs):
        if m.start < start:
            continue
        if (len(clause) >= MAX_CONDITION or m.tag in (tags.FINAL, tags.ELLIPSIS)
                or m.form in (",", ".")):
            break
        clause.append(k)
    return clause


def _condition_noun_after(morphs: Sequence[Morpheme], k: int, ctx: CounterContext) -> bool:
    """ "예상될 때", "넘을 경우": a noun of condition follows the adnominal ending at ``k``."""
    return k + 1 < len(morphs) and morphs[k + 1].form in ctx.condition_nouns


def _an_obligation(morphs: Sequence[Morpheme], k: int, f: CountedFigure,
                   ctx: CounterContext) -> bool:
    """ "34만5천800대 이상을 팔아야 한다", "37만 원을 더 내야 한다": "-어야" then the auxiliary
    "하다" says what must be done, an amount worked out, not a rule's condition ("3% 이상
    득표해야 의석을 배분받는다"). A share that must be reached ("유효투표의 절반 이상을 얻어야
    한다", "12.5% 이상의 지지를 얻어야 한다") is a rule's bar all the same."""
    after = morphs[k + 1] if k + 1 < len(morphs) else None
    return (after is not None and after.form in ctx.obligation_auxiliaries
            and f.unit != "percent")


def _an_answer(morphs: Sequence[Morpheme], k: int, f: CountedFigure,
               ctx: CounterContext) -> bool:
    """ '국민 75% "탄핵해야"', "응답자의 62%가 총리가 물러나야 한다고 답했다": the "-어야" at
    ``k`` is what the figure's people said must be done, a poll's answer, in quotes opened
    after the figure or before a word of answering; "3분의 2 이상이 찬성해야 한다고 규정한다"
    states a rule."""
    if any(m.tag == tags.QUOTE_OPEN and m.start >= f.end for m in morphs[:k]):
        return True
    said = morphs[k + 1 : k + 5]
    return (len(said) > 2 and said[0].form in ctx.obligation_auxiliaries
            and said[1].form.endswith(tuple(ctx.answer_endings))
            and any(m.form in ctx.opinion_words for m in said[2:]))


def _framing(morphs: Sequence[Morpheme], k: int, ctx: CounterContext) -> bool:
    """ "630㎏과 비교하면", "모두 합치면": the "if" at ``k`` frames the figure (its verb, or the
    noun the verb suffix follows, is one of the table's), it states no rule."""
    j = k - 1
    if j >= 1 and morphs[j].tag.startswith(tags.VERB_SUFFIX):
        j -= 1
    return j >= 0 and morphs[j].form in ctx.condition_not_verbs
