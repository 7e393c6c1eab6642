"""Sentence splitting that keeps offsets into the original text.

News text is one paragraph per line, so every line break ends a sentence; inside a line a
sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by a blank, unless the word before the
dot is an abbreviation from the language table. Lines of page furniture ("Lire aussi ...",
rows of share buttons) are dropped here, so their numbers are never read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from claims.lang import ExtractionTable

_END = re.compile(r"[.!?…]+[\"»”’)\]]*(?=[\s\u00a0\u202f]+\S)")
_WORDS = re.compile(r"\w+", re.UNICODE)
_LINE = re.compile(r"[^\r\n]+")


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
    words = _WORDS.findall(line.lower())
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


def split_sentences(
    text: str, table: ExtractionTable, start: int = 0, first_index: int = 0
) -> Iterator[Sentence]:
    """Yield the sentences of ``text[start:]`` with absolute offsets, skipping furniture lines."""
    index = first_index
    for line_match in _LINE.finditer(text, start):
        line = line_match.group()
        if not line.strip() or is_furniture(line, table):
            continue
        base = line_match.start()
        cursor = 0
        for end_match in _END.finditer(line):
            cut = end_match.end()
            if line[end_match.start()] == "." and _is_abbreviation(
                line[: end_match.start() + 1], table
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
