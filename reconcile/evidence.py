"""Whether a conflict rests on strong evidence that its figures measure one quantity.

One false conflict is enough for a fact-checker to stop trusting the report, and in CI it
fails a pull request for nothing. Grouping lets a slot that one side leaves empty pass (the
other figures of a group may fill it); a conflict needs more. Its figures must not be told
apart by anything the text says:

* **Places, entities and wholes.** Both name one and they differ (a place read from the
  article's lead counts too: "in Harlan County" against "en Bretagne"), or one side names one
  and the other none: the one that names it may be about that place, fire or whole alone
  ("21 000 à Lyon" against a figure of the same sentence given for Rennes). Within one
  sentence a place or entity written before both figures governs both ("In Paris, police
  counted 74,000, while the CGT said 350,000").
* **An event on one side only.** "52.4 % of the votes" and "had won 9.8 % of the votes" may
  be two candidates' shares.
* **A change against a level.** "The claimant count fell by 9,800 in May" says how much it
  moved, not what it was: never a contradiction of "the claimant count was 12,400 in May".
* **A part not read.** A breakdown whose counted thing is its whole ("Of those, 870,000 had
  card details taken": customers of customers) may be any part of it.
* **No period on either side**, in two articles: nothing says they are about the same time.
* **Shares summed as parts** must all name one whole; a rate and its total must be in one
  kind of unit.
* **Two figures of one sentence** that no two named sources give are a list or a contrast
  ("21,000 in Lyon, 16,000 in Toulouse"; "91 new cases, against 132 the week before"): a
  writer does not contradict himself within a sentence, so what tells them apart was not
  read. Two sources in one sentence ("350 according to the union, 210 according to the
  management") are the disagreement a reader wants to see.
* **Two times of one day.** A running toll "as of 11 a.m." and another "as of 6 p.m." (or
  one that names no hour) on the same day: the count may have moved between them
  ("오전 11시 기준 31명" / "오후 6시 기준 34명"; "samedi matin" / "samedi à 18 heures").
* **A local article's own figures.** An article that brings in a national figure ("while the
  national rate held at 3.9%", "contre 90,7 % au niveau national") is about one place: its
  figures that name none are that place's, not the country's ("Ohio employers added 6,300
  jobs" against "employers added 142,000 jobs" nationwide).
* **Changes against two bases.** A growth rate "sur un an" (year on year) and one "par
  rapport au trimestre précédent" (or one that names no base) for the same quarter are two
  quantities: "0,9 %" and "0,5 %" are both right ("up 5.0% from a year earlier" / "rose 0.6%
  from July"; "전년 동월 대비" / "전월 대비").
* **Two kinds of one thing.** "Household debt" and "public debt", "the trade deficit" and
  "the budget deficit", "confirmed cases" and "suspected cases" share the concept that made them
  meet, and name exclusive kinds of it (``reconcile.kinds``).
* **An undated figure in a dated sentence.** "The fire had burned 12,400 acres by Monday
  evening and was 15% contained": the 15 % was read with no period, but its sentence dates
  its figures to Monday; against "32% contained as of Tuesday" it is another day.
* **A place the other article gives its own figure.** "Texas has confirmed 702 cases" (the
  article's place) against "The United States has recorded 1,001 cases ... In Texas, 702":
  the second article names Texas for another figure, so its figure with no place is not
  Texas's.
* **A structural check across articles** (a sub-period above its whole, parts above an
  aggregate) needs the same place or entity named on both sides: without it, two articles'
  counts of arrests in two towns meet as one counter. Within one article, a place, entity or
  whole named on one side only is enough to doubt it ("44 morts depuis janvier" and "sur la
  même période, 9 dans l'agglomération de Lorient": a part by place, not by period).

A conflict with a weak point stays in the findings, with its reasons among its assumptions,
and a confidence under ``WEAK_CAP``: below the default ``--min-confidence`` of ``report`` and
``gate``, so it is not shown and never fails a gate unless asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache, cached_property
from typing import TypeVar

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from claims.context import tokens_in
from claims.lang import grouping_pattern, load_table, raw_table
from claims.lexicon import Lexicon, fold
from claims.models import Claim
from claims.number_table import load_number_table
from reconcile.internal import same_quantity
from reconcile.kinds import kinds_apart
from reconcile.slim import SlimClaim
from reconcile.units import split_rate, unit_kind

SAME_WORDS = 90  # rapidfuzz token_set_ratio of two counted phrases read as one counter
WEAK_CAP = 0.4  # the most a conflict with a weak point keeps: under the default threshold
PAIRWISE = ("values", "sources_differ", "internal")  # verdicts of compared figures
ALONE = ("share_of_total", "rate", "unit_conversion", "conversion")  # within one sentence
SLOTS = ("place", "entity", "whole")


def weak_points(
    claims: Sequence[Claim], detail: str, corpus: Corpus | Mapping[str, Claim] | None = None,
    *, slots_checked: bool = False, headline: bool = False,
) -> list[str]:
    """Why a conflict of ``detail`` between ``claims`` may be about different things (empty:
    the evidence is strong); ``corpus``: the run's claims (``Corpus``, or every claim by id),
    for the figures shares lean on and what the other figures of an article say;
    ``slots_checked``: the check that made the conflict (``reconcile.internal``) made sure the
    article names no second place, entity, whole or source for the quantity, so a slot one side
    leaves empty is the other's; ``headline``: the check that made it
    (``reconcile.headline``) found the one body figure that measures what the headline's does,
    so the two need not count it in the same words."""
    if len(claims) < 2:
        return []
    if detail in ALONE:
        return _kinds_apart(claims) if detail == "rate" else []
    if detail in PAIRWISE:
        if corpus is not None and not isinstance(corpus, Corpus):
            corpus = Corpus(corpus)
        return _pair_apart(claims, corpus, slots_checked=slots_checked, headline=headline)
    return _check_apart(claims, detail)


class Corpus:
    """A run's context for reading evidence: every claim by id, and what is read of an
    article's claims (where it sets its figures against a national one, the days each of its
    sentences dates, the places it gives a figure of its own), each article read once and only
    when a conflict asks about it. Made by the caller for one run and passed in, so nothing
    read of one run's claims outlives it or meets another's."""

    def __init__(self, by_id: Mapping[str, Claim]) -> None:
        self.by_id = by_id
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


def _pair_apart(
    claims: Sequence[Claim], corpus: Corpus | None, *, slots_checked: bool, headline: bool,
) -> list[str]:
    """``weak_points`` of figures compared two by two: what the text says of each side."""
    several = len({c.article for c in claims}) > 1
    one_sentence = _one_sentence(claims)
    said: list[str] = []
    if one_sentence and not _sources_differ(claims):
        said.append("figures of one sentence that no two sources give: read as a list "
                    "of different things, not a contradiction")
    said += _slots_apart(claims, one_sentence, one_sided=not slots_checked)
    if not several and not one_sentence and not headline and not same_quantity(claims):
        said.append("two figures of one article that do not count the same thing in the "
                    "same words: not read as the article contradicting itself")
    said += _event_one_sided(claims)
    said += _part_unread(claims, corpus)
    if several and not any(_dated(c) for c in claims):
        said.append("figures of two articles that state no period: not known to be about "
                    "the same time")
    said += _times_apart(claims)
    said += _bases_apart(claims)
    said += [
        f"they count different kinds of it ({' / '.join(kinds)}, by {dimension}): two "
        "quantities that may both be right"
        for dimension, kinds in kinds_apart(claims)
    ]
    said += _undated_beside_dated(claims, corpus)
    said += _places_apart(claims, corpus) if several else _national_beside_unplaced(claims)
    if len({c.direction is None for c in claims}) > 1:
        said.append("a change ('rose by', 'fell by') against a level: an amount of change "
                    "is not the quantity itself")
    return said


def _one_sentence(claims: Sequence[Claim]) -> bool:
    return len({(c.article, c.sentence) for c in claims}) == 1


def _places_apart(claims: Sequence[Claim], corpus: Corpus | None) -> list[str]:
    """Figures of several articles: a place one article gives its own figure, or a local
    article's own figures against a national one."""
    return _place_given_apart(claims, corpus) + _local_beside_national(claims, corpus)


def _check_apart(claims: Sequence[Claim], detail: str) -> list[str]:
    """``weak_points`` of a structural check (parts, sub-period, aggregate...)."""
    said: list[str] = []
    if detail == "parts":
        wholes = [_key(c, "whole") for c in claims]
        if not all(wholes) or any(a.isdisjoint(b) for a in wholes for b in wholes):
            said.append("shares that do not all name one whole: not read as parts of one "
                        "population")
        return said
    if detail in ("sub_period", "aggregate"):
        said += _counted_apart(claims)
    # within one article too: "Sur la même période, 9 personnes ont été tuées dans
    # l'agglomération de Lorient" is a part of the article's 44 by place, not by period
    said += _slots_apart(claims, _one_sentence(claims))
    if len({c.article for c in claims}) > 1 and not _named_alike(claims):
        said.append("articles that name no common place or entity: not read as one counter")
    return said


def _counted_apart(claims: Sequence[Claim]) -> list[str]:
    """A period or an aggregate against its parts is one counter only when the figures count
    the same thing in so many words, or in words that read as the same concepts and nothing
    more ("48 tués" and "44 morts", both the concept of dying): "312 votes" (a margin) and
    "180 ballots with signature problems" share a concept and are two counters."""
    texts = sorted({fold(c.counted or "") for c in claims})
    if len(texts) > 1 and any(
        fuzz.token_set_ratio(a, b, processor=default_process) < SAME_WORDS
        for a in texts for b in texts
    ) and not _one_concept(claims):
        return [f"they count {' / '.join(repr(t) for t in texts)}: not read as one counter"]
    return []


def _one_concept(claims: Sequence[Claim]) -> bool:
    """Every figure counts the same concepts and nothing more, one of them not generic, and
    names the same event, one that is only ever added to (the table's ``[cumulative]``): "48
    tués" and "44 morts" count deaths; "personnes" and "participants" count people in general,
    and a margin ("failed by 312 votes") is not a tally of "180 ballots ... set aside")."""
    keys = {_key(c, "counted") for c in claims}
    events = {_key(c, "event") for c in claims}
    if len(keys) != 1 or len(events) != 1:
        return False
    cumulative, _ = Lexicon.default_cumulative()
    if not any(w.startswith("#") and w[1:] in cumulative for w in next(iter(events))):
        return False
    generic = {f"#{g}" for g in Lexicon.default_generic()}
    return any(w.startswith("#") and w not in generic for w in next(iter(keys)))


def _dated(claim: Claim) -> bool:
    period = claim.period
    return period is not None and period.resolution not in ("publication", "unresolved") and (
        period.start is not None or period.end is not None)


def _kinds_apart(claims: Sequence[Claim]) -> list[str]:
    """A rate and its total in two kinds of unit (a sum of money a month, a count of soles)."""
    kinds = {unit_kind(split_rate(c.unit)[0]) for c in claims}
    return ["a rate and a total of different kinds of unit"] if len(kinds) > 1 else []


def _part_unread(claims: Sequence[Claim], corpus: Corpus | None = None) -> list[str]:
    """A breakdown or share whose part was not read: what it counts is its whole ("Of those,
    870,000 had card details taken": customers of customers; "about a quarter of the dead"
    and "87 % des décès": which of the dead is not read), or it leans on a count that is one
    ("118 of the deaths, or 82.5 %")."""
    for claim in claims:
        whole = _key(claim, "whole")
        if whole:
            counted = _key(claim, "counted")
            if counted and counted <= whole:
                return [f"what part of '{claim.whole}' \"{claim.surface}\" counts is not read"]
            continue
        event = _key(claim, "event")  # what is counted is read only when needed: a lemma each
        if event and not event <= _key(claim, "counted"):
            continue  # "34 % des conducteurs étaient en grève": the part is who went on strike
        leans = corpus.get(claim.antecedent) if corpus is not None else None
        if any(c is not None and _share_of_follows(c) for c in (claim, leans)):
            return [f"\"{claim.surface}\" is a share of {claim.counted or 'a whole'}; "
                    "what part of it is not read"]
    return []


def _share_of_follows(claim: Claim) -> bool:
    """The figure is followed by its whole ("of the dead", "des décès"): a share of it, or a
    part ("118 of the deaths"), whose own part the frame did not read."""
    if claim.unit not in ("percent", "count"):
        return False
    at = claim.sentence.find(claim.surface)
    if at < 0:
        return False
    try:
        table = load_table(claim.language).extraction
    except ValueError:
        return False
    if claim.unit == "count" and _ends_with_scale(claim):
        return False  # "1,28 million de manifestants": the scale's noun, not a share of it
    tokens = tokens_in(claim.sentence, at + len(claim.surface), at + len(claim.surface) + 40)
    return bool(tokens) and tokens[0].lower() in table.determiners_set and (
        claim.unit == "percent" or tokens[0].lower() not in table.stop_words_set
        or len(tokens) > 1
    )


def _ends_with_scale(claim: Claim) -> bool:
    """The figure as written ends with a scale word ("1,28 million", "2.4 millions")."""
    words = claim.surface.split()
    try:
        scales = load_number_table(claim.language).scales
    except (ValueError, KeyError):  # a language with no [numbers] table (Korean counters)
        return False
    return len(words) > 1 and words[-1].casefold() in scales


def _sources_differ(claims: Sequence[Claim]) -> bool:
    """Every figure names a source, and two of them are not one source named two ways."""
    keys = [_source_key(c) for c in claims]
    return all(keys) and any(not _one_source(a, b) for a in keys for b in keys)


def _one_source(a: frozenset[str], b: frozenset[str]) -> bool:
    """One names part of the other ("the Intérieur" / "the interior ministry"), or both name
    one institution by its concept ("프랑스 내무부" / "ministère de l'Intérieur": #interior);
    a kind of institution alone (#ministry) is not one institution."""
    return a <= b or b <= a or any(w.startswith("#") for w in (a & b) - _KINDS)


# Concepts that name a kind of institution, not one: two ministries are two sources.
_KINDS = frozenset({"#ministry"})


def sources_differ(claims: Sequence[Claim]) -> bool:
    """``_sources_differ``, for ``assess.conflict_detail``."""
    return _sources_differ(claims)


def _source_key(claim: Claim) -> frozenset[str]:
    """The source as concepts and lemmas: "the interior ministry" and "l'Intérieur" are one
    (the shorter names part of the longer), "police" and "syndicats" are two."""
    text = claim.source or claim.actor or ""
    if not text:
        return frozenset()
    return frozenset(Lexicon.shipped().normalise(text, claim.language)) - _PUBLISHED


# What a source published ("figures", "les chiffres"), not who it is.
_PUBLISHED = frozenset({"#figures"})


def _text(claim: Claim, slot: str) -> str:
    return fold(getattr(claim, slot) or "")


def _key(claim: Claim, slot: str) -> frozenset[str]:
    """What a slot names, as words that read alike across languages: its concept ids ("across
    the country" / "dans tout le pays"), its content words through the concept table, else its
    folded words."""
    text = getattr(claim, slot) or ""
    if not text:
        return frozenset()
    frame = claim.frame
    found = getattr(frame, slot) if frame is not None else None
    words = set(Lexicon.shipped().normalise(text, claim.language))
    if found is not None:
        words.update(f"#{c}" for c in found.concepts)
    return frozenset(words or fold(text).split())


def _slots_apart(
    claims: Sequence[Claim], one_sentence: bool, *, one_sided: bool = True
) -> list[str]:
    """Places, entities and wholes that differ (share no word or concept) or, unless
    ``one_sided`` is False, that one side alone names."""
    said = []
    for slot in SLOTS:
        keys = [_key(c, slot) for c in claims]
        named = [k for k in keys if k]
        given = [getattr(c, slot) for c in claims if getattr(c, slot)]
        if _differ(named):
            said.append(f"{slot}s differ ({' / '.join(sorted(set(given)))})")
        elif one_sided and named and len(named) < len(keys) and _one_side_tells(
            claims, slot, named, one_sentence
        ):
            said.append(f"{slot} named on one side only ('{min(given)}')")
    return said


def _differ(named: list[frozenset[str]]) -> bool:
    """Two of the slot's keys share no word or concept."""
    return len(named) > 1 and any(a.isdisjoint(b) for a in named for b in named)


def _one_side_tells(
    claims: Sequence[Claim], slot: str, named: list[frozenset[str]], one_sentence: bool
) -> bool:
    """A slot only some figures name may tell them apart: unless each side names it in one of
    its sentences, a phrase before both figures of one sentence governs both, "nationwide"
    says what no place says, or the article's setting is all that names it."""
    if _every_side_names(claims, slot):
        return False
    if one_sentence and slot != "whole" and _governs_all(claims, slot):
        return False
    if slot == "place" and all(NATIONAL in k for k in named):
        return False  # "nationwide" says what a figure with no place says: the whole country
    # the article's setting, not something its figure was said of
    return not all(_from_article(c, slot) for c in claims if getattr(c, slot))


NATIONAL = "#national"
"""The concept of a national scope ("nationwide", "au niveau national", "dans tout le pays")."""


def _from_article(claim: Claim, slot: str) -> bool:
    found = getattr(claim.frame, slot) if claim.frame is not None else None
    return found is not None and found.inherited == "article"


def _governs_all(claims: Sequence[Claim], slot: str) -> bool:
    """The slot's phrase stands in the sentence before every figure of it: it governs them
    all ("In Paris, police counted 74,000, while the CGT said 350,000")."""
    sentence = claims[0].sentence
    value = next(getattr(c, slot) for c in claims if getattr(c, slot))
    at = sentence.find(value)
    return at >= 0 and all(at < _position(c) for c in claims)


def _position(claim: Claim) -> int:
    at = claim.sentence.find(claim.surface)
    return at if at >= 0 else len(claim.sentence)


def side_of(claim: Claim | SlimClaim) -> tuple:
    """The side of a conflict a figure stands on: the value it gives, in its unit (a headline's
    "toll at 32" and the body's "32 ... off Palawan" are one side)."""
    return (claim.value, claim.lower, claim.upper, claim.unit)


def _every_side_names(claims: Sequence[Claim], slot: str) -> bool:
    """Each figure of the finding is named with the slot in one of its sentences at least: a
    headline's "toll at 32" repeats the body's "32 ... off Palawan", and is the same figure."""
    sides: dict[tuple, bool] = {}
    for c in claims:
        side = side_of(c)
        sides[side] = sides.get(side, False) or bool(_key(c, slot))
    return len(sides) > 1 and all(sides.values())


def _event_one_sided(claims: Sequence[Claim]) -> list[str]:
    events = [bool(_key(c, "event")) for c in claims]
    if any(events) and not all(events) and not _every_side_names(claims, "event") and not (
        _event_governs(claims)
    ):
        value = min(c.event for c in claims if c.event)
        return [f"event named on one side only ('{value}')"]
    return []


def _event_governs(claims: Sequence[Claim]) -> bool:
    """Every figure that names no event shares its sentence with one that does, and that event
    stands before it: it is what both count ("the police counted 74,000 marchers, while the
    CGT said 350,000")."""
    for claim in claims:
        if _key(claim, "event"):
            continue
        sentence = claim.sentence
        named = [c.event for c in claims
                 if c.event and c.article == claim.article and c.sentence == sentence]
        if not any(0 <= sentence.find(e) < _position(claim) for e in named):
            return False
    return True


def _named_alike(claims: Sequence[Claim]) -> bool:
    """Every figure names the same place, or the same entity."""
    for slot in ("place", "entity"):
        keys = [_key(c, slot) for c in claims]
        if all(keys) and all(not a.isdisjoint(b) for a in keys for b in keys):
            return True
    return False


def _time_of_day(claim: Claim) -> str:
    """The time of day a figure is given for: in its period's words ("이날 오후 6시 기준",
    "as of 9 p.m. Monday"), else the one time its sentence names; "" for none."""
    pattern = grouping_pattern(claim.language, "times_of_day")
    if pattern is None:
        return ""
    period = claim.period
    found = pattern.search(period.text) if period is not None and period.text else None
    if found is not None:
        return " ".join(fold(found.group()).split())
    named = {" ".join(fold(m.group()).split()) for m in pattern.finditer(claim.sentence)}
    return next(iter(named)) if len(named) == 1 else ""


def _times_apart(claims: Sequence[Claim]) -> list[str]:
    """Figures of one day read at two times of it (or one read at a named time, the other at
    any): a toll, a count of the missing or a tally may have moved in between."""
    ends = {c.period.end if c.period is not None else None for c in claims}
    if len(ends) != 1 or None in ends:
        return []
    times = {_time_of_day(c) for c in claims}
    if len(times) < 2:
        return []
    shown = " / ".join(sorted(t or "no time" for t in times))
    return [f"figures of one day given at different times of it ({shown}): a running count "
            "may have moved between them"]


def _local_beside_national(claims: Sequence[Claim], corpus: Corpus | None) -> list[str]:
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
        if here and all(start <= _position(claim) for start in here):
            continue  # "Nationally, the rate was 3.9%": the national figure itself
        phrase = found[0][2]
        return [f"\"{claim.surface}\" names no place in an article that sets its figures "
                f"against a national one ('{phrase}'): read as the article's own place"]
    return []


def _national_beside_unplaced(claims: Sequence[Claim]) -> list[str]:
    """Within one article, a figure given nationwide ("À l'échelle nationale, 2 614 tués")
    against one that names no place: the article sets its own place's figures against the
    country's ("44 morts sur les routes du Morbihan"), so the one with no place is local."""
    keys = [_key(c, "place") for c in claims]
    if any(NATIONAL in k for k in keys) and any(not k for k in keys):
        return ["a national figure against one of the same article that names no place: read "
                "as the article's own place, not the country"]
    return []


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
    at = _position(claim)
    best: tuple[int, str] | None = None
    for m in pattern.finditer(claim.sentence):
        distance = min(abs(m.start() - at), abs(m.end() - at))
        base = names[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])]
        if best is None or distance < best[0]:
            best = (distance, base)
    return best[1] if best is not None else ""


def _bases_apart(claims: Sequence[Claim]) -> list[str]:
    """Percentages whose sides name different bases of change, or a base on one side only."""
    if not all(c.unit in ("percent", "percentage_point") for c in claims):
        return []
    sides: dict[tuple, set[str]] = {}
    for claim in claims:
        side = sides.setdefault(side_of(claim), set())
        base = _base(claim)
        if base:
            side.add(base)
    named = [bases for bases in sides.values() if bases]
    if not named or (len(named) == len(sides) and all(b == named[0] for b in named)):
        return []
    shown = " / ".join(sorted({b for bases in named for b in bases}))
    return [f"changes measured against different bases, or a base on one side only ({shown}): "
            "a change on a year and a change on the period before are two quantities"]


def _undated(claim: Claim) -> bool:
    period = claim.period
    return period is None or period.end is None or period.resolution in (
        "publication", "unresolved")


def _undated_beside_dated(claims: Sequence[Claim], corpus: Corpus | None) -> list[str]:
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


def _place_given_apart(claims: Sequence[Claim], corpus: Corpus | None) -> list[str]:
    """A figure with a place against one with none, whose article names that place for
    another of its figures: that article tells the place apart from what it says with none."""
    if corpus is None:
        return []
    placed = [(c, _key(c, "place")) for c in claims if c.place]
    for claim in claims:
        if claim.place or any(c.place and c.value == claim.value for c in claims):
            continue  # a headline's "toll at 32" beside the body's "32 ... off Palawan"
        for other, key in placed:
            if other.article == claim.article or NATIONAL in key:
                continue
            named = corpus.places(claim.article)
            if any(not key.isdisjoint(k) and value != claim.value for k, value in named):
                return [f"the article of \"{claim.surface}\" gives '{other.place}' a figure of "
                        "its own: its figure with no place is not that place's"]
    return []


_Named = list[tuple[frozenset[str], float | None]]  # a place and the value given for it


def _places_named(claims: Iterable[Claim]) -> _Named:
    """The places an article names in a figure's own sentence (not inherited), with the
    value given for each (the claims of one article)."""
    found: _Named = []
    for claim in claims:
        if claim.place and not _from_article(claim, "place"):
            key = _key(claim, "place")
            if key and (key, claim.value) not in found:
                found.append((key, claim.value))
    return found
