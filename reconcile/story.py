"""Whether two articles tell the same story: the affinity a conflict across articles needs.

Two articles' figures may meet in one group because their frames do not contradict each other
("Five people were injured in Savoie on Tuesday" after an avalanche, "18명이 다쳐 병원으로
옮겨졌다" after a motorway pile-up: both count the injured, on the same day), yet nothing says
they are about the same event. A fact-checker reads a conflict as "one of these two articles
is wrong about the same thing"; between two unrelated stories that is false, so without
affinity the pair is no sure conflict (``reconcile.evidence``).

Affinity is read from what the articles' figure sentences already carry, never from a list of
stories:

* **Names**: words written with a capital inside a sentence (or acronyms) that the article never
  writes in lower case ("Savoie", "Pralognan", "Dayton"), and in Hangul, long compound nouns
  ("송악나들목", "충남소방본부"), which Korean copy repeats as written. Months and weekdays are
  not names of a story (the periods table's words).
* **Uncommon figures**: exact values of three significant digits or more ("10 417", "US$21.3
  billion" and "213억 달러" both read 21 300 000 000) that both articles give in one unit.

Two shared names, a name and an uncommon figure, or two uncommon figures tell one story; an
article that names fewer than two things is of no known story, and never set apart. Names
in two scripts are not compared: unknown is not read as different, but it is not affinity
either, so a pair across scripts needs its figures. Affinity is read pair by pair from the two
articles alone, so an unrelated article added to the run changes none of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from rapidfuzz import fuzz

from claims.lang import raw_table
from claims.lexicon import fold
from claims.models import Approx, Claim

NAMES_ALONE = 2  # shared names that tell one story without a figure
FIGURES_ALONE = 2  # shared uncommon figures that tell one story without a name
READABLE = 2  # names an article needs for its story to be told apart from another's
_WORD = re.compile(r"[^\W\d_][\w.'’-]*[^\W_]|[^\W\d_]", re.U)
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")
_OPENERS = frozenset('.!?:;"«“‘\'…—–-')  # what a sentence or a quote starts after


@dataclass(frozen=True, slots=True)
class StoryMarks:
    """What of an article can tell which story it is: its names and its uncommon figures."""

    names: frozenset[str]
    figures: frozenset[tuple[str, float]]


def marks_of(claims: Iterable[Claim]) -> StoryMarks:
    """The story marks of one article, read from its claims' sentences and figures."""
    claims = list(claims)
    lower: set[str] = set()
    names: set[str] = set()
    for sentence, language in sorted({(c.sentence, c.language) for c in claims}):
        found, written_lower = _names_in(sentence, language)
        names |= found
        lower |= written_lower
    figures = {
        (c.unit, round(c.value, 6)) for c in claims
        if c.value is not None and c.approx is Approx.exact and uncommon(c.value)
    }
    return StoryMarks(frozenset(names - lower), frozenset(figures))


def readable(marks: StoryMarks) -> bool:
    """The article names enough things (``READABLE`` names) for its story to be told apart
    from another's: a text of a line or two that names nothing ("Selon la police, 387
    suspects ont été arrêtés en 2023") is of no known story, which is not another story."""
    return len(marks.names) >= READABLE


def one_story(a: StoryMarks, b: StoryMarks, *, uncommon_period: bool = False) -> bool:
    """Two articles tell the same story: they share two names, a name and an uncommon figure,
    or two uncommon figures; ``uncommon_period``: the figures compared are given for one
    period that no calendar names ("du 9 au 17 juillet"), which counts as one more figure."""
    names = len(a.names & b.names)
    figures = len(a.figures & b.figures) + int(uncommon_period)
    return names >= NAMES_ALONE or figures >= FIGURES_ALONE or (names >= 1 and figures >= 1)


def uncommon_period(claims: Iterable[Claim]) -> bool:
    """The figures of every article are given for one period of several days that neither
    starts nor ends on a month's bounds ("du 9 au 17 juillet", "May 15 to Aug. 9"): two stories
    seldom count over the same odd stretch of days (a year to date, a month, a quarter are
    every story's)."""
    periods = {(c.period.start, c.period.end) for c in claims if c.period is not None}
    if len(periods) != 1:
        return False
    start, end = next(iter(periods))
    if start is None or end is None or start >= end:
        return False
    calendar_start = start.day == 1
    calendar_end = (end + timedelta(days=1)).day == 1
    return not (calendar_start or calendar_end)


def uncommon(value: float) -> bool:
    """Three significant digits or more ("714.5", "1,396"): two articles giving it by chance
    for two quantities is unlikely, unlike "50" or "1.2 million"."""
    digits = f"{abs(value):.12e}".split("e")[0].replace(".", "").rstrip("0")
    return len(digits) >= 3


def _names_in(sentence: str, language: str) -> tuple[set[str], set[str]]:
    """The names of one sentence (folded), and the words it writes in lower case (a capital
    word the article also writes in lower case is a common word: "Department", "Home")."""
    names: set[str] = set()
    lower: set[str] = set()
    common = _not_names(language)
    for match in _WORD.finditer(sentence):
        word, at = _unelided(match.group(), match.start())
        bare = word.strip(".'’-")
        word = _without_suffix(bare, language)
        if not word:
            continue
        folded = fold(word)
        if word.islower():
            lower.add(folded)
        elif _a_name(word, sentence, at, owner=word != bare, common=common):
            names.add(folded)
    names |= _compounds(sentence, language)
    return names, lower


def _a_name(word: str, sentence: str, at: int, *, owner: bool, common: frozenset[str]) -> bool:
    """A capitalised word that no table calls common: an acronym, or a word of three letters
    or more that does not open its sentence; ``owner``: it had a possessive ending ("Mirae's
    net profit"), which names even at the sentence's start."""
    if not _CAPITAL.match(word) or all(p in common for p in fold(word).split("-")):
        return False
    acronym = len(word) >= 2 and word.isupper() and word.isalpha()
    return acronym or (len(word) >= 3 and (owner or not _opens(sentence, at)))


def _unelided(word: str, at: int) -> tuple[str, int]:
    """A word without the elided article or preposition glued before it ("l'Arcep",
    "d'Isère": one or two letters and an apostrophe), and where what is left starts."""
    for mark in ("'", "’"):
        head, _, tail = word.partition(mark)
        if tail and len(head) <= 2:
            return tail, at + len(head) + 1
    return word, at


def _without_suffix(word: str, language: str) -> str:
    """A word without a possessive ending of the language table ("Korea's")."""
    for suffix in _story_table(language).get("suffixes", []):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _opens(sentence: str, at: int) -> bool:
    """The word at ``at`` opens the sentence or a quote: its capital says nothing; after an
    elided article ("L'Arcep a enregistré") it opens the sentence too."""
    before = sentence[:at].rstrip()
    if before[-1:] in ("'", "’"):
        before = before[:-1].rstrip()
        before = before[: len(before) - len(before.split()[-1])] if before.split() else ""
        before = before.rstrip()
    return not before or before[-1] in _OPENERS


def _compounds(sentence: str, language: str) -> set[str]:
    """Long Hangul nouns of a sentence ("송악나들목", "충남소방본부"), a particle taken off:
    Korean names and subject nouns, repeated as written by each outlet on one story."""
    table = _story_table(language)
    syllables = int(table.get("compound_syllables", 0))
    if not syllables:
        return set()
    particles = sorted(table.get("particles", []), key=len, reverse=True)
    endings = tuple(table.get("predicate_endings", []))
    found: set[str] = set()
    for word in _HANGUL.findall(sentence):
        if endings and word.endswith(endings):
            continue  # a verb or an adjective: "집계됐다", "있습니다"
        for particle in particles:
            if word.endswith(particle) and len(word) - len(particle) >= 2:
                word = word[: -len(particle)]
                break
        if len(word) >= syllables:
            found.add(word)
    return found


@cache
def _story_table(language: str) -> dict:
    """The ``[grouping.story]`` table of a language (empty when it has none)."""
    try:
        return dict(raw_table(language).get("grouping", {}).get("story", {}))
    except ValueError:
        return {}


@cache
def _not_names(language: str) -> frozenset[str]:
    """Capitalised words that name no story: the periods table's months and weekdays, and the
    ``[grouping.story] common`` words."""
    try:
        raw = raw_table(language)
    except ValueError:
        return frozenset()
    periods = raw.get("extraction", {}).get("periods", {})
    words = {*periods.get("months", {}), *periods.get("weekdays", [])}
    words |= set(_story_table(language).get("common", []))
    return frozenset(fold(w).rstrip(".") for w in words)


def sentences_share_a_name(claims: Iterable[Claim], marks: dict[str, StoryMarks]) -> bool:
    """The figures' own sentences, one per article, name something in common ("L'Office ...
    (Arcep) a recensé 42 600 plaintes" / "41 800 plaintes ..., selon l'Arcep"): whatever
    else their articles tell, the two figures are about one named thing."""
    named: dict[str, set[str]] = {}
    for claim in claims:
        found, _ = _names_in(claim.sentence, claim.language)
        article = marks.get(claim.article)
        names = found & article.names if article is not None else found
        named.setdefault(claim.article, set()).update(names)
    sides = list(named.values())
    return len(sides) > 1 and bool(set.intersection(*sides))


def sentences_alike(claims: Iterable[Claim]) -> bool:
    """Two articles' figures stand in one sentence written alike, its figures aside ("Selon la
    police, 387 suspects ont été arrêtés en 2023" / "... 120 suspects ..."): a draft and its
    published version, or two outlets' copy of one wire, tell one story. A sentence of a few
    words ("Six people were injured, police said") is every story's: it needs ``SENTENCE_WORDS``
    words at least."""
    by_article: dict[str, set[str]] = {}
    for claim in claims:
        by_article.setdefault(claim.article, set()).add(_without_figures(claim.sentence))
    if len(by_article) < 2:
        return False
    first, *others = by_article.values()
    return all(
        any(_alike(a, b) for a in first for b in other) for other in others
    )


SENTENCE_WORDS = 8  # words a sentence needs, its figures aside, to be read as one text
SENTENCE_ALIKE = 90  # rapidfuzz ratio of two such sentences read as one text
_FIGURE = re.compile(r"\d[\d\s.,]*")


def _without_figures(sentence: str) -> str:
    return " ".join(_FIGURE.sub(" ", sentence.casefold()).split())


def _alike(a: str, b: str) -> bool:
    return (len(a.split()) >= SENTENCE_WORDS and len(b.split()) >= SENTENCE_WORDS
            and fuzz.ratio(a, b) >= SENTENCE_ALIKE)
