"""A headline's figure and the body figure it restates, as one figure for grouping.

A headline names its figure in a few words that say little of what is counted ("Crush at
stadium kills 31", "UK borrowing higher at £17.4bn", "Peru mine collapse kills 11"); the
body then says it in full ("At least 31 people were killed", "Public sector net borrowing
was £17.4bn"). Read alone, the two phrases share no word, so the headline figure met
nothing, and its restatement was never seen. A headline figure that the body states again
(the same value in the same unit, the first such body figure in reading order) is that body
figure told twice: in grouping (``reconcile.linkage``) the two merge first, and each is as
close to any other claim as the closer of the two (the headline's few words may match one
outlet's wording, the body's full phrase another's).

Kept narrow, since a wrong pairing would put a figure in another quantity's group:

* only the article's headline and the decks under it, its opening sentences that end with
  no full stop (as ``reconcile.headline`` reads a headline), and only a figure whose value
  is alone there: a headline with two ("주최 측 \"82만 명\", 경찰 \"47만 명\"", "1,28
  million selon l'Intérieur, 2,4 millions selon la CGT") restates each in the body, told
  apart by value; a value written twice there ("12 blessés, 12 hospitalisés") could
  restate either;
* not a small count (under ``SMALL_COUNT``: "2" and "2" are too common to be one figure by
  value alone, as ``claims.binding_frames`` holds for periods);
* not when the two name different events ("kills 12" over "12 injured"): one happened to the
  headline's figure, another to the body's;
* only when their phrases do not link them already (``reconcile.linkage_twins.as_one``): where
  they do, grouping is left as it reads them.

The headline figure keeps its own phrase, value, period and slots, and two figures whose
frames contradict (another place, another event) are never joined. A side that names nothing
it counts (a headline's bare "\"82만 명\"", a body phrase not read) is compared as its twin
is, instead of being left alone as a figure of unknown quantity (``linkage_twins.told_twice``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator

SMALL_COUNT = 10
_SENTENCE_ENDS = (".", "!", "?")

# (article, sentence, value, unit, per, event concept or folded event word, or "")
Row = tuple[str, str, float | None, str, str | None, str]


def headline_twins(rows: Iterable[Row]) -> dict[int, int]:
    """For rows in reading order: headline row index -> the index of the body row it
    restates."""
    listed = list(rows)
    twins: dict[int, int] = {}
    for article in _articles(listed):
        lines = _headlines(listed, article)
        body = [k for k in article if listed[k][1] not in lines]
        for line in lines:
            tops = _telling_figures(listed, article, line)
            for k in body:
                top = tops.pop(listed[k][2:5], None)
                if top is not None and _same_event(listed, top, k):
                    twins[top] = k
    return twins


def _telling_figures(rows: list[Row], article: list[int], line: str) -> dict[tuple, int]:
    """A headline line's figures whose value is alone there and telling (``_telling``), by
    (value, unit, per): the ones a body figure may restate."""
    heads = [k for k in article if rows[k][1] == line]
    figures = Counter(rows[k][2:5] for k in heads)
    return {rows[k][2:5]: k for k in reversed(heads)
            if figures[rows[k][2:5]] == 1 and _telling(*rows[k][2:4])}


def _headlines(rows: list[Row], article: list[int]) -> list[str]:
    """The article's headline and the decks under it ("1∼10월 관세 84조2천억 원 걷혀…" then "징수
    진도율 81.2%…통합재정수지 12조4천억 원 흑자"): its opening sentences, up to the first that
    ends as prose does (the lead)."""
    lines: list[str] = []
    for k in article:
        sentence = rows[k][1]
        if sentence.rstrip().endswith(_SENTENCE_ENDS):
            break
        if sentence not in lines:
            lines.append(sentence)
    return lines


def _articles(rows: list[Row]) -> Iterator[list[int]]:
    """Each article's row indices (rows in reading order)."""
    start = 0
    for k in range(1, len(rows) + 1):
        if k == len(rows) or rows[k][0] != rows[start][0]:
            yield list(range(start, k))
            start = k


def _telling(value: float | None, unit: str) -> bool:
    """A figure rare enough to be one figure by its value alone."""
    return value is not None and not (unit == "count" and abs(value) < SMALL_COUNT)


def _same_event(rows: list[Row], a: int, b: int) -> bool:
    """No two different events: either names none, or both name the same."""
    ea, eb = rows[a][5], rows[b][5]
    return not (ea and eb) or ea == eb


def event_key(concept: Callable[[str, str], str | None], events: Iterable[str],
              event: str | None, language: str) -> str:
    """An event as a concept id when it names one, else its word folded; "" for none."""
    if not event:
        return ""
    found = concept(event, language)
    return found if found is not None and found in events else event.casefold()
