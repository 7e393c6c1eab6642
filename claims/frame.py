"""What a figure measures besides what it counts: the quantity frame.

Each claim gets ``event`` (what happened to the counted things), ``place``, ``entity`` (the
named thing measured), ``whole`` (what a share or a breakdown is part of) and ``source``, read
from its sentence, else inherited from the figure it refers to (its antecedent: "dont 19
mineurs", "27 of whom", "Of them, ..."), else, for the place, from the article's lead. Every
word comes from the language table (``[extraction.context]``) and concept ids from the concept
table (``claims/data/concepts.toml``), so an event reads alike in French and English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claims.context import (
    _CLAUSE_END,
    _is_word,
    _phrase,
    _raw_phrase,
    _tokens,
    counted_after,
    elided,
    iter_tokens,
    lemmas_of,
    share_phrase,
    tokens_in,
)
from claims.figures import Figure
from claims.lang import ExtractionTable, _alternation, grouping_pattern
from claims.lang.tail import TailPattern
from claims.models import Claim, Frame, FrameOrigin, Modality, PeriodKind, Slot
from claims.sentence_memo import last_mark

if TYPE_CHECKING:
    from claims.lexicon import Lexicon

NATIONAL = "national"  # concept id of a place phrase that names the whole country
_BLANK = r"[\s\u00a0\u202f]"
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]«»\"“”!?…–—]")


def _lexicon() -> Lexicon:
    """The shipped concept table (imported late: only extraction reads it)."""
    from claims.lexicon import Lexicon

    return Lexicon.shipped()


@dataclass
class FrameState:
    """What carries across the sentences of one article: the last counts, for breakdowns
    that refer back ("Of them, ..."), and the place the article's lead states."""

    previous: list[Claim] = field(default_factory=list)
    # Slots already read in this article, by text and concept: the same source, place or
    # counted phrase comes back figure after figure (speed; kept for one article only).
    slots: dict[tuple[str, str | None], Slot] = field(default_factory=dict)
    recent: list[Claim] = field(default_factory=list)  # counts of the last two sentences
    article_place: Slot | None = None
    sentences: int = 0

    def remember(self, claims: list[Claim]) -> None:
        counts = [c for c in claims if c.unit == "count" and c.role.value == "value"]
        self.previous = counts or self.previous
        self.recent = (self.recent + counts)[-8:]
        self.sentences += 1


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str
    concept: str | None = None


def _any_word_re(words: list[str]) -> re.Pattern[str] | None:
    """Any of a table's phrases as whole words, or None when the table lists none."""
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)", re.I) if words else None


_KEPT_WORDS = 100_000  # words whose event reading is kept, as the lexicon keeps concepts


class _Patterns:
    """The table's frame words compiled once per language."""

    def __init__(self, table: ExtractionTable) -> None:
        ctx = table.context
        self.ctx = ctx
        alt = _alternation
        months = [m for m in table.periods.months]
        skip = {w.lower() for w in (*ctx.not_places, *months, *table.periods.weekdays)}
        self.not_places = skip
        # "at the end of March": a month's name is a date, never the event "march"
        self.months = frozenset(m.lower() for m in months)
        articles = alt(table.context.determiners)
        kind = (
            rf"(?:(?i:{alt(ctx.place_heads)}){_BLANK}*(?i:{alt(ctx.place_head_links)}){_BLANK}*)?"
            if ctx.place_heads and ctx.place_head_links
            else ""
        )
        self.place = (
            re.compile(
                rf"(?<!\w)(?i:{alt(ctx.place_intro)}){_BLANK}+(?:(?i:{articles}){_BLANK}*)?{kind}"
                rf"({_CAP_WORD}(?:(?:{_BLANK}+|-)(?:{_CAP_WORD}|(?:{articles})"
                rf"(?={_BLANK}*[A-ZÀ-Ö])))*)"
            )
            if ctx.place_intro
            else None
        )
        self.nationwide = _any_word_re(ctx.nationwide)
        self.wider_scope = _any_word_re(ctx.wider_scope)
        heads = alt(ctx.entity_heads) if ctx.entity_heads else None
        if heads and ctx.entity_head_first:
            links = alt(ctx.entity_links) or "(?!)"
            self.entity = re.compile(
                rf"(?<!\w)((?i:{heads})(?:{_BLANK}+(?i:{links})|{_BLANK}*(?i:d['’]))?{_BLANK}*"
                rf"{_CAP_WORD}(?:{_BLANK}+{_CAP_WORD})*)"
            )
        elif heads:
            self.entity = re.compile(
                rf"((?:{_CAP_WORD}{_BLANK}+)+(?i:{heads}))(?!\w)"
            )
        else:
            self.entity = None
        self.breakdown_before = _tail_re(ctx.breakdown_before)
        self.breakdown_after = _head_re(ctx.breakdown_after)
        self.opener = (
            re.compile(rf"^{_BLANK}*(?:{alt(ctx.breakdown_openers)})(?!\w)", re.I)
            if ctx.breakdown_openers
            else None
        )
        self.breakdown_verb = _any_word_re(ctx.breakdown_verbs)
        self.count_noun = (
            re.compile(rf"(?<!\w)(?:{alt(ctx.count_nouns)}){_BLANK}*", re.I)
            if ctx.count_nouns
            else None
        )
        self.toll_noun = _any_word_re(list(ctx.toll_nouns))  # "death toll" before "toll"
        self.toll_counts = {k.lower(): v for k, v in ctx.toll_nouns.items()}
        self.qualifier = (
            re.compile(rf"{_BLANK}*(?:{'|'.join(ctx.counted_qualifiers)})(?!\w)", re.I)
            if ctx.counted_qualifiers
            else None
        )
        self.population = _tail_re(table.context.population_intro)
        self.population_after = (
            re.compile(rf"^{_BLANK}+(?:{alt(table.context.population_intro)}){_BLANK}+$", re.I)
            if table.context.population_intro
            else None
        )
        self.stated_share = (
            re.compile(rf"^{_BLANK}*,?{_BLANK}*(?:{alt(ctx.stated_share)}){_BLANK}*$", re.I)
            if ctx.stated_share
            else None
        )
        self.running_total = (
            re.compile(rf"^(?:{alt(ctx.running_totals)})(?!\w)", re.I)
            if ctx.running_totals
            else None
        )
        self.source_paren = re.compile(r"^[\s\u00a0]*\(([^()\d]{2,40})\)")
        self.source_nouns = {w.lower() for w in ctx.source_nouns}
        self.share_heads = table.share_verb_heads
        self.clause_links = {w.lower() for w in ctx.clause_links}
        self._event_words: dict[tuple[str, str], tuple[bool, str, str | None]] = {}
        self._event_lexicon: Lexicon | None = None
        self.markers = {
            w.lower()
            for w in (*ctx.breakdown_before, *ctx.breakdown_after, *ctx.breakdown_openers)
        }

    def event_words(self, lexicon: Lexicon) -> dict[tuple[str, str], tuple[bool, str, str | None]]:
        """What ``_event`` read of each word (``_event_word``), for one lexicon: emptied when
        another lexicon is read, and past ``_KEPT_WORDS`` words."""
        if lexicon is not self._event_lexicon or len(self._event_words) >= _KEPT_WORDS:
            self._event_words = {}
            self._event_lexicon = lexicon
        return self._event_words

    def is_marker(self, phrase: str) -> bool:
        return phrase.lower().strip() in self.markers


def _tail_re(words: list[str]) -> TailPattern | None:
    """A phrase that ends right before a figure (searched only when the text ends with one of
    the phrases' last words: every figure asks, of all the text before it)."""
    if not words:
        return None
    return TailPattern(
        re.compile(rf"(?<!\w)(?:{_alternation(words)}){_BLANK}+$", re.I), words
    )


def _head_re(words: list[str]) -> re.Pattern[str] | None:
    """A phrase that starts right after a figure."""
    if not words:
        return None
    return re.compile(rf"{_BLANK}+(?:{_alternation(words)})(?!\w)", re.I)


_COMPILED: dict[str, tuple[ExtractionTable, _Patterns]] = {}


def patterns(table: ExtractionTable) -> _Patterns:
    """The frame patterns of a language table, compiled once per language (tables are loaded
    once; a table built apart from the loaded one gets patterns of its own)."""
    found = _COMPILED.get(table.code)
    if found is None or found[0] is not table:
        found = _COMPILED[table.code] = (table, _Patterns(table))
    return found[1]


# -- reading the slots ------------------------------------------------------------------------


def read_frames(
    claims: list[Claim],
    figures: list[Figure],
    text: str,
    table: ExtractionTable,
    state: FrameState,
    lang: str,
) -> None:
    """Fill each claim's frame from its sentence ``text`` (figure offsets are relative to it),
    then inherit what it leaves empty from its antecedent and the article."""
    pat = patterns(table)
    starts = [f.start for f in figures]
    ends = [f.end for f in figures]
    places = _places(text, pat)
    place_of = _bind(places, starts, ends, text, pat)
    entities = _entities(text, pat)
    entity_of = _bind(entities, starts, ends, text, pat)
    antecedents = _antecedents(claims, figures, text, pat, state)
    for i, (claim, f) in enumerate(zip(claims, figures, strict=True)):
        if f.parenthetical and i > 0:  # a conversion measures what the figure before it does
            _copy_frame(claim, claims[i - 1])
            continue
        if _states_share_of(i, claims, figures, text, pat):
            # "282, or 71.2 percent, were women": the share of the same women, of the same whole
            _copy_frame(claim, claims[i - 1])
            claim.antecedent = claims[i - 1].id
            continue
        counted = _counted(claim, f, text, pat, table)
        if counted and any(counted.lower() in e.text.lower() for e in entities):
            counted = ""  # "the Ridge fire is 35% contained": the fire is the entity
        running = _running_total_of(counted, claims[:i], pat)
        if running is not None:
            # "412 people crossed on Tuesday, bringing the total for the year to 14,306": the
            # total counts what the sentence's first figure counts
            slots = {name: None for name in ("counted", "event", "place", "whole", "entity")}
            slots["source"] = _slot(claim.actor or "", lang, table, memo=state.slots)
            _inherit(slots, running, "list")
            _store(claim, slots)
            _end_on_the_day(claim, running)
            continue
        whole = ""
        if claim.unit == "percent":
            part, of = _share_parts(text, f.end, pat, table)
            if not (part and of):
                of, _ = share_phrase(text, f.start, f.end, table)
                combined = claim.counted
                if of and combined.startswith(of) and len(combined) > len(of):
                    part = combined[len(of) :].strip()  # "suspects arrêtés âgés de 10 à 19 ans"
                else:
                    of = ""
            if f.counted and not of:  # "six victimes sur dix sont des adolescentes"
                of = f.counted
                part = _after_stated_share(text, f.end, pat, table) or part
            if part and of:
                counted, whole = part, of
        source = claim.actor or _paren_source(text, f.end, pat)
        slots: dict[str, Slot | None] = {
            "counted": _slot(counted, lang, table, memo=state.slots),
            "event": _event(claim, counted, f, text, pat, table, lang),
            "place": _slot(
                place_of[i].text, lang, table, concept=place_of[i].concept, memo=state.slots
            )
            if place_of[i]
            else None,
            "whole": _slot(whole, lang, table, memo=state.slots),
            "entity": _slot(entity_of[i].text, lang, table, memo=state.slots)
            if entity_of[i]
            else None,
            "source": _slot(source or "", lang, table, memo=state.slots),
        }
        antecedent = antecedents[i]
        if antecedent is not None:
            claim.antecedent = antecedent.id
            _inherit(slots, antecedent, "antecedent")
        elif i > 0 and claim.counted and claim.counted == claims[i - 1].counted and (
            claims[i - 1].unit == claim.unit
        ):
            # "3 000 selon la préfecture, 12 000 selon les organisateurs": a bare number in a
            # contrast measures what the figure before it does; in the place before it too
            # ("130 000 à Marseille selon les syndicats, contre 11 000 selon la police"),
            # unless a place of its own comes later in the sentence ("... et 12 000 à Rennes").
            only = ("event", "entity", "whole")
            if not any(span.start >= f.end for span in places):
                only = (*only, "place")
            _inherit(slots, claims[i - 1], "list", only=only)
        if slots["place"] is None and state.article_place is not None:
            slots["place"] = state.article_place.model_copy(update={"inherited": "article"})
        _store(claim, slots)
    _revised_pairs(claims, figures, text, table)
    state.remember(claims)


def lead_place(text: str, table: ExtractionTable, lang: str, state: FrameState) -> None:
    """The place an article's title or first sentence states: figures that name none are
    read as about it (an assumption each finding lists). A national scope brought in as a
    contrast ("92,1 % dans l'académie, contre 90,7 % au niveau national") is the country's
    figure set against the article's own place, never the article's place."""
    if state.article_place is not None:
        return
    places = _places(text, patterns(table))
    contrast = grouping_pattern(lang, "national_contrast")
    if places and places[0].concept == NATIONAL and contrast is not None and any(
        contrast.match(text, p.start) for p in places if p.concept == NATIONAL
    ):
        return
    if places:
        state.article_place = _slot(
            places[0].text, lang, table, concept=places[0].concept, memo=state.slots
        )


def _running_total_of(counted: str, before: list[Claim], pat: _Patterns) -> Claim | None:
    """The figure whose running total a figure is, when what it counts is only a running
    total's phrase ("bringing the total", "portant le total"): the sentence's first count that
    names an event."""
    if pat.running_total is None or not counted or not pat.running_total.match(counted):
        return None
    return next(
        (c for c in before if c.unit == "count" and c.frame is not None
         and c.frame.event is not None and c.frame.counted is not None),
        None,
    )


def _end_on_the_day(total: Claim, day: Claim) -> None:
    """A running total given with a day's count is the total up to that day: "On Aug. 20, 388
    people crossed, bringing the total since January to 13,894" ends on 20 August, not at
    publication."""
    on, own = day.period, total.period
    if on is None or own is None or on.kind is not PeriodKind.day or on.end is None:
        return
    if own.kind is PeriodKind.to_date and own.start is not None and own.end is not None and (
        own.start <= on.end < own.end
    ):
        total.period = own.model_copy(update={"end": on.end})


def _states_share_of(
    i: int, claims: list[Claim], figures: list[Figure], text: str, pat: _Patterns
) -> bool:
    """ "282, or 71.2 percent": a percentage restating the count right before it."""
    if i == 0 or pat.stated_share is None or claims[i].unit != "percent":
        return False
    if claims[i - 1].unit != "count":
        return False
    return bool(pat.stated_share.match(text[figures[i - 1].end : figures[i].start]))


def _revised_pairs(
    claims: list[Claim], figures: list[Figure], text: str, table: ExtractionTable
) -> None:
    """An earlier, since revised figure (``Modality.superseded``) measures what its revised
    figure in the sentence does (the first stated one of the same unit): "3.4 million customers
    ..., up from the 2.1 million it disclosed" counts customers too, and "the 52,310 it
    reported" the ballots of "52,327 ballots", not the registered voters named between. When
    the earlier figure says what it counts and the revised one names only a figure ("un chiffre
    corrigé ... à 3 512"), the revised one takes the earlier one's frame."""
    nouns = {w.lower() for w in table.context.figure_nouns}
    for i, claim in enumerate(claims):
        if claim.modality is not Modality.superseded:
            continue
        partner = next((c for c in claims if c.modality is Modality.stated
                        and c.unit == claim.unit and c is not claim), None)
        if partner is None:
            continue
        if not _counted_follows(text, figures[i].end, table):
            kept = claim.antecedent
            _copy_frame(claim, partner)
            claim.antecedent = kept
        elif (partner.counted.split()[:1] or [""])[0].lower() in nouns:
            kept = partner.antecedent
            _copy_frame(partner, claim)
            partner.antecedent = kept


def _copy_frame(claim: Claim, other: Claim) -> None:
    for name in ("counted", "event", "place", "whole", "entity", "source", "antecedent"):
        setattr(claim, name, getattr(other, name))
    claim.actor = other.actor
    claim.frame = other.frame


def _store(claim: Claim, slots: dict[str, Slot | None]) -> None:
    counted = slots["counted"]
    text = counted.text if counted is not None else ""
    if text != claim.counted:
        claim.counted = text
        claim.lemmas = list(counted.lemmas) if counted is not None else []
    for name in ("event", "place", "whole", "entity", "source"):
        slot = slots[name]
        setattr(claim, name, slot.text if slot else None)
    if slots["source"] is not None:
        claim.actor = slots["source"].text
    claim.frame = Frame(**slots)


def _inherit(
    slots: dict[str, Slot | None],
    other: Claim,
    origin: FrameOrigin,
    only: tuple[str, ...] = ("counted", "event", "place", "entity", "source"),
) -> None:
    """Empty slots take the other claim's, marked as inherited; a breakdown's whole is the
    antecedent's counted thing."""
    theirs = other.frame or Frame()
    for name in only:
        if slots.get(name) is None and getattr(theirs, name) is not None:
            slots[name] = getattr(theirs, name).model_copy(update={"inherited": origin})
    if origin == "antecedent" and slots["whole"] is None and theirs.counted is not None:
        slots["whole"] = theirs.counted.model_copy(update={"inherited": None})


def _slot(
    text: str,
    lang: str,
    table: ExtractionTable,
    *,
    concept: str | None = None,
    memo: dict[tuple[str, str | None], Slot] | None = None,
) -> Slot | None:
    """A phrase as a slot: its text, lemmas and concepts; ``memo`` keeps the slots of one
    article (one language and table), read once per phrase. Slots are frozen: sharing one
    between two claims' frames changes nothing."""
    text = " ".join(text.split())
    if not text:
        return None
    if memo is None:
        return _read_slot(text, lang, table, concept)
    found = memo.get((text, concept))
    if found is None:
        found = memo[(text, concept)] = _read_slot(text, lang, table, concept)
    return found


def _read_slot(text: str, lang: str, table: ExtractionTable, concept: str | None) -> Slot:
    lemmas = tuple(lemmas_of(text, lang, table))
    if concept:
        concepts: tuple[str, ...] = (concept,)
    else:
        words = _lexicon().normalise(text, lang)
        concepts = tuple(dict.fromkeys(w[1:] for w in words if w.startswith("#")))
    return Slot(text=text, lemmas=lemmas, concepts=concepts)


# -- counted ----------------------------------------------------------------------------------


def _counted(claim: Claim, f: Figure, text: str, pat: _Patterns, table: ExtractionTable) -> str:
    """What the figure counts, never the source or a verb: "the number of X ... has climbed to
    N" -> X; "Suspects in their 40s numbered 12" keeps the qualifier."""
    counted = claim.counted
    head = text[: f.start]
    if pat.count_noun is not None and not _counted_follows(text, f.end, table):
        clause = head[last_mark(text, ";:(«\"", f.start) + 1 :]
        nouns = list(pat.count_noun.finditer(clause))
        if nouns:
            found = _phrase([m.group() for m in _tokens(clause[nouns[-1].end() :])], table)
            if found:
                counted = found
        else:
            counted = _toll_counted(clause, pat) or counted
    source = (claim.actor or "").lower()
    if counted and source and counted.lower() == source:
        counted = ""
    if counted and pat.is_marker(counted):
        counted = ""  # "including 52": the marker is not what is counted
    stated = _after_stated_share(text, f.end, pat, table)  # "282, or 71.2 percent, were women"
    marker = pat.breakdown_after.match(text, f.end) if pat.breakdown_after else None
    if marker is not None:  # "27 of whom were minors"
        glued = text[: f.end] + text[marker.end() :]
        stated = _after_stated_share(glued, f.end, pat, table) or stated
    if stated and not _names_only_events(stated, claim.language):
        counted = stated
    if counted and pat.qualifier is not None:
        at = _phrase_end(text, counted, f)
        if at is not None:
            match = pat.qualifier.match(text, at)
            if match:
                counted = f"{counted} {match.group().strip()}"
    return counted


def _toll_counted(clause: str, pat: _Patterns) -> str:
    """What a tally named before the figure counts: "the death toll from Monday's quake rose to
    143", "as toll reaches 143", "put the death toll at 121" count deaths, whatever words (a
    headline's, a source's) stand before the figure. Empty when the clause names no tally."""
    if pat.toll_noun is None:
        return ""
    found = list(pat.toll_noun.finditer(clause))
    return pat.toll_counts.get(found[-1].group().lower(), "") if found else ""


def _names_only_events(phrase: str, lang: str) -> bool:
    """ "12 were arrested": the words after the verb name what happened, not what is counted."""
    lexicon = _lexicon()
    words = lexicon.normalise(phrase, lang)
    return bool(words) and all(w.startswith("#") and w[1:] in lexicon.events for w in words)


def _counted_follows(text: str, end: int, table: ExtractionTable) -> bool:
    return bool(counted_after(text, end, table))


def _phrase_end(text: str, counted: str, f: Figure) -> int | None:
    """Where the counted phrase ends in the sentence, when it follows the figure or precedes
    it in the figure's clause."""
    at = text.find(counted, f.end)
    if at != -1 and at - f.end < 4:
        return at + len(counted)
    at = text.rfind(counted, 0, f.start)
    return at + len(counted) if at != -1 else None


_ASIDE = re.compile(r"[\s\u00a0]*,[^,]{1,40},")


def _after_stated_share(text: str, end: int, pat: _Patterns, table: ExtractionTable) -> str:
    """ "282, or 71.2 percent, were women": what the figure counts comes after the share."""
    match = _ASIDE.match(text, end)
    if match is None or not any(ch.isdigit() for ch in match.group()):
        tokens = iter_tokens(text, end, end + 120)
    else:
        tokens = iter_tokens(text, match.end(), match.end() + 120)
    first = next(tokens, None)  # the rest is read only after a share verb
    if first is not None and first.lower() in pat.share_heads:
        return _raw_phrase(list(tokens), table)
    return ""


def _share_parts(text: str, end: int, pat: _Patterns, table: ExtractionTable) -> tuple[str, str]:
    """ "58 % des victimes sont mineures" / "58% of victims were minors": (part, whole) =
    ("mineures", "victimes"); empty when the sentence does not name both."""
    tokens = tokens_in(text, end, end + 200)
    determiners = table.determiners_set
    k = 0
    while k < len(tokens):
        word = tokens[k]
        head, tail = elided(word, table)
        if head and head.lower() in determiners:
            tokens[k] = tail
            break
        if word.lower() in determiners:
            k += 1
            continue
        break
    if k == 0:
        return "", ""
    whole_words: list[str] = []
    while k < len(tokens) and _is_word(tokens[k]) and tokens[k].lower() not in pat.share_heads:
        if tokens[k].lower() in table.stop_words_set:
            break
        whole_words.append(tokens[k])
        k += 1
    if k >= len(tokens) or tokens[k].lower() not in pat.share_heads or not whole_words:
        return "", ""
    part = _raw_phrase(tokens[k + 1 :], table)
    whole = " ".join(w for w in whole_words if w.lower() not in determiners)
    return part, whole


def _paren_source(text: str, end: int, pat: _Patterns) -> str:
    """ "1 100 (police) à 1 300 (syndicats)": a source in parentheses right after a figure."""
    match = pat.source_paren.match(text, end)
    if match is None:
        return ""
    inside = match.group(1).strip()
    words = inside.split()
    if not 1 <= len(words) <= 3:
        return ""
    if inside.lower() in pat.source_nouns or any(w.lower() in pat.source_nouns for w in words):
        return inside
    if all(w[:1].isupper() for w in words) and len(inside) <= 20:
        return inside  # an acronym or a name: "(CGT)"
    return ""


# -- event ------------------------------------------------------------------------------------


def _event(
    claim: Claim,
    counted: str,
    f: Figure,
    text: str,
    pat: _Patterns,
    table: ExtractionTable,
    lang: str,
) -> Slot | None:
    """The first word naming an event: in what is counted ("interpellations"), after the
    figure in its clause ("were rescued", "ont traversé"), else before it ("Police arrested")."""
    from claims.lexicon import fold  # once per figure, not once per word (speed)

    lexicon = _lexicon()
    phrases = lexicon.event_phrases
    known = pat.event_words(lexicon)
    after = _clause_words(text, f.end, forward=True)
    before = _clause_words(text, f.start, forward=False)
    for words, forward in ((_words(counted), True), (after, True), (before, False)):
        for i, word in enumerate(words):
            reading = known.get((word, lang))
            if reading is None:
                reading = known[(word, lang)] = _event_word(word, lang, pat, table, lexicon)
            opens, tail, concept = reading
            if opens:
                phrase = _event_phrase(words, i, forward, phrases, fold)
                if phrase is not None:
                    return phrase
            if concept is not None:
                return Slot(
                    text=tail.lower(),
                    lemmas=tuple(lemmas_of(tail, lang, table)),
                    concepts=(concept,),
                )
    return None


def _event_word(
    word: str, lang: str, pat: _Patterns, table: ExtractionTable, lexicon: Lexicon
) -> tuple[bool, str, str | None]:
    """What ``_event`` reads of one word, a pure function of it (kept per table and lexicon,
    as words come back around every figure): whether an event phrase may start with it, the
    word without an elided head, and the event it names (None: none, or a month's name)."""
    from claims.lexicon import fold

    opens = bool(lexicon.event_phrases.get(fold(word)))
    tail = elided(word, table)[1]
    if tail.lower() in pat.months:
        return opens, tail, None
    concept = lexicon.concept(tail, lang) if len(tail) > 2 else None
    return opens, tail, concept if concept is not None and concept in lexicon.events else None


def _event_phrase(
    words: list[str],
    i: int,
    forward: bool,
    phrases: dict[str, list[tuple[tuple[str, ...], str]]],
    fold: Callable[[str], str],
) -> Slot | None:
    """An event named by several words that starts at ``words[i]`` (or, reading back from a
    figure, ends there): "made the journey", "placés en garde à vue". ``phrases`` is the
    lexicon's ``event_phrases`` and ``fold`` its word folding, both taken once per figure."""
    candidates = phrases.get(fold(words[i]))
    if not candidates:
        return None
    for key, concept in candidates:
        n = len(key)
        run = words[i : i + n] if forward else words[i : i + n][::-1]
        if len(run) == n and tuple(fold(w) for w in run) == key:
            return Slot(text=" ".join(run).lower(), lemmas=key, concepts=(concept,))
    return None


def _words(text: str) -> list[str]:
    return [m.group() for m in _tokens(text) if _is_word(m.group())]


def _clause_words(text: str, at: int, *, forward: bool, limit: int = 8) -> list[str]:
    """Words from a figure (ending or starting at ``at``) to the end (or start) of its clause,
    nearest first; a figure ends the run too. The sentence's tokens are read once for all its
    figures (``tokens_in``)."""
    tokens = iter_tokens(text, at) if forward else reversed(tokens_in(text, 0, at))
    words: list[str] = []
    for token in tokens:
        if token in _CLAUSE_END or token[:1].isdigit():
            break
        if _is_word(token):
            words.append(token)
            if len(words) >= limit:
                break
    return words


# -- place and entity -------------------------------------------------------------------------


def _places(text: str, pat: _Patterns) -> list[_Span]:
    spans: list[_Span] = []
    if pat.nationwide is not None:
        for m in pat.nationwide.finditer(text):
            spans.append(_Span(m.start(), m.end(), m.group(), NATIONAL))
    if pat.wider_scope is not None:  # a place named by its phrase alone: "statewide"
        spans.extend(_Span(m.start(), m.end(), m.group()) for m in pat.wider_scope.finditer(text))
    if pat.place is not None:
        for m in pat.place.finditer(text):
            name = m.group(1).rstrip(".'’-")
            first = re.split(r"[\s\u00a0'’-]", name)[0].lower()
            if first in pat.not_places or len(name) < 2:
                continue
            if any(s.start <= m.start() < s.end for s in spans):
                continue
            spans.append(_Span(m.start(), m.start(1) + len(name), name))
    return sorted(spans, key=lambda s: s.start)


def _entities(text: str, pat: _Patterns) -> list[_Span]:
    if pat.entity is None:
        return []
    spans = []
    for m in pat.entity.finditer(text):
        name = m.group(1).strip()
        first = name.split()[0].lower()
        if first in pat.not_places:
            continue
        spans.append(_Span(m.start(1), m.end(1), name))
    return spans


def _broken(gap: str, pat: _Patterns) -> bool:
    """A comma, a clause link ("and", "while", "et") or a figure between two points."""
    if _CLAUSE_BREAK.search(gap):
        return True
    return any(w.lower() in pat.clause_links for w in gap.split())


def _bind(
    spans: list[_Span], starts: list[int], ends: list[int], text: str, pat: _Patterns
) -> list[_Span | None]:
    """Which figure each place or entity phrase belongs to: the figure before it in the same
    clause ("408 à Metz"), else the figure after it in the same clause ("the Ridge fire is 35%
    contained"); a phrase that opens the sentence before a comma frames every figure without
    one of its own ("In Cook County, 71 cases...")."""
    own: list[_Span | None] = [None] * len(starts)
    framing: _Span | None = None
    for span in spans:
        before = [k for k, e in enumerate(ends) if e <= span.start]
        after = [k for k, s in enumerate(starts) if s >= span.end]
        if before and not _broken(text[ends[before[-1]] : span.start], pat):
            k = before[-1]
        elif after and not _broken(text[span.end : starts[after[0]]], pat):
            k = after[0]
        elif not before and after:
            framing = framing or span
            continue
        else:
            continue
        if own[k] is None:
            own[k] = span
    return [o if o is not None else framing for o in own]


# -- antecedents ------------------------------------------------------------------------------


def _antecedents(
    claims: list[Claim], figures: list[Figure], text: str, pat: _Patterns, state: FrameState
) -> list[Claim | None]:
    """The figure each claim breaks down, if any: in the sentence ("dont 19", "27 of whom",
    "Of the 396 staff, 282"), or before it ("Of them, 118 ...", "The suspects included 95")."""
    out: list[Claim | None] = [None] * len(claims)
    measurable = [c.unit in ("count", "percent") and c.role.value == "value" for c in claims]

    def main_before(i: int) -> Claim | None:
        for k in range(i - 1, -1, -1):
            if claims[k].unit == "count" and not figures[k].parenthetical:
                return out[k] or claims[k]
        return None

    opener = pat.opener.match(text) if pat.opener is not None else None
    whole_stated: Claim | None = None
    for i, (claim, f) in enumerate(zip(claims, figures, strict=True)):
        if not measurable[i] or f.parenthetical or _states_share_of(i, claims, figures, text, pat):
            continue
        head = text[: f.start]
        if pat.population is not None and pat.population.search(head) and claim.unit == "count":
            whole_stated = claim  # "Of the 396 staff": later figures are parts of it
            continue
        gap_start = figures[i - 1].end if i > 0 else 0
        gap = text[gap_start : f.start]
        if pat.breakdown_before is not None and pat.breakdown_before.search(gap):
            out[i] = main_before(i) or (state.previous[-1] if opener is None and i == 0 and
                                         state.previous else None)
        elif pat.breakdown_after is not None and pat.breakdown_after.match(text, f.end):
            out[i] = main_before(i)
        elif opener is not None and state.previous:
            out[i] = state.previous[-1]
        elif whole_stated is not None:
            out[i] = whole_stated
        elif pat.breakdown_verb is not None and i == 0:
            verbs = list(pat.breakdown_verb.finditer(head))
            verb = verbs[-1] if verbs else None
            if verb is not None:
                out[i] = _referred(head[: verb.start()], state) or (
                    state.previous[-1] if state.previous else None
                )
        if out[i] is None and i + 1 < len(claims) and claims[i + 1].unit == "count":
            # "282 of the 396 staff": the figure after "of the" is the whole
            between = text[f.end : figures[i + 1].start]
            if pat.population_after is not None and pat.population_after.match(between):
                out[i] = claims[i + 1]
        if out[i] is claim:
            out[i] = None
    return out


def _referred(subject: str, state: FrameState) -> Claim | None:
    """The recent count whose counted words the subject repeats ("The apprehended suspects")."""
    words = {w.lower() for w in _words(subject) if len(w) > 3}
    for claim in reversed(state.recent):
        if words & {w.lower() for w in claim.lemmas} or words & {
            w.lower() for w in _words(claim.counted)
        }:
            return claim
    return None
