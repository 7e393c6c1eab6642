"""Compiled patterns of the words of a strike or protest day (a mixin of ``ExtractionTable``):
its tolls ("gardes à vue", "blessés"), the tolls that run over several days ("had been
injured", "depuis lundi"), its Nth day ("the second day of the walkout") and its start
("began", "a commencé")."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from claims.lang.regex import _whole_words

if TYPE_CHECKING:
    from claims.lang.sections import Periods


class ActionCues:
    """Patterns of the words of a strike or protest day (see ``claims.lang.event_sections``)."""

    if TYPE_CHECKING:  # fields of the table this mixin reads
        periods: Periods

    @cached_property
    def action_toll_re(self) -> re.Pattern[str]:
        """ "gardes à vue", "blessés": a toll of the strike or protest day, so far that day."""
        return _whole_words(self.periods.action_tolls)

    @cached_property
    def running_toll_re(self) -> re.Pattern[str]:
        """ "had been injured", "depuis lundi": a toll running over several days."""
        return _whole_words(self.periods.running_tolls)

    @cached_property
    def action_day_count_res(self) -> tuple[re.Pattern[str], ...]:
        """ "the second day of the walkout", "au troisième jour du mouvement"."""
        return tuple(re.compile(p, re.I) for p in self.periods.action_day_counts)

    @cached_property
    def action_began_re(self) -> re.Pattern[str] | None:
        """ "began", "a commencé": the sentence says when the action began (None: no words)."""
        return _whole_words(self.periods.action_began) if self.periods.action_began else None
