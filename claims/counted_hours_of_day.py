"""An hour range that names no day, inside a window that closed before publication, is a time
of day the window's tally is broken down by, not a day of its own.

A police or statistics release states its window once ("지난해 12월 1일부터 지난달 31일까지 두
달간 특별단속") and breaks the tally down by the hour it happened at ("시간대별로는 ... 오전 6∼10시
적발도 1천876건", "음주사고 가운데 오전 5∼9시 사이 발생한 사고가 11%"): those hours recur on
every day of the window. Read as the hours of the story's day (publication), the figure and every
figure after it that went on with it lost the window. A window still running at publication
("올해 ... 시간대별로는 오후 10시부터 밤 12시까지 1천307건") is read so only when the sentence says
it breaks the tally down by the hour. An hour range with no day still dates the day of a story
told on one day ("파업 이틀째 ... 출근 시간대인 오전 7시부터 9시까지는 운행률
100%"): there the window carried is that day, or runs to publication.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from claims.counter_table import CounterContext
from claims.models import Claim
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase


def an_hour_of_the_window(p: PeriodMatch, window_claim: Claim | None, published: date | None,
                          days: Mapping[str, int], ctx: CounterContext, head: str = "") -> bool:
    """Whether ``p`` is an hour range naming no day ("오전 6∼10시") while the window the figure
    goes on with (``window_claim``'s) spans several days, and either closed before publication
    or is broken down by the hour in the words before the phrase (``head``: "시간대별로는")."""
    if (p.kind is not Phrase.relative_day or ctx.clock_re.search(p.period.text) is None
            or any(w in p.period.text for w in days)):
        return False
    window = window_claim.period if window_claim is not None else None
    if (window is None or published is None or window.start is None or window.end is None
            or not window.start < window.end <= published):
        return False
    return window.end < published or any(w in head for w in ctx.hour_breakdowns)
