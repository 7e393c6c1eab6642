"""Where a figure is and what named thing it measures: place and entity phrases, and which
figure of the sentence each belongs to.

A place or entity phrase binds to the figure before it in its clause, else to the one after
it; a phrase opening the sentence frames every figure without one of its own. Split from
``claims.frame`` because binding spans to figures is a job of its own, tested through it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.figure_asides import figure_before_aside
from claims.frame_patterns import FramePatterns
from claims.lang import Context

NATIONAL = "national"  # concept id of a place phrase that names the whole country
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]«»\"“”!?…–—]")


@dataclass(frozen=True)
class Span:
    """A place or entity phrase of a sentence (offsets in the sentence)."""

    start: int
    end: int
    text: str
    concept: str | None = None
    # a clause's subject or owner ("Florida has carried out nine"): the place of the figure
    # after it in its clause only, never of the sentence nor of the article
    subject: bool = False


_read: tuple[str | None, FramePatterns | None, list[Span]] = (None, None, [])  # last read


def places(text: str, pat: FramePatterns) -> list[Span]:
    """The place phrases of a sentence. Kept for the sentence last read: an article that has
    named no place yet asks them of each sentence twice (its lead place, then the frames)."""
    global _read
    if text is not _read[0] or pat is not _read[1]:
        _read = (text, pat, _places(text, pat))
    return list(_read[2])


def _places(text: str, pat: FramePatterns) -> list[Span]:
    spans: list[Span] = []
    if pat.nationwide is not None:
        for m in pat.nationwide.finditer(text):
            spans.append(Span(m.start(), m.end(), m.group(), NATIONAL))
    if pat.wider_scope is not None:  # a place named by its phrase alone: "statewide"
        spans.extend(Span(m.start(), m.end(), m.group()) for m in pat.wider_scope.finditer(text))
    if pat.place is not None:
        _add_named_places(text, pat.place, pat, spans)
    _add_subject_places(text, pat, spans)
    return sorted(spans, key=lambda s: s.start)


def _add_subject_places(text: str, pat: FramePatterns, spans: list[Span]) -> None:
    """Adds the places the sentence names as a clause's subject or owner ("Florida has carried
    out nine executions", "Alabama 6", "Pennsylvania's 19 electoral votes"), but for one after a
    word that makes it a destination or an owner's part ("flights to Florida have risen"), and
    an auxiliary alone before a participle ("Russia has launched 120 drones": the doer)."""
    if pat.subject_place is None:
        return
    for m in pat.subject_place.finditer(text):
        if any(s.start <= m.start() < s.end for s in spans):
            continue
        before = text[: m.start()].split()
        if before and before[-1].lower() in pat.articles:
            before = before[:-1]
        if before and before[-1].lower().strip("(\"“") in pat.subject_not_after:
            continue
        verb = m.group("verb")
        if verb in pat.subject_auxiliaries:
            following = text[m.end():].split()[:1]
            if following and following[0].lower().endswith(pat.participle_endings):
                continue
        name = pat.ctx.place_adjectives.get(m.group("name"), m.group("name"))  # "US": its name
        spans.append(Span(m.start("name"), m.end("name"), name, subject=True))


def _add_named_places(
    text: str, place: re.Pattern[str], pat: FramePatterns, spans: list[Span]
) -> None:
    """Adds the places the sentence names ("in Metz") to ``spans``, but for a word that is
    no place and one inside a span already found."""
    for m in place.finditer(text):
        name = m.group(1).rstrip(".'’-")
        first = re.split(r"[\s\u00a0'’-]", name)[0].lower()
        if first in pat.not_places or len(name) < 2:
            continue
        words = name.split()
        if len(words) > 1 and words[-1].lower() in pat.entity_heads:
            continue  # "in the Eaton Fire": a named thing measured, the entity; "the Channel" is
            # a place
        if any(s.start <= m.start() < s.end for s in spans):
            continue
        end = _second_place_end(text, m.start(1) + len(name), pat)
        spans.append(Span(m.start(), end, text[m.start(1) : end]))


def _second_place_end(text: str, end: int, pat: FramePatterns) -> int:
    """Where a place joined to the one ending at ``end`` ends ("in Turkey and Syria", "en
    Turquie et en Syrie"): the two names are one place, both countries' figures, which neither
    alone is; ``end`` itself when none is joined."""
    if pat.place_and is None:
        return end
    m = pat.place_and.match(text, end)
    if m is None or m.group(2).split()[0].lower() in pat.not_places:
        return end
    name = m.group(2).rstrip(".'’-")
    if m.group(1) is None and not _known_place(name):
        return end  # "12 morts en Turquie et Ankara a décrété": a clause's subject, maybe
    return m.start(2) + len(name)


def _known_place(name: str) -> bool:
    """A name the concept table knows ("Syria", "Lyon"), the only kind of second place read
    with no place word before it: a capitalised word after "and" may open a clause."""
    from claims.frame_slots import lexicon_of_concepts  # late: frame_slots reads frames

    words = lexicon_of_concepts().normalise(name)
    return bool(words) and all(w.startswith("#") for w in words)


def entities(text: str, pat: FramePatterns) -> list[Span]:
    if pat.entity is None:
        return []
    spans = []
    for m in pat.entity.finditer(text):
        name = m.group(1).strip()
        words = name.split()
        first = words[0].lower()
        if first in pat.not_places:
            continue
        if first in pat.articles:  # "The company said ...": an article opening the sentence
            if len(words) < 3 or words[1].lower() in pat.articles:
                continue  # nothing named but the head
            cut = m.start(1) + name.index(words[1], len(words[0]))
            spans.append(Span(cut, m.end(1), name[cut - m.start(1):]))
            continue
        spans.append(Span(m.start(1), m.end(1), name))
    return spans


def clause_broken(gap: str, pat: FramePatterns) -> bool:
    """A comma, a clause link ("and", "while", "et") or a figure between two points."""
    if _CLAUSE_BREAK.search(gap):
        return True
    return any(w.lower() in pat.clause_links for w in gap.split())


def bind(
    spans: list[Span], starts: list[int], ends: list[int], text: str, pat: FramePatterns
) -> list[Span | None]:
    """Which figure each place or entity phrase belongs to: the figure before it in the same
    clause ("408 à Metz"), else the figure after it in the same clause ("the Ridge fire is 35%
    contained"); a phrase that opens the sentence before a comma frames every figure without
    one of its own ("In Cook County, 71 cases...")."""
    own: list[Span | None] = [None] * len(starts)
    framing: Span | None = None
    for span in sorted(spans, key=lambda s: s.subject):  # "in Japan" before a subject's place
        k = _clause_figure(span, starts, ends, text, pat)
        if span.subject:  # not past a phrase framing the sentence ("Statewide, Oregon has")
            k = _figure_after(span, starts, text, pat) if framing is None else None
            if k is not None and own[k] is None:
                own[k] = span
            continue
        if k is None:
            if _opens_sentence(span, starts, ends):
                framing = framing or span
            continue
        if own[k] is None:
            own[k] = span
    _asides_take_their_figures_place(own, starts, ends, text)
    return [o if o is not None else framing for o in own]


def _asides_take_their_figures_place(own: list[Span | None], starts: list[int], ends: list[int],
                                     text: str) -> None:
    """ "6 900 à Quimper (14 000)": a figure opening its parenthesis with no place of its own
    is the other side's count of the figure right before the parenthesis, and takes its place
    (``claims.figure_asides``)."""
    for k, start in enumerate(starts):
        before = figure_before_aside(text, start, ends) if own[k] is None else None
        if before is not None and own[before] is not None:
            own[k] = own[before]


def _clause_figure(
    span: Span, starts: list[int], ends: list[int], text: str, pat: FramePatterns
) -> int | None:
    """The figure before ``span`` in its clause, else the one after it in its clause."""
    before = [k for k, e in enumerate(ends) if e <= span.start]
    after = [k for k, s in enumerate(starts) if s >= span.end]
    if before and not clause_broken(text[ends[before[-1]] : span.start], pat):
        return before[-1]
    if after and not clause_broken(text[span.end : starts[after[0]]], pat):
        return after[0]
    return None


def _figure_after(span: Span, starts: list[int], text: str, pat: FramePatterns) -> int | None:
    """The figure after ``span`` in its clause: a subject's or an owner's place counts there."""
    after = [k for k, s in enumerate(starts) if s >= span.end]
    if after and not clause_broken(text[span.end : starts[after[0]]], pat):
        return after[0]
    return None


def _opens_sentence(span: Span, starts: list[int], ends: list[int]) -> bool:
    """No figure ends before ``span`` and one comes after it: it frames the sentence."""
    return not any(e <= span.start for e in ends) and any(s >= span.end for s in starts)


def place_and_counted(place: Span | None, counted: str, pat: FramePatterns,
                      ctx: Context) -> tuple[Span | None, str]:
    """The figure's place and what it counts without it: the place phrase bound to it, else a
    place adjective of the counted phrase ("US executions", "officines finistériennes": the
    United States', the Finistère's), which stays in the phrase: "US flights" over "flights
    within, into or out of the United States" are two groups the headline check reads, not
    one group's pair of two periods."""
    if place is not None:
        return place, without_its_place(counted, place.text, ctx)
    words = counted.split()
    if len(words) < 2 or not ctx.place_adjectives:
        return None, counted
    for word in words:
        name = ctx.place_adjectives.get(word.rstrip(",;:"))
        if name is not None:
            return Span(-1, -1, name), counted
    return None, counted


def without_its_place(counted: str, place: str, ctx: Context) -> str:
    """What is counted without the place phrase the place slot holds: "people across Tanzania"
    with the place "Tanzania" counts people (a place read after the counted noun is no word of
    it, as "in" ends the phrase already; "across", "throughout" did not). A phrase the place
    reader did not read as one ("homes lost power across the south-east") is kept whole."""
    at = counted.rfind(place) if place else -1
    if at <= 0:
        return counted
    kept = _before_the_place(counted[:at].split(), place, ctx)
    return counted if kept is None else " ".join(kept)


def _before_the_place(words: list[str], place: str, ctx: Context) -> list[str] | None:
    """The counted words before the place phrase: without its intro and article ("people
    across the"), or as they are when the place slot holds its intro ("across the region" read
    whole); None when no intro stands right before it (the phrase is kept whole)."""
    intros = {w.lower() for w in ctx.place_intro}
    if words and place.split()[0].lower() in intros:
        return words
    if words and words[-1].lower() in {a.lower() for a in ctx.articles}:
        words = words[:-1]
    if len(words) < 2 or words[-1].lower() not in intros:
        return None
    return words[:-1]
