"""What a change rate is compared with, when its words say it: the figure the rate's own
comparative governs ("18% higher than the 31,200 people", "up 29% on the 16,300 claims",
"1년 전(151만8천200명)보다 8.2% 늘어난", "전월(98만명) 대비 22.9%"). That figure is the
rate's base, and never the level of it nor of another rate of the sentence: in "This is 18%
higher than the 31,200 ..., but 12% lower than the 41,900 ...", each rate compares the
subject ("This", the total the sentence before states) with its own comparand, and the two
comparands are no change of each other.

The level is then the plain figure of the rate's sentence that is no comparand and no
restatement of a change ("22.9%(22만4천명)": the amount in brackets is the change again),
else, when the sentence refers back to the one before ("This is", "C'est", "이는", "... 늘어난
규모다"), that sentence's one such figure in the comparand's unit. Precision first: one
comparand, one level value, the level no earlier than the comparand; else no reading, and
the check says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claims.models import Claim, Role
from reconcile.periods import is_bounded
from reconcile.structural.base import CHANGE_RATE_UNITS, VALUE, one_value
from reconcile.structural.table_words import alternatives, conversion_table, longest_first

_MAX_GAP_WORDS = 4  # "higher than the", "de plus que les": the comparative and its article
_SPACE = "\u00a0\u202f"
_DIGIT = re.compile(r"\d")


def own_comparand(rate: Claim, sentence: Sequence[Claim]) -> Claim | None:
    """The figure the rate's comparative governs: right after the rate, the words between
    them ending with a ``[conversion] compared_before`` word ("higher than the"); or right
    before it, the words between them opening with a ``base_after`` word ("(…)보다 8.2%",
    "… 대비 22.9%"). None when there is none, or two."""
    found = [c for c in sentence if _may_be_compared(c) and (
        _governed_after(rate, c) or _governed_before(rate, c))]
    return found[0] if len(found) == 1 else None


def comparands(sentence: Sequence[Claim]) -> set[str]:
    """The ids of the figures of the sentence that some change rate of it is compared with."""
    found: set[str] = set()
    for rate in sentence:
        if is_rate(rate):
            compared = own_comparand(rate, sentence)
            if compared is not None:
                found.add(compared.id)
    return found


def is_rate(claim: Claim) -> bool:
    """A change told as a rate: a percentage with a direction, a plain value."""
    return (claim.unit == "percent" and claim.direction is not None and claim.role is VALUE
            and claim.value is not None)


def restates_a_change(claim: Claim, sentence: Sequence[Claim]) -> bool:
    """The figure is a percentage's amount in brackets right after it ("22.9%(22만4천명)"),
    or the percentage in brackets right after the figure ("4만명(1.9%)"): the change
    told twice, not a level."""
    for other in sentence:
        if other.id == claim.id or other.unit not in CHANGE_RATE_UNITS:
            continue
        if _bracketed_after(other, claim) or _bracketed_after(claim, other):
            return True
    return False


def level_of(
    rate: Claim, comparand: Claim, sentence: Sequence[Claim],
    earlier: Sequence[Sequence[Claim]] = (),
) -> Claim | None:
    """The level a rate compared with ``comparand`` describes: the one value of the plain
    figures of its sentence in the comparand's unit that are no comparand and no change told
    twice; else, when the sentence has none and refers back, the one such value of the
    sentence before; else, for a comparand in brackets (an aside giving the value of the time
    the rate compares with: "compared to May (22,451)", "지난해 같은 기간(1천600명)보다"), the one
    told for the rate's own time in the nearest earlier sentence that tells one
    (``_told_before``). None when the level found ends before the comparand. ``earlier``: the
    sentences before the rate's, nearest first."""
    mine = _levels(sentence, comparand)
    if mine:
        level = one_value(mine)
    elif earlier and refers_back(rate):
        level = one_value(_levels(earlier[0], comparand))
    elif _in_brackets(comparand):
        level = _told_before(rate, comparand, earlier)
    else:
        level = None
    if level is None or _ends_before(level, comparand):
        return None
    return level


def _in_brackets(claim: Claim) -> bool:
    """The figure stands right after an opening bracket ("May (22,451)", "기간(1천600명)")."""
    at = claim.at_in_sentence()
    return at > 0 and claim.sentence[:at].rstrip(f" {_SPACE}").endswith("(")


def _told_before(
    rate: Claim, comparand: Claim, earlier: Sequence[Sequence[Claim]]
) -> Claim | None:
    """The level of a rate whose sentence states no level ("Total arrivals in June increased
    by 11% compared to May (22,451)" after "In June 24,583 people arrived"): the one value of
    the plain figures of the nearest earlier sentence that states any in the comparand's unit
    for the rate's own bounded time, leaving out the parts of a whole ("Among those, 1,554
    ..."), which no total's change describes."""
    if not is_bounded(rate.period):
        return None
    span = (rate.period.start, rate.period.end)
    for before in earlier:
        found = [c for c in _levels(before, comparand) if c.antecedent is None
                 and c.period is not None and (c.period.start, c.period.end) == span]
        if found:
            return one_value(found)
    return None


def refers_back(rate: Claim) -> bool:
    """The rate's sentence opens on a word that refers back to the figure before
    (``[conversion] refers_back``: "This is", "C'est", "이는"), or ends on a noun that does
    (``refers_back_endings``: "... 늘어난 규모다", "증가한 수치다")."""
    opening, ending = _back_words(rate.language)
    text = " ".join(rate.sentence.casefold().split())
    return bool((opening is not None and opening.match(text))
                or (ending is not None and ending.search(text)))


def _levels(sentence: Sequence[Claim], comparand: Claim) -> list[Claim]:
    """The plain figures of the sentence in the comparand's unit that are no rate's comparand,
    no base the text marks, and no change told twice."""
    compared = comparands(sentence)
    return [c for c in sentence if c.id != comparand.id and c.id not in compared
            and _may_be_compared(c) and c.unit == comparand.unit
            and not restates_a_change(c, sentence) and not marked_base(c)]


def _may_be_compared(claim: Claim) -> bool:
    """A plain level: a stated value, no change, no share, no rate per time."""
    return (claim.role in (VALUE, Role.comparison) and claim.direction is None
            and claim.per is None and claim.unit not in CHANGE_RATE_UNITS
            and claim.value is not None)


def _ends_before(level: Claim, comparand: Claim) -> bool:
    """Both periods known, and the level's ends before the comparand's: it is no later
    figure the rate could compare."""
    if level.period is None or comparand.period is None:
        return False
    ends = level.period.end, comparand.period.end
    return ends[0] is not None and ends[1] is not None and ends[0] < ends[1]


def _governed_after(rate: Claim, figure: Claim) -> bool:
    """The figure stands right after the rate, the few words between them ending with a
    ``compared_before`` word ("18% higher than the 31,200"), or it stands in brackets after
    such a word and the short phrase naming what is compared ("decreased by 17% compared to
    the previous month (25,611)", "en hausse de 0,9 point par rapport à octobre 2025 (4,9 %)"):
    ``_bracketed_comparand``."""
    gap = _between(rate, figure)
    words = _ending_on(rate.language, "compared_before")
    if gap is None or words is None:
        return False
    if _bracketed_comparand(gap, rate.language):
        return True
    if _DIGIT.search(gap) or any(p in gap for p in ",;:()"):
        return False
    gap = " ".join(gap.casefold().split())
    return len(gap.split()) <= _MAX_GAP_WORDS and words.search(gap) is not None


_MAX_NAMING_WORDS = 9  # "the figure reported at the end of June 2016": what is compared
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _bracketed_comparand(gap: str, language: str) -> bool:
    """The text between a rate and a figure opens (after the rate's noun, at most
    ``_MAX_GAP_WORDS`` words) on a ``compared_before`` word, and ends on a bracket that opens
    right before the figure; between them at most ``_MAX_NAMING_WORDS`` words that name what
    is compared, with no figure but a year and no other bracket or clause."""
    text = " ".join(gap.casefold().split())
    if not text.endswith("("):
        return False
    inside = text[:-1].rstrip(" ,")
    if any(p in inside for p in ";:()") or _DIGIT.search(_YEAR.sub("", inside)):
        return False
    for phrase in _words_of(language, "compared_before"):
        at = f" {inside} ".find(f" {phrase} ")
        if at < 0 or len(inside[:at].split()) > _MAX_GAP_WORDS:
            continue
        named = inside[at + len(phrase):].replace(",", " ").split()
        if 0 < len(named) <= _MAX_NAMING_WORDS:
            return True
    return False


@lru_cache(maxsize=16)
def _words_of(language: str, key: str) -> tuple[str, ...]:
    """The table's ``[conversion] key`` phrases, casefolded, longest first."""
    return tuple(sorted((w.casefold() for w in conversion_table(language).get(key, [])),
                        key=len, reverse=True))


def _governed_before(rate: Claim, figure: Claim) -> bool:
    """The figure stands right before the rate, the words between them a ``base_after`` word
    and at most a particle ("(151만8천200명)보다 8.2%", "190만명보다는 7.5%")."""
    gap = _between(figure, rate)
    if gap is None or _DIGIT.search(gap):
        return False
    gap = gap.strip(f" {_SPACE}").removeprefix(")").strip(f" {_SPACE}").casefold()
    word = _base_after(rate.language)
    found = None if word is None else word.match(gap)
    return found is not None and len(gap[found.end():].strip()) <= 1


def _bracketed_after(first: Claim, second: Claim) -> bool:
    """``second`` stands in brackets that open right after ``first`` ("22.9%(22만4천명)")."""
    gap = _between(first, second)
    return gap is not None and gap.strip(f" {_SPACE}") == "("


def _between(first: Claim, second: Claim) -> str | None:
    """The sentence's text from the end of ``first`` to the start of ``second``; None when
    they are not in one sentence in that order."""
    if (first.line, first.sentence) != (second.line, second.sentence):
        return None
    a, b = first.at_in_sentence(), second.at_in_sentence()
    if a < 0 or b < 0 or b < a + len(first.surface):
        return None
    return first.sentence[a + len(first.surface): b]


def marked_base(claim: Claim) -> bool:
    """A ``base_after`` word right after the figure ("(98만명) 대비"), or a ``base_before``
    word right before it ("compared with 2,000"): a base of some change, not its level."""
    at = claim.at_in_sentence()
    if at < 0:
        return False
    after = claim.sentence[at + len(claim.surface):].strip(f" {_SPACE}")
    after = after.removeprefix(")").strip(f" {_SPACE}").casefold()
    word = _base_after(claim.language)
    if word is not None and word.match(after):
        return True
    before = " ".join(claim.sentence[:at].casefold().split())
    marks = _ending_on(claim.language, "base_before")
    if marks is not None and marks.search(before) is not None:
        return True
    dated = _dated_base(claim.language)  # "par rapport à 2024 (326 600)"
    return dated is not None and dated.search(before) is not None


@lru_cache(maxsize=16)
def _dated_base(language: str) -> re.Pattern[str] | None:
    """A ``base_before`` word, the base's year and a bracket that opens right before the figure
    ("par rapport à 2024 (326 600)", "compared with 2024 (5,870)"): the figure is the base's
    level, told after the time it is of."""
    words = alternatives(conversion_table(language).get("base_before", []), bounded=True)
    year = r"(?:[^\W\d]+ )?(?:19|20)\d\d"
    return re.compile(rf"(?:{words}) {year} ?\($") if words else None


@lru_cache(maxsize=16)
def _ending_on(language: str, key: str) -> re.Pattern[str] | None:
    """The table's ``key`` words (``compared_before``, ``base_before``), whole, at the end of
    the text before a figure."""
    words = alternatives(conversion_table(language).get(key, []), bounded=True)
    return re.compile(rf"(?:{words})$") if words else None


@lru_cache(maxsize=8)
def _base_after(language: str) -> re.Pattern[str] | None:
    words = longest_first(conversion_table(language).get("base_after", []))
    return re.compile(rf"(?:{words})") if words else None


@lru_cache(maxsize=8)
def _back_words(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The table's ``refers_back`` openers and ``refers_back_endings``, as patterns."""
    table = conversion_table(language)
    opening = alternatives(table.get("refers_back", []), bounded=True)
    ending = longest_first(table.get("refers_back_endings", []))
    return (re.compile(rf"^(?:{opening})") if opening else None,
            re.compile(rf"(?:{ending})[.!]?$") if ending else None)
