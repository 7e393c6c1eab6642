"""The day a toll was given, when its sentence says so: its as-of end (``claims.tolls``).

Disaster and epidemic copy tells a toll with its event in one sentence and the day the
authority gave it: "A 6.1 quake late Wednesday killed at least 23 people, a government agency
said Friday", "Au moins 87 personnes ont été tuées dans le séisme qui a frappé mercredi, a
déclaré vendredi un ministre", "selon un bilan communiqué vendredi soir", "산사태로 숨진 사람은
12명으로 늘었다고 소방청이 11일 밝혔다". The event's day is not the toll's time, nor is the
article's publication (the next morning, another time zone): the toll is what the source knew
on the day it spoke. The said day is a phrase right after a verb of saying (``announced``, the
table's ``announcement_verbs``), or, where the verb follows the day (Korean), a day right
before one of the counter table's ``said_after_day`` words ("8일 소방청에 따르면").

A day that closes the attribution after the toll is the source's too: "killed at least 23
people, according to the civil defence agency on Sunday", "ont fait 87 morts, selon un nouveau
bilan du ministère, dimanche vers 20h00". The attribution (the table's ``source_intro``) stands
after the figure, with no figure, no other clause and no comma but the one before the day
between it and the day; a day after an attribution that opens the sentence ("Selon la police,
samedi, 2 000 personnes ont défilé") is the figure's own.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from claims.clauses import CLAUSE_EDGE
from claims.counter_table import CounterContext, load_counter_table
from claims.lang import ExtractionTable, raw_table
from claims.models import Claim, Period, PeriodKind
from claims.periods import PeriodMatch, find_periods
from claims.said_days import said_day as said_before_its_verb
from claims.sentences import Sentence

_STORY_DAYS = 7  # how far back the day a source spoke may be: the story's, not an old report's
_ATTRIBUTION_CHARS = 90  # how long a source's name may run between "according to" and its day


def said_on(claim: Claim, published: date, table: ExtractionTable | None = None) -> Period | None:
    """The phrase of the one day the figure's sentence says it was given ("late on Sunday",
    "dimanche soir"), or None (no such day, or two different ones: which one is the figure's
    is not known). ``table``: the language's, to read a day that closes an attribution."""
    sentence = claim.sentence
    context = _said_after(claim.language)
    s = Sentence(0, len(sentence), sentence, 0)
    said = [
        p.period for p in find_periods(sentence, 0, claim.language, published)
        if _a_day(p) and (p.announced or (context is not None
                                           and said_before_its_verb(p, s, context))
                          or (table is not None and _closes_its_attribution(claim, p, table)))
    ]
    return said[0] if len({p.end for p in said}) == 1 else None


def _closes_its_attribution(claim: Claim, p: PeriodMatch, table: ExtractionTable) -> bool:
    """ "..., according to the Interior Ministry on Sunday", ", selon un nouveau bilan du
    ministère, dimanche soir": the day ends an attribution that follows the figure, with no
    figure, clause edge or comma (but the one right before the day) between them."""
    at = claim.at_in_sentence()
    if at < 0 or p.start < at + len(claim.surface):
        return False
    text = claim.sentence
    intros = list(table.source_intro_re.finditer(text, at + len(claim.surface), p.start))
    if not intros:
        return False
    between = text[intros[-1].end() : p.start].rstrip()
    between = between[:-1] if between.endswith(",") else between
    return (len(between) <= _ATTRIBUTION_CHARS and not any(ch.isdigit() for ch in between)
            and CLAUSE_EDGE.search(between) is None and "." not in between)


def _a_day(p: PeriodMatch) -> bool:
    """A single day (a weekday, a date, "yesterday"; "vendredi soir" too)."""
    period = p.period
    return period.end is not None and period.start in (None, period.end)


@cache
def _said_after(lang: str) -> CounterContext | None:
    """The counter table's words of saying that follow the day, for a language that has one."""
    if raw_table(lang).get("counters") is None:
        return None
    return load_counter_table(lang).context


def tallies_as_said(claims: list[Claim], published: date, table: ExtractionTable) -> None:
    """ "9일 외무부에 따르면 현재까지 집계된 사망자는 ...", "The ministry said on Sunday that 1,284
    people have died so far": a count its own phrase reads up to now ("현재까지", "so far", "à ce
    jour"; as of publication, no start) is up to when its source spoke, when its sentence says
    that day (a day of the story, before publication): the source's now, not the reader's."""
    for claim in claims:
        period = claim.period
        if not _up_to_now(claim, published):
            continue
        assert period is not None and period.end is not None
        said = said_on(claim, published, table)
        if said is None or said.end is None or not (
                published.toordinal() - _STORY_DAYS <= said.end.toordinal()
                < period.end.toordinal()):
            continue
        claim.period = period.model_copy(update={"end": said.end})


def _up_to_now(claim: Claim, published: date) -> bool:
    """A plain count whose own phrase reads it up to now: as of publication, no start."""
    period = claim.period
    return (claim.unit == "count" and period is not None and period.kind is PeriodKind.as_of
            and period.start is None and period.end == published
            and period.resolution == "relative" and claim.direction is None)
