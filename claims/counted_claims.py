"""Claims of an article written in a counter language (Korean), sentence by sentence.

Figures come from ``claims.counters``; what each counts, what happened to it and who gives it
come from the morphemes of the language's tokenizer hook, tagged only for the sentences that
hold a figure (tagging is the slow step); periods come from the shared period grammar. The
word order is the counter languages': the counted noun and the period stand before the figure
("올해 ... 피의자 387명"), the verb and the source's "said" after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from claims.compared_before import compared_before_the_story
from claims.counted_bases import base_spans
from claims.counted_claimed import claimed_figures
from claims.counted_compared import subject_counted
from claims.counted_cumulative_scope import an_earlier_reading
from claims.counted_data_day import settle_periods
from claims.counted_event_start import event_began_on, on_the_first_day, since_the_event_began
from claims.counted_frame import (
    expose_change,
    frame,
    link_stated_shares,
    listed_parts_take_the_event,
)
from claims.counted_levels import as_of_its_day, held_at_its_time, rate_at_a_moment
from claims.counted_modality import forecast
from claims.counted_morphemes import (
    counted_of,
    dates_a_clause,
)
from claims.counted_named import name_the_things
from claims.counted_narration import narrated_day
from claims.counted_periods import (
    SaidBefore,
    beyond_a_compared,
    lead_day_hour,
    period_of,
    picked_out,
)
from claims.counted_places import PlaceSpan, estimate_source, estimate_spans, place_of, place_spans
from claims.counted_record import claim_of
from claims.counted_running_totals import cumulative, through_the_month
from claims.counted_sources_ko import source_of
from claims.counted_stocks import held_stock
from claims.counted_story_days import anchor_story_days, glossed_days_before
from claims.counted_vote_day import Vote, a_past_vote_carried, of_the_vote, vote_day
from claims.counted_windows import (
    BASELINES,
    compared_days,
    compared_level,
    completed,
    count_held,
    dated_by_event,
    dates_a_cause,
    event_window,
    first_stated_claim,
    is_release_day,
    spans_of,
    words_between,
)
from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext, load_counter_table
from claims.counters import read_counted_figures
from claims.lang import ExtractionTable, load_table
from claims.models import (
    STATED,
    Article,
    Claim,
    ExtractionStats,
    Period,
    PeriodKind,
    Role,
)
from claims.numbered_votes import of_its_numbered_vote, of_this_vote, vote_years
from claims.periods import PeriodMatch, find_periods
from claims.phrase_kinds import Phrase
from claims.reference_period import compares_with
from claims.said_days import said_day
from claims.sentences import LineIndex, Sentence, split_sentences
from claims.tokenizers import Morpheme, tokenizer_for

RECENT_PERIODS = 4
LATEST_DAYS = (Phrase.day, Phrase.as_of, Phrase.relative_day)  # days a story goes on with
LEAD_SENTENCES = 2  # the headline and the lead (sentence indexes 0 to 2)
SINCE = frozenset({Phrase.since_day, Phrase.since_month, Phrase.last_month_day,
                   Phrase.since_relative_day})


def extract_counted(article: Article, stats: ExtractionStats) -> list[Claim]:
    """All claims of one article, in text order."""
    story = _Story(article, load_table(article.language).extraction)
    sentences = list(split_sentences(article.text, story.table, article.body_start))
    story.vote = vote_day(sentences, article, story.ctx)
    story.vote_years = vote_years(sentences, story.ctx, article.published)
    for s in sentences:
        story.read(s, stats)
    settle_periods(story.claims, article.published, story.ctx, list(story.table.periods.units))
    name_the_things(story.claims, sentences, story.ctx)
    return story.claims


@dataclass
class _Sentence:
    """What one sentence with figures gives each of its figures: its morphemes, the source it
    names, the places in it and the period phrases that may date them."""

    s: Sentence
    figures: list[CountedFigure]
    morphs: Sequence[Morpheme]
    named: str | None
    places: list[PlaceSpan]
    periods: list[PeriodMatch]


@dataclass
class _Story:
    """An article read sentence by sentence: its claims so far, and what the sentences before
    set for the ones after (the story's days, its event, its lead's day and place, the windows
    a release states)."""

    article: Article
    table: ExtractionTable
    claims: list[Claim] = field(default_factory=list)
    recent: list[Period] = field(default_factory=list)
    previous_text: str = ""
    story_day: date | None = None  # the day the story last named: what "이날", "전날" count from
    # figures dated by what they are compared with ("지난해 같은 기간")
    baselines: set[str] = field(default_factory=set)
    # figures of a window picked out of the story's ("지난주에만")
    parts: set[str] = field(default_factory=set)
    event_start: date | None = None  # "지난 16일부터 이어진 호우로" in the lead: when it began
    story_began: date | None = None  # the day the article says its event began, anywhere
    event: Period | None = None  # "지난 4일 발생한 산불이 6일 꺼졌다": the story's event
    began: Period | None = None  # the day an event began, its end not said yet
    # "19일 오전 4시쯤 ... 아파트에서 불이 났다. 이 불로 2명이 숨지고": the day of an event a
    # lead sentence with no figure of its own states, which the event's figures after it take
    day_event: Period | None = None
    lead_day: date | None = None  # "사전투표 첫날인 오늘(29일)": the one day the lead dates
    article_place: PlaceSpan | None = None  # the place the headline names
    headline: str = ""  # the first sentence: a headline restates, its periods loosely
    release_window: Period | None = None  # a window stated in a sentence with no figure
    # days a bulletin told an hour of ("오후 3시 기준"), and the levels that kept their own day
    hour_days: set[date] = field(default_factory=set)
    day_levels: set[str] = field(default_factory=set)
    latest_day: date | None = None  # the latest day the story has told, up to publication
    # "불이 난 건 그제(8일) 오후 2시 10분쯤.": a figure-less sentence's day, claims before it
    narrated: tuple[int, Period] | None = None
    vote: Vote | None = None  # "3일 치러진 제21대 대통령선거": the day of the vote it reports
    vote_years: dict[str, int] = field(default_factory=dict)  # "1987년 13대 대선": 13 -> 1987

    def __post_init__(self) -> None:
        self._tagged: tuple[str, list[Morpheme]] = ("", [])
        self._topics: set[str] = set()  # claims whose counted is the subject they are the value of
        self.counters = load_counter_table(self.article.language)
        self.ctx = self.counters.context
        self.tokenizer = tokenizer_for(self.article.language)
        self.lines = LineIndex(self.article.text)

    def read(self, s: Sentence, stats: ExtractionStats) -> None:
        """Read one sentence: its periods, its figures' claims, what it sets for the next."""
        figures, seen = read_counted_figures(s.text, self.counters)
        if s.index == 0:
            self.headline = s.text
        stats.numbers_seen += seen
        periods = self._periods(s, seen, bool(figures))
        if not figures and self._lead_after_a_begun_day(s):
            self.day_event = self.day_event or self._day_event(s, self.began)
        if not figures and s.index == 0 and self.article_place is None:
            self._headline_place(s)
        if figures:
            periods, figures = self._read_figures(s, figures, periods)
            stats.claims += len(figures)
        self._after(s, figures, periods)

    def _lead_after_a_begun_day(self, s: Sentence) -> bool:
        """A lead sentence, before any event is known, after one that said the day an event
        began: it may name that day's event."""
        began = self.began
        return (self.event is None and s.index <= LEAD_SENTENCES
                and began is not None and began.kind is PeriodKind.day)

    def _periods(self, s: Sentence, seen: int, with_figures: bool) -> list[PeriodMatch]:
        """The sentence's period phrases, the story's days anchored, dated by the lead's event."""
        article = self.article
        periods = (find_periods(s.text, s.start, article.language, article.published,
                                self.recent) if seen else [])
        # "KBO는 전날까지 ... 기록했다고 20일 밝혔다": the day the statement names anchors its
        # "전날", not a day an earlier sentence named
        said = _day_of_saying(periods, s, self.ctx)
        details = (set() if s.index <= LEAD_SENTENCES or not periods
                   else self._dated_details(s, periods)) | compared_days(periods, s, self.ctx)
        glosses = glossed_days_before(periods, s.text, s.start,
                                      self.table.periods.relative_days, self.ctx)
        periods, self.story_day = anchor_story_days(periods, said or self.story_day,
                                                    article.published, self.table, self.ctx,
                                                    details, glosses, with_figures,
                                                    self.latest_day)
        self._note_days(periods)
        self.story_began = self.story_began or event_began_on(
            s.text, periods, s.start, self.ctx, self.table.periods.count_words,
            self.table.periods.units)
        if s.index <= LEAD_SENTENCES and periods:
            window, self.began = event_window(periods, s, self.ctx, article.published,
                                              self.began)
            self.event = window or self.event
            if self.event is not None:
                periods = dated_by_event(periods, s, self.ctx, self.event)
        return periods

    def _next_id(self) -> str:
        """The id of the figure being read ("a.md#7"): its period is set before its claim is
        made, and a level that kept its own day is noted by the id its claim will take."""
        return f"{self.article.id}#{len(self.claims) + 1}"

    def _note_days(self, periods: list[PeriodMatch]) -> None:
        """The latest day the story has told, up to publication, and the days a bulletin told an
        hour of ("오늘 오후 3시 기준"): a wrap-up's "이날 오후 6시 기준" is of that latest day,
        and a level carried into a day with a bulletin hour is as of it (claims.counted_levels)."""
        told = [p.period.end for p in periods if p.kind in LATEST_DAYS]
        self.latest_day = _latest_told(self.latest_day, told, self.article.published)
        self.hour_days |= {p.period.end for p in periods if self._an_hours_day(p)}

    def _an_hours_day(self, p: PeriodMatch) -> bool:
        """A day the phrase tells an hour of, as a bulletin does ("오늘 오후 3시 기준")."""
        return (p.period.kind is PeriodKind.as_of and bool(p.period.end)
                and self.ctx.names_an_hour(p.period.text))

    def _dated_details(self, s: Sentence, periods: list[PeriodMatch]) -> set[int]:
        """ "이와 별도로 지난 21일 마감한 희망퇴직에": the days (their starts) that date a relative
        clause of the body, a detail's day, not the day the story goes on with ("이날")."""
        if not any(p.kind is Phrase.day for p in periods):
            return set()
        return {p.start for p in periods if p.kind is Phrase.day
                and dates_a_clause(self._morphemes(s.text), p.end - s.start)}

    def _morphemes(self, text: str) -> list[Morpheme]:
        """The sentence's morphemes, tagged once (the periods may ask before the figures)."""
        if self.tokenizer is None:
            return []
        if self._tagged[0] != text:
            self._tagged = (text, self.tokenizer.morphemes(text))
        return self._tagged[1]

    def _day_event(self, s: Sentence, began: Period) -> Period:
        """The day the event happened, or, while the lead says it still runs ("9일째 이어지고
        있다"), from that day to publication (begun on publication's day: that day alone)."""
        published = self.article.published
        if published is None or began.start is None or began.start >= published or not any(
                w in s.text for w in self.ctx.event_ongoing):
            return began
        return Period(start=began.start, end=published, text=began.text, resolution="relative",
                      kind=PeriodKind.to_date)

    def _headline_place(self, s: Sentence) -> None:
        """ "충남 당진 폭우 피해 속출": the place a headline with no figure names."""
        if self.tokenizer is None:
            return
        lead = place_spans(self.tokenizer.morphemes(s.text), s.text, self.ctx)
        # the whole country is no place of an article's own ("전국 평균 실업률은 ...")
        self.article_place = next((p for p in lead if not p.national), None)

    def _read_figures(self, s: Sentence, figures: list[CountedFigure],
                      periods: list[PeriodMatch]
                      ) -> tuple[list[PeriodMatch], list[CountedFigure]]:
        """The claims of a sentence's figures; returns the phrases that date figures (not the
        day a release was said, nor a cause's), and the figures that are claims (a share of a
        group the story names stands as its two counts; a rule's threshold is none)."""
        read = self._sentence(s, figures, periods)
        figures = read.figures = claimed_figures(figures, read.morphs, self.ctx,
                                                 self.article.language)
        earlier: list[Claim] = self.claims[:]
        done: list[Claim] = []
        for f in figures:
            said = SaidBefore(done, earlier, self.previous_text, self.baselines, self.parts,
                              self.headline, self.release_window, self.narrated)
            claim = self._figure_claim(f, read, said)
            self.claims.append(claim)
            done.append(claim)
        for f, claim in zip(figures, done, strict=True):
            if f.partner is not None:
                claim.linked = done[f.partner].id
                expose_change(claim, done[f.partner])
        link_stated_shares(figures, done, s.text, self.ctx, self.claims)
        listed_parts_take_the_event(figures, done, s.text, read.morphs, self.ctx)
        return read.periods, figures

    def _sentence(self, s: Sentence, figures: list[CountedFigure],
                  periods: list[PeriodMatch]) -> _Sentence:
        """What the sentence gives its figures: its morphemes, the source it names, its places
        (the first one the headline opens with is the article's), and its period phrases but
        the day a release was said and a cause's."""
        ctx = self.ctx
        morphs = self._morphemes(s.text)
        source = source_of(morphs, ctx, s.text)
        named = ctx.source_aliases.get(source or "", source)  # "질병청"
        places = place_spans(morphs, s.text, ctx, spans_of(s.text, source))
        if s.index == 0 and self.article_place is None:
            self.article_place = _opening_place(places, figures)
        dating = _dating(periods, s, figures, morphs, source, ctx)
        return _Sentence(s, figures, morphs, named, places, dating)

    def _figure_claim(self, f: CountedFigure, read: _Sentence, said: SaidBefore) -> Claim:
        """One figure's claim: its period, source, modality and frame."""
        s, ctx = read.s, self.ctx
        period, baseline = self._figure_period(f, read, said)
        estimate = estimate_source(read.morphs, s.text, f, ctx)
        sides = estimate_spans(read.morphs, s.text, read.figures, ctx)  # each side's, skipped
        counted = counted_of(read.morphs, s.text, f, ctx, read.figures,
                             [*_not_counted_spans(read, self.article.language), *sides],
                             [*read.places, *(PlaceSpan(a, b, "") for a, b in sides)])
        if not counted.text:  # "1년 전보다 6.8% 늘었다", "전날(1천700여 명)보다"
            dated = [(p.start - s.start, p.end - s.start) for p in read.periods]
            counted = subject_counted(f, s.text, read.figures, read.morphs, said,
                                      self._topics, ctx, dated) or counted
        claim = claim_of(self.article, s.text, s.start, f, read.morphs, counted, ctx, self.lines,
                         estimate[0] if estimate else read.named, period)
        claim.id = self._next_id()
        if counted.topic:
            self._topics.add(claim.id)
        forecast(claim, s.text, f, read.figures, ctx, self.article.published)
        self._note_baseline_or_part(claim, f, read, baseline)
        place = place_of(read.places, f, read.figures, s.text)
        frame(claim, f, s, read.morphs, ctx, self.table, said, counted,
              place or self.article_place, place is None, read.places)
        return claim

    def _note_baseline_or_part(self, claim: Claim, f: CountedFigure, read: _Sentence,
                               baseline: bool) -> None:
        """Which later figures may refer to this claim: a baseline's, or a part picked out of
        a total said before (its phrase picks a part of the window, an earlier release is
        named before it, or it is the total's earlier reading) that only "이 가운데" takes."""
        s, ctx = read.s, self.ctx
        story = self._story_window()
        if baseline or self._of_the_compared_period(claim) or compared_before_the_story(
            claim, s, f, story, ctx, self.table
        ) or beyond_a_compared(claim, f, s, read.periods, read.figures, ctx):
            self.baselines.add(claim.id)
        elif (picked_out(claim.period, s, read.periods, ctx, self._story_window())
              or words_between(s.text, 0, f.start, ctx.earlier_release)
              or an_earlier_reading(claim, self.claims, self.baselines | self.parts, s.text, f,
                                    ctx.cumulative_words)):
            self.parts.add(claim.id)  # an earlier reading: still what "이 가운데" refers to

    def _story_window(self) -> Period | None:
        """The window of the story's first figure that stated one (not a baseline's): the
        period a release is about."""
        first = first_stated_claim(self.claims, self.baselines | self.parts)
        return first.period if first is not None else None

    def _of_the_compared_period(self, claim: Claim) -> bool:
        """ "지난해 3분기 영업이익은 2조9천410억 원이었다", "직전 분기인 2분기 영업이익은 ...
        이었다" in a release on this year's third quarter: a figure its own phrase dates to the
        period the release's is compared with (a year back, or the unit before) is a baseline."""
        period, window = claim.period, self._story_window()
        if period is None or period.resolution not in STATED or claim.role is not Role.value:
            return False
        return _a_measured_window(window, self.article.published) and compares_with(period,
                                                                                     window)

    def _figure_period(self, f: CountedFigure, read: _Sentence,
                       said: SaidBefore) -> tuple[Period | None, bool]:
        """The figure's period and whether it is a baseline's (no result carrying a past vote's
        time); then what the vote, event, a held state, a tally or the lead's day make of it."""
        s, ctx = read.s, self.ctx
        period, baseline = period_of(f, s, read.periods, self.article, ctx, self.table,
                                     said, self.event or self.day_event, read.figures)
        period = on_the_first_day(period, s.text, f.start, self.story_began, ctx)  # "첫날 2천870명"
        voted = of_the_vote(period, f, s.text, self.vote, ctx, self.previous_text)
        if baseline and not a_past_vote_carried(period, voted):
            return rate_at_a_moment(compared_level(period, s.text, f, said.done, ctx), s.text, f,
                                    ctx), baseline
        day = self._vote_day()
        period = of_its_numbered_vote(voted, s.text, f.start, self.vote_years, day, ctx)
        period = of_this_vote(period, s.text, f.start, day, self.article.published, ctx)
        level = held_at_its_time(s.text, f, read.figures, ctx)
        if f.unit == "count":
            period, level = count_held(period, s.text, f, read.figures, ctx, level,
                                       self.event_start, self.article.published)
        if f.unit in ("count", "percent"):
            period = completed(period, s.text, f, read.figures, ctx)
        period = held_stock(period, s.text, f, read.figures, ctx)
        period = cumulative(period, s.text, f, ctx, said, read.figures)
        period = since_the_event_began(period, s.text, f.start, self.story_began, ctx)
        period = through_the_month(period, s.text, self._story_window(), ctx)
        period = lead_day_hour(period, self.lead_day, self.event_start or self.event, ctx, level)
        period = as_of_its_day(period, level, ctx, self.hour_days, self.day_levels)
        period = rate_at_a_moment(period, s.text, f, ctx)
        if level and period is not None and period.kind is PeriodKind.day:
            self.day_levels.add(self._next_id())  # the id the claim read now will take
        return period, baseline

    def _vote_day(self) -> Period | None:
        return self.vote.day if self.vote is not None else None

    def _after(self, s: Sentence, figures: list[CountedFigure],
               periods: list[PeriodMatch]) -> None:
        """What a sentence sets for the ones after it: a release's window stated with no
        figure, the lead's event start and day, the recent periods, the previous text."""
        kept = _dated(periods)
        if not figures and s.index > 0 and self.release_window is None:
            self._release_window(s, kept)
        if not figures and s.index > LEAD_SENTENCES:
            self._narrated_day(s, periods)
        if s.index <= LEAD_SENTENCES:
            self._lead_start(periods)
            if self.lead_day is None and figures:
                self._lead_day(figures)
        self.recent = (self.recent + kept)[-RECENT_PERIODS:]
        self.previous_text = s.text

    def _release_window(self, s: Sentence, kept: list[Period]) -> None:
        """ "경찰청은 ... 9월1일부터 10월31일까지 집중 단속으로 이 같은 성과를 올렸다고
        밝혔다": the release's window, stated in a sentence with no figure of its own."""
        if any(w in s.text for w in self.ctx.release_words):
            self.release_window = next((p for p in kept if p.start is not None
                                        and p.end is not None and p.start < p.end), None)

    def _narrated_day(self, s: Sentence, periods: list[PeriodMatch]) -> None:
        """A figure-less sentence's one past day dates the figures after it (see
        ``claims.counted_narration``)."""
        day = narrated_day(s, periods, _dated(periods), self.article.published, self.ctx)
        if day is not None:
            self.narrated = (len(self.claims), day)

    def _lead_start(self, periods: list[PeriodMatch]) -> None:
        """A lead's "since" window: when the story's event began (else the event's start)."""
        self.event_start = next((p.period.start for p in periods if p.kind in SINCE
                                 and p.period.kind is PeriodKind.to_date), self.event_start)
        if self.event is not None and self.event_start is None:
            self.event_start = self.event.start

    def _lead_day(self, figures: list[CountedFigure]) -> None:
        """The one day a lead's figures are of, when one is."""
        self.lead_day = next((c.period.end for c in self.claims[-len(figures):]
                              if c.period is not None and c.period.kind is PeriodKind.day), None)


def _a_measured_window(window: Period | None, published: date | None) -> bool:
    """A window a release measures: over days, not to come ("내년 등록금 인상 상한 4.9%" is a
    rule for next year, no release's period)."""
    return (window is not None and window.kind in (PeriodKind.interval, PeriodKind.to_date)
            and window.end is not None and published is not None and window.end <= published)







def _day_of_saying(periods: list[PeriodMatch], s: Sentence, ctx: CounterContext) -> date | None:
    """The day a statement names ("... 기록했다고 20일 밝혔다"), if the sentence says one."""
    return next((p.period.end for p in periods if p.kind is Phrase.day
                 and p.period.end is not None and said_day(p, s, ctx)), None)


def _not_counted_spans(read: _Sentence, language: str) -> list[tuple[int, int]]:
    """Spans of the sentence that say no counted thing: its period phrases, its places, what
    a change is measured against ("1년 전보다": ``counted_bases``); see ``estimate_spans``."""
    s = read.s
    return [*((p.start - s.start, p.end - s.start) for p in read.periods),
            *((p.start, p.end) for p in read.places), *base_spans(s.text, language)]




def _dating(periods: list[PeriodMatch], s: Sentence, figures: list[CountedFigure],
            morphs: Sequence[Morpheme], source: str | None,
            ctx: CounterContext) -> list[PeriodMatch]:
    """The period phrases that may date the sentence's figures: not the day a release was said
    ("경찰청은 26일 ... 밝혔다"), nor a day that dates a cause ("주말 사이 쏟아진 호우로")."""
    release = [p for p in periods
               if is_release_day(p, s, morphs, source, ctx) or said_day(p, s, ctx)]
    return [p for p in periods if p not in release and not dates_a_cause(p, s, figures, ctx)]


def _opening_place(places: list[PlaceSpan], figures: list[CountedFigure]) -> PlaceSpan | None:
    """A place the headline (or first sentence) opens with, before its figures, not one of a
    breakdown after them ("11명(전남 7명, ...)"), nor the whole country."""
    first = min(f.start for f in figures)
    return next((p for p in places if p.end <= first and not p.national), None)


def _dated(periods: list[PeriodMatch]) -> list[Period]:
    """The periods of phrases that date something, but baselines: what later sentences keep."""
    return [p.period for p in periods
            if (p.period.start or p.period.end) and p.kind not in BASELINES]


def _latest_told(latest: date | None, told: list[date | None],
                 published: date | None) -> date | None:
    """The latest day the story has told so far, none after publication (a day ahead is a
    plan, not a day the story reached)."""
    days = [d for d in (latest, *told) if d is not None and (published is None or d <= published)]
    return max(days, default=None)
