"""The scope of a record in a Korean sentence ("2014년 이후 가장 높은", "최근 10년 중 가장
작았다", "최근 10년 새 최저"): a window that only says since when, or among which years, a
figure is a record dates no figure. The figure's own time is the one its article stated before
it (the year of a harvest, the month of a release), so such a window is neither taken nor
carried on (``claims.counted_periods``)."""

from __future__ import annotations

import re

from claims.counter_table import CounterContext
from claims.event_words import words_between
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase
from claims.sentences import Sentence

# "올해 들어 가장 적었다": the lowest so far this year, a record's scope too
RECORD_SCOPES = frozenset({Phrase.since_day, Phrase.since_month, Phrase.since_year,
                           Phrase.year_to_date})
_AMONG_WINDOWS = frozenset({Phrase.trailing_window})  # "최근 5년 중": a record among those years


def scopes_a_record(p: PeriodMatch, s: Sentence, ctx: CounterContext) -> bool:
    """ "사전투표가 도입된 2014년 이후 가장 높은 수치": a "since" phrase whose clause goes on to
    a record; "재배면적은 5천820㏊로 ... 최근 10년 중 가장 작았다": a trailing window read as
    among which years ("중", "가운데", "새") before a record. "최근 5년간 612건": a window over
    which a figure was counted stays its period."""
    end = p.end - s.start
    if p.kind in RECORD_SCOPES:
        return _record_after(s.text, end, ctx)
    return (p.kind in _AMONG_WINDOWS and _among(s.text, p.start - s.start, end, ctx)
            and _record_after(s.text, end, ctx))


def _among(text: str, start: int, end: int, ctx: CounterContext) -> bool:
    """The window ends on, or is followed by, a word of choosing among ("최근 5년 새",
    "최근 10년 중", "최근 3년 가운데")."""
    said = text[start:end].rstrip()
    return (any(said.endswith(w) for w in ctx.record_among)
            or words_between(text, end, min(len(text), end + _AMONG_REACH), ctx.record_among))


_AMONG_REACH = 5  # the characters after the window where its "중" / "가운데" stands


def a_records_reference(text: str, end: int, ctx: CounterContext) -> bool:
    """ "2013년 17만2천t 이후 13년 만에 가장 적다", "2019년 91.4명을 기록한 후 최고치다": the
    figure (ending at ``end``) a record is counted since, with only words between it and the
    since word, is of its own time: a baseline the figures after do not carry on with. Not
    "52명이 숨져 2011년 이후 가장 많았다", whose since phrase is the year's."""
    for word in _WORDS.finditer(text, end, _clause_end(text, end)):
        if any(c.isdigit() for c in word.group()):
            return False
        if word.group() in ctx.record_since:
            return _record_after(text, word.end(), ctx)
    return False


_WORDS = re.compile(r"[^\s,.]+")


def _record_after(text: str, end: int, ctx: CounterContext) -> bool:
    """A record word ("가장", "최저", "만에", "역대") in the rest of the clause."""
    return words_between(text, end, _clause_end(text, end), ctx.record_words)


def _clause_end(text: str, end: int) -> int:
    """Where the clause from ``end`` stops: the next comma or full stop, else the text's end."""
    return min((k for k in (text.find(",", end), text.find(".", end)) if k >= 0),
               default=len(text))
