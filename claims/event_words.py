"""Which words stand after a day phrase in the lead of a story: the words that tell its event
began ("지난 4일 의성군에서 발생한 산불이") or ended ("사흘 만인 6일 꺼졌다"), or that a rally or a
strike was held that day ("농민들이 오늘(8일) 집회를 열었습니다"), not any meeting
("기자간담회를 열고"). ``claims.counted_windows`` dates a story's figures by them."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from functools import cache

from claims.counter_table import CounterContext
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase


def words_between(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """One of ``words`` stands, as a word of its own, in ``text[start:end]``."""
    return bool(words) and _opening_any(tuple(words)).search(text[start:end]) is not None


@cache
def _opening_any(words: tuple[str, ...]) -> re.Pattern[str]:
    """A word of ``words`` opening a word (at the start of the part searched, or after a
    blank): one pattern per table list, compiled once."""
    return re.compile(rf"(?:^|(?<=\s))(?:{'|'.join(re.escape(w) for w in words)})")


def tells(p: PeriodMatch, kinds: Set[Phrase], after: str, words: Sequence[str]) -> bool:
    """A phrase of one of ``kinds`` followed, before the next phrase, by one of ``words``."""
    return p.kind in kinds and words_between(after, 0, len(after), words)


def tells_a_beginning(p: PeriodMatch, kinds: Set[Phrase], after: str,
                      ctx: CounterContext) -> bool:
    """A phrase of one of ``kinds`` followed by a word of an event beginning ("발생한"), or by
    a rally or strike held ("집회를 열었습니다"), not any meeting ("기자간담회를 열고")."""
    return tells(p, kinds, after, ctx.event_began) or (
        p.kind in kinds and held_an_action(after, ctx))


def held_an_action(text: str, ctx: CounterContext) -> bool:
    """ "집회를 열었습니다", "파업대회를 열고": a holding verb right after a rally's or a
    strike's noun."""
    return bool(ctx.held_verbs and ctx.held_actions) and _held(
        tuple(ctx.held_actions), tuple(ctx.held_verbs)).search(text) is not None


@cache
def _held(actions: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str]:
    """An action's noun, its particle, then a holding verb ("집회를 열었", "농성을 벌였"),
    compiled once per table: the verb alone also holds meetings ("이사회를 열어")."""
    nouns, holds = "|".join(map(re.escape, actions)), "|".join(map(re.escape, verbs))
    return re.compile(rf"(?:{nouns})\S*\s+(?:{holds})")
