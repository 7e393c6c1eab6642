"""The year of each numbered election an article names, and the results that are of it.

A history of past elections names each by its number and ties the number to its year once
("1987년 13대 대선", "18대 대선(2012년)"); later sentences name the number alone ("13대 대선에서
노태우 후보는 36.6%를 득표했고, 14대 대선에서는 ... 42%를 얻었다"). A result that names a
numbered election is of that election's year, not of the year the sentence before left (the
previous item of the history). When the article never ties the number to a year, the figure
does not take the year another election's sentence left either: no period beats a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import cache

from claims.counter_table import CounterContext
from claims.models import Period, PeriodKind
from claims.sentences import Sentence

_BLANK = r"[\s\u00a0\u202f]*"


def vote_years(sentences: Iterable[Sentence], ctx: CounterContext,
               published: date | None) -> dict[str, int]:
    """The year the article ties each election number to ("1987년 13대 대선", "18대 대선(2012년)",
    "2012년 치러진 18대 대선"), when it ties it to one year only and that year has ended."""
    before, after = _patterns(*_words(ctx))
    seen: dict[str, set[int]] = {}
    for s in sentences:
        for pattern in (before, after):
            for m in pattern.finditer(s.text):
                seen.setdefault(m.group("number"), set()).add(int(m.group("year")))
    last = published.year - 1 if published is not None else 9999
    return {n: next(iter(ys)) for n, ys in seen.items() if len(ys) == 1 and next(iter(ys)) <= last}


def of_its_numbered_vote(period: Period | None, text: str, at: int, years: dict[str, int],
                         reported: Period | None, ctx: CounterContext) -> Period | None:
    """The year of the numbered election the figure's sentence names last before it ("14대
    대선에서는 김영삼 후보가 42%를 얻었다"), for a figure whose own phrase does not date it (its
    period carried from another sentence, or none); a period carried from a sentence about
    another election is dropped when the number's year is unknown. A result given the day of
    the vote reported (``reported``) keeps it."""
    if period is not None and period.resolution not in ("carried", "publication"):
        return period
    if reported is not None and _spans(period, reported.start, reported.end):
        return period
    named = _last_named(text[:at], ctx)
    if named is None:
        return period
    year = years.get(named.group("number"))
    if year is None:
        return None if period is not None and period.resolution == "carried" else period
    start, end = date(year, 1, 1), date(year, 12, 31)
    if _spans(period, start, end):
        return period
    return Period(start=start, end=end, text=named.group(), resolution="carried",
                  kind=PeriodKind.interval)


def _spans(period: Period | None, start: date | None, end: date | None) -> bool:
    return period is not None and (period.start, period.end) == (start, end)


def of_this_vote(period: Period | None, text: str, at: int, reported: Period | None,
                 published: date | None, ctx: CounterContext) -> Period | None:
    """ "2017년 치러진 19대 대선은 77.2%의 투표율을 기록했고, 이번 대선은 79.4%를 기록하며": a
    result whose last election named before it is this one ("이번 대선") is not of the past year
    an earlier item named: it is of the day of the vote reported, else of no period."""
    if (period is None or period.end is None or published is None
            or period.kind is not PeriodKind.interval or period.end.year >= published.year):
        return period
    head = text[:at]
    this = list(_this_vote(*_words(ctx), tuple(ctx.this_vote)).finditer(head))
    numbered = list(_named(*_words(ctx)).finditer(head))
    if not this or (numbered and numbered[-1].start() > this[-1].start()):
        return period
    return reported


def _last_named(head: str, ctx: CounterContext) -> re.Match[str] | None:
    """The last numbered election named in ``head`` as the figure's own (not one
    it is measured from: "15대 대선 이후 최고", "지난 대선보다")."""
    found = list(_named(*_words(ctx)).finditer(head))
    if not found:
        return None
    last = found[-1]
    tail = head[last.end():]
    if any(tail.lstrip().startswith(w) for w in ctx.vote_number_not_own):
        return None
    return last


def _words(ctx: CounterContext) -> tuple[tuple[str, ...], ...]:
    return (tuple(ctx.vote_number_opens), tuple(ctx.vote_number_marks), tuple(ctx.vote_words),
            tuple(ctx.vote_held), tuple(ctx.year_marks))


@cache
def _number(opens: tuple[str, ...], marks: tuple[str, ...], votes: tuple[str, ...]) -> str:
    return (rf"(?:(?:{_alt(opens)}){_BLANK})?(?P<number>\d{{1,3}}){_BLANK}(?:{_alt(marks)})"
            rf"{_BLANK}(?:{_alt(votes)})")


@cache
def _named(opens: tuple[str, ...], marks: tuple[str, ...], votes: tuple[str, ...],
           held: tuple[str, ...], years: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_number(opens, marks, votes)) if marks and votes else re.compile("(?!)")


@cache
def _this_vote(opens: tuple[str, ...], marks: tuple[str, ...], votes: tuple[str, ...],
               held: tuple[str, ...], years: tuple[str, ...],
               this: tuple[str, ...]) -> re.Pattern[str]:
    """ "이번 대선", "이번 제21대 대통령선거": this election named."""
    if not this or not votes:
        return re.compile("(?!)")
    number = rf"(?:(?:{_alt(opens)}){_BLANK})?\d{{1,3}}{_BLANK}(?:{_alt(marks)}){_BLANK}"
    return re.compile(rf"(?:{_alt(this)}){_BLANK}(?:{number})?(?:{_alt(votes)})")


@cache
def _patterns(opens: tuple[str, ...], marks: tuple[str, ...], votes: tuple[str, ...],
              held: tuple[str, ...], years: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """A year right before the number (a participle of holding may stand between), and a year
    in parentheses right after the election's name."""
    if not marks or not votes or not years:
        never = re.compile("(?!)")
        return never, never
    number = _number(opens, marks, votes)
    year = rf"(?P<year>(?:19|20)\d\d){_BLANK}(?:{_alt(years)})"
    return (
        re.compile(rf"(?<!\d){year}{_BLANK}(?:(?:{_alt(held)}){_BLANK})?{number}"),
        re.compile(rf"{number}{_BLANK}\({_BLANK}{year}{_BLANK}\)"),
    )


def _alt(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"
