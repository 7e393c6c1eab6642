"""A figure compared with, with no noun of its own, counts what its comparison's subject counts.

"농성 참가 인원은 1천300여 명으로, 전날(1천700여 명)보다 400명가량 줄었다": the day before's
1천700여 명 are protesters too; "휴진한 의원은 81곳으로 집계됐다. 역시 전날(126곳)보다 소폭
줄었다", "휴진 참여 의사는 2천215명으로 ... 집계됐다. 첫날인 어제(8일) 3천40명(15.1%)보다
800여 명 줄어든 규모다": a follow-up sentence with no subject of its own compares the
previous sentence's subject with its earlier value. The figure right before a word of comparison
(``compared_marks``; an aside in parentheses around or after it allowed) takes the counted of the
subject it is compared with: the topic figure before it in its sentence, else the previous
sentence's last topic figure of the same unit. It never takes one across a figure with a noun of
its own: "전날 같은 시각 2천802곳 대비" names its own noun (a wrong one: 시각), and keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.counted_morphemes import Counted, clause_break
from claims.counted_periods import SaidBefore
from claims.counted_topic_values import past_an_aside
from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.models import Claim
from claims.tokenizers import Morpheme, Part

RATES_OF_CHANGE = frozenset({"percent", "percentage_point"})  # "4.2% 늘었다", "0.03%p 하락"


def subject_counted(f: CountedFigure, text: str, figures: Sequence[CountedFigure],
                    morphs: Sequence[Morpheme], said: SaidBefore, topics: set[str],
                    ctx: CounterContext, dated: Sequence[tuple[int, int]] = ()) -> Counted | None:
    """What a figure with no noun of its own counts, from the subject it goes with: the
    change of the subject before it in its clause, or the subject it is compared with (a
    percentage compared names no population: only a rate's earlier value is read,
    ``_rate_compared``)."""
    if f.direction is not None:
        return _changed_subject(f, figures, morphs, said.done, topics) if (
            f.unit in RATES_OF_CHANGE) else None
    if not _of_a_time(text, f, dated, ctx):
        return None
    if f.unit in RATES_OF_CHANGE:
        return _rate_compared(text, f, said.done, topics, ctx)
    previous = [] if _has_a_subject(f, morphs, ctx) else [
        c for c in said.earlier if c.sentence == said.previous_text]
    return compared_subject(text, f, said.done, previous, topics, ctx)


def _rate_compared(text: str, f: CountedFigure, done: Sequence[Claim], topics: set[str],
                   ctx: CounterContext) -> Counted | None:
    """ "실업률은 3.1%로 전년 동월(2.8%)보다", "운행률은 75.6%로 전날 같은 시각(78.2%)보다": a
    percentage of an earlier time compared with a rate is that rate then: the rate of the topic
    figure right before it in its sentence, named as a rate (``rate_noun_endings``): "수출은
    5.1% 늘어 전월(3.2%)보다" compares growth, and a share ("1만 명(12.4%)보다") names no rate."""
    if f.unit != "percent" or not _before_a_comparison(text, f, ctx):
        return None
    last = done[-1] if done else None
    if (last is not None and last.id in topics and last.unit == f.unit
            and last.direction is None and _names_a_rate(last.counted, ctx)):
        return Counted(last.counted, list(last.lemmas), topic=True)
    # "상승률은 2월(2.8%)보다 0.5%포인트 확대됐다" after "물가지수는 1년 전보다 3.1% 상승했다":
    # with no level of its own before it, the rate's base is left to the points check, which
    # pairs it with the level the sentence before gives (tests/test_points_change_levels.py)
    return None


def _names_a_rate(counted: str | None, ctx: CounterContext) -> bool:
    return bool(counted) and counted.endswith(tuple(ctx.rate_noun_endings or ("\0",)))


def _has_a_subject(f: CountedFigure, morphs: Sequence[Morpheme], ctx: CounterContext) -> bool:
    """A subject particle before the figure in its sentence: the sentence has a subject of its
    own, so the sentence before lends it none."""
    return any(m.end <= f.start and m.part is Part.particle and m.form in ctx.subject_particles
               for m in morphs)


def _of_a_time(text: str, f: CountedFigure, dated: Sequence[tuple[int, int]],
               ctx: CounterContext) -> bool:
    """A figure in parentheses is the value of what precedes them: compared as the subject's
    earlier value only when that is a time ("전날(126곳)", "지난해 같은 기간(7명)", "전날 같은
    시각(78.2%)"), not a noun of its own ("여성(14명)보다": women, compared with men)."""
    k = _open_paren_before(text, f)
    return k < 0 or _time_before(text, k, dated, ctx) is not None


def _open_paren_before(text: str, f: CountedFigure) -> int:
    """The index of the opening parenthesis the figure stands right after, else -1."""
    k = f.start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k if k >= 0 and text[k] == "(" else -1


def _time_before(text: str, k: int, dated: Sequence[tuple[int, int]],
                 ctx: CounterContext) -> int | None:
    """Where the time that ends right before ``k`` starts ("전날(", "전날 같은 시각("), else
    None."""
    return next((a for a, end in dated
                 if end == k or text[end:k].strip() in ctx.same_time_words), None)


def _changed_subject(f: CountedFigure, figures: Sequence[CountedFigure],
                     morphs: Sequence[Morpheme], done: Sequence[Claim],
                     topics: set[str]) -> Counted | None:
    """ "영업이익은 3조1천200억 원으로 1년 전보다 6.8% 늘었다": a rate of change with nothing
    counted of its own is the change of the subject the figure before it in its clause is the
    value of."""
    k = len(done) - 1
    if k < 0 or done[k].id not in topics or done[k].frame is None or not done[k].counted:
        return None
    before = figures[k]
    if before.end > f.start or clause_break(morphs, before.end, f.start):
        return None
    return Counted(done[k].counted, list(done[k].lemmas), topic=True)


def compared_subject(text: str, f: CountedFigure, done: Sequence[Claim], previous: Sequence[Claim],
                     topics: set[str], ctx: CounterContext) -> Counted | None:
    """The counted of the subject the figure is compared with, or None (not compared, or no
    topic figure of its unit before it in its sentence or in the sentence before)."""
    if not ctx.compared_marks or not _before_a_comparison(text, f, ctx):
        return None
    for claims in (done, previous):
        subject = next((c for c in reversed(claims) if c.id in topics and c.unit == f.unit
                        and c.counted), None)
        if subject is not None:
            return Counted(subject.counted, list(subject.lemmas))
    return None


def _before_a_comparison(text: str, f: CountedFigure, ctx: CounterContext) -> bool:
    """A word of comparison right after the figure, past the closing parenthesis of the aside
    it stands in ("전날(126곳)보다") or past an aside glued after it ("3천40명(15.1%)보다")."""
    after = text[f.end + 1 :] if text.startswith(")", f.end) else past_an_aside(text, f.end)
    return after.lstrip().startswith(tuple(ctx.compared_marks))
