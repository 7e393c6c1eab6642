"""The period of one counted figure in a Korean story: which period phrase of its sentence is
its own (Korean states the period before the figure), what a figure compared with, restated or
read as a part takes, and what a figure with no phrase carries from the figures said before.

``claims.counted_claims`` reads the figures and asks ``period_of`` for each; the windows a whole
story sets (the release day, the event, the story's days) are ``claims.counted_windows``'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from claims.binding import carried_from
from claims.binding_as_of import TRAILING
from claims.binding_asides import looked_back_from
from claims.binding_references import antecedent
from claims.change_sides import dates_only_the_start
from claims.counted_hours_of_day import an_hour_of_the_window
from claims.counted_month_flow import month_counted_later
from claims.counted_records import a_records_reference, scopes_a_record
from claims.counted_release_window import breakdown_window, dates_a_release, release_month_again
from claims.counted_windows import (
    BASELINES,
    a_compared_count,
    a_share_of_the_figure_before,
    first_stated_claim,
    from_window_start,
    is_compared,
    last_stated_claim,
    narrated_since,
    parenthesised,
    step_before,
    to_as_of,
    words_between,
    year_before,
)
from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.figure_model import read_at_publication
from claims.lang import ExtractionTable
from claims.models import STATED, Article, Claim, Period, PeriodKind, Role
from claims.period_paren_host import paren_host
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase
from claims.poll_windows import a_polls_window_to_a_count
from claims.sentences import Sentence

COUNT = "count"
SHARE_UNITS = frozenset({"percent", "ratio", "percentage_point"})  # of any figure's window
_WORD = re.compile(r"\S+")
_CHANGE_SIDES = frozenset({Role.change_from, Role.change_to})


@dataclass
class SaidBefore:
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
    narrated: tuple[int, Period] | None = None  # a figure-less sentence's day, claims before it

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


@dataclass
class _Phrases:
    """The period phrases of a figure's sentence it may take: ``usable`` ones, those ``before``
    it and ``after`` it, and the ``host`` right before the parentheses that hold it."""

    usable: list[PeriodMatch]
    before: list[PeriodMatch]
    after: list[PeriodMatch]
    host: PeriodMatch | None


def period_of(
    f: CountedFigure,
    s: Sentence,
    periods: Sequence[PeriodMatch],
    article: Article,
    ctx: CounterContext,
    table: ExtractionTable,
    said: SaidBefore,
    event: Period | None = None,
    figures: Sequence[CountedFigure] = (),
) -> tuple[Period | None, bool]:
    """The period phrase closest before the figure in its sentence (Korean states the period
    first), else the first after it; else, for a part of a figure said before ("이 가운데 10대가
    324명"), that figure's period; a count with none holds as of publication. The flag says
    the period is a baseline's ("지난해 같은 기간 174명보다"), which later figures don't take."""
    compared = is_compared(s.text, f.end, ctx)
    others = [g for g in figures if g is not f]
    phrases = _phrases(f, s, periods, ctx, compared, others, article.published)
    if not phrases.before and table.carry_before_re.search(s.text, 0, f.start):
        source = said.antecedent()
        if source is not None:
            return carried_from(source), source.id in said.baselines
    chosen = _chosen(f, s, phrases, others)
    window = said.last_stated(f.unit)
    if chosen is not None and window is not None and an_hour_of_the_window(
            chosen, window, article.published, table.periods.relative_days, ctx,
            s.text[: chosen.start - s.start]):
        return carried_from(window), window.id in said.baselines  # "오전 6∼10시 적발도"
    if chosen is not None:
        return _from_phrase(chosen, f, s, phrases, said, compared, ctx,
                            table.periods.year_refs)
    return _without_phrase(f, s, article, ctx, said, event, figures)


def _phrases(f: CountedFigure, s: Sentence, periods: Sequence[PeriodMatch],
             ctx: CounterContext, compared: bool, others: Sequence[CountedFigure],
             published: date | None = None) -> _Phrases:
    """The phrases the figure may take, before and after it."""
    usable = [p for p in periods if _may_date(p, f, s, ctx, compared, others)]
    before = [p for p in usable if p.end - s.start <= f.start  # "전날 A에서 B로": A's only
              and not dates_only_the_start(p, f, others, s.text, s.start, published)]
    after = [p for p in usable if p.start - s.start >= f.end
             and not _other_figures_phrase(p, s, ctx, others) and not _to_come(p, published)]
    host = paren_host(s.text, f, periods, s.start, others)
    if host is not None and host not in before:
        # "지난해 같은 기간(605건, 812㎏)과 비교하면", "전날(1천316명)보다 82명 줄었다": the
        # phrase right before the parentheses dates the figures in them, compared or not
        before = [*before, host]
    return _Phrases(usable, before, after, host)


def _to_come(p: PeriodMatch, published: date | None) -> bool:
    """ "응답한 151곳 가운데 97곳이 내년 등록금을 올리겠다고 답했다", "기업 10곳 중 4곳은 다음
    달 채용을 줄일 계획": a time still to come after the figure is what the counted ones plan,
    say or expect (Korean states a figure's own time before it), not when they were counted."""
    start = p.period.start
    return published is not None and start is not None and start > published


def _may_date(p: PeriodMatch, f: CountedFigure, s: Sentence, ctx: CounterContext,
              compared: bool, others: Sequence[CountedFigure]) -> bool:
    """ "전년 동월 대비 5만 명 증가": the window compared with dates only the figure it is
    compared with; "지난해 상반기보다 73% 늘었다": a window compared with dates no figure;
    "지난해 같은 기간에는 408명이었다": the setting of the clause dates its figures; a "since"
    phrase that scopes a record dates nothing, nor an earlier count compared ("전날 집계와
    같다")."""
    end = p.end - s.start
    if (is_compared(s.text, end, ctx) or _heads_a_compared(end, f, others, s.text, ctx)
            or _heads_a_compared_noun(s.text, end, ctx)):
        return False
    if scopes_a_record(p, s, ctx) or a_compared_count(s.text, end, ctx) or dates_a_release(
            s.text, end, ctx):
        return False
    return (p.kind not in BASELINES or compared or _setting(s.text, end, ctx)
            or _heads_figure(s.text, end, f, others, ctx))


def _heads_a_compared(end: int, f: CountedFigure, others: Sequence[CountedFigure],
                      text: str, ctx: CounterContext) -> bool:
    """ "올해 예산 512조 원 대비 ... 집행률은 61.4%": a phrase heading another
    figure (its noun between, nothing else) that something is compared with dates that figure
    only, as a compared phrase does ("전년 동월 대비"); not the start of a change ("내년 1월부터
    52시간에서 48시간으로"), whose end the phrase dates too."""
    return any(end <= g.start and g.role not in _CHANGE_SIDES
               and len(text[end : g.start].split()) <= _HEADED_WORDS
               and not any(end <= h.start and h.end <= g.start for h in (f, *others))
               and is_compared(text, g.end, ctx)
               for g in others)


def _heads_a_compared_noun(text: str, end: int, ctx: CounterContext) -> bool:
    """ "정부의 올해 목표 세수 대비 실제 걷은 세금의 비율": a phrase heading a bare noun (no
    particle of a subject: not "올해 매출은 전년 대비") that something is compared with dates
    that noun only."""
    for k, word in enumerate(_WORD.finditer(text, end)):
        w = word.group()
        if k >= _HEADED_WORDS or any(c.isdigit() for c in w) or w.endswith(
                tuple(ctx.subject_particles)):
            return False
        if is_compared(text, word.end(), ctx):
            return True
    return False


def _other_figures_phrase(p: PeriodMatch, s: Sentence, ctx: CounterContext,
                          others: Sequence[CountedFigure]) -> bool:
    """A phrase after the figure that another figure follows is that figure's, said first
    ("18.2% 늘어난 수치로, 2019년 9월 119만 명보다도 많다"), but for a time of count the
    tolls before share ("사망자 4명, 실종자 2명이 발생했고 1일 오전 6시 기준 이재민은 1,250명")."""
    return any(g.start >= p.end - s.start
               and (p.period.kind is not PeriodKind.as_of or is_compared(s.text, g.end, ctx))
               for g in others)


def _chosen(f: CountedFigure, s: Sentence, phrases: _Phrases,
            others: Sequence[CountedFigure]) -> PeriodMatch | None:
    """The closest phrase before the figure, else the first after it; the one after when the
    one before is another figure's and the one after is in the figure's own clause."""
    before, after = phrases.before, phrases.after
    if not before:
        return after[0] if after else None
    if after and before[-1] is not phrases.host and _own_clause_after(f, s, before[-1],
                                                                       after[0], others):
        return after[0]
    if len(before) > 1 and _names_the_trailing_window(before[-2], before[-1], s):
        return before[-2]
    return before[-1]


def _names_the_trailing_window(named: PeriodMatch, trailing: PeriodMatch, s: Sentence) -> bool:
    """ "2021년부터 지난해까지 최근 5년간 ... 876건", "2019년부터 2023년까지 최근 5년간": dates
    stated right before a relative window ("the last five years", counted back from
    publication) say which years it means; they win, as a bracketed range after it does
    ("최근 5년간(2021~2025년)")."""
    if trailing.kind not in TRAILING or named.period.start is None or named.period.end is None:
        return False
    if named.period.kind not in (PeriodKind.interval, PeriodKind.to_date):
        return False
    return s.text[named.end - s.start : trailing.start - s.start].strip(" ,") == ""


def _own_clause_after(f: CountedFigure, s: Sentence, before: PeriodMatch, after: PeriodMatch,
                      others: Sequence[CountedFigure]) -> bool:
    """ "정전 가구는 16일 1만 4천 가구로, 이 가운데 93%가 17일 오전까지 복구됐다": the phrase
    of the figure's own clause, not the one the figure before took (a phrase another figure
    follows is that one's: "전날보다 2천 명 늘어 17일 0시 기준 누적 120만 명")."""
    return (any(before.end - s.start <= g.start and g.end <= f.start for g in others)
            and "," not in s.text[f.end : after.start - s.start]
            and not any(g.start >= after.end - s.start for g in others))


def _from_phrase(chosen: PeriodMatch, f: CountedFigure, s: Sentence, phrases: _Phrases,
                 said: SaidBefore, compared: bool, ctx: CounterContext,
                 year_words: Iterable[str] = ()) -> tuple[Period | None, bool]:
    """The period the chosen phrase gives: a baseline's a year before the figure compared with,
    a back reference's the window carried, else the phrase's own."""
    if chosen.kind in BASELINES:
        return _baseline(chosen, said), True
    if chosen.kind is Phrase.back_reference:
        back = _back_reference(said)
        if back is not None:
            return back, False
    # "증가 폭은 9월(31만 2천명)보다 축소됐다": a figure compared with dates itself only; so
    # do an aside in parentheses ("2000년 동해안 산불(2만 3,794㏊)"), a multiple ("두 배") and a
    # record's reference ("2013년 17만2천t 이후 13년 만에 가장 적다")
    aside = (compared or (parenthesised(s.text, f) and not a_share_of_the_figure_before(s.text, f))
             or f.unit == "ratio" or chosen is phrases.host
             or a_records_reference(s.text, f.end, ctx))
    month = month_counted_later(chosen, phrases.before[:-1], s.text, s.start, ctx)
    if month is not None:
        return month, aside  # "10월 거래는 2일 현재 2천174건": the month's
    window = from_window_start(chosen.period, phrases.before[:-1], year_words)
    return to_as_of(window, phrases.usable), aside


def _baseline(chosen: PeriodMatch, said: SaidBefore) -> Period:
    """ "... 512명을 검거했다. 이는 지난해 같은 기간 174명보다": the window of the figure
    compared with (in this sentence, else the one stated last), a year back."""
    done = _kept(said.done, said.baselines)  # "(605건, 812㎏)": not the baseline before
    compared_with = done[-1] if done and done[-1].period else said.last_stated()
    if compared_with is not None and compared_with.period is not None:
        if chosen.kind is Phrase.unit_earlier:
            return step_before(compared_with.period, chosen.period)
        return year_before(compared_with.period, chosen.period)
    return chosen.period


def _back_reference(said: SaidBefore) -> Period | None:
    """ "같은 기간 접수된 신고는": the window of the tally stated last, as it was read; "이
    기간": the window a sentence stated on its own."""
    source = said.last_stated()
    if source is not None:
        return carried_from(source)
    if said.window is not None:
        return said.window.model_copy(update={"resolution": "carried"})
    return None


def _without_phrase(f: CountedFigure, s: Sentence, article: Article, ctx: CounterContext,
                    said: SaidBefore, event: Period | None,
                    figures: Sequence[CountedFigure]) -> tuple[Period | None, bool]:
    """A figure whose sentence gives it no phrase: the count a share restates, the window the
    figures before stated, the story's event, else publication for a count or an amount."""
    host_figure = _restated_host(s.text, f, figures, said.done)
    if host_figure is not None and host_figure.period is not None:
        # "870명(62.3%)은 아직 ...": the share restates the count it follows, at its time
        return host_figure.period, host_figure.id in said.baselines
    if ctx.carry_period_forward:
        carried = _carried_forward(f, s, ctx, said)
        if carried is not None:
            return carried
    if event is not None and not parenthesised(s.text, f) and f.unit != "ratio":
        return event, False  # "이번 산불로 주택 21채가 탔다": the event's window
    if read_at_publication(f.unit) and article.published is not None:
        # "누적 확진자는 4천 명이다": a running total said with no time holds as of publication
        kind = (PeriodKind.as_of if words_between(s.text, 0, f.start, ctx.cumulative_words)
                else PeriodKind.none)
        period = Period(end=article.published, resolution="publication", kind=kind)
        return period, False
    return None, False


def _carried_forward(f: CountedFigure, s: Sentence, ctx: CounterContext,
                     said: SaidBefore) -> tuple[Period | None, bool] | None:
    """The window of the figure stated last (of the story's first for its own event), or the
    window a release stated on its own; None when there is none to carry."""
    source = release_month_again(_stated_to_carry(f, s, ctx, said), said.first_stated(),
                                 said.done)
    if source is not None and source.sentence != s.text:
        # "전날 오후 9시에는 4610명이었다": a look back at the count before goes on with nothing
        source = looked_back_from(source, [*said.earlier, *said.done]) or source
    if source is None and said.window is not None:
        # no figure has stated its period yet: the window the release stated on its own
        return said.window.model_copy(update={"resolution": "carried"}), False
    if _day_of(source) and words_between(s.text, 0, f.start, ctx.span_words):
        source = None  # "이틀간 최종 사전투표율은": not the one day said before
    narrated = narrated_since(source, said.narrated, [*said.earlier, *said.done])
    if narrated is not None:
        return narrated, parenthesised(s.text, f) or f.unit == "ratio"
    if source is not None and a_polls_window_to_a_count(
            source, f.unit, {c.id: c for c in [*said.earlier, *said.done]}, ctx.poll_after_window,
            ctx.poll_samples):
        return None  # "... 실시한 조사에서 29%" then "6곳을 차지하고 있다": no finding of the poll
    if source is not None:
        aside = parenthesised(s.text, f) or f.unit == "ratio"
        return carried_from(source), aside
    return None


def _stated_to_carry(f: CountedFigure, s: Sentence, ctx: CounterContext,
                     said: SaidBefore) -> Claim | None:
    """The figure stated last of the figure's unit; of the story's first for its own event:
    "이번 산불로 26명이 숨지고" takes the story's own window, stated first, not the last one (a
    past comparison, "2000년 동해안 산불(2만 3,794㏊)", may stand between)."""
    source = breakdown_window(said.last_stated(f.unit), said.earlier, said.headline,
                              said.baselines | said.parts, s.text, f.start, ctx)
    if any(w in s.text.split() for w in ctx.current_event_words):
        return said.first_stated() or source
    return source


def _day_of(claim: Claim | None) -> bool:
    """Whether ``claim`` is of one day."""
    return claim is not None and claim.period is not None and claim.period.kind is PeriodKind.day


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


def _kept(claims: list[Claim], baselines: set[str]) -> list[Claim]:
    """The figures a later "이 가운데" can be part of: not the baselines compared with."""
    return [c for c in claims if c.id not in baselines]


def lead_day_hour(period: Period | None, lead_day: date | None,
                  event: object, ctx: CounterContext, level: bool = False) -> Period | None:
    """ "사전투표 첫날인 오늘(29일)" in the lead, then "오늘 오후 6시 기준 ... 487만 명": a tally
    as of an hour of the one day the lead dates is that day's, not a total of unknown start; a
    level held at that hour ("이날 오후 6시 기준 파업 참가자는 7천370명") stays as of it."""
    if (period is None or lead_day is None or event is not None or level
            or period.kind is not PeriodKind.as_of or period.start is not None
            or period.end != lead_day or not ctx.names_an_hour(period.text)):
        return period
    return period.model_copy(update={"start": lead_day, "kind": PeriodKind.day})


def picked_out(period: Period | None, s: Sentence, periods: Sequence[PeriodMatch],
               ctx: CounterContext, window: Period | None = None) -> bool:
    """Whether a figure's own period phrase picks a part out of the story's window ("지난주에만
    환자 743명"; "5월 한 달 수출액은" in a release on January to May): the figures
    after it go on with the window stated before it."""
    if period is None or period.resolution not in STATED:
        return False
    if period.text.endswith(tuple(ctx.only_within)) and _inside(period, window):
        return True
    if _a_moment_of(period, window, ctx):
        return True
    return any(p.period.text == period.text
               and any(s.text.startswith(w, p.end - s.start) for w in ctx.only_after)
               for p in periods)


def _a_moment_of(period: Period, window: Period | None, ctx: CounterContext) -> bool:
    """ "주최 측은 오후 9시 기준 순간 최대 관중을 23만 명으로 추산했다" in a story of an event on
    one day: a time of that day's ("오후 9시 기준") is a moment picked out of it, not the time
    the event's other figures are of."""
    if (window is None or window.start is None or window.end is None
            or period.kind is not PeriodKind.as_of or period.start is not None
            or period.end is None or not ctx.names_an_hour(period.text)):
        return False
    return window.start <= period.end <= window.end


def _inside(period: Period, window: Period | None) -> bool:
    """A shorter period lying within ``window``."""
    if window is None or None in (period.start, period.end, window.start, window.end):
        return False
    return (window.start <= period.start and period.end <= window.end
            and (period.start, period.end) != (window.start, window.end))


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


def beyond_a_compared(claim: Claim, f: CountedFigure, s: Sentence,
                      periods: Sequence[PeriodMatch], figures: Sequence[CountedFigure],
                      ctx: CounterContext) -> bool:
    """ "2022년 3월 치러진 제3회 선거 때의 79.7%보다 0.1%포인트 낮은 수준", "지난 21대 총선 당시
    같은 시각 투표율 8%보다 1.1%p 낮습니다": the figure took the phrase that dates the figure it
    is compared with, which stands between them; it is the gap to that past figure, and its time
    is no window for the figures after it to go on with."""
    period = claim.period
    if period is None or period.resolution not in STATED:
        return False
    for p in periods:
        end = p.end - s.start
        if p.period.text != period.text or end > f.start:
            continue
        if any(g is not f and end <= g.start and g.end <= f.start
               and is_compared(s.text, g.end, ctx) for g in figures):
            return True
    return False
