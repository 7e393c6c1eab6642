"""The day a Korean statement was made, not its figures' time: a day right before a verb of
saying ("5.9% 증가했다고 12일 밝혔다", "라고 AFP통신이 8일(현지시간) 보도했다"), or before
the source a release is cited from ("29일 중앙재난안전대책본부에 따르면"). Split out of
``claims.counted_windows`` (which dates the figures) so that each stays one job."""

from __future__ import annotations

from claims.counter_table import CounterContext
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase
from claims.sentences import Sentence

SAID_GAP_WORDS = 2  # "12일 보도자료를 통해 밝혔다", "9일 연합뉴스에 전했다"
SAID_DAYS = frozenset({Phrase.day, Phrase.relative_day})


def said_day(p: PeriodMatch, s: Sentence, ctx: CounterContext) -> bool:
    """ "5.9% 증가했다고 12일 밝혔다", "늘었다고 이날 발표했다": a day right before a verb of
    saying (a time of day, the means or the outlet told may stand between) dates the
    statement, not the figures the sentence gives."""
    if p.kind not in SAID_DAYS or not ctx.said_after_day:
        return False
    words = s.text[p.end - s.start :].split()
    if _cited_right_after(words, ctx):
        return True
    for word in words[: SAID_GAP_WORDS + 1]:
        if any(word.startswith(v) for v in ctx.said_after_day):
            return True
        if not _between_day_and_saying(word, ctx):
            return False
    return False


CITE_GAP_WORDS = 4  # "9일(현지시간) 모로코 내무부에 따르면": the source's name may run a few words


def _cited_right_after(words: list[str], ctx: CounterContext) -> bool:
    """ "29일 중앙재난안전대책본부에 따르면", "9일(현지시간) 모로코 내무부에 따르면": the source,
    a few words with no figure or comma closed by the particle of citing, then the verb of
    citing, right after the day: the day the source gave the figures."""
    for i, word in enumerate(words[: CITE_GAP_WORDS + 1]):
        if i and word.startswith(tuple(ctx.cite_verbs)) and words[i - 1].endswith(
                tuple(ctx.cite_particles)):
            return True
        if any(c.isdigit() for c in word) or "," in word:
            return False
    return False


def _between_day_and_saying(word: str, ctx: CounterContext) -> bool:
    """A word that may stand between a day and its verb of saying (a time of day, the means,
    the outlet told: "보도자료를 통해"), never a figure or a clause's comma."""
    if any(c.isdigit() for c in word) or "," in word:
        return False
    return word in ctx.said_between or any(
        word.endswith(b) for b in ctx.said_between if len(b) < len(word)
    )
