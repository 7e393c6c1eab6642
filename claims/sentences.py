"""Sentence splitting that keeps offsets into the original text.

News text is one paragraph per line, so every line break ends a sentence; inside a line a
sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by a blank, unless the word before the
dot is an abbreviation from the language table. Lines of page furniture ("Lire aussi ...",
rows of share buttons) are dropped here, so their numbers are never read.

The work of reading a sentence grows faster than its length (each figure looks at the whole
sentence for its unit, verb, actor and period), so no sentence is left unbounded: past
``MAX_SENTENCE_CHARS`` characters (a table dumped on one line, a paragraph with no stop) it is
cut at a safe point, preferring a clause mark, then a blank between words, and past
``MAX_SENTENCE_NUMBERS`` numbers the extractor cuts it between two of them (``cut_at_numbers``).
Real sentences stay whole; hostile ones cost time linear in their length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from claims.lang import ExtractionTable

# A run of end marks is tried from its first mark only (the lookbehind), and nothing in it gives
# back what it took (possessive quantifiers): a line of 100 000 dots is one linear scan, not a
# rescan of the rest of the run from each of its dots.
_END = re.compile(r"(?<![.!?…])[.!?…]++[\"»”’)\]]*+(?=[\s\u00a0\u202f]++\S)")
_WORDS = re.compile(r"\w+", re.UNICODE)
_CLAUSE_CUT = re.compile(r"[,;:)\]»”]+[\s\u00a0\u202f]")
_WORD_CUT = re.compile(r"(?<=[^\W\d])[\s\u00a0\u202f]+(?=[^\W\d])")
_BLANK_CUT = re.compile(r"[\s\u00a0\u202f]+")

MAX_SENTENCE_CHARS = 2000
MAX_SENTENCE_NUMBERS = 16
_LINE = re.compile(r"[^\r\n]+")
_INITIALISM = re.compile(r"(?<![\w.])[A-Z](?:\.[A-Z])+\.$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int  # position among the article's sentences, for references back


def is_furniture(line: str, table: ExtractionTable) -> bool:
    """A "Lire aussi" link, or a line made only of share-button words."""
    if table.furniture_prefix_re.match(line):
        return True
    # seven words are enough to tell: a paragraph is not listed word by word (speed)
    words = [m.group() for m in islice(_WORDS.finditer(line.lower()), 7)]
    if not words or len(words) > 6:
        return False
    furniture = set(table.furniture_words)
    return all(w in furniture for w in words)


def _is_abbreviation(before: str, table: ExtractionTable) -> bool:
    pieces = before[-40:].rsplit(None, 1)  # the last word only: no scan of the whole line
    if not pieces:
        return False
    word = pieces[-1].lstrip('(«"“')
    if len(word) == 2 and word[0].isalpha() and word[1] == ".":
        return True  # an initial: "J. Smith", "m. a"
    return word.lower() in table.abbreviation_set


def _initialism_in_phrase(line: str, dot: int, cut: int) -> bool:
    """ "E.U. exports rose": a dotted initialism that a lowercase word follows is inside its
    noun phrase, not a sentence's end (one before a capital may end it: "in Washington, D.C.
    The mayor")."""
    return bool(_INITIALISM.search(line, 0, dot + 1)) and line[cut:].lstrip()[:1].islower()


def _last_cut(text: str, lo: int, hi: int, pattern: re.Pattern[str]) -> int | None:
    """End of the last ``pattern`` match that ends in ``(lo, hi]``: a place to cut ``text``."""
    last = None
    for m in pattern.finditer(text, lo, hi):
        last = m.end()
    return last if last is not None and last > lo else None


def safe_cut(text: str, lo: int, hi: int) -> int:
    """Where to cut ``text`` between ``lo`` and ``hi`` (both exclusive of a cut at ``lo``):
    after a clause mark, else between two words, else at any blank, else at ``hi``."""
    for pattern in (_CLAUSE_CUT, _WORD_CUT, _BLANK_CUT):
        cut = _last_cut(text, lo, hi, pattern)
        if cut is not None:
            return cut
    return hi


def _pieces(s: Sentence, limit: int = MAX_SENTENCE_CHARS) -> Iterator[Sentence]:
    """``s`` itself, or, when longer than ``limit``, consecutive pieces of at most ``limit``
    characters cut at safe points."""
    if s.end - s.start <= limit:
        yield s
        return
    text, pos = s.text, 0
    while pos < len(text):
        cut = (
            len(text) if len(text) - pos <= limit else safe_cut(text, pos + limit // 2, pos + limit)
        )
        piece = text[pos:cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            yield Sentence(
                s.start + pos + lead,
                s.start + pos + lead + len(piece.strip()),
                piece.strip(),
                s.index,
            )
        pos = cut


def cut_at_numbers(
    s: Sentence, spans: list[tuple[int, int]], limit: int = MAX_SENTENCE_NUMBERS
) -> list[tuple[Sentence, int]]:
    """``s`` cut so that no piece holds more than ``limit`` of the numbers at ``spans``
    (offsets in ``s.text``, in order); each piece with the index of its first number.

    A cut falls between two numbers, after a clause mark if there is one, else at the last
    blank before the next number, so no number and no "12 %" is split.
    """
    if len(spans) <= limit:
        return [(s, 0)]
    out: list[tuple[Sentence, int]] = []
    text, pos, first = s.text, 0, 0
    for k in range(limit, len(spans), limit):
        lo, hi = spans[k - 1][1], spans[k][0]
        cut = hi
        for pattern in (_CLAUSE_CUT, _BLANK_CUT):
            found = _last_cut(text, lo, hi, pattern)
            if found is not None:
                cut = found
                break
        out.append((_trimmed(s, pos, cut), first))
        pos, first = cut, k
    out.append((_trimmed(s, pos, len(text)), first))
    return out


def _trimmed(s: Sentence, a: int, b: int) -> Sentence:
    piece = s.text[a:b]
    lead = len(piece) - len(piece.lstrip())
    body = piece.strip()
    return Sentence(s.start + a + lead, s.start + a + lead + len(body), body, s.index)


BLOCK_CHARS = 65_536


def line_blocks(text: str, start: int = 0, size: int = BLOCK_CHARS) -> Iterator[tuple[int, int]]:
    """``text[start:]`` as consecutive ``(start, end)`` blocks of whole lines, each about
    ``size`` characters (a longer line is a block of its own): extraction reads an article a
    block at a time, so a million-line file never has all its numbers in memory at once."""
    while start < len(text):
        end = text.find("\n", min(start + size, len(text)) - 1)
        end = len(text) if end < 0 else end + 1
        yield start, end
        start = end


def split_sentences(
    text: str,
    table: ExtractionTable,
    start: int = 0,
    first_index: int = 0,
    end: int | None = None,
) -> Iterator[Sentence]:
    """Yield the sentences of ``text[start:end]`` with absolute offsets, skipping furniture
    lines; a sentence past ``MAX_SENTENCE_CHARS`` comes in pieces."""
    stop = len(text) if end is None else end
    for whole in _whole_sentences(text, table, start, first_index, stop):
        yield from _pieces(whole)


def _whole_sentences(
    text: str, table: ExtractionTable, start: int, first_index: int, end: int
) -> Iterator[Sentence]:
    index = first_index
    for line_match in _LINE.finditer(text, start, end):
        line = line_match.group()
        if not line.strip() or is_furniture(line, table):
            continue
        base = line_match.start()
        cursor = 0
        for end_match in _END.finditer(line):
            cut = end_match.end()
            dot = end_match.start()
            if line[dot] == "." and (
                _is_abbreviation(line[max(0, dot - 39) : dot + 1], table)
                or _initialism_in_phrase(line, dot, cut)
            ):
                continue
            piece = line[cursor:cut]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                yield Sentence(base + cursor + lead, base + cut, piece.strip(), index)
                index += 1
            cursor = cut
        piece = line[cursor:]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            yield Sentence(
                base + cursor + lead,
                base + cursor + lead + len(piece.strip()),
                piece.strip(),
                index,
            )
            index += 1


class LineIndex:
    """Maps character offsets to 1-based line numbers of the file as stored."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def column(self, offset: int) -> int:
        return offset - self._starts[self.line(offset) - 1] + 1
