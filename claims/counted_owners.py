"""Whose a figure is, when it counts what a company or body owns (its revenue, profit, share
price: the concept table's ``[owned]``), in a counter language (Korean).

Korean results copy names the company once, as the clause's topic or by a genitive, and never
beside the figure: "한빛전자는 3분기 영업이익이 2조1천억원으로 ...", "경쟁사인 세진반도체의 3분기
영업이익은 9천200억원에 그쳤다", and in a headline before the period: "한빛전자 3분기 영업이익
2조1천억원". Two companies' profits are two quantities; without the name their figures met as
one and "conflicted". The owner is the figure's ``entity``, as an English possessive's is
(``claims.counted_owner``).

Only a name is an owner: a run of nouns with a proper noun or Latin letters in it ("세진반도체",
"SK하이닉스"), or ending in a word the table lists as the head of an organisation's name
("서연금융그룹": ``owner_heads``). A kind ("경쟁사", "회사"), a place (the place slot holds it),
a time ("올해") or what is counted ("영업이익은") is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.counted_places import PlaceSpan
from claims.counter_table import CounterContext
from claims.lexicon import Lexicon
from claims.models import Slot
from claims.tokenizers import Morpheme, Part

_PROPER_TAGS = ("NNP", "SL")  # a proper noun; a word in Latin letters ("SK", "LG")
_OPENING, _CLOSING = "[(<「『", "])>」』"
_BYLINE_END = "="


def owns(concepts: Sequence[str], lexicon: Lexicon) -> bool:
    """The counted phrase's concepts name something a company or body owns, or an event whose
    amount is one ("매출": sales, whose amount is revenue; the table's ``[money]``)."""
    owned, money = lexicon.owned, lexicon.money
    return any(c in owned or money.get(c) in owned for c in concepts)


def one_owner(owners: dict[str, Slot]) -> Slot | None:
    """The one company the names an article gave stand for, when each is a part of the
    longest ("Seoyeon Holdings" in the title, "Seoyeon Holdings Group" in the lead); None for
    two (a rival's results beside the company's): its owned figures that name no owner are
    then left unnamed."""
    if not owners:
        return None
    longest = max(owners.values(), key=lambda slot: len(slot.text.split()))
    words = set(longest.text.lower().split())
    return longest if all(set(n.lower().split()) <= words for n in owners) else None


def owner_of(morphs: Sequence[Morpheme], text: str, start: int, ctx: CounterContext,
             lexicon: Lexicon, lang: str, places: Sequence[PlaceSpan],
             headline: bool) -> str | None:
    """The name that owns the figure starting at ``start``: the nearest genitive before it
    ("세진반도체의") or name right before what it owns ("태일제철 주가는"), else the topic or
    subject that opens its clause ("한빛전자는"), else, in a headline, the name it opens with
    ("한빛전자 3분기 영업이익 ..."). None when none is a name."""
    runs = _noun_runs([m for m in morphs if m.end <= start])
    if not runs:
        return None
    for k in range(len(runs) - 1, -1, -1):
        run, after = runs[k]
        genitive = after is not None and after.form == ctx.of_particle and (
            after.part is Part.particle)
        if genitive or _names_what_it_owns(run, runs[k + 1 :], text, lexicon, lang):
            name = _a_name(run, text, ctx, lexicon, lang, places)
            if name:
                return name
    opening = _first_word(morphs)
    first, after = next(((r, a) for r, a in runs if r[0] is opening), ([], None))
    if not first:
        return None
    if after is not None and after.part is Part.particle and after.form in ctx.subject_particles:
        return _a_name(first, text, ctx, lexicon, lang, places)
    if headline and (after is None or after.part is not Part.particle):
        return _a_name(first, text, ctx, lexicon, lang, places)
    return None


def _names_what_it_owns(run: Sequence[Morpheme],
                        later: Sequence[tuple[list[Morpheme], Morpheme | None]], text: str,
                        lexicon: Lexicon, lang: str) -> bool:
    """The next run of nouns, one space after ``run``, is a thing owned: "태일제철 주가는",
    "한빛전자 영업이익"."""
    if not later:
        return False
    following = later[0][0]
    if following[0].start != run[-1].end + 1 or text[run[-1].end] != " ":
        return False
    words = lexicon.normalise(text[following[0].start : following[-1].end], lang)
    return owns([w[1:] for w in words if w.startswith("#")], lexicon)


def _first_word(morphs: Sequence[Morpheme]) -> Morpheme | None:
    """The sentence's first morpheme outside punctuation, a bracketed tag, a dateline and a
    byline before it ("[속보] 한빛전자 ...", "(서울=연합뉴스) 김도윤 기자 = 서연금융그룹은 ...":
    agency copy closes its dateline and byline with "="; the "=" inside "(서울=연합뉴스)" closes
    nothing)."""
    depth = 0
    byline = -1
    for k, m in enumerate(morphs):
        depth += (m.form in _OPENING) - (m.form in _CLOSING)
        if m.form == _BYLINE_END and depth <= 0:
            byline = k
    depth = 0
    for m in morphs[byline + 1 :]:
        if m.form in _OPENING:
            depth += 1
        elif m.form in _CLOSING:
            depth -= 1
        elif m.part is not Part.punctuation and depth <= 0:
            return m
    return None


def _noun_runs(morphs: Sequence[Morpheme]) -> list[tuple[list[Morpheme], Morpheme | None]]:
    """Runs of nouns written as one word (no space between them), each with the morpheme after
    it (None at the end)."""
    runs: list[tuple[list[Morpheme], Morpheme | None]] = []
    run: list[Morpheme] = []
    for m in morphs:
        if m.part is Part.noun and (not run or run[-1].end == m.start):
            run.append(m)
            continue
        if run:
            runs.append((run, m))
        run = [m] if m.part is Part.noun else []
    if run:
        runs.append((run, None))
    return runs


def _a_name(run: Sequence[Morpheme], text: str, ctx: CounterContext, lexicon: Lexicon,
            lang: str, places: Sequence[PlaceSpan]) -> str | None:
    """The run's text when it is a name (see the module's docstring), else None."""
    start = run[0].start
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _OPENING:
        start -= 1  # the whole word: "한결금융지주" where "한결" is read as no noun
    name = text[start : run[-1].end]
    if any(p.start <= run[0].start and run[-1].end <= p.end for p in places):
        return None  # a place: the place slot holds it
    if len(run) == 1 and name in ctx.not_owners:
        return None  # a kind: "경쟁사", "회사"
    proper = any(m.tag.startswith(_PROPER_TAGS) for m in run)
    headed = (len(run) > 1 or start < run[0].start) and run[-1].form in ctx.owner_heads
    if not (proper or headed):
        return None
    concepts = [w[1:] for w in lexicon.normalise(name, lang) if w.startswith("#")]
    if owns(concepts, lexicon):
        return None  # what is counted: "영업이익은"
    return name
