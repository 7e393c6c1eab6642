"""One claim per figure of a sentence: its period (the phrase bound to it, read against what
the sentence and the article say around it: baselines, back references, totals at a day, the
scene, the story's window, publication), what it counts (``claims.sentence_counted``), who says
it and how it is held.
``claims.extract`` reads an article sentence by sentence and asks this module for each."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from claims.action_days import nth_day_period
from claims.actors import actor_of, verb_of
from claims.binding import BASELINES, bind_periods, carried_from, started_from
from claims.binding_baselines import WINDOWS, compared_to_date, year_earlier
from claims.binding_context import ArticleContext
from claims.binding_cues import (
    dated_elsewhere,
    forecast_window,
    next_period_start,
    present_stock,
    present_today,
    said_of_an_event,
    same_toll,
    total_at_day,
)
from claims.binding_references import antecedent, back_reference, parts_of_a_total, refers_back
from claims.context import lemmas_of, rate_after
from claims.event_days import not_after_an_earlier_event
from claims.figure_model import (
    DURATIONS,
    Figure,
    lower_bound,
    partner_claim,
    read_at_publication,
    upper_bound,
)
from claims.frame_patterns import patterns
from claims.lang import ExtractionTable
from claims.modality import modality_of
from claims.models import Article, Claim, Period, PeriodKind, Role
from claims.moving_averages import over_moving_window
from claims.part_periods import framed_apart, gapped_conjunct
from claims.period_clauses import (
    level_at_end,
    restated_after,
    restates,
    rolling_to_release,
    total_to_day,
    when_phrase,
    when_year,
)
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase
from claims.poll_windows import shares_in_fieldwork
from claims.reference_period import closed_at_reference
from claims.sentence_counted import average_before, what_is_counted
from claims.sentences import (
    LineIndex,
    Sentence,
)
from claims.year_parts import (
    last_year_of_a_shorter_partner,
    same_part_of_a_past_year,
    units_to_publication,
)

# A figure stated as it is, or the level a change started from ("passé de 2,4 % en septembre").
_LEVELS = frozenset({Role.value, Role.change_from})


def _dated_here(claim: Claim) -> bool:
    """A claim a phrase dated where it stands (not publication's, not yet carried)."""
    period = claim.period
    return period is not None and period.end is not None and period.resolution in (
        "explicit", "relative", "carried"
    )


def _publication_at_most(period: Period | None) -> bool:
    """No period yet, or only publication's: a later cue may still date the figure."""
    return period is None or period.resolution == "publication"


def _undated_time(period: Period | None) -> bool:
    """A time the text names but never dates ("au plus fort de la mobilisation"): the day of
    the event the article reports may still date the figure."""
    return period is not None and period.start is None and period.end is None


def read_sentence_claims(
    article: Article,
    s: Sentence,
    figures: list[Figure],
    periods: list[PeriodMatch],
    context: ArticleContext,
    table: ExtractionTable,
    lines: LineIndex,
    earlier: list[Claim],
) -> list[Claim]:
    """One claim per figure of a sentence, with its period, what it counts and who says it.

    A figure's period comes from the phrase that governs it in its clause; else from the figure
    it counts part of ("Of them, 118 ...": carried, with that claim's id); else from a phrase
    referring back to the sentence before; else, for a count, it holds as of publication.
    """
    read = _SentenceRead(article, s, figures, periods, context, table, lines, earlier)
    for at, (f, bound) in enumerate(zip(figures, read.bindings, strict=True)):
        period = read.period_of(at, f, bound)
        read.note_compared(f, bound)
        read.done.append(read.claim_of(f, period))
    restated_after(read.done, figures, s, table)  # "$18.4 billion, or 96 aircraft, as of ..."
    return read.done


@dataclass
class _SentenceRead:
    """A sentence being read figure by figure: what every figure of it may take (the period a
    back reference carries, the phrases bound to the figures, the totals parts are of) and the
    claims read so far (``done``)."""

    article: Article
    s: Sentence
    figures: list[Figure]
    periods: list[PeriodMatch]
    context: ArticleContext
    table: ExtractionTable
    lines: LineIndex
    earlier: list[Claim]
    done: list[Claim] = field(default_factory=list)
    previous_share: str | None = None

    def __post_init__(self) -> None:
        s, table, context = self.s, self.table, self.context
        self.carried = (back_reference(s, table, context, self.article.published)
                        if self.figures else None)
        context.note_named_events(s, self.periods, table)
        # not an earlier event's day ("après les élections européennes du 9 juin")
        voted = not_after_an_earlier_event(self.periods, s.text, s.start, table)
        context.note_event_day(s, voted, table, self.article.published)
        # a poll's shares take its fieldwork window ("a poll conducted March 9-11")
        self.bindings = shares_in_fieldwork(
            self.figures, bind_periods(self.figures, self.periods, s, table), self.periods, s,
            table)
        # "Of the 62 cases, 41 ..."
        self.parts = parts_of_a_total(self.figures, s, self.earlier, table)

    def next_id(self) -> str:
        """The id the figure being read takes."""
        return f"{self.article.id}#{len(self.earlier) + len(self.done) + 1}"

    def period_of(self, at: int, f: Figure, bound: PeriodMatch | None) -> Period | None:
        """The figure's period: its bound phrase's, read against what the sentence and the
        article say around it, else what it carries or holds as of publication."""
        if dated_elsewhere(bound, f, self.figures, self.s, self.table):
            bound = None  # "seven workers who are still trapped", after "on Monday"
        period = bound.period if bound else self.carried
        if bound is not None:
            bound, period = self._bound_phrase(f, bound, period)
        period = self._referred(f, bound, period)
        period = self._past_part(f, period) or period
        period = self._as_its_phrase_reads(f, bound, period)
        period = level_at_end(period, f, self.figures, self.s, self.table)
        period = total_to_day(period, f, self.s, self.periods, self.table)
        period = self._announced(at, f, bound, period)
        period = self._beyond_publication(at, f, bound, period)
        period = self._undated(at, f, period)
        period = same_toll(period, bound, self.done[-1] if at and self.done else None, f,
                           self.figures[at - 1] if at else None, self.s, self.table)
        period = over_moving_window(period, f, self.s.text, self.table, self.article.language)
        return closed_at_reference(period, bound, self.context.reference, self.s.text,
                                   self.periods, self.table, self.article.published,
                                   self.context.reference_sentence)

    def _as_its_phrase_reads(self, f: Figure, bound: PeriodMatch | None,
                             period: Period | None) -> Period | None:
        """A period its own phrase gave, as the phrase reads: a rolling window ("Sur douze mois
        glissants, ..."), then the cues of the phrase's words."""
        if bound is not None and period is bound.period:
            period = self._rolling(bound, period)
        if bound is not None and period is bound.period:
            period = self._phrase_cues(f, bound, period)
        return period

    def _beyond_publication(self, at: int, f: Figure, bound: PeriodMatch | None,
                            period: Period | None) -> Period | None:
        """A figure dated by publication at most: a conjunct that gaps the verb of the figure
        before takes that figure's time ("L'industrie en compte 3 100 et les services 9 800");
        that, or a time named but never dated ("au plus fort de la mobilisation"), what the
        article says around it."""
        if _publication_at_most(period) and bound is None:
            period = gapped_conjunct(at, self.figures, self.done, self.s.text, self.table) or period
        if _publication_at_most(period) or _undated_time(period):
            period = self._from_the_article(f, period)
        return period

    def note_compared(self, f: Figure, bound: PeriodMatch | None) -> None:
        """ "19,870 in October, four per cent fewer than the 20,690 recorded in October 2025":
        a figure the sentence compares another with, dated by a phrase of its own after it, is
        a baseline. Its time frames no figure after it, and it is not the whole a part said
        later ("Ontario accounted for 7,420 of those starts") is of. So is the level a change
        started from ("Inflation picked up from 3.1 percent in October", "Unemployment fell
        from 4.1% in August"): the story's time is the change's, not that level's."""
        if bound is None or f.role not in _LEVELS or bound.start - self.s.start < f.end:
            return
        compared = patterns(self.table).compared_with
        if not (
            (compared is not None and compared.search(self.s.text, 0, f.start))
            or started_from(f, self.s.text, self.table)
        ):
            return
        self.context.baselines.add(self.next_id())
        self.context.compared.add(bound.start)

    def _announced(self, at: int, f: Figure, bound: PeriodMatch | None,
                   period: Period | None) -> Period | None:
        """A part of a total said before (unless its own phrase dates it), and a figure dated
        only by the day it was said."""
        if at in self.parts and (bound is None or bound.announced):
            period = self._part_of_total(at, period)
        if bound is not None and bound.announced and period is not None:
            period = self._said_of_an_event(f, bound, period)
        return period

    def _bound_phrase(self, f: Figure, bound: PeriodMatch,
                      period: Period | None) -> tuple[PeriodMatch, Period | None]:
        """A back reference that names a point of a year, a partner's "last year", and a
        phrase comparing with another time (the period is the baseline's)."""
        article, context = self.article, self.context
        if bound.kind is Phrase.back_reference:
            bound = _same_point_of_a_year(bound, self.periods, article.published) or bound
        if last_year_of_a_shorter_partner(f, bound, self.done, self.table):
            bound = replace(bound, kind=Phrase.year_earlier)  # "contre 306 l'an passé"
        if bound.kind is Phrase.back_reference and period is bound.period:
            context.referring.add(self.next_id())
        if bound.kind in BASELINES:
            period = year_earlier(f, self.done, bound, self.carried, self.s,
                                  self._compared_with(bound), self.table)
            if period is None and (alone := units_to_publication(bound, article.published)):
                return bound, alone  # "In the previous 12 months, 3,400 homes were sold"
            context.baselines.add(self.next_id())
            compared_to_date(self.done, bound, article.published)
        return bound, period

    def _past_part(self, f: Figure, period: Period | None) -> Period | None:
        """ "compared to last year, when 25,000 had already crossed" (claims.year_parts)."""
        context = self.context
        if f.unit == "percent":
            return None  # a share in 2021 is of that year's whole
        said = [c for c in self.earlier[-8:] if c.sentence == context.previous_text]
        against = [c for c in [*said, *self.done]
                   if c.id not in context.baselines and c.unit == f.unit]
        found = same_part_of_a_past_year(period, self.s.text, f.start, against, self.table,
                                         self.article.published)
        if found is not None:
            context.baselines.add(self.next_id())
        return found

    def _compared_with(self, bound: PeriodMatch) -> list[Claim]:
        """The figures of the sentence before (not its baselines: "down from a revised 4.9%
        increase in October"), or the window the article was last about."""
        earlier, context = self.earlier, self.context
        said = [c for c in earlier[-8:] if c.sentence == context.previous_text]
        before = [c for c in said if c.id not in context.baselines]
        opening = not said and bound.start - self.s.start <= 1
        if opening or self._anchors_nothing(said, before):
            # "Sur la même période l'an dernier, ..." after a sentence without figures; "up
            # from 398,000 a year ago" after a sentence whose time is carried to it later:
            # the window the article was last about.
            before = self._last_windows()
        return before

    def _anchors_nothing(self, said: list[Claim], before: list[Claim]) -> bool:
        """Whether the sentence before cannot anchor a baseline: all its figures are baselines
        themselves, or neither they nor this sentence's are dated here."""
        return bool(said and not before) or (
            bool(before) and not any(_dated_here(c) for c in [*before, *self.done])
        )

    def _last_windows(self) -> list[Claim]:
        """The recent claims over a window (not baselines themselves): what the article was
        last about, for a baseline the sentence before cannot anchor."""
        baselines = self.context.baselines
        return [
            c for c in self.earlier[-8:] if c.id not in baselines
            and c.period is not None and c.period.kind in WINDOWS
        ]

    def _referred(self, f: Figure, bound: PeriodMatch | None,
                  period: Period | None) -> Period | None:
        """A figure that refers back takes its antecedent's period; a year a "when" clause
        ties it to wins."""
        context = self.context
        if not f.parenthetical and refers_back(f, self.s, bound, self.table,
                                               context.previous_text):
            source = antecedent(self.done, self.earlier, context.previous_text,
                                context.baselines)
            if source is not None and not framed_apart(bound, source, self.s):
                period = carried_from(source)
        published = self.article.published
        return (when_year(f.start, f.end, self.s, self.periods, self.table, published)
                or when_phrase(f, self.s, self.periods, self.done, self.table) or period)

    def _rolling(self, bound: PeriodMatch, period: Period) -> Period | None:
        """A rolling window ("sur douze mois glissants") ends at the release the figures
        before it are of."""
        context = self.context
        prior = [c for c in self.earlier[-8:] if c.sentence == context.previous_text] + self.done
        return rolling_to_release(
            period, bound, [c for c in prior if c.id not in context.baselines],
            self.article.published, [p for p in self.periods if p.kind not in BASELINES],
        )

    def _phrase_cues(self, f: Figure, bound: PeriodMatch, period: Period) -> Period | None:
        """What the clause says of the bound phrase: a total at its day, a forecast's window,
        a count of today."""
        done, figures, s, table = self.done, self.figures, self.s, self.table
        twin = partner_claim(f, done)
        if twin is not None and twin.id in self.context.said:
            twin = None  # dated only by the day it was said ("publiés mardi"): no stock
        found = total_at_day(period, f, figures, s, table, twin.period if twin else None)
        found = forecast_window(found, bound, f, figures, s, table, self.article.published)
        return present_today(found, bound, f, figures, s, table)

    def _part_of_total(self, at: int, period: Period | None) -> Period | None:
        """A part of a total said before takes the total's period, when it has one."""
        done = self.done
        total = self.parts[at] or (done[0] if at and done else None)
        if total is not None and total.period is not None and total.period.kind is not (
            PeriodKind.none
        ):
            return carried_from(total)
        return period

    def _said_of_an_event(self, f: Figure, bound: PeriodMatch, period: Period) -> Period:
        """ "The storm hit on Tuesday. It destroyed 300 homes, officials said Wednesday.": a
        figure dated only by the day it was said takes the scene's day, when that is before."""
        if not (period.text == bound.period.text and period.end == bound.period.end):
            return period
        if not said_of_an_event(f, self.figures, self.s, self.table, bound):
            return period
        self.context.said.add(self.next_id())
        # "Le ministre a annoncé vendredi 457 interpellations": the day's tolls of the
        # strike or protest the article dated, said the day after
        scene = (self.context.scene_for(self.s, f, self.table)
                 or self.context.event_for(self.s, f, self.figures, self.table, self.periods,
                                           tolls=True))
        if scene is not None and scene.end is not None and period.end is not None and (
            scene.end <= period.end
        ):
            return scene
        return period

    def _from_the_article(self, f: Figure, period: Period | None) -> Period | None:
        """A figure with no period of its own (or publication's): the scene, the event or the
        named event the article set, a stock held now, the story's window."""
        s, table, figures, context = self.s, self.table, self.figures, self.context
        # "On the second day of the walkout, ...": the action's Nth day, not the scene's
        period = (nth_day_period(context.action_start, s.text, f, table, self.periods)
                  or context.scene_for(s, f, table) or period)
        period = self._the_events(f, period)
        if _publication_at_most(period):
            period = context.named_event_for(s, f, self.periods, table) or period
        if _publication_at_most(period):
            period = context.when_event_for(s, f, figures, self.periods, table) or period
        period = present_stock(period, f, figures, s, table, self.article.published)
        return context.story_for(period, f, figures, s, table)

    def _the_events(self, f: Figure, period: Period | None) -> Period | None:
        """The day of the event the article dated, for a figure dated by publication at most or
        by an undated time ("à ce stade, 31 personnes en garde à vue", on the strike or protest
        day: a toll so far); else ``period``. Once that day is over (the article is of a later
        day), a toll of it told with no time of its own ("21 de ses membres ont été blessés",
        "Police arrested 45 people") is of that day too; not one told as it stood by then
        ("had been injured", "depuis lundi": a running toll over several days). On the day
        itself, such a toll is only the count so far."""
        if not (_publication_at_most(period) or _undated_time(period)):
            return period
        s, table, context = self.s, self.table, self.context
        so_far = context.event_today and table.now_re.search(s.text) is not None
        found = context.event_for(s, f, self.figures, table, self.periods, so_far)
        if found is None and not context.event_today and not (
                table.periods.running_tolls and table.running_toll_re.search(s.text)):
            found = context.event_for(s, f, self.figures, table, self.periods, tolls=True)
            found = self._linked_to_the_figure_before(found)
        return found or period

    def _linked_to_the_figure_before(self, day: Period | None) -> Period | None:
        """The event's day for a toll, carried from the last figure of the sentence just before
        when that figure was dated the same day ("880 000 personnes ont manifesté", then "Au
        total, 231 personnes ont été interpellées"): the link is kept."""
        if day is None or not self.context.right_after_figures(self.s):
            return day
        last = next((c for c in reversed(self.earlier) if c.period is not None), None)
        if (last is not None and last.id not in self.context.baselines
                and last.period is not None and last.period.kind is PeriodKind.day
                and (last.period.start, last.period.end) == (day.start, day.end)):
            return carried_from(last)
        return day

    def _undated(self, at: int, f: Figure, period: Period | None) -> Period | None:
        """Still undated: known as of publication ("now"), a restatement of the figure before
        ("118 of the deaths, or 82.5%"), or, for a count or an amount, as of publication."""
        published = self.article.published
        if _publication_at_most(period) and published:
            period = _known_now(self.s.text, f, self.table, published) or period
        if (period is None or period.kind is PeriodKind.none) and self._restates_previous(at, f):
            period = carried_from(self.done[-1])
        if period is None and read_at_publication(f.unit) and published is not None:
            period = Period(end=published, resolution="publication", kind=PeriodKind.none)
        return period

    def _restates_previous(self, at: int, f: Figure) -> bool:
        """ "118 of the deaths, or 82.5%": the figure restates the dated one before it."""
        done = self.done
        return bool(done and at and done[-1].period is not None
                    and restates(f, self.figures[at - 1], self.s, self.table))

    def claim_of(self, f: Figure, period: Period | None) -> Claim:
        """The figure's claim: what it counts, its rate, who says it, its modality."""
        s, table, article = self.s, self.table, self.article
        limit = next_period_start(self.periods, s, f.end)
        counted, self.previous_share = what_is_counted(f, s.text, limit, self.done,
                                                        self.previous_share, table)
        per = f.per or rate_after(s.text[:limit], f.end, table) or average_before(
            f, self.figures, s, table
        )
        if per and period is not None and period.kind is not PeriodKind.rate:
            period = period.model_copy(update={"kind": PeriodKind.rate})
        return Claim(
            id=self.next_id(),
            article=article.id,
            line=self.lines.line(s.start + f.start),
            start=s.start + f.start,
            end=s.start + f.end,
            sentence=s.text,
            sentence_start=s.start,
            surface=s.text[f.start : f.end],
            value=f.value,
            lower=lower_bound(f),
            upper=upper_bound(f),
            approx=f.approx,
            decimals=f.decimals,
            unit=f.unit,
            per=per,
            counted=counted,
            lemmas=lemmas_of(counted, article.language, table),
            actor=actor_of(s.text, f.start, table),
            verb=verb_of(s.text, f.start, f.end, table),
            hedge=f.hedge,
            modality=modality_of(s.text, f.start, f.end, table, f.hedge),
            period=period,
            role=f.role,
            language=article.language,
            direction=f.direction,
        )


def _same_point_of_a_year(
    bound: PeriodMatch, periods: list[PeriodMatch], published: date | None
) -> PeriodMatch | None:
    """ "L'année dernière, elles étaient 21 900 à la même période", "En 2022, ils étaient 3 000
    à la même époque": "the same period" after a past year said earlier in the sentence is the
    window of the figures before, in that year (a same-point comparison), not that window."""
    if published is None:
        return None
    for p in periods:
        period = p.period
        if (
            p.start < bound.start
            and p.kind in (Phrase.yearref, Phrase.year)
            and period.start is not None
            and period.end is not None
            and period.start.year == period.end.year < published.year
        ):
            return replace(bound, kind=Phrase.same_point, period=period)
    return None


def _known_now(text: str, f: Figure, table: ExtractionTable, published: date) -> Period | None:
    """ "À ce jour, 64 personnes sont portées disparues", "le bilan s'élève désormais à 18
    morts": a figure stating no period in a sentence that says it holds now is a total known
    at publication (as_of, its start unknown). Windows' lengths and compared figures are not."""
    if f.role is not Role.value or f.hedge or f.unit in DURATIONS:
        return None
    cue = table.now_re.search(text)
    if cue is None:
        return None
    return Period(end=published, text=cue.group(), resolution="publication", kind=PeriodKind.as_of)
