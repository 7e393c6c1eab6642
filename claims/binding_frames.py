"""The article's frame, in one pass over its claims once every sentence is read: a figure that
states no period borrows the same figure's period from elsewhere in the article (a headline
figure from the body), else the period of the sentence before it when that sentence dated its
figures, since news goes on about the same time until it says otherwise; running totals,
shares of a dated whole and other sources' counts are read here, what frames nothing after it
(a forecast, a look back, a flashback) in ``claims.binding_asides``, and which totals a total
as of a time frames in ``claims.binding_tallies``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from claims.binding import carried_from
from claims.binding_as_of import carry_restated_level, restated, running_count_as_of
from claims.binding_asides import (
    after_flashback,
    an_earlier_reading,
    comparisons_only,
    looks_ahead,
    main_unless_looking_back,
    of_another_time,
    still_to_come,
)
from claims.binding_baselines import WINDOWS
from claims.binding_tallies import goes_on_as_of
from claims.binding_totals import (
    FRAMES,
    headline_to_body_as_of,
    other_source_of,
    running_totals,
    stated_period,
    sums_of_parts,
    whole_of_share,
)
from claims.clauses import clause_end, clause_start, in_a_relative_clause
from claims.figure_model import DURATIONS as _DURATIONS
from claims.lang import ExtractionTable
from claims.models import Claim, Period, PeriodKind, Role
from claims.moving_averages import averaged_claim
from claims.poll_windows import beyond_its_shares
from claims.rankings import speaks_of_now
from claims.release_frame import (
    breaks_down,
    calendar_release,
    compared_in_the_release,
    compared_with_release,
    named_again,
    of_the_release,
    undated,
)
from claims.same_figure import first_dated, same_figure
from claims.sentence_memo import found_between


def borrow_frame_periods(
    claims: list[Claim],
    table: ExtractionTable,
    baselines: set[str] | frozenset[str] = frozenset(),
    continuing: set[str] | frozenset[str] = frozenset(),
    said: set[str] | frozenset[str] = frozenset(),
    referring: set[str] | frozenset[str] = frozenset(),
    published: date | None = None,
    days_named: dict[str, frozenset[date]] | None = None,
    release: Claim | None = None,
) -> None:
    """Figures stating no period take the article's frame, in one pass over its claims (not
    its text):

    * the same figure dated elsewhere: a headline or lead figure borrows the body's period
      ("640 arrests" above "640 people arrested this year, as of Oct. 15");
    * else the period of the sentence right before, when that sentence
      dated its figures (``continuing`` holds such sentences): news
      goes on about the same time until it says otherwise ("Thousands marched on Thursday.
      Police counted 1.1 million."), unless the sentence speaks of the present ("now"). A
      figure dated only by the day it was said (``said``: "Police made 57 arrests during the
      march, the minister said on Friday") takes that frame too; not in a sentence that names
      another day of its own (``days_named``: "On Friday, the toll stood at three. Divers
      went back on Sunday and the wreck was found 40 metres down").
    """
    headline_to_body_as_of(claims)
    by_id = {c.id: c for c in claims}
    running_totals(claims, table, baselines)
    frames = _FramePass(claims, table, baselines, continuing, said, referring, published, by_id,
                        days_named or {}, release)
    for claim in claims:
        frames.read(claim)


@dataclass
class _FramePass:
    """One pass over an article's claims, in text order: the frame each sentence leaves (its
    latest dated claim) and the claims this pass dated, for the figures after them."""

    claims: list[Claim]
    table: ExtractionTable
    baselines: set[str] | frozenset[str]
    continuing: set[str] | frozenset[str]
    said: set[str] | frozenset[str]
    referring: set[str] | frozenset[str]
    published: date | None
    by_id: dict[str, Claim]
    days_named: dict[str, frozenset[date]]
    release: Claim | None = None  # the lead's figure of a release's period (claims.release_frame)
    previous_sentence: str = ""
    current_sentence: str = ""
    before_previous: str = ""  # the sentence before ``previous_sentence``
    frame: Claim | None = None  # the latest dated claim of the sentence before
    latest: Claim | None = None  # the latest dated claim of the current sentence
    first: Claim | None = None  # the first dated claim of the sentence ``latest`` is in
    entering: Claim | None = None  # ``latest`` when the current sentence began
    story: Claim | None = None  # the frame before a flashback ("Le 27 février, ... avaient")
    updated: dict[str, Claim] = field(default_factory=dict)  # claims dated by this pass, by id
    window: Claim | None = None  # the latest claim this pass gave a window
    read_so_far: list[Claim] = field(default_factory=list)  # in text order
    story_day: date | None = None  # the latest day a figure stated for itself so far
    relative_only: set[str] = field(default_factory=set)  # sentences framed only in a clause

    def __post_init__(self) -> None:
        claims, table = self.claims, self.table
        self.dated = first_dated(claims, self.baselines)
        self.days_taken: dict[str, set[date | None]] = {}  # the days figures of a sentence took
        for claim in claims:
            self.days_taken.setdefault(claim.sentence, set()).add(claim.period and claim.period.end)
        self.lead = set(list(dict.fromkeys(c.sentence for c in claims))[:2])  # headline, lead
        self.headline = claims[0].sentence if claims else ""
        self.summed = sums_of_parts(claims)
        self.ahead = {c.id for c in claims if looks_ahead(c, table)}
        self.asides = comparisons_only(claims, self.baselines, table, self.ahead)

    def read(self, claim: Claim) -> None:
        """Date one claim from the frame, or note the frame it leaves."""
        if claim.sentence != self.current_sentence:
            self._enter(claim.sentence, claim.line)
        self._running_count(claim)
        period = self._carried_on(claim)
        if self._compared_in_the_release(claim, period):
            return
        if claim.id in self.said:
            self._said_day(claim, period)
            return  # the day it was said frames nothing after it
        if self._from_other_source(claim, period):
            return
        if _keeps_its_own(claim, period):
            self._note_story_day(period)
            if self._frames_after(claim, period):
                # a comparison's period ("contre 119 000 le 11 mars") frames nothing, nor a
                # forecast's ("expects exports to grow 4 percent this year")
                self._dated(claim)
            return
        if self.latest is not None and self.latest.sentence == self.current_sentence:
            self.frame = self.latest  # a figure earlier in the same sentence frames it first
        if self._borrow(claim):
            _rate_if_per(claim, self.table)
            averaged_claim(claim, self.table)  # "The four-week moving average was 224,750."
            self._took(claim)
        elif self._of_the_release(claim):
            self.updated[claim.id] = claim  # the release's period frames nothing more

    def _compared_in_the_release(self, claim: Claim, period: Period | None) -> bool:
        """A release's figure after a comparison word, with no time of its own or only one a
        figure of its sentence passed on ("1,9 % (contre +2,2 %)"): the time the release
        compares with (``claims.release_frame``). It frames nothing after it."""
        source = self.by_id.get(period.source or "") if period is not None else None
        here = period is not None and period.resolution == "carried" and (
            source is not None and source.sentence == claim.sentence)
        if not (undated(period) or here):
            return False
        compared = compared_in_the_release(claim, self.read_so_far, self.release, self.table)
        if compared is None:
            return False
        claim.period = carried_from(compared)
        self.updated[claim.id] = claim
        return True

    def _of_the_release(self, claim: Claim) -> bool:
        """A figure nothing dated, in a release: the release's period (claims.release_frame)."""
        release = self.release
        if release is None or not undated(claim.period) or not self._of_its_release(claim):
            return False
        claim.period = carried_from(release)
        return True

    def _of_its_release(self, claim: Claim) -> bool:
        """A figure of the release's report, once two sentences dated figures in its period."""
        release = self.release
        return release is not None and of_the_release(claim, release, self.table) and (
            named_again(self.read_so_far, release))

    def _note_story_day(self, period: Period | None) -> None:
        """The latest day a figure of the story stated for itself."""
        if (
            period is not None and period.kind is PeriodKind.day and period.end is not None
            and period.source is None and (self.story_day is None or period.end > self.story_day)
        ):
            self.story_day = period.end

    def _running_count(self, claim: Claim) -> None:
        """An as-of total of the running count just before ("Au 15 novembre, l'ARS en
        recensait 17 180") counts from that window's start, a restated level stays one."""
        around = (self.previous_sentence, self.current_sentence)
        before = [c for c in self.read_so_far[-12:] if c.sentence in around]
        period = running_count_as_of(claim, before, self.table.count_verb_re, self.published,
                                     self.table)
        if period is not claim.period:
            claim.period = period
            self.updated[claim.id] = claim
        elif carry_restated_level(claim, self.read_so_far, self.table):
            self.updated[claim.id] = claim
        self.read_so_far.append(claim)

    def _from_other_source(self, claim: Claim, period: Period | None) -> bool:
        """A figure with no period of its own that another source's count answers takes
        that count's period."""
        if stated_period(period):
            return False
        other_source = other_source_of(claim, self.by_id, self.table)
        if other_source is None:
            return False
        claim.period = carried_from(other_source)
        self.updated[claim.id] = claim
        return True

    def _took(self, claim: Claim) -> None:
        """A claim this pass dated: what it took frames the figures after it."""
        self.updated[claim.id] = claim
        if claim.period is not None and claim.period.kind in WINDOWS:
            self.window = claim
        self._dated(claim)

    def _enter(self, sentence: str, line: int) -> None:
        """A new sentence: the frame the sentence before leaves it, unless it does not go on
        about that time, was an aside, looked back, or told a flashback, or was a side story
        told in another paragraph (``line``: where the new sentence stands)."""
        self.before_previous = self.previous_sentence
        self.previous_sentence, self.current_sentence = self.current_sentence, sentence
        latest = self.latest
        frame = main_unless_looking_back(self._going_on(latest, sentence), self.first)
        self.entering = latest
        self.story, self.frame = after_flashback(frame, self.story, sentence, self.continuing,
                                                  self.table)
        if self.frame is not None and _a_side_story_left(self.frame, self.story_day, line):
            self.frame = None

    def _going_on(self, latest: Claim | None, sentence: str) -> Claim | None:
        """The frame the sentence before leaves this one, if it goes on about that time; after
        an aside ("Le taux du deuxième trimestre a été révisé à 7,5 %.") or an earlier reading
        of a toll ("Vendredi soir, ... 17 morts"), the frame that sentence entered with."""
        frame = latest if self._goes_on_from(latest) and sentence in self.continuing else None
        entering = self.entering
        if frame is not None and entering is not None and self.table.revision_re.search(
            frame.sentence
        ):
            frame = entering if entering.sentence != frame.sentence else frame
        if an_earlier_reading(frame, self.read_so_far):
            another = entering is not None and entering.sentence != frame.sentence
            frame = entering if another else None
        return frame

    def _goes_on_from(self, latest: Claim | None) -> bool:
        """Whether the latest dated claim stands in the sentence before, or in the one before
        an aside: a sentence may go on with its frame."""
        return latest is not None and (
            latest.sentence == self.previous_sentence
            or (self.previous_sentence in self.asides | self.relative_only
                and latest.sentence == self.before_previous)
        )

    def _carried_on(self, claim: Claim) -> Period | None:
        """A period carried from a claim this pass dated is carried again ("dont 47" after
        it); a referring phrase takes the window this pass gave the sentence before."""
        period = claim.period
        if period is not None and period.source in self.updated:
            period = claim.period = carried_from(self.updated[period.source])
        window = self.window
        if (
            claim.id in self.referring
            and window is not None
            and window.sentence == self.previous_sentence
            and period is not None
            and period.source is None
            and window.period is not None
            and (period.start, period.end) != (window.period.start, window.period.end)
        ):  # "Parmi les 44 victimes, 26 .... Sur la même période, 9 ...": the window this
            # pass gave the sentence before, which the phrase read too early to know
            period = claim.period = carried_from(window).model_copy(
                update={"text": period.text}
            )
        return period

    def _said_day(self, claim: Claim, period: Period | None) -> None:
        """A figure dated only by the day it was said takes the frame of a figure before it
        in its sentence, else of the sentence before, when that ended by then."""
        framing = self._framing(period)
        if framing is not None and not (
            framing.period is not None and of_another_time(claim, framing.period, self.table)
        ):
            claim.period = carried_from(framing)
            self.updated[claim.id] = claim
        elif calendar_release(self.release) and _frames(self.release, period) and (
            self._of_its_release(claim)
        ):  # "La hausse atteint 0,1 point à 2,1 %, indique jeudi le Seco": the release's month
            claim.period = carried_from(self.release)
            self.updated[claim.id] = claim

    def _framing(self, period: Period | None) -> Claim | None:
        """The figure before in the sentence, else the sentence before's frame, that frames a
        figure dated only by the day it was said (``_frames``)."""
        latest = self.latest
        here = latest if latest is not None and latest.sentence == self.current_sentence else None
        framing = here if _frames(here, period) else self.frame
        return framing if _frames(framing, period) else None

    def _frames_after(self, claim: Claim, period: Period | None) -> bool:
        """Whether a claim that states its own period frames the figures after it."""
        return (
            stated_period(period) and claim.role is Role.value and claim.id not in self.baselines
            and not still_to_come(period, self.published) and claim.id not in self.ahead
            and claim.sentence not in self.asides  # "The rise followed a 4.2% gain in Sept."
            and not self._told_aside(claim)
            and not compared_with_release(claim, self.release)
        )

    def _told_aside(self, claim: Claim) -> bool:
        """A figure told in a relative clause frames nothing; a sentence with no other frame
        is passed over, as an aside is ("La police l'avait interdit en 2024, quand 900 ...")."""
        if not _told_in_a_relative_clause(claim, self.table):
            return False
        if self.latest is None or self.latest.sentence != claim.sentence:
            self.relative_only.add(claim.sentence)
        return True

    def _dated(self, claim: Claim) -> None:
        self.latest = claim
        if self.first is None or self.first.sentence != claim.sentence:
            self.first = claim

    def _borrow(self, claim: Claim) -> bool:
        """The same figure's period stated elsewhere, the period of the whole a share is of,
        else the frame's (up to its end for a level); False when none applies."""
        table = self.table
        if of_another_time(claim, None, table):
            return False
        source = self._stated_elsewhere(claim)
        whole = whole_of_share(claim, self.claims, table)
        if source is not None:
            claim.period = carried_from(source)
        elif whole is not None:
            claim.period = carried_from(whole)
        elif self._framed(claim):
            assert self.frame is not None
            claim.period = _level_at_end(carried_from(self.frame), claim, table)
        else:
            return False
        return True

    def _stated_elsewhere(self, claim: Claim) -> Claim | None:
        """The dated claim of the same value that is the same figure, not the claim itself
        nor its echo (a claim that took its period from this one)."""
        if claim.value is None:
            return None
        source = self.dated.get((claim.value, claim.unit_label))
        if source is None and claim.sentence == self.headline:
            source = self.summed.get((claim.value, claim.unit_label))  # "140 intoxiqués"
        if source is None or source is claim:
            return None
        in_lead = claim.sentence in self.lead or restated(claim, self.table)
        if not same_figure(claim, source, in_lead):
            return None
        return source if source.period is None or source.period.source != claim.id else None

    def _framed(self, claim: Claim) -> bool:
        """Whether the frame dates the claim: a day or a window, or an as-of date a level goes
        on with, in a sentence not about now, nor about another time in the claim's clause."""
        frame, table = self.frame, self.table
        return (
            frame is not None
            and frame.period is not None
            and (frame.period.kind in FRAMES or goes_on_as_of(frame, claim, table)
                 or _dated_average(frame, table))
            and not speaks_of_now(claim, table)
            and not of_another_time(claim, frame.period, table)
            and not self._another_day_named(claim, frame)
            and not beyond_its_shares(frame, claim, self.by_id, table)
            and not breaks_down(claim, self.release, table)
        )

    def _another_day_named(self, claim: Claim, frame: Claim) -> bool:
        """The claim's sentence (not the frame's) names a day that no figure of it took, other
        than the frame's end: the sentence is about that day ("Divers went back on Sunday and
        the wreck was found 40 metres down"), not a compared figure's ("contre 41,2 % au
        premier tour, le 16 mars")."""
        days = self.days_named.get(claim.sentence, frozenset()) - self.days_taken[claim.sentence]
        return (
            bool(days) and frame.sentence != claim.sentence
            and frame.period is not None and frame.period.end not in days
        )


def _a_side_story_left(frame: Claim, story_day: date | None, line: int) -> bool:
    """ "Neighbours said they had heard cracks in the walls on Tuesday ... one complaint on
    Tuesday, at 7.40 p.m." in a story about Wednesday's collapse: a day before the story's
    latest day is a side story, which dates its own paragraph at most. A new paragraph (a
    minister's promise, the town's population) goes back to the story's time, not to that
    day."""
    period = frame.period
    return (
        frame.line != line and story_day is not None and period is not None
        and period.kind is PeriodKind.day and period.end is not None and period.end < story_day
    )


def _told_in_a_relative_clause(claim: Claim, table: ExtractionTable) -> bool:
    """ "The ferry line, which had been due to resume its 14 crossings on Monday, has delayed
    ...": a figure in a clause that "which", "when" or "after" opens tells that clause's time,
    not the story's: it frames nothing after its sentence ("The port said about 600 ...")."""
    at = claim.at_in_sentence()  # where it stands: "qui protégeait 120 maisons ... 120 personnes"
    return at > 0 and in_a_relative_clause(claim.sentence, at, table)


def _keeps_its_own(claim: Claim, period: Period | None) -> bool:
    """A claim that takes no frame: it states its period or names a time left unresolved, or
    it is a duration, no plain value, or an estimate ("could reach 220,000")."""
    return (
        stated_period(period)
        or (period is not None and period.resolution == "unresolved")  # a time named,
        or claim.unit in _DURATIONS  # undated ("au plus fort de la crue", "2023-24")
        or claim.role is not Role.value
        or bool(claim.hedge)  # "could reach 220,000": an estimate, not a count of that time
    )


def _an_average(claim: Claim, table: ExtractionTable) -> bool:
    """ "Average daily exports ... rose to $2.21 billion", "Output averaged 412,000 barrels per
    day": an average named before the figure."""
    at = claim.at_in_sentence()
    head = claim.sentence[: max(at, 0)]
    return bool(
        table.rate_average_re.search(head) or table.rate_average_verb_re.search(head)
        or table.averaged_before_re.search(head)
    )


def _dated_average(frame: Claim, table: ExtractionTable) -> bool:
    """An average over a stated window ("Average daily exports rose to $2.21 billion in
    November"): the window goes on for the sentence after it."""
    period = frame.period
    return (
        period is not None and period.kind is PeriodKind.rate
        and period.start is not None and period.end is not None and _an_average(frame, table)
    )


def _rate_if_per(claim: Claim, table: ExtractionTable) -> None:
    """A carried window is a rate's for an average per unit of time ("Average daily exports ...
    rose to $2.21 billion" after "in November"), and no rate's for a figure that is none."""
    period = claim.period
    if period is None or period.kind is PeriodKind.none:
        return
    if claim.per and period.kind is not PeriodKind.rate and _an_average(claim, table):
        claim.period = period.model_copy(update={"kind": PeriodKind.rate})
    elif not claim.per and period.kind is PeriodKind.rate:
        claim.period = period.model_copy(update={"kind": PeriodKind.interval})


def _frames(frame: Claim | None, said: Period | None) -> bool:
    """Whether the sentence before (or a figure before in the sentence) frames a figure dated
    only by the day it was said: a day, a window or an as-of date that ended by then."""
    if frame is None or frame.period is None or said is None or said.end is None:
        return False
    end = frame.period.end
    kinds = (*FRAMES, PeriodKind.as_of)
    return frame.period.kind in kinds and end is not None and end <= said.end


def _level_at_end(period: Period, claim: Claim, table: ExtractionTable) -> Period:
    """ "... had burned 41,000 acres since Saturday. It was 18% contained.": a level (its
    clause says so) carried from a window still running holds as of the window's end. So does
    a running total the day's events took to a figure ("Cinq corps ont été repêchés mercredi
    par les plongeurs, portant le bilan à 31 morts"): as of that day, not a count of it."""
    if period.kind not in (PeriodKind.to_date, PeriodKind.day) or period.end is None:
        return period
    text = claim.sentence
    at = claim.at_in_sentence()
    if at < 0:
        return period
    left, right = clause_start(text, at), clause_end(text, at + len(claim.surface))
    if period.kind is PeriodKind.day:
        if not table.total_link_re.search(text, left, at):
            return period
    elif not found_between(table.state_re, text, left, right):
        return period
    return period.as_of_end()
