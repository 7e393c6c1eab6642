"""Where a figure of a counter language (Korean) was counted, and who estimated it, read on the
morphemes of its sentence.

Korean names the place before the figure ("경남 산청에서 8명, 경기 가평에서 3명이 숨졌다";
"사망 14명(서울 8명, 경기 4명)"), and an estimate's source right before it ("경찰 추산 1만여
명", "주최 측 추산 10만 명"). Places are the table's names (provinces, regions, foreign
countries and cities) and proper nouns with an administrative suffix ("의성군", "강남구");
"전국", "프랑스 전역" are the whole country. Every word comes from the language table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.morpheme_tags import BOUND_NOUN, NOUN_PREFIX
from claims.tokenizers import Morpheme, Part

# Bound nouns ("측" of "주최 측") and noun prefixes ("비" of "비공식") belong to a source's words.
_NOUN_TAGS = (BOUND_NOUN, NOUN_PREFIX)


@dataclass(frozen=True)
class PlaceSpan:
    start: int
    end: int
    text: str
    national: bool = False


def _is_place(m: Morpheme, ctx: CounterContext) -> bool:
    if m.tag != "NNP":
        return False
    if m.form in ctx.place_names_set:
        return True
    if not m.form.endswith(ctx.place_suffixes_all):
        return False
    return any(m.form.endswith(s) and len(m.form) > len(s) + 1 for s in ctx.place_suffixes)


def _names_a_body(m: Morpheme, ctx: CounterContext) -> bool:
    return m.part is Part.noun and m.form.endswith(ctx.place_bodies_all)


def place_spans(morphs: Sequence[Morpheme], text: str, ctx: CounterContext,
                skip: Sequence[tuple[int, int]] = ()) -> list[PlaceSpan]:
    """The places a sentence names, in order: runs of place names ("충북 청주시 오송읍", "경남
    산청"), a proper noun right after a place ("경기 가평"), and the whole country ("전국",
    "프랑스 전역"). Spans inside ``skip`` (the sentence's source, "프랑스 내무부는") are not
    places a figure was counted in."""
    spans: list[PlaceSpan] = []
    i = 0
    while i < len(morphs):
        m = morphs[i]
        national = m.form in ctx.nationwide_set
        if not (_is_place(m, ctx) or national):
            i += 1
            continue
        j, national = _place_run_end(morphs, i, text, ctx) if not national else (i + 1, True)
        start, end = m.start, morphs[j - 1].end
        if not national and j < len(morphs) and _names_a_body(morphs[j], ctx):
            i = j + 1  # "프랑스 내무부": a place naming whose body it is, not where
            continue
        if _where_counted(start, end, text, ctx, skip):
            spans.append(PlaceSpan(start, end, text[start:end], national))
        i = j
    return spans


def _where_counted(
    start: int, end: int, text: str, ctx: CounterContext, skip: Sequence[tuple[int, int]]
) -> bool:
    """A place run is where something was counted unless a dateline follows it ("(서울=
    연합뉴스)": where the wire filed from) or it stands in a span to skip (the source)."""
    if any(text.startswith(mark, end) for mark in ctx.dateline_marks):
        return False
    return not any(a <= start < b for a, b in skip)


def _place_run_end(
    morphs: Sequence[Morpheme], i: int, text: str, ctx: CounterContext
) -> tuple[int, bool]:
    """Where the run of place names from ``morphs[i]`` ends (blanks between them), and
    whether it ends naming the whole country ("프랑스 전역")."""
    j = i + 1
    while j < len(morphs) and not text[morphs[j - 1].end : morphs[j].start].strip(" "):
        nxt = morphs[j]
        if nxt.form in ctx.nationwide_set:
            return j + 1, True
        if not (_is_place(nxt, ctx) or nxt.tag == "NNP" or nxt.form in ctx.place_parts):
            break
        j += 1
    return j, False


def place_of(spans: Sequence[PlaceSpan], f: CountedFigure,
             figures: Sequence[CountedFigure], text: str) -> PlaceSpan | None:
    """The place a figure was counted in: the last place before it with no other figure
    between ("경남 산청에서 8명, 경기 가평에서 3명"); else a place that opens the sentence
    before every figure ("서울에서 8명이 숨지고 2명이 다쳤다") when no other place follows."""
    last = _last_place_before(spans, f, figures)
    if last is not None:
        return last
    first = min((g.start for g in figures), default=f.start)
    opening = [p for p in spans if p.end <= first]
    later = [p for p in spans if p.start >= first]
    if opening and not later:
        return opening[-1]
    return None


def _last_place_before(
    spans: Sequence[PlaceSpan], f: CountedFigure, figures: Sequence[CountedFigure]
) -> PlaceSpan | None:
    """The last place before the figure, when no other figure stands between them."""
    before = [p for p in spans if p.end <= f.start]
    if not before:
        return None
    last = before[-1]
    if any(last.end <= g.start and g.end <= f.start for g in figures if g is not f):
        return None
    return last


def estimate_source(morphs: Sequence[Morpheme], text: str, f: CountedFigure,
                    ctx: CounterContext) -> tuple[str, int, int] | None:
    """ "경찰 추산 1만여명", "주최 측 추산 10만 명": the nouns before an estimate word right
    before the figure are its source; returns them with the span to skip (source and word)."""
    before = [m for m in morphs if m.end <= f.start]
    if len(before) > 1 and before[-1].form in ctx.subject_particles:
        before = before[:-1]  # "경찰 추산은 22만 명이다": the estimate as the subject
    if not before or before[-1].form not in ctx.estimate_marks:
        return None
    mark = before[-1]
    between = text[mark.end : f.start].strip()
    if between and between not in ctx.subject_particles:
        return None
    nouns = _nouns_ending(_words_before(before[:-1], mark, text))
    if not nouns:
        return None
    return text[nouns[0].start : nouns[-1].end], nouns[0].start, mark.end


def estimate_spans(morphs: Sequence[Morpheme], text: str, figures: Sequence[CountedFigure],
                   ctx: CounterContext) -> list[tuple[int, int]]:
    """The spans of a sentence's estimate sources, each side's ("참석 인원은 주최 측 추산
    12만여명, 경찰 추산 3만2000여명이었다"): who estimated a figure, never what any figure
    counts; between the two figures of a pair they separate two items of one list, as a
    place does in a list by place (``claims.counted_neighbours.listed``)."""
    found = (estimate_source(morphs, text, g, ctx) for g in figures)
    return [(e[1], e[2]) for e in found if e is not None]


def _words_before(before: Sequence[Morpheme], mark: Morpheme, text: str) -> list[list[Morpheme]]:
    """The (at most two) words right before the mark, whole ("노동총동맹", "주최 측"): the
    morphemes of each, glued; blanks only between them. The mark may end the last word
    ("경찰추산 14만 명"), and a bracket or a comma ends the words ("(경찰 추산 8만명)")."""
    words: list[list[Morpheme]] = []
    for m in reversed(before):
        if not _in_a_word(m):
            break
        after = words[0][0].start if words else mark.start
        if m.end == after and words:
            words[0].insert(0, m)  # the same word
        elif m.end == after or (len(words) < 2 and m.end < after
                                and not text[m.end : after].strip(" ")):
            words.insert(0, [m])  # a word of its own: "주최 측"; "경찰추산", the mark ends it
        else:
            break
    return words


def _in_a_word(m: Morpheme) -> bool:
    """The morpheme may be part of a source's words: a bracket, a comma or another mark is not
    ("(경찰 추산 8만명)": the words stop at the bracket)."""
    return m.part is not Part.punctuation and any(ch.isalnum() for ch in m.form)


def _nouns_ending(words: list[list[Morpheme]]) -> list[Morpheme]:
    """The morphemes of the last words that are all nouns (or determiners, bound nouns), read
    back to the first word that is not."""
    nouns: list[Morpheme] = []
    for word in reversed(words):
        if not all(m.part in (Part.noun, Part.determiner) or m.tag in _NOUN_TAGS for m in word):
            break
        nouns[:0] = word
    return nouns
