"""A breakdown by age whose brackets cover every age states all its parts: "지난주 환자는
318명이었다. 연령별로는 0~6세가 127명으로 가장 많았고 7~18세 80명, 19~49세 52명, 65세 이상
33명, 50~64세 17명 순이었다" (309, not 318); "Of the 436 cases, 104 were aged under 5, 190 aged
5 to 17 and 127 aged 18 and over" (421, not 436).

A ranking ("가장 많았고", "순이었다") or a list of the main parts may name only some of them,
so ``breakdown`` reads no such list; but brackets that tile every age, from birth ("0~6세",
"under 5", "moins de 5 ans") to the oldest ("65세 이상", "65 and over", "65 ans et plus"), leave
no part out: the sum must be the total. The brackets are read from the words right before each
part, or right after it ("104 aged under 5"), with the words of the language table's
``[conversion]`` ``age_*`` keys; a one-year gap between brackets ("9세 미만", "10대") is the
writer's rounding of the edges and still tiles.

The total is a plain count of the parts' sentence before the first part, above every part;
else the nearest earlier sentence (at most ``_LOOK_BACK`` back) holding a plain count for the
parts' period, above every part, that is no base of a change ("한 주 전(254명)보다"): one value,
or no check. When parts and total both say what they count, it must read alike (deaths by age
are no breakdown of the cases); and the parts must add up to within a fifth of the total, or
they are read as counting another thing than the total (a sum far off is no slip of a writer).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claims.lexicon import Lexicon
from claims.models import Approx, Claim, Period
from reconcile.periods import is_bounded
from reconcile.structural.base import VALUE, one_value
from reconcile.structural.change_comparands import marked_base
from reconcile.structural.table_words import conversion_table, longest_first

_LOOK_BACK = 3  # sentences before the parts' where their total may stand
_NEAR_BEFORE = 6  # characters between a bracket and the part after it ("가 ", ": ")
_NEAR_AFTER = 16  # characters between a part and its bracket (" children aged ")
_NEAR_TOTAL = 0.2  # the most the parts' sum may stand from the total to be read as its split
_GAP = 2  # years a bracket may start after the last one ends ("9세 미만", "10대")


@dataclass(frozen=True)
class Bracket:
    """The ages a part counts, ``hi`` infinite for "65 and over"."""

    lo: float
    hi: float


def age_split(
    figures: Sequence[Claim], earlier: Sequence[Sequence[Claim]]
) -> tuple[Claim, list[Claim]] | None:
    """The total and the parts of a breakdown by age that tiles every age, or None.
    ``earlier``: the sentences before the figures', nearest first."""
    found = _bracketed_counts(figures)
    if found is None:
        return None
    ahead, parts = found
    total = total_ahead(ahead, parts) or total_before(parts, earlier)
    return (total, parts) if total is not None and split_of(total, parts) else None


def _bracketed_counts(figures: Sequence[Claim]) -> tuple[list[Claim], list[Claim]] | None:
    """The plain counts before the parts, and the parts, their brackets read before them
    ("0~6세 127명") or else after them ("104 aged under 5"); None when no bracket reading
    tiles every age, or the language's table has no bracket words."""
    counts = [c for c in figures if c.unit == "count" and _plain(c)]
    if len(counts) < 2 or _pattern(counts[0].language) is None:
        return None
    return _parts(counts, _before) or _parts(counts, _after)


def split_of(total: Claim, parts: Sequence[Claim]) -> bool:
    """The parts count what the total counts and add up to near it: else they are read as a
    breakdown of another quantity, and no check is made."""
    return _alike(total, parts) and _near(total, parts)


_Side = Callable[[Claim, Sequence[Claim]], Bracket | None]


def _parts(counts: Sequence[Claim], side: _Side) -> tuple[list[Claim], list[Claim]] | None:
    """The counts before the first bracketed one, and the bracketed ones, when every count
    from the first bracketed one on has a bracket (read on ``side`` of it: ``_before`` for
    "7~18세 71명", ``_after`` for "71 aged 7 to 18") and the brackets tile every age."""
    first = _tiling_from([side(c, counts) for c in counts])
    if first is None or not _one_period(counts[first:]):
        return None
    return list(counts[:first]), list(counts[first:])


def _tiling_from(brackets: Sequence[Bracket | None]) -> int | None:
    """Where the brackets start, when every count from there on has one, two at least, and
    they tile every age ("0~6세 ..., 65세 이상": a list by age with no group left out)."""
    first = next((i for i, b in enumerate(brackets) if b is not None), None)
    if first is None:
        return None
    found = [b for b in brackets[first:] if b is not None]
    if len(found) != len(brackets) - first or len(found) < 2 or not _tiles(found):
        return None
    return first


def _one_period(parts: Sequence[Claim]) -> bool:
    """All the parts are read for one period: parts of two weeks are no breakdown of one."""
    return len({(p.period.start, p.period.end) if p.period else None for p in parts}) == 1


def _tiles(brackets: Sequence[Bracket]) -> bool:
    """From birth to the oldest, each bracket starting where the one before ends (or within
    ``_GAP`` years after it), none twice."""
    ordered = sorted(brackets, key=lambda b: (b.lo, b.hi))
    if ordered[0].lo != 0 or not math.isinf(ordered[-1].hi):
        return False
    return all(0 <= b.lo - a.hi <= _GAP and b.lo > a.lo
               for a, b in itertools.pairwise(ordered))


def _before(part: Claim, counts: Sequence[Claim]) -> Bracket | None:
    """The bracket that ends right before the part, after the figure before it."""
    at = part.at_in_sentence()
    if at < 0:
        return None
    start = _end_of_previous(part, counts)
    gap = part.sentence[start:at].casefold()
    matches = list(_pattern(part.language).finditer(gap))
    if not matches or len(gap[matches[-1].end():].strip()) > _NEAR_BEFORE:
        return None
    return _bracket(matches[-1])


def _after(part: Claim, counts: Sequence[Claim]) -> Bracket | None:
    """The bracket that opens right after the part, before the next count."""
    at = part.at_in_sentence()
    if at < 0:
        return None
    end = at + len(part.surface)
    later = [c.at_in_sentence() for c in counts if c.at_in_sentence() > at]
    gap = part.sentence[end:min(later, default=len(part.sentence))].casefold()
    found = _pattern(part.language).search(gap)
    if found is None or len(gap[:found.start()].strip()) > _NEAR_AFTER:
        return None
    return None if re.search(r"\d", gap[:found.start()]) else _bracket(found)


def _end_of_previous(part: Claim, counts: Sequence[Claim]) -> int:
    """Where the count before the part ends in the sentence (0 for the first)."""
    at = part.at_in_sentence()
    ends = [c.at_in_sentence() + len(c.surface) for c in counts if 0 <= c.at_in_sentence() < at]
    return max(ends, default=0)


def _bracket(found: re.Match[str]) -> Bracket:
    """The ages a matched bracket covers: a range, a bound (over or under), or a decade."""
    g = found.groupdict()
    if g["lo"] is not None:
        return Bracket(float(g["lo"]), float(g["hi"]))
    if g["over"] is not None or g["over2"] is not None:
        return Bracket(float(g["over"] or g["over2"]), math.inf)
    if g["under"] is not None or g["under2"] is not None:
        return Bracket(0.0, float(g["under"] or g["under2"]) - 1)
    return Bracket(float(g["decade"]), float(g["decade"]) + 9)


_GROUPS = ("lo", "hi", "over", "under", "over2", "under2", "decade")


def _number(name: str) -> str:
    """An age of one to three digits, as the named group (no part of a longer number)."""
    return rf"(?<![\d.,])(?P<{name}>\d{{1,3}})(?![\d]|[.,]\d)"


@lru_cache(maxsize=8)
def _pattern(language: str) -> re.Pattern[str] | None:
    """One pattern for the table's age brackets (casefolded text): "0~6세", "7 to 18 years",
    "65세 이상", "65 and over", "over 65", "9세 미만", "under 5", "20대". None without the
    table's ``age_units``."""
    table = conversion_table(language)
    if not table.get("age_units"):
        return None
    unit = rf"(?:\s*(?:{longest_first(table['age_units'])}))?"
    words = {key: longest_first(table.get(key, [])) for key in (
        "age_range_joins", "age_over_after", "age_under_after", "age_over_before",
        "age_under_before", "age_decades")}
    found = "|".join(f"(?:{f})" for f in _bracket_forms(words, unit))
    missing = [name for name in _GROUPS if f"?P<{name}>" not in found]
    return re.compile("|".join([found, *(f"(?P<{name}>(?!))" for name in missing)]))


def _bracket_forms(words: dict[str, str], unit: str) -> list[str]:
    """The patterns of the bracket forms the table gives words for (a range, a bound after or
    before the age, a decade), each naming its ages' groups: a language without a form
    ("20대" has no English match) leaves it out."""
    forms = []
    if words["age_range_joins"]:
        forms.append(rf"{_number('lo')}{unit}\s*(?:{words['age_range_joins']})\s*"
                     rf"{_number('hi')}{unit}")
    for key, name in (("age_over_after", "over"), ("age_under_after", "under")):
        if words[key]:
            forms.append(rf"{_number(name)}{unit}\s*(?:{words[key]})")
    for key, name in (("age_over_before", "over2"), ("age_under_before", "under2")):
        if words[key]:
            forms.append(rf"(?<!\w)(?:{words[key]})\s*{_number(name)}")
    if words["age_decades"]:
        forms.append(rf"{_number('decade')}(?:{words['age_decades']})")
    return forms


def _plain(claim: Claim) -> bool:
    """A stated exact or approximate value: a part or total a sum can read."""
    return (claim.role is VALUE and claim.value is not None and not claim.hedge
            and claim.approx in (Approx.exact, Approx.about) and claim.direction is None)


def total_ahead(ahead: Sequence[Claim], parts: Sequence[Claim]) -> Claim | None:
    """The last count before the parts in their sentence, when above every part."""
    above = [c for c in ahead if _above(c, parts)]
    return above[-1] if above else None


def total_before(parts: Sequence[Claim], earlier: Sequence[Sequence[Claim]], *,
                 any_time: bool = False) -> Claim | None:
    """The one value of the plain counts of the nearest earlier sentence that states any for
    the parts' period, above every part, and no base of a change. ``any_time``: the parts
    have no time of their own (``rest_list``), and a count of any stated period may be it."""
    period = parts[0].period
    if not any_time and not is_bounded(period):
        return None
    for sentence in earlier[:_LOOK_BACK]:
        found = [c for c in sentence if _may_total(c, parts, None if any_time else period)]
        if found:
            return one_value(found)
    return None


def _may_total(count: Claim, parts: Sequence[Claim], period: Period | None) -> bool:
    """A plain count of an earlier sentence, above every part, for the parts' period (any
    stated one when None), and no base of a change ("한 주 전(254명)보다": last week's count is
    no total of this week's)."""
    if not (count.unit == "count" and _plain(count) and _above(count, parts)
            and is_bounded(count.period) and not marked_base(count)):
        return False
    assert count.period is not None
    return period is None or (count.period.start, count.period.end) == (period.start,
                                                                        period.end)


def _near(total: Claim, parts: Sequence[Claim]) -> bool:
    """The parts add up to within ``_NEAR_TOTAL`` of the total: a sum far from it ("Deaths by
    age: 2 under 5, ..." after "436 cases") says the parts count another thing, not that the
    writer erred."""
    summed = sum(p.value or 0 for p in parts)
    return abs(summed - (total.value or 0)) <= _NEAR_TOTAL * (total.value or 0)


def _above(total: Claim, parts: Sequence[Claim]) -> bool:
    """The total is above every part (a total holds each of its parts)."""
    return all((total.value or 0) > (p.value or 0) for p in parts)


def _alike(total: Claim, parts: Sequence[Claim]) -> bool:
    """Parts that say what they count count what the total counts (shared concepts or
    lemmas): deaths by age are no breakdown of the cases."""
    named = [p for p in parts if _names_a_noun(p)]
    if not named or not total.counted.strip():
        return True
    lexicon = Lexicon.shipped()
    mine = set(lexicon.normalise(total.counted, total.language))
    return all(mine & set(lexicon.normalise(p.counted, p.language)) for p in named)


def _names_a_noun(part: Claim) -> bool:
    """The part's counted words hold more than its bracket's ("61 aged under 18" counts no
    noun: "aged under 18" is the bracket): a word that is no number nor a word of the table's
    ``age_*`` keys."""
    table = conversion_table(part.language)
    age = {w for key, words in table.items() if key.startswith("age_")
           for phrase in words for w in phrase.casefold().split()}
    return any(w not in age and not any(ch.isdigit() for ch in w)
               for w in part.counted.casefold().split())
