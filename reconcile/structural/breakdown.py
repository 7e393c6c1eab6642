"""``breakdown``: a total the text splits into parts it states all of ("to cut 1,800 jobs. The
losses will fall on 1,100 shop roles and 500 roles at its head office"; "1 800 postes ... se
répartissent entre 1 100 postes en usine et 500 postes au siège"; "감원 인원은 공장 직원
1천100명, 본사 직원 500명으로 나뉜다"). The parts must add up to the total.

Only a split the text declares whole is read: a word of the language table's ``[conversion]
split`` ("split into", "se répartissent entre"; ``split_endings``: "으로 나뉜다") stands by the
parts, and no word of ``partial`` ("including", "notamment", "dont", "등") says the list names
only some of them: "80 morts, dont 12 enfants et 9 femmes" lists parts that need not add up,
and may overlap. The parts are the two or more plain counts on the side of the split word that
holds them; the total, the last plain count before them in the sentence (or the figure the
sentence opens on as its topic: "감원 인원 1천800명은"), else the last plain count of the
sentence before ("The losses" after "to cut 1,800 jobs"), larger than every part. The sum must
meet the total with each figure read at the rounding it is printed with.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import groupby

from claims.models import Approx, Claim, Modality
from reconcile.compare import canonical_interval, cite, claim_order
from reconcile.evidence_slots import claim_position
from reconcile.intervals import Interval
from reconcile.models import Finding, Verdict
from reconcile.periods import span
from reconcile.slim import event_concepts
from reconcile.structural.age_breakdown import age_split
from reconcile.structural.base import VALUE, Check, findings_per_article, fmt, join_all
from reconcile.structural.closed_list import (
    ALTERNATIVES,
    ANSWERS,
    EVERY,
    closed_split,
    names_the_rest,
)
from reconcile.structural.list_items import items, joins
from reconcile.structural.measures import counter_of, one_measure
from reconcile.structural.rest_list import rest_split
from reconcile.structural.table_words import alternatives, conversion_table, one_pattern

BREAKDOWN = "breakdown"
# A bracket right after a figure and its noun ("350 sièges (", "19석(", "67 seats ("): no
# figure, bracket or stop between them.
_BRACKET_AFTER = re.compile(r"[^\d().,;:!?]{0,30}?\(")
_MIN_PARTS = 2
_READ = (Approx.exact, Approx.about)
_MODALITIES = (Modality.stated, Modality.planned)


def breakdown_findings(claims: Sequence[Claim]) -> list[Finding]:
    """The splits of a stated total into stated parts, checked, numbered per article: the
    parts' sum must meet the total, each figure read with the rounding it is printed with
    ("1,100" and "500" allow 1,549.5 to 1,650.5; "1,800" allows 1,750 to 1,850)."""
    ordered = sorted(claims, key=claim_order)
    return findings_per_article(ordered, _checks, BREAKDOWN, "parts of a total")


def _checks(members: Sequence[Claim]) -> Iterator[Check]:
    """One check a sentence that states a split (or a breakdown by age that tiles every age:
    ``age_breakdown``): its figures, with the sentences before them (where "The losses will
    fall on ..." finds the total its sentence does not state)."""
    sentences = [list(figures) for _, figures in groupby(members, key=_sentence_of)]
    for n, figures in enumerate(sentences):
        yield from _sentence_checks(figures, sentences[n - 1::-1] if n else [])


def _sentence_checks(figures: list[Claim], before: list[list[Claim]]) -> Iterator[Check]:
    """The check of one sentence's figures (``before``: the sentences before it, nearest
    first): a split its words state, or by age, else a list its words close
    (``closed_list``), else totals with their parts in brackets, else a list closed by its
    rest (``rest_list``)."""
    previous = before[0] if before else []
    split = _split(figures, previous, [c for sentence in before for c in sentence])
    if split is None:  # a list by age that tiles every age names all its parts
        split = age_split(figures, before)
    if split is not None and _all_read(*split):
        yield _check(*split)
        return
    closed = closed_split(figures, previous)
    if closed is not None and _all_read(closed[0], closed[1]):
        yield from _closed_check(*closed)
        return
    listed = _listed_after_mark(figures)
    told = list(_listed_check(*listed) if listed is not None else _bracketed_checks(figures))
    yield from told
    rest = None if told or listed is not None else rest_split(figures, before)
    if rest is not None and _all_read(*rest):
        yield _check(*rest)  # a list closed by its rest: every part named


def _listed_after_mark(figures: Sequence[Claim]) -> tuple[Claim, list[Claim]] | None:
    """A total and the list a mark of the table's ``[conversion] list_marks`` opens right
    after it ("Ces attaques ont fait 1 013 victimes, en majorité des ovins : 941 brebis, 48
    caprins et 16 bovins"; "47 deaths: 29 in X, 12 in Y and six in Z"), or None. The total
    is the sentence's last count before the mark, no other figure between them; the parts
    are every count after it, two or more, each opening an item, the last joined by a
    ``part_joins`` word (the list closes); no ``partial`` word in the sentence ("in
    particular:", "dont", "including"); every part over the total's period and of its event
    ("310 wildfires this year: 150 in July and 130 in August" names some months only)."""
    if not figures:
        return None
    sentence, language = figures[0].sentence, figures[0].language
    mark = _list_mark(language)
    split, partial = _words(language)
    text = sentence.casefold()
    if mark is None or (partial is not None and partial.search(text)):
        return None
    if split is not None and split.search(text):
        return None  # a split word: ``_split`` reads it
    found = list(mark.finditer(text))
    if len(found) != 1:
        return None
    start = found[0].start()
    ahead = [c for c in figures if claim_position(c) < start]
    parts = [c for c in figures if claim_position(c) >= found[0].end()]
    if not ahead or len(parts) < _MIN_PARTS or any(c.unit != "count" for c in parts):
        return None
    total = ahead[-1]
    if total.unit != "count" or items(parts) != parts or not _closed_by_a_join(parts):
        return None
    if not all((total.value or 0) > (p.value or 0) for p in parts):
        return None
    if not all(_same_span(total, p) and _one_event(total, p) for p in parts):
        return None  # "310 wildfires this year: 150 in July and 130 in August"
    return (total, parts) if _all_read(total, parts) else None


def _one_event(total: Claim, part: Claim) -> bool:
    """The part names no event the total's excludes: "120 morts : 80 à Azilal et 40 à Tinghir,
    et 95 blessés" lists the injured after the dead, no part of them."""
    mine, its = set(event_concepts(total)), set(event_concepts(part))
    return not (mine and its) or bool(mine & its)


def _closed_by_a_join(parts: Sequence[Claim]) -> bool:
    """A ``part_joins`` word ("et", "and") stands between the last two parts."""
    joined = joins(parts[0].language)
    one, last = parts[-2], parts[-1]
    between = last.sentence[one.at_in_sentence() + len(one.surface): last.at_in_sentence()]
    return joined is not None and joined.search(between.casefold()) is not None


_NEAR_SHARE = 0.9  # a listed sum under this share of its total: the list may name only some


def _listed_check(total: Claim, parts: list[Claim]) -> Iterator[Check]:
    """A list after a mark: checked when its sum meets the total, exceeds it, or falls short
    of it by a little (at least ``_NEAR_SHARE`` of it: a slip in adding up, "941 + 48 + 16"
    for 1 013); a sum far below may be a list of the main parts only, and says nothing."""
    # a sum that meets the total or exceeds it is at or above the share too
    if sum(_whole_numbers(c).hi for c in parts) >= _NEAR_SHARE * _whole_numbers(total).lo:
        yield _check(total, parts)


def _closed_check(total: Claim, parts: list[Claim], closure: str) -> Iterator[Check]:
    """A list its words close (``closed_list``): checked in full when it names every part;
    for two opposite answers, only a sum that meets the total or exceeds it is said (a total
    of voters may hold blank ballots too); for the alternatives the total names, only a sum
    that meets it or falls short of it (the alternatives may overlap: "hospitalised or in
    intensive care")."""
    if closure == EVERY or _adds_up(total, parts):
        yield _check(total, parts)
    elif closure == ALTERNATIVES and not _exceeds_or_meets(total, parts):
        listed = join_all([cite([c]) for c in parts])
        added = fmt(sum(c.value or 0 for c in parts))
        yield Check(Verdict.conflict, BREAKDOWN, (total, *parts),
                    f"{listed}, the alternatives {cite([total])} is told as, add up to "
                    f"{added}: each of the total is one of them, so they cannot hold less.")
    elif closure == ANSWERS and _exceeds(total, parts):
        listed = join_all([cite([c]) for c in parts])
        added = fmt(sum(c.value or 0 for c in parts))
        yield Check(Verdict.conflict, BREAKDOWN, (total, *parts),
                    f"{listed}, two opposite answers out of {cite([total])}, add up to {added}: "
                    "parts that cannot overlap cannot hold more than their total.")


def _bracketed_checks(figures: Sequence[Claim]) -> Iterator[Check]:
    """Totals with their parts in brackets right after them ("350 sièges (308 pour A et 42 pour
    B)", "19석(연동형 12석과 병립형 7석)", "67 seats (35 for the coalition and 32 for the
    opposition)"). A list in brackets may name only some parts ("2,000 people (500 children and
    300 elderly)"), so only a sum that meets the total (consistent) or exceeds it (a conflict:
    parts cannot hold more than their whole) is said; a sum below it says nothing."""
    counts = _counts(figures)
    for total in counts:
        parts = _in_brackets_after(total, figures)
        if parts is None or not _all_read(total, parts):
            continue
        if any((p.value or 0) >= (total.value or 0) for p in parts):
            continue
        if _adds_up(total, parts) or _exceeds(total, parts):
            yield _check(total, parts)


def _in_brackets_after(total: Claim, figures: Sequence[Claim]) -> list[Claim] | None:
    """The parts in the brackets that open right after the total and its noun: two or more
    counts, each opening an item (``items``), every figure inside a count, and no word of the
    table's partial list inside ("(dont 308 ...)", "(including ...)", "(각 2석)")."""
    span = _bracket_after(total)
    if span is None:
        return None
    start, closed = span
    inside = [c for c in figures if c is not total and start <= c.at_in_sentence() < closed]
    if not _a_whole_list(inside, total.sentence[start:closed], total.language):
        return None
    parts = items(inside)
    return parts if len(parts) == len(inside) else None


def _a_whole_list(inside: Sequence[Claim], text: str, language: str) -> bool:
    """Two or more counts in the brackets' ``text``, and no word of the table's partial list
    ("(dont 308 ...)", "(including ...)", "(각 2석)")."""
    if len(inside) < _MIN_PARTS or any(c.unit != "count" for c in inside):
        return False
    _, partial = _words(language)
    return partial is None or not partial.search(text.casefold())


def _bracket_after(total: Claim) -> tuple[int, int] | None:
    """Where the text inside the brackets that open right after the total and its noun starts
    and ends ("350 sièges (308 pour A et 42 pour B)"); None without such brackets."""
    sentence = total.sentence
    end = total.at_in_sentence() + len(total.surface)
    opened = _BRACKET_AFTER.match(sentence, end)
    if total.at_in_sentence() < 0 or opened is None:
        return None
    closed = sentence.find(")", opened.end())
    return None if closed < 0 else (opened.end(), closed)


def _exceeds_or_meets(total: Claim, parts: Sequence[Claim]) -> bool:
    """The parts, read at their highest, reach the total's lowest: they may hold it all."""
    return sum(_whole_numbers(c).hi for c in parts) >= _whole_numbers(total).lo


def _exceeds(total: Claim, parts: Sequence[Claim]) -> bool:
    """The parts, read at their lowest, hold more than the total can."""
    return sum(_whole_numbers(c).lo for c in parts) > _whole_numbers(total).hi


def _split(
    figures: Sequence[Claim], before: Sequence[Claim], earlier: Sequence[Claim] = ()
) -> tuple[Claim, list[Claim]] | None:
    """The total and its parts a sentence states as a split, or None: the parts on the side of
    the split word that holds them ("split into 2,300 ... and 900"; "1천300명, 본사 직원 500명으로
    나뉜다"), the total before them in the sentence, else in the sentence before (``earlier``:
    every figure the article states before the sentence)."""
    counts = _counts(figures)
    ranked = bool(counts) and names_the_rest(counts[-1])
    at = _split_word_at(figures[0].sentence, figures[0].language, ranked_whole=ranked)
    sides = None if at is None else _parts_and_wholes(figures, before, *at)
    if sides is None:
        return None
    parts, wholes = sides
    parts = items(parts)
    total = _the_whole(wholes, parts)
    if len(parts) < _MIN_PARTS or total is None or not _all_read(total, parts):
        return None
    if ranked and not (_one_measure_each(total, parts) and _sole_total(total, parts, earlier)):
        return None  # a ranking closed by its rest: parts and total of one measure only
    return total, parts


def _sole_total(total: Claim, parts: Sequence[Claim], earlier: Sequence[Claim]) -> bool:
    """No other figure the article states before a ranked list, larger than every part, in
    the total's measure and period, has another value: with two ("사고 사망자 512명" and "질병
    사망을 포함한 전체 사망자 1,046명"; or a figure of a breakdown by another key, "50인 미만
    298명"), which one the list splits is not known."""
    return not any(c.value != total.value and c.direction is None and c.role is VALUE
                   and all((c.value or 0) > (p.value or 0) for p in parts)
                   and one_measure(c, total) and _same_span(c, total) for c in earlier)


def _one_measure_each(total: Claim, parts: Sequence[Claim]) -> bool:
    """The parts and the total are levels of one measure: no change among them ("13명
    감소"), one counter ("218명", not "235건"), one period."""
    return all(c.direction is None and one_measure(c, total)
               and _same_span(c, total) for c in parts)


def _same_span(one: Claim, other: Claim) -> bool:
    """Two figures over one period, or both undated."""
    return span(one.period) == span(other.period)


def _parts_and_wholes(
    figures: Sequence[Claim], before: Sequence[Claim], start: int, end: int
) -> tuple[list[Claim], list[Claim]] | None:
    """The counts that may be the parts, and those that may be their total, around the split
    word at ``start``-``end``: the parts after it ("split into 2,300 ... and 900"), their total
    before it in the sentence, else in the sentence before; or the parts before it ("공장 직원
    1천300명, 본사 직원 500명으로 나뉜다"), after the sentence's topic when it names the total
    ("감원 인원 1천800명은"), else with the sentence before's counts. None when neither side
    holds two counts."""
    counts = _counts(figures)
    after = [c for c in counts if claim_position(c) >= end]
    ahead = [c for c in counts if claim_position(c) < start]
    if len(after) >= _MIN_PARTS:
        return after, ahead or _counts(before)
    if after or len(ahead) < _MIN_PARTS:
        return None
    if _names_the_total(ahead[0]):  # the split word after its parts
        return ahead[1:], ahead[:1]
    return ahead, _counts(before)


def _counts(figures: Sequence[Claim]) -> list[Claim]:
    return [c for c in figures if c.unit == "count"]


def _all_read(total: Claim, parts: Sequence[Claim]) -> bool:
    """Every figure of the split is plain (``_plain``), and all of one modality: a planned
    total is not split into stated parts."""
    figures = [total, *parts]
    return all(_plain(c) for c in figures) and len({c.modality for c in figures}) == 1


def _the_whole(wholes: Sequence[Claim], parts: Sequence[Claim]) -> Claim | None:
    """The one of ``wholes`` larger than every part ("to cut 1,800 jobs and close 24 shops":
    the jobs, not the shops, hold parts of 1,100 and 500); None when none or several are (which
    one is split is not known). A base the text compares with ("109 400 en 2025, contre
    116 400 en 2024", "up from 3,500": its role is no value) is no total a split names."""
    larger = [c for c in wholes
              if c.role is VALUE and all((c.value or 0) > (p.value or 0) for p in parts)]
    if len(larger) > 1 and parts and counter_of(parts[0]):
        # "447명(421건) ..., 478명(452건)보다": the one of the parts' counter and period
        larger = [c for c in larger if c.direction is None and one_measure(c, parts[0])
                  and _same_span(c, parts[0])]
        if len({c.value for c in larger}) == 1:
            return larger[0]
    return larger[0] if len(larger) == 1 else None


def _names_the_total(claim: Claim) -> bool:
    """The figure is the sentence's topic, a particle of the table's ``[conversion]
    total_particles`` right after it ("감원 인원 1천800명은 ..."): the total the parts after it
    split."""
    rest = claim.sentence[claim_position(claim) + len(claim.surface):]
    return any(rest.startswith(p) for p in _total_particles(claim.language))


def _sentence_of(claim: Claim) -> tuple[int, str]:
    return claim.line, claim.sentence


def _check(total: Claim, parts: list[Claim]) -> Check:
    """Consistent when the parts' sum meets the total, each read at its printed rounding;
    else a conflict."""
    listed = join_all([cite([c]) for c in parts])
    added = fmt(sum(c.value or 0 for c in parts))
    said = f"{listed}, the parts {cite([total])} is split into, add up to {added}"
    figures = (total, *parts)
    if _adds_up(total, parts):
        return Check(Verdict.consistent, BREAKDOWN, figures, f"{said}.")
    return Check(Verdict.conflict, BREAKDOWN, figures,
                 f"{said}: the parts of a split stated whole must add up to the total.")


def _adds_up(total: Claim, parts: Sequence[Claim]) -> bool:
    """The parts' intervals summed meet the total's: the intervals allow the rounding each
    figure is printed with ("1,100" and "500" make 1,549.5 to 1,650.5)."""
    mine = _whole_numbers(total)
    intervals = [_whole_numbers(c) for c in parts]
    summed = Interval(sum(i.lo for i in intervals), sum(i.hi for i in intervals))
    return summed.meets(mine)


def _whole_numbers(claim: Claim) -> Interval:
    """The figure's interval (``canonical_interval``), to the whole numbers it holds for a
    count: "31" seats allows 30.5 to 31.5 as a printed figure, and only 31 as a count of whole
    things, so five parts do not stretch their sum by 2.5 ("25, 19, 12, seven and two" make
    65, which no rounding brings to 67); "1,100" still allows 1,050 to 1,150."""
    found = canonical_interval(claim)
    assert found is not None
    if claim.unit != "count" or math.isinf(found.hi):
        return found
    lo, hi = math.ceil(found.lo), math.floor(found.hi)
    if found.lo_open and found.lo.is_integer():
        lo += 1
    if found.hi_open and found.hi.is_integer():
        hi -= 1
    return Interval(lo, hi) if lo <= hi else found


def _plain(claim: Claim) -> bool:
    """A figure stated (or planned, as all of its split are: "will cut 3,200 jobs, split
    into ..."), not hedged, exact or about: a part or total the sum can read."""
    return (claim.role is VALUE and claim.modality in _MODALITIES and not claim.hedge
            and claim.approx in _READ and claim.value is not None
            and canonical_interval(claim) is not None)


def _split_word_at(sentence: str, language: str, *,
                   ranked_whole: bool = False) -> tuple[int, int] | None:
    """Where the sentence's split word starts and ends, when it has one and no word saying
    the list is partial; else None. ``ranked_whole``: the last part names the rest ("기타 업종
    96명"), so a ranking's words ("가장 많았고") leave the list whole."""
    split, partial = _words(language)
    if ranked_whole:
        partial = _unranked_partial(language)
    text = sentence.casefold()  # same length as the sentence: positions carry over
    if split is None or (partial is not None and partial.search(text)):
        return None
    found = split.search(text)
    return None if found is None else (found.start(), found.end())


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language table's split words (``split``; ``split_endings`` attach to the word
    before them: "500명으로 나뉜다") and partial-list words, as patterns on casefolded text."""
    table = conversion_table(language)
    split = [alternatives(table.get("split", []), bounded=True),
             alternatives(table.get("split_endings", []), bounded=False)]
    partial = [alternatives(table.get("partial", []), bounded=True),
               alternatives(table.get("partial_endings", []), bounded=False)]
    return one_pattern(split), one_pattern(partial)


@lru_cache(maxsize=8)
def _unranked_partial(language: str) -> re.Pattern[str] | None:
    """The partial-list words but those that only rank the parts (``[conversion] ranking``:
    "가장", "순이었다"): a list ranked and closed by its rest names every part."""
    table = conversion_table(language)
    ranking = set(table.get("ranking", []))
    return one_pattern([
        alternatives([w for w in table.get("partial", []) if w not in ranking], bounded=True),
        alternatives(table.get("partial_endings", []), bounded=False)])


@lru_cache(maxsize=8)
def _list_mark(language: str) -> re.Pattern[str] | None:
    """The table's ``[conversion] list_marks`` (":") followed by a space: a list opens."""
    marks = conversion_table(language).get("list_marks", [])
    return re.compile("|".join(rf"{re.escape(m)}(?=\s)" for m in marks)) if marks else None


@lru_cache(maxsize=8)
def _total_particles(language: str) -> tuple[str, ...]:
    """The table's ``[conversion] total_particles`` (none when the language has no table)."""
    return tuple(conversion_table(language).get("total_particles", []))
