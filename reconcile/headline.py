"""A headline contradicting its own article: "9월 방한 관광객 152만 명" over a body that says
"9월 한 달 동안 ... 외래관광객이 125만 3천 명", "Waiting list tops 71,000" over "68,412 patients
... at the end of June".

A headline restates one of the body's figures in fewer words, often rounded: the article's
first sentence, when it does not end as a sentence of prose does (a lead ends with a full
stop; "9월 방한 관광객 152만 명…코로나 이전 넘어서" does not). When its figure
appears nowhere in the body (no body figure of the same kind allows its value), and the body
gives exactly one figure that measures what the headline's measures, the two disagree:

* the headline's figure: a plain value stated as a fact (not hedged, planned, vague, a change
  or a comparison), with a period of its own or borrowed from the body, alone of its kind in
  the headline (not a list);
* the body's figure: in another sentence, of the same kind of unit, for the same period, plain
  and stated as a fact, counting what the headline counts (a concept or a word in common, or
  one phrase inside the other: "관광객" / "외래관광객"), and the same place, entity and whole
  (or none on both sides);
* the only figure of its sentence that answers the headline's: "중국인 관광객은 41만 명, 일본인
  관광객은 27만 명" is a list of parts, and the headline may be their sum (a count of something
  else beside it, "... 4명을 검거", is no such list);
* exactly one such body figure: with two or more the headline may be about any of them;
* values whose allowed intervals miss each other by more than the tolerance.

Each finding is a ``conflict`` with detail ``internal``; ``reconcile.assess`` weighs it like
any other.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import timedelta
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from claims.headline_reading import near as of_one_size
from claims.lexicon import Lexicon, fold
from claims.models import Approx, Claim, PeriodKind
from claims.tolls import STORY_DAYS
from reconcile.compare import canonical_interval, claim_order, kind_of
from reconcile.day_times import time_of_day
from reconcile.internal import internal_finding, plain_stated
from reconcile.intervals import Interval
from reconcile.models import Finding
from reconcile.periods import Relation, relate, span
from reconcile.stock_day import stocks

_WHERE = ("The headline's ", "the body's ")  # how the finding names its two figures
HEADLINE_ID = "-headline-"  # in a finding's id: made here, on this module's own evidence
UNDATED_MARK = "u"  # after it: the headline's figure states no period, read as the body's
ALIKE = 75  # rapidfuzz partial_ratio of two counted phrases, one inside the other
_UNDATED = ("unresolved",)  # a figure read as of publication may still be the headline's
_AT_PUBLICATION = "publication"
_SENTENCE_ENDS = (".", "!", "?")
_MOST_BESIDE = 6  # figures beside the answer tried as parts of a sum (2**6 subsets at most)


def headline_findings(claims: Iterable[Claim], tolerance: float = 0.05) -> list[Finding]:
    """Headline figures the body contradicts, numbered per article
    (``<article>-headline-h1``...)."""
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.article, []).append(claim)
    out: list[Finding] = []
    for article in sorted(by_article):
        split = _headline_and_body(sorted(by_article[article], key=claim_order))
        if split is None:
            continue  # the article opens with a sentence of its body, not a headline
        tops, body = split
        n = 0
        for top in _alone_of_its_kind(tops):
            other = _contradicted(top, body, tolerance)
            if other is not None:
                n += 1
                mark = UNDATED_MARK if _undated(top) else "h"
                out.append(internal_finding(
                    f"{article}{HEADLINE_ID}{mark}{n}", top, *other, names=_WHERE
                ))
    return out


def _headline_and_body(members: Sequence[Claim]) -> tuple[list[Claim], list[Claim]] | None:
    """The figures of an article's first sentence and those of the rest, when that sentence
    is a headline (it ends with no full stop); None when the article opens with its body."""
    headline = members[0].sentence
    if headline.rstrip().endswith(_SENTENCE_ENDS):
        return None
    tops = [c for c in members if c.sentence == headline]
    return tops, [c for c in members if c.sentence != headline]


def _alone_of_its_kind(tops: Sequence[Claim]) -> list[Claim]:
    """The headline figures no other headline figure of their kind may share a body answer
    with: which body figure two of them would answer is not known. Two that count different
    things ("차량 31대 뒤엉켜 2명 숨져", "300 dead, 1,200 homes burned") each answer their own."""
    return [c for c in tops if not any(
        o is not c and kind_of(o.unit, o.per) == kind_of(c.unit, c.per) and not _told_apart(c, o)
        for o in tops
    )]


def _told_apart(a: Claim, b: Claim) -> bool:
    """Both name what they count, and not alike."""
    return bool(a.counted.strip()) and bool(b.counted.strip()) and not _alike(a, b)


def _plain(claim: Claim) -> bool:
    return plain_stated(claim, _UNDATED) and bool(claim.counted)


def _contradicted(
    top: Claim, body: Sequence[Claim], tolerance: float
) -> tuple[Claim, float] | None:
    """The one body figure the headline figure disagrees with, and the gap; None if any."""
    if not _plain(top):
        return None
    kind = kind_of(top.unit, top.per)
    mine = canonical_interval(top)
    if mine is None:
        return None
    same_kind = [c for c in body if kind_of(c.unit, c.per) == kind]
    if _restated(mine, same_kind):
        return None
    other = _the_one_answer(top, same_kind)
    if other is None or _sum_of_its_sentence(top, other, same_kind):
        return None
    theirs = canonical_interval(other)
    if theirs is None:
        return None
    if _a_reading_of_its_day(top, other) and mine.hi >= theirs.lo:
        return None  # the day's count at or above a reading of it: the count grew since
    gap = Interval.relative_gap(mine, theirs)
    return (other, gap) if gap > 0 and gap >= _tolerance(top, other, tolerance) else None


def _tolerance(top: Claim, other: Claim, tolerance: float) -> float:
    """How far the two may miss and still be one figure: none for two exact figures when the
    headline's is not round ("41" over "38": 41 rounds no figure but 40.5 to 41.5, whatever
    share of it the gap is), the report's tolerance otherwise ("152만" and "6,900" may round
    a figure of the body, however far their last digits allow)."""
    exact = top.approx is Approx.exact and other.approx is Approx.exact
    return 0.0 if exact and not _round(top) else tolerance


def _round(claim: Claim) -> bool:
    """A figure with no digit of its own after its leading ones ("300", "152만", "6,900"): it
    may be a rounding; one whose last printed digit is not zero ("41", "6천318") is none."""
    value = claim.value
    if value is None or claim.decimals > 0:
        return False
    return value != int(value) or (abs(int(value)) >= 10 and int(value) % 10 == 0)


def _restated(mine: Interval, same_kind: Sequence[Claim]) -> bool:
    """The headline restates a body figure, however dated: a bounded body figure meets it
    ("more than 58,000" allows any figure above, "수십 대" or "dozens" any of a span: they
    say nothing)."""
    for c in same_kind:
        if c.rough:
            continue
        theirs = canonical_interval(c)
        if theirs is not None and not math.isinf(theirs.hi) and theirs.meets(mine):
            return True
    return False


def _the_one_answer(top: Claim, same_kind: Sequence[Claim]) -> Claim | None:
    """The one body figure, the only one of its sentence that answers the headline figure;
    None when none or several do (which one it restates is not known). A sentence's figure
    of the same kind that counts something else is no list the headline may sum: "수입
    의약품 12만4천 정(시가 8억 원 상당)을 ... 4명을 검거" answers "밀수 의약품 13만 정" with one
    figure; "중국인 관광객은 41만 명, 일본인 관광객은 27만 명" lists two answers to "관광객". A
    figure of another period beside it is its baseline, no part of a list: "6천912명으로, 지난해
    같은 기간(6천63명)보다 14.0% 증가", "rose to 3.2% in October from 3.1% in September"."""
    listed = Counter(_sentence_and_period(c) for c in same_kind if not _counts_else(top, c))
    near = [c for c in same_kind if listed[_sentence_and_period(c)] == 1 and _near(top, c)]
    if _undated(top):
        return _the_leads(top, near, same_kind)
    candidates = [c for c in near if not _apart(top, c)]
    if len(candidates) > 1:  # a day's tally over the one reading of it among other counts
        candidates = [c for c in candidates if _a_reading_of_its_day(top, c)]
    return candidates[0] if len(candidates) == 1 else None


def _the_leads(top: Claim, near: Sequence[Claim], same_kind: Sequence[Claim]) -> Claim | None:
    """The answer to an undated headline figure: the first body figure that may restate it
    (the lead's: the headline states the story told first), past those of a place, entity or
    whole both name and not alike, when it names no place or whole the headline leaves
    unsaid, nor the reverse. A later figure of its kind ("Au 31 mars, le département
    comptait 58 cas depuis le début de l'année" after the town's "27 cas depuis le 3
    mars") is no answer, and with a lead figure of another kind of frame nothing is
    said. An entity only the lead's figure names ("l'ARS Bretagne recensait 27 cas") is the
    story's: headlines seldom name it. A lead figure less than half the headline's or more
    than twice it ("Storms kill 41" over "Twelve people were killed on Monday") counts a part
    of its story (a day's, a town's) or more, not the figure it restates."""
    could = [c for c in near if not _named_apart(top, c)]
    if not could or _a_sum(top, could):
        return None
    lead = could[0]
    if _slot_apart(top, lead, ("place", "whole")) or not _of_its_size(top, lead, same_kind):
        return None
    return lead


def _of_its_size(top: Claim, lead: Claim, same_kind: Sequence[Claim]) -> bool:
    """The lead's figure, or its sum with the plain figures of its kind beside it ("4,500 more
    soldiers and 3,500 more police officers"), is of the headline figure's size."""
    beside = [c for c in same_kind if _plain(c) and c.value is not None
              and _sentence_and_span(c) == _sentence_and_span(lead)]
    total = sum(c.value for c in beside if c.value is not None)
    return of_one_size(top.value, lead.value) or of_one_size(top.value, total)


def _named_apart(a: Claim, b: Claim) -> bool:
    """A place, entity or whole both name, and not the same: another quantity."""
    return any(
        getattr(a, slot) and getattr(b, slot) and fold(getattr(a, slot)) != fold(getattr(b, slot))
        for slot in ("place", "entity", "whole")
    )


def _sentence_and_period(c: Claim) -> tuple[int, str, object]:
    """Where a figure stands and the period it is for: the parts of one list share both."""
    p = c.period
    return c.line, c.sentence, (p.start, p.end, p.kind) if p is not None else None


def _sentence_and_span(c: Claim) -> tuple[int, str, object]:
    """Where a figure stands and the days it covers, however its kind was read (the parts of
    "5,000 soldiers and 5,000 police officers" may be read as a count and a level)."""
    return c.line, c.sentence, span(c.period)


def _a_sum(top: Claim, parts: Sequence[Claim]) -> bool:
    """The headline's figure may be the sum of the body's ("5 dead" over "three died at the
    scene" and "two more died in hospital"): their total meets it."""
    mine = canonical_interval(top)
    intervals = [canonical_interval(c) for c in parts]
    if mine is None or any(i is None for i in intervals):
        return True  # not known: no answer
    lo = sum(i.lo for i in intervals if i is not None)
    hi = sum(i.hi for i in intervals if i is not None)
    return mine.lo <= hi and lo <= mine.hi


def _sum_of_its_sentence(top: Claim, other: Claim, same_kind: Sequence[Claim]) -> bool:
    """The headline's figure is the answer plus figures of its kind beside it, for its period
    ("10,000 troops and police" over "5,000 soldiers and 5,000 police officers", "une vingtaine
    de morts et disparus" over "16 morts et 4 disparus", "16명 사상자" over "2명이 숨지고 14명이
    다쳤다"): a headline that counts two kinds at once, which the body tells apart. A count of
    something else of another size beside it ("... 4명을 검거") sums to nothing the headline
    says, so the answer stands."""
    beside = [c for c in same_kind if c is not other and _plain(c)
              and _sentence_and_span(c) == _sentence_and_span(other)][:_MOST_BESIDE]
    return any(_a_sum(top, [other, *chosen])
               for size in range(1, len(beside) + 1)
               for chosen in combinations(beside, size))


def _near(top: Claim, c: Claim) -> bool:
    """A plain body figure for the headline's period, counting the same thing: the body
    figure the headline would restate, when no place, entity or whole sets it apart."""
    return _plain(c) and _one_time(top, c) and _alike(top, c)


def _one_time(top: Claim, c: Claim) -> bool:
    """The same period, or none stated on either side: a headline and the one body figure
    that answers it, both read as of the article's publication ("밀수 의약품 13만 정 적발" over
    "의약품 12만4천 정을 ... 밀수입하려 한 혐의로"), tell one event; a headline with no period
    against a body figure that states one (or the reverse) is not read as its restatement."""
    if relate(c.period, top.period) is Relation.same or _read_from(top, c):
        return True
    if all(p is not None and p.resolution == _AT_PUBLICATION for p in (top.period, c.period)):
        return True
    if _a_reading_of_its_day(top, c):
        return True
    return _undated(top) and not _a_mark(top) and _the_storys_time(top, c)


def _read_from(top: Claim, c: Claim) -> bool:
    """The headline figure took its period from this body figure (``claims.headline_reading``):
    as of the end of the body's window ("cases rise to 9,470" over "9,740 cases since the
    outbreak was declared on Oct. 2"), the same time whatever window the headline leaves
    unsaid."""
    return top.period is not None and top.period.source == c.id


def _a_reading_of_its_day(top: Claim, c: Claim) -> bool:
    """ "Winter storm grounds 3,160 US flights on Sunday" over "By 6 p.m. ET, airlines had
    canceled 3,610 flights ... on Sunday": the headline's day, and a body figure read as of
    that day at a moment of it (``claims.moment_readings``), its start unknown. The headline
    tells the day's tally the body reads at a time of that day; a running count only grows, so
    a headline below the reading contradicts it, one above it does not (a stock, which may
    fall, is none of these). Beside other counts of the day (an
    airline's, the delays), the one such reading is the figure the headline restates."""
    day, read = top.period, c.period
    return (day is not None and read is not None and day.kind is PeriodKind.day
            and day.start == day.end and read.kind is PeriodKind.as_of and read.start is None
            and read.end is not None and read.end == day.end
            and c.unit == "count" and bool(time_of_day(c)) and not stocks([c]))


def _a_mark(top: Claim) -> bool:
    """A round figure of one significant digit ("Flu cases in the county pass 300", "5만 명 돌파"):
    headlines name the mark a story passes, whatever verb says so; not a count they restate."""
    value = abs(top.value or 0)
    while value >= 10 and value % 10 == 0:
        value //= 10
    return 0 < value < 10 and float(value).is_integer()


def _undated(top: Claim) -> bool:
    """A headline figure that states no period of its own ("차량 31대 뒤엉켜", "Fog pile-up
    involves 28 vehicles"): it states the article's story, whenever the body dates it."""
    period = top.period
    return period is None or (period.resolution in (_AT_PUBLICATION, *_UNDATED)
                              and period.kind is PeriodKind.none)


def _the_storys_time(top: Claim, c: Claim) -> bool:
    """The body figure is of the story's time: it ends at most ``STORY_DAYS`` days before the
    publication the undated headline is read at ("어제(5일) ... 차량 36대"), not last year's."""
    end, published = c.period.end if c.period else None, top.period.end if top.period else None
    if end is None or published is None:
        return False
    return published - timedelta(days=STORY_DAYS) <= end <= published


def _counts_else(top: Claim, c: Claim) -> bool:
    """The figure names what it counts, and it is not what the headline's counts."""
    return bool(c.counted.strip()) and not _alike(top, c)


def _words(claim: Claim) -> frozenset[str]:
    lexicon = Lexicon.shipped()
    generic = {f"#{g}" for g in lexicon.generic}
    return frozenset(lexicon.normalise(claim.counted, claim.language)) - generic


def _alike(a: Claim, b: Claim) -> bool:
    """They count the same thing: a concept or a content word in common, or one phrase
    inside the other."""
    if _words(a) & _words(b):
        return True
    return fuzz.partial_ratio(fold(a.counted), fold(b.counted), processor=default_process) >= ALIKE


def _apart(top: Claim, c: Claim) -> bool:
    """A place, entity or whole named differently, or on one side only ("Kyushu: 7,000 homes
    without power" over "41,000 households across the south"); but a company the headline
    names and the body figure leaves unsaid is the article's ("누리바이오 3분기 영업익
    1천240억" over "3분기 영업이익은 1천238억 원": the body named it once, sentences
    before)."""
    if top.entity and not c.entity:
        return _slot_apart(top, c, ("place", "whole"))
    return _slot_apart(top, c, ("place", "entity", "whole"))


def _slot_apart(a: Claim, b: Claim, slots: tuple[str, ...]) -> bool:
    """A slot named differently, or on one side only; but a headline's place the body figure's
    own sentence names is its place too ("grounds 3,160 US flights" over "had canceled 3,610
    flights within, into or out of the United States": a place its frame did not read)."""
    if a.place and not b.place and fold(a.place) in fold(b.sentence):
        slots = tuple(s for s in slots if s != "place")
    return any(fold(getattr(a, slot) or "") != fold(getattr(b, slot) or "") for slot in slots)
