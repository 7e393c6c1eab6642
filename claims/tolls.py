"""A casualty toll is a level known when it is stated, not a count of the event's day.

"Eleven people are now known to have died in Thursday's fire" (a Saturday article), "A total
of 26 people were injured in the fire, which ... late on Thursday", "어제 오전 ... 4명이
숨지고", "huit morts jeudi": the day names the event; the toll is what was known when it was
told. Tolls grow (the missing are found, the injured die), so each bulletin's toll holds as of
its own day: dating tolls by the event's day would make Thursday's "at least five dead" and
Saturday's "eleven dead" the same period, and a conflict, when the second only updates the first.

The rule, in every language (the casualty concepts are the table's ``toll_concepts``):

* a toll of the story's event (its period is a day at most ``STORY_DAYS`` days before
  publication, not a past disaster's year nor an older day) becomes ``as_of``, with no start;
* it holds as of publication when its day is the event's (the earliest day the article dates
  its tolls by), else as of its own later day, the day an earlier bulletin gave it ("On Friday,
  the governor had put the toll at eight");
* the missing are no toll here: a stock, one level at a time ("1,420 people were missing on
  Monday" is Monday's level, ``reconcile.stock_day``), as of the day stated;
* a figure that carried its period from such a toll ("Two children are among the dead",
  "Of the 29 people hurt, three remain ...", "숨진 4명 가운데 3명") takes the toll's new period
  when its sentence names the casualties too or holds a toll, or it is a part of a figure it
  refers to; not another count of the day ("About 240 firefighters were deployed").

The gold of every development set reads tolls so (see each set's README, "Gold changes").
"""

from __future__ import annotations

import re
from datetime import date

from claims.lang import ExtractionTable
from claims.lexicon import Lexicon
from claims.models import Claim, Period, PeriodKind, Role, Slot
from claims.toll_said_day import said_on, tallies_as_said

_WORDS = re.compile(r"[^\W\d_]+")
STORY_DAYS = 7  # how far back a day may be and still be the story's event, not a past one
_NEAR = 12  # characters either side of a figure where "more", "another", "더" tell an increment
_CLAUSE_BREAK = re.compile(r"[,;:…]|\.\.\.")  # where a figure's clause ends, headlines too


def tolls_as_of(claims: list[Claim], table: ExtractionTable, published: date | None,
                action_day: date | None = None) -> None:
    """Date the article's casualty tolls as of when they were stated (see the module); the
    injured of the strike or protest day an article reports (``action_day``) stay that day's."""
    if published is None:
        return
    tallies_as_said(claims, published, table)
    concepts = frozenset(table.periods.toll_concepts)
    if not concepts:
        return
    tolls = _story_tolls(claims, concepts, published, action_day, table)
    if tolls:
        toll_sentences = {c.sentence for c in tolls}  # "숨진 4명 가운데 3명": a part, told with it
        read_before = _readings_at_a_time(claims, tolls, concepts, published, table)
        moved = _as_stated(tolls, published, concepts, table, read_before)
        _carried_on(claims, moved, concepts, toll_sentences, table)
    _increments_of_their_day(claims, concepts, published, table)


def _story_tolls(claims: list[Claim], concepts: frozenset[str], published: date,
                 action_day: date | None, table: ExtractionTable) -> list[Claim]:
    """The tolls of the story's day, but the injured of a strike or protest day and the parts
    of a count of one day ("44 injured people were taken to hospitals that day, eight of them
    children"): those are counts of their day, not tolls known when told."""
    days_own = {c.id for c in claims if _a_days_own_count(c, table)}
    return [c for c in claims if _a_story_day_toll(c, concepts, published, table)
            and not _of_the_action_day(c, action_day, table)
            and not _a_part_of(c, days_own)]


def _increments_of_their_day(claims: list[Claim], concepts: frozenset[str], published: date,
                             table: ExtractionTable) -> None:
    """ "Le bilan s'est alourdi samedi à sept morts, les plongeurs ayant retrouvé trois nouveaux
    corps dans l'après-midi", "after two more bodies were found": an increment told with a toll
    of the story (its period carried from the toll, as of a day of the story) is what was
    found that day, a count of the day, not a level; not a state still held ("deux autres
    blessés sont toujours hospitalisés"), nor a toll of its own kind ("Another 340 were
    injured": the casualty is its own event)."""
    by_id = {c.id: c for c in claims}
    for claim in claims:
        period = claim.period
        if period is None or not _an_increment_carried(claim, published, table):
            continue
        source = by_id.get(period.source) if period.source is not None else None
        if source is not None and _of_casualties(source, concepts) and not _a_casualty_event(
            claim, concepts
        ):
            claim.period = period.model_copy(update={"start": period.end, "kind": PeriodKind.day})


def _an_increment_carried(claim: Claim, published: date, table: ExtractionTable) -> bool:
    """An increment ("deux nouveaux corps", "two more") whose period was carried from another
    figure (its ``source``), as of a day of the story, in a sentence not about the present."""
    period = claim.period
    return (
        period is not None and period.kind is PeriodKind.as_of and period.end is not None
        and period.source is not None and _a_story_day(period, published, PeriodKind.as_of)
        and _an_increment(claim, table) and not table.present_re.search(claim.sentence)
    )


def _carried_on(claims: list[Claim], moved: dict[str, Period], concepts: frozenset[str],
                toll_sentences: set[str], table: ExtractionTable) -> None:
    """The figures that carried their period from a toll of ``moved`` (new periods by claim
    id) and take its new time (``_takes_the_tolls_time``) carry the new period."""
    for claim in claims:  # in text order: a chain of carried periods follows its first link
        period = claim.period
        if (
            period is not None and period.source in moved and claim.id not in moved
            and _takes_the_tolls_time(claim, concepts, toll_sentences, table)
        ):
            claim.period = moved[period.source].model_copy(
                update={"source": period.source, "resolution": "carried", "text": period.text}
            )
            moved[claim.id] = claim.period


def _as_stated(tolls: list[Claim], published: date, concepts: frozenset[str],
               table: ExtractionTable, read_before: date | None = None) -> dict[str, Period]:
    """Each toll as of publication when its day is the event's (the earliest day of them),
    else as of its own later day (an earlier bulletin's); the new periods, by claim id. The
    earlier reading a toll is compared with keeps its day ("74 hospitalisées, contre 63 jeudi").

    When the article dates a later toll of the same casualties by a phrase of its own ("어제
    3명이 숨졌고 ... 오늘(4일) 4명으로 늘었다", "three died on Wednesday ... the toll rose to
    four on Thursday"), the event day's toll is what was known that day, and holds as of it.
    A toll of the same casualties read at a time before (``read_before``: "Le ministère avait
    recensé 25 décès mardi soir, puis 34 mercredi") makes a later day a bulletin's, not the
    event's."""
    event_day = min(c.period.end for c in tolls if c.period is not None and c.period.end)
    if read_before is not None:
        event_day = min(event_day, read_before)
    updated = _updated_later(tolls, event_day, concepts)
    # a headline carried from a toll read at a moment is that reading too
    at_a_moment = {c.id for c in tolls if _told_at_a_moment(c, table)}
    moved: dict[str, Period] = {}
    for claim in tolls:
        assert claim.period is not None and claim.period.end is not None
        update: dict[str, object] = {"start": None, "kind": PeriodKind.as_of}
        if _known_at_publication(claim, event_day, updated, at_a_moment, concepts):
            update.update(_when_given(claim, event_day, published, table))
        claim.period = claim.period.model_copy(update=update)
        moved[claim.id] = claim.period
    return moved


def _when_given(claim: Claim, event_day: date, published: date,
                table: ExtractionTable) -> dict[str, object]:
    """The end (and the words) of a toll of the event's day: the day its sentence says it was
    given ("killed at least 23 people, a government agency said Friday";
    ``claims.toll_said_day``), from the event's day to publication; else publication: the
    toll as known when the article tells it."""
    said = said_on(claim, published, table)
    if said is not None and said.end is not None and event_day <= said.end <= published:
        return {"end": said.end, "text": said.text}  # its words name the time of day too
    return {"end": published}


def _readings_at_a_time(claims: list[Claim], tolls: list[Claim], concepts: frozenset[str],
                        published: date, table: ExtractionTable) -> date | None:
    """The earliest day of the story a toll of the same casualties as ``tolls`` was read as
    of, by a phrase of its own ("By Tuesday evening the ministry had counted 27 deaths",
    "25 décès mardi soir"), or None."""
    counted = {k for c in tolls for k in _casualties(c, concepts)}
    days = [
        c.period.end for c in claims
        if c.period is not None and c.period.end is not None and c not in tolls
        and c.period.resolution not in ("carried", "publication")
        and _a_story_day(c.period, published, PeriodKind.as_of)
        and _counts_casualties(c, concepts, table)
        and counted.intersection(_casualties(c, concepts))
    ]
    return min(days, default=None)


def _known_at_publication(claim: Claim, event_day: date, updated: set[str],
                          at_a_moment: set[str], concepts: frozenset[str]) -> bool:
    """A toll of the event's day, not an earlier reading it is compared with, not superseded
    by a later toll of the same casualties, not read (or carried from one read) at a moment
    of its day: the toll as known when the article tells it."""
    assert claim.period is not None
    return (claim.period.end == event_day and claim.role is not Role.comparison
            and not _superseded(claim, updated, concepts)
            and not {claim.id, claim.period.source} & at_a_moment)


def _told_at_a_moment(claim: Claim, table: ExtractionTable) -> bool:
    """ "Le bilan, vendredi soir, s'établissait à 11 morts", "the death toll stood at 11 on
    Friday evening": a toll its own phrase reads at a moment of its day, in a sentence of a
    total or a stock, is that bulletin's, as of that day, not the event's day read at
    publication; not the moment of the event ("collapsed on Monday evening, killing at least
    eight people", "morts dans la nuit de lundi à mardi")."""
    period = claim.period
    return (period is not None and bool(period.text)
            and period.resolution not in ("carried", "publication")
            and table.moment_word_re.search(period.text) is not None
            and table.stock_re.search(claim.sentence, 0, _clause_end(claim)) is not None)


def _clause_end(claim: Claim) -> int:
    """Where the figure's clause ends in its sentence: the sentence up to it is what the
    figure's reading may lean on ("Le bilan, vendredi soir, s'établissait à 11 morts")."""
    at = _where(claim)
    if at < 0:
        return 0
    end = at + len(claim.surface)
    return end + len(_CLAUSE_BREAK.split(claim.sentence[end:])[0])


def _updated_later(tolls: list[Claim], event_day: date, concepts: frozenset[str]) -> set[str]:
    """The casualties a toll dated after the event's day by a phrase of its own counts."""
    return {k for c in tolls if _a_later_day_of_its_own(c, event_day)
            for k in _casualties(c, concepts)}


def _superseded(claim: Claim, updated: set[str], concepts: frozenset[str]) -> bool:
    """Whether a later toll dated by a phrase of its own counts the same casualties."""
    return bool(updated.intersection(_casualties(claim, concepts)))


def _a_later_day_of_its_own(claim: Claim, event_day: date) -> bool:
    """Whether a toll is dated after the event's day by a phrase of its own sentence (not one
    carried from another figure, nor publication's)."""
    period = claim.period
    return (period is not None and period.end is not None and period.end > event_day
            and period.resolution not in ("carried", "publication"))


def _casualties(claim: Claim, concepts: frozenset[str]) -> frozenset[str]:
    """The casualty concepts a toll counts (the dead, the injured), by its event or else what
    it counts."""
    frame = claim.frame
    if frame is None:
        return frozenset()
    slot = frame.event if frame.event is not None and frame.event.text else frame.counted
    return concepts.intersection(slot.concepts) if slot is not None else frozenset()


def _takes_the_tolls_time(claim: Claim, concepts: frozenset[str], toll_sentences: set[str],
                          table: ExtractionTable) -> bool:
    """Whether a figure that carried its period from a toll takes the toll's new one: it is a
    part or a state of the casualties, or told in a toll's sentence; not the whole a part is
    taken from ("관람객 258명 가운데": there that day), nor an event of its own ("주민 30여명이
    대피했다")."""
    return (
        (_a_part_or_a_state(claim, concepts, table) or claim.sentence in toll_sentences)
        and not _a_whole_before_its_part(claim, table)
        and not _an_event_of_its_own(claim, concepts)
    )


def _a_story_day_toll(
    claim: Claim, concepts: frozenset[str], published: date, table: ExtractionTable
) -> bool:
    """A count of dead or injured dated by a day of the story's event; not one more
    death of a day ("이튿날 부상자 1명이 더 숨졌다", "another two died on Tuesday"): a count of
    that day's deaths, which adds to the toll and is none; nor a change by so many ("어제
    사망한 환자가 38명 늘어", "2명 증가했다"), which is no level."""
    if _an_increment(claim, table) or _a_days_own_count(claim, table) or claim.direction:
        return False  # "사망한 환자가 38명 늘어": a change over the day, no level
    if not _a_story_day(claim.period, published):
        return False
    return _counts_casualties(claim, concepts, table)


def _counts_casualties(claim: Claim, concepts: frozenset[str], table: ExtractionTable) -> bool:
    """Whether a count's event, else what it counts, is a casualty."""
    if claim.unit != "count" or claim.frame is None:
        return False
    counted, event = claim.frame.counted, claim.frame.event
    if _a_whole_before_its_part(claim, table):
        event = None  # "관람객 258명 가운데 19명이 다쳤고": the clause's event is the part's (not
        # "숨진 4명 가운데 3명", where it stands before the whole and tells what it counts)
    if event is not None and event.text:  # "crew members listed as missing were found safe"
        return bool(concepts.intersection(event.concepts))
    return counted is not None and bool(concepts.intersection(counted.concepts))


def _a_days_own_count(claim: Claim, table: ExtractionTable) -> bool:
    """Whether the figure's period phrase, or its own clause after it, makes it the count of
    that one day ("어제 하루 34명을 병원으로 이송했다", "이날 하루 동안", "were taken to hospitals
    that day", "Le même jour, 37 blessés"): the table's ``toll_day_words``; what happened that day,
    not the toll known when it is told."""
    period = claim.period
    words = table.periods.toll_day_words
    if period is None or not words:
        return False
    at = _where(claim)
    # "44 injured people were taken to hospitals ... that day": the words of the figure's own
    # clause, after it, as well as its phrase's
    own = _CLAUSE_BREAK.split(claim.sentence[at + len(claim.surface) :])[0] if at >= 0 else ""
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I)
               for w in words for text in (period.text or "", own))


def _a_part_of(claim: Claim, counts: set[str]) -> bool:
    """A figure that carried its period from one of ``counts`` ("44 injured people were taken
    to hospitals that day, eight of them children"): a part of that day's count, of that day."""
    period = claim.period
    return period is not None and period.resolution == "carried" and period.source in counts


def _of_casualties(claim: Claim, concepts: frozenset[str]) -> bool:
    """A count whose event or counted thing is a casualty (the dead, the injured)."""
    frame = claim.frame
    if claim.unit != "count" or frame is None:
        return False
    return any(slot is not None and concepts.intersection(slot.concepts)
               for slot in (frame.event, frame.counted))


def _a_casualty_event(claim: Claim, concepts: frozenset[str]) -> bool:
    """Whether what happened to the things a figure counts is a casualty ("were injured")."""
    event = claim.frame.event if claim.frame is not None else None
    return event is not None and bool(concepts.intersection(event.concepts))


def _of_the_action_day(claim: Claim, action_day: date | None, table: ExtractionTable) -> bool:
    """A toll dated by the day of the strike or protest the article reports ("Dix-neuf
    policiers ont été blessés", "24 policiers et gendarmes ont été blessés" after "jeudi lors
    de la journée de mobilisation"): a count of that one day, which is over, not a level that
    grows as a disaster's does; the next protest day has its own. Not a toll told as it stood
    by then ("Forty-one police officers had been injured", on a third day of protests)."""
    period = claim.period
    return (action_day is not None and period is not None and period.kind is PeriodKind.day
            and period.end == action_day and not (
                table.periods.running_tolls and table.running_toll_re.search(claim.sentence)))


def _a_story_day(period: Period | None, published: date,
                 kind: PeriodKind = PeriodKind.day) -> bool:
    """A day (or a night across two days: "dans la nuit du 14 au 15 octobre") at most
    ``STORY_DAYS`` days before publication: the story's event's, not a past disaster's."""
    if period is None or period.end is None:
        return False
    night = (
        period.kind is PeriodKind.interval and period.start is not None
        and (period.end - period.start).days == 1
    )
    if period.kind is not kind and not (kind is PeriodKind.day and night):
        return False
    # in days, not dates: a week before 1 January of year 1 is no date (OverflowError)
    return published.toordinal() - STORY_DAYS <= period.end.toordinal() <= published.toordinal()


def _a_part_or_a_state(claim: Claim, concepts: frozenset[str], table: ExtractionTable) -> bool:
    """A figure that takes a toll's time: one whose sentence names the casualties too ("Two
    children are among the dead", "Of the 29 people hurt, three remain in intensive care",
    "경찰은 부상자를 12명으로 집계했다": the noun with its particle glued), or a part of a
    figure it refers to; not another count of the day ("200 firefighters were deployed")."""
    if claim.antecedent is not None or _a_part_by_its_cue(claim, table):
        return True
    lexicon = Lexicon.shipped()
    particles = sorted(table.periods.glued_particles, key=len, reverse=True)
    return any(
        lexicon.concept(noun, claim.language) in concepts
        for word in _WORDS.findall(claim.sentence) for noun in _bare(word, particles)
    )


def _a_part_by_its_cue(claim: Claim, table: ExtractionTable) -> bool:
    """Whether a cue of a part ("이 가운데 6명은 중상입니다", "Of them, three ...") stands
    before the figure with no other figure between."""
    at = _where(claim)
    cues = list(table.carry_before_re.finditer(claim.sentence, 0, max(at, 0)))
    return bool(cues) and not any(ch.isdigit() for ch in claim.sentence[cues[-1].end() : at])


def _bare(word: str, particles: list[str]) -> list[str]:
    """A word, and the word less a particle glued to it ("부상자를" -> "부상자"), longest
    particle first."""
    return [word, *(word[: -len(p)] for p in particles if len(word) > len(p) and word.endswith(p))]


def _an_increment(claim: Claim, table: ExtractionTable) -> bool:
    """Whether a word of the table's ``toll_increments`` stands right by the figure, in its
    own clause ("one more", "another 12", "1명이 더", "2명 또 숨져", "deux autres"; not the
    headline clause before "…사망자 43명으로")."""
    words = table.periods.toll_increments
    at = _where(claim)
    if not words or at < 0:
        return False
    end = at + len(claim.surface)  # not the figure's own words ("more than 90")
    before = _CLAUSE_BREAK.split(claim.sentence[max(0, at - _NEAR) : at])[-1]
    after = _CLAUSE_BREAK.split(claim.sentence[end : end + _NEAR])[0]
    return table.toll_increment_re.search(f"{before} {after}".lower()) is not None


def _a_whole_before_its_part(claim: Claim, table: ExtractionTable) -> bool:
    """ "관람객 258명 가운데 19명이 다쳤고": a whole a part follows, whose clause's event is the
    part's; not "숨진 4명 가운데 3명", where the event's word stands before the whole and tells
    what it counts."""
    event = claim.frame.event if claim.frame is not None else None
    return _a_whole_of_parts(claim, table) and not _told_before(event, claim)


def _where(claim: Claim) -> int:
    """Where the claim's figure stands in its sentence (-1 if unknown)."""
    return claim.at_in_sentence()


def _a_whole_of_parts(claim: Claim, table: ExtractionTable) -> bool:
    """Whether a part follows the figure as a part of it ("258명 가운데 19명"): the table's
    ``toll_whole_markers`` right after it."""
    words = table.periods.toll_whole_markers
    at = _where(claim)
    if not words or at < 0:
        return False
    after = claim.sentence[at + len(claim.surface) :].lstrip()
    return table.toll_whole_markers_re.match(after) is not None


def _an_event_of_its_own(claim: Claim, concepts: frozenset[str]) -> bool:
    """Whether a figure names what happened to the things it counts, other than a casualty
    ("2명이 숨지고 주민 30여명이 대피했다": the evacuation is that day's)."""
    event = claim.frame.event if claim.frame is not None else None
    return event is not None and bool(event.concepts) and not concepts.intersection(event.concepts)


def _told_before(event: Slot | None, claim: Claim) -> bool:
    """Whether the event's word modifies the figure right before it ("숨진 4명": the stem of
    "숨지" with its ending glued, so its first syllables only)."""
    if event is None or len(event.text) < 2:
        return False
    at = _where(claim)
    return at > 0 and event.text[:-1] in claim.sentence[max(0, at - _NEAR // 2) : at]
