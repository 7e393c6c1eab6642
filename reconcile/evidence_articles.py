"""What the rest of an article says about a conflict's figures: the time of day of a running
toll, a national figure it brings in, the base of a change, the days its sentences date, the
places it gives a figure of its own; read once per article through ``Corpus`` (see
``reconcile.evidence`` for the rules these readings serve)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from functools import cache, cached_property
from typing import TypeVar

from claims.frame_patterns import patterns
from claims.frame_places import clause_broken
from claims.lang import grouping_pattern, load_table, raw_table
from claims.lexicon import fold
from claims.models import Approx, Claim
from reconcile.day_times import time_of_day
from reconcile.evidence_slots import (
    NATIONAL,
    claim_position,
    from_article,
    names_in,
    side_of,
    slot_key,
)
from reconcile.periods import Relation, describe, relate
from reconcile.story import (
    StoryMarks,
    marks_of,
    one_story,
    readable,
    sentences_alike,
    sentences_share_a_name,
    uncommon_period,
)


class Corpus:
    """A run's context for reading evidence: every claim by id, and what is read of an
    article's claims (where it sets its figures against a national one, the days each of its
    sentences dates, the places it gives a figure of its own), each article read once and only
    when a conflict asks about it. Made by the caller for one run and passed in, so nothing
    read of one run's claims outlives it or meets another's."""

    def __init__(self, by_id: Mapping[str, Claim],
                 published: Mapping[str, date] | None = None) -> None:
        self.by_id = by_id
        self._published = published or {}  # article -> publication day, when the caller knows
        self._read: dict[tuple[str, str], object] = {}  # (what, article) -> its reading

    def get(self, claim_id: str | None) -> Claim | None:
        return self.by_id.get(claim_id) if claim_id is not None else None

    @cached_property
    def _articles(self) -> dict[str, list[Claim]]:
        """Each article's claims, in the order of ``by_id``."""
        found: dict[str, list[Claim]] = {}
        for claim in self.by_id.values():
            found.setdefault(claim.article, []).append(claim)
        return found

    def _reading(self, what: str, article: str, read: Callable[[list[Claim]], _R]) -> _R:
        key = (what, article)
        if key not in self._read:
            self._read[key] = read(self._articles.get(article, []))
        return self._read[key]  # type: ignore[return-value]

    def contrasts(self, article: str) -> list[_Contrast]:
        """Where the article's sentences bring in a national figure."""
        return self._reading("contrasts", article, _national_contrasts)

    def dated(self, article: str, sentence: str) -> set:
        """The days the sentence's dated figures end on."""
        return self._reading("dated", article, _dated_sentences).get(sentence, set())

    def places(self, article: str) -> _Named:
        """The places the article names in a figure's own sentence, with their values."""
        return self._reading("places", article, _places_named)

    def tells(self, claim: Claim, phrase: str) -> bool:
        """The claim's article names ``phrase``, as words of its own, in one of its figures'
        sentences (``evidence_slots.entity_is_its_source``)."""
        sentences = self._reading("sentences", claim.article,
                                  lambda found: {fold(c.sentence) for c in found})
        wanted = fold(phrase)
        return bool(wanted) and any(names_in(s, wanted) for s in sentences)

    def story(self, article: str) -> StoryMarks:
        """The names and uncommon figures that tell which story the article is
        (``reconcile.story``)."""
        return self._reading("story", article, marks_of)

    def one_story(self, claims: Sequence[Claim]) -> bool:
        """The articles of ``claims`` are linked, two by two, into one story: a figure given
        alike by two wires and differently by a third is one story if the third tells it with
        either of them ("Pantelleria" and three figures with one, one name with the other)."""
        by_article: dict[str, list[Claim]] = {}
        for claim in claims:
            by_article.setdefault(claim.article, []).append(claim)
        articles = sorted(by_article)
        linked = set(articles[:1])
        grew = True
        while grew:
            grew = False
            for article in articles:
                if article not in linked and any(
                    self._two_tell_one(by_article[article], by_article[other])
                    for other in sorted(linked)
                ):
                    linked.add(article)
                    grew = True
        return len(linked) == len(articles)

    def _two_tell_one(self, these: list[Claim], those: list[Claim]) -> bool:
        """Two articles (their figures of the finding) tell one story, or the figures' own
        sentences name something in common or are written alike."""
        a, b = these[0].article, those[0].article
        marks = {a: self.story(a), b: self.story(b)}
        if not (readable(marks[a]) and readable(marks[b])):
            return True  # a text that names too little: its story is unknown, not another
        both = [*these, *those]
        return sentences_share_a_name(both, marks) or sentences_alike(both) or one_story(
            marks[a], marks[b], uncommon_period=uncommon_period(both))

    def figures(self, article: str) -> list[Claim]:
        """The article's claims."""
        return self._articles.get(article, [])

    def published(self, article: str) -> date | None:
        """The article's publication day: as its caller gave it, else the day its figures that
        state no period were read as of (resolution ``publication``); None when neither says."""
        given = self._published.get(article)
        return given if given is not None else self._reading("published", article, _read_at)

    def sentence_place(self, claim: Claim) -> Claim | None:
        """The figure of ``claim``'s sentence whose place, read from that sentence, is written
        before ``claim``'s figure: the place governs it too ("The number of passengers at
        Gimhae airport rose 4.2 percent to 1.31 million": the place was read for the change,
        and the level is that airport's as well)."""
        if claim.place:
            return None
        placed = self._reading("sentence_places", claim.article, _sentence_places)
        at = claim_position(claim)
        before = [c for start, c in placed.get((claim.line, claim.sentence), ()) if start < at]
        keys = {slot_key(c, "place") for c in before}
        if len(keys) != 1 or _clause_between(claim, before[0]):
            return None
        return before[0]


def times_apart(claims: Sequence[Claim], *, untimed_agree: bool = False) -> list[str]:
    """Figures of one day read at two times of it (or one read at a named time, the other at
    any): a toll, a count of the missing or a tally may have moved in between.
    ``untimed_agree``: a figure read at no time of day is read at the other's (a headline's,
    restating the body's one reading)."""
    ends = {c.period.end if c.period is not None else None for c in claims}
    if len(ends) != 1 or None in ends:
        return []
    times = {time_of_day(c) for c in claims}
    if untimed_agree:
        times -= {None, ""}
    if len(times) < 2:
        return []
    shown = " / ".join(sorted(t or "no time" for t in times))
    return [f"figures of one day given at different times of it ({shown}): a running count "
            "may have moved between them"]


def local_beside_national(claims: Sequence[Claim], corpus: Corpus | None) -> list[str]:
    """A figure with no place, before or away from the national figure its article brings in:
    the article is about one place, and the figure is that place's."""
    if corpus is None:
        return []
    for claim in claims:
        if claim.place:
            continue
        found = corpus.contrasts(claim.article)
        if not found:
            continue
        here = [start for sentence, start, _ in found if sentence == claim.sentence]
        if here and all(start <= claim_position(claim) for start in here):
            continue  # "Nationally, the rate was 3.9%": the national figure itself
        phrase = found[0][2]
        return [f"\"{claim.surface}\" names no place in an article that sets its figures "
                f"against a national one ('{phrase}'): read as the article's own place"]
    return []


def national_beside_unplaced(claims: Sequence[Claim]) -> list[str]:
    """Within one article, a figure given nationwide ("À l'échelle nationale, 2 614 tués")
    against one that names no place: the article sets its own place's figures against the
    country's ("44 morts sur les routes du Morbihan"), so the one with no place is local."""
    keys = [slot_key(c, "place") for c in claims]
    if any(NATIONAL in k for k in keys) and any(not k for k in keys):
        return ["a national figure against one of the same article that names no place: read "
                "as the article's own place, not the country"]
    return []


def _read_at(claims: Iterable[Claim]) -> date | None:
    """The day an article's figures that state no period were read as of: its publication."""
    days = {c.period.end for c in claims
            if c.period is not None and c.period.resolution == "publication"}
    return days.pop() if len(days) == 1 else None


# (sentence, where the national phrase starts in it, the phrase)
_Contrast = tuple[str, int, str]
_R = TypeVar("_R")


def _national_contrasts(claims: Iterable[Claim]) -> list[_Contrast]:
    """Where the sentences of an article's figures bring in a national figure."""
    found: list[_Contrast] = []
    seen: set[str] = set()
    for claim in claims:
        pattern = grouping_pattern(claim.language, "national_contrast")
        if claim.sentence in seen or pattern is None:
            continue
        seen.add(claim.sentence)
        found += [(claim.sentence, m.start(), m.group()) for m in pattern.finditer(claim.sentence)]
    return found


@cache
def _bases(language: str) -> tuple[re.Pattern[str] | None, list[str]]:
    """The ``[grouping.change_bases]`` table (base -> expressions) as one pattern with one
    named group per base, and the bases in order."""
    try:
        table = dict(raw_table(language).get("grouping", {}).get("change_bases", {}))
    except ValueError:
        return None, []
    names = sorted(table)
    if not names:
        return None, []
    parts = [f"(?P<b{i}>{'|'.join(table[n])})" for i, n in enumerate(names)]
    return re.compile("|".join(parts), re.I), names


def _base(claim: Claim) -> str:
    """What a percentage change is measured against ("year", "previous"), read from the base
    phrase of its sentence nearest to it; "" when its sentence names none."""
    pattern, names = _bases(claim.language)
    if pattern is None:
        return ""
    at = claim_position(claim)
    best: tuple[int, str] | None = None
    for m in pattern.finditer(claim.sentence):
        distance = min(abs(m.start() - at), abs(m.end() - at))
        base = names[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])]
        if best is None or distance < best[0]:
            best = (distance, base)
    return best[1] if best is not None else ""


def bases_apart(claims: Sequence[Claim]) -> list[str]:
    """Percentages whose sides name different bases of change, or a base on one side only."""
    if not all(c.unit in ("percent", "percentage_point") for c in claims):
        return []
    sides = _bases_by_side(claims)
    named = [bases for bases in sides.values() if bases]
    if not named or _every_side_alike(named, len(sides)):
        return []
    shown = " / ".join(sorted({b for bases in named for b in bases}))
    return [f"changes measured against different bases, or a base on one side only ({shown}): "
            "a change on a year and a change on the period before are two quantities"]


def _bases_by_side(claims: Sequence[Claim]) -> dict[tuple, set[str]]:
    """The bases of change each side names (none: an empty set)."""
    sides: dict[tuple, set[str]] = {}
    for claim in claims:
        side = sides.setdefault(side_of(claim), set())
        base = _base(claim)
        if base:
            side.add(base)
    return sides


def _every_side_alike(named: Sequence[set[str]], sides: int) -> bool:
    """Every one of the ``sides`` names bases, the same: the changes are on one base."""
    return len(named) == sides and all(b == named[0] for b in named)


def _undated(claim: Claim) -> bool:
    period = claim.period
    return period is None or period.end is None or period.resolution in (
        "publication", "unresolved")


def undated_beside_dated(claims: Sequence[Claim], corpus: Corpus | None) -> list[str]:
    """A figure read with no period whose sentence dates its other figures to a day that no
    other figure of the conflict is given for."""
    if corpus is None:
        return []
    ends = {c.period.end for c in claims if not _undated(c) and c.period is not None}
    for claim in claims:
        if not _undated(claim):
            continue
        days = corpus.dated(claim.article, claim.sentence)
        if days and not days & ends:
            shown = ", ".join(sorted(d.isoformat() for d in days))
            return [f"\"{claim.surface}\" states no period, but its sentence dates its other "
                    f"figures to {shown}: not read as the same time"]
    return []


def _dated_sentences(claims: Iterable[Claim]) -> dict[str, set]:
    """The days each sentence's dated figures end on (the claims of one article)."""
    found: dict[str, set] = {}
    for claim in claims:
        if not _undated(claim) and claim.period is not None:
            found.setdefault(claim.sentence, set()).add(claim.period.end)
    return found


def place_given_apart(claims: Sequence[Claim], corpus: Corpus | None) -> list[str]:
    """A figure with a place against one with none, whose article names that place for
    another of its figures: that article tells the place apart from what it says with none."""
    if corpus is None:
        return []
    placed = [(c, slot_key(c, "place")) for c in claims if c.place]
    for claim in claims:
        if claim.place or any(c.place and c.value == claim.value for c in claims):
            continue  # a headline's "toll at 32" beside the body's "32 ... off Palawan"
        other = _place_its_article_gives(claim, placed, corpus)
        if other is not None:
            return [f"the article of \"{claim.surface}\" gives '{other.place}' a figure of "
                    "its own: its figure with no place is not that place's"]
    return []


def _place_its_article_gives(
    claim: Claim, placed: Sequence[tuple[Claim, frozenset[str]]], corpus: Corpus
) -> Claim | None:
    """The first placed figure of another article whose place (not national) the claim's own
    article gives another value: that article tells the place apart."""
    for other, key in placed:
        if other.article == claim.article or NATIONAL in key:
            continue
        named = corpus.places(claim.article)
        if any(not key.isdisjoint(k) and value != claim.value for k, value in named):
            return other
    return None


_Named = list[tuple[frozenset[str], float | None]]  # a place and the value given for it


def _clause_between(claim: Claim, placed: Claim) -> bool:
    """A comma or a clause link ("while", "and") between the place phrase and the figure: the
    place is its own clause's ("Exports to Jeju fell 3 percent, while all airports handled
    6.1 million")."""
    assert placed.place is not None
    end = claim.sentence.find(placed.place) + len(placed.place)
    try:
        pattern = patterns(load_table(claim.language).extraction)
    except ValueError:
        return True
    return clause_broken(claim.sentence[end : claim_position(claim)], pattern)


def _sentence_places(claims: Iterable[Claim]) -> dict[tuple[int, str], list[tuple[int, Claim]]]:
    """Each sentence's figures whose place that sentence states (not inherited), with where
    the place phrase starts in it."""
    found: dict[tuple[int, str], list[tuple[int, Claim]]] = {}
    for claim in claims:
        slot = claim.frame.place if claim.frame is not None else None
        if claim.place and slot is not None and not slot.inherited:
            at = claim.sentence.find(claim.place)
            if at >= 0:
                found.setdefault((claim.line, claim.sentence), []).append((at, claim))
    return found


def _places_named(claims: Iterable[Claim]) -> _Named:
    """The places an article names in a figure's own sentence (not inherited), with the
    value given for each (the claims of one article)."""
    found: _Named = []
    for claim in claims:
        if claim.place and not from_article(claim, "place"):
            key = slot_key(claim, "place")
            if key and (key, claim.value) not in found:
                found.append((key, claim.value))
    return found


def value_given_elsewhere(claims: Sequence[Claim], corpus: Corpus | None) -> list[str]:
    """A figure of one article that another article of the conflict gives, to the same exact
    and uncommon value ("$662.5 billion" / "6천625억 달러"), for another period: the same
    figure, whose period one of the two misread (a year to date read as its last month), so
    the conflict it makes with that other article's figure is not one."""
    if corpus is None:
        return []
    articles = {c.article for c in claims}
    for claim in claims:
        if claim.value is None or claim.approx is not Approx.exact or not _uncommon(claim.value):
            continue
        other = _same_figure_elsewhere(claim, sorted(articles - {claim.article}), corpus)
        if other is not None:
            return [f"\"{claim.surface}\" is the figure the article of \"{other.surface}\" "
                    f"gives for {describe(other.period)}: one of the two periods may be "
                    "misread"]
    return []


def _same_figure_elsewhere(
    claim: Claim, articles: Sequence[str], corpus: Corpus
) -> Claim | None:
    """The first figure of the other articles giving the claim's exact value and unit, for
    another period."""
    for article in articles:
        for other in corpus.figures(article):
            if (other.value == claim.value and other.unit == claim.unit
                    and other.approx is Approx.exact
                    and relate(other.period, claim.period) is not Relation.same):
                return other
    return None


def _uncommon(value: float) -> bool:
    """Three significant digits or more ("662.5", "1,482"): two articles giving it by chance
    for two quantities is unlikely, unlike "50" or "1.2 million"."""
    digits = f"{abs(value):.12e}".split("e")[0].replace(".", "").rstrip("0")
    return len(digits) >= 3


def destinations_apart(claims: Sequence[Claim]) -> list[str]:
    """What one side counts, goods, goes to or comes from a place named right after it
    ("Exports to China fell to $10.2 billion", "les exportations vers la Chine"), and the
    other side names none or another: a part of the total, or another part, whose place the
    frame did not read."""
    keys = [_destination(c) for c in claims]
    named = sorted({k for k in keys if k})
    if not named or (len(named) == 1 and all(keys)):
        return []
    return [f"what is counted goes to or comes from {' / '.join(named)} on one side: "
            "a part of the other side's total, not the same quantity"]


def _destination(claim: Claim) -> str:
    """The place right after what the figure counts, joined by a destination's or origin's
    link ([grouping.destinations] in the language table: "to", "from", "vers")."""
    counted = claim.counted or ""
    links = _destination_links(claim.language)
    if not counted or links is None or not _traded(counted, claim.language):
        return ""  # "people made the journey to the UK": where they went, not a part
    pattern = re.compile(re.escape(counted) + links, re.I)
    found = pattern.search(claim.sentence)
    return fold(found.group("where")) if found else ""


def _traded(counted: str, language: str) -> bool:
    """What is counted ends with a noun of trade ("exports", "livraisons"): goods sent to or
    bought from a place ([grouping.destinations] nouns)."""
    try:
        nouns = raw_table(language).get("grouping", {}).get("destinations", {}).get("nouns", [])
    except ValueError:
        return False
    return fold(counted.split()[-1]) in {fold(n) for n in nouns}


@cache
def _destination_links(language: str) -> str | None:
    """The pattern after a counted phrase that names where it goes or comes from: a link, an
    optional article, and a capitalised name."""
    try:
        grouping = raw_table(language).get("grouping", {})
    except ValueError:
        return None
    table = grouping.get("destinations", {})
    links, articles = table.get("links", []), table.get("articles", [])
    if not links:
        return None
    link = "|".join(re.escape(w) for w in sorted(links, key=len, reverse=True))
    article = "|".join(re.escape(w) for w in sorted(articles, key=len, reverse=True))
    optional = rf"(?:(?:{article})\s*)?" if article else ""
    return (rf"\s+(?:{link})\s+{optional}"
            r"(?P<where>(?-i:[A-ZÀ-Ý])[\w.’'-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w.’'-]*)*)")
