"""Who a Korean sentence says gives its figures: a source cited before a saying verb
("소방당국에 따르면", "경찰은 … 밝혔다"), read from the morphemes.

Moved out of ``claims.counted_morphemes``, which reads what a Korean figure counts, to keep it
under 500 lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.counted_morphemes import MAX_COUNTED_NOUNS, joined
from claims.counter_table import CounterContext
from claims.tokenizers import Morpheme, Part


def source_of(morphs: Sequence[Morpheme], ctx: CounterContext, text: str) -> str | None:
    """Who gives the sentence's figures: "경찰청에 따르면" (the nouns before the cited verb), or
    the subject of a "said" verb ("방심위는 ... 밝혔다")."""
    cited = _cited(morphs, ctx, text)
    if cited is not None:
        return cited
    if not _says(morphs, ctx):
        return None
    for k, m in enumerate(morphs):
        if m.part is Part.particle and m.form in ctx.subject_particles and k >= 1:
            return _subject_before(morphs, k, ctx, text)
    return None


def _cited(morphs: Sequence[Morpheme], ctx: CounterContext, text: str) -> str | None:
    """ "경찰청에 따르면": the nouns before the cited verb and its particle."""
    for k, m in enumerate(morphs):
        cited = m.form in ctx.cite_verbs and m.part is Part.verb and k >= 2
        if cited and morphs[k - 1].form in ctx.cite_particles:
            nouns = _nouns_back(morphs, k - 2)
            if nouns:
                return joined(nouns, text)[0]
    return None


def _says(morphs: Sequence[Morpheme], ctx: CounterContext) -> bool:
    """ "밝혔다", "집계했다": a verb of saying in the active; not the passive "집계됐다", whose
    subject is what was counted."""
    return any(
        m.form in ctx.say_verbs_set
        and (
            m.part is Part.verb
            or (k + 1 < len(morphs) and morphs[k + 1].form == ctx.active_suffix)
        )
        for k, m in enumerate(morphs)
    )


def _subject_before(morphs: Sequence[Morpheme], k: int, ctx: CounterContext,
                    text: str) -> str | None:
    """The nouns before the subject particle at ``k``: "방심위는"; "노동총동맹(CGT)은" with its
    short form; not a linking word opening the sentence ("반면 독일노총은")."""
    j, close = k - 1, None
    if morphs[j].form == ")":  # "노동총동맹(CGT)은": the name with its short form
        close = morphs[j].end
        while j >= 0 and morphs[j].form != "(":
            j -= 1
        j -= 1
    nouns = _nouns_back(morphs, j) if j >= 0 else []
    while nouns and nouns[0].form in ctx.not_source:
        nouns = nouns[1:]  # "반면 독일노총은": a linking word opens the sentence
    if nouns and close is not None:
        return text[nouns[0].start : close]
    return joined(nouns, text)[0] or None


def _nouns_back(morphs: Sequence[Morpheme], i: int) -> list[Morpheme]:
    nouns: list[Morpheme] = []
    while i >= 0 and len(nouns) < MAX_COUNTED_NOUNS:
        m = morphs[i]
        inside = (nouns and m.part is Part.determiner and m.end == nouns[0].start and i > 0
                  and morphs[i - 1].end == m.start)  # "노동총동맹": a word the analyser split
        if m.part is not Part.noun and not inside:
            break
        nouns.insert(0, m)
        i -= 1
    return nouns
