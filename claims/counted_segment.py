"""Which part of a business a result is of, when the clause's subject names it and the figure
is the value of a measure: "The memory division reported sales of 9.2 trillion won" counts the
memory division's sales, as "메모리 사업부 매출 9조2천억 원" does; read as "sales", it was the
company's whole revenue, and a figure of the whole (18.45 trillion won) would "conflict" with it.

Only a subject whose head is a segment noun of the language table (``segment_nouns``: business,
division; division, pôle) is read: "The company posted sales of" names the whole, and a named
doer is the count's entity (``claims.frame_doers``).
"""

from __future__ import annotations

from collections.abc import Iterator

from claims.figure_model import Figure
from claims.frame_patterns import FramePatterns
from claims.lang import ExtractionTable
from claims.tokens import CLAUSE_END, is_word, tokens_back

_MAX_SUBJECT = 3


def with_segment(measure: str, f: Figure, text: str, pat: FramePatterns,
                 table: ExtractionTable) -> str:
    """``measure`` (the noun the figure is the value of), with the segment its clause's subject
    names before it ("memory division sales"), else ``measure`` as it is."""
    segments = table.segment_nouns_set
    at = text.rfind(measure, 0, f.start) if segments and measure else -1
    if at < 0:
        return measure
    subject = _subject_before(tokens_back(text, at), pat, table)
    if not subject:
        return measure
    head = subject[0] if table.context.entity_head_first else subject[-1]
    if head.lower() not in segments:
        return measure
    return f"{' '.join(subject)} {measure}"


def _subject_before(back: Iterator[str], pat: FramePatterns, table: ExtractionTable) -> list[str]:
    """The words of the subject, read back from the measure (``back``: the tokens before it,
    last first) over its article, the verb and its auxiliaries, to a clause end or a
    determiner, ``_MAX_SUBJECT`` words at most; empty when no verb stands before the measure."""
    token = next(back, "")
    while token.lower() in pat.articles:  # "posted a net profit of"
        token = next(back, "")
    if not is_word(token):  # the verb
        return []
    auxiliaries = table.doer_auxiliaries_set
    token = next(back, "")
    while token.lower() in auxiliaries:
        token = next(back, "")
    subject: list[str] = []
    while (token and token not in CLAUSE_END and is_word(token)
           and token.lower() not in table.determiners_set and len(subject) < _MAX_SUBJECT):
        subject.insert(0, token)
        token = next(back, "")
    return subject
