"""What a Korean percentage measures when a rate noun says it: "운행률", "참가율", "투표율".

Korean strike and election copy names the rate once, as a topic, and then lists its parts by
their own names only ("전체 열차 운행률은 평시 대비 81.3%로 집계됐다. 열차 종류별로는 KTX가
76.8%, 화물열차는 30.2% ..."), or names the time of an earlier reading in the rate's place ("KTX
운행률은 파업 첫날 같은 시각 80.1%에서 ..."). Read as the words right before them, such figures
counted nothing ("KTX가 76.8%"), a time word ("시각"), or were taken as shares of their part
("KTX 69.4%": a share of KTX): the same KTX rate in two outlets never met. Grammar draws it:

* a phrase that ends on a rate noun (a noun ending as the table's ``rate_endings`` say) is what
  the figure measures, not a whole it is a share of ("화물열차 운행률 24.8%");
* a figure whose own words name no part takes the rate named before it in its sentence, as a
  topic or right before it ("열차 운행률 평시 78%"), with the noun before the rate
  ("열차 운행률");
* a part named alone (a subject "KTX가", a topic "화물열차는", a bare noun "KTX") is that part's
  rate when its sentence names the rate before it ("운행률 KTX 76.4%, 여객열차 68.1%") or, naming
  none, the sentence before names the rate as its topic: "KTX 운행률".

A time noun (``time_nouns``) or a part of the day (``day_parts``: "어제 아침 23%", "월요일 저녁
진화율 41%") is no part and no kind of the rate: a wildfire bulletin gives one containment rate
at several hours, and "아침 진화율" and "저녁 진화율" are one rate. Other percentages are left
as they were read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.counter_table import CounterContext

_WORD = re.compile(r"[^\s,.…·()\[\]\"'“”‘’]+")
NEAR = 2  # words between a bare rate noun and its figure ("운행률 평시 78%")


def rate_counted(phrase: str, text: str, start: int, previous: str,
                 ctx: CounterContext) -> str | None:
    """What a percentage starting at ``start`` in ``text`` measures when a rate noun says it,
    ``phrase`` the words read as its counted or whole phrase, ``previous`` the sentence before;
    None when no rate noun says it (the reading stands)."""
    endings = tuple(ctx.rate_endings)
    if not endings:
        return None
    words = phrase.split()
    if words and _is_rate(words[-1], endings):
        return " ".join(dict.fromkeys(_without_its_hour(words, ctx)))
    before = _words(text[:start])
    part = _part_named(words, before, endings, ctx)
    if not part:
        # a figure that names only its time ("어제 아침 35%로") is one more reading of the
        # rate its sentence named before it, however far back
        timed = all(_is_time(w, ctx) for w in words)
        return _rate_before(before, ctx, endings, anywhere=timed)
    rate = _rate_before(before, ctx, endings, anywhere=True) or _topic_rate(
        _words(previous), ctx, endings)
    return f"{part} {rate.split()[-1]}" if rate is not None else None


def _part_named(words: list[str], before: list[str], endings: tuple[str, ...],
                ctx: CounterContext) -> str:
    """The part a figure's rate is of: what its own phrase names besides the rate ("운행률
    KTX 76.4%": KTX), not a time ("같은 시각 80.1%"); else the subject right before it ("KTX가
    76.8%"); else ""."""
    kept = [w for w in words if not _is_rate(w, endings)]
    part = " ".join(kept) if kept and not _is_time(kept[-1], ctx) else ""
    return part or _subject_right_before(before, ctx)


def _words(text: str) -> list[str]:
    return [m.group() for m in _WORD.finditer(text)]


def _without_its_hour(words: list[str], ctx: CounterContext) -> list[str]:
    """The words of a rate's name without the part of the day it was read at ("월요일 저녁
    진화율": 진화율); a band of hours that names a kind of the rate ("낮 시간 운행률", "퇴근
    시간대 운행률": a part of the day then a time noun) stays."""
    return [w for k, w in enumerate(words)
            if not (w in ctx.day_parts and (k + 1 == len(words)
                                            or words[k + 1] not in ctx.time_nouns))]


def _is_time(word: str, ctx: CounterContext) -> bool:
    """A noun of a time ("시각") or a part of the day ("아침"): when, never what."""
    return word in ctx.time_nouns or word in ctx.day_parts


def _is_rate(word: str, endings: tuple[str, ...]) -> bool:
    return len(word) >= 2 and word.endswith(endings)


def _stem(word: str, particles: Sequence[str]) -> tuple[str, str]:
    """(the word without a particle that ends it, the particle or "")."""
    for particle in sorted(particles, key=len, reverse=True):
        if word.endswith(particle) and len(word) > len(particle):
            return word[: -len(particle)], particle
    return word, ""


def _with_noun_before(words: list[str], k: int, stem: str, ctx: CounterContext) -> str:
    """The rate noun with the bare noun before it ("열차 운행률"), when there is one."""
    if k > 0:
        noun, particle = _stem(words[k - 1], [*ctx.subject_particles, *ctx.rate_noun_links])
        timed = _is_time(noun, ctx) or bool(ctx.day_ordinal and noun.endswith(ctx.day_ordinal))
        # "발표와 같으며 진화율은": a clause ending before the rate, no noun of it
        linked = (words[k - 1] + " ").endswith(tuple(ctx.clause_links))
        if not (particle or timed or linked or any(c.isdigit() for c in noun)):
            return f"{noun} {stem}"  # not "이틀째 참가율": a day, not a kind of the rate
    return stem


def _rate_before(words: list[str], ctx: CounterContext, endings: tuple[str, ...],
                 anywhere: bool = False) -> str | None:
    """The rate named before the figure in its sentence: a topic ("KTX 운행률은 ... 80.1%"),
    or a bare rate noun ``NEAR`` words or fewer before it ("열차 운행률 평시 78%"); with
    ``anywhere``, any rate noun of the sentence before the figure."""
    for k in range(len(words) - 1, -1, -1):
        stem, particle = _stem(words[k], ctx.subject_particles)
        if not _is_rate(stem, endings):
            continue
        near = len(words) - 1 - k <= NEAR and not particle
        if anywhere or particle in ctx.topic_particles or near:
            return _with_noun_before(words, k, stem, ctx)
    return None


def _subject_right_before(words: list[str], ctx: CounterContext) -> str:
    """The part named as the subject right before the figure ("KTX가 76.8%"), else ""."""
    if not words:
        return ""
    stem, particle = _stem(words[-1], ctx.subject_particles)
    return stem if particle and not any(c.isdigit() for c in stem) else ""


def _topic_rate(words: list[str], ctx: CounterContext, endings: tuple[str, ...]) -> str | None:
    """The rate a sentence names as its topic ("전체 열차 운행률은 평시 대비 81.3%로")."""
    for k, word in enumerate(words):
        stem, particle = _stem(word, ctx.topic_particles)
        if particle and _is_rate(stem, endings):
            return _with_noun_before(words, k, stem, ctx)
    return None
