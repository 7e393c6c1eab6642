"""A total broken down into parts whose own words close the list (issue 9, "parts against their
total"): "184,220 valid ballots were cast. Of those, 81,310 backed the recall and 104,910
opposed it"; "Le texte a recueilli 512 suffrages exprimés, dont 331 pour et 181 contre"; "이
가운데 찬성은 8만1천310표, 반대는 10만4천910표". A breakdown word (``breakdown_markers``: "of
those", "dont", "이 가운데") names the total, or the sentence states its population first
("Of the 184,220 valid ballots, ..."); the parts' words say they make it up, in one of two
ways:

* a pair of opposite answers, one on each of two parts (``[conversion] complements``: "for" and
  "against", "oui" and "non", "찬성" and "반대"). Two opposite answers never overlap, so their
  sum cannot exceed the total; but a total of voters may also hold blank ballots or
  abstentions, so a sum below it is said nothing about, and only a sum that meets the total
  (``consistent``) or exceeds it (``conflict``) is reported;
* a last part that names the rest (``rest_before``: "the remaining", "le reste", "나머지"): the
  list states every part, and the sum must meet the total.

Not read: a list with a word of ``open_list`` ("such as", "notamment", "each", "등"), figures
that are not plain exact or about counts, parts as large as the total, and "N autres" / "N
others" alone, which may be "N more" ("dans 67 d'entre elles et dans 32 autres")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claims.models import Approx, Claim
from reconcile.evidence_slots import claim_position
from reconcile.structural.alternatives import names_the_alternatives
from reconcile.structural.table_words import alternatives, conversion_table, one_pattern

_PAIR = 2


EVERY, ANSWERS, ALTERNATIVES = "every", "answers", "alternatives"


def closed_split(
    figures: Sequence[Claim], before: Sequence[Claim]
) -> tuple[Claim, list[Claim], str] | None:
    """The total, its parts and how the parts' words close the list (``EVERY``: a sum off the
    total either way is a conflict; ``ANSWERS``: only above it; ``ALTERNATIVES``: only below
    it), when they close it; else None. ``figures``: one sentence's claims in order;
    ``before``: the sentence before's."""
    counts = _counts(figures)
    if not counts or _open_list(counts[0]):
        return None
    found = _total_and_parts(counts, _counts(before))
    if found is None or _a_part_as_large(*found):
        return None
    total, parts = found
    if _nested(parts):
        return None
    closure = _closure(total, parts)
    return None if closure is None else (total, parts, closure)


def _counts(claims: Sequence[Claim]) -> list[Claim]:
    return [c for c in claims if c.unit == "count"]


def _a_part_as_large(total: Claim, parts: Sequence[Claim]) -> bool:
    """A part as large as the total: no part of it."""
    return any((p.value or 0) >= (total.value or 0) for p in parts)


def _nested(parts: Sequence[Claim]) -> bool:
    """A part is broken down again inside the list: a breakdown or list-opening word stands
    between two of the parts ("120 were hospitalised, including 40 in intensive care, and the
    remaining 180 went home"): 40 is within 120, and which figures are the parts is not read."""
    breakdown, partial = _words(parts[0].language)[2], _partial(parts[0].language)
    sentence = parts[0].sentence.casefold()
    between = sentence[claim_position(parts[0]) + len(parts[0].surface): claim_position(parts[-1])]
    return any(p is not None and p.search(between) for p in (breakdown, partial))


def _closure(total: Claim, parts: Sequence[Claim]) -> str | None:
    """How the parts' words close the list: ``EVERY`` when the last part names the rest,
    ``ANSWERS`` for two opposite answers (blank ballots may make a rest), ``ALTERNATIVES``
    when the parts are the alternatives the total names, for its period ("tuées par leur
    conjoint ou leur ex-conjoint, dont 79 par leur conjoint et 33 par un ex-conjoint":
    ``alternatives``); None when they do not close it."""
    if names_the_rest(parts[-1]):
        return EVERY
    if len(parts) == _PAIR and _opposite_answers(parts):
        return ANSWERS
    if any(_span(p) != _span(total) for p in parts) or any(
            c.approx is not Approx.exact for c in (total, *parts)):
        return None  # a shortfall is only read between exact figures of one period
    return ALTERNATIVES if names_the_alternatives(_clause_of(total, parts), parts) else None


def _clause_of(total: Claim, parts: Sequence[Claim]) -> str:
    """The total's words: its sentence up to the first part when the parts share it, else
    its whole sentence (the total told in the sentence before)."""
    if (total.line, total.sentence) == (parts[0].line, parts[0].sentence):
        return total.sentence[: claim_position(parts[0])]
    return total.sentence


def _total_and_parts(
    counts: Sequence[Claim], before: Sequence[Claim]
) -> tuple[Claim, list[Claim]] | None:
    """The total a breakdown word (``[conversion] breakdown_markers``: "of those", "dont", "이
    가운데") refers to, and the counts after that word in the sentence as the parts: the total
    is the last count before the word in the sentence ("512 suffrages exprimés, dont ..."), else
    the last count of the sentence before ("184,220 valid ballots were cast. Of those, ...")."""
    found = _breakdown_word(counts[0])
    if found is None:
        return _population_and_parts(counts)
    parts = [c for c in counts if claim_position(c) >= found.end()]
    ahead = [c for c in counts if claim_position(c) < found.start()]
    total = ahead[-1] if ahead else _last(before)
    if total is None or len(parts) < _PAIR or len(ahead) + len(parts) != len(counts):
        return None
    return total, parts


def _breakdown_word(claim: Claim) -> re.Match[str] | None:
    """Where the claim's sentence says a breakdown word (``breakdown_markers``)."""
    marker = _words(claim.language)[2]
    return None if marker is None else marker.search(claim.sentence.casefold())


def _last(claims: Sequence[Claim]) -> Claim | None:
    return claims[-1] if claims else None


def _population_and_parts(counts: Sequence[Claim]) -> tuple[Claim, list[Claim]] | None:
    """A sentence that states its population first and then its parts ("Of the 184,220 valid
    ballots, 81,310 supported the recall, ..., while 104,910 opposed it"; "Sur les 4 210
    votants, ..."): the first count is the total when every later count of the sentence
    breaks it down (the extractor made it their ``antecedent``)."""
    total, parts = counts[0], list(counts[1:])
    if len(parts) < _PAIR or any(p.antecedent != total.id for p in parts):
        return None
    return total, parts


def names_the_rest(part: Claim) -> bool:
    """The words right before the part name the rest of the total ("and the remaining 12",
    "et le reste, 16", "나머지 16명")."""
    rest = _words(part.language)[0]
    if rest is None:
        return False
    head = part.sentence[: claim_position(part)].casefold()
    found = [m for m in rest.finditer(head) if len(head) - m.start() <= _REST_REACH]
    return bool(found) and not _framed(head, found[-1], part.language)


_REST_REACH = 24  # characters: "and the remaining 12", "나머지 16명"


def _framed(head: str, rest: re.Match[str], language: str) -> bool:
    """The rest word frames another population rather than naming the last part: a word of
    ``[conversion] rest_framed_before`` stands right before it ("of the remaining, 40 are in
    intensive care"; "dans les autres, 12 routes"), or one of ``rest_framed_after`` between it
    and the part ("나머지 지역에서는 학교 90곳"): what follows counts within the rest, or
    something else, not the rest itself."""
    table = conversion_table(language)
    words = head[: rest.start()].split()
    if words and words[-1].strip(",;:") in table.get("rest_framed_before", []):
        return True
    between = head[rest.end():]
    return any(w in between for w in table.get("rest_framed_after", []))


def _opposite_answers(parts: Sequence[Claim]) -> bool:
    """Each of the two parts, of one period, stands by one word of a pair of opposite answers,
    the other part by the other word: in a few words around each part, cut at the other part
    ("Of those, 81,310 backed the recall and 104,910 opposed it"; "찬성은 N표, 반대는 M표")."""
    first, second = parts
    if _span(first) != _span(second):
        return False  # "120 pour le RN contre 80 en 2022": a comparison, no answer
    sentence = first.sentence.casefold()
    start, middle = claim_position(first), claim_position(second)
    end_first, end = start + len(first.surface), middle + len(second.surface)
    first_from, second_from = max(0, start - _BEFORE), max(end_first, middle - _BEFORE)
    around_first = sentence[first_from: min(middle, end_first + _AFTER)]
    around_second = sentence[second_from: end + _AFTER]
    for one, other in _pairs(first.language):
        for a, b in ((one, other), (other, one)):
            said_a, said_b = a.search(around_first), b.search(around_second)
            if said_a and said_b:
                return _one_question(sentence[first_from + said_a.end(): middle],
                                     sentence[second_from + said_b.end():], first.language)
    return False


def _one_question(after_first: str, after_second: str, language: str) -> bool:
    """The two answers are to one question: at most one of them names what it answers, or
    both name the same ("backed the recall and 104,910 opposed it"; "for the bill ... against
    the bill"). Two different objects are two questions or two votes ("310 pour la motion et
    290 contre le budget"; "yes to the first question and 540 said no to the second"), whose
    answers need not share one total."""
    if conversion_table(language).get("complements_glued", False):
        return True  # a language that glues particles names the object before the answer word
    first, second = _object(after_first, language), _object(after_second, language)
    return not first or not second or first == second


def _object(text: str, language: str) -> tuple[str, ...]:
    """The words an answer word names as what it answers: those right after it (and after
    the part's own figure: "convicted 9 of wire fraud", "condamné 11 pour dégradations"), up
    to a stop, a figure or a joining word, less the table's ``answer_void`` words (articles,
    pronouns, prepositions). Verdicts on two charges ("convicted 9 of wire fraud and acquitted
    5 of conspiracy") may fall on the same defendants: two questions, not one total's split."""
    table = conversion_table(language)
    stops = {*table.get("part_joins", []), *table.get("contrasts", [])}
    void = set(table.get("answer_void", []))
    words: list[str] = []
    split = re.split(r"\s+", text.strip())
    if split and split[0][:1].isdigit():
        split = split[1:]  # the part's figure, right after its answer word
    for word in split:
        bare = word.strip(",;:.!?()")
        if not bare or bare in stops or any(ch.isdigit() for ch in bare):
            break
        if bare not in void:
            words.append(bare)
        if bare != word or len(words) >= _OBJECT_WORDS:
            break
    return tuple(words)


_OBJECT_WORDS = 3


_BEFORE, _AFTER = 12, 24  # characters: "반대는 " before a figure; "opposed it" after one


def _span(claim: Claim) -> tuple[object, object]:
    period = claim.period
    return (None, None) if period is None else (period.start, period.end)


def _says(word: re.Pattern[str], text: str) -> bool:
    return word.search(text) is not None


def _open_list(claim: Claim) -> bool:
    """The sentence says the list is not whole, or gives one figure for several parts ("such
    as", "notamment", "each", "등")."""
    open_words = _words(claim.language)[1]
    return open_words is not None and open_words.search(claim.sentence.casefold()) is not None


@lru_cache(maxsize=8)
def _words(
    language: str,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """The table's words that name the rest (``rest_before``), that open a list (``open_list``)
    and that mark a breakdown (``breakdown_markers``), as patterns on casefolded text."""
    table = conversion_table(language)
    rest = one_pattern([alternatives(table.get("rest_before", []), bounded=True)])
    open_words = one_pattern([alternatives(table.get("open_list", []), bounded=True),
                              alternatives(table.get("open_list_endings", []), bounded=False)])
    markers = one_pattern([alternatives(table.get("breakdown_markers", []), bounded=True)])
    return rest, open_words, markers


@lru_cache(maxsize=8)
def _partial(language: str) -> re.Pattern[str] | None:
    """The table's words that say a list names only some parts (``partial``: "including",
    "dont"), as one pattern on casefolded text."""
    table = conversion_table(language)
    return one_pattern([alternatives(table.get("partial", []), bounded=True)])


@lru_cache(maxsize=8)
def _pairs(language: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """The table's pairs of opposite answers (``complements``), each word as a pattern: a
    whole word, or, for a language that glues particles to words, its start ("찬성은")."""
    table = conversion_table(language)
    glued = bool(table.get("complements_glued", False))
    pairs = []
    for one, other in table.get("complements", []):
        pairs.append((_pattern(one, glued), _pattern(other, glued)))
    return tuple(pairs)


def _pattern(word: str, glued: bool) -> re.Pattern[str]:
    ending = "" if glued else r"(?!\w)"
    return re.compile(rf"(?<!\w){re.escape(word.casefold())}{ending}")
