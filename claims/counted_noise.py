"""Words that are never what a figure counts, read out of a counted phrase at the end.

Each was seen as the ``counted`` slot of real-style wire copy, where it would make false groups
(two figures meeting on "late" or on a dateline) and hide true ones:

* a dateline opening the sentence ("OTTAWA - The housing agency says ... seven per cent");
* time adverbs alone ("had put the toll at 12 late on Sunday", "12 plus tard dans la soirée");
* the cause a headline's verb kills or injures with ("Crush at cup final kills at least 31",
  "Un séisme fait 12 morts"): the cause is the event, not what is counted;
* an institution that gives or pays the figure ("Guinea's government has promised 10 million
  francs"): the head of the phrase is one institution;
* a participle after a copula ("190,530 were produced and sold abroad"): a verb, not a noun;
* a participle of counting before its agent ("les 2 400 manifestants comptés par la
  préfecture"): who counted is the source, not what is counted;
* the punctuation a phrase ends on ("19 were under 18,").

Every word comes from the language table; a phrase emptied here is inherited or left thin (never
guessed into a group)."""

from __future__ import annotations

from itertools import islice

from claims.figure_model import Figure
from claims.frame_patterns import FramePatterns
from claims.lang import ExtractionTable
from claims.tokens import tokens_back

_TRAILING = ",;:.!?-–—"


def without_noise(
    counted: str, f: Figure, text: str, pat: FramePatterns, table: ExtractionTable, *,
    stated_after: bool,
) -> str:
    """``counted`` without the words that are never what is counted (see the module), "" when
    nothing else is left."""
    counted = counted.strip().rstrip(_TRAILING).strip()
    if not counted:
        return ""
    words = _without_counting_participle(
        _without_trailing_adverbs(counted.split(), table), f, text, table)
    counted = " ".join(words)
    if _a_dateline(counted, text) or _only_time_adverbs(words, table):
        return ""
    cause = None if stated_after or text.rfind(counted, 0, f.start) < 0 else _cause_before(
        f, text, table)
    if cause is not None:
        return cause  # "Crush at cup final kills at least 31": deaths, not the crush
    if _an_institution(words, table) or _a_participle_after_copula(counted, f, text, table):
        return ""
    return counted


def _a_dateline(counted: str, text: str) -> bool:
    """The phrase is a word in capitals that opens the sentence before a dash, a comma or a
    parenthesis ("OTTAWA - ...", "SEOUL, Dec. 1 (Yonhap) --"); "GDP grew" is no dateline."""
    letters = counted.replace(" ", "").replace("-", "")
    opening = text.lstrip()
    if not (len(letters) > 2 and letters.isalpha() and counted.isupper()
            and opening.startswith(counted)):
        return False
    return opening[len(counted) :].lstrip()[:1] in ("-", "–", "—", ",", "(")


def _without_trailing_adverbs(words: list[str], table: ExtractionTable) -> list[str]:
    """ "morts tard (dimanche soir)": the time adverb ending a phrase is no part of it."""
    adverbs = table.time_adverbs_set
    while len(words) > 1 and words[-1].lower() in adverbs:
        words = words[:-1]
    return words


def _without_counting_participle(
    words: list[str], f: Figure, text: str, table: ExtractionTable
) -> list[str]:
    """ "les 2 400 manifestants comptés par la préfecture", "the 900 marchers tallied by police": a
    participle of counting with its agent after it says who counted, not what (the agent is
    the source: ``claims.actors``)."""
    pattern = table.counted_by_re
    if len(words) < 2 or pattern is None or words[-1].lower() not in (
            table.counting_participles_set):
        return words
    return words[:-1] if pattern.match(text, f.end) else words


def _only_time_adverbs(words: list[str], table: ExtractionTable) -> bool:
    adverbs = table.time_adverbs_set
    return bool(adverbs) and all(w.lower() in adverbs for w in words)


def _cause_before(f: Figure, text: str, table: ExtractionTable) -> str | None:
    """What the figure counts when it follows a verb whose subject is the cause of it ("kills"
    -> deaths; "" when the verb says not), None when no such verb comes right before it."""
    back = [w.lower() for w in islice(tokens_back(text, f.start), 4)]
    for words, counts in table.cause_verbs_back:
        if back[: len(words)] == words:
            return counts
    return None


def _an_institution(words: list[str], table: ExtractionTable) -> bool:
    """A phrase of two words or more whose head is one institution ("Guinea's government", "le
    gouvernement guinéen"): who gives or pays the figure, not what it counts ("cinq syndicats"
    are counted: a union is no such head)."""
    if len(words) < 2:
        return False
    head = words[0] if table.context.entity_head_first else words[-1]
    return head.lower() in table.institution_nouns_set


def _a_participle_after_copula(
    counted: str, f: Figure, text: str, table: ExtractionTable
) -> bool:
    """A phrase opening on a word with a participle's ending right after the figure and a
    copula ("190,530 were produced", "88,300 were assembled abroad"): the verb of the clause."""
    first = counted.split()[0].lower()
    if not table.context.participle_suffixes or not first.endswith(
        tuple(table.context.participle_suffixes)
    ):
        return False
    at = text.find(counted, f.end)
    if at < 0:
        return False
    gap = text[f.end : at].split()
    stops = table.stop_words_set
    return bool(gap) and all(w.lower() in stops for w in gap)
