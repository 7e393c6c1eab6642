"""A grammar of period phrases, found in a sentence and resolved to date intervals.

The phrases are data (``[extraction.periods].patterns`` in each language table: a regex template
and the kind of phrase it is, a ``Phrase``); this module expands the templates and finds them,
and ``claims.period_resolvers`` knows what each kind means in dates. A general date parser won't
do: dateparser reads French "sept" (seven) as September.

Relative phrases ("l'an dernier", "last week") need the publication date; when it is unknown
they stay unresolved and say so, never resolved against today's date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from claims.deadlines import ends_a_term
from claims.lang import ExtractionTable, load_table
from claims.models import Period, PeriodKind
from claims.named_days import referred_holiday
from claims.period_grammar import WORD, candidate_matches, compiled_grammar
from claims.period_match import Match, shift
from claims.period_resolvers import later_day, resolve
from claims.period_words import Clauses, found_in, lowered_text, may_match
from claims.phrase_kinds import BASELINES, Phrase


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    """A period phrase found in a sentence: its span (absolute offsets) and what it resolves to."""

    start: int
    end: int
    kind: Phrase
    period: Period
    is_point: bool = False  # a moment (a day, the end of a month) rather than a span
    announced: bool = False  # the day something was said ("said Wednesday"), not a period
    step: str | None = None  # "the previous week": the unit a comparison steps back by
    steps: int = 1  # "deux ans plus tôt": how many of those units


def _referred(r: Match, previous: Sequence[Period], kind: Phrase) -> Period | None:
    """The earlier period a back reference means: the latest one, or, when the phrase gives a
    length ("cette période de sept mois"), the latest one that lasted that long."""
    if not previous:
        return None
    if r.group("n1") is None and r.group("unit1") is None:
        return _latest_told(previous, r.published)
    n = r.count()  # "for the quarter": one quarter
    if n is None:
        return previous[-1]
    wanted = shift(date(2001, 1, 1), r.unit(), n) - date(2001, 1, 1)
    for candidate in reversed(previous):
        if candidate.start and candidate.end:
            length = candidate.end - candidate.start + timedelta(days=1)
            if abs((length - wanted).days) <= 3:
                return candidate
    if kind is Phrase.named_unit:  # "Cette année-là", after "depuis 2021": that year
        return _unit_named(r.unit(), previous)
    return None  # "for the quarter" with no quarter before: nothing to carry


def _latest_told(previous: Sequence[Period], published: date | None) -> Period:
    """ "in the half", "during the period": the latest time said before that had ended by
    publication, not one still to come (a plan's deadline, "by the end of 2027"), else the
    latest ("à la même date" may be a past point)."""
    told = [p for p in previous if published is None or p.end is None or p.end <= published]
    return told[-1] if told else previous[-1]


def _unit_named(unit: str, previous: Sequence[Period]) -> Period | None:
    """The calendar unit a demonstrative ("that year", "cette année-là") points to when no
    period before lasted one: the one the latest window opening on that unit's first day
    names ("depuis 2021": 2021; "since January": January)."""
    for candidate in reversed(previous):
        start = candidate.start
        if start is None or not _opens_a(unit, start):
            continue
        end = shift(start, unit, 1) - timedelta(days=1)
        return Period(start=start, end=end, text=candidate.text, resolution="carried",
                      kind=PeriodKind.interval)
    return None


def _opens_a(unit: str, day: date) -> bool:
    """Whether a day is the first of its calendar unit (a year, a quarter, a month, a week)."""
    if unit == "year":
        return (day.month, day.day) == (1, 1)
    if unit == "quarter":
        return day.day == 1 and day.month % 3 == 1
    if unit == "month":
        return day.day == 1
    return unit == "week" and day.weekday() == 0


# "The same Saturday last year" is the Saturday 52 weeks back, not the date a year back.
WEEKS_A_YEAR_BACK = 52

_POINT_KINDS = frozenset({Phrase.month_part, Phrase.weekday, Phrase.ago, Phrase.day,
                          Phrase.relative_day, Phrase.unit_later})


_RECORD_SENSITIVE = frozenset({
    Phrase.since_day, Phrase.since_weekday, Phrase.since_month, Phrase.since_year,
    Phrase.yearref, Phrase.year, Phrase.year_to_date, Phrase.this_month,
    Phrase.trailing_window, Phrase.since_story,
})


def find_periods(
    sentence: str,
    offset: int,
    lang: str,
    published: date | None,
    previous: Sequence[Period] = (),
) -> list[PeriodMatch]:
    """Period phrases in a sentence, left to right, non-overlapping (earlier, then longer, wins).

    ``previous`` holds the periods of the preceding sentences, latest last, for phrases that
    refer back ("au cours de cette période de sept mois"). A phrase right after a verb of saying
    ("said Wednesday", "a annoncé lundi") is marked ``announced``: it dates the statement.
    """
    grammar = compiled_grammar(lang)
    table = load_table(lang).extraction
    if grammar.accentless is not None:  # "A la même époque": "À la même époque", same length
        sentence = grammar.accentless.sub(lambda m: table.periods.accentless_capitals[m[0]],
                                          sentence)
    found = candidate_matches(sentence, grammar, bool(table.periods.glued_particles))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    results: list[PeriodMatch] = []
    taken_until = -1
    for start, end, kind, m in found:
        if start < taken_until:
            continue
        if kind in _NO_PERIOD:  # "later this month": not "this month", and no period
            taken_until = end
            continue
        if kind in _RECORD_SENSITIVE and table.superlative_re.search(
            sentence, max(0, start - 60), start
        ):
            continue  # "the highest since 2019": a record's baseline, not a period
        if kind in _CALENDAR_KINDS and _dates_a_thing(sentence, start, end, table):
            taken_until = end  # "The tower, built in 1974, had 88 flats": the tower's year
            continue
        if kind is Phrase.weekday and not m.groupdict().get("last1") and ends_a_term(
                sentence, start, lang):
            taken_until = end  # "reconduit la grève jusqu'à vendredi": a term ahead
            continue
        found_match = _phrase(m, kind, sentence, offset, table, lang, published, previous, results)
        if found_match is not None:
            results.append(found_match)
            taken_until = end
    return results


# Phrases that take their words from other phrases and date nothing: a time to come ("later
# this month"), an index's base year ("108.7(2020년=100)").
_NO_PERIOD = frozenset({Phrase.future, Phrase.index_base})

# Phrases naming a year or months, which a participle may tie to a thing ("built in 1974").
_CALENDAR_KINDS = frozenset({
    Phrase.year, Phrase.year_range, Phrase.split_year, Phrase.month, Phrase.month_part,
    Phrase.season,
})
_CLAUSE_EDGE = re.compile(r"[,;:(\u2014\u2013]")
_OWN_NOUN_AHEAD = re.compile(r"\s+[^\W\d_]+\s+\d")  # a participle's noun, then a figure


def _dates_a_thing(sentence: str, start: int, end: int, table: ExtractionTable) -> bool:
    """Whether a year or month is a property of a thing, told by the participle next to it
    ("The tower, built in 1974, had 88 flats", "X was founded in 1850", "créée en 1901",
    "1974년 지어진"): it dates that thing, so no figure of the sentence and none after it. Not
    when the participle hangs on a figure's own noun ("3,400 homes built in 2023", "les 120
    enquêtes ouvertes en 2024"): a figure stands in its clause before it."""
    before = sentence[:start]
    said = table.attribute_re.search(before)
    if said is None:  # "1974년 지어진 이 아파트에는": a noun phrase, unless its one noun
        after = table.attribute_after_re.match(sentence, end)  # leads a figure ("주택 3만 채")
        return after is not None and not _OWN_NOUN_AHEAD.match(sentence, after.end())
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(before, 0, said.start())]
    return not any(ch.isdigit() for ch in before[edges[-1] if edges else 0:said.start()])


def _earlier(
    kind: Phrase, previous: Sequence[Period], results: list[PeriodMatch]
) -> Sequence[Period]:
    """The periods a phrase may refer back to: the sentences' before, and this sentence's too
    for "the next day" ("On May 1 ... and the next day") and for "that year" (but no
    baseline's: "a 2023 report ... that year")."""
    if kind is Phrase.unit_later:
        return [*previous, *(r.period for r in results)]
    if kind is Phrase.named_unit:
        return [*previous, *(r.period for r in results if r.kind not in BASELINES)]
    return previous


def _phrase(
    m: re.Match[str],
    kind: Phrase,
    sentence: str,
    offset: int,
    table: ExtractionTable,
    lang: str,
    published: date | None,
    previous: Sequence[Period],
    results: list[PeriodMatch],
) -> PeriodMatch | None:
    """The phrase one match reads, or None when it resolves to no period."""
    start, end = m.start(), m.end()
    match = _match(m, kind, table, lang, published, _earlier(kind, previous, results))
    if match is None:
        return None
    announced = _announced(sentence, start, end, kind, table)
    reader = Match(m, table, lang, published) if kind is Phrase.unit_earlier else None
    step = _step(reader) if reader is not None else None
    steps = (reader.count() or 1) if reader is not None else 1
    if kind is Phrase.same_weekday:  # "le même samedi l'an dernier": 52 weeks back
        step, steps = "week", WEEKS_A_YEAR_BACK
    return PeriodMatch(
        offset + start, offset + end, kind, match, kind in _POINT_KINDS, announced, step, steps,
    )


# Phrases that set the scene of the sentences after them: days of events.
SCENE_KINDS = frozenset({
    Phrase.day, Phrase.weekday, Phrase.relative_day, Phrase.day_range, Phrase.day_pair,
    Phrase.weekday_range, Phrase.weekend, Phrase.unit_later,
})


def may_name_a_day(sentence: str, lang: str) -> bool:
    """Whether a sentence may name the day of an event (a weekday, a month, "yesterday", "the
    next day"): the cheap test before reading a sentence without figures for its day (most
    have none)."""
    day_words, scene_patterns = _day_cues(lang)
    lowered = lowered_text(sentence)
    if not day_words.isdisjoint(WORD.findall(sentence.lower() if lowered is None else lowered)):
        return True
    return any(
        pattern.search(sentence)
        for pattern, required, strings in scene_patterns
        # the words a match must hold, looked for first (claims.period_words), as
        # candidate_matches does: most sentences hold none ("le lendemain", "the next day")
        if lowered is None or may_match(required, found_in(strings, lowered))
    )


@cache
def _day_cues(
    lang: str,
) -> tuple[frozenset[str], tuple[tuple[re.Pattern[str], Clauses, frozenset[str]], ...]]:
    """The words that may open a day's phrase (weekdays, months, "yesterday"), and the
    patterns of scene phrases that need no such word, in the grammar's order, each with the
    words any of its matches holds: picked once per language, not out of every pattern for
    every sentence (speed)."""
    grammar = compiled_grammar(lang)
    words = grammar.slots["weekday"] | grammar.slots["month"] | grammar.slots["relday"]
    patterns = tuple(
        (pattern, required, frozenset(w for clause in required for w in clause))
        for pattern, kind, needs, _, required in grammar.patterns
        if kind in SCENE_KINDS and not needs
    )
    return words, patterns


def _step(reader: Match) -> str:
    """The unit a comparison steps back by: the one it names, else a day ("la veille")."""
    named = any(reader.group(f"unit{i}") for i in (1, 2, 3))
    return reader.unit() if named else "day"


_DAY_LIKE = frozenset({Phrase.day, Phrase.weekday, Phrase.relative_day})
_DIGIT = re.compile(r"\d")


def _announced(sentence: str, start: int, end: int, kind: Phrase, table: ExtractionTable) -> bool:
    """Whether a phrase dates a statement: right after a verb of saying ("said Wednesday"), a
    day naming a report ("in its Wednesday report", "Tuesday's bulletin"), or a day opening a
    clause that says a report was published ("Le 26 août, l'association a
    publié un rapport ... 220 000")."""
    said = table.announcement_re.search(sentence[:start])
    if said is not None:
        before = sentence[: said.start()].split()
        counted = {n.lower() for n in table.periods.counted_before_saying}
        last = before[-1].lower().strip(",;:") if before else ""
        # "were confirmed in May"; "the jobs added last month"; "up from 18 reported on
        # Sunday" (a participle right after a figure): counted, not said
        return not (last in table.passive_auxiliaries_set or last in counted
                    or last[:1].isdigit())
    return kind in _DAY_LIKE and _a_report_day(sentence, start, end, table)


def _opens_its_clause(sentence: str, start: int) -> bool:
    """The phrase at ``start`` opens its sentence or a clause set off before it ("Le 26 août,
    l'association a publié", "Separately, on Aug. 26, the group published")."""
    edges = list(_CLAUSE_EDGE.finditer(sentence, 0, start))
    opened = edges[-1].end() if edges else 0
    return not sentence[opened:start].strip()


def _a_report_day(sentence: str, start: int, end: int, table: ExtractionTable) -> bool:
    """A day a report was published by someone, a day naming a report, or a day before a
    verb saying a report was published."""
    by = table.announced_by_re
    if by is not None and by.search(sentence, max(0, start - 120), start):
        return True  # "le rapport publié par Santé publique France ce jeudi 16 août"
    inverted = table.announced_inverted_re
    if inverted is not None and inverted.search(sentence, max(0, start - 120), start):
        return True  # ", indique le Secrétariat d'Etat à l'économie (Seco) lundi"
    if table.report_noun_re.match(sentence, end):
        return True  # "said in its Wednesday report", "Tuesday's bulletin": a report's day
    digit = _DIGIT.search(sentence, end)
    stop = digit.start() if digit else len(sentence)
    if not _opens_its_clause(sentence, start):
        # a day inside its clause ("survived a recall vote on Saturday after ..., according to
        # results released early Sunday") dates that clause's own verb: a report verb past the
        # clause's end is another clause's, often a participle ("results released by ...")
        edge = _CLAUSE_EDGE.search(sentence, end, stop)
        stop = edge.start() if edge else stop
    return bool(table.report_verb_re.search(sentence, end, stop))


def _match(
    m: re.Match[str],
    kind: Phrase,
    table: ExtractionTable,
    lang: str,
    published: date | None,
    previous: Sequence[Period],
) -> Period | None:
    """The period one matched phrase names, or None when it is not one after all."""
    text = m.group()
    reader = Match(m, table, lang, published)
    if kind in (Phrase.back_reference, Phrase.named_unit):
        return _carried(reader, previous, text, kind)
    if kind is Phrase.unit_later:
        return _later(reader, previous, text)
    if kind is Phrase.holiday_reference:  # "연휴 기간": the holiday named before, its words
        held = referred_holiday(previous, table.periods.holiday_windows, published)  # kept
        return None if held is None else held.model_copy(update={"resolution": "carried"})
    resolved = resolve(kind, reader)
    if resolved is None:
        return None
    p_start, p_end, explicit, period_kind = resolved
    if p_start is not None and p_end is not None and p_start > p_end:
        return None  # "since 2022" in an article dated before it: no span to give
    resolution = _resolution(p_start, p_end, explicit)
    return Period(start=p_start, end=p_end, text=text, resolution=resolution, kind=period_kind)


def _carried(r: Match, previous: Sequence[Period], text: str, kind: Phrase) -> Period | None:
    """A phrase referring back to a period named before ("over the same period"): that one."""
    try:
        referred = _referred(r, previous, kind)
    except (ValueError, OverflowError):  # a length past the calendar's edge
        return None
    if referred is None:
        return None
    return referred.model_copy(update={"text": text, "resolution": "carried"})


def _resolution(start: date | None, end: date | None, explicit: bool) -> str:
    """How a period was resolved: from its own dates, relative to publication, or not."""
    if start is None and end is None:
        return "unresolved"
    return "explicit" if explicit else "relative"


def _later(r: Match, previous: Sequence[Period], text: str) -> Period | None:
    """ "Le lendemain", "the next day", "two days later": a day counted from the day said just
    before (a day or a closed window); nothing when none was, or when it would fall after
    publication (a plan, not a count)."""
    if not previous:
        return None
    last = previous[-1]
    closed = last.kind in (PeriodKind.day, PeriodKind.interval)
    if last.end is None or last.start is None or not closed:
        return None
    try:
        day = later_day(r, last.end)
    except (ValueError, OverflowError):
        return None
    if day is None or (r.published is not None and day > r.published):
        return None
    return Period(start=day, end=day, text=text, resolution="relative", kind=PeriodKind.day)
