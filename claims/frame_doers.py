"""Who did the counted thing, when a named company, club, party or country did it: the
``entity`` of a count ("Sejin sold 348,650 vehicles", "Rival Hanul Motors said it sold 301,720
vehicles", "Le concurrent Hanul Motors a déclaré avoir vendu 301 720 véhicules").

Two carmakers' sales, two clubs' goals or two parties' seats are two quantities, never one
figure stated two ways: the doer tells them apart as a place does. Only a capitalised name is
read (a kind of doer, "police" or "the company", is no name), and a rival's mark ("Rival",
"le concurrent") is no part of it. Every word comes from the language table.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import simplemma

from claims.frame_patterns import FramePatterns
from claims.lang import ExtractionTable

_WORD = re.compile(r"[\w][\w'’.&-]*|[^\w\s]")
_MAX_NAME = 5


def doer_of(
    text: str, start: int, event: str | None, actor: str | None,
    pat: FramePatterns, table: ExtractionTable, lang: str,
) -> str | None:
    """The named doer of the count whose figure starts at ``start``: the name right before the
    verb that reports the counted event ("Sejin sold 348,650"), or the source that says it did
    it itself ("Hanul Motors said it sold 301,720", "a déclaré avoir vendu"). None otherwise."""
    ctx = table.context
    if not ctx.doer_pronouns:
        return None
    words = _words_before(text, start)
    if len(words) < 2 or not words[-1].isalpha() or not words[-1].islower():
        return None
    if words[-1] in table.doer_not_verbs_set:
        return None  # "l'ARS a recensé 1 186 cas": who counts is the source
    k = len(words) - 2
    auxiliaries = table.doer_auxiliaries_set
    while k >= 0 and words[k].lower() in auxiliaries:
        k -= 1
    if k < 0:
        return None
    if words[k].lower() in table.doer_pronouns_set:
        # "Hanul Motors said it shipped 41,800 cars": any verb, the source did it itself
        return proper_name(actor or "", pat, table, lang, at_start=False)
    if not event or words[-1] != event.lower():
        return None  # a name before a verb that reports no counted event
    name: list[str] = []
    while k >= 0 and len(name) < _MAX_NAME and _capitalised(words[k]):
        name.insert(0, words[k])
        k -= 1
    if k >= 0 and not _opens_a_subject(words, k, pat):
        return None  # "in the foothills of central Oregon had burned": no subject
    return proper_name(" ".join(name), pat, table, lang, at_start=k < 0)


def without_rival_mark(name: str, table: ExtractionTable) -> str:
    """A name without the mark of another entity before it: "Rival Hanul Motors" -> "Hanul
    Motors", "le concurrent Hanul Motors" -> "Hanul Motors"."""
    marks = _rival_re(tuple(table.context.rival_marks))
    if marks is None:
        return name
    return marks.sub("", name, count=1) or name


@lru_cache(maxsize=8)
def _rival_re(marks: tuple[str, ...]) -> re.Pattern[str] | None:
    if not marks:
        return None
    alternation = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    return re.compile(rf"^(?:{alternation})\s+(?=\S)", re.I)


class _SentenceWords:
    """The words of the sentence last read, with where each starts and ends."""

    text: str | None = None
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    words: tuple[str, ...] = ()


def _words_before(text: str, start: int) -> list[str]:
    """``_WORD.findall(text[:start])``, from the sentence's words found once for all its
    figures: the words ending by ``start``, then the one it cuts read again from its start
    (``_WORD`` has no lookaround and its runs are greedy, so the words before the cut are the
    slice's own)."""
    if start < 0:  # counted from the end, as a slice reads it
        return _WORD.findall(text[:start])
    read = _SentenceWords
    if text is not read.text:
        found = list(_WORD.finditer(text))
        read.text = text
        read.starts = tuple(m.start() for m in found)
        read.ends = tuple(m.end() for m in found)
        read.words = tuple(m.group() for m in found)
    j = bisect_right(read.ends, start)
    if j < len(read.starts) and read.starts[j] < start:  # a word runs past ``start``
        return [*read.words[:j], *_WORD.findall(text, read.starts[j], start)]
    return list(read.words[:j])


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def proper_name(
    name: str, pat: FramePatterns, table: ExtractionTable, lang: str, *, at_start: bool
) -> str | None:
    """``name`` without a rival's mark when it is a proper name: capitalised, not a kind of
    source ("Police", "Officials") and not a date word; opening the sentence, one word must
    be no word of the language ("Rescuers pulled 12 people out" names no one)."""
    name = _without_elided_article(without_rival_mark(name.strip(), table), table)
    words = name.split()
    if not words or not all(_capitalised(w) for w in words):
        return None
    lower = [w.lower() for w in words]
    if lower[0] in pat.source_nouns or lower[0] in pat.not_places or lower[0] in pat.pronouns:
        return None
    if at_start and len(words) == 1 and simplemma.is_known(lower[0], lang=lang):
        return None
    return name


def _without_elided_article(name: str, table: ExtractionTable) -> str:
    """ "L'organisme" -> "organisme": an elided article glued to the first word is no part of
    the name (and leaves a common noun, no name)."""
    for mark in ("'", "’"):
        head, sep, tail = name.partition(mark)
        if sep and " " not in head and (head + sep).lower() in table.determiners_set:
            return tail
    return name


def _opens_a_subject(words: list[str], k: int, pat: FramePatterns) -> bool:
    """What may stand right before a subject's name (``words[k]``): a clause mark or a clause
    link ("and"), or an article that itself opens the clause ("The Ridge fire", not "in the
    Alps")."""
    word = words[k].lower()
    if word in pat.articles:
        return k == 0 or (_opens_a_subject(words, k - 1, pat) and words[k - 1].lower() not in (
            pat.articles))
    return not word[:1].isalnum() or word in pat.clause_links
