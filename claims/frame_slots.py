"""Reading one slot of a figure's frame from its sentence: what it counts, the event, the
source in parentheses, a share's part and whole, and any phrase turned into a ``Slot``.

Each reader looks at one figure's neighbourhood only; ``claims.frame`` decides which reading
wins and what is inherited from other figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from claims.context import counted_after, lemmas_of
from claims.counted_noise import without_noise
from claims.counted_segment import with_segment
from claims.counted_subject import clean_counted, only_a_rate
from claims.figure_model import Figure
from claims.frame_objects import changed_object
from claims.frame_patterns import FramePatterns
from claims.frame_shares import after_stated_share
from claims.lang import ExtractionTable
from claims.listed import without_next_item
from claims.models import Claim, Role, Slot
from claims.phrases import elided, plain_phrase, strip_determiners
from claims.sentence_memo import first_match, last_mark
from claims.tokens import CLAUSE_END, is_word, iter_tokens, token_matches, tokens_back

if TYPE_CHECKING:
    from claims.lexicon import Lexicon


_LEXICON: list[Lexicon] = []  # the shipped concept table, once read
_FOLDS: list[Callable[[str], str]] = []  # its word folding, once imported


def _fold() -> Callable[[str], str]:
    """The lexicon's word folding (imported late, once: ``event_slot`` asks it per figure)."""
    if not _FOLDS:
        from claims.lexicon import fold

        _FOLDS.append(fold)
    return _FOLDS[0]


def lexicon_of_concepts() -> Lexicon:
    """The shipped concept table (imported late: only extraction reads it; kept here, as the
    frame asks for it several times a figure and an import statement costs each time)."""
    if not _LEXICON:
        from claims.lexicon import Lexicon

        _LEXICON.append(Lexicon.shipped())
    return _LEXICON[0]


def slot_of(
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
        words = lexicon_of_concepts().normalise(text, lang)
        concepts = tuple(dict.fromkeys(w[1:] for w in words if w.startswith("#")))
    return Slot(text=text, lemmas=lemmas, concepts=concepts)


def counted_phrase(
    claim: Claim, f: Figure, text: str, pat: FramePatterns, table: ExtractionTable
) -> str:
    """What the figure counts, never the source or a verb: "the number of X ... has climbed to
    N" -> X; "Suspects in their 40s numbered 12" keeps the qualifier."""
    counted = _named_not_source(claim, f, text, pat, table)
    stated, marked = _stated_after(f, text, pat, table)
    if stated and not names_only_events(stated, claim.language):
        counted = stated
    elif not stated and not marked:
        counted = _counted_in_clause(claim, f, text, pat, table, counted)
    counted = _qualified(counted, f, text, pat)
    cleaned = without_noise(counted, f, text, pat, table, stated_after=bool(stated))
    if counted and not cleaned:
        # "had put the toll at 12 late on Sunday": a tally before the figure says what it counts
        return _toll_counted(text[: f.start][last_mark(text, ";:(«\"", f.start) + 1 :], pat)
    return cleaned


def _counted_in_clause(
    claim: Claim, f: Figure, text: str, pat: FramePatterns, table: ExtractionTable, counted: str
) -> str:
    """The noun the figure is the value of, else a change verb's object, else the clause's
    cleaned subject; empty when that is who gives the figure ("the CGT union put ... at")."""
    found = (value_of(claim, f, text, pat, table)
             or changed_object(claim, f, text, pat, table)
             or clean_counted(counted, f, text, pat, table))
    source = (claim.actor or "").lower()
    if found and source and found.lower() in source:
        return ""
    return found


def _named_not_source(
    claim: Claim, f: Figure, text: str, pat: FramePatterns, table: ExtractionTable
) -> str:
    """What the clause names as counted, unless that is the figure's source or a breakdown
    marker ("including 52": the marker is not what is counted)."""
    counted = _named_before(claim.counted, f, text, pat, table)
    source = (claim.actor or "").lower()
    if counted and source and counted.lower() == source:
        return ""
    if counted and pat.is_marker(counted):
        return ""
    return counted


def _stated_after(
    f: Figure, text: str, pat: FramePatterns, table: ExtractionTable
) -> tuple[str, bool]:
    """What a share restating the figure says it counts ("282, or 71.2 percent, were women",
    "27 of whom were minors"), and whether a breakdown marker follows the figure."""
    stated = after_stated_share(text, f.end, pat, table)
    marker = pat.breakdown_after.match(text, f.end) if pat.breakdown_after else None
    if marker is not None:  # "27 of whom were minors"
        glued = text[: f.end] + text[marker.end() :]
        stated = after_stated_share(glued, f.end, pat, table) or stated
    return stated, marker is not None


def clitic_count(text: str, start: int, end: int, pat: FramePatterns,
                 table: ExtractionTable) -> bool:
    """A pronoun standing for what is counted before the verb of a figure, with nothing counted
    after it: "en a dénombré 81.500", "en ont recensé 240", "en revendique 12 000" (a verb
    of counting or claiming, so "en moyenne 300" and "en hausse de 5 %" are not)."""
    if not pat.counted_pronouns or counted_follows(text, end, table):
        return False
    back = [t.lower() for t in islice(tokens_back(text, start), 3)]
    if len(back) >= 3 and back[2] in pat.counted_pronouns and back[1] in table.stop_words_set:
        return bool(pat.participles_any) and back[0].endswith(pat.participles_any)
    return len(back) >= 2 and back[1] in pat.counted_pronouns and back[0] in pat.counting_verbs


def names_a_tally(counted: str, pat: FramePatterns, table: ExtractionTable) -> bool:
    """What is counted is only a running tally ("provisional total", "le total"): it says
    not what the tally counts."""
    words = [w.lower() for w in counted.split() if w.lower() not in table.determiners_set]
    tally = lexicon_of_concepts().tally_words
    fold = _fold()
    return bool(words) and any(fold(w) in tally for w in words) and all(
        fold(w) in tally or w in pat.tally_qualifiers for w in words)


def pronoun_subject(text: str, start: int, pat: FramePatterns) -> bool:
    """The figure's clause opens with a pronoun a few words before it: "It had reached
    18,870 a week later"."""
    back = list(islice(tokens_back(text, start), 4))
    for k, token in enumerate(back):
        if token in CLAUSE_END:
            return k > 0 and back[k - 1].lower() in pat.pronouns
    return bool(back) and len(back) < 4 and back[-1].lower() in pat.pronouns


def without_time_words(phrase: str, pat: FramePatterns, table: ExtractionTable) -> str:
    """A phrase without the day before it: "a annoncé mardi le Bureau national" gives the
    source "Bureau national", not "mardi le Bureau national"; a day alone is no source."""
    words = phrase.split()
    times = [k for k, w in enumerate(words) if w.lower() in pat.time_words]
    if not times:
        return phrase
    return " ".join(strip_determiners(words[times[-1] + 1 :], table))


def value_of(
    claim: Claim, f: Figure, text: str, pat: FramePatterns, table: ExtractionTable
) -> str:
    """The noun a figure is the value of, joined to it by a link ("of", "de"): "posted a net
    profit of 962 billion won" -> "net profit", "une participation de 49,1 %" ->
    "participation", "un taux de chômage de 7,4 %" -> "taux de chômage". Empty when something
    counted follows the figure ("a group of 30 people"), when the figure is a change ("an
    increase of 4%") or when the noun says not what is measured ("the age of 18", "a total
    of"): what the clause's subject says is kept then."""
    if not _may_be_a_value(claim, f, text, pat, table):
        return ""
    back = tokens_back(text, f.start)
    link = next(back, "")
    if link.lower() not in pat.value_links:
        return ""
    words = _value_noun_words(back, pat, table)
    while words and words[-1].lower() in pat.value_links:
        words.pop()
    if not words or words[0].lower() in pat.value_not:
        return ""
    phrase = " ".join(reversed(words)).replace("' ", "'").replace("’ ", "’")
    if not lexicon_of_concepts().normalise(phrase, claim.language):
        return ""
    return with_segment(phrase, f, text, pat, table)  # "The memory division reported sales of"


def _may_be_a_value(
    claim: Claim, f: Figure, text: str, pat: FramePatterns, table: ExtractionTable
) -> bool:
    """A stated figure, no change, with nothing counted after it but a rate: one a noun
    before it may be the value of."""
    if not pat.value_links or claim.role is not Role.value or claim.direction is not None:
        return False
    after = counted_after(text, f.end, table)
    return not (after and not only_a_rate(after, table))


def _value_noun_words(
    back: Iterator[str], pat: FramePatterns, table: ExtractionTable
) -> list[str]:
    """The words before a figure's link, read backwards, that name what it is the value of:
    a head and its modifiers, with a noun's complements ("taux de chômage de")."""
    words: list[str] = []
    for token in back:
        lower = token.lower()
        if lower in pat.value_links and words:  # "taux de chômage de": a noun's complement
            words.append(token)
            continue
        head, tail = elided(token, table)
        if head:  # "l'appel de": the noun after an elided article ends the phrase
            if tail.lower() in table.determiners_set | table.stop_words_set:
                break
            words.append(tail)
            if head.lower() not in pat.value_links:
                break
            words.append(head)  # "une aide d'urgence de": a complement, read on
            continue
        if _ends_value_noun(token, pat, table):
            break
        words.append(token)
        if len(words) >= 3:  # a head and its modifiers; further back, a verb unread
            break
    return words


def _ends_value_noun(token: str, pat: FramePatterns, table: ExtractionTable) -> bool:
    """A token no value noun reaches past: a clause end, a non-word, a determiner or stop
    word, a month, a subject verb or a participle."""
    lower = token.lower()
    return bool(token in CLAUSE_END or not is_word(token) or lower in table.determiners_set
                or lower in table.stop_words_set or lower in pat.months
                or lower in pat.subject_verbs
                or (pat.participles and lower.endswith(pat.participles)))


def _named_before(
    counted: str, f: Figure, text: str, pat: FramePatterns, table: ExtractionTable
) -> str:
    """What a count noun ("the number of X") or a tally before the figure in its clause
    names, when nothing counted follows the figure; else ``counted``."""
    if pat.count_noun is None or counted_follows(text, f.end, table):
        return counted
    clause = text[: f.start][last_mark(text, ";:(«\"", f.start) + 1 :]
    if first_match(pat.count_noun, text) >= f.start:  # none in the sentence up to the figure
        return _toll_counted(clause, pat) or counted
    nouns = list(pat.count_noun.finditer(clause))
    if nouns:
        found = plain_phrase([m.group() for m in token_matches(clause[nouns[-1].end() :])], table)
        return found or counted
    return _toll_counted(clause, pat) or counted


def _qualified(counted: str, f: Figure, text: str, pat: FramePatterns) -> str:
    """The counted phrase with the qualifier that follows it ("Suspects in their 40s")."""
    if counted and pat.qualifier is not None:
        at = _phrase_end(text, counted, f)
        if at is not None:
            match = pat.qualifier.match(text, at)
            if match:
                counted = f"{counted} {match.group().strip()}"
    return counted


def _toll_counted(clause: str, pat: FramePatterns) -> str:
    """What a tally named before the figure counts: "the death toll from Monday's quake rose to
    143", "as toll reaches 143", "put the death toll at 121" count deaths, whatever words (a
    headline's, a source's) stand before the figure. Empty when the clause names no tally."""
    if pat.toll_noun is None:
        return ""
    found = list(pat.toll_noun.finditer(clause))
    return pat.toll_counts.get(found[-1].group().lower(), "") if found else ""


def names_only_events(phrase: str, lang: str) -> bool:
    """ "12 were arrested": the words after the verb name what happened, not what is counted."""
    lexicon = lexicon_of_concepts()
    words = lexicon.normalise(phrase, lang)
    return bool(words) and all(w.startswith("#") and w[1:] in lexicon.events for w in words)


def counted_follows(text: str, end: int, table: ExtractionTable) -> bool:
    return bool(counted_after(text, end, table))


def _phrase_end(text: str, counted: str, f: Figure) -> int | None:
    """Where the counted phrase ends in the sentence, when it follows the figure or precedes
    it in the figure's clause."""
    at = text.find(counted, f.end)
    if at != -1 and at - f.end < 4:
        return at + len(counted)
    at = text.rfind(counted, 0, f.start)
    return at + len(counted) if at != -1 else None


def paren_source(text: str, end: int, pat: FramePatterns) -> str:
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


def event_slot(
    claim: Claim,
    counted: str,
    f: Figure,
    text: str,
    pat: FramePatterns,
    table: ExtractionTable,
    lang: str,
    listed: str = "",
    listed_next: str = "",
) -> Slot | None:
    """The first word naming an event: in what is counted ("interpellations"), after the
    figure in its clause ("were rescued", "ont traversé"), else before it ("Police arrested"),
    not among the words of what the figures before and after it count (``listed_around``)."""
    lexicon = lexicon_of_concepts()
    fold = _fold()
    phrases = lexicon.event_phrases
    known = pat.event_words(lexicon)
    after = without_next_item(_not_listed(_own_predicate(
        _clause_words(text, f.end, forward=True), table), listed_next), table)
    before = _not_listed(_clause_words(text, f.start, forward=False), listed)
    readings = ((words_of(counted), True, True), (after, True, False), (before, False, False))
    for words, forward, of_counted in readings:
        reported: Slot | None = None
        for i, word in enumerate(words):
            opens, tail, concept = _known_event_word(known, word, lang, pat, table, lexicon)
            if opens:
                phrase = _event_phrase(words, i, forward, phrases, fold)
                if phrase is not None:
                    return phrase
            if concept is not None:
                found = Slot(
                    text=tail.lower(),
                    lemmas=tuple(lemmas_of(tail, lang, table)),
                    concepts=(concept,),
                )
                if concept != REPORT or not of_counted:
                    return found
                # "confirmed deaths": a report says how a figure is known; what happened
                # is the other event the counted phrase names, when it names one
                reported = reported or found
        if reported is not None:
            return reported
    return None


def _own_predicate(after: list[str], table: ExtractionTable) -> list[str]:
    """The words after a figure up to a clause link that opens a participle of its own
    ("throwing 6 carriages down the bank | and injuring 40 passengers": the injuring is
    the next figure's event)."""
    links = table.clause_links_set
    for i, word in enumerate(after[:-1]):
        if word.lower() in links and table.consequence_re.fullmatch(after[i + 1]):
            return after[:i]
    return after


def _not_listed(words: list[str], listed: str) -> list[str]:
    """The words before a figure, less those of what the figure before it in a list counts
    ("2 300 manifestants et 640 tracteurs": "manifestants" is no event of the tractors)."""
    if not listed:
        return words
    theirs = {w.lower() for w in listed.split()}
    return [w for w in words if w.lower() not in theirs]


def _known_event_word(
    known: dict[tuple[str, str], tuple[bool, str, str | None]],
    word: str,
    lang: str,
    pat: FramePatterns,
    table: ExtractionTable,
    lexicon: Lexicon,
) -> tuple[bool, str, str | None]:
    """``event_word`` of ``word``, read once per table and lexicon and kept in ``known``."""
    reading = known.get((word, lang))
    if reading is None:
        reading = known[(word, lang)] = event_word(word, lang, pat, table, lexicon)
    return reading


REPORT = "report"  # the event concept of figures told as reported or confirmed


def event_word(
    word: str, lang: str, pat: FramePatterns, table: ExtractionTable, lexicon: Lexicon
) -> tuple[bool, str, str | None]:
    """What ``event_slot`` reads of one word, a pure function of it (kept per table and
    lexicon, as words come back around every figure): whether an event phrase may start with
    it, the word without an elided head, and the event it names (None: none, or a month's
    name)."""
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


def words_of(text: str) -> list[str]:
    return [m.group() for m in token_matches(text) if is_word(m.group())]


def _clause_words(text: str, at: int, *, forward: bool, limit: int = 8) -> list[str]:
    """Words from a figure (ending or starting at ``at``) to the end (or start) of its clause,
    nearest first; a figure ends the run too. The sentence's tokens are read once for all its
    figures (``tokens_in``)."""
    tokens = iter_tokens(text, at) if forward else tokens_back(text, at)
    words: list[str] = []
    for token in tokens:
        if token in CLAUSE_END or token[:1].isdigit():
            break
        if is_word(token):
            words.append(token)
            if len(words) >= limit:
                break
    return words
