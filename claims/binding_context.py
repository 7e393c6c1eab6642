"""What an article has said so far, for the sentences after: ``ArticleContext`` keeps the
periods stated, the story's days and named events, the frame of the lead, and answers which
window a back reference ("over the same period", "sur la même période") names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from claims.action_days import start_of_the_action
from claims.binding import BASELINES, WORDS
from claims.clauses import clause_of, in_a_relative_clause
from claims.deadlines import dated_words
from claims.event_day_phrases import (
    day_next_to_a_stage,
    not_the_events_day,
    opens_its_sentence,
    the_named_event_day,
    the_one_day,
    when_words,
)
from claims.event_days import (
    EventKind,
    a_day_part_of,
    a_toll_of_the_day,
    dated,
    earlier_one,
    event_kind,
    not_results,
    result_cues,
    the_day_next_to_its_word,
)
from claims.event_results import RESULTS, an_earlier_level, cues_the_event, not_the_result
from claims.figure_model import DURATIONS as _DURATIONS
from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import Claim, Period, PeriodKind, Role
from claims.periods import SCENE_KINDS, PeriodMatch
from claims.phrase_kinds import Phrase
from claims.reference_period import reference_of
from claims.sentence_memo import found_between
from claims.sentences import Sentence


class ArticleContext:
    """What carries from one sentence to the next: recent periods and the last sentence."""

    def __init__(self) -> None:
        self.recent: list[PeriodMatch] = []
        self.last_kept: list[PeriodMatch] = []
        self.previous_text = ""
        self.baselines: set[str] = set()  # ids of figures dated by a comparison ("a year earlier")
        self.said: set[str] = set()  # ids of figures dated only by the day it was said
        # Where the phrases dating a figure another is compared with start ("than the 20,690
        # recorded in October 2025"): no later phrase refers back to them.
        self.compared: set[int] = set()
        self.referring: set[str] = set()  # ids of figures dated by "over the same period"
        self.continuing: set[str] = set()  # sentences right after a sentence with figures
        # The days each sentence with figures names itself, said of no statement ("Divers went
        # back on Sunday and ... 40 metres down"): the frame of another day does not go on in it.
        self.days_named: dict[str, frozenset[date]] = {}
        self._last: Sentence | None = None  # the latest sentence with figures
        # The day a sentence without figures is about, and that sentence's index.
        self.scene: tuple[int, Period] | None = None
        self.scene_reach = 2  # how many sentences after it the scene's day reaches
        self.event: Period | None = None  # "Tuesday's election": the day results are about
        self.event_kind = EventKind.vote  # what the event is: a vote, a strike or protest
        self.event_today = False  # a strike or protest on the day of publication
        self.headline_kind: EventKind | None = None  # the kind of event the headline names
        # "The rail strike began on Tuesday", "mercredi, deuxième jour de la grève": the day the
        # strike or protest began, which its Nth day counts from
        self.action_start: date | None = None
        self.event_sentence = -1  # the index of the sentence that named the vote's day
        # A later sentence opened on a day still to come (the next round): the event's day
        # reaches no figure past it until a sentence names that day again
        # (``_follow_the_event``).
        self.event_closed = False
        self.action_told = -9  # the index of the latest sentence with figures naming an action
        # "au premier tour, le 16 mars": the day each named stage of an event took place.
        self.named: dict[str, Period] = {}
        # "since the first case was identified on Aug. 24": the window the story counts in,
        # the first one stated from an event's start (not a calendar year's).
        self.story: Period | None = None
        # Every window stated from an event's start so far ("depuis l'ouverture de la collecte,
        # le 14 septembre"), first first: "depuis le début de la collecte" names one of them.
        self.openings: list[Period] = []
        # The words of each sentence that named one day of an event, with that day ("A tunnel
        # collapsed at the mine on Monday"), latest last: "when the tunnel collapsed" names it.
        self.dated: list[tuple[frozenset[str], Period]] = []
        # The closed week, month or quarter a release's lead names ("Du 16 au 22 novembre"):
        # its running totals count up to its end (claims.reference_period).
        self.reference: Period | None = None
        self.reference_sentence = ""  # the lead sentence that named it, with its source
        self._leads_left = 2  # the lead sentences with figures still to read for it

    def note_reference(self, claims: list[Claim], published: date | None) -> None:
        """Read the period a release is about from the first figures of its lead (the
        headline and the first sentence with figures)."""
        if self._leads_left <= 0 or not claims:
            return
        self._leads_left -= 1
        if self.reference is None:
            self.reference = reference_of(claims, self.baselines, published)
            if self.reference is not None:
                self.reference_sentence = claims[0].sentence
                self._leads_left = 0

    def follow(self, s: Sentence) -> None:
        """Note whether a sentence with figures comes right after the last one (a paragraph
        break between is fine, wire copy has one sentence a paragraph; a sentence between,
        a caption or a new story, is not): only then does it go on about the same time."""
        if self.right_after_figures(s):
            self.continuing.add(s.text)
        self._last = s

    def right_after_figures(self, s: Sentence) -> bool:
        """Whether the sentence comes right after the last one with figures, a paragraph break
        between at most (``follow``'s test, asked before ``follow`` notes the sentence)."""
        return self._last is not None and s.index <= self._last.index + 2

    def note_days_named(self, s: Sentence, periods: list[PeriodMatch],
                        table: ExtractionTable, published: date | None = None) -> None:
        """The days a sentence names, said of no statement, in no clause about another event
        or a place ("où la tempête a touché terre dimanche", "after an avalanche swept ... on
        Thursday"): ``days_named``."""
        days = frozenset(
            p.period.end for p in periods
            if p.kind in SCENE_KINDS and not p.announced and p.period.end is not None
            and not in_a_relative_clause(s.text, p.start - s.start, table)
        )
        if days:
            self.days_named[s.text] = days
        if days and self.event is not None and s.index > self.event_sentence:
            self._follow_the_event(s, periods, days, published)

    def _follow_the_event(self, s: Sentence, periods: list[PeriodMatch],
                          days: frozenset[date], published: date | None) -> None:
        """Whether the event's day still reaches the figures after a sentence naming ``days``:
        not after one that opens on a day still to come ("Au second tour, dimanche 22 mars,
        quatre listes pourront se maintenir", read on the 17th: what follows may be of that
        vote), again after one naming the event's day. A day to come told at the end of a
        sentence ("Les deux candidats s'affronteront au second tour, dimanche 13 décembre")
        frames nothing after it; a past day ("On Wednesday, 72 people were still being
        treated", "Lors de la précédente journée d'action, le mardi 13 octobre") is an update
        or a look back."""
        end = self.event.end if self.event is not None else None
        if end is None or published is None:
            return
        if end in days:  # "On Tuesday, the session lasted late": the event's day again
            self.event_closed = False
        elif any(p.period.end is not None and p.period.end > published and p.kind in SCENE_KINDS
                 and opens_its_sentence(s.text[: p.start - s.start], s.text[p.end - s.start :])
                 for p in periods):
            self.event_closed = True

    def set_scene(self, s: Sentence, periods: list[PeriodMatch]) -> None:
        """A sentence without figures that names one day or a few days ("Protesters clashed
        with police on Thursday."): the figures right after it are about that day. A sentence
        naming something else, or more than one time, ends any scene before it."""
        self.remember(s, periods)
        stated = [p for p in periods if not p.announced and p.kind not in BASELINES]
        if len(stated) != 1 or not _a_scene(stated[0]):
            self.scene = None if stated else self.scene
            return
        period = stated[0].period
        if period.start is None or period.end is None:
            return
        self.scene = (s.index, period.model_copy(update={"resolution": "carried"}))

    def scene_for(self, s: Sentence, f: Figure, table: ExtractionTable) -> Period | None:
        """The day of the sentence just before (a paragraph break between is fine), for a
        figure stating no period: a count of that day's events, unless the sentence speaks of
        the present ("now has 1,400 volunteers", "are housed in gyms") or the figure is an
        estimate or a baseline."""
        if self.scene is None or s.index > self.scene[0] + self.scene_reach:
            return None
        if f.role is not Role.value or f.hedge or f.unit in _DURATIONS:
            return None
        if table.present_re.search(s.text) or table.present_passive_re.search(s.text):
            return None  # "Quelque 140 agents sont mobilisés": a state held now
        return self.scene[1]

    def note_event_day(
        self, s: Sentence, periods: list[PeriodMatch], table: ExtractionTable,
        published: date | None,
    ) -> None:
        """ "Les Suisses ont accepté dimanche l'initiative ...", "adoptée à 91,8 % des voix lors
        du référendum organisé samedi, selon les résultats publiés dimanche soir": the one day
        a sentence about a vote names (not the day its results were said) is the day of the
        vote the article reports, noted once. Not a vote recalled ("l'avait adoptée le 3
        juin"), nor one still to come. A strike or protest likewise ("La mobilisation ... a été
        suivie de façon inégale, jeudi 3 décembre"), or the one day of a lead under a headline
        naming one."""
        if s.index == 0:
            self.note_headline(s.text, table)
        kind = event_kind(s.text, s.index, self.headline_kind, table)
        if kind is EventKind.action:  # "Jeudi 19 novembre, 1,2 million ...": a rally of its own day
            dated_here = any(not p.announced and dated(p) for p in periods)
            self.action_told = -9 if dated_here else s.index
        if kind is EventKind.action and self.action_start is None:  # "The strike began Tuesday"
            self.action_start = start_of_the_action(s.text, the_one_day(periods), table)
        if self.event is not None or kind is None:
            return
        day = (the_named_event_day(periods) or the_one_day(periods)
               or the_day_next_to_its_word(periods, s.text, s.start, kind, table))
        if day is None:
            return
        if not_the_events_day(day, kind, s.text, table, published):
            return
        self.event = day.model_copy(update={"resolution": "carried"})
        self.event_sentence = s.index
        self.event_kind = kind
        self.event_today = kind is EventKind.action and day.end == published

    @property
    def action_day(self) -> date | None:
        """The day of the strike or protest the article reports, if it dated one."""
        if self.event is None or self.event_kind is not EventKind.action:
            return None
        return self.event.end

    def note_headline(self, text: str, table: ExtractionTable) -> None:
        """A headline naming a strike or protest ("34 écoles fermées par la grève"), in the
        front matter or as the first line: the lead's one day is that action's."""
        if table.periods.action_words and table.action_word_re.search(text):
            self.headline_kind = EventKind.action

    def event_for(
        self, s: Sentence, f: Figure, figures: list[Figure], table: ExtractionTable,
        periods: list[PeriodMatch], tolls: bool = False,
    ) -> Period | None:
        """The day of the vote the article dated, for a result stating no period ("rejected by
        312 votes", "won with 58% of the vote", "contre 1 121 300 non") in a sentence naming no
        time of its own (the vote's day aside, in the sentence that named it), unless its clause
        speaks of the present or looks back (a pluperfect), or the sentence up to its clause's
        end names a poll, an earlier vote or a threshold. A member of a list sharing the
        sentence's verb ("Genève l'a accepté à 61,8 %, le Jura à 64,5 %") and the other side of
        a tally ("58,4 % des suffrages, contre 27,1 % pour son adversaire") are results as the
        sentence is; the level a share is compared from is not ("fell to 27.4% from 33.9%").
        With ``tolls`` (a toll told as it stands on the strike or protest day: "à ce stade, 31
        personnes en garde à vue"; or said on a later day: "a annoncé vendredi 457
        interpellations"), the day's tolls are its figures."""
        if not self._may_date(f):
            return None
        left, right = clause_of(f, figures, s.text)
        if self._names_another_time(s, periods, right):
            return None  # "in last year's presidential election, when 74,912 ballots were cast"
        if an_earlier_level(f, s.text, table):
            return None  # "fell to 27.4% from 33.9%": the level before, not this vote's
        if a_day_part_of(s.text, left, right, table):  # "dans la journée"
            return None if earlier_one(f, s.text, self.event_kind, table) else self.event
        kind = self.event_kind
        if not (cues_the_event(f, s.text, left, right, result_cues(kind, table))
                or (tolls and a_toll_of_the_day(kind, s.text, left, right, table))):
            kind = EventKind.action  # "Outside parliament, thousands rallied": the vote's day
            if not (self._a_rally_beside(s, table) and (
                    cues_the_event(f, s.text, left, right, result_cues(kind, table))
                    or a_toll_of_the_day(kind, s.text, left, right, table))):
                return None
        if not_the_result(f, s.text, left, right, table, not_results(kind, table),
                           self.event_today):
            return None
        return self.event

    def _a_rally_beside(self, s: Sentence, table: ExtractionTable) -> bool:
        """A protest or rally told beside the vote the article reports, in the figure's
        sentence, the one before, or a sentence with figures at most ``scene_reach`` before
        ("Outside parliament, several thousand people rallied ... Police put the crowd at about
        3,500 ... Two people were detained"): its crowd and its arrests are of the vote's day
        while no sentence opened on a day to come (``event_closed``). Not a rally the sentence
        before dates ("Jeudi 19 novembre, 1,2 million de personnes ont manifesté ... À Paris, la
        préfecture de police a compté 41 000 manifestants"): that day is the rally's."""
        if self.event_kind is not EventKind.vote or not table.periods.action_words:
            return False
        before = self.days_named.get(self.previous_text, frozenset())
        if self.event is None or before - {self.event.end}:
            return False  # "Jeudi 19 novembre, 1,2 million ...": that rally's own day
        return (s.index <= self.action_told + self.scene_reach
                or any(table.action_word_re.search(t) for t in (s.text, self.previous_text)))

    def _may_date(self, f: Figure) -> bool:
        """An event is dated, and the figure is a result told as a fact: said or the other side
        of a tally, not a duration ("three hours of voting") nor a hedged figure ("could
        reach 58%")."""
        return not (self.event is None or self.event_closed or f.role not in RESULTS
                    or f.unit in _DURATIONS or f.hedge)

    def _names_another_time(self, s: Sentence, periods: list[PeriodMatch], right: int) -> bool:
        """The sentence, up to the end of the figure's clause at ``right`` (not a compared vote
        after it: "Turnout was 24.6%, down 3.1 points from the Oct. 7 general election"), states
        a time of its own, other than the vote's day in the sentence that named it."""
        stated = [p for p in periods
                  if p.start - s.start < right and not p.announced and dated(p)]
        return bool(stated) and not (s.index == self.event_sentence and len(stated) == 1)

    def note_named_events(
        self, s: Sentence, periods: list[PeriodMatch], table: ExtractionTable
    ) -> None:
        """Remember the day a named stage is given with ("Dimanche, au second tour", "au
        premier tour, le 16 mars"): the first day said right next to it."""
        pattern = table.named_event_re
        if pattern is None:
            return
        for m in pattern.finditer(s.text):
            name = " ".join(m.group().lower().split())
            if name in self.named:
                continue
            day = day_next_to_a_stage(m, periods, s)
            if day is not None:
                self.named[name] = day.model_copy(update={"resolution": "carried"})

    def named_event_for(
        self, s: Sentence, f: Figure, periods: list[PeriodMatch], table: ExtractionTable
    ) -> Period | None:
        """ "Au premier tour, trois listes étaient en lice": a figure stating no time, in a
        sentence naming a stage whose day the article gave, is of that day."""
        pattern = table.named_event_re
        if pattern is None or not self.named or f.role is not Role.value:
            return None
        if f.unit in _DURATIONS or any(not p.announced for p in periods):
            return None
        m = pattern.search(s.text)
        if m is None or m.start() > f.start:
            return None
        return self.named.get(" ".join(m.group().lower().split()))

    @property
    def periods(self) -> list[Period]:
        return [p.period for p in self.recent]

    def remember(
        self, s: Sentence, periods: list[PeriodMatch], table: ExtractionTable | None = None
    ) -> None:
        """Keep the last few resolved periods, for phrases that refer back."""
        kept = [p for p in _referable(s, periods, table) if p.start not in self.compared]
        for p in periods:
            if p.kind is Phrase.event_day and p.period.start is not None and not p.announced:
                self.event = p.period.model_copy(update={"resolution": "carried"})
        if self.story is None:
            self.story = _story_start(kept)
        self.openings = [*self.openings, *_story_starts(kept)][-8:]
        self.recent = (self.recent + kept)[-16:]  # "in the quarter" may refer a way back
        self.last_kept = kept  # the phrases of the latest sentence with figures
        self.previous_text = s.text
        noted = dated_words(s, kept, table)  # "A tunnel collapsed at the mine on Monday"
        self.dated = [*self.dated, noted][-8:] if noted is not None else self.dated

    def when_event_for(
        self, s: Sentence, f: Figure, figures: list[Figure], periods: list[PeriodMatch],
        table: ExtractionTable,
    ) -> Period | None:
        """ "The company says about 50 people were underground when the tunnel collapsed", after
        "A tunnel collapsed at the mine on Monday": a figure stating no time, whose clause ties it
        to an event ("when ...") the article dated, is of that event's day. The event is known by
        its words: every word of the "when" clause that is not a small word stands in the
        sentence that dated it."""
        if not self.dated or f.role is not Role.value or f.unit in _DURATIONS:
            return None
        if any(not p.announced for p in periods):
            return None
        words = when_words(f, figures, s, table)
        if len(words) < 2:
            return None
        for said, day in reversed(self.dated):
            if words <= said:
                return day
        return None

    def from_story_start(self, periods: list[PeriodMatch]) -> list[PeriodMatch]:
        """ "La banque alimentaire comptait 41 800 colis distribués depuis l'ouverture", after
        "depuis l'ouverture de la collecte, le 14 septembre": a window from a start the phrase
        names but does not date runs from the story window's start, when that window opened on
        the same thing (the noun the phrase names, if any, stands in the story's phrase) and
        before the phrase's end. Otherwise it stays a count as of its end, start unknown."""
        if not self.openings and not self.dated:
            return periods
        return [
            _from_the_story(p, self.openings, self.dated) if p.kind is Phrase.since_story else p
            for p in periods
        ]

    def story_for(
        self, period: Period | None, f: Figure, figures: list[Figure], s: Sentence,
        table: ExtractionTable,
    ) -> Period | None:
        """ "Eleven patients have been hospitalized", "There have been 14 deaths": a count in
        the present perfect that no phrase dates, in an article counting since an event's
        start ("62 cases since the first case was identified on Aug. 24"), is counted in that
        window up to publication, not a stock of unknown start."""
        story = self.story
        if story is None or period is None or period.resolution != "publication":
            return period
        if not _a_plain_count(f) or period.end is None:
            return period
        left, right = clause_of(f, figures, s.text)
        if not found_between(table.running_perfect_re, s.text, left, right):
            return period
        if story.start is None or story.start > period.end:
            return period
        return story.model_copy(update={"end": period.end, "kind": PeriodKind.to_date})


def _from_the_story(p: PeriodMatch, openings: list[Period],
                    dated: list[tuple[frozenset[str], Period]]) -> PeriodMatch:
    """A "since the opening" phrase dated by a window the article opened before: the latest
    that names the thing the phrase names ("depuis le début de la collecte"), else the day of
    the latest sentence that named that thing's one day ("Le volcan est entré en éruption
    lundi" before "depuis le début de l'éruption"), else, naming none ("depuis
    l'ouverture"), the story's first; only if it started by the phrase's end."""
    period = p.period
    opening = _opening_named(period, openings, dated)
    if opening is None or opening.start is None or period.end is None or (
        opening.start > period.end
    ):
        return p
    update = {"start": opening.start, "kind": PeriodKind.to_date, "resolution": "carried"}
    return replace(p, period=period.model_copy(update=update))


def _opening_named(period: Period, openings: list[Period],
                   dated: list[tuple[frozenset[str], Period]]) -> Period | None:
    """The window or day a "since the opening" phrase means: the latest opening that names
    the thing the phrase names, else the latest day told of that thing; the story's first
    opening when the phrase names nothing ("depuis l'ouverture")."""
    named = WORDS.findall(period.text.lower())[3:]  # "depuis le début de la collecte"
    if not named:
        return openings[0] if openings else None
    naming = [o for o in openings if named[-1] in {w.lower() for w in WORDS.findall(o.text)}]
    if naming:
        return naming[-1]
    days = [day for words, day in dated if named[-1] in words]
    return days[-1] if days else None


def _a_plain_count(f: Figure) -> bool:
    """A count said as a value, no estimate."""
    return f.role is Role.value and f.unit == "count" and not f.hedge


def _referable(
    s: Sentence, periods: list[PeriodMatch], table: ExtractionTable | None
) -> list[PeriodMatch]:
    """The phrases later sentences may refer back to: resolved, stated, no baseline ("a year
    earlier") nor a phrase after one."""
    return [
        p
        for p in periods
        if (p.period.start or p.period.end)
        and p.kind not in BASELINES
        and not p.announced
        and not (table is not None and _after_a_baseline(s, p, table))
    ]


def _story_start(kept: list[PeriodMatch]) -> Period | None:
    """The first window counted from an event's start ("since Aug. 24"), carried."""
    return next(
        (p.period.model_copy(update={"resolution": "carried"}) for p in kept
         if p.kind in _STORY_STARTS and p.period.kind is PeriodKind.to_date
         and p.period.start is not None),
        None,
    )


def _story_starts(kept: list[PeriodMatch]) -> list[Period]:
    """The windows counted from an event's start a sentence states, in order."""
    return [p.period for p in kept if p.kind in _STORY_STARTS
            and p.period.kind is PeriodKind.to_date and p.period.start is not None]


# Windows from an event's start ("since the campaign began on May 2", "since Tuesday", "since
# the outbreak began in mid-March"), not from a calendar year's ("so far this year").
_STORY_STARTS = frozenset({
    Phrase.since_day, Phrase.since_weekday, Phrase.since_month, Phrase.since_month_part,
})


def _after_a_baseline(s: Sentence, p: PeriodMatch, table: ExtractionTable) -> bool:
    """ "more than in the previous five years combined": what a figure is measured against,
    which "over the same period" after it does not mean."""
    return bool(table.baseline_before_re.search(s.text[: max(0, p.start - s.start)]))


def _a_scene(p: PeriodMatch) -> bool:
    """A day, or a year that has ended ("La délinquance a encore progressé en 2023.", "Crime
    rose in 2023, the ministry said."): an annual report's sentence without figures, whose
    year the figures right after it are of."""
    return p.kind in SCENE_KINDS or (p.kind is Phrase.year and p.period.kind is PeriodKind.interval)
