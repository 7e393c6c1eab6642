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

from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import Role
from claims.periods import PeriodMatch
from claims.sentences import Sentence

_SHARES = frozenset({"percent"})
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
    return [
        window if _undated_share(f, b) else b
        for f, b in zip(figures, bound, strict=True)
    ]


def _after_a_comparand(window: PeriodMatch, figures: list[Figure], s: Sentence) -> bool:
    """ "37 percent, down from 41 percent in a similar poll conducted on Feb. 20": a window
    after the figure compared with is that earlier poll's, not the shares'."""
    return any(f.role in _COMPARANDS and f.end <= window.start - s.start for f in figures)


def _undated_share(f: Figure, b: PeriodMatch | None) -> bool:
    return f.unit in _SHARES and f.role is Role.value and (b is None or b.announced)
