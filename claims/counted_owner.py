"""Whose figure it is, when a possessive names it before what is counted: "Daon's operating
profit totaled 15.3 trillion won", "Hanbit Chemical's sales rose to 9.46 trillion won", "the
company's net profit reached 533 billion won".

The owner is no part of the thing counted. A named owner is the count's ``entity``, as a
named doer is (``claims.frame_doers``): two companies' profits are two quantities, and one
company's profit told in a language that leaves its name out ("영업이익 15조3천억 원") is the
same quantity, which a counted phrase holding the name would keep apart. An owner that is only
a kind of doer ("the company's", "the group's") is dropped. A kind of thing that qualifies
what is counted ("women's wages", "children's share") stays: it names which quantity.

Every word comes from the language table (``possessive_marks``, ``entity_heads``).
"""

from __future__ import annotations

from claims.lang import ExtractionTable
from claims.lexicon import Lexicon
from claims.phrases import strip_determiners

_MAX_OWNER = 4  # words of a name before its possessive mark


def owner_and_thing(counted: str, table: ExtractionTable, lang: str) -> tuple[str, str]:
    """(the owner's name, what is counted) when ``counted`` opens with a possessive; ("",
    counted without a kind of doer's possessive) for "the company's"; ("", counted) for
    anything else."""
    marks = table.context.possessive_marks
    if not marks or not counted:
        return "", counted
    words = counted.split()
    at = next((k for k, w in enumerate(words[: _MAX_OWNER + 1])
               if any(w.endswith(m) and len(w) > len(m) for m in marks)), None)
    if at is None or at == len(words) - 1:
        return "", counted
    mark = next(m for m in marks if words[at].endswith(m))
    owner = strip_determiners([*words[:at], words[at][: -len(mark)]], table)
    thing = " ".join(words[at + 1 :])
    if not owner:
        return "", counted
    if len(owner) == 1 and owner[0].lower() in {w.lower() for w in table.context.entity_heads}:
        return "", thing  # "the company's net profit": a kind of doer, no name
    if _a_name(owner, lang):
        return " ".join(owner), thing
    return "", counted  # "women's wages": the kind of thing counted


def _a_name(words: list[str], lang: str) -> bool:
    """Every word capitalised, and none a word of the concept table ("Women's", "Children's"
    open a sentence capitalised: kinds, not names)."""
    lexicon = Lexicon.shipped()
    return all(w[:1].isupper() for w in words) and not any(
        lexicon.concept(w, lang) is not None for w in words)
