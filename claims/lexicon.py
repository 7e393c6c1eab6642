"""Concept table: words of several languages mapped to one concept id.

Grouping compares what claims count across articles written in French and English; a shared
concept id is what lets "suspects arrêtés" meet "arrested suspects". The words live in
``claims/data/concepts.toml`` (data, not code) and users extend them with their own file.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from itertools import groupby
from pathlib import Path

import simplemma

from claims.lang import available_languages, raw_table

# A word, or something that ends a run of words (a figure, punctuation).
_TOKEN = re.compile(r"(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)|(?P<break>[\d.,;:!?()«»\"…]+)")
# A Chinese-character gloss in brackets glued to a Hangul word ("전(全)산업 생산", "전(前)
# 장관"): Korean copy spells a word's root out this way; the word reads as if unglossed, or the
# bracket would cut it in two ("전", "산업") and it would meet nothing.
_HANJA_GLOSS = re.compile(r"(?<=[\uac00-\ud7a3])\([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+\)")
# Lemmatiser fallbacks (a counted phrase may mix languages): the languages simplemma reads; a
# language with a tokenizer hook (Korean) gets its lemmas from the hook when it is extracted.
_LANGS = tuple(
    code for code in available_languages() if "tokenizer" not in raw_table(code).get("pipeline", {})
)


class LexiconError(ValueError):
    """A lexicon file that cannot be read; the message names the file."""


_MAX_REMEMBERED = 200_000  # words whose concept is kept, as for fold and the lemmas


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lowercase without accents, so "Arrêté" and "arrete" look the same (kept: a pure
    function of the word, called for every word of every phrase)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def _lemma(word: str, language: str) -> str:
    langs = (language, *(lang for lang in _LANGS if lang != language))
    try:
        return simplemma.lemmatize(word, lang=langs)
    except ValueError:  # a language simplemma does not know: try ours
        return simplemma.lemmatize(word, lang=_LANGS)


class Lexicon:
    """Folded words and lemmas -> concept ids, plus words that carry no meaning (stopwords)."""

    def __init__(
        self,
        concepts: Mapping[str, str],
        stopwords: Iterable[str],
        events: Iterable[str] = (),
        generic: Iterable[str] = (),
        cumulative: Iterable[str] = (),
        tally_words: Iterable[str] = (),
        intake: tuple[Iterable[str], Iterable[str]] = ((), ()),
        stocks: Iterable[str] = (),
        tolls: Iterable[str] = (),
        money: Mapping[str, str] | None = None,
        parts: Iterable[str] = (),
        owned: Iterable[str] = (),
        rates: Iterable[str] = (),
        measures: Iterable[str] = (),
        people: Iterable[str] = (),
        roles: Iterable[str] = (),
    ) -> None:
        self.concepts: dict[str, str] = dict(concepts)
        self.stopwords: frozenset[str] = frozenset(stopwords)
        # Concept ids that name what happened (the frame's ``event``), and those too vague to
        # say alone what a figure counts ("personnes").
        self.events: frozenset[str] = frozenset(events)
        self.generic: frozenset[str] = frozenset(generic)
        # Event concepts whose counts only grow over a window from a fixed start (deaths,
        # crossings, reported cases): a later total below an earlier one is a finding.
        self.cumulative: frozenset[str] = frozenset(cumulative)
        # Words that make a counted phrase a running tally ("provisional total", "bilan").
        self.tally_words: frozenset[str] = frozenset(fold(w) for w in tally_words)
        # Event concepts of states that can end, reported as a level at a time (displaced,
        # missing): a count of them on a day is their level as of that day (reconcile.stock_day).
        self.stocks: frozenset[str] = frozenset(stocks)
        # Event concepts whose count, counted or reported at a time, is a toll at that time
        # ("recensait mardi 31 morts", "reported 140 injured on Monday"): as of that time.
        self.tolls: frozenset[str] = frozenset(tolls)
        # Things handed in to an office, and the events that are one for them (filed,
        # received, registered), the first the one they are read as (``one_intake``).
        self.intake_things: frozenset[str] = frozenset(intake[0])
        self.intake_events: tuple[str, ...] = tuple(dict.fromkeys(intake[1]))
        # An event concept counted in money -> the concept the amount is ("sales of 18.45
        # trillion won" is revenue, as "매출" and "chiffre d'affaires" are; "52,130 units"
        # sold stay sales): ``in_money``.
        self.money: dict[str, str] = dict(money or {})
        # Concepts that name a part of a whole ("business" in "the memory business"): a figure
        # of a part never meets one that leaves out which part (``reconcile.linkage``).
        self.parts: frozenset[str] = frozenset(parts)
        # Concepts a company or body owns and reports of itself (revenue, profit, share
        # price): two articles' figures of one that name no owner are not known to be of one
        # company (``reconcile.evidence``).
        self.owned: frozenset[str] = frozenset(owned)
        # Concepts of a share whose whole its name says (turnout is of the registered voters):
        # a whole one figure names and the other leaves out tells them apart no more than the
        # name does (``reconcile.evidence_slots``).
        self.rates: frozenset[str] = frozenset(rates)
        # Concepts of a measure of one thing, not a count of things (a quake's magnitude): a
        # story tells several (the quake, its aftershocks, past quakes), so a figure of one is
        # compared only when its frame names the thing measured (``reconcile.features``).
        self.measures: frozenset[str] = frozenset(measures)
        # Concepts of who a running count of people or cases counts (people, patients, cases):
        # a later count of these, no larger, is one of its parts (``claims.count_parts``).
        self.people: frozenset[str] = frozenset(people)
        # Event concepts that name a role of the people they happen to ("personnes ont
        # manifesté": marchers; "people were evacuated": evacuees), not a way of counting them
        # ("reported", "received"): ``reconcile.features.its_role``.
        self.roles: frozenset[str] = frozenset(roles)
        self._cache: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {}
        self._words: dict[str, dict[str, str | None]] = {}  # language -> token -> word
        self._event_phrases: dict[str, list[tuple[tuple[str, ...], str]]] | None = None
        self._phrases: dict[str, list[tuple[tuple[str, ...], str]]] | None = None
        self._concept_of: dict[tuple[str, str], str | None] = {}  # (word, language) -> id

    # -- building -------------------------------------------------------------------------

    @classmethod
    def default(cls) -> Lexicon:
        """The table shipped with the package."""
        text = resources.files("claims").joinpath("data/concepts.toml").read_text("utf-8")
        shipped = cls.from_toml(text, source="concepts.toml")
        stopwords = {  # every language's, a tokenizer hook's (Korean) too: only lemmas are hooked
            fold(word)
            for code in available_languages()
            for word in raw_table(code).get("grouping", {}).get("stopwords", [])
        }
        return shipped.merged(cls({}, stopwords))

    @staticmethod
    @lru_cache(maxsize=1)
    def shipped() -> Lexicon:
        """The shipped table, parsed once per process and shared: frames, evidence and the store
        read it for every claim, and parsing it each time was most of reconciling 20k claims."""
        return Lexicon.default()

    @staticmethod
    def default_generic() -> frozenset[str]:
        """The shipped table's generic concepts."""
        return Lexicon.shipped().generic

    @staticmethod
    def default_owned() -> frozenset[str]:
        """The shipped table's concepts a company or body owns (``[owned]``)."""
        return Lexicon.shipped().owned

    @staticmethod
    def default_rates() -> frozenset[str]:
        """The shipped table's shares whose name says their whole (``[rates]``)."""
        return Lexicon.shipped().rates

    @staticmethod
    def default_cumulative() -> tuple[frozenset[str], frozenset[str]]:
        """The shipped table's cumulative event concepts and tally words."""
        shipped = Lexicon.shipped()
        return shipped.cumulative, shipped.tally_words

    @classmethod
    def load(cls, *paths: str | Path) -> Lexicon:
        """The shipped table extended by users' files, later files winning on overlap."""
        lexicon = cls.default()
        for path in paths:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise LexiconError(f"{path}: cannot read lexicon ({exc})") from exc
            lexicon = lexicon.merged(cls.from_toml(text, source=str(path)))
        return lexicon

    @classmethod
    def from_toml(cls, text: str, *, source: str) -> Lexicon:
        """Parse the TOML format of ``concepts.toml``; any mistake names ``source``."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"{source}: not valid TOML ({exc})") from exc
        unknown = set(data) - {
            "concepts", "events", "generic", "stopwords", "cumulative", "intake", "money",
            "parts", "owned", "rates", "measures",
        }
        if unknown:
            raise LexiconError(f"{source}: unknown section(s) {', '.join(sorted(unknown))}")
        concepts = _concepts_of(data, source)
        events = _table(data, "events", source)
        generic = _listed(_table(data, "generic", source), "concepts", "generic", source)
        roles = _listed(_table(data, "generic", source), "roles", "generic", source)
        stopwords: set[str] = set()
        for language, words in _table(data, "stopwords", source).items():
            stopwords.update(fold(w) for w in _words(words, f"stopwords.{language}", source))
        section = _table(data, "cumulative", source)
        cumulative = _listed(section, "concepts", "cumulative", source)
        tally = _listed(section, "words", "cumulative", source)
        stocks = _listed(section, "stocks", "cumulative", source)
        tolls = _listed(section, "tolls", "cumulative", source)
        people = _listed(section, "people", "cumulative", source)
        section = _table(data, "intake", source)
        intake = tuple(_listed(section, key, "intake", source) for key in ("things", "events"))
        money = _money_of(_table(data, "money", source), source)
        parts = _listed(_table(data, "parts", source), "concepts", "parts", source)
        owned = _listed(_table(data, "owned", source), "concepts", "owned", source)
        rates = _listed(_table(data, "rates", source), "concepts", "rates", source)
        measures = _listed(_table(data, "measures", source), "concepts", "measures", source)
        return cls(concepts, stopwords, events, generic, cumulative, tally, intake, stocks,  # type: ignore[arg-type]
                   tolls, money, parts, owned, rates, measures, people, roles)

    def without_caches(self) -> Lexicon:
        """The same tables with empty caches, as the lexicon travels to workers: every field
        comes through ``merged``, so a new table is never left out of the copy."""
        return self.merged(Lexicon({}, ()))

    def merged(self, other: Lexicon) -> Lexicon:
        """A new lexicon with ``other``'s words added; ``other`` wins where both map a word."""
        return Lexicon(
            {**self.concepts, **other.concepts},
            self.stopwords | other.stopwords,
            self.events | other.events,
            self.generic | other.generic,
            self.cumulative | other.cumulative,
            self.tally_words | other.tally_words,
            (self.intake_things | other.intake_things,
             (*other.intake_events, *self.intake_events)),
            self.stocks | other.stocks,
            self.tolls | other.tolls,
            {**self.money, **other.money},
            self.parts | other.parts,
            self.owned | other.owned,
            self.rates | other.rates,
            self.measures | other.measures,
            self.people | other.people,
            self.roles | other.roles,
        )

    # -- using ----------------------------------------------------------------------------

    def one_intake(self, words: Sequence[str]) -> list[str]:
        """Reduced words of what is counted (concepts as ``#id``), with the events of the
        ``[intake]`` table read as its first one when the words count a thing handed in to
        an office: "premières demandes #report" and "premières demandes #file" are one
        quantity."""
        events = self.intake_events
        if len(events) < 2 or not any(w[1:] in self.intake_things for w in words if w[:1] == "#"):
            return list(words)
        first = "#" + events[0]
        others = {"#" + e for e in events[1:]}
        return list(dict.fromkeys(first if w in others else w for w in words))

    def intake_event(self, event: str, counted: Sequence[str]) -> str:
        """``event`` (a concept id or a word), or the ``[intake]`` table's first event when
        it is one of the table's and ``counted`` (reduced words) counts a thing of it."""
        if event in self.intake_events and any(
            w[1:] in self.intake_things for w in counted if w[:1] == "#"
        ):
            return self.intake_events[0]
        return event

    def in_money(self, words: Sequence[str]) -> list[str]:
        """Reduced words of what a money figure counts, an event of the ``[money]`` table read
        as the concept its amount is ("#sell" -> "#revenue")."""
        if not self.money:
            return list(words)
        return list(dict.fromkeys(
            "#" + self.money[w[1:]] if w[:1] == "#" and w[1:] in self.money else w
            for w in words))

    @property
    def event_phrases(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """Events named by several words ("made the journey", "garde à vue", "take part"): no
        single word of them names the event. Folded word tuples with their concept id, indexed
        by their first and by their last word (a figure's clause is read both ways)."""
        if self._event_phrases is None:
            index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
            for key, concept in sorted(self.concepts.items()):
                if " " in key and concept in self.events:
                    words = tuple(key.split())
                    for end in {words[0], words[-1]}:
                        index.setdefault(end, []).append((words, concept))
            for found in index.values():
                found.sort(key=lambda item: -len(item[0]))  # the longest phrase first
            self._event_phrases = index
        return self._event_phrases

    @property
    def phrases(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """Every concept named by several words, events or not ("net profit", "bénéfice net",
        "made the journey"), as folded word tuples with their concept id, indexed by their
        first word: what is counted is read forward, and "net profit" is one thing where "net"
        and "profit" alone are not."""
        if self._phrases is None:
            index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
            for key, concept in sorted(self.concepts.items()):
                # split as a text is ("chiffre d'affaires" -> chiffre, d, affaires)
                words = tuple(word for word, _ in _TOKEN.findall(key) if word)
                if len(words) > 1:
                    index.setdefault(words[0], []).append((words, concept))
            for found in index.values():
                found.sort(key=lambda item: -len(item[0]))  # the longest phrase first
            self._phrases = index
        return self._phrases

    def concept(self, word: str, language: str = "fr") -> str | None:
        """The concept id of one word, looked up as written and then through its lemma (each
        word once: the frame asks it of every word around every figure)."""
        key = (word, language)
        if key in self._concept_of:
            return self._concept_of[key]
        found = self.concepts.get(fold(word))
        if found is None:
            found = self.concepts.get(fold(_lemma(word.casefold(), language)))
        if len(self._concept_of) >= _MAX_REMEMBERED:
            self._concept_of.clear()  # bounded, as fold and the lemmas are
        self._concept_of[key] = found
        return found

    def normalise(self, text: str, language: str = "fr") -> tuple[str, ...]:
        """Content words of ``text`` in order: concept ids as ``#id``, other words as lemmas.

        Stopwords and digits are dropped, so noisy noun phrases reduce to what they count.
        """
        return tuple(word for chunk in self.chunks(text, language) for word in chunk)

    def chunks(
        self, text: str, language: str = "fr", *, remember: bool = True
    ) -> tuple[tuple[str, ...], ...]:
        """Normalised content words, in runs split where a stopword or figure stood.

        The first run of a noun phrase holds its head ("suspects arrêtés" | "par" | "police";
        "arrested suspects" | "by" | "police") whatever the language's word order.
        ``remember=False`` for a caller that keeps the result itself: the phrase is not kept
        here (words are, always), so a million phrases are not held twice.
        """
        key = (text, language)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._chunks(text, language)
            if remember:
                self._cache[key] = cached
        return cached

    def _chunks(self, text: str, language: str) -> tuple[tuple[str, ...], ...]:
        """The runs of content words (their concepts) between the words that read as none."""
        text = _HANJA_GLOSS.sub("", text)
        words = self._token_words(_TOKEN.findall(text), language)  # (word, "") or ("", break)
        return tuple(tuple(run) for kept, run in groupby(words, key=bool) if kept)

    def _token_words(self, tokens: list[tuple[str, str]], language: str) -> Iterator[str | None]:
        """Each token read as a word (None or "" when it reads as none, and at a break); an
        event named by several words ("made the journey") is one, its other tokens skipped."""
        known = self._words.setdefault(language, {})
        phrases = self.phrases
        skip = 0
        for i, (token, _) in enumerate(tokens):
            if skip:
                skip -= 1
                continue
            event = self._phrase_at(tokens, i) if token and phrases else None
            if event is not None:
                word, skip = event
                yield word
            elif token:
                word = known.get(token, False)
                if word is False:
                    word = known[token] = self._read_word(token, language)
                yield word
            else:
                yield None

    def _phrase_at(self, tokens: list[tuple[str, str]], i: int) -> tuple[str, int] | None:
        """A concept named by several words from ``tokens[i]`` on ("made the journey"), as its
        concept and the number of tokens after ``i`` it covers; None when none starts here."""
        for key, concept in self.phrases.get(fold(tokens[i][0]), ()):
            n = len(key)
            run = tokens[i : i + n]
            if len(run) == n and tuple(fold(word) for word, _ in run) == key:
                return f"#{concept}", n - 1
        return None

    def _read_word(self, word: str, language: str) -> str | None:
        """``concept``, each step once: a new word's lemma is most of a phrase's cost."""
        folded = fold(word)
        if len(folded) < 2 or folded in self.stopwords:
            return None
        concept = self.concepts.get(folded)
        if concept is None:
            lemma = fold(_lemma(word.casefold(), language))
            concept = self.concepts.get(lemma)
            if concept is None:
                return None if lemma in self.stopwords else lemma
        return f"#{concept}"


def _concepts_of(data: dict, source: str) -> dict[str, str]:
    """Every word of the ``concepts`` and ``events`` sections, folded and lemmatised in each
    language, mapped to its concept."""
    concepts: dict[str, str] = {}
    for section in ("concepts", "events"):
        for concept, words in _table(data, section, source).items():
            for word in _words(words, f"{section}.{concept}", source):
                for key in {fold(word), *(fold(_lemma(word, lang)) for lang in _LANGS)}:
                    concepts[key] = concept
    return concepts


def _money_of(section: dict, source: str) -> dict[str, str]:
    """``[money]``: event concept -> the concept its amount in money is, checked."""
    for event, concept in section.items():
        if not isinstance(concept, str) or not concept:
            raise LexiconError(f"{source}: money.{event} must be a concept id")
    return dict(section)


def _listed(section: dict, key: str, name: str, source: str) -> list[str]:
    """The word list at ``key`` of a section, checked; empty when it has none."""
    words = section.get(key, [])
    return _words(words, f"{name}.{key}", source) if words else []


def _table(data: dict, name: str, source: str) -> dict:
    section = data.get(name, {})
    if not isinstance(section, dict):
        raise LexiconError(f"{source}: [{name}] must be a table")
    return section


def _words(value: object, where: str, source: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise LexiconError(f"{source}: {where} must be a list of non-empty strings")
    return value
