"""Moving averages: a level averaged over the last few weeks or months up to the time it is
given for.

"The six-month moving average ... was 243,770 in October" is no count of October: it averages
May to October. "The four-week moving average was 224,750", in a release on the week ending
7 November, averages the four weeks to 7 November; "la moyenne mobile sur trois mois s'établit
à 19 100 logements" after August's figure, June to August. The phrases are data
(``[extraction.periods] moving_averages`` in each language table, with the grammar's ``{n}``
and ``{unit}`` slots); the figure keeps the end its own period gives and becomes a rate over
that many units.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import cache

from claims.figure_model import Figure
from claims.lang import ExtractionTable, load_table
from claims.models import Claim, Period, PeriodKind, Role
from claims.period_grammar import expanded
from claims.period_match import Match, shift
from claims.period_words import Clauses, found_in, lowered_text, may_match, required_words

# A level, the figure it is compared with, or either side of its change; not a percentage
# change of it ("down one per cent").
_AVERAGED = frozenset({Role.value, Role.comparison, Role.change_to, Role.change_from})


@cache
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], Clauses, frozenset[str]], ...]:
    """Each pattern with the words any of its matches holds (claims.period_words)."""
    table = load_table(lang).extraction
    templates = table.periods.moving_averages
    return tuple(
        (pattern, required, frozenset(w for clause in required for w in clause))
        for pattern, required in zip(
            expanded(templates, table), map(required_words, templates), strict=True
        )
    )


def _may_match(lang: str, text: str) -> tuple[re.Pattern[str], ...]:
    """The patterns whose words the text holds ("moving average", "moyenne mobile"): a
    match before a figure holds them, so most sentences search none (as candidate_matches
    does, every pattern when the text's case cannot be trusted)."""
    lowered = lowered_text(text)
    return tuple(
        pattern for pattern, required, strings in _patterns(lang)
        if lowered is None or may_match(required, found_in(strings, lowered))
    )


def over_moving_window(
    period: Period | None, f: Figure, text: str, table: ExtractionTable, lang: str
) -> Period | None:
    """The figure's period as a rate over the moving window that an average named before it
    in its sentence spans, ending where the figure's own period ends."""
    return averaged(period, f.unit, f.role, f.start, text, table, lang)


def averaged_claim(claim: Claim, table: ExtractionTable) -> None:
    """The same for a claim the article's frame dated (``claims.binding_frames``)."""
    at = claim.at_in_sentence()
    if at >= 0:
        claim.period = averaged(claim.period, claim.unit, claim.role, at, claim.sentence, table,
                                claim.language)


def averaged(
    period: Period | None, unit: str, role: Role, at: int, text: str, table: ExtractionTable,
    lang: str,
) -> Period | None:
    """A period ending where ``period`` does and spanning the moving window an average named
    before ``at`` in ``text`` spans, as a rate; ``period`` when there is none."""
    if period is None or period.end is None or unit == "percent" or role not in _AVERAGED:
        return period
    found = _last_before(_may_match(lang, text), text, at)
    if found is None:
        return period
    reader = Match(found, table, lang, None)
    n = reader.count()
    if n is None:
        return period
    try:
        start = shift(period.end + timedelta(days=1), reader.unit(), -n)
    except (ValueError, OverflowError):  # a length past the calendar's edge
        return period
    return period.model_copy(update={"start": start, "kind": PeriodKind.rate})


def _last_before(
    patterns: tuple[re.Pattern[str], ...], text: str, end: int
) -> re.Match[str] | None:
    """The last match of any pattern ending before ``end``."""
    last: re.Match[str] | None = None
    for pattern in patterns:
        for m in pattern.finditer(text, 0, end):
            if last is None or m.start() > last.start():
                last = m
    return last
