"""A poll's fieldwork window dates the shares it found.

"Approval fell to 28 percent in a poll of 1,002 adults conducted Tuesday through Thursday",
"The survey, carried out March 9-11, put the opposition at 41 percent", "Selon un sondage
réalisé du 9 au 11 mars auprès de 1 004 personnes, 62 % des Français ...": the window belongs to
the poll (a participle ties it to the poll's noun), so the binder leaves it to the noun, and the
shares end up with no period or with the day the poll was published. A share's period is the
days its interviews were held: every share of the sentence that no phrase of its own dates takes
the window. A share that is the other side of a comparison ("down from 33 percent a week
earlier") is the previous poll's, and keeps its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import Claim, PeriodKind, Role
from claims.periods import PeriodMatch
from claims.sentences import Sentence

_SHARES = frozenset({"percent"})
_POLL_FINDINGS = frozenset({"percent", "percentage_point"})  # shares and their gaps
_COMPARANDS = frozenset({Role.comparison, Role.change_from})


def fieldwork_window(periods: list[PeriodMatch], s: Sentence,
                     table: ExtractionTable) -> PeriodMatch | None:
    """The first dated phrase right after a poll's noun and a fieldwork participle."""
    for p in periods:
        if p.announced or p.period.start is None or p.period.end is None:
            continue
        if table.fieldwork_before_re.search(s.text, 0, p.start - s.start):
            return p
    return None


def shares_in_fieldwork(figures: list[Figure], bound: list[PeriodMatch | None],
                        periods: list[PeriodMatch], s: Sentence,
                        table: ExtractionTable) -> list[PeriodMatch | None]:
    """``bound`` with the poll's window for each share that has no period of its own (none, or
    only the day it was said or a report's year)."""
    window = fieldwork_window(periods, s, table)
    if window is None or _after_a_comparand(window, figures, s):
        return bound
    closed = _closed(window)
    return [
        closed if _undated_share(f, b) or b is window else b
        for f, b in zip(figures, bound, strict=True)
    ]


def _closed(window: PeriodMatch) -> PeriodMatch:
    """ "in a postal ballot that ran from 9 November until Monday": the fieldwork is over, its
    days a closed window (an interval), not a count running to its end."""
    if window.period.kind is not PeriodKind.to_date:
        return window
    return replace(window, period=window.period.model_copy(update={"kind": PeriodKind.interval}))


def _after_a_comparand(window: PeriodMatch, figures: list[Figure], s: Sentence) -> bool:
    """ "37 percent, down from 41 percent in a similar poll conducted on Feb. 20": a window
    after the figure compared with is that earlier poll's, not the shares'."""
    return any(f.role in _COMPARANDS and f.end <= window.start - s.start for f in figures)


def _undated_share(f: Figure, b: PeriodMatch | None) -> bool:
    return f.unit in _SHARES and f.role is Role.value and (b is None or b.announced)


def beyond_its_shares(frame: Claim, claim: Claim, by_id: dict[str, Claim],
                      table: ExtractionTable) -> bool:
    """ "... according to a poll of 1,104 adults conducted Tuesday through Thursday. ... The
    government holds 88 of the 150 seats": a poll's fieldwork window dates what the poll found,
    its shares and their gaps in points, not the counts the article gives next to them (seats,
    votes in parliament, a population), which are no finding of the poll. True when ``frame``'s
    period is a poll's window (its own, or carried from the figure that stated it) and
    ``claim`` is no share."""
    if claim.unit in _POLL_FINDINGS:
        return False
    root = _stated_by(frame, by_id)
    return _a_polls_window(root, table) and _of_people(root.sentence, table.periods.poll_samples)


def _a_polls_window(claim: Claim, table: ExtractionTable) -> bool:
    """The claim's period is a phrase its sentence ties to a poll's noun by a fieldwork
    participle before it ("a poll of 1,104 adults conducted Tuesday through Thursday")."""
    period = claim.period
    if period is None or not period.text:
        return False
    at = claim.sentence.find(period.text)
    return at > 0 and table.fieldwork_before_re.search(claim.sentence, 0, at) is not None


def _stated_by(claim: Claim, by_id: dict[str, Claim]) -> Claim:
    """The claim that stated the period ``claim`` carries (``claim`` itself when it states it)."""
    seen = {claim.id}
    while claim.period is not None and claim.period.source in by_id:
        source = by_id[claim.period.source]
        if source.id in seen:
            break
        seen.add(source.id)
        claim = source
    return claim


def a_polls_window_to_a_count(source: Claim, unit: str, by_id: dict[str, Claim],
                              after: Sequence[str], samples: Sequence[str]) -> bool:
    """ "한국갤럽이 지난 24~26일 전국 성인 1천2명을 대상으로 실시한 조사에서 ... 29%로" then
    "미래민주당은 현재 17개 광역자치단체장 가운데 6곳을 차지하고 있다": where the window stands
    before the poll's words (``after``), it is the poll's, and a count (``unit``) carrying it
    from ``source`` (or from the figure ``source`` carried it from) would take the days of
    interviews for seats or members. Only for a poll of people (``samples``): a survey of
    180 universities counts them ("141곳이 ... 답했다. 아직 정하지 못한 대학은 19곳이었다")."""
    if unit in _POLL_FINDINGS or not after:
        return False
    root = _stated_by(source, by_id)
    period = root.period
    if period is None or not period.text:
        return False
    at = root.sentence.find(period.text)
    end = at + len(period.text)
    return (at >= 0 and _after_re(tuple(after)).match(root.sentence, end) is not None
            and _of_people(root.sentence, samples))


def _of_people(sentence: str, samples: Sequence[str]) -> bool:
    """The sentence gives a poll's sample of people: a number, at most two words, then one of
    ``samples`` ("1,104 adults", "1 004 personnes", "1천2명을 대상으로")."""
    return bool(samples) and _sample_re(tuple(samples)).search(sentence) is not None


@cache
def _sample_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """A number, at most two words ("1,240 registered voters"), then one of ``words``."""
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    blank = r"[\s\u00a0\u202f]"
    return re.compile(rf"\d(?:{blank}+[\w'’-]+){{0,2}}?{blank}*(?:{alternation})", re.I)


@cache
def _after_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """At most 60 characters of the window's clause, then one of ``words``."""
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"[^.!?]{{0,60}}?(?:{alternation})")
