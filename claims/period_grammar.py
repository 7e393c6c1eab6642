"""A language's period grammar, compiled once: the table's phrase templates expanded into
patterns (slots for months, days, years, numbers), indexed by the words each needs and opens
with, and the candidate matches of a sentence (only the patterns whose words the sentence
holds, tried only where their first word stands). ``claims.periods`` reads the matches."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from claims.lang import ExtractionTable, _alternation, load_table
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
    r"\{(year|month|n|unit|yearref|part|ord|weekday|day|relday|season|event|holiday|holidaywindow)\}"
)


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

    def alt(words: list[str] | set[str]) -> str:  # the patterns are compiled with re.I
        return _alternation(words, ignore_case=True)

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        counts[name] = counts.get(name, 0) + 1
        group = f"{name}{counts[name]}"
        body = {
            "year": r"(?:19|20)\d{2}",
            "month": alt(periods.months),
            "n": r"[\w-]+",
            "unit": alt(periods.units),
            "yearref": alt(periods.year_refs),
            "part": alt(periods.month_parts),
            "ord": alt(periods.ordinals) or "(?!)",
            "weekday": alt(periods.weekdays) or "(?!)",
            "day": rf"(?:[12]\d|3[01]|0?[1-9])(?:{alt(periods.day_suffixes)})?",
            "relday": alt(periods.relative_days) or "(?!)",
            "season": alt(periods.seasons) or "(?!)",
            "event": alt(periods.events) or "(?!)",
            "holiday": alt(periods.holidays) or "(?!)",
            "holidaywindow": alt(periods.holiday_windows) or "(?!)",
        }[name]
        return f"(?P<{group}>{body})" if named else f"(?:{body})"

    template = template.replace(" ", "\x00").replace("'", "\x01")
    regex = _PLACEHOLDER.sub(fill, template)
    regex = regex.replace("\x00", _BLANK).replace("\x01", "['’]")
    end = r"(?!\w)"
    if periods.glued_particles:
        end = rf"(?:(?!\w)|(?=(?:{alt(periods.glued_particles)})))"
    return rf"(?<!\w)(?<!\d\.)(?:{regex}){end}"  # not inside a decimal: "평년(5.3일)"


_SLOTS_NEEDING_A_WORD = (
    "year", "month", "unit", "yearref", "part", "ord", "weekday", "day", "relday", "season",
    "event", "holiday", "holidaywindow",
)


def expanded(templates: list[str], table: ExtractionTable) -> tuple[re.Pattern[str], ...]:
    """Templates with the grammar's slots ({n}, {unit}, ...) as patterns, each with its
    slots' named groups (n1, unit1, ...)."""
    return tuple(re.compile(_expand(t, table), re.I) for t in templates)


@cache
def compiled_grammar(lang: str) -> _Grammar:
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
        ("holiday", periods.holidays),
        ("holidaywindow", periods.holiday_windows),
    )
    slots = {
        name: frozenset(_first_word(phrase) for phrase in phrases) for name, phrases in lists
    }
    opening = {name: slot_openers(phrases) for name, phrases in lists}
    compiled = [
        (re.compile(_expand(template, table), re.I), kind, _needs(template),
         _lead_words(template), required_words(template))
        for template, kind in periods.patterns
    ]
    strings = frozenset(w for *_, required in compiled for clause in required for w in clause)
    by_string, unindexed = _indexed([required for *_, required in compiled])
    return _Grammar(
        tuple(compiled),
        slots,
        strings,
        WordFinder(strings),
        by_string,
        unindexed,
        tuple(_by_letter(openers(template, opening)) for template, _ in periods.patterns),
        _accentless_re(list(periods.accentless_capitals)),
    )


def _needs(template: str) -> frozenset[str]:
    """The slots a template needs a word of in every match (those outside its groups)."""
    return frozenset(
        name
        for name in _PLACEHOLDER.findall(_outside_groups(template))
        if name in _SLOTS_NEEDING_A_WORD
    )


def _indexed(
    requireds: list[Clauses],
) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The patterns by the strings of their most telling clause, and those that require
    none (tried on every sentence)."""
    by_string: dict[str, list[int]] = {}
    unindexed: list[int] = []
    for i, required in enumerate(requireds):
        if not required:
            unindexed.append(i)
            continue
        for word in _most_telling(required):
            by_string.setdefault(word, []).append(i)
    return {word: tuple(indexes) for word, indexes in by_string.items()}, tuple(unindexed)


def _accentless_re(capitals: list[str]) -> re.Pattern[str] | None:
    """Words written in capitals without their accents, before a space."""
    if not capitals:
        return None
    return re.compile(rf"(?<![\w'’-])(?:{_alternation(capitals)})(?= )")


def _by_letter(first: Openers | None) -> dict[str, tuple[str, ...]] | None:
    return None if first is None else by_first_letter(first)


def _most_telling(required: Clauses) -> frozenset[str]:
    """The clause whose strings are rarest in text (its shortest string is the longest): the
    one a pattern is indexed by."""
    return max(required, key=lambda clause: min(len(w) for w in clause))


WORD = re.compile(r"\w+")


def _first_word(phrase: str) -> str:
    """ "l'an dernier" -> "l", "the end of" -> "the": how a phrase shows in a word set."""
    match = WORD.search(phrase.lower())
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
        close = _group_close(template)
        if close < 0 or template[close + 1 : close + 2] in ("?", "*"):
            return None
        return _alternatives_lead_words(_alternatives(template[3:close]))
    match = WORD.match(template)
    return frozenset({match.group().lower()}) if match and not template.startswith("{") else None


def _group_close(template: str) -> int:
    """Where the group opening ``template`` closes (-1: never)."""
    depth = 0
    for i, char in enumerate(template):
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            return i
    return -1


def _alternatives(inside: str) -> list[str]:
    """A group's alternatives: ``inside`` split at its own "|", not at a nested group's."""
    alternatives, depth, current = [], 0, ""
    for char in inside:
        if char == "|" and depth == 0:
            alternatives.append(current)
            current = ""
            continue
        depth += (char == "(") - (char == ")")
        current += char
    alternatives.append(current)
    return alternatives


def _alternatives_lead_words(alternatives: list[str]) -> frozenset[str] | None:
    """The first words of a group's alternatives, or None when one starts with a slot."""
    words: set[str] = set()
    for alternative in alternatives:
        first = _lead_words(alternative) if alternative.startswith("(?:") else None
        if first is not None:
            words |= first
            continue
        match = WORD.match(alternative)
        if not match or alternative.startswith("{"):
            return None
        words.add(match.group().lower())
    return frozenset(words)


def candidate_matches(
    sentence: str, grammar: _Grammar, glued: bool
) -> list[tuple[int, int, Phrase, re.Match[str]]]:
    """Every match of the patterns that may match the sentence: only those whose slots and
    lead word the sentence holds, tried only where their first word stands."""
    lowered = lowered_text(sentence)
    # The sentence's words with where each starts, read once: a pattern that opens with a word
    # is tried only where such a word stands (claims.period_openers). Not when words are glued
    # to particles, nor when the sentence's case cannot be trusted.
    by_letter, words, present = _words_present(sentence, grammar, glued, lowered)
    found: list[tuple[int, int, Phrase, re.Match[str]]] = []
    held = _held_strings(grammar, lowered, by_letter, words)
    candidates = (
        grammar.candidates(held) if lowered is not None else range(len(grammar.patterns))
    )
    for i in candidates:
        pattern, kind, needs, leads, required = grammar.patterns[i]
        if not needs <= present or (leads is not None and not glued and not leads & words):
            continue
        if lowered is not None and not may_match(required, held):
            continue
        for m in _matches(pattern, sentence, grammar.openers[i], by_letter):
            found.append((m.start(), m.end(), kind, m))
    return found


def _held_strings(
    grammar: _Grammar, lowered: str | None, by_letter: Openings | None, words: set[str]
) -> frozenset[str]:
    """The grammar's strings the sentence holds (none when its case cannot be trusted)."""
    if lowered is None:
        return frozenset()
    if by_letter is not None:
        return grammar.finder.found_in(lowered, words)
    return found_in(grammar.strings, lowered)


def _matches(
    pattern: re.Pattern[str], sentence: str, first: Openers | None, by_letter: Openings | None
) -> Iterable[re.Match[str]]:
    """A pattern's matches, tried only where its first word stands when that is known."""
    if first is None or by_letter is None:
        return pattern.finditer(sentence)
    return matches_at(pattern, sentence, starts(by_letter, first))


def _words_present(
    sentence: str, grammar: _Grammar, glued: bool, lowered: str | None
) -> tuple[Openings | None, set[str], set[str]]:
    """Where each word of the sentence starts (when read that way), its words, and the grammar
    slots they may fill ("day" and "year" for digits)."""
    by_letter: Openings | None = None
    if glued:  # "25일까지", "2024년에": digits glued to words, every slot may stand anywhere
        # (and no pattern is skipped for its lead word)
        return None, set(), {*grammar.slots, "day", "year"}
    if lowered is not None:
        by_letter, words = word_openings(sentence)
    else:
        words = set(WORD.findall(sentence.lower()))
    present = {name for name, firsts in grammar.slots.items() if firsts & words}
    return by_letter, words, present | _digit_slots(words)


_LEADING_DIGITS = re.compile(r"\d+")


def _digit_slots(words: set[str]) -> set[str]:
    """The slots digits may fill: "day" for any number, "year" too for one like 19xx/20xx. A
    number with a suffix glued to it is a number too ("le 1er novembre", "Nov. 1st"): in a
    sentence whose figures are words ("Vingt-deux cas ... depuis le 1er novembre") it is the
    only digit there is."""
    digits = [m.group() for m in map(_LEADING_DIGITS.match, words) if m is not None]
    if not digits:
        return set()
    if any(len(w) == 4 and w[:2] in ("19", "20") for w in digits):
        return {"day", "year"}
    return {"day"}
