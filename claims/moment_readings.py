"""A running count or a stock read at a moment of its day is a level as of that day.

Storm, outage, spill and strike copy gives a tally as it stood at a time: "By 4 p.m. Friday,
Southwest had canceled more than 900 flights", "Over 5,500 flights have been canceled
Wednesday as of 11 a.m.", "At 9 a.m., FlightAware showed 2,050 cancellations", "Vers 9 h 30,
on comptait 86 000 clients sans courant", "Le ministère avait dénombré 690 oiseaux mardi soir
et 1 240 mercredi soir", "Mardi à 8 heures, 2 900 tonnes n'avaient pas été ramassées". The
count is what was known then (kind ``as_of``, its start unknown; DESIGN "Periods"), not what
the day did: a later reading of the same day is another level, not a conflict.

A figure dated by a day of the story by a phrase of its own is read so on one of three cues,
in its own sentence:

* an hour a tally runs to ("By 6 p.m.", "As of 11 a.m."; the table's ``reading_hours``) before
  the figure, with no other figure between;
* a verb that reads a count or a stock (``reading_verbs``: "showed", "comptait", "avait
  dénombré", "n'avaient pas été") in the figure's clause, when the figure's phrase names a
  moment of its day ("mardi soir", "Mardi à 8 heures"; ``moment_words``) or an hour stands
  before it ("At 9 a.m.");
* a past perfect after the figure in its clause (``anterior_verbs``: "Mercredi à 8 heures,
  5 230 personnes avaient été prises en charge", "At 6 p.m. Monday, 2,460 people had been
  evacuated"), when that phrase naming a moment stands before the figure: what had happened
  by then.

What a day did at a moment keeps its day ("a recensé lundi soir 14 départs de feu", "avaient
été évacués dimanche matin": a moment named after the verb is when it happened), and so do
the counts of a protest, a strike or a vote the sentence names (the table's ``action_cues`` and
``vote_words``): a crowd counted at 2 p.m. is the action day's. A part of a level told with it
("dont 1 900 à Toulon") is that level's too. The pass runs after the frames are carried: the
next sentence's figures ("Airlines canceled 612 departures there") keep the day the reading
was of.
"""

from __future__ import annotations

from datetime import date

from claims.clauses import clause_end, clause_start
from claims.lang import ExtractionTable
from claims.models import Claim, PeriodKind, Role
from claims.tolls import STORY_DAYS

_OWN = frozenset({"explicit", "relative"})  # a period read from the figure's own phrase
_CARRIED = "carried"


def readings_as_of(claims: list[Claim], table: ExtractionTable, published: date | None) -> None:
    """Date as of its day every figure read at a moment of it (see the module)."""
    if published is None or not (table.periods.reading_verbs or table.periods.reading_hours):
        return
    previous: Claim | None = None
    moved: dict[str, Claim] = {}
    for claim in claims:  # in text order: the figure before in the sentence bounds the cue
        before = previous if previous is not None and previous.sentence == claim.sentence else None
        if _a_dated_value(claim, published) and (read_at_a_moment(claim, before, table)
                                                 or _a_part_of_a_level(claim, before, table)):
            assert claim.period is not None
            claim.period = claim.period.as_of_end()
            moved[claim.id] = claim
        previous = claim
    for claim in claims:
        restated_after(claim, moved)


def restated_after(claim: Claim, moved: dict[str, Claim]) -> None:
    """A headline or a repeat that carried its period from a figure read at a moment, with the
    same value ("2 900 tonnes de déchets dans les rues" over "Mardi à 8 heures, 2 900 tonnes
    n'avaient pas été ramassées"), is that reading (P17); another figure the reading's day was
    carried to ("Airlines canceled 612 departures there") keeps the day."""
    period = claim.period
    source = moved.get(period.source or "") if period is not None else None
    if (period is None or source is None or source.period is None
            or period.resolution != _CARRIED or claim.id in moved
            or (claim.value, claim.unit) != (source.value, source.unit)):
        return
    claim.period = source.period.model_copy(
        update={"source": source.id, "resolution": _CARRIED, "text": period.text})


def _a_dated_value(claim: Claim, published: date) -> bool:
    """A plain value (no baseline, estimate or change) dated by a day of the story by a
    phrase of its own."""
    period = claim.period
    return (
        period is not None and period.kind is PeriodKind.day and period.end is not None
        and period.start == period.end and period.resolution in _OWN
        and published.toordinal() - STORY_DAYS <= period.end.toordinal() <= published.toordinal()
        and claim.role is Role.value and not claim.hedge and claim.direction is None
    )


def _a_part_of_a_level(claim: Claim, before: Claim | None, table: ExtractionTable) -> bool:
    """ "3 600 tonnes de déchets attendaient d'être ramassées, dont 1 900 à Toulon", "Jeudi, le
    total atteignait 3 100 tonnes, dont 1 850 sur l'île": a part (a cue of the table's
    ``carry_before`` right before it) of the figure before it in its sentence, a level as of
    the day their one phrase names, is a level as of that day too (P14)."""
    if before is None or before.period is None or claim.period is None:
        return False
    whole, part = before.period, claim.period
    if not (whole.kind is PeriodKind.as_of and whole.start is None and whole.end == part.end
            and whole.text == part.text):
        return False
    text, at, start = claim.sentence, claim.at_in_sentence(), before.at_in_sentence()
    if at < 0 or start < 0:
        return False
    cues = list(table.carry_before_re.finditer(text, start + len(before.surface), at))
    return bool(cues) and not any(ch.isdigit() for ch in text[cues[-1].end() : at])


def read_at_a_moment(claim: Claim, before: Claim | None, table: ExtractionTable) -> bool:
    """Whether the figure is a count or a stock read at a moment of its day; ``before``: the
    figure before it in its sentence, if any (see the module)."""
    text, at = claim.sentence, claim.at_in_sentence()
    if at < 0 or table.action_cue_re.search(text) or table.vote_word_re.search(text):
        return False
    start = 0
    if before is not None and (where := before.at_in_sentence()) >= 0:
        start = min(where + len(before.surface), at)
    ahead = text[start:at]
    if table.reading_hour_re.search(ahead):
        return True
    phrase = claim.period.text if claim.period is not None else ""
    if not (phrase and table.moment_word_re.search(phrase)) and not table.day_hour_re.search(ahead):
        return False
    end = at + len(claim.surface)
    left, right = clause_start(text, at), clause_end(text, end)
    return table.reading_verb_re.search(text, left, right) is not None or (
        bool(phrase) and phrase in ahead and table.anterior_verb_re.search(text, end, right)
        is not None)
