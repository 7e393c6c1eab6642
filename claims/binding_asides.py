"""What frames nothing after it in the article's frame pass (``claims.binding_frames``): a
forecast or a plan ahead of the story's time, a figure looking back to a time over before the
story's that the story's figure is compared with, a time still to come, a streak's length, and
the flashback a sentence in the pluperfect makes."""

from __future__ import annotations

import re
from datetime import date

from claims.binding_totals import FRAMES, stated_period
from claims.clauses import claim_clause, clause_start
from claims.frame_slots import REPORT
from claims.lang import ExtractionTable
from claims.lexicon import Lexicon
from claims.models import Claim, Period, PeriodKind, Role
from claims.sentence_memo import found_between


def looks_ahead(claim: Claim, table: ExtractionTable) -> bool:
    """A forecast or a plan in the figure's own clause ("The ministry expects exports to grow
    4 percent this year"): its time is ahead of the story's, and frames no figure after it."""
    clause = claim_clause(claim)
    return clause is not None and found_between(table.forecast_re, claim.sentence, *clause)


def of_another_time(claim: Claim, frame: Period | None, table: ExtractionTable) -> bool:
    """ "Lors du précédent scrutin, la participation avait atteint 47,5 %", "Un sondage donnait
    le oui à 46 %", "alors que la loi en exigeait 12", after a day's results: the sentence up
    to the claim's clause names a poll, an earlier vote or a threshold, or the clause looks
    back before the frame's day (a pluperfect): it is not of that day, nor of a figure of the
    same value or a whole said elsewhere."""
    clause = claim_clause(claim)
    if clause is None:
        return False
    text, (left, right) = claim.sentence, clause
    if found_between(table.not_result_re, text, 0, right):  # "Lors du précédent scrutin" too
        return True
    return frame is not None and frame.kind is PeriodKind.day and found_between(
        table.flashback_re, text, left, right
    )


def comparisons_only(
    claims: list[Claim], baselines: set[str] | frozenset[str], table: ExtractionTable,
    ahead: set[str] | frozenset[str] = frozenset(),
) -> set[str]:
    """Sentences that do not move the story's time, so that the frame of the sentence before
    goes on past them ("Cargo flights rose 3.3 percent to 14,210."): those whose dated figures
    are all baselines ("The total, up from 2.19 million a year earlier, reached 91 percent of
    its 2019 level."), forecasts, or looks back at a time over before the story's ("The rise
    followed a 4.2% gain in September", after October's figures); and those whose only
    figures are the lengths of streaks, with no period of their own ("The country has logged a
    trade surplus for 19 months in a row.")."""
    by_sentence: dict[str, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    asides: set[str] = set()
    story: Period | None = None  # the time of the latest sentence that framed the story
    for sentence, group in by_sentence.items():
        stated = [c for c in group if _a_stated_value(c, baselines)]
        framing = [
            c for c in stated if c.id not in ahead and not _looks_back(c, story, table)
        ]
        if _an_aside(group, stated, framing, baselines, table):
            asides.add(sentence)
        if framing:
            story = framing[0].period
    return asides


def an_earlier_reading(claim: Claim | None, seen: list[Claim]) -> bool:
    """ "Vendredi soir, les secours faisaient encore état de 17 morts", after "Le bilan de
    l'effondrement s'est alourdi samedi à 23 morts": a toll or a stock as of a day before the
    one the article already gave the same count at is an earlier reading of it, which the story
    does not go on about (the next sentence's toll is still Saturday's)."""
    end = _as_of_day(claim)
    if claim is None or end is None:
        return False
    return any(
        (later := _as_of_day(c)) is not None and later > end
        and c.unit_label == claim.unit_label and _same_count(c, claim) for c in seen
    )


def looked_back_from(claim: Claim, seen: list[Claim]) -> Claim | None:
    """ "By noon on Tuesday, 4,160 people had been treated. At 9 p.m. on Monday the count had
    stood at 2,870.", "전날 오후 9시에는 4610명이었다", "Mardi soir, le ministère faisait état
    de 4 610 personnes soignées": a count that names nothing it counts but what the later count
    does (no word past "people", "집계", or the later count's "soignées"), read at a day before
    a count told just before it (earlier in its sentence, or in the sentence before), is that
    count's earlier reading, a look back: "Of those treated, 312 ..." points at the later count
    (4,160), and a Korean figure with no time of its own goes on with the later count's.
    Returns the later count; None when the claim is no such reading."""
    end = _point_day(claim)
    if end is None or claim.unit != "count":
        return None
    own = _concepts(claim)
    sentences = list(dict.fromkeys(c.sentence for c in seen))
    if claim.sentence not in sentences:
        return None
    at = sentences.index(claim.sentence)
    near = set(sentences[max(0, at - 1) : at + 1])
    # by identity: a claim equal in every field to another (a copy) is not this one
    at = next((i for i, c in enumerate(seen) if c is claim), None)
    before = seen[:at] if at is not None else seen
    return next((
        c for c in reversed(before)
        if c.sentence in near and c.unit_label == claim.unit_label and c.role is Role.value
        and own <= _concepts(c) and (later := _point_day(c)) is not None and later > end
    ), None)


def _point_day(claim: Claim) -> date | None:
    """The day a count stood at or was counted on, for a figure read at one point of time (as
    of a day, or on one day); None for a window or no period."""
    day = _as_of_day(claim)
    if day is not None:
        return day
    period = claim.period
    one_day = period is not None and period.kind is PeriodKind.day and period.start == period.end
    return period.end if one_day and period is not None else None


def _as_of_day(claim: Claim | None) -> date | None:
    """The day a toll or a stock stood at ("s'est alourdi samedi à 23 morts": Saturday), None
    for a figure of another kind of period or of none."""
    period = claim.period if claim is not None else None
    if period is None or period.kind is not PeriodKind.as_of:
        return None
    return period.end


def _same_count(one: Claim, other: Claim) -> bool:
    """Two figures count the same thing: the same counted words, or a concept of what they
    count or of what happened to it in common ("24 dead" and "the death toll", "die"), other
    than a generic one ("people")."""
    if one.counted and one.counted == other.counted:
        return True
    return bool(_concepts(one) & _concepts(other))


def _concepts(claim: Claim) -> set[str]:
    """The concepts of what the figure counts and of what happened to it ("dead", "die"), but
    for those too general to say two figures count one thing (``_TOO_GENERAL``)."""
    frame = claim.frame
    if frame is None:
        return set()
    slots = (frame.counted, frame.event)
    return {c for slot in slots if slot is not None for c in slot.concepts} - _TOO_GENERAL


# "people", "persons", a report: concepts any two tolls share, whatever they count
_TOO_GENERAL = Lexicon.default_generic() | {REPORT}


def _a_stated_value(claim: Claim, baselines: set[str] | frozenset[str]) -> bool:
    """A value with a period a phrase gave, no baseline."""
    return claim.role is Role.value and stated_period(claim.period) and claim.id not in baselines


def _an_aside(
    group: list[Claim], stated: list[Claim], framing: list[Claim],
    baselines: set[str] | frozenset[str], table: ExtractionTable,
) -> bool:
    """A sentence's figures are forecasts and looks back only (stated, none framing), or,
    stating none, baselines or lengths of streaks with no period of their own."""
    if stated:
        return not framing
    return any(c.id in baselines for c in group) or all(
        _a_streak(c, table) and not stated_period(c.period) for c in group
    )


def _looks_back(claim: Claim, story: Period | None, table: ExtractionTable) -> bool:
    """A figure of a time over before the story's began, which its clause gives as what the
    story's figure follows or is compared with ("The rise followed a 4.2% gain in September",
    after October's figures); not a past figure the story goes on about ("In 2023, the median
    income was $84,500")."""
    period = claim.period
    if (
        story is None or story.start is None or period is None or period.end is None
        or period.end >= story.start
    ):
        return False
    at = claim.at_in_sentence()
    if at > 0 and table.lookback_re.search(claim.sentence, clause_start(claim.sentence, at), at):
        return True
    return at >= 0 and followed_by_a_lookback(claim.sentence, at + len(claim.surface), table)


def followed_by_a_lookback(text: str, end: int, table: ExtractionTable) -> bool:
    """A link after the figure, or after the list of earlier figures it opens, says the story's
    figure follows it ("1분기 0.4%, 2분기 0.5%에 이어", "1.7%를 기록한 이후"): within
    ``LIST_REACH`` characters, in the same clause."""
    window = text[end : end + LIST_REACH]
    found = table.lookback_after_re.search(window)
    return found is not None and _CLAUSE_STOP.search(window, 0, found.start()) is None


_CLAUSE_STOP = re.compile(r"[;:]|\.(?!\d)")  # not the point of "0.6%"
LIST_REACH = 24  # "0.4%, 2분기 0.5%에 이어": the rest of a short list of earlier figures


def _a_streak(claim: Claim, table: ExtractionTable) -> bool:
    """ "for 19 months in a row", "for 94 straight months": the length of a streak."""
    at = claim.at_in_sentence()
    return at >= 0 and table.streak_re.match(claim.sentence, at + len(claim.surface)) is not None


def still_to_come(period: Period | None, published: date | None) -> bool:
    """A time after publication ("Au second tour, dimanche 22 mars, trois listes pourront se
    maintenir", read on the 17th): what the sentences after it count cannot have happened
    then, so it frames nothing."""
    return (
        period is not None and published is not None and period.start is not None
        and period.start > published
    )


def main_unless_looking_back(frame: Claim | None, first: Claim | None) -> Claim | None:
    """The frame a sentence leaves: its latest dated figure, unless that one looks back to a
    time over before the sentence's first figure's ("48,7 % dimanche, contre 41,2 % au premier
    tour et 39,9 % lors des municipales de 2020"; "1,0 % sur un an en octobre, après 1,2 % en
    septembre"): the news goes on about the first one's time, not the look back."""
    if frame is None or first is None or first.sentence != frame.sentence or first is frame:
        return frame
    back, main = frame.period, first.period
    if back is None or main is None or back.end is None or main.start is None:
        return frame
    return first if back.end < main.start else frame


def after_flashback(
    frame: Claim | None,
    story: Claim | None,
    sentence: str,
    continuing: set[str] | frozenset[str],
    table: ExtractionTable,
) -> tuple[Claim | None, Claim | None]:
    """The story's frame kept across a flashback, and the frame of ``sentence``: after a
    sentence telling what had happened before ("Le 27 février, les autorités avaient recensé
    1,27 million de manifestants."), news goes back to its own time, the frame before the
    flashback, not the flashback's day ("À Lyon, 21 000 personnes ont défilé.")."""
    if frame is None:
        return (story if sentence in continuing else None), None
    recalled = frame.period is not None and frame.period.kind in FRAMES
    if not recalled or not table.flashback_re.search(frame.sentence):
        return frame, frame  # "avaient été annoncés à la date du 27 juin": a state, as of
    if _a_past_span_left(frame, story, sentence, table):
        return story, None
    if story is None or table.flashback_re.search(sentence):
        return story, frame  # the flashback goes on, or nothing came before it
    if story.period is None or story.period.kind is not PeriodKind.day:
        return story, frame  # only the day of the story's event is sure to be resumed
    return story, story


def _a_past_span_left(
    frame: Claim, story: Claim | None, sentence: str, table: ExtractionTable
) -> bool:
    """A flashback to a span of time (a past year or month: "Cette année-là, 29 650 cas
    avaient été confirmés"), left by a sentence not in the pluperfect, with no day of the
    story's event to resume: the news has left that time, and no period is surely the next
    figures' ("Quelque 230 agents sont mobilisés"), so none frames them."""
    if frame.period is None or frame.period.kind is PeriodKind.day:
        return False
    if table.flashback_re.search(sentence):
        return False
    return story is None or story.period is None or story.period.kind is not PeriodKind.day
