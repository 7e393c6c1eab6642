"""Parts that are the alternatives their total names (issue 9, "parts against their total"): "118
femmes ont été tuées par leur conjoint ou leur ex-conjoint, ..., dont 79 par leur conjoint et 33
par un ex-conjoint"; "118 women were killed by a partner or former partner, of whom 79 by a
partner and 33 by a former partner"; "사망·실종자는 64명 ... 이 가운데 사망자는 12명, 실종자는
40명". A breakdown word ("dont", "of whom") lists only some parts in general ("80 morts, dont 12
enfants et 9 femmes"), but when the total is told as "A or B" and the parts are A and B, one
each, the parts state the whole breakdown.

Every one of the total is A or B, so the parts cannot add up to less than it; A and B may still
overlap ("hospitalised or in intensive care"), so a sum above the total says nothing. The words
read: the join of the language table's ``[conversion] alternative_joins`` ("ou", "or") in the
total's clause, the few words on each side of it (each alternative), and the words right after
each part up to a stop or a join (each part's label; right before it with
``alternative_labels_before``, "사망자는 12명"), less the table's ``alternative_void`` words
(articles, prepositions, possessives). With ``alternative_glued`` a word matches another that it
starts or that starts it ("실종자는", "실종자": a particle glued on). A part is an alternative
when its label holds the alternative's words and nothing else but words of the total's clause
("dont 79 femmes tuées par leur conjoint"); each alternative must be taken by one part, each
part by one alternative."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from claims.models import Claim
from reconcile.evidence_slots import claim_position
from reconcile.structural.table_words import conversion_table

_SIDE = 3  # words on each side of the join that may make an alternative ("former partner")
_LABEL = 6  # words after a part that may make its label
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
Same = Callable[[str, str], bool]


def names_the_alternatives(clause: str, parts: Sequence[Claim]) -> bool:
    """The parts are, one each, the alternatives the total's ``clause`` joins (see module)."""
    language = parts[0].language
    table = conversion_table(language)
    joins, void = set(table.get("alternative_joins", [])), set(table.get("alternative_void", []))
    if not joins:
        return False
    stops = {*table.get("part_joins", []), *joins}
    before = bool(table.get("alternative_labels_before", False))
    labels = [_label(part, stops, void, before) for part in parts]
    if any(not label for label in labels):
        return False
    same = _glued if table.get("alternative_glued", False) else _equal
    words = _words(clause)
    for at, word in enumerate(words):
        if word not in joins:
            continue
        (left, before_left), (right, after_right) = (_side(words[:at][::-1], void),
                                                      _side(words[at + 1:], void))
        if before_left in (*joins, ",") or after_right in joins:
            continue  # one join of a longer list ("mari, compagnon ou ex"; "서울·경기·인천")
        alternatives = [left[::-1], right]
        if len(parts) == len(alternatives) and _matched(labels, alternatives, words, void, same):
            return True
    return False


def _equal(a: str, b: str) -> bool:
    return a == b


def _glued(a: str, b: str) -> bool:
    """One word is the other with a particle or a suffix glued on ("실종자는", "실종자")."""
    return min(len(a), len(b)) >= _STEM and (a.startswith(b) or b.startswith(a))


_STEM = 2  # a one-syllable word is no stem to match glued words on


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _side(words: Sequence[str], void: set[str]) -> tuple[list[str], str]:
    """The alternative on one side of the join, read away from it: void words next to the join
    skipped ("ou leur ex-conjoint"), then up to ``_SIDE`` words up to a void word or a stop;
    and the word it stopped at ("" at the clause's edge or past ``_SIDE`` words)."""
    found: list[str] = []
    for word in words:
        if word in void and not found:
            continue
        if word in void or not word[0].isalpha():
            return found, word
        if len(found) >= _SIDE:
            break
        found.append(word)
    return found, ""


def _label(part: Claim, stops: set[str], void: set[str], before: bool) -> list[str]:
    """The words right after the part (``before``: right before it, for a language that names
    a part before its figure: "사망자는 12명"), up to a stop, a join or a figure, less void
    words."""
    at = claim_position(part)
    if before:
        words = _words(part.sentence[:at])[::-1][:_LABEL]
    else:
        words = _words(part.sentence[at + len(part.surface):])[:_LABEL]
    found: list[str] = []
    for word in words:
        if word in stops or not word[0].isalpha():
            break
        if word not in void:
            found.append(word)
    return found[::-1] if before else found


def _matched(labels: Sequence[list[str]], alternatives: Sequence[list[str]],
             clause: Sequence[str], void: set[str], same: Same) -> bool:
    """Each label is one alternative, in some order: it holds one alternative's words, each
    of its own length (the left alternative may be cut to its last words, the right to its
    first: "par leur conjoint ou leur ex-conjoint, selon"), and its other words are the
    clause's, outside both alternatives."""
    taken = {w for alternative in alternatives for w in alternative}
    rest = {w for w in clause if w not in void} - taken
    ways = [[k for k, alternative in enumerate(alternatives)
             if _is(label, alternative, left=k == 0, rest=rest, same=same)] for label in labels]
    return sorted(w[0] for w in ways if len(w) == 1) == list(range(len(alternatives)))


def _is(label: list[str], alternative: list[str], *, left: bool, rest: set[str],
        same: Same) -> bool:
    """The label names the alternative: some end of it (its last words when on the left of the
    join, its first on the right) are all in the label, and the label's other words are the
    clause's own."""
    for n in range(len(alternative), 0, -1):
        core = alternative[-n:] if left else alternative[:n]
        named = [w for w in label if any(same(w, c) for c in core)]
        if (all(any(same(w, c) for w in label) for c in core)
                and all(w in rest for w in label if w not in named)):
            return True
    return False
