"""The day of the vote a Korean results article reports, and the results that are of it.

Results copy is written the day after the vote and dates its figures loosely: "4일 중앙선거관리
위원회에 따르면" is when the commission said them, "개표가 4일 오전 5시2분 완료됐다" when the
count ended, and most results sentences name no time at all. The vote's day is said once,
anywhere in the article, next to the election it names ("3일 치러진 제21대 대통령 선거",
"전날 치러진 대선", "지난 3일 실시된", "4·3 국회의원보궐선거"): a result figure (a share of the
vote, votes, a turnout, seats) that states no time of its own, or only a later day (the count's
or the statement's), is of that day. So is one whose sentence names "this election" ("이번
대선의 최종 투표율은 79.4%로 ... 1997년 15대 대선 이후 28년 만에 최고치"), whatever past vote
it is compared with. Not a figure of the early or overseas voting, of an exit poll or a
forecast, of another vote ("지난 20대 대선에서"), nor one its own phrase dates to an hour of
the count ("4일 오전 2시35분 현재").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.models import Article, Claim, Period, PeriodKind
from claims.periods import PeriodMatch, find_periods
from claims.phrase_kinds import DAYS
from claims.sentences import Sentence
from claims.vote_count_day import day_of_the_vote, of_the_past_week

# How far from a count of people the word saying it is the roll or the voters may stand.
_REACH = 12


@dataclass(frozen=True)
class Vote:
    """The vote an article reports: its day, and its number when named ("제21대": "21")."""

    day: Period
    number: str | None


def vote_day(sentences: Iterable[Sentence], article: Article,
             ctx: CounterContext) -> Vote | None:
    """The first day the article names for a vote it reports: a day (of the past week) a
    participle of holding ties to the election it names ("3일 치러진 제21대 대통령선거", "전날
    치러진 대선"), or a day the name itself is ("4·3 국회의원보궐선거"). A day right before the
    election's name with no participle may be the day results were said ("선관위는 20일 제18대
    대통령 선거 개표 결과 ... 밝혔다"), so it is not taken. A body's sitting (``vote_sessions``:
    "16일 국회 본회의에서") is held on the day right before it. An article naming two such days
    reports no one vote."""
    published = article.published
    if published is None or not ctx.vote_words:
        return None
    after = _patterns_of(ctx).held_after
    sentences = list(sentences)
    held = [(vote, any(w in s.text for w in ctx.vote_sessions)) for s in sentences
            if any(w in s.text for w in (*ctx.vote_words, *ctx.vote_sessions))
            for vote in _held_on(s, article, after, ctx)]
    if held and held[0][1] and len({vote.day.start for vote, sitting in held if sitting}) > 1:
        return None  # "지난 5일 본회의에서 부결된 ... 12일 본회의에서": two votes, no one day
    return held[0][0] if held else _by_its_count(sentences, article, ctx)


def _by_its_count(sentences: list[Sentence], article: Article,
                  ctx: CounterContext) -> Vote | None:
    """No day is said to be the one the vote was held on: the first one its count or a
    vote-day noun dates (claims.vote_count_day), with the election's number when its sentence
    names one ("제22대 대통령선거 개표가 완료됐다")."""
    published = article.published
    assert published is not None
    numbered = _patterns_of(ctx).numbered_vote
    for s in sentences:
        if not any(w in s.text for w in (*ctx.vote_count_words, *ctx.vote_day_nouns)):
            continue
        periods = find_periods(s.text, s.start, article.language, published)
        day = day_of_the_vote(s, periods, published, ctx)
        if day is not None:
            m = numbered.search(s.text)
            return Vote(day, m.group("number") if m is not None else None)
    return None


def _held_on(s: Sentence, article: Article, after: re.Pattern[str],
             ctx: CounterContext) -> list[Vote]:
    """The votes days of the past week name in the sentence: the day a participle of holding
    ties to the election after it (``after``), or a day the election's name holds."""
    published = article.published
    assert published is not None
    votes: list[Vote] = []
    for p in find_periods(s.text, s.start, article.language, published):
        day = p.period
        if not _a_day_of_the_past_week(p, published):
            continue
        start, end = p.start - s.start, p.end - s.start
        m = (after.match(s.text, end) or _patterns_of(ctx).held_finite.match(s.text, end)
             or _patterns_of(ctx).session_after.match(s.text, end))
        if m is not None or any(w in s.text[start:end] for w in ctx.vote_words):
            named = m.groupdict().get("number") if m is not None else None
            votes.append(Vote(day.model_copy(update={"resolution": "carried"}), named))
        elif _named_then_held(s.text, start, end, ctx):
            m = _patterns_of(ctx).numbered_vote.search(s.text, 0, start)
            named = m.group("number") if m is not None else None
            votes.append(Vote(day.model_copy(update={"resolution": "carried"}), named))
    return votes


def _named_then_held(text: str, start: int, end: int, ctx: CounterContext) -> bool:
    """ "제4회 전국동시조합장선거가 오늘(4일) 치러졌습니다": the election named as the subject
    right before the day, a finite verb of holding right after it."""
    patterns = _patterns_of(ctx)
    return (patterns.named_before.search(text, 0, start) is not None
            and patterns.finite_after.match(text, end) is not None)


def of_the_vote(period: Period | None, f: CountedFigure, text: str, vote: Vote | None,
                ctx: CounterContext, previous: str = "") -> Period | None:
    """The vote's day for a result figure that states no time of its own, only a day after
    the vote, a past time while its sentence names this election, or a past window carried
    from further back than the sentence before (``previous``), when that one was not about
    the early voting ("지난 5월 29~30일 사전투표율은 34.74%였다. 본투표 최종 투표율은 79.4%
    였다. 지역별로는 광주가 83.9%로 가장 높았다"); else ``period``."""
    if vote is None:
        return _no_past_window_carried(period, f, text, previous, ctx)
    if vote.day.start is None or not _this_votes_result(f, text, vote, ctx, previous):
        return period
    own = _the_day_or_its_own(period, vote.day, f, text, previous, ctx)
    if own is vote.day and _the_roll(f, text, ctx):
        return own.as_of_end()  # "선거인 4,402만1,300명": the roll as the vote's day
    return own


def a_past_vote_carried(period: Period | None, voted: Period | None) -> bool:
    """A baseline's period carried from a past vote that ``of_the_vote`` gave up for the vote
    reported's (or for none): the figure is a result, not the baseline it was read as."""
    return voted is not period and period is not None and period.resolution == "carried"


def _no_past_window_carried(period: Period | None, f: CountedFigure, text: str,
                            previous: str, ctx: CounterContext) -> Period | None:
    """With no day known for the vote reported, a result that names no other vote does not
    take a past vote's time from a sentence before ("2002년 16대 대선때로 당시 강 후보는 48.9%" then
    "이밖에 윤 후보는 80만2천11표(2.41%)"): it has no period, rather than a wrong one."""
    if (period is None or period.resolution != "carried" or period.end is None
            or not _a_result(f, text, previous, ctx)
            or _patterns_of(ctx).past_vote.search(text[: f.end])
            or _patterns_of(ctx).numbered_vote.search(text[: f.end])):
        return period
    return None if period.kind is PeriodKind.interval else period


def _the_day_or_its_own(period: Period | None, day: Period, f: CountedFigure, text: str,
                        previous: str, ctx: CounterContext) -> Period | None:
    """For a result of the vote reported: the vote's day, unless the figure's own period is
    of that day or after it, or a past time its sentence does not give to this vote."""
    if period is None or period.kind is PeriodKind.none:
        return day
    if _said_or_counted_later(period, day) or _when_the_count_ended(period, day, text[: f.start],
                                                                    ctx):
        return day  # "4일 중앙선거관리위원회에 따르면", "이날": when it was said or counted
    if period.end is None or period.end >= day.start:
        return period
    if _names_this_vote(text[: f.start], ctx):
        return day  # "이번 대선의 최종 투표율은 79.4%로 ... 1997년 15대 대선 이후 ..."
    if period.resolution == "carried" and not _early_voting_before(text, previous, ctx):
        return day  # a window of the early voting or of a past vote, from further back
    return period


def _a_day_of_the_past_week(p: PeriodMatch, published: date) -> bool:
    """A phrase naming one day of the week before publication ("3일", "전날"), said as a
    fact: a results article is written within days of its vote."""
    day = p.period
    if p.kind not in DAYS or p.announced or day.kind is not PeriodKind.day:
        return False
    return day.start is not None and of_the_past_week(day.start, published)


def _this_votes_result(f: CountedFigure, text: str, vote: Vote, ctx: CounterContext,
                       previous: str) -> bool:
    """A result figure (``_a_result``) of the vote reported: not of the early voting or an
    exit poll ("사전투표율", "출구조사"), nor of a past vote named before it ("지난 20대
    대선에서")."""
    return (_a_result(f, text, previous, ctx)
            and not any(w in text for w in ctx.not_vote_results)
            and not _another_vote(text[: f.end], vote, ctx))


def _said_or_counted_later(period: Period, day: Period) -> bool:
    """A day after the vote's: when the results were said or the count ended."""
    return (period.kind is PeriodKind.day and period.start is not None
            and day.start is not None and period.start > day.start)


def _when_the_count_ended(period: Period, day: Period, head: str, ctx: CounterContext) -> bool:
    """ "이날 오전 7시 현재 개표 마감 결과": a time after the vote's day at which the count had
    ended, so its figures are the final results, not a count still running ("10일 오전 2시 현재
    91.20% 개표를 완료한 가운데" names no end)."""
    return (period.kind is PeriodKind.as_of and period.end is not None
            and day.start is not None and period.end > day.start
            and any(w in head for w in ctx.vote_count_ended)
            and _patterns_of(ctx).whole_count.search(head) is not None)


def _early_voting_before(text: str, previous: str, ctx: CounterContext) -> bool:
    """The sentence before was about the early voting, and this one does not name the whole
    vote ("본투표"): its carried window is the early voting's."""
    return any(w in previous for w in ctx.not_vote_results) and not any(
        w in text for w in ctx.whole_vote)


def _a_result(f: CountedFigure, text: str, previous: str, ctx: CounterContext) -> bool:
    """Votes or seats by their counter ("1728만7513표"), or a share in a sentence about the
    vote's results ("득표율", "투표율", "41.15%(1439만5639표)") or right after one ("지역별로는
    광주가 83.9%로 가장 높았다")."""
    surface = text[f.start : f.end].rstrip()
    if surface.endswith(tuple(ctx.vote_counters)) or _the_roll(f, text, ctx):
        return True
    if any(w in text[f.end : f.end + _REACH] for w in ctx.vote_takers):
        return True  # "3,380만9,120명이 참여했다", "96만4,210명이 투표에 참여했다"
    counted = _patterns_of(ctx).counted
    return f.unit == "percent" and any(
        any(w in t for w in ctx.vote_results) or counted.search(t) is not None
        for t in (text, previous))


def a_share_of_the_vote(claim: Claim, f: CountedFigure, text: str, ctx: CounterContext) -> bool:
    """What a candidate or a party took: votes or seats by their counter ("1,388만 2,100표",
    "158석"), or a share its clause gives as a vote share ("득표율 40.02%", "69.85%를 얻었다");
    not a turnout, a count of voters or the roll, which are no one's."""
    surface = text[f.start : f.end].rstrip()
    if surface.endswith(tuple(ctx.vote_counters)):
        return True
    clause = text[max(0, f.start - _REACH) : f.end + _REACH]
    return (claim.unit == "percent" and any(w in clause for w in ctx.vote_shares)
            and not any(w in clause for w in ctx.vote_turnouts))


def _the_roll(f: CountedFigure, text: str, ctx: CounterContext) -> bool:
    """ "총선거인 4,402만1,300명", "전체 유권자 4,398만 명 가운데": the roll of voters."""
    return any(w in text[max(0, f.start - _REACH) : f.start] for w in ctx.vote_rolls)


def _another_vote(head: str, vote: Vote, ctx: CounterContext) -> bool:
    """ "지난 20대 대선에서", "직전 총선": a vote before the one the article reports, named
    before the figure; or one its number says is another."""
    patterns = _patterns_of(ctx)
    if patterns.past_vote.search(head):
        return True
    numbers = patterns.numbered_vote.finditer(head)
    return vote.number is not None and any(m.group("number") != vote.number for m in numbers)


def _names_this_vote(head: str, ctx: CounterContext) -> bool:
    """ "이번 대선", "이번 선거": the vote the article reports, named before the figure."""
    return _patterns_of(ctx).this_vote.search(head) is not None


@dataclass(frozen=True)
class _VotePatterns:
    """The patterns of the vote table's words, compiled once per table (they are searched
    around every result figure)."""

    held_after: re.Pattern[str]  # "치러진 제21대 대통령 선거", not "선거대책위원회"
    session_after: re.Pattern[str]  # " 국회 본회의에서": a sitting named right after the day
    held_finite: re.Pattern[str]  # ", 대한민국 제19대 대통령 선거가 치러졌다"
    named_before: re.Pattern[str]  # "조합장선거가 " right before the day
    finite_after: re.Pattern[str]  # " 치러졌습니다" right after it
    counted: re.Pattern[str]  # "1439만5639표"
    past_vote: re.Pattern[str]  # "지난 20대 대선"
    numbered_vote: re.Pattern[str]  # "제20대 대선": its number in the group ``number``
    this_vote: re.Pattern[str]  # "이번 대선"
    whole_count: re.Pattern[str]  # "개표 마감", not a share of it ("91.20% 개표를 완료")


def _patterns_of(ctx: CounterContext) -> _VotePatterns:
    return _patterns(tuple(ctx.vote_held), tuple(ctx.vote_held_finite),
                     (*ctx.vote_words, *ctx.vote_sessions), tuple(ctx.vote_sessions),
                     tuple(ctx.vote_word_particles),
                     tuple(ctx.vote_counters), tuple(ctx.past_vote), tuple(ctx.this_vote),
                     tuple(ctx.vote_number_opens), tuple(ctx.vote_number_marks),
                     tuple(ctx.vote_count_words))


@cache
def _patterns(held: tuple[str, ...], finite: tuple[str, ...], words: tuple[str, ...],
              sessions: tuple[str, ...], particles: tuple[str, ...],
              counters: tuple[str, ...], past: tuple[str, ...], this: tuple[str, ...],
              opens: tuple[str, ...], marks: tuple[str, ...],
              count: tuple[str, ...]) -> _VotePatterns:
    votes = _alt(words)
    # an election's number ("제21대", "9회"), the digits in the group ``number``
    number = rf"(?:(?:{_alt(opens)})\s*)?(?P<number>\d{{1,3}})\s*(?:{_alt(marks)})\s*"
    return _VotePatterns(
        held_after=re.compile(rf"\s*(?:{_alt(held)})\s*(?:{number})?(?:\S+\s+)?(?:{votes})"
                              rf"(?:(?!\w)|(?={_alt(particles)}))"),
        # a sitting a few words on, past a time of day, a venue and its participle ("16일 국회
        # 본회의에서", "10일 새벽 정부세종청사에서 열린 제12차 전원회의에서")
        session_after=re.compile(rf"\s*(?:\S+\s+){{0,3}}?(?:(?:{_alt(held)})\s*(?:\S+\s+)?)?"
                                 rf"(?:{_alt(sessions)})(?:{_alt(particles)})"),
        held_finite=re.compile(rf"[,\s]*(?:\S+\s+){{0,3}}?(?:{number})?(?:\S+\s+)?(?:{votes})"
                               rf"(?:{_alt(particles)})\s*(?:{_alt(finite)})"),
        named_before=re.compile(rf"(?:{votes})(?:{_alt(particles)})\s*$"),
        finite_after=re.compile(rf"\s*(?:{_alt(finite)})"),
        counted=re.compile(rf"\d\s*(?:{_alt(counters)})"),
        past_vote=re.compile(rf"(?:{_alt(past)})\s*(?:{number})?(?:{votes})"),
        numbered_vote=re.compile(rf"(?:{number})\s*(?:\S+\s+)?(?:{votes})"),
        this_vote=re.compile(rf"(?:{_alt(this)})\s*(?:{votes})"),
        whole_count=re.compile(rf"(?<!%)(?<!%\s)(?:{_alt(count)})"),
    )


def _alt(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"
