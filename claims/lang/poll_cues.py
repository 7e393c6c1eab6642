"""The compiled pattern of a poll's fieldwork (a mixin of ``ExtractionTable``): a poll's noun,
then, within its clause, a participle that dates its interviews ("a poll of 1,002 adults
conducted", "The survey, carried out", "un sondage Ifop réalisé", "L'enquête a été menée"),
right before a period phrase. The words are ``[extraction.periods] poll_nouns`` and
``fieldwork_verbs`` (``claims.lang.window_sections``)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from claims.lang.regex import _alternation

if TYPE_CHECKING:
    from claims.lang.sections import Periods


class PollCues:
    """Compiled pattern of a poll's fieldwork (see the module)."""

    if TYPE_CHECKING:  # fields of the table this mixin reads
        periods: Periods

    @cached_property
    def fieldwork_before_re(self) -> re.Pattern[str]:
        """At the end of the text before a period phrase: a poll's noun, at most 60 characters
        of its clause (its pollster, its sample, a comma), then a fieldwork participle."""
        nouns = _alternation(self.periods.poll_nouns)
        verbs = _alternation(self.periods.fieldwork_verbs)
        if not nouns or not verbs:
            return re.compile("(?!)")
        return re.compile(
            rf"(?<!\w)(?:{nouns})(?!\w)[^.;:!?()]{{0,60}}?(?<!\w)(?:{verbs})[\s\u00a0\u202f,]*$",
            re.I,
        )
