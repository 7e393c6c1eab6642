"""What a change verb takes to a figure, when the verb has an object: "Drought to cut winter
grain harvest to 43.8 million tonnes" -> "winter grain harvest"; "la BCE abaisse ses taux
directeurs à 3 %" -> "taux directeurs". Not when a thing counted follows the figure ("cut
supplies to 3,500 households": the households are counted).
"""

from __future__ import annotations

from collections.abc import Iterator

from claims.context import counted_after
from claims.figure_model import Figure
from claims.frame_patterns import FramePatterns
from claims.lang import ExtractionTable
from claims.models import Claim, Role
from claims.phrases import strip_determiners
from claims.tokens import CLAUSE_END, is_word, tokens_back


def changed_object(
    claim: Claim, f: Figure, text: str, pat: FramePatterns, table: ExtractionTable
) -> str:
    """What a change verb takes to the figure, when the verb has an object: "Drought to cut
    winter grain harvest to 43.8 million tonnes" -> "winter grain harvest"; "la BCE abaisse
    ses taux directeurs à 3 %" -> "taux directeurs". Empty unless the words between the verb
    and "to" are a plain noun phrase ("rose 5% to", "cut its forecast for wheat to" say
    nothing here)."""
    if claim.role is not Role.value:  # "augmentée de cinq ans à sept ans": a stated change
        return ""
    after = counted_after(text, f.end, table)
    if after and after.lower() not in table.context.counter_nouns:
        return ""  # "cut supplies to 3,500 households": the households are counted
    back = tokens_back(text, f.start)
    if next(back, "").lower() not in pat.to_words:
        return ""
    found = _words_after_change_verb(back, pat, table)
    if found is None:
        return ""
    words = strip_determiners(list(reversed(found)), table)
    if words and words[0].lower() in pat.articles:
        words = words[1:]
    if not words or words[0].lower() in pat.figure_nouns:
        return ""
    return " ".join(words)


def _words_after_change_verb(
    back: Iterator[str], pat: FramePatterns, table: ExtractionTable
) -> list[str] | None:
    """The words back to a change verb, last first; None when no verb comes first or a word
    on the way is no part of a plain object ("est passé vendredi à": a day)."""
    words: list[str] = []
    for token in back:
        if table.change_verb_re.fullmatch(token):
            return words
        if len(words) >= 4 or _no_object_word(token, pat, table):
            return None
        words.append(token)
    return None


def _no_object_word(token: str, pat: FramePatterns, table: ExtractionTable) -> bool:
    """A clause end, a non-word, a time word, a subject verb or a stop word that is no
    determiner: no word of a changed object."""
    lower = token.lower()
    return token in CLAUSE_END or not is_word(token) or (
        lower in pat.time_words or lower in pat.subject_verbs
    ) or (lower in table.stop_words_set and lower not in table.determiners_set)
