"""What each side of a conflict names: its source, and its place, entity and whole, and whether
a slot named on one side only or named two ways tells the figures apart (see
``reconcile.evidence`` for the rules these readings serve)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache

from claims.lexicon import Lexicon, fold
from claims.models import Claim
from reconcile.name_scripts import may_be_one
from reconcile.place_names import place_word
from reconcile.slim import SlimClaim, event_concepts
from reconcile.structural.counter import without_aside

SLOTS = ("place", "entity", "whole")
# Whether a claim's article names a phrase in one of its figures' sentences (``Corpus.tells``)
Told = Callable[[Claim, str], bool]
# What the counted words of a share of the vote read as (the concept table's ids).
_VOTES = frozenset({"#vote", "#vote_share"})


def sources_differ(claims: Sequence[Claim]) -> bool:
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


def _source_key(claim: Claim) -> frozenset[str]:
    """The source as concepts and lemmas: "the interior ministry" and "l'Intérieur" are one
    (the shorter names part of the longer), "police" and "syndicats" are two."""
    return _named_key(claim.source or claim.actor or "", claim.language)


def _named_key(text: str, language: str) -> frozenset[str]:
    """A source's name as concepts and lemmas (empty for none)."""
    if not text:
        return frozenset()
    return frozenset(Lexicon.shipped().normalise(text, language)) - _PUBLISHED


# What a source published ("figures", "les chiffres"), not who it is.
_PUBLISHED = frozenset({"#figures"})


def _text(claim: Claim, slot: str) -> str:
    return fold(getattr(claim, slot) or "")


def slot_key(claim: Claim, slot: str) -> frozenset[str]:
    """What a slot names, as words that read alike across languages: its concept ids ("across
    the country" / "dans tout le pays"), its content words through the concept table, else its
    folded words."""
    text = getattr(claim, slot) or ""
    if not text:
        return frozenset()
    frame = claim.frame
    found = getattr(frame, slot) if frame is not None else None
    words = set(Lexicon.shipped().normalise(text, claim.language))
    if slot == "place":  # "Tanzania" / "Tanzanie": one name (``reconcile.place_names``)
        words = {place_word(w, claim.language) for w in words}
    if found is not None:
        words.update(f"#{c}" for c in found.concepts)
    return frozenset(words or fold(text).split())


def slots_apart(
    claims: Sequence[Claim], one_sentence: bool, *, one_sided: bool = True,
    told: Told | None = None,
) -> list[str]:
    """Places, entities and wholes that differ (share no word or concept) or, unless
    ``one_sided`` is False, that one side alone names; ``told``: whether a claim's article
    names a phrase (``Corpus.tells``, for ``entity_is_its_source``)."""
    said = []
    for slot in SLOTS:
        apart = _slot_apart(claims, slot, one_sentence, one_sided=one_sided, told=told)
        if apart is not None:
            said.append(apart)
    return said


def _slot_apart(
    claims: Sequence[Claim], slot: str, one_sentence: bool, *, one_sided: bool,
    told: Told | None = None,
) -> str | None:
    """What one slot says to tell the figures apart: named differently, or by one side only
    where that may tell them apart; None when it says nothing."""
    keys = [slot_key(c, slot) for c in claims]
    named = [k for k in keys if k]
    given = [getattr(c, slot) for c in claims if getattr(c, slot)]
    if _named_apart(slot, named, given):
        return f"{slot}s differ ({' / '.join(sorted(set(given)))})"
    if (one_sided and _some_unnamed(keys) and _one_side_tells(claims, slot, named, one_sentence)
            and not (slot == "entity" and entity_is_its_source(claims, told))):
        return f"{slot} named on one side only ('{min(given)}')"
    return None


def _named_apart(slot: str, named: list[frozenset[str]], given: list[str]) -> bool:
    """Two of the slot's keys share no word or concept (``_differ``), and for an entity the
    names are not one company's in two scripts (``_may_be_one_name``)."""
    return _differ(named) and not (slot == "entity" and _may_be_one_name(given))


def _some_unnamed(keys: Sequence[frozenset[str]]) -> bool:
    """Some figures name the slot and some do not."""
    return any(keys) and not all(keys)


def _may_be_one_name(names: list[str]) -> bool:
    """Every two names may be one: one in Hangul and one in Latin letters that sound alike,
    or two Hangul names one of which opens the other (``reconcile.name_scripts``); names in
    one script that share no word stay two."""
    return all(may_be_one(a, b) for a in set(names) for b in set(names) if a != b)


def _differ(named: list[frozenset[str]]) -> bool:
    """Two of the slot's keys share no word or concept."""
    return len(named) > 1 and any(a.isdisjoint(b) for a in named for b in named)


def _one_side_tells(
    claims: Sequence[Claim], slot: str, named: list[frozenset[str]], one_sentence: bool
) -> bool:
    """A slot only some figures name may tell them apart: unless each side names it in one of
    its sentences, a phrase before both figures of one sentence governs both, "nationwide"
    says what no place says, or the article's setting is all that names it."""
    if _named_for_each_side(claims, slot):
        return False
    if one_sentence and slot != "whole" and _governs_all(claims, slot):
        return False
    if slot == "place" and all(NATIONAL in k for k in named):
        return False  # "nationwide" says what a figure with no place says: the whole country
    # the article's setting, not something its figure was said of
    return not all(from_article(c, slot) for c in claims if getattr(c, slot))


@cache
def generic_ids() -> frozenset[str]:
    """The shipped table's generic concepts as a slot key writes them ("#person")."""
    return frozenset(f"#{g}" for g in Lexicon.default_generic())


@cache
def owned_ids() -> frozenset[str]:
    """The shipped table's concepts a company or body owns (``[owned]``) as a slot key writes
    them ("#revenue")."""
    return frozenset(f"#{o}" for o in Lexicon.default_owned())


def entity_is_its_source(
    claims: Sequence[Claim] | Sequence[SlimClaim], told: Told | None = None
) -> bool:
    """Every figure that names an entity names it as who gives the figure too
    (``entity_is_source``), and every other figure names that body as its source ("1 184 km
    de bouchons cumulés selon Bison Futé" against "Bison Futé recensait 1 148 km"): the entity
    is the body that counts, read on one side only, not a thing one side measures and the
    other does not. A side that names no source may be another body's figure, unless its own
    article names that body in a sentence of its figures (``told``): "24명이 표결에 참여해
    찬성 18표" in an article that opens on "금융통화위원회는 ... 조정안을 의결했다", against
    "금융통화위원회는 ... 찬성 17표 ... 가결했다고 밝혔다": one committee's vote."""
    named = [c for c in claims if c.entity]
    if not named or not all(entity_is_source(c) for c in named):
        return False
    body = frozenset().union(*(_source_key(c) for c in named))
    names = sorted({c.entity for c in named if c.entity})
    return all(
        _one_source(_source_key(c), body) if _source_key(c)
        else told is not None and len(names) == 1 and isinstance(c, Claim) and told(c, names[0])
        for c in claims if not c.entity)


def entity_is_source(claim: Claim | SlimClaim) -> bool:
    """The figure's entity is who gives it ("Bison Futé recensait 1 148 km de bouchons",
    "최저임금위원회는 ... 찬성 16표 ... 가결했다고 밝혔다"): its words are all the source's. Not
    what a company or body owns (the table's ``[owned]``: "Samsung said its revenue rose to
    ..."), where the owner is what is measured even when it says so itself."""
    entity = _named_key(claim.entity or "", claim.language)
    if not entity or not entity <= _source_key(claim):
        return False
    return owned_ids().isdisjoint(Lexicon.shipped().normalise(claim.counted, claim.language))


def _named_for_each_side(claims: Sequence[Claim], slot: str) -> bool:
    """Each side names the slot in one of its sentences (``_every_side_names``), its sentence
    names it beside the figure (``_said_beside``), or, for a whole, the share's name says it
    (``_a_rate``): the slot does not tell the figures apart."""
    return (_every_side_names(claims, slot) or _said_beside(claims, slot)
            or (slot == "whole" and _a_rate(claims)))


def _said_beside(claims: Sequence[Claim], slot: str) -> bool:
    """Each figure that leaves the slot empty has its sentence name what the others' slot
    names, not as the figure's own ("according to the Hale County elections office" beside a
    figure of the other article's "Hale County"; "selon la préfecture du Cantal" beside "dans
    le Cantal"): the sentence places it there. Not a sentence that names it for the other
    figure ("18 000 à Dijon selon la préfecture ... 2 500 selon la police à Brest")."""
    named = [c for c in claims if getattr(c, slot)]
    given = {fold(getattr(c, slot)) for c in named}
    if len(given) != 1:
        return False
    value = next(iter(given))
    theirs = {(c.article, c.sentence) for c in named}  # there the phrase is the other's
    return all(names_in(fold(c.sentence), value) and (c.article, c.sentence) not in theirs
               for c in claims if not getattr(c, slot))


def names_in(sentence: str, phrase: str) -> bool:
    """``phrase`` stands in ``sentence`` as words of its own, not as the start or inside of
    another word ("Ain" in "ainsi", "Bath" in "Bathurst", "Var" in "variation"). A syllabic
    script that writes particles joined to the noun may run on ("청양군에서")."""
    for found in re.finditer(re.escape(phrase), sentence):
        start, end = found.span()
        if start and sentence[start - 1].isalnum():
            continue
        if end == len(sentence) or not sentence[end].isalnum() or _joins(sentence[end]):
            return True
    return False


def _joins(char: str) -> bool:
    """A letter of a script whose particles are written joined to the word before them."""
    return unicodedata.name(char, "").startswith("HANGUL")


def _a_rate(claims: Sequence[Claim]) -> bool:
    """Every figure is a share whose name says its whole (the table's ``[rates]``: turnout is
    of the registered voters): a whole one side names says what the other's name does."""
    rates = {f"#{r}" for r in Lexicon.default_rates()}
    return all(c.unit == "percent" and not slot_key(c, "counted").isdisjoint(rates)
               for c in claims)


NATIONAL = "#national"
"""The concept of a national scope ("nationwide", "au niveau national", "dans tout le pays")."""


def from_article(claim: Claim, slot: str) -> bool:
    found = getattr(claim.frame, slot) if claim.frame is not None else None
    return found is not None and found.inherited == "article"


def _governs_all(claims: Sequence[Claim], slot: str) -> bool:
    """The slot's phrase stands in the sentence before every figure of it: it governs them
    all ("In Paris, police counted 74,000, while the CGT said 350,000")."""
    sentence = claims[0].sentence
    value = next(getattr(c, slot) for c in claims if getattr(c, slot))
    at = sentence.find(value)
    return at >= 0 and all(at < claim_position(c) for c in claims)


def claim_position(claim: Claim) -> int:
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
        sides[side] = sides.get(side, False) or bool(slot_key(c, slot))
    return len(sides) > 1 and all(sides.values())


# The event concept of a verb of reporting or counting ("recensait", "recorded"): what the
# source did, not what happened to the things counted (``claims.frame_slots.REPORT``).
_REPORTED = frozenset({"#report"})


def counting_verb(claim: Claim | SlimClaim) -> bool:
    """The figure's event is only the verb by which its source reported or counted it, standing
    before the figure as the verb of which it is the object ("Bison Futé recensait 1 148 km",
    "the ministry recorded 2,310 cases"): it names nothing that happened to the things
    counted. Not a participle after them ("1 200 cas confirmés", "2,310 reported cases"),
    which may set a kind apart."""
    found = {f"#{c}" for c in event_concepts(claim)}
    if not found or not found <= _REPORTED or not claim.event:
        return False
    at = claim.sentence.find(claim.surface)
    verb = claim.sentence.find(claim.event)
    return 0 <= verb < at


def event_one_sided(claims: Sequence[Claim]) -> list[str]:
    """An event one side names and the other does not; a verb of the source's counting
    ("Bison Futé recensait 1 148 km") names none (``counting_verb``)."""
    events = [bool(slot_key(c, "event")) and not counting_verb(c) for c in claims]
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
        if slot_key(claim, "event"):
            continue
        sentence = claim.sentence
        named = [c.event for c in claims
                 if c.event and c.article == claim.article and c.sentence == sentence]
        if not any(0 <= sentence.find(e) < claim_position(claim) for e in named):
            return False
    return True


def named_alike(claims: Sequence[Claim]) -> bool:
    """Every figure names the same place, or the same entity."""
    for slot in ("place", "entity"):
        keys = [slot_key(c, slot) for c in claims]
        if all(keys) and all(not a.isdisjoint(b) for a in keys for b in keys):
            return True
    return False


def one_named_source(claims: Sequence[Claim]) -> bool:
    """Every article of ``claims`` names who gives its figure, and all name one source, maybe
    in fewer or more words ("the department" after "the health department",
    "중앙재난안전대책본부(중대본)" after "행정안전부 중앙재난안전대책본부": a short name in
    brackets names the body again)."""
    named = [(c.article, _bracketless_key(c)) for c in claims]
    if {article for article, key in named if key} != {c.article for c in claims}:
        return False  # an article that names no source
    keys = [key for _, key in named if key]
    return all(_one_source(a, b) for a in keys for b in keys)


def _bracketless_key(claim: Claim) -> frozenset[str]:
    """``_source_key`` of the source's name without the short name it gives in brackets."""
    return _named_key(without_aside(claim.source or claim.actor or ""), claim.language)


def unowned_vote_shares(claims: Sequence[Claim]) -> list[str]:
    """Shares of a vote one of which names no candidate or party (``entity``): a leader's race
    and a council race held on one day give each candidate a share, and the copy often leaves
    the name out of the figure's own words ("1위는 득표율 19.42%를 얻은 ...", a headline's
    "...득표율 54.63%로 과반"). Two of them that disagree may both be right."""
    shares = all(c.unit == "percent" and not slot_key(c, "counted").isdisjoint(_VOTES)
                 for c in claims)
    owned = {c.value for c in claims if c.entity}
    if not shares or all(c.value in owned for c in claims):
        return []  # each figure's value is given with a name (a headline's repeat of it too)
    return ["shares of a vote that do not all name their candidate or party: two candidates' "
            "shares may both be right"]
