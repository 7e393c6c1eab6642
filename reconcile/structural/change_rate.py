"""``stated_change``: a stated change ("rose 38.2 percent", "en hausse de 3,2 %", "38.2%
증가", "11%포인트 높아졌다") against the two levels the article states for it, recomputed to
the precision printed (statcheck for news).

A change rate is a percentage with a direction (``Claim.direction``); a change in points is a
``percentage_point`` figure with one. Its level is the figure it describes: the nearest other
figure of its sentence ("rose 12.4 percent on-year to 18.46 trillion won", "3조8천600억 원으로
... 38.2% 증가"), or, when its sentence holds no other figure, the first figure of the next
sentence that a comparison is linked to ("rose 38.2 percent from a year earlier." then "came to
3.86 trillion won, compared with 2.65 trillion won a year earlier"). Its base is, in that order:

* a comparison linked to the level ("compared with 2.65 trillion won");
* a figure of the level's sentence in the level's unit over the period one year before the
  level's ("1 245 millions d'euros ..., contre 1 206 millions d'euros un an plus tôt");
* a figure of another sentence of the article in the level's unit, counting what the level
  counts (the same words), over the period one year before ("지난해 3분기 영업이익은 2조6천500억
  원이었다").

Precision first: a base over another period than the year before the level's (a quarter
before: "up from 3.12 trillion won in the second quarter") is no base of a year-on-year rate
and is not read; two candidate bases of different values, or two figures as near to the rate,
make no check. Points are checked only between two shares of the rate's sentence, one of them
over an earlier period ("38%로, 1년 전(27%)보다 11%포인트"). A change the level and base
allow (with their printed precision) is ``consistent``: the check holds (DESIGN.md, Verdicts:
a structural check is a ``conflict`` with its detail, or ``consistent`` when it holds; the
two levels themselves are of two periods and keep their own ``period_mismatch``); another is a
``conflict``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from claims.lexicon import fold
from claims.models import Approx, Claim, Direction, Period, Role
from claims.periods import find_periods
from claims.phrase_kinds import BASELINES, Phrase
from reconcile.compare import cite, claim_order, plain_interval
from reconcile.intervals import Interval
from reconcile.models import Finding, Verdict
from reconcile.periods import describe, is_bounded
from reconcile.structural.base import (
    READ_FOR_SPAN,
    VALUE,
    Check,
    a_year_before,
    findings_per_article,
    fmt,
    held_apart,
    of_articles_holding,
    one_value,
)
from reconcile.structural.change_base_beside import level_told_before
from reconcile.structural.change_comparands import (
    level_of,
    own_comparand,
    restates_a_change,
)
from reconcile.structural.change_points import SHARE_UNITS, point_shares
from reconcile.structural.change_steps import (
    POINT_UNITS,
    base_a_step_back,
    base_a_step_back_told_apart,
    just_before,
    plain_level,
    referred_level_and_step_back,
    says_a_year_earlier,
)
from reconcile.structural.measures import measure_aside, one_measure

DETAIL = "stated_change"
YEAR_ON_YEAR, OTHER_BASE = "year", "other"
LOOK_BACK = 2  # sentences before a change where its level may stand


def stated_change_findings(claims: Iterable[Claim]) -> list[Finding]:
    """The ``stated_change`` checks as findings, numbered per article."""
    return findings_per_article(claims, _article_checks, "change", "a stated change")


def level_and_base_pairs(findings: Iterable[Finding],
                         claims: Iterable[Claim]) -> set[frozenset[str]]:
    """The pairs of figures a ``stated_change`` finding read as the level and the base of one
    change: two times by the text's own words ("67%" now, "about 58%" in 2009, "increased by 9
    percentage points"), never one quantity over one period that could disagree."""
    changing = {c.id for c in claims if c.direction is not None}
    return {frozenset(pair) for found in _read_with_each_change(findings, changing).values()
            for pair in itertools.combinations(sorted(found), 2)}


def _read_with_each_change(findings: Iterable[Finding], changing: set[str]) -> dict[str, set[str]]:
    """For each change (one of ``changing``) a ``stated_change`` finding judged, the other
    figures the findings read with it: its levels and bases."""
    read: dict[str, set[str]] = {}
    for finding in findings:
        if finding.detail != DETAIL:
            continue
        changes = [i for i in finding.claim_ids if i in changing]
        if len(changes) == 1:
            read.setdefault(changes[0], set()).update(
                i for i in finding.claim_ids if i != changes[0])
    return read


def change_figures(claims: Iterable[Claim]) -> list[Claim]:
    """The claims of the articles that state a change rate: only those are read."""
    return of_articles_holding(claims, lambda c: _is_rate(c) or _is_points(c))


def _is_rate(claim: Claim) -> bool:
    return _is_change_in(claim, SHARE_UNITS)


def _is_points(claim: Claim) -> bool:
    return _is_change_in(claim, POINT_UNITS)


def is_change(claim: Claim) -> bool:
    """A change rate or a change in points: what a stated change check reads as the change."""
    return _is_rate(claim) or _is_points(claim)


def _is_change_in(claim: Claim, units: tuple[str, ...]) -> bool:
    """A stated value of one of ``units`` with a direction: a change, not a level."""
    return (claim.unit in units and claim.direction is not None
            and claim.role is VALUE and claim.value is not None)


def _article_checks(claims: list[Claim]) -> Iterator[Check]:
    claims = sorted(claims, key=claim_order)
    sentences: dict[tuple[int, str], list[Claim]] = {}
    order: list[tuple[int, str]] = []
    for claim in claims:
        key = (claim.line, claim.sentence)
        if key not in sentences:
            order.append(key)
        sentences.setdefault(key, []).append(claim)
    following = dict(itertools.pairwise(order))
    position = {key: n for n, key in enumerate(order)}
    for claim in claims:
        key = (claim.line, claim.sentence)
        if not (_is_rate(claim) or _is_points(claim)):
            continue
        at = position[key]
        earlier = [sentences[k] for k in reversed(order[max(0, at - LOOK_BACK):at])]
        if _is_rate(claim):
            check = _rate_check(claim, claims, sentences[key],
                                sentences.get(following.get(key, (-1, ""))), earlier)
        else:
            check = _points_check(claim, sentences[key], earlier)
        if check is not None:
            yield from held_apart(check, claim)


def _compared_or_stated(
    rate: Claim, article: Sequence[Claim], sentence: Sequence[Claim],
    next_sentence: Sequence[Claim] | None, earlier: Sequence[Sequence[Claim]],
) -> tuple[Claim, Claim] | None:
    """The rate's level and base: the figure its own comparative governs and the level that
    comparand leaves ("This is 18% higher than the 31,200": ``change_comparands``), else the
    level and base its sentence and article state. ``earlier``: the sentences before the
    rate's, nearest first."""
    compared = own_comparand(rate, sentence)
    if compared is None:
        return (_level_and_base(rate, article, sentence, next_sentence)
                or referred_level_and_step_back(rate, article, sentence, earlier)
                or level_told_before(rate, article, sentence))
    level = level_of(rate, compared, sentence, earlier)
    return None if level is None else (level, compared)


def _rate_check(
    rate: Claim, article: Sequence[Claim], sentence: Sequence[Claim],
    next_sentence: Sequence[Claim] | None, earlier: Sequence[Sequence[Claim]] = (),
) -> Check | None:
    """A change rate against its level and base, when both are read without doubt
    (``_compared_or_stated``)."""
    found = _compared_or_stated(rate, article, sentence, next_sentence, earlier)
    if found is None:
        return None
    level, base = found
    if not one_measure(level, base):
        return None  # "478명(452건)": people against cases, no change of one measure
    now, before = plain_interval(level), plain_interval(base)
    if now is None or before is None or before.lo <= 0 or math.isinf(now.hi):
        return None
    implied = Interval((now.lo / before.hi - 1) * 100, (now.hi / before.lo - 1) * 100)
    head = (f"{cite([rate])} states the change from {cite([base])} ({describe(base.period)}) "
            f"to {cite([level])} ({describe(level.period)})")
    made = f"the two figures make a change of {fmt(implied.lo)} % to {fmt(implied.hi)} %"
    check = _judged(rate, implied, (rate, level, base), head, made)
    echo = _agreeing_echo(rate, base, implied, article)
    if check is None or check.verdict is not Verdict.conflict or echo is None:
        return check
    return Check(check.verdict, check.detail, (*check.claims, echo),
                 f"{check.explanation[:-1]}; {cite([echo])} states that change as they make it.")


def _agreeing_echo(
    rate: Claim, base: Claim, implied: Interval, article: Sequence[Claim]
) -> Claim | None:
    """The one rate the article states elsewhere for the same change (``_echoes``) that the
    two levels make: a headline's rate against the body's for one change."""
    agreeing = [c for c in _echoes(rate, base, article) if _signed(c) is not None
                and _signed(c).meets(implied)]  # type: ignore[union-attr]
    return agreeing[0] if len(agreeing) == 1 else None


def _level_and_base(
    rate: Claim, article: Sequence[Claim], sentence: Sequence[Claim],
    next_sentence: Sequence[Claim] | None,
) -> tuple[Claim, Claim] | None:
    """The level a change rate describes and the base it is compared with, when the rate's
    words allow that base: none against another step back ("from the previous quarter"), and
    a rate told in another sentence than its level or base must say "a year earlier"."""
    level = _level(rate, sentence, next_sentence)
    if level is None:
        return None
    step_back = _a_step_back(rate, level, sentence, article)
    if step_back is not None:
        return level, step_back
    compared_to = _base_words(rate)
    if compared_to == OTHER_BASE:  # "from the previous quarter": no year-on-year base
        return None
    base = _base(level, article)
    if base is None:
        return None
    where = _where(rate)
    told_apart = _where(level) != where or _where(base) != where
    if told_apart and compared_to != YEAR_ON_YEAR and not _told_again(rate, base, article):
        return None  # the rate, its level and its base in two sentences: its words must say
    return level, base


def _a_step_back(
    rate: Claim, level: Claim, sentence: Sequence[Claim], article: Sequence[Claim]
) -> Claim | None:
    """The base one step back (the week, month or quarter before the level's), stated beside
    the rate ("up from 1,420 the week before") or told apart ("up 22% from October", then "In
    October the guards counted 3,900 attempts"); none for a rate that says "a year earlier"."""
    if says_a_year_earlier(rate):
        return None
    return (base_a_step_back(rate, level, sentence)
            or base_a_step_back_told_apart(rate, level, article))


def _told_again(rate: Claim, base: Claim, article: Sequence[Claim]) -> bool:
    """The article tells the change the rate states again, with the base its words leave
    unsaid: the base's sentence states a rate of the same way ("올해 보리 생산량 24만t…4.1% 줄어"
    in a headline; "24만2천t으로 지난해(25만8천t)보다 ... (6.2%) 감소했다" in the body), and
    no other sentence restates the rate's own value, which would say its own base ("down 4.1%
    from September": a change over another span)."""
    if any(c.id != rate.id and _is_rate(c) and c.value == rate.value for c in article):
        return False
    return bool(_echoes(rate, base, article))


def _echoes(rate: Claim, base: Claim, article: Sequence[Claim]) -> list[Claim]:
    """The rates of the base's sentence that go the rate's way, in another sentence than it."""
    return [c for c in article if _is_rate(c) and c.id != rate.id and _where(c) == _where(base)
            and _where(c) != _where(rate) and c.direction is rate.direction]


def _judged(
    change: Claim, implied: Interval, claims: tuple[Claim, ...], head: str, made: str
) -> Check | None:
    """The stated change (a fall read as negative) against the change its two levels make
    (``implied``, said as ``made``): ``consistent`` when they meet (the check holds), else a
    ``conflict``."""
    stated = _read_or_cut(change)
    if stated is None:
        return None
    if change.direction is Direction.down:
        stated = Interval(-stated.hi, -stated.lo)
    if stated.meets(implied):
        return Check(Verdict.consistent, DETAIL, claims, f"{head}; {made}, which it matches.")
    return Check(Verdict.conflict, DETAIL, claims, f"{head}, but {made}, not {change.surface}.")


def _read_or_cut(change: Claim) -> Interval | None:
    """The stated change's allowed values: rounded to its printed digits, or cut to them
    (news copy prints a computed 55.7 % decrease as "55%"): an exact "55%" allows 54.5 to
    56, a writer's truncation being no error of the figures."""
    stated = plain_interval(change)
    if stated is None or change.approx is not Approx.exact or math.isinf(stated.hi):
        return stated
    return Interval(stated.lo, stated.hi + 0.5 * 10 ** -change.decimals)


def _where(claim: Claim) -> tuple[int, str]:
    return claim.line, claim.sentence


def _base_words(rate: Claim) -> str | None:
    """What the rate's sentence says it compares with: a year before (``YEAR_ON_YEAR``: "from
    a year earlier", "지난해 같은 기간보다"), another step back (``OTHER_BASE``: "from the
    previous quarter", "par rapport au trimestre précédent"), or nothing read (None)."""
    found = None
    for match in find_periods(rate.sentence, 0, rate.language, READ_FOR_SPAN):
        if match.kind not in BASELINES:
            continue
        if match.kind is Phrase.unit_earlier and (match.step != "year" or match.steps != 1):
            return OTHER_BASE
        found = YEAR_ON_YEAR
    return found


def _level(
    rate: Claim, sentence: Sequence[Claim], next_sentence: Sequence[Claim] | None
) -> Claim | None:
    """The figure a change rate describes: the nearest plain figure of its sentence that is no
    other's base (none when two are as near), or the first of the next sentence when the rate
    stands alone in its own and that figure has a comparison linked to it."""
    others = _levels_beside(rate, sentence)
    if others:
        return _nearest(rate, others)
    if len(sentence) != 1 or not next_sentence:
        return None
    return _compared_first(next_sentence)


def _levels_beside(rate: Claim, sentence: Sequence[Claim]) -> list[Claim]:
    """The plain figures of the rate's sentence that are no other's base: a figure a year
    before another of its unit in the sentence is that one's base ("1 245 millions ..., en
    hausse de 3,2 %, contre 1 206 millions un an plus tôt")."""
    others = [c for c in sentence if c.id != rate.id and plain_level(c)
              and not restates_a_change(c, sentence) and not measure_aside(c, sentence)]
    return [c for c in others if not any(
        d.unit == c.unit and (_over(c, _year_before(d.period)) or just_before(c.period, d.period))
        for d in others)]


def _nearest(rate: Claim, others: Sequence[Claim]) -> Claim | None:
    """The figure nearest the rate; None when two are as near (which one it describes is not
    known)."""
    distance = sorted((abs(c.start - rate.start), n) for n, c in enumerate(others))
    if len(distance) > 1 and distance[0][0] == distance[1][0]:
        return None
    return others[distance[0][1]]


def _compared_first(sentence: Sequence[Claim]) -> Claim | None:
    """The first plain figure of the sentence when a comparison is linked to it ("came to
    3.86 trillion won, compared with 2.65 trillion won a year earlier")."""
    first = next((c for c in sentence if plain_level(c)), None)
    if first is None or not any(_compares(c, first) for c in sentence):
        return None
    return first


def _compares(claim: Claim, level: Claim) -> bool:
    return claim.role is Role.comparison and claim.linked == level.id


def _base(level: Claim, article: Sequence[Claim]) -> Claim | None:
    """The level's base: a comparison linked to it, else a figure a year before it in its
    sentence, else one counting the same thing a year before it elsewhere in the article.
    None when the base found is over another period than the year before, or ambiguous."""
    year_before = _year_before(level.period)
    linked = _linked(level, article)
    if linked:
        return one_value(c for c in linked if _over(c, year_before, allow_unknown=True))
    if year_before is None:
        return None
    return _base_a_year_before(level, article, year_before)


def _linked(level: Claim, article: Sequence[Claim]) -> list[Claim]:
    """The comparisons in the level's unit linked to it, else to the level said again with its
    base ("24,2 millions de tonnes, contre 25,8" after a headline's "24,2 millions de
    tonnes")."""
    return _comparing(article, [level], level.unit) or _comparing(
        article, [c for c in article if _restates(c, level)], level.unit)


def _comparing(article: Sequence[Claim], levels: Sequence[Claim], unit: str) -> list[Claim]:
    """The figures of ``unit`` that one of the levels is compared with."""
    return [c for c in article if c.unit == unit and any(_compares(c, r) for r in levels)]


def _base_a_year_before(
    level: Claim, article: Sequence[Claim], year_before: tuple[date, date]
) -> Claim | None:
    """A figure in the level's unit over the year before: of the level's sentence ("contre
    1 206 millions d'euros un an plus tôt"), else of the article counting the same thing
    ("지난해 3분기 영업이익은 2조6천500억 원이었다"); in the level's counter where the language
    writes one ("355명(331건)보다": the people, not the cases beside them)."""
    alike = [c for c in article if _level_of_unit(c, level) and one_measure(c, level)
             and _over(c, year_before)]
    same_sentence = [c for c in alike if _where(c) == _where(level)]
    if same_sentence:
        return one_value(same_sentence)
    named = _named_alike(level, alike)
    return named if named is not None else _of_a_restating_sentence(level, article, alike)


def _named_alike(level: Claim, alike: Sequence[Claim]) -> Claim | None:
    """The one value of the figures counting what the level counts, in the same words."""
    counted = fold(level.counted.strip())
    return one_value(c for c in alike if counted and fold(c.counted.strip()) == counted)


def _of_a_restating_sentence(
    level: Claim, article: Sequence[Claim], alike: Sequence[Claim]
) -> Claim | None:
    """The one value of the figures of a sentence that gives the level again ("24만2천t으로
    지난해(25만8천t)보다" after a headline's "24만t")."""
    restated = {_where(c) for c in article if _restates(c, level)}
    return one_value(c for c in alike if _where(c) in restated)


def _restates(claim: Claim, level: Claim) -> bool:
    """The claim gives the level again, in another sentence, for its period and within the
    rounding of both ("24만t" in a headline, "24만2천t" in the body): the base its sentence
    states is the level's ("24만2천t으로 지난해(25만8천t)보다")."""
    if (not _level_of_unit(claim, level) or _where(claim) == _where(level)
            or claim.period is None or level.period is None
            or (claim.period.start, claim.period.end) != (level.period.start, level.period.end)):
        return False
    mine, theirs = plain_interval(level), plain_interval(claim)
    return mine is not None and theirs is not None and mine.meets(theirs)


def _level_of_unit(claim: Claim, level: Claim) -> bool:
    """Another stated value, no change, in the level's unit."""
    return (claim.id != level.id and claim.unit == level.unit and claim.role is VALUE
            and claim.direction is None)


def _year_before(period: Period | None) -> tuple[date, date] | None:
    if not is_bounded(period):
        return None
    assert period is not None and period.start is not None and period.end is not None
    return a_year_before(period.start), a_year_before(period.end)


def _over(claim: Claim, span: tuple[date, date] | None, allow_unknown: bool = False) -> bool:
    """The claim's period is ``span`` (or unknown, when ``allow_unknown``: a comparison
    linked to its level states its own time in words the period reader may leave)."""
    period = claim.period
    if not is_bounded(period):
        return allow_unknown
    if span is None:
        return allow_unknown
    assert period is not None
    return (period.start, period.end) == span


def _points_check(
    points: Claim, sentence: Sequence[Claim], earlier: Sequence[Sequence[Claim]] = ()
) -> Check | None:
    """A change in points against its two shares or rates: both in its sentence, or its base
    there ("from 2.8 percent in February", "전월 상승률(5.0%)보다") and its level the rate an
    earlier sentence states ("rose 3.1 percent in March" ... "Inflation picked up from 2.8
    percent in February, an acceleration of 0.3 percentage point")."""
    shares = point_shares(points, sentence, earlier,
                          compared_in_words=_base_words(points) is not None)
    if shares is None:
        return None
    base, level = shares
    now, before = _signed(level), _signed(base)
    if now is None or before is None:
        return None
    implied = Interval(now.lo - before.hi, now.hi - before.lo)
    head = f"{cite([points])} states the change from {cite([base])} to {cite([level])}"
    made = f"the two shares are {fmt(implied.lo)} to {fmt(implied.hi)} points apart"
    return _judged(points, implied, (points, level, base), head, made)


def _signed(claim: Claim) -> Interval | None:
    """The figure's allowed values, a fall read as negative ("prices fell 0.2 percent")."""
    found = plain_interval(claim)
    if found is None or claim.direction is not Direction.down:
        return found
    return Interval(-found.hi, -found.lo)
