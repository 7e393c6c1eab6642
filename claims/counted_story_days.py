"""The story's day in a Korean article: "이날", "전날", "오후 6시 현재" count from the day the
story last named, not from publication ("지난 3일 ... 이날"). A day, a day and hour something
began at, or the day and hour a tally ran to sets the story's day for the sentences after it;
``claims.counted_claims`` keeps it from sentence to sentence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import replace
from datetime import date, timedelta

from claims.counter_table import CounterContext
from claims.lang import ExtractionTable
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase

_RELATIVE_DAYS = (Phrase.relative_day, Phrase.as_of_relative_day, Phrase.since_relative_day)
_STORY_DAYS = (Phrase.day, Phrase.as_of, Phrase.relative_day)  # days that set the story's day


def anchor_story_days(
    periods: list[PeriodMatch],
    story_day: date | None,
    published: date | None,
    table: ExtractionTable,
    ctx: CounterContext,
    details: Set[int] = frozenset(),
    glosses: Set[int] = frozenset(),
    with_figures: bool = False,
    latest: date | None = None,
) -> tuple[list[PeriodMatch], date | None]:
    """ "이날", "전날", "오후 6시 현재" count from the day the story last named ("지난 3일 ...
    이날"), else from publication; returns the periods and the story's day after them. A day
    that dates a detail (its phrase's start in ``details``: "지난 21일 마감한 희망퇴직에") is
    not the story's; a date glossing the day before (in ``glosses``: "전날인 23일 ... 오후 9시
    기준") dates the rest of its sentence only; a day told from publication in a sentence
    with figures (``with_figures``: "파업 첫날인 어제(2일) 이용객은 612만 명") dates them
    only, once the story has a day, while a sentence of the scene alone ("사고가 난 건 어제(3일)
    오전 5시 40분쯤.") sets it. A bulletin's hour on "이날" ("이날 오후 6시 기준") is of the
    latest day the story has told (``latest``), not of an earlier day a recital of past steps
    named last ("지난 13일 3단계로 상향했다. ... 이날 오후 6시 기준 사망 46명")."""
    days = table.periods.relative_days
    out: list[PeriodMatch] = []
    kept: date | None = None  # the story's day before a gloss, given back after the sentence
    glossed = False
    for p in periods:
        p = _from_the_story(p, _bulletin_day(p, story_day, latest, days, ctx), published, days,
                            ctx)
        if p.start in glosses and not glossed:
            kept, glossed = story_day, True
        if _may_move_the_story(p, details, glosses, days, ctx) and not (
                with_figures and story_day is not None and _told_from_publication(p, days, ctx)):
            story_day = _story_day_after(p, story_day, days, ctx)
        out.append(p)
    return out, kept if glossed else story_day


def _from_the_story(p: PeriodMatch, story_day: date | None, published: date | None,
                    days: Mapping[str, int], ctx: CounterContext) -> PeriodMatch:
    """The phrase counted from the story's day when it counts from it ("이날"), else as read
    (from publication)."""
    if story_day is not None and published is not None and _counts_from_story(p, days, ctx):
        return _shifted(p, story_day - published)
    return p


def _bulletin_day(p: PeriodMatch, story_day: date | None, latest: date | None,
                  days: Mapping[str, int], ctx: CounterContext) -> date | None:
    """The day a bulletin's hour on the story's own day ("이날 오후 6시 기준") counts from: the
    latest day told, when the story last named an earlier one."""
    named = _named_day(p, days)
    if (latest is None or story_day is None or latest <= story_day or named is None
            or days[named] != 0 or named not in ctx.story_days
            or not ctx.names_an_hour(p.period.text)):
        return story_day
    return latest


def _may_move_the_story(p: PeriodMatch, details: Set[int], glosses: Set[int],
                        days: Mapping[str, int], ctx: CounterContext) -> bool:
    """The phrase may set the story's day: not a detail's day (unless it glosses the day
    before), nor a day told from the story's own ("전날")."""
    return (p.start not in details or p.start in glosses) and not _told_from_story(p, days, ctx)


def _told_from_publication(p: PeriodMatch, days: Mapping[str, int], ctx: CounterContext) -> bool:
    """A day told from publication ("어제(2일)", "오늘(4일)", "그제"), not from the story: in a
    sentence with figures, once the story has a day ("파업이 이틀째로 접어든 3일 ... 파업 첫날인
    어제(2일) 이용객은 ... 이날 오전 9시 기준"; "어제(3일) 새벽 ... 사고 ... 사망자는 오늘(4일)
    4명으로 늘었습니다 ... 전날 밤"), it dates those figures only: "이날" and "전날" still count
    from the story's day."""
    named = _named_day(p, days)
    return named is not None and named not in ctx.story_days and days[named] <= 0


def _story_day_after(
    p: PeriodMatch, story_day: date | None, days: Sequence[str], ctx: CounterContext
) -> date | None:
    """The day the story goes on with after a phrase: the day it names, the day something
    began at an hour ("22일 오후 4시부터 집회가 열렸다": then "이날", "오후 6시"), the day a tally
    ran to ("2일부터 4일 오전 6시까지 ... 203건": then "이날" is the 4th); else the one before."""
    if p.kind in _STORY_DAYS and p.period.end:
        return p.period.end
    if _began_at_an_hour(p, ctx) and not _runs_to_a_named_day(p, days):
        return p.period.start
    if _tallied_to_an_hour(p, ctx):
        return p.period.end
    return story_day


def _began_at_an_hour(p: PeriodMatch, ctx: CounterContext) -> bool:
    """A phrase of the day and hour something began ("22일 오후 4시부터"): the story's day."""
    return (p.kind is Phrase.since_day and p.period.start is not None
            and ctx.clock_re.search(p.period.text) is not None)


def _runs_to_a_named_day(p: PeriodMatch, days: Sequence[str]) -> bool:
    """A window from a day to a day named by a word ("지난 7일부터 이날 오전 7시까지", "지난달
    30일 0시부터 현재까지"): it closes on the story's day, so its start is not the story's."""
    return any(w in p.period.text for w in days)


def _tallied_to_an_hour(p: PeriodMatch, ctx: CounterContext) -> bool:
    """A window a tally ran to, ending at a day's hour ("2일부터 4일 오전 6시까지"): the hour of
    the bulletin, whose day the story goes on with."""
    return (p.kind is Phrase.day_range and p.period.end is not None
            and ctx.clock_re.search(p.period.text) is not None)


def _counts_from_story(p: PeriodMatch, days: Sequence[str], ctx: CounterContext) -> bool:
    """A relative day the story's day anchors: one that names no day ("오후 6시 현재"), or a
    word of the story's own days ("이날", "전날")."""
    named = _named_day(p, days)
    if p.period.text.startswith(tuple(ctx.now_words)):
        return False  # "지금까지", "현재까지": up to now, when the article is told
    return p.kind in _RELATIVE_DAYS and (named is None or named in ctx.story_days)


def _told_from_story(p: PeriodMatch, days: Mapping[str, int], ctx: CounterContext) -> bool:
    """A day told from the story's own ("전날", "전일": the day before it), not a day of its
    own: the story stays on its day. "14일 ... 인천항 컨테이너 처리량은 전날 하루 1만1천TEU ...
    누적 손실이 전날까지": both are the 13th, the day before the 14th, not the 12th."""
    named = _named_day(p, days)
    return (p.kind in (*_RELATIVE_DAYS, Phrase.day) and named is not None
            and named in ctx.story_days and days[named] != 0)  # "전날(2일)" is a day phrase


def _named_day(p: PeriodMatch, days: Sequence[str]) -> str | None:
    """The relative-day word a phrase opens with ("전날 오전까지": "전날"), if any."""
    return next((w for w in days if p.period.text.startswith(w)), None)


def _shifted(p: PeriodMatch, shift: timedelta) -> PeriodMatch:
    """The phrase's period moved from publication's day to the story's (by ``shift``)."""
    start, end = p.period.start, p.period.end
    return replace(p, period=p.period.model_copy(update={
        "start": None if start is None else start + shift,
        "end": None if end is None else end + shift,
    }))


def glossed_days_before(periods: Sequence[PeriodMatch], text: str, offset: int,
                        days: Mapping[str, int], ctx: CounterContext) -> set[int]:
    """The days (their starts) that gloss a day counted back from the story's ("전날인 2일",
    "전날(2일)"): the day before, which sets no story day ("이날" after it is still the lead's)."""
    back = tuple(w for w in ctx.story_days if days.get(w, 0) != 0)
    if not back or not ctx.story_day_glosses:
        return set()
    found = set()
    for p in periods:
        before = text[: p.start - offset].rstrip()
        for link in ctx.story_day_glosses:
            if before.endswith(link) and before[: len(before) - len(link)].rstrip().endswith(back):
                found.add(p.start)
    return found
