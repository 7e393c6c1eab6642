"""The window a counted figure covers in a Korean story: the day a release was said (which dates
no figure), the window an event opens, and whether a figure still holds, is completed or runs
from a window's start (the story's own day: ``claims.counted_story_days``).
``claims.counted_claims`` decides which applies."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.event_words import tells, tells_a_beginning, words_between
from claims.lang import load_table
from claims.models import (
    STATED,
    Claim,
    Modality,
    Period,
    PeriodKind,
)
from claims.period_match import add_months, add_years, month_end
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase
from claims.sentences import Sentence
from claims.tokenizers import Morpheme

BASELINES = frozenset({
    Phrase.same_point, Phrase.year_earlier, Phrase.unit_earlier, Phrase.same_weekday,
})
EVENT_DAYS = frozenset({Phrase.day, Phrase.day_range, Phrase.day_pair, Phrase.since_day,
                        Phrase.relative_day, Phrase.last_month_day, Phrase.since_relative_day})
RELEASE_GAP = 24  # "11일 질병관리청 온열질환 감시체계에 따르면": the source's first nouns may
# stand before the four the source keeps
_END_DAYS = frozenset({Phrase.day})  # "사흘 만인 6일 꺼졌다": a day an event ended


_BARE_DAY = re.compile(r"\d{1,2}\w")


def spans_of(text: str, phrase: str | None) -> list[tuple[int, int]]:
    """Where ``phrase`` stands in ``text`` (the source's words are not a place of a figure)."""
    if not phrase:
        return []
    found, at = [], text.find(phrase)
    while at >= 0:
        found.append((at, at + len(phrase)))
        at = text.find(phrase, at + len(phrase))
    return found


def is_release_day(p: PeriodMatch, s: Sentence, morphs: Sequence[Morpheme],
                    source: str | None, ctx: CounterContext) -> bool:
    """ "26일 경찰청에 따르면 ...", "경찰청은 26일 ... 밝혔다": a day named alone, opening the
    sentence or right after the source, in a sentence that says who gives the figures, dates
    the release, not the figures; "13일(현지시간) 파리에서 열린 시위에는 ... 내무부에 따르면",
    a day apart from the source, is the event's."""
    if p.kind is not Phrase.day or source is None or not _BARE_DAY.fullmatch(p.period.text):
        return False
    rest = s.text[p.end - s.start :].lstrip()
    if any(rest.startswith(w) for w in ctx.local_time):
        return False  # "13일(현지시간)": a day abroad, the event's
    return _source_right_after(rest, source) or _source_topic_before(
        s.text, p.start - s.start, morphs, source
    )


def _source_right_after(rest: str, source: str) -> bool:
    """ "26일 경찰청에 따르면", "11일 질병관리청 온열질환 감시체계에 따르면": the source follows
    the day at once, or a few characters on with no figure between."""
    at = rest.find(source)
    return at == 0 or (0 < at <= RELEASE_GAP and not any(c.isdigit() for c in rest[:at]))


def _source_topic_before(text: str, start: int, morphs: Sequence[Morpheme],
                         source: str) -> bool:
    """ "경찰청은 26일": the source, as the topic, stands right before the day."""
    before = [m for m in morphs if m.end <= start]
    return (len(before) >= 2 and before[-1].tag.startswith("JX")
            and text[: before[-1].start].endswith(source))


def dates_a_cause(p: PeriodMatch, s: Sentence, figures: Sequence[CountedFigure],
                   ctx: CounterContext) -> bool:
    """ "주말 사이 강원 남부에 쏟아진 집중호우로 5명이 숨지고": a weekend that dates the rain
    (a word of an event that fell or ran follows it before any figure, and the event is a
    cause: "...로"), not its toll, which is the tally the report gives as of its time."""
    if p.kind is not Phrase.weekend:
        return False
    end = p.end - s.start
    stop = min((f.start for f in figures if f.start >= end), default=len(s.text))
    # "지난 주말 사이 내린 눈은 18㎝": the weekend's snow itself, measured, is of the weekend
    caused = any(w.endswith(tuple(ctx.cause_particles)) for w in s.text[end:stop].split())
    return caused and words_between(s.text, end, stop, ctx.event_running)


def event_window(periods: Sequence[PeriodMatch], s: Sentence, ctx: CounterContext,
                 published: date | None, began: Period | None = None,
                 ) -> tuple[Period | None, Period | None]:
    """The story's event, from a headline or lead sentence: the day (or window) an event began
    ("지난 4일 의성군에서 발생한 산불이", "지난 14일부터 18일까지 쏟아진 폭우로"), to the day it
    ended when a later day says so ("사흘 만인 6일 꺼졌다", or in the next sentence of the lead
    when ``began`` holds the day it began), else, for a window that began ("지난 16일부터
    이어진"), to publication (still running). Returns the event (None when the sentence says
    none) and the day an event began with no end said yet."""
    spans = sorted(periods, key=lambda p: p.start)
    begin, end = _began_and_ended(spans, s, ctx, began)
    first = begin.period if begin is not None else began
    if first is None or first.start is None:
        return None, None
    start = first.start
    if end is not None and end >= start:
        return Period(start=start, end=end, text=first.text, resolution="relative",
                      kind=PeriodKind.interval), None
    if begin is None:
        return None, began
    if begin.kind in (Phrase.day, Phrase.relative_day, Phrase.last_month_day) and (
            first.kind is PeriodKind.day):
        # "지난달 22일 발생한 산불로 주택 36채가 탔다": that day's, unless the lead says more
        return None, first
    return _window_begun(begin, first, spans, s, ctx, published), None


def _window_begun(begin: PeriodMatch, first: Period, spans: Sequence[PeriodMatch],
                  s: Sentence, ctx: CounterContext, published: date | None) -> Period | None:
    """An event whose beginning is said and whose end is not: the window the phrase names,
    unless the event still runs ("지난 16일부터 이어진"), then from its start to publication."""
    stop = next((p.start - s.start for p in spans if p.start > begin.start), len(s.text))
    running = words_between(s.text, begin.end - s.start, stop, ctx.event_running)
    if first.kind is PeriodKind.interval and not running:
        return first  # "지난달 21~30일 발생한 산불로": the window it names
    if published is None or first.start is None or published < first.start:
        return None
    return Period(start=first.start, end=published, text=first.text, resolution="relative",
                  kind=PeriodKind.to_date)


def _began_and_ended(spans: Sequence[PeriodMatch], s: Sentence, ctx: CounterContext,
                     began: Period | None) -> tuple[PeriodMatch | None, date | None]:
    """The phrase of the day an event began ("발생한", "쏟아진" after it) and the day it ended
    ("꺼졌다" after it, once a beginning is known)."""
    begin: PeriodMatch | None = None
    end: date | None = None
    for p, at, stop in _with_clauses(spans, s):
        if begin is None and p.period.start is not None and tells_a_beginning(
                p, EVENT_DAYS, s.text[at:stop], ctx):
            begin = p
        elif (begin is not None or began is not None) and p.period.end is not None and tells(
                p, _END_DAYS, s.text[at:stop], ctx.event_ended):
            end = p.period.end
    return begin, end


def _with_clauses(spans: Sequence[PeriodMatch], s: Sentence) -> list[tuple[PeriodMatch, int, int]]:
    """Each phrase with where the words after it run in the sentence: from its end to the next
    phrase's start (or the sentence's end)."""
    stops = [p.start - s.start for p in spans[1:]] + [len(s.text)]
    return [(p, p.end - s.start, stops[k]) for k, p in enumerate(spans)]


def dated_by_event(periods: list[PeriodMatch], s: Sentence, ctx: CounterContext,
                    event: Period) -> list[PeriodMatch]:
    """The lead's days that say when the event began and ended date its figures by the
    event's whole window, not by the day each names."""
    out = []
    for p, at, stop in _with_clauses(periods, s):
        after = s.text[at:stop]
        if tells_a_beginning(p, EVENT_DAYS, after, ctx) or tells(p, EVENT_DAYS, after,
                                                                  ctx.event_ended):
            p = replace(p, period=event)
        out.append(p)
    return out


def _clause_around(text: str, f: CountedFigure,
                   figures: Sequence[CountedFigure]) -> tuple[int, int]:
    """Where ``f``'s clause starts and ends: after the figure before it and up to the next one
    (figures that are asides in parentheses do not count), or to the comma after it ("2천184만
    명으로, 나가는 사람이 여전히 많다": another clause)."""
    before = max((g.end for g in figures if g.end <= f.start and not parenthesised(text, g)),
                 default=0)
    after = min((g.start for g in figures if g.start >= f.end and not parenthesised(text, g)),
                default=len(text))
    comma = text.find(",", f.end)
    return before, (min(after, comma) if comma >= 0 else after)


def still_holding(period: Period | None, text: str, f: CountedFigure,
                  figures: Sequence[CountedFigure], ctx: CounterContext,
                  published: date | None = None) -> Period | None:
    """ "이 중 2,310명은 아직 귀가하지 못했다": a count of what still holds is as of the end of
    the window it would carry (the as-of time, or publication), not a tally over it; after a
    day gone by ("어제 오전 ... 붕괴돼 4명이 숨지고", then "아직 2명이 실종 상태"), as of the
    time of writing, not of that day, unless its own phrase names the hour it held at."""
    if (period is None or period.end is None or period.kind is PeriodKind.as_of
            or period.kind is PeriodKind.interval):
        return period
    if not tells_still(text, f, figures, ctx):
        return period
    if (period.kind is PeriodKind.day and published is not None and period.end < published
            and not ctx.names_an_hour(period.text)):
        return Period(end=published, text=period.text, resolution="publication",
                      kind=PeriodKind.as_of)
    return period.as_of_end()  # "이날 오후 9시 현재 ... 6명은 아직": as of that hour's day


def count_held(period: Period | None, text: str, f: CountedFigure,
               figures: Sequence[CountedFigure], ctx: CounterContext, level: bool,
               event_start: date | None, published: date | None) -> tuple[Period | None, bool]:
    """A count's period, and whether it is a level: what still holds is one too ("오후 5시 기준
    ... 4명은 여전히 실종 상태"); counted since the event began, or as of its window's end."""
    level = level or tells_still(text, f, figures, ctx)
    period = since_event(period, event_start, level)
    return still_holding(period, text, f, figures, ctx, published), level


def tells_still(text: str, f: CountedFigure, figures: Sequence[CountedFigure],
                ctx: CounterContext) -> bool:
    """The figure's clause says what still holds ("4명은 여전히 실종 상태", "6명은 아직 치료를
    받고 있다"): a level at its time, never the tally of a day."""
    before, after = _clause_around(text, f, figures)
    clause = f" {text[before:after]} "
    return any(f" {w}" in clause for w in ctx.still_words)


def completed(period: Period | None, text: str, f: CountedFigure,
               figures: Sequence[CountedFigure], ctx: CounterContext) -> Period | None:
    """ "이 중 1천932건(41.5%)의 응급복구가 끝났다", "93%가 복구됐다": how much was restored
    is a state as of the end of the window it would carry, not a tally over it. The clause
    runs to the next figure that is no aside in parentheses, or to a comma."""
    if period is None or period.end is None or period.kind is PeriodKind.as_of:
        return period
    before, after = _clause_around(text, f, figures)
    if not words_between(text, before, after, ctx.completed_words):
        return period
    return period.as_of_end()


def since_event(period: Period | None, start: date | None, level: bool = False) -> Period | None:
    """ "지난 16일부터 이어진 집중호우로 ..." in the lead, then "20일 오전 6시 기준 사망자는
    17명": a disaster's tally as of a time counts from when the event began. On the day it
    began ("오늘(8일)부터 총파업", then "오늘 오전 9시 기준 결항된 항공편은 186편") the
    tally is that day's, never a window from a day to itself; a level held at the time ("파업
    참가자는 ...", ``claims.counted_levels``) stays as of it."""
    if (period is None or start is None or period.kind is not PeriodKind.as_of or level
            or period.start is not None or period.end is None or period.end < start):
        return period
    kind = PeriodKind.day if period.end == start else PeriodKind.to_date
    return period.model_copy(update={"start": start, "kind": kind})


def to_as_of(period: Period, periods: Sequence[PeriodMatch]) -> Period:
    """ "지난 15일 기준 올해 누적 980억원": a running window ends at the as-of day the sentence
    gives."""
    if period.kind is not PeriodKind.to_date or period.start is None or period.end is None:
        return period
    for p in periods:
        end = p.period.end
        as_of = p.period.kind is PeriodKind.as_of
        if as_of and end is not None and period.start <= end < period.end:
            return period.model_copy(update={"end": end})
    return period


def year_before(compared: Period, phrase: Period) -> Period:
    """ "412명으로 지난해 같은 기간 298명보다": the window of the figure compared with, a year
    back."""
    back = 1
    if phrase.start is not None and compared.end is not None:
        back = max(1, compared.end.year - phrase.start.year)  # "2019년 같은 달", "4년 전 같은 시간"
    if compared.start is None and compared.end is not None:
        # "이날 오후 3시 기준 ... 4년 전 같은 시간 60.1%보다": the same time of day, years back
        return phrase.model_copy(update={"start": None, "end": add_years(compared.end, -back),
                                         "kind": compared.kind})
    if compared.start is None or compared.end is None:
        return phrase
    return phrase.model_copy(update={
        "start": add_years(compared.start, -back), "end": add_years(compared.end, -back),
        "kind": compared.kind,
    })


def step_before(compared: Period, phrase: Period) -> Period:
    """ "48.2명으로 전주(39.1명)보다", "2.6%로 전월(2.9%)보다": the window just before the one of
    the figure compared with, as long as it (whole months step back by months); with no window
    to step back from, no period rather than a guess."""
    start, end = compared.start, compared.end
    if start is None or end is None:
        return phrase.model_copy(update={"start": None, "end": None, "kind": PeriodKind.none})
    if start.day == 1 and end == month_end(end.year, end.month):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        first = add_months(start, -months)
        last = add_months(end.replace(day=1), -months)
        new_start, new_end = first, month_end(last.year, last.month)
    else:
        new_end = start - timedelta(days=1)
        new_start = new_end - (end - start)
    return phrase.model_copy(update={"start": new_start, "end": new_end, "kind": compared.kind})


def parenthesised(text: str, f: CountedFigure) -> bool:
    """ "산불(2만 3,794㏊)", "지난해 동기(720만 건)", "2021년 7월(-18만 6천 명)": a figure given
    as an aside."""
    return (text[: f.start].rstrip().rstrip("-−+").endswith("(")
            and text[f.end :].lstrip().startswith(")"))


def narrated_since(source: Claim | None, narrated: tuple[int, Period] | None,
                   read: Sequence[Claim]) -> Period | None:
    """The day a sentence with no figure told after the figure ``source`` ("불이 난 건
    그제(8일) 오후 2시 10분쯤."; ``narrated``: how many of the claims ``read`` came before it,
    and its day), carried with no claim as its source; None when there is none."""
    if narrated is None or source is None:
        return None
    read_before, day = narrated
    if source.id not in {c.id for c in read[:read_before]}:
        return None
    return day.model_copy(update={"resolution": "carried", "source": None})


def a_share_of_the_figure_before(text: str, f: CountedFigure) -> bool:
    """ "640만CGT(18.7%)", "수도권에서 7천148명(58.5%)": a percentage in parentheses right
    after a figure is that figure's share of a whole, of the same window, no aside of its
    own time."""
    return (f.unit == "percent" and parenthesised(text, f)
            and re.search(r"\d[^\s(]*\(\s*[-−+]?$", text[: f.start]) is not None)


def first_stated_claim(earlier: Sequence[Claim], baselines: set[str]) -> Claim | None:
    """The article's first figure whose own sentence stated its period: the story's window."""
    for claim in earlier:
        period = claim.period
        if (period is not None and period.resolution in STATED
                and claim.id not in baselines):
            return claim
    return None


def last_stated_claim(done: Sequence[Claim], earlier: Sequence[Claim],
                 baselines: set[str] | frozenset[str] = frozenset()) -> Claim | None:
    """The latest figure whose own sentence stated its period: Korean releases state the
    window once and go on with the figures of the same tally (not with a baseline's)."""
    for claim in [*reversed(done), *reversed(earlier)]:
        period = claim.period
        if (period is not None and period.resolution in STATED
                and claim.id not in baselines and claim.modality is not Modality.planned):
            return claim  # a forecast's window ("내년 1월부터") is no tally's to go on with
    return None


_BARE_YEARS = frozenset({Phrase.year, Phrase.yearref})


def from_window_start(period: Period, earlier: Sequence[PeriodMatch],
                      year_words: Iterable[str] = ()) -> Period:
    """ "올해 11월30일까지": a total as of a date runs from the start of the window named before
    it ("this year"), not from a single day named before it. A date that names its own year
    ("올해 4월 1일 기준", "2025년 11월 1일 기준": a survey's reference day; ``year_words`` are
    the words that name a year) is a point: the bare year said before it ("'2026년
    교육기본통계'에 따르면") is that date's year, no window opened. Nor does a time over before
    the date ("지난해 3월 임용된 전공의 가운데 23일 기준"): it opens nothing that runs to it."""
    if period.start is not None or period.end is None:
        return period
    dated = names_a_year(period.text, year_words)
    for window in reversed(earlier):
        start = window.period.start
        if dated and window.kind in _BARE_YEARS:
            continue
        if window.period.end is not None and window.period.end < period.end:
            continue  # "지난해 3월 임용된 전공의 가운데 23일 기준 9천여 명": over before the date
        if window.kind is Phrase.month and window.period.end == period.end:
            continue  # "10월 통계월보에 따르면 지난달 말 기준 ... 268만 명": a stock at its end
        if window.period.end == start:
            continue  # "어제 하루 21건 ... 오늘 오전 6시 기준 누적 37건": a day is no window begun
        if window.kind not in BASELINES and start is not None and start <= period.end:
            text = f"{window.period.text} {period.text}"
            return period.model_copy(update={"start": start, "kind": PeriodKind.to_date,
                                             "text": text})
    return period


def names_a_year(text: str | None, year_words: Iterable[str]) -> bool:
    """The phrase names its year: a year's number ("2025년", "2025") or a word of one
    ("올해", "지난해")."""
    return text is not None and (re.search(r"(?<!\d)\d{4}(?!\d)", text) is not None
                                 or any(w in text for w in year_words))


@cache
def _this_year(lang: str) -> frozenset[str]:
    """The words that name the year of publication ("올해", "금년")."""
    refs = load_table(lang).extraction.periods.year_refs
    return frozenset(w for w, offset in refs.items() if offset == 0)


def _names_this_year(text: str | None, lang: str, published: date) -> bool:
    """ "올해", "금년", or the year of publication written alone ("2026년": its number and at
    most one letter after it)."""
    return text is not None and (text in _this_year(lang)
                                 or re.fullmatch(rf"{published.year}\D?", text) is not None)


def annual_value(period: Period | None, per: str | None, text: str, ctx: CounterContext,
                 lang: str, published: date | None) -> Period | None:
    """ "올해 4년제 대학의 연평균 등록금은 716만4천 원", "올해 최저임금 1만30원", "올해 193곳
    가운데 131곳이 등록금을 인상했다": a value set for the year (a fee, a budget, a wage, a
    cap; or a figure per year) is of the whole year, not a tally of the year so far, which
    bare "올해" gives ("올해 들어", "올해 누적" stay running windows). So is a year's harvest or
    crop survey ("올해 쌀 생산량은 358만t", "재배면적은 5천820㏊"), this year named by its number
    too ("'2026년 양파 생산량조사 결과'에 따르면 ... 117만t"): a crop is counted once a year."""
    if (period is None or published is None or not _names_this_year(period.text, lang, published)
            or period.kind not in (PeriodKind.to_date, PeriodKind.rate)
            or period.start != date(published.year, 1, 1) or period.end != published):
        return period
    if per != "year" and not any(w in text for w in ctx.annual_values):
        return period
    return period.model_copy(update={"end": date(published.year, 12, 31),
                                     "kind": PeriodKind.interval})


def is_compared(text: str, end: int, ctx: CounterContext) -> bool:
    """Whether what ends at ``end`` is what something is compared with ("298명보다",
    "지난해 동기(720만 건) 대비")."""
    rest = text[end:].lstrip(" )")
    if rest.startswith("(") and ")" in rest:
        rest = rest[rest.index(")") + 1 :].lstrip()  # "전날(1천316명)보다": past the aside
    words = ctx.comparison_after_all
    return text.startswith(words, end) or rest.startswith(words)


def a_compared_count(text: str, end: int, ctx: CounterContext) -> bool:
    """Whether a phrase ending at ``end`` dates an earlier count the figure is compared with
    ("이재민은 1천990명으로 전날 집계와 같다", "3명으로 전날과 같았다"): right after it, maybe
    through a noun of a count (``compared_count_nouns``), one of ``compared_counts``."""
    rest = text[end:].lstrip()
    for noun in ("", *ctx.compared_count_nouns):
        if rest.startswith(noun) and rest[len(noun):].startswith(tuple(ctx.compared_counts)):
            return True
    return False


def compared_days(periods: Sequence[PeriodMatch], s: Sentence, ctx: CounterContext) -> set[int]:
    """ "전날보다 부상자가 2명 늘었다": a day compared with is not the story's day (the starts of
    such phrases)."""
    return {p.start for p in periods if is_compared(s.text, p.end - s.start, ctx)
            or _dates_a_compared_figure(s.text, p.end - s.start, ctx)}


_FIGURE = re.compile(r"\s*\d[\d,.]*(?:\s*[^\W\d]?\d[\d,.]*)*\s*")  # "687만 ", "1만2천 "
_COUNTER = 3  # the longest counter between a figure and its comparison word ("명", "건")


def _dates_a_compared_figure(text: str, end: int, ctx: CounterContext) -> bool:
    """Whether the phrase ending at ``end`` dates the figure something is compared with
    ("지난주 같은 요일(11월 25일)의 687만 명보다"): the compared figure's day."""
    rest = text[end:]
    at = end + len(rest) - len(rest.lstrip(" )"))
    link = next((w for w in ctx.compared_figure_links if text.startswith(w, at)), None)
    if link is None:
        return False
    m = _FIGURE.match(text, at + len(link))
    return m is not None and any(is_compared(text, m.end() + k, ctx) for k in range(_COUNTER + 1))


def compared_level(period: Period | None, text: str, f: CountedFigure, done: Sequence[Claim],
                   ctx: CounterContext) -> Period | None:
    """ "이날 오후 2시 기준 3천100여 명으로, 전날(3천600여 명)보다": the level a level is compared
    with, the day before, is a level too (as of that day), not the day's count."""
    if not _one_day(period) or not is_compared(text, f.end, ctx):
        return period
    assert period is not None and period.end is not None
    level = _latest_level(done)
    if level is None or level.end != period.end + timedelta(days=1):
        return period
    return period.as_of_end()


def _one_day(period: Period | None) -> bool:
    """A period of one known day ("전날"), not a window nor a level."""
    return (period is not None and period.kind is PeriodKind.day and period.end is not None
            and period.start == period.end)


def _latest_level(done: Sequence[Claim]) -> Period | None:
    """The period of the latest figure read as a level as of a known time."""
    return next((c.period for c in reversed(done) if c.period is not None
                 and c.period.kind is PeriodKind.as_of and c.period.end is not None), None)
