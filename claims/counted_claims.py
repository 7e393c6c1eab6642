"""Claims of an article written in a counter language (Korean), sentence by sentence.

Figures come from ``claims.counters``; what each counts, what happened to it and who gives it
come from the morphemes of the language's tokenizer hook, tagged only for the sentences that
hold a figure (tagging is the slow step); periods come from the shared period grammar. The
word order is the counter languages': the counted noun and the period stand before the figure
("올해 ... 피의자 387명"), the verb and the source's "said" after it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from claims.binding import antecedent, carried_from
from claims.counted_morphemes import counted_of, event_of, rate_of, source_of
from claims.counted_places import PlaceSpan, estimate_source, place_of, place_spans
from claims.counted_windows import (
    BASELINES,
    anchor_story_days,
    completed,
    dated_by_event,
    dates_a_cause,
    event_window,
    first_stated_claim,
    from_window_start,
    is_release_day,
    last_stated_claim,
    parenthesised,
    said_day,
    since_event,
    spans_of,
    still_holding,
    to_as_of,
    words_between,
    year_before,
)
from claims.counters import CountedFigure, CounterContext, load_counter_table, read_counted_figures
from claims.frame import NATIONAL
from claims.lang import ExtractionTable, load_table
from claims.lexicon import Lexicon
from claims.models import (
    Article,
    Claim,
    ExtractionStats,
    Frame,
    Modality,
    Period,
    PeriodKind,
    Role,
    Slot,
)
from claims.periods import PeriodMatch, find_periods
from claims.phrase_kinds import Phrase
from claims.sentences import LineIndex, Sentence, split_sentences
from claims.tokenizers import Morpheme, Part, tokenizer_for

RECENT_PERIODS = 4
COUNT = "count"
SHARE_UNITS = frozenset({"percent", "ratio", "percentage_point"})  # of any figure's window
WINDOW_UNITS = frozenset({"day", "week", "month", "year"})  # averages over a window; not a speed
LEAD_SENTENCES = 2  # the headline and the lead (sentence indexes 0 to 2)
SINCE = frozenset({Phrase.since_day, Phrase.since_month, Phrase.last_month_day,
                   Phrase.since_relative_day})
RECORD_SCOPES = frozenset({Phrase.since_day, Phrase.since_month, Phrase.since_year})


def extract_counted(article: Article, stats: ExtractionStats) -> list[Claim]:
    """All claims of one article, in text order."""
    lang = article.language
    table = load_table(lang).extraction
    counters = load_counter_table(lang)
    tokenizer = tokenizer_for(lang)
    lines = LineIndex(article.text)
    claims: list[Claim] = []
    recent: list[Period] = []
    previous_text = ""
    story_day: date | None = None  # the day the story last named: what "이날", "전날" count from
    baselines: set[str] = set()  # figures dated by what they are compared with ("지난해 같은 기간")
    parts: set[str] = set()  # figures of a window picked out of the story's ("지난주에만")
    event_start: date | None = None  # "지난 16일부터 이어진 호우로" in the lead: when it began
    event: Period | None = None  # "지난 4일 발생한 산불이 6일 꺼졌다": the story's event
    began: Period | None = None  # the day an event began, its end not said yet
    lead_day: date | None = None  # "사전투표 첫날인 오늘(29일)": the one day the lead dates
    article_place: PlaceSpan | None = None  # the place the headline names
    headline = ""  # the first sentence: a headline restates, its periods loosely
    release_window: Period | None = None  # a window stated in a sentence with no figure
    for s in split_sentences(article.text, table, article.body_start):
        figures, seen = read_counted_figures(s.text, counters)
        if s.index == 0:
            headline = s.text
        stats.numbers_seen += seen
        periods = find_periods(s.text, s.start, lang, article.published, recent) if seen else []
        periods, story_day = anchor_story_days(periods, story_day, article.published, table,
                                               counters.context)
        if s.index <= LEAD_SENTENCES and periods:
            window, began = event_window(periods, s, counters.context, article.published,
                                         began)
            event = window or event
            if event is not None:
                periods = dated_by_event(periods, s, counters.context, event)
        if not figures and s.index == 0 and article_place is None and tokenizer is not None:
            # "충남 당진 폭우 피해 속출": the place a headline with no figure names
            lead = place_spans(tokenizer.morphemes(s.text), s.text, counters.context)
            # the whole country is no place of an article's own ("전국 평균 실업률은 ...")
            article_place = next((p for p in lead if not p.national), None)
        if figures:
            morphs = tokenizer.morphemes(s.text) if tokenizer is not None else []
            source = source_of(morphs, counters.context, s.text)
            named = counters.context.source_aliases.get(source or "", source)  # "질병청"
            release = [p for p in periods
                       if is_release_day(p, s, morphs, source, counters.context)
                       or said_day(p, s, counters.context)]
            places = place_spans(morphs, s.text, counters.context, spans_of(s.text, source))
            if s.index == 0 and article_place is None:
                # a place the headline (or first sentence) opens with, before its figures,
                # not one of a breakdown after them ("11명(전남 7명, ...)")
                first = min(f.start for f in figures)
                article_place = next((p for p in places if p.end <= first
                                      and not p.national), None)
            periods = [p for p in periods if p not in release
                       and not dates_a_cause(p, s, figures, counters.context)]
            earlier, done = claims[:], []
            spans = [(p.start - s.start, p.end - s.start) for p in periods]
            for f in figures:
                said = _SaidBefore(done, earlier, previous_text, baselines, parts, headline,
                                   release_window)
                period, baseline = _period_of(f, s, periods, article, counters.context, table,
                                              said, event, figures)
                if not baseline and f.unit == "count":
                    period = since_event(period, event_start)
                    period = still_holding(period, s.text, f, figures, counters.context)
                if not baseline and f.unit in ("count", "percent"):
                    period = completed(period, s.text, f, figures, counters.context)
                if not baseline:
                    period = _cumulative(period, s.text, f, counters.context, said)
                    period = _lead_day_hour(period, lead_day, event_start or event,
                                            counters.context)
                estimate = estimate_source(morphs, s.text, f, counters.context)
                skip = [*spans, *((p.start, p.end) for p in places)]
                if estimate is not None:
                    skip.append((estimate[1], estimate[2]))
                claim = _claim(article, s.text, s.start, f, morphs, counters.context, lines,
                               estimate[0] if estimate else named, period, figures, skip)
                claim.id = f"{article.id}#{len(claims) + 1}"
                _forecast(claim, s.text, f, figures, counters.context, article.published)
                if baseline:
                    baselines.add(claim.id)
                elif (_picked_out(claim.period, s, periods, counters.context)
                      or words_between(s.text, 0, f.start, counters.context.earlier_release)):
                    parts.add(claim.id)
                place = place_of(places, f, figures, s.text)
                _frame(claim, f, s, morphs, counters.context, table, said,
                       place or article_place, place is None)
                claims.append(claim)
                done.append(claim)
            for f, claim in zip(figures, done, strict=True):
                if f.partner is not None:
                    claim.linked = done[f.partner].id
                    _expose_change(claim, done[f.partner])
            _link_stated_shares(figures, done, s.text, counters.context, claims)
            stats.claims += len(figures)
        kept = [p.period for p in periods
                if (p.period.start or p.period.end) and p.kind not in BASELINES]
        if (not figures and s.index > 0 and release_window is None
                and any(w in s.text for w in counters.context.release_words)):
            # "경찰청은 ... 9월1일부터 10월31일까지 집중 단속으로 이 같은 성과를 올렸다고
            # 밝혔다": the release's window, stated in a sentence with no figure of its own
            release_window = next((p for p in kept if p.start is not None
                                   and p.end is not None and p.start < p.end), None)
        if s.index <= LEAD_SENTENCES:
            event_start = next((p.period.start for p in periods if p.kind in SINCE
                                and p.period.kind is PeriodKind.to_date), event_start)
            if event is not None and event_start is None:
                event_start = event.start
        if s.index <= LEAD_SENTENCES and lead_day is None and figures:
            lead_day = next((c.period.end for c in claims[-len(figures):]
                             if c.period is not None and c.period.kind is PeriodKind.day), None)
        recent = (recent + kept)[-RECENT_PERIODS:]
        previous_text = s.text
    borrow_periods(claims)
    return claims


def _claim(
    article: Article,
    text: str,
    offset: int,
    f: CountedFigure,
    morphs: Sequence[Morpheme],
    ctx: CounterContext,
    lines: LineIndex,
    source: str | None,
    period: Period | None,
    others: Sequence[CountedFigure] = (),
    dated: Sequence[tuple[int, int]] = (),
) -> Claim:
    counted, nouns = counted_of(morphs, text, f, ctx, others, dated)
    if not counted and f.unit == "count":
        counted, nouns = f.counter, [f.counter]  # "387명 검거": people, arrested
    per = rate_of(text, f.start, ctx)
    if per in WINDOW_UNITS and period is not None and period.kind is not PeriodKind.rate:
        # "추석 연휴(3~9일) 하루 평균 22만 명": an average over the window, not its total
        period = period.model_copy(update={"kind": PeriodKind.rate})
    elif not per and period is not None and period.kind is PeriodKind.rate:
        # carried from an average ("하루 평균 22만 명 ... 총 이용객은 154만 명"): the window
        running = period.end is not None and period.end == article.published
        period = period.model_copy(update={
            "kind": PeriodKind.to_date if running else PeriodKind.interval})
    return Claim(
        id="",
        article=article.id,
        line=lines.line(offset + f.start),
        start=offset + f.start,
        end=offset + f.end,
        sentence=text,
        surface=text[f.start : f.end],
        value=f.value,
        lower=f.lower,
        upper=f.upper,
        approx=f.approx,
        decimals=f.decimals,
        unit=f.unit,
        per=per,
        counted=counted,
        lemmas=nouns,
        actor=source,
        verb=event_of(morphs, f),
        period=period,
        role=f.role,
        direction=f.direction,
        language=article.language,
    )


def _frame(
    claim: Claim,
    f: CountedFigure,
    s: Sentence,
    morphs: Sequence[Morpheme],
    ctx: CounterContext,
    table: ExtractionTable,
    said: _SaidBefore,
    place: PlaceSpan | None = None,
    from_article: bool = False,
) -> None:
    """The quantity frame: what is counted, the event (the verb, or a noun of the counted
    phrase naming one: "검거 인원"), the source, and, for a share ("피의자 가운데 절반") or a
    part ("이 가운데 10대가 324명"), the whole it is part of."""
    lexicon = Lexicon.shipped()
    lang = claim.language

    def slot(text: str, words: Sequence[str] | None = None) -> Slot | None:
        text = " ".join(text.split())
        if not text:
            return None
        found = lexicon.normalise(text, lang)
        concepts = tuple(dict.fromkeys(w[1:] for w in found if w.startswith("#")))
        return Slot(text=text, lemmas=tuple(words or text.split()), concepts=concepts)

    counted = slot(claim.counted, claim.lemmas)
    whole: Slot | None = None
    if claim.unit == "percent" and counted is not None:
        whole, counted = counted, None  # "피의자 가운데 절반": a share of the suspects
        claim.counted, claim.lemmas = "", []
    if table.carry_before_re.search(s.text, 0, f.start):
        source = said.antecedent()
        bare = source is not None and source.surface.endswith(source.counted)  # "2천여 명"
        if (source is not None and source.frame is not None
                and source.frame.counted is not None and not bare):
            whole = source.frame.counted
            claim.antecedent = source.id
    event: Slot | None = None
    joined = [lexicon.concept(w, lang) for w in claim.lemmas]
    joined = [c for c in joined if c in lexicon.events]
    if any(mark in claim.counted for mark in ctx.combined_marks) and len(set(joined)) > 1:
        # "사망·실종 21명": the dead and the missing together, neither one alone
        concept = "+".join(sorted(set(joined)))
        event = Slot(text=claim.counted, lemmas=tuple(claim.lemmas), concepts=(concept,))
    following = [m.form for m in morphs if m.start >= f.end and m.part is Part.noun][:3]
    for word in [] if event else [claim.verb or "", *claim.lemmas, *following]:
        concept = lexicon.concept(word, lang) if word else None
        if concept in lexicon.events:
            event = Slot(text=word, lemmas=(word,), concepts=(concept,))
            break
    if claim.counted == f.counter and event is None and whole is None:
        # "361명" and nothing else: people of any kind, doing anything; grouped with no one
        counted, claim.counted, claim.lemmas = None, "", []
    where: Slot | None = None
    if place is not None:
        named = tuple(dict.fromkeys(w[1:] for w in lexicon.normalise(place.text, lang)
                                    if w.startswith("#")))  # "파리": the place "Paris" names
        where = Slot(text=place.text, lemmas=tuple(place.text.split()),
                     concepts=(NATIONAL,) if place.national else named,
                     inherited="article" if from_article else None)
    frame = Frame(counted=counted, event=event, whole=whole, place=where,
                  source=slot(claim.actor or ""))
    claim.frame = frame
    claim.place = where.text if where else None
    claim.event = event.text if event else None
    claim.whole = whole.text if whole else None
    claim.source = claim.actor


@dataclass
class _SaidBefore:
    """What the article said before the figure being read: this sentence's claims (``done``),
    the earlier sentences' (``earlier``), the sentence before, and the ids of figures that are
    only baselines compared with (never antecedents, nor windows to carry)."""

    done: list[Claim]
    earlier: list[Claim]
    previous_text: str
    baselines: set[str]
    parts: set[str] = field(default_factory=set)
    headline: str = ""
    window: Period | None = None

    def antecedent(self) -> Claim | None:
        """The figure a "이 가운데" refers to."""
        return antecedent(_kept(self.done, self.baselines), _kept(self.earlier, self.baselines),
                          self.previous_text)

    def last_stated(self, unit: str | None = None) -> Claim | None:
        """The latest figure that stated its period; for a count, the latest count when there
        is one: a measure's window ("지난 18일부터 어제까지 386㎜의 비") is the rain's, not the
        tally's the release goes on with (a measure may go on with a count's window: "산불은
        187건으로 ... 피해 면적은 4천12㏊")."""
        skip = self.baselines | self.parts
        if unit == COUNT:
            same = last_stated_claim([c for c in self.done if c.unit == unit],
                                [c for c in self.earlier if c.unit == unit], skip)
            if same is not None:
                return same
        return last_stated_claim(self.done, self.earlier, skip)

    def first_stated(self) -> Claim | None:
        """The first figure whose own sentence stated its period."""
        return first_stated_claim(self.earlier, self.baselines | self.parts)


def _period_of(
    f: CountedFigure,
    s: Sentence,
    periods: Sequence[PeriodMatch],
    article: Article,
    ctx: CounterContext,
    table: ExtractionTable,
    said: _SaidBefore,
    event: Period | None = None,
    figures: Sequence[CountedFigure] = (),
) -> tuple[Period | None, bool]:
    """The period phrase closest before the figure in its sentence (Korean states the period
    first), else the first after it; else, for a part of a figure said before ("이 가운데 10대가
    324명"), that figure's period; a count with none holds as of publication. The flag says
    the period is a baseline's ("지난해 같은 기간 174명보다"), which later figures don't take."""
    compared = _compared(s.text, f.end, ctx)
    others = [g for g in figures if g is not f]
    usable = [
        p for p in periods
        if (p.kind not in BASELINES or compared or _setting(s.text, p.end - s.start, ctx)
            or _heads_figure(s.text, p.end - s.start, f, others, ctx))
        and not _compared(s.text, p.end - s.start, ctx)
        and not (p.kind in RECORD_SCOPES and _record_scope(s.text, p.end - s.start, ctx))
    ]  # "전년 동월 대비 5만 명 증가": the window compared with dates only the figure it is
    # compared with; "지난해 상반기보다 73% 늘었다": a window compared with dates no figure;
    # "지난해 같은 기간에는 408명이었다": the setting of the clause dates its figures
    before = [p for p in usable if p.end - s.start <= f.start]
    # a phrase after the figure that another figure follows is that figure's, said first
    # ("18.2% 늘어난 수치로, 2019년 9월 119만 명보다도 많다"), but for a time of count the
    # tolls before share ("사망자 4명, 실종자 2명이 발생했고 1일 오전 6시 기준 이재민은 1,250명")
    after = [p for p in usable if p.start - s.start >= f.end
             and not any(g.start >= p.end - s.start
                         and (p.period.kind is not PeriodKind.as_of
                              or _compared(s.text, g.end, ctx))
                         for g in others)]
    host = _paren_host(s.text, f, periods, s.start)
    if host is not None and host not in before:
        # "지난해 같은 기간(605건, 812㎏)과 비교하면", "전날(1천316명)보다 82명 줄었다": the
        # phrase right before the parentheses dates the figures in them, compared or not
        before = [*before, host]
    if not before and table.carry_before_re.search(s.text, 0, f.start):
        source = said.antecedent()
        if source is not None:
            return carried_from(source), source.id in said.baselines
    chosen = before[-1] if before else (after[0] if after else None)
    if (before and after and before[-1] is not host
            and any(before[-1].end - s.start <= g.start and g.end <= f.start for g in others)
            and "," not in s.text[f.end : after[0].start - s.start]
            and not any(g.start >= after[0].end - s.start for g in others)):
        # "정전 가구는 16일 1만 4천 가구로, 이 가운데 93%가 17일 오전까지 복구됐다": the phrase
        # of the figure's own clause, not the one the figure before took (a phrase another
        # figure follows is that one's: "전날보다 2천 명 늘어 17일 0시 기준 누적 120만 명")
        chosen = after[0]
    if chosen is not None and chosen.kind in BASELINES:
        # "... 512명을 검거했다. 이는 지난해 같은 기간 174명보다": the window of the figure
        # compared with (in this sentence, else the one stated last), a year back
        done = _kept(said.done, said.baselines)  # "(605건, 812㎏)": not the baseline before
        compared_with = done[-1] if done and done[-1].period else said.last_stated()
        if compared_with is not None and compared_with.period is not None:
            return year_before(compared_with.period, chosen.period), True
        return chosen.period, True
    if chosen is not None and chosen.kind is Phrase.back_reference:
        # "같은 기간 접수된 신고는": the window of the tally stated last, as it was read
        source = said.last_stated()
        if source is not None:
            return carried_from(source), False
        if said.window is not None:  # "이 기간": the window a sentence stated on its own
            return said.window.model_copy(update={"resolution": "carried"}), False
    if chosen is not None:
        # "증가 폭은 9월(31만 2천명)보다 축소됐다": a figure compared with dates itself only; so
        # do an aside in parentheses ("2000년 동해안 산불(2만 3,794㏊)") and a multiple ("두 배")
        aside = compared or parenthesised(s.text, f) or f.unit == "ratio" or chosen is host
        return to_as_of(from_window_start(chosen.period, before[:-1]), usable), aside
    host_figure = _restated_host(s.text, f, figures, said.done)
    if host_figure is not None and host_figure.period is not None:
        # "870명(62.3%)은 아직 ...": the share restates the count it follows, at its time
        return host_figure.period, host_figure.id in said.baselines
    if ctx.carry_period_forward:
        source = said.last_stated(f.unit)
        if any(w in s.text.split() for w in ctx.current_event_words):
            # "이번 산불로 26명이 숨지고": the story's own window, stated first, not the last one
            # (a past comparison, "2000년 동해안 산불(2만 3,794㏊)", may stand between)
            source = said.first_stated() or source
        if source is None and said.window is not None:
            # no figure has stated its period yet: the window the release stated on its own
            return said.window.model_copy(update={"resolution": "carried"}), False
        if (source is not None and source.period is not None
                and source.period.kind is PeriodKind.day
                and words_between(s.text, 0, f.start, ctx.span_words)):
            source = None  # "이틀간 최종 사전투표율은": not the one day said before
        if source is not None:
            aside = parenthesised(s.text, f) or f.unit == "ratio"
            return carried_from(source), aside
    if event is not None and not parenthesised(s.text, f) and f.unit != "ratio":
        return event, False  # "이번 산불로 주택 21채가 탔다": the event's window
    if f.unit == "count" and article.published is not None:
        period = Period(end=article.published, resolution="publication", kind=PeriodKind.none)
        return period, False
    return None, False


FORECAST_BEFORE = 20  # characters before a figure read for "예상 강수량", "목표"


def _forecast(claim: Claim, text: str, f: CountedFigure, figures: Sequence[CountedFigure],
              ctx: CounterContext, published: date | None) -> None:
    """ "내일(21일)까지 30~80㎜의 비가 더 내리겠다", "50만 명이 참가할 것으로 예상했다": a
    forecast, a plan or a target is ``planned`` (never a conflict with a measured value), and
    a day it names that has passed dates nothing; "...것으로 보인다" is ``hedged``. The
    clause read runs from the figure to its clause's end, or to the next figure."""
    period = claim.period
    if (period is not None and period.start is not None and published is not None
            and period.start > published and claim.role is not Role.change_from):
        claim.modality = Modality.planned  # "내년 1월부터 37시간으로": no count of days to come
        return
    stop = min((g.start for g in figures if g.start >= f.end), default=len(text))
    clause = text[f.end : stop]
    cut = len(clause)
    for m in re.finditer(r"\S+", clause):
        if any(m.group().endswith(e) for e in ctx.clause_endings):
            cut = m.end()
            break
    clause = clause[:cut]
    head = text[max(0, f.start - FORECAST_BEFORE) : f.start]
    head = head.split(",")[-1]
    hedged = any(w in clause for w in ctx.hedged_after)
    if (any(w in clause for w in ctx.planned_after) or (_looks_ahead(clause, ctx) and not hedged)
            or any(w in head for w in ctx.planned_before)):
        claim.modality = Modality.planned
        period = claim.period
        if (period is not None and published is not None and period.end is not None
                and period.end < published and period.resolution != "explicit"):
            claim.period = None  # "내일(21일)까지" read as a day gone by: no period of it
    elif hedged:
        claim.modality = Modality.hedged


def _looks_ahead(clause: str, ctx: CounterContext) -> bool:
    """ "더 내릴 것으로", "참가할 것으로": a verb in the future adnominal (its last syllable
    ends in the table's final consonant) before a noun of expectation."""
    if not ctx.future_final:
        return False
    words = clause.split()
    return any(
        noun.startswith(tuple(ctx.future_nouns))
        and unicodedata.normalize("NFD", verb[-1])[-1] == ctx.future_final
        for verb, noun in itertools.pairwise(words)
    )


def _restated_host(text: str, f: CountedFigure, figures: Sequence[CountedFigure],
                   done: Sequence[Claim]) -> Claim | None:
    """ "870명(62.3%)": the count a share in parentheses right after it restates."""
    if f.unit not in SHARE_UNITS or not parenthesised(text, f) or not done:
        return None
    opener = text.rfind("(", 0, f.start)
    k = len(done) - 1
    g = figures[k] if k < len(figures) else None
    if g is None or g.unit in SHARE_UNITS or text[g.end : opener].strip():
        return None
    return done[k]


def _link_stated_shares(figures: Sequence[CountedFigure], done: Sequence[Claim], text: str,
                        ctx: CounterContext, claims: Sequence[Claim]) -> None:
    """ "12만4천 명 가운데 4만1천 명(39.5%)", "경로별로는 국제우편이 214건(47.1%)": a share in
    parentheses restates the count before it, a part of a total (the figure "가운데" follows
    in the sentence, else for a breakdown the total whose window the count took), so that the
    share can be checked against the count over its total."""
    for k in range(1, len(figures)):
        share, count = done[k], done[k - 1]
        if (share.unit != "percent" or count.unit != "count" or share.antecedent
                or text[figures[k - 1].end : figures[k].start].strip() != "("
                or not parenthesised(text, figures[k])):
            continue
        total: Claim | None = None
        if k >= 2 and text[figures[k - 2].end : figures[k - 1].start].strip() in ctx.share_links:
            total = done[k - 2]  # "12만4천 명 가운데 4만1천 명(39.5%)"
        elif (count.period is not None and count.period.resolution == "carried"
              and any(w.endswith(m) for w in text[: figures[k - 1].start].split()
                      for m in ctx.breakdown_marks)):
            # "경로별로는 국제우편이 214건(47.1%)": the latest total of the same counter and
            # window stated before the breakdown
            total = next((c for c in reversed(claims) if c.sentence != count.sentence
                          and c.period is not None and c.value is not None
                          and c.period.resolution in ("explicit", "relative")
                          and (c.period.start, c.period.end)
                          == (count.period.start, count.period.end)
                          and c.surface.rstrip()[-1:] == count.surface.rstrip()[-1:]
                          and c.value > (count.value or 0)), None)
        if (total is None or total.unit != "count" or total.value is None
                or count.value is None or total.value <= count.value
                or total.surface.rstrip()[-1:] != count.surface.rstrip()[-1:]):
            continue  # a total of the same counter, larger than its part
        share.antecedent = count.id
        count.antecedent = count.antecedent or total.id


def _expose_change(claim: Claim, other: Claim) -> None:
    """Both sides of "5년에서 7년으로" carry the pair (from, to)."""
    pair = {Role.change_from: (claim.value, other.value),
            Role.change_to: (other.value, claim.value)}.get(claim.role)
    if pair is not None and pair[0] is not None and pair[1] is not None:
        claim.change = (pair[0], pair[1])


def _kept(claims: list[Claim], baselines: set[str]) -> list[Claim]:
    """The figures a later "이 가운데" can be part of: not the baselines compared with."""
    return [c for c in claims if c.id not in baselines]


def _record_scope(text: str, end: int, ctx: CounterContext) -> bool:
    """ "사전투표가 도입된 2014년 이후 가장 높은 수치": a "since" phrase whose clause goes on to a
    record is the record's scope, not a period."""
    stop = min((k for k in (text.find(",", end), text.find(".", end)) if k >= 0),
               default=len(text))
    return words_between(text, end, stop, ctx.record_words)


def _cumulative(period: Period | None, text: str, f: CountedFigure, ctx: CounterContext,
                said: _SaidBefore) -> Period | None:
    """ "지난 3일까지 누적 환자를 2천74명으로 집계": a cumulative tally as of a day counts from
    the start of the story's window (stated first), when that window began before the day."""
    if (period is None or period.kind is not PeriodKind.as_of or period.start is not None
            or period.end is None or not words_between(text, 0, f.start, ctx.cumulative_words)):
        return period
    story = said.first_stated()
    start = story.period.start if story is not None and story.period is not None else None
    if start is None or start > period.end:
        return period
    return period.model_copy(update={"start": start, "kind": PeriodKind.to_date})


def _lead_day_hour(period: Period | None, lead_day: date | None,
                   event: object, ctx: CounterContext) -> Period | None:
    """ "사전투표 첫날인 오늘(29일)" in the lead, then "오늘 오후 6시 기준 ... 487만 명": a tally
    as of an hour of the one day the lead dates is that day's, not a total of unknown start."""
    if (period is None or lead_day is None or event is not None
            or period.kind is not PeriodKind.as_of or period.start is not None
            or period.end != lead_day or not any(h in period.text for h in ctx.hour_marks)):
        return period
    return period.model_copy(update={"start": lead_day, "kind": PeriodKind.day})


def _picked_out(period: Period | None, s: Sentence, periods: Sequence[PeriodMatch],
                ctx: CounterContext) -> bool:
    """Whether a figure's own period phrase picks a part out of the story's window ("지난주에만
    환자 743명"): the figures after it go on with the window stated before it."""
    if period is None or period.resolution not in ("explicit", "relative"):
        return False
    return any(p.period.text == period.text
               and any(s.text.startswith(w, p.end - s.start) for w in ctx.only_after)
               for p in periods)


def _setting(text: str, end: int, ctx: CounterContext) -> bool:
    """Whether a phrase ending at ``end`` is the setting of its clause ("지난해 같은 기간에는")."""
    return any(text.startswith(w, end) for w in ctx.setting_particles)


# the words a "same period last year" phrase may stand before the figure whose clause it heads:
# the clause's subject ("검거 인원은 408명"), not a clause of its own ("증가세가 이어지며 10대
# 사범은 1,400명")
_HEADED_WORDS = 2


def _heads_figure(text: str, end: int, f: CountedFigure, others: Sequence[CountedFigure],
                  ctx: CounterContext) -> bool:
    """ "지난해 같은 기간 검거 인원은 408명으로": a "same period last year" phrase heading the
    clause whose value the figure is (no other figure between, nothing compared)."""
    return (end <= f.start and f.role is Role.value
            and len(text[end : f.start].split()) <= _HEADED_WORDS
            and not any(end <= g.start and g.end <= f.start for g in others)
            and not any(w in text[end : f.start] for w in ctx.comparison_after))


def _paren_host(text: str, f: CountedFigure, periods: Sequence[PeriodMatch],
                offset: int) -> PeriodMatch | None:
    """ "지난해 같은 기간(605건, 812㎏)": the period phrase right before the parentheses that
    hold the figure."""
    opener = text.rfind("(", 0, f.start)
    if opener < 0 or ")" in text[opener : f.start] or ")" not in text[f.end :]:
        return None
    return next((p for p in periods if p.end - offset <= opener
                 and not text[p.end - offset : opener].strip()), None)


def _compared(text: str, end: int, ctx: CounterContext) -> bool:
    """Whether what ends at ``end`` is what something is compared with ("298명보다",
    "지난해 동기(720만 건) 대비")."""
    rest = text[end:].lstrip(" )")
    if rest.startswith("(") and ")" in rest:
        rest = rest[rest.index(")") + 1 :].lstrip()  # "전날(1천316명)보다": past the aside
    words = ctx.comparison_after_all
    return text.startswith(words, end) or rest.startswith(words)


def borrow_periods(claims: list[Claim]) -> None:
    """A headline or lead figure that states no period borrows the period the body states for
    the same figure ("387명 검거" in the title, "지난 25일 기준 ... 387명" below); a headline's
    running window ("올해 512명") takes the body's end for it ("올해 1월부터 지난 12일까지")."""
    stated: dict[tuple[float | None, str], list[Claim]] = {}
    carried: dict[tuple[float | None, str], list[Claim]] = {}
    for claim in claims:
        if claim.period is not None and claim.period.resolution not in ("publication", "carried"):
            stated.setdefault((claim.value, claim.unit), []).append(claim)
        elif claim.period is not None and claim.period.resolution == "carried":
            carried.setdefault((claim.value, claim.unit), []).append(claim)
    headline = claims[0].sentence if claims else ""
    borrowed: dict[str, Period] = {}  # a headline phrase's text -> the body window it took
    for claim in claims:
        period = claim.period
        same = [c for c in stated.get((claim.value, claim.unit), []) if c is not claim]
        if claim.sentence == headline and not same:
            # 노조 "85만 명" above "... 참가자가 85만 명에 달했다고 주장했다", a figure that
            # goes on with the window of the sentence before it: the body's reading still
            # (the same value, before any rounding: "경찰 2만명" is the body's "2만 명", not
            # last year's "1만5천 명")
            same = [c for c in carried.get((claim.value, claim.unit), [])
                    if c.sentence != headline]
        if claim.sentence == headline and not same:
            same = _rounded_in_body(claim, claims, headline)
        if period is None and same:
            claim.period = carried_from(same[0])  # "산림 4만 5천㏊" above "4만 5,157㏊로 집계"
            continue
        if period is None:
            continue
        if period.resolution == "publication" and same:
            claim.period = carried_from(same[0])
        elif claim.sentence == headline and period.kind is PeriodKind.to_date:
            narrower = [c for c in same if c.sentence != headline and c.period is not None
                        and c.period.start is not None and period.start is not None
                        and c.period.start >= period.start and c.period.end is not None
                        and period.end is not None and c.period.end < period.end]
            if narrower:
                claim.period = carried_from(narrower[0])
                borrowed[period.text] = claim.period
    for claim in claims:
        # "올해 512명 검거…10명 중 7명은 10대": the headline's other figures of the same phrase
        period = claim.period
        if (claim.sentence == headline and period is not None
                and period.resolution != "carried" and period.text in borrowed):
            claim.period = borrowed[period.text]


def _rounded_in_body(claim: Claim, claims: Sequence[Claim], headline: str) -> list[Claim]:
    """Body figures a headline figure rounds ("4만 5천㏊" for "4만 5,157㏊"): same unit, and
    apart by less than the headline's last written digit."""
    value = claim.value
    if value is None or value < 1000 or value != int(value):
        return []
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return [c for c in claims
            if c.sentence != headline and c.unit == claim.unit and c.value is not None
            and c.value != value and abs(c.value - value) < step and c.period is not None
            and c.period.resolution not in ("publication", "carried")]
