"""A topic's value told with no predicate after it: a nominal sentence, or a list of pairs.

Korean broadcast and wire copy often gives a topic's value and stops ("농성에 참여한
조합원은 1천340명.": TV copy drops the copula), or lists several topics with their values
under one predicate at the end ("파업 참가자는 7천370명, 복귀자는 364명, 파업참가율은 40.2%로
각각 파악됐다"). The figure is still what its topic numbers, as "387명으로 집계됐다" says it
(``claims.counted_morphemes``): the topic is what it counts. Grammar draws the line: after the
figure (an aside in parentheses skipped, "4명(경북 3명)") the sentence ends, or a comma opens the
next pair, a few words then a topic particle (``topic_particles``) then a figure.
"""

from __future__ import annotations

import re
from functools import cache

from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext

PAIR_WORDS = 3  # words of the next pair's topic ("노조원 대비 파업참가율은")
_figure_word = re.compile(r"[\d.,]+\s?[^\s,.()\d]*")  # "364명으로", "2명을", "40.2%로"


def told_without_predicate(text: str, f: CountedFigure, ctx: CounterContext) -> bool:
    """Whether the figure ends a nominal sentence ("...은 1천340명.") or a pair of a list
    whose next pair is a topic and its figure ("참가자는 7천370명, 복귀자는 364명")."""
    if not ctx.topic_particles:
        return False
    after = past_an_aside(text, f.end)
    if not after.strip() or after.strip() in ctx.sentence_ends:
        return True
    pair = _next_pair(tuple(ctx.topic_particles)).match(after)
    if pair is None:
        return False
    # "경찰은 3명, 소방은 2명을 구조했다": the last pair's figure an object, the topics are who
    # acted, not what the figures count
    last = _figure_word.match(after, pair.end() - 1)
    return last is None or not last.group(0).endswith(tuple(ctx.object_particles))


def past_an_aside(text: str, end: int) -> str:
    """The text after the figure ending at ``end``, past an aside in parentheses glued to it
    ("4명(경북 3명)", "2천215명(11.2%)보다"): what the sentence says of the figure goes on after
    the aside."""
    after = text[end:]
    if after.startswith("("):
        close = after.find(")")
        if close > 0:
            return after[close + 1 :]
    return after


@cache
def _next_pair(particles: tuple[str, ...]) -> re.Pattern[str]:
    """A comma, then up to ``PAIR_WORDS`` words ending in a topic particle, then a figure."""
    particle = "|".join(map(re.escape, particles))
    word = r"[^\s,.\d()]+"
    return re.compile(rf",\s*(?:{word}\s+){{0,{PAIR_WORDS - 1}}}{word}?(?:{particle})\s*\d")
