"""A Korean headline's figures take the periods the body states for them: a headline names a
figure ("387명 검거") and leaves its time to the body ("지난 25일 기준 ... 387명"), or names a
running window ("올해 512명") whose end the body gives. Run once an article's claims are read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from claims.binding import carried_from
from claims.headline_reading import (
    a_change,
    near,
    one_inside_the_other,
    reading_of,
    same_scope,
    the_latest_reading,
)
from claims.models import DATED, Claim, Period, PeriodKind, Role
from claims.tolls import STORY_DAYS

_Key = tuple[float | None, str]


def borrow_periods(claims: list[Claim], published: date | None = None,
                   cumulative_words: Sequence[str] = ()) -> None:
    """A headline or lead figure that states no period borrows the period the body states for
    the same figure ("387명 검거" in the title, "지난 25일 기준 ... 387명" below); a headline's
    running window ("올해 512명") takes the body's end for it ("올해 1월부터 지난 12일까지");
    a headline's cumulative ("지난달 1천702명 추가 인정…누적 3만1천460명") is the body's running
    total of that value, not the month the headline's first figure took."""
    stated, carried = _by_value(claims)
    headline = claims[0].sentence if claims else ""
    lead = _lead(claims)
    borrowed: dict[str, Period] = {}  # a headline phrase's text -> the body window it took
    for claim in claims:
        same = _same_in_body(claim, claims, stated, carried, headline)
        if not same and claim.sentence == lead:
            # "등록 차량이 58만 대를 넘어 역대 최다" over "... 58만3천106대로 집계": a wire
            # lead rounds the body's figure as its headline does
            same = _rounded_in_body(claim, claims, lead)
        _borrow(claim, same, headline, borrowed)
        if claim.sentence == headline and _said_cumulative(claim, cumulative_words):
            _running_total_of_the_body(claim, same)
    _headlines_borrow_the_body(claims, stated, published)
    for claim in claims:
        # "올해 512명 검거…10명 중 7명은 10대": the headline's other figures of the same phrase
        period = claim.period
        if (claim.sentence == headline and period is not None
                and period.resolution != "carried" and period.text in borrowed):
            claim.period = borrowed[period.text]


def _borrow(claim: Claim, same: list[Claim], headline: str, borrowed: dict[str, Period]) -> None:
    """The claim takes the period of the first figure of the same value that states one when it
    has none or only publication's; a headline's running window takes the body's narrower
    one (noted in ``borrowed`` by the phrase's text)."""
    period = claim.period
    if period is None or period.resolution == "publication":
        if same:
            claim.period = carried_from(same[0])  # "산림 4만 5천㏊" above "4만 5,157㏊로 집계"
        return
    if claim.sentence == headline and period.kind is PeriodKind.to_date:
        narrower = [c for c in same if c.sentence != headline and _narrower(c, period)]
        if narrower:
            claim.period = carried_from(narrower[0])
            borrowed[period.text] = claim.period


def _said_cumulative(claim: Claim, words: Sequence[str]) -> bool:
    """Whether a cumulative word stands right before the figure ("누적 3만1천460명")."""
    at = claim.sentence.find(claim.surface)
    return at > 0 and claim.sentence[:at].rstrip().endswith(tuple(words))


def _running_total_of_the_body(claim: Claim, same: Sequence[Claim]) -> None:
    """A headline's cumulative read over a window (the month its clause before took) takes
    the longer period the body states for the same value: from an earlier start ("올해
    1월부터 지난달까지", "특별법 시행 이후 지난달 말까지"), or as of a day."""
    period = claim.period
    if period is None or period.kind is not PeriodKind.interval or period.start is None:
        return
    longer = [c for c in same if c.sentence != claim.sentence and c.period is not None
              and c.period.end is not None and period.end is not None
              and c.period.end >= period.end
              and (c.period.start is None or c.period.start < period.start)]
    if longer:
        claim.period = carried_from(longer[0])


def _by_value(claims: Sequence[Claim]) -> tuple[dict[_Key, list[Claim]], dict[_Key, list[Claim]]]:
    """The claims that state their period and those that carry one, by value and unit."""
    stated: dict[_Key, list[Claim]] = {}
    carried: dict[_Key, list[Claim]] = {}
    for claim in claims:
        if _states_period(claim):
            stated.setdefault((claim.value, claim.unit), []).append(claim)
        elif claim.period is not None and claim.period.resolution == "carried":
            carried.setdefault((claim.value, claim.unit), []).append(claim)
    return stated, carried


def _same_in_body(claim: Claim, claims: Sequence[Claim], stated: dict[_Key, list[Claim]],
                  carried: dict[_Key, list[Claim]], headline: str) -> list[Claim]:
    """The other figures of the same value and unit that state their period; for a headline
    figure with none, the body's that carry one, else the body's it rounds."""
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
    return same


def _narrower(c: Claim, period: Period) -> bool:
    """Whether ``c``'s period starts within ``period`` and ends before it."""
    return (c.period is not None
            and c.period.start is not None and period.start is not None
            and c.period.start >= period.start and c.period.end is not None
            and period.end is not None and c.period.end < period.end)


def _rounded_in_body(claim: Claim, claims: Sequence[Claim], headline: str) -> list[Claim]:
    """Body figures a headline figure rounds ("4만 5천㏊" for "4만 5,157㏊"): same unit, and
    apart by less than the headline's last written digit."""
    value = claim.value
    if value is None or value < 1000 or value != int(value):
        return []
    step = _last_digit_step(value)
    return [c for c in claims
            if c.sentence != headline and c.unit == claim.unit
            and _within_step(c.value, value, step) and _a_stated_or_release_date(c)]


def _last_digit_step(value: float) -> int:
    """The place of a whole number's last written digit: 45000 -> 1000."""
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return step


def _within_step(other: float | None, value: float, step: int) -> bool:
    """Another value, apart from ``value`` by less than ``step``."""
    return other is not None and other != value and abs(other - value) < step


def _a_stated_or_release_date(c: Claim) -> bool:
    """A period stated for the figure, or the as-of date of the release it carries on from
    ("지난달 말 기준 ... 등록 차량은 58만3천106대"): the date every level of the release holds
    at; not a day carried from a comparison before it ("전날 집계치(...)... 3059명")."""
    return _states_period(c) or (_dated(c) and c.period is not None
                                 and c.period.kind is PeriodKind.as_of)


def _dated(c: Claim) -> bool:
    """Whether the claim's period was stated for it or carried from a figure that states one
    ("등록 차량은 58만3천106대로" under "지난달 말 기준"), not publication's."""
    return (c.period is not None and c.period.resolution in DATED
            and c.period.kind is not PeriodKind.none)


def _lead(claims: Sequence[Claim]) -> str | None:
    """The lead: the first sentence with figures after the headline lines that ends as prose
    does; None when the article opens with it (no headline)."""
    lines = headline_lines(claims)
    if not lines:
        return None
    return next((c.sentence for c in claims if c.sentence not in lines), None)


def _states_period(c: Claim) -> bool:
    """Whether the claim's period was stated for it, not carried nor publication's."""
    return c.period is not None and c.period.resolution not in ("publication", "carried")


_PROSE_ENDS = (".", "!", "?")
_UNDATED = ("publication", "unresolved")  # no period, or a phrase that dates nothing


def _headlines_borrow_the_body(claims: list[Claim], stated: dict[_Key, list[Claim]],
                               published: date | None) -> None:
    """A headline or deck line states the lead's story and leaves its time to the body: its
    figure takes the period the body states for the same figure even over one carried from
    the line above ("…수주잔고 402억 달러" under "10월까지 95억 달러 수주" takes "10월 말 기준
    ... 402억 달러"); with none of the same value, the period of the body's first figure of
    the same thing dated by one day ("트럭 18대" takes "그제(8일) ... 트럭 21대"'s), of the
    decimal it rounds, or the one period the body gives the same thing at the story's time
    ("한랭질환자 41명" takes "지난 1일부터 4일까지 ... 한랭질환자는 38명"'s: a differing value
    is what a reader must see, in the same period)."""
    lines = headline_lines(claims)
    heads = [c for c in claims if c.sentence in lines]
    ids = {c.id for c in heads}
    body = [c for c in claims if c.sentence not in lines]
    for claim in heads:
        period = claim.period
        same = [c for c in stated.get((claim.value, claim.unit), []) if c.sentence not in lines]
        if period is not None and period.resolution == "carried" and period.source in ids:
            if same:  # the body's own reading of the figure, not the line above's window
                claim.period = carried_from(same[0])
        elif (period is None or period.resolution in _UNDATED) and not same:
            kin = (_first_of_the_same_thing(claim, body) or _rounded_decimal(claim, body)
                   or _the_storys_one_period(claim, body, published))
            reading = None if kin is not None else the_latest_reading(claim, body, published)
            if kin is not None:
                claim.period = carried_from(kin)
            elif reading is not None:
                claim.period = reading_of(reading)


def headlines_take_the_latest_reading(claims: Sequence[Claim], published: date | None) -> None:
    """A headline or deck figure with no time of its own, whose value no body figure gives,
    takes the period of the body's latest reading of the same thing nearest its value
    (``claims.headline_reading``): "backlog hits new record of 80,600" over "80,165 open cases
    at the end of June"."""
    lines = headline_lines(claims)
    body = [c for c in claims if c.sentence not in lines]
    values = {(c.value, c.unit) for c in body}
    for claim in claims:
        if claim.sentence not in lines or (claim.value, claim.unit) in values:
            continue
        period = claim.period
        if period is None or period.resolution in _UNDATED:
            kin = the_latest_reading(claim, body, published)
            if kin is not None:
                claim.period = reading_of(kin)


def headline_lines(claims: Sequence[Claim]) -> list[str]:
    """The article's headline and the deck lines under it: its opening sentences, up to the
    first that ends as prose does (the lead)."""
    lines: list[str] = []
    for claim in claims:
        if claim.sentence.rstrip().endswith(_PROSE_ENDS):
            break
        if claim.sentence not in lines:
            lines.append(claim.sentence)
    return lines


def _first_of_the_same_thing(claim: Claim, body: Sequence[Claim]) -> Claim | None:
    """The body's first figure of the same unit and the same counted thing dated by one day
    (stated or carried): the headline's event ("불이 난 건 그제(8일) ... 트럭 21대"), not a
    window's tally of more such events ("올해 1∼10월 적발한 밀수 시계는 3만7천 개" under
    "밀수 시계 4만2천 개 적발"); None when the headline figure names no counted thing but its
    counter."""
    if not claim.counted or claim.surface.endswith(claim.counted):
        return None  # none, or only the figure's own counter ("1명": 명)
    return next((c for c in body if c.unit == claim.unit and c.counted == claim.counted
                 and c.period is not None and c.period.resolution not in _UNDATED
                 and c.period.kind is PeriodKind.day), None)


def _rounded_decimal(claim: Claim, body: Sequence[Claim]) -> Claim | None:
    """The body's first figure a headline's figure rounds from its decimals ("1천 명당 41명"
    above "1천 명당 41.2명", "가동률 71%" above "평소의 71.3%", "41.1% 득표" above "41.08%를
    득표"): same unit, more decimals, with a period stated or carried. A change is no level: a
    headline's "14% 늘어" rounds the body's change, which its own pass dates."""
    value = claim.value
    if value is None or a_change(claim):
        return None
    return next((c for c in body if c.unit == claim.unit and _rounds_to(c, claim)
                 and not a_change(c)
                 and c.period is not None and c.period.resolution not in _UNDATED), None)


def _the_storys_one_period(claim: Claim, body: Sequence[Claim],
                           published: date | None) -> Claim | None:
    """The body's figure of the same thing (same unit, what it counts named in the same words or
    more, a plain level) dated at the story's time, when the body gives that thing one period there
    (or, with several, one among the figures of the headline's size): last winter's "412명"
    is another period's, not a second reading of this one; one region's ("경기 지역 ...
    1천900명" under "전국 독감 입원환자 3천명") is another place's. None with no such figure,
    with two periods, or when the headline names its thing only by its counter."""
    if (published is None or not claim.lemmas or claim.surface.endswith(claim.counted)
            or claim.role is not Role.value or a_change(claim)):
        return None
    words = set(claim.lemmas)
    kin = [c for c in body if c.unit == claim.unit and c.role is Role.value
           and not a_change(c) and one_inside_the_other(words, set(c.lemmas)) and _dated(c)
           and _at_the_storys_time(c.period, published) and same_scope(claim, c)]
    for pool in (kin, [c for c in kin if near(c.value, claim.value)]):
        periods = {(c.period.start, c.period.end, c.period.kind) for c in pool if c.period}
        if len(periods) == 1:
            return pool[0]
    return None


def _at_the_storys_time(period: Period | None, published: date) -> bool:
    """A period ending at most ``STORY_DAYS`` days before publication, and not after it."""
    end = period.end if period is not None else None
    return end is not None and 0 <= (published - end).days <= STORY_DAYS


def _rounds_to(c: Claim, headline: Claim) -> bool:
    """Whether ``c`` has more decimals than the headline's figure and its rounding (or, to a
    whole number, its whole part) is the headline's value ("41.2" to "41", "41.08%" to
    "41.1%")."""
    value = headline.value
    if c.value is None or value is None or c.decimals <= headline.decimals:
        return False
    if headline.decimals == 0 and value == int(value):
        return int(value) in (int(c.value), round(c.value))
    return round(c.value, headline.decimals) == value
