"""A grammar of period phrases, found in a sentence and resolved to date intervals.

The phrases are data (``[extraction.periods].patterns`` in each language table: a regex template
and the kind of phrase it is, a ``Phrase``); this module expands the templates and finds them,
and ``claims.period_resolvers`` knows what each kind means in dates. A general date parser won't
do: dateparser reads French "sept" (seven) as September.

Relative phrases ("l'an dernier", "last week") need the publication date; when it is unknown
they stay unresolved and say so, never resolved against today's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from claims.lang import ExtractionTable, _alternation, load_table
from claims.models import Period, PeriodKind
from claims.period_match import Match, shift
from claims.period_openers import (
    Openers,
    Openings,
    by_first_letter,
    openers,
    slot_openers,
    starts,
)
from claims.period_openers import matches as matches_at
from claims.period_openers import openings as word_openings
from claims.period_resolvers import later_day, resolve
from claims.period_words import (
    Clauses,
    WordFinder,
    found_in,
    lowered_text,
    may_match,
    required_words,
)
from claims.phrase_kinds import Phrase

_BLANK = r"[\s\u00a0\u202f]+"
_PLACEHOLDER = re.compile(
    r"\{(year|month|n|unit|yearref|part|ord|weekday|day|relday|season|event)\}"
)


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    """A period phrase found in a sentence: its span (absolute offsets) and what it resolves to."""

    start: int
    end: int
    kind: Phrase
    period: Period
    is_point: bool = False  # a moment (a day, the end of a month) rather than a span
    announced: bool = False  # the day something was said ("said Wednesday"), not a period
    step: str | None = None  # "the previous week": the unit a comparison steps back by
    steps: int = 1  # "deux ans plus tôt": how many of those units


@dataclass(frozen=True, slots=True)
class _Grammar:
    # Each pattern with the slots it needs, the words it can start with (None: any) and the
    # text any match holds (claims.period_words).
    patterns: tuple[
        tuple[re.Pattern[str], Phrase, frozenset[str], frozenset[str] | None, Clauses], ...
    ]
    slots: dict[str, frozenset[str]]  # the first words each slot can start with
    strings: frozenset[str]  # every string a pattern's match must hold one of
    finder: WordFinder  # finds them in a sentence from its words
    # For each string, the patterns that need it (one of their clauses, the most telling, is
    # indexed), and the patterns that require no string: a sentence's candidates are found
    # from the strings it holds, instead of testing every pattern (speed).
    by_string: dict[str, tuple[int, ...]]
    unindexed: tuple[int, ...]
    # What each pattern's first word opens with (claims.period_openers), None when unknown.
    openers: tuple[dict[str, tuple[str, ...]] | None, ...]
    # The accentless capitals the language's press writes for accented ones ("A" for "À").
    accentless: re.Pattern[str] | None = None

    def candidates(self, held: frozenset[str]) -> list[int]:
        """The indexes of the patterns that may match a sentence holding ``held``, in order:
        every pattern whose indexed clause the sentence holds a string of, and those with no
        clause. The others cannot match (``may_match`` would refuse them)."""
        found = set(self.unindexed)
        for word in held:
            found.update(self.by_string.get(word, ()))
        return sorted(found)


def _expand(template: str, table: ExtractionTable, named: bool = True) -> str:
    """Turn a template into a regex with numbered named groups (year1, year2, month1...)."""
    counts: dict[str, int] = {}
    periods = table.periods

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        counts[name] = counts.get(name, 0) + 1
        group = f"{name}{counts[name]}"
        body = {
            "year": r"(?:19|20)\d{2}",
            "month": _alternation(periods.months),
            "n": r"[\w-]+",
            "unit": _alternation(periods.units),
            "yearref": _alternation(periods.year_refs),
            "part": _alternation(periods.month_parts),
            "ord": _alternation(periods.ordinals) or "(?!)",
            "weekday": _alternation(periods.weekdays) or "(?!)",
            "day": rf"(?:[12]\d|3[01]|0?[1-9])(?:{_alternation(periods.day_suffixes)})?",
            "relday": _alternation(periods.relative_days) or "(?!)",
            "season": _alternation(periods.seasons) or "(?!)",
            "event": _alternation(periods.events) or "(?!)",
        }[name]
        return f"(?P<{group}>{body})" if named else f"(?:{body})"

    template = template.replace(" ", "\x00").replace("'", "\x01")
    regex = _PLACEHOLDER.sub(fill, template)
    regex = regex.replace("\x00", _BLANK).replace("\x01", "['’]")
    end = r"(?!\w)"
    if periods.glued_particles:
        end = rf"(?:(?!\w)|(?=(?:{_alternation(periods.glued_particles)})))"
    return rf"(?<!\w)(?<!\d\.)(?:{regex}){end}"  # not inside a decimal: "평년(5.3일)"


_SLOTS_NEEDING_A_WORD = (
    "year", "month", "unit", "yearref", "part", "ord", "weekday", "day", "relday", "season",
    "event",
)


@cache
def _grammar(lang: str) -> _Grammar:
    """Each pattern compiled once, with the slots it needs, so a sentence with no month name
    and no year never runs the patterns that need them (speed: most sentences have neither)."""
    table = load_table(lang).extraction
    periods = table.periods
    # A slot can only match where one of its words' first word stands in the sentence.
    lists = (
        ("month", periods.months),
        ("unit", periods.units),
        ("yearref", periods.year_refs),
        ("part", periods.month_parts),
        ("ord", periods.ordinals),
        ("weekday", periods.weekdays),
        ("relday", periods.relative_days),
        ("season", periods.seasons),
        ("event", periods.events),
    )
    slots = {
        name: frozenset(_first_word(phrase) for phrase in phrases) for name, phrases in lists
    }
    opening = {name: slot_openers(phrases) for name, phrases in lists}
    compiled = []
    for template, kind in periods.patterns:
        needs = frozenset(
            name
            for name in _PLACEHOLDER.findall(_outside_groups(template))
            if name in _SLOTS_NEEDING_A_WORD
        )
        pattern = re.compile(_expand(template, table), re.I)
        compiled.append((pattern, kind, needs, _lead_words(template), required_words(template)))
    strings = frozenset(w for *_, required in compiled for clause in required for w in clause)
    by_string: dict[str, list[int]] = {}
    unindexed: list[int] = []
    for i, (*_, required) in enumerate(compiled):
        if not required:
            unindexed.append(i)
            continue
        for word in _most_telling(required):
            by_string.setdefault(word, []).append(i)
    return _Grammar(
        tuple(compiled),
        slots,
        strings,
        WordFinder(strings),
        {word: tuple(indexes) for word, indexes in by_string.items()},
        tuple(unindexed),
        tuple(_by_letter(openers(template, opening)) for template, _ in periods.patterns),
        re.compile(rf"(?<![\w'’-])(?:{_alternation(list(periods.accentless_capitals))})(?= )")
        if periods.accentless_capitals else None,
    )


def _by_letter(first: Openers | None) -> dict[str, tuple[str, ...]] | None:
    return None if first is None else by_first_letter(first)


def _most_telling(required: Clauses) -> frozenset[str]:
    """The clause whose strings are rarest in text (its shortest string is the longest): the
    one a pattern is indexed by."""
    return max(required, key=lambda clause: min(len(w) for w in clause))


_WORD = re.compile(r"\w+")


def _first_word(phrase: str) -> str:
    """ "l'an dernier" -> "l", "the end of" -> "the": how a phrase shows in a word set."""
    match = _WORD.search(phrase.lower())
    return match.group() if match else phrase.lower()


def _outside_groups(template: str) -> str:
    """The template without its parenthesised parts: what every match must contain."""
    out, depth = [], 0
    for char in template:
        depth += char == "("
        if depth == 0:
            out.append(char)
        depth -= char == ")"
    return "".join(out)


def _lead_words(template: str) -> frozenset[str] | None:
    """The first word of every way a template can start ("(?:au cours|pendant) ..." ->
    {"au", "pendant"}), or None when it starts with a slot or an optional part."""
    if template.startswith("(?:"):
        depth, close = 0, -1
        for i, char in enumerate(template):
            depth += char == "("
            depth -= char == ")"
            if depth == 0:
                close = i
                break
        if close < 0 or template[close + 1 : close + 2] in ("?", "*"):
            return None
        alternatives, depth, current = [], 0, ""
        for char in template[3:close]:
            if char == "|" and depth == 0:
                alternatives.append(current)
                current = ""
                continue
            depth += (char == "(") - (char == ")")
            current += char
        alternatives.append(current)
        words = set()
        for alternative in alternatives:
            first = _lead_words(alternative) if alternative.startswith("(?:") else None
            if first is not None:
                words |= first
                continue
            match = _WORD.match(alternative)
            if not match or alternative.startswith("{"):
                return None
            words.add(match.group().lower())
        return frozenset(words)
    match = _WORD.match(template)
    return frozenset({match.group().lower()}) if match and not template.startswith("{") else None


def _referred(r: Match, previous: Sequence[Period]) -> Period | None:
    """The earlier period a back reference means: the latest one, or, when the phrase gives a
    length ("cette période de sept mois"), the latest one that lasted that long."""
    if not previous:
        return None
    if r.group("n1") is None and r.group("unit1") is None:
        return previous[-1]
    n = r.count()  # "for the quarter": one quarter
    if n is None:
        return previous[-1]
    wanted = shift(date(2001, 1, 1), r.unit(), n) - date(2001, 1, 1)
    for candidate in reversed(previous):
        if candidate.start and candidate.end:
            length = candidate.end - candidate.start + timedelta(days=1)
            if abs((length - wanted).days) <= 3:
                return candidate
    return None  # "for the quarter" with no quarter before: nothing to carry


_POINT_KINDS = frozenset({Phrase.month_part, Phrase.weekday, Phrase.ago, Phrase.day,
                          Phrase.relative_day, Phrase.unit_later})


_RECORD_SENSITIVE = frozenset({
    Phrase.since_day, Phrase.since_weekday, Phrase.since_month, Phrase.since_year,
    Phrase.yearref, Phrase.year, Phrase.year_to_date, Phrase.this_month,
    Phrase.trailing_window,
})


def find_periods(
    sentence: str,
    offset: int,
    lang: str,
    published: date | None,
    previous: Sequence[Period] = (),
) -> list[PeriodMatch]:
    """Period phrases in a sentence, left to right, non-overlapping (earlier, then longer, wins).

    ``previous`` holds the periods of the preceding sentences, latest last, for phrases that
    refer back ("au cours de cette période de sept mois"). A phrase right after a verb of saying
    ("said Wednesday", "a annoncé lundi") is marked ``announced``: it dates the statement.
    """
    grammar = _grammar(lang)
    table = load_table(lang).extraction
    if grammar.accentless is not None:  # "A la même époque": "À la même époque", same length
        sentence = grammar.accentless.sub(lambda m: table.periods.accentless_capitals[m[0]],
                                          sentence)
    glued = bool(table.periods.glued_particles)
    lowered = lowered_text(sentence)
    # The sentence's words with where each starts, read once: a pattern that opens with a word
    # is tried only where such a word stands (claims.period_openers). Not when words are glued
    # to particles, nor when the sentence's case cannot be trusted.
    by_letter: Openings | None = None
    if glued:  # "25일까지", "2024년에": digits glued to words, every slot may stand anywhere
        words: set[str] = set()  # (and no pattern is skipped for its lead word)
        present = {*grammar.slots, "day", "year"}
    else:
        if lowered is not None:
            by_letter, words = word_openings(sentence)
        else:
            words = set(_WORD.findall(sentence.lower()))
        present = {name for name, firsts in grammar.slots.items() if firsts & words}
        if any(w.isdigit() for w in words):
            present.add("day")
            if any(len(w) == 4 and w[:2] in ("19", "20") for w in words if w.isdigit()):
                present.add("year")
    found: list[tuple[int, int, Phrase, re.Match[str]]] = []
    if by_letter is not None and lowered is not None:
        held = grammar.finder.found_in(lowered, words)
    elif lowered is not None:
        held = found_in(grammar.strings, lowered)
    else:
        held = frozenset()
    candidates = (
        grammar.candidates(held) if lowered is not None else range(len(grammar.patterns))
    )
    for i in candidates:
        pattern, kind, needs, leads, required = grammar.patterns[i]
        if not needs <= present or (leads is not None and not glued and not leads & words):
            continue
        if lowered is not None and not may_match(required, held):
            continue
        first = grammar.openers[i]
        if first is None or by_letter is None:
            matches: Iterable[re.Match[str]] = pattern.finditer(sentence)
        else:
            matches = matches_at(pattern, sentence, starts(by_letter, first))
        for m in matches:
            found.append((m.start(), m.end(), kind, m))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    results: list[PeriodMatch] = []
    taken_until = -1
    for start, end, kind, m in found:
        if start < taken_until:
            continue
        if kind is Phrase.future:  # "later this month": not "this month", and no period
            taken_until = end
            continue
        earlier = previous
        if kind is Phrase.unit_later:  # "On May 1 ... and the next day": this sentence's too
            earlier = [*previous, *(r.period for r in results)]
        if kind in _RECORD_SENSITIVE and table.superlative_re.search(
            sentence, max(0, start - 60), start
        ):
            continue  # "the highest since 2019": a record's baseline, not a period
        match = _match(m, kind, table, lang, published, earlier)
        if match is None:
            continue
        announced = _announced(sentence, start, end, kind, table)
        reader = Match(m, table, lang, published) if kind is Phrase.unit_earlier else None
        step = _step(reader) if reader is not None else None
        results.append(
            PeriodMatch(
                offset + start, offset + end, kind, match, kind in _POINT_KINDS, announced, step,
                (reader.count() or 1) if reader is not None else 1,
            )
        )
        taken_until = end
    return results


# Phrases that set the scene of the sentences after them: days of events.
SCENE_KINDS = frozenset({
    Phrase.day, Phrase.weekday, Phrase.relative_day, Phrase.day_range, Phrase.weekday_range,
    Phrase.weekend, Phrase.unit_later,
})


def may_name_a_day(sentence: str, lang: str) -> bool:
    """Whether a sentence may name the day of an event (a weekday, a month, "yesterday", "the
    next day"): the cheap test before reading a sentence without figures for its day (most
    have none)."""
    grammar = _grammar(lang)
    words = set(_WORD.findall(sentence.lower()))
    if words & (grammar.slots["weekday"] | grammar.slots["month"] | grammar.slots["relday"]):
        return True
    return any(
        pattern.search(sentence)
        for pattern, kind, needs, _, _ in grammar.patterns
        if kind in SCENE_KINDS and not needs
    )


def _step(reader: Match) -> str:
    """The unit a comparison steps back by: the one it names, else a day ("la veille")."""
    named = any(reader.group(f"unit{i}") for i in (1, 2, 3))
    return reader.unit() if named else "day"


_DAY_LIKE = frozenset({Phrase.day, Phrase.weekday, Phrase.relative_day})
_DIGIT = re.compile(r"\d")


def _announced(sentence: str, start: int, end: int, kind: Phrase, table: ExtractionTable) -> bool:
    """Whether a phrase dates a statement: right after a verb of saying ("said Wednesday"), a
    day naming a report ("in its Wednesday report", "Tuesday's bulletin"), or a day opening a
    clause that says a report was published ("Le 26 août, l'association a
    publié un rapport ... 220 000")."""
    said = table.announcement_re.search(sentence[:start])
    if said is not None:
        before = sentence[: said.start()].split()
        auxiliaries = {a.lower() for a in table.periods.passive_auxiliaries}
        counted = {n.lower() for n in table.periods.counted_before_saying}
        last = before[-1].lower().strip(",;:") if before else ""
        # "were confirmed in May"; "the jobs added last month": counted, not said
        return not (last in auxiliaries or last in counted)
    if kind not in _DAY_LIKE:
        return False
    if table.report_noun_re.match(sentence, end):
        return True  # "said in its Wednesday report", "Tuesday's bulletin": a report's day
    digit = _DIGIT.search(sentence, end)
    stop = digit.start() if digit else len(sentence)
    return bool(table.report_verb_re.search(sentence, end, stop))


def _match(
    m: re.Match[str],
    kind: Phrase,
    table: ExtractionTable,
    lang: str,
    published: date | None,
    previous: Sequence[Period],
) -> Period | None:
    """The period one matched phrase names, or None when it is not one after all."""
    text = m.group()
    reader = Match(m, table, lang, published)
    if kind is Phrase.back_reference:
        try:
            referred = _referred(reader, previous)
        except (ValueError, OverflowError):  # a length past the calendar's edge
            return None
        if referred is None:
            return None
        return referred.model_copy(update={"text": text, "resolution": "carried"})
    if kind is Phrase.unit_later:
        return _later(reader, previous, text)
    resolved = resolve(kind, reader)
    if resolved is None:
        return None
    p_start, p_end, explicit, period_kind = resolved
    if p_start is not None and p_end is not None and p_start > p_end:
        return None  # "since 2022" in an article dated before it: no span to give
    if p_start is None and p_end is None:
        resolution = "unresolved"
    else:
        resolution = "explicit" if explicit else "relative"
    return Period(start=p_start, end=p_end, text=text, resolution=resolution, kind=period_kind)


def _later(r: Match, previous: Sequence[Period], text: str) -> Period | None:
    """ "Le lendemain", "the next day", "two days later": a day counted from the day said just
    before (a day or a closed window); nothing when none was, or when it would fall after
    publication (a plan, not a count)."""
    if not previous:
        return None
    last = previous[-1]
    closed = last.kind in (PeriodKind.day, PeriodKind.interval)
    if last.end is None or last.start is None or not closed:
        return None
    try:
        day = later_day(r, last.end)
    except (ValueError, OverflowError):
        return None
    if day is None or (r.published is not None and day > r.published):
        return None
    return Period(start=day, end=day, text=text, resolution="relative", kind=PeriodKind.day)
