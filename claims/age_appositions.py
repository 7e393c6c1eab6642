"""Ages the grammar around a figure makes plain, beyond the age words right before it: a list
of ages after one age word ("his two sons, aged 4 and 9"), the age of the youngest or the
oldest of a group ("the youngest was 23 and the oldest 81"), an age in apposition to a person
("raconte Martine, 61 ans.", "Lucien, cheminot de 49 ans", "le père, boulanger de 47
ans"), and the age bracket of a count in a breakdown ("364 sont décédés : 4 de 5 à 14 ans, 214
de 65 ans et plus"). Each describes people, no quantity the article states.
``claims.figure_filters.is_age`` asks these."""

from __future__ import annotations

import re

from claims.context import counted_after
from claims.figure_model import Figure, first_digit, text_before
from claims.lang import ExtractionTable

_AGE_MAX = 110
_LIST_REACH = 40
_LIST_ITEMS = 3
"""How many earlier ages of a list may stand between the age word and the figure."""
_FIRST_NAME_BEFORE = re.compile(
    r"(?:[,;:]|(?<![\w'’-])(?![A-ZÀ-ÖØ-Þ])[^\W\d_][\w'’-]*)[\s\u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]+,"
    r"[\s\u00a0]*$"
)
"""A capitalised first name inside a sentence (after a lower-case word or a comma), then a
comma: "raconte Martine, ", "De son côté, Claude, "."""
_SENTENCE_END_AFTER = re.compile(r"^[\s\u00a0]*[.;](?:[\s\u00a0\"”’»]|$)")


def _small(f: Figure) -> bool:
    top = f.value if f.value is not None else f.upper
    return top is not None and 0 < top <= _AGE_MAX


def age_in_a_list(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "aged 4 and 9", "âgés de 6, 9 et 11 ans": a later item of a list of numbers after an
    age word is an age too."""
    if not _small(f) or (f.unit == "count" and counted_after(text, f.end, table)):
        return False  # "aged 30 and 45 people were hurt": a count after the list
    before = text_before(text, f.start, _LIST_REACH)
    for _ in range(_LIST_ITEMS):
        item = table.age_list_tail_re.search(before)
        if item is None:
            return False
        before = before[: item.start()]
        if table.age_strong_before_re.search(before):
            return True
    return False


def age_of_a_superlative(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "the youngest was 23 and the oldest 81": a bare small count after the youngest or the
    oldest of a group, with nothing counted after it ("the oldest had 3 children" counts)."""
    if f.kind != "digits" or f.unit != "count" or not _small(f):
        return False
    if not table.age_superlative_re.search(text_before(text, f.start, 40)):
        return False
    return not counted_after(text, f.end, table)


def age_of_a_kin(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "My brother is 31 and he never came home", "with her son, 8, and her daughter, 12",
    "her husband, who was 61,": a small bare number after a relative named by a possessive and a
    kin noun, with a copula or in apposition, ending its clause, is that relative's age ("my
    brother is 31 years into his career" goes on; "her son had 3 goals" has no copula)."""
    if f.kind not in ("digits", "words") or f.unit != "count" or not _small(f):
        return False
    if not table.age_kin_end_re.match(text, f.end):
        return False
    return table.age_kin_before_re.search(text_before(text, f.start, 60)) is not None


def age_after_a_first_name(before: str, rest: str, table: ExtractionTable) -> bool:
    """ "raconte Martine, 61 ans.", "Claude, 56 ans dont 38 ans d'ancienneté": an age in
    apposition to a first name inside a sentence, ending it or followed by a relative."""
    if not _FIRST_NAME_BEFORE.search(before):
        return False
    return bool(_SENTENCE_END_AFTER.match(rest) or table.age_relative_after_re.match(rest))


def age_of_an_apposed_person(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "Lucien, cheminot de 49 ans", "dont le père, boulanger de 47 ans,": a bare noun
    phrase (no article: a trade, a role) in apposition to a person, then the age of that
    person; "Le projet, un chantier de 10 ans" has an article, and is a length."""
    if not _small(f):
        return False
    apposed = table.age_apposed_person_re.search(text_before(text, f.start, 80))
    if apposed is None:
        return False
    words = apposed["phrase"].lower().split()
    determiners = {w.lower() for w in (*table.lengths.determiners, *table.lengths.articles)}
    return not any(w in determiners for w in words)


def age_of_a_breakdown(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "364 sont décédés : 6 de moins de 5 ans, 4 de 5 à 14 ans, 214 de 65 ans et plus": the
    age bracket of the count right before it (the count of people of that age stays)."""
    if not _small(f):
        return False
    digit = first_digit(f, text)
    if digit is None:
        return False
    return table.age_breakdown_before_re.search(text_before(text, digit, 30)) is not None
