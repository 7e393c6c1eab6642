"""Patterns of the days a figure may be: a day of the month in a list with its month ("on 24, 27
and 31 December", "les 4, 5 et 11 mars") and a day after its article ("le 14"), which are dates,
not counts.

One of the mixins that make up ``claims.lang.extraction.ExtractionTable`` (split from
``claims.lang.period_cues``, whose ``month_re`` it reads): each compiles the patterns of one
concern from the table's fields, once per language (cached on the frozen table)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from claims.lang.regex import _alternation

if TYPE_CHECKING:
    from claims.lang.date_sections import Dates


_DAY = r"\d{1,2}(?![\d,.]?\d)"
"""A day of the month in a list: one or two digits, no thousands or decimals after them."""


class DayListCues:
    """Compiled patterns of days listed with their month, and of a day's article
    (a mixin of ``ExtractionTable``)."""

    if TYPE_CHECKING:  # fields and patterns of the table this mixin reads
        dates: Dates
        month_re: str

    @cached_property
    def _day_list_link(self) -> str:
        """Between two days of a list: a comma, a join word, or both ("24, 27 and 31")."""
        joins = _alternation(self.dates.day_list_joins) or "(?!)"
        return (rf"(?:[\s\u00a0]*,[\s\u00a0]*(?:(?:{joins})[\s\u00a0]+)?"
                rf"|[\s\u00a0]+(?:{joins})[\s\u00a0]+)")

    @cached_property
    def day_list_after_re(self) -> re.Pattern[str]:
        """After a day: the rest of its list, then the month ("[24], 27 and 31 December")."""
        return re.compile(rf"(?:{self._day_list_link}{_DAY})+[\s\u00a0]*(?:{self.month_re})(?!\w)",
                          re.I)

    @cached_property
    def day_list_before_re(self) -> re.Pattern[str]:
        """Before a day: the month and the list's first days ("March 3, [4]")."""
        return re.compile(
            rf"(?<!\w)(?:{self.month_re})[\s\u00a0]+{_DAY}(?:{self._day_list_link}{_DAY})*"
            rf"{self._day_list_link}$", re.I)

    @cached_property
    def day_list_rest_re(self) -> re.Pattern[str]:
        """After a day: the list's later days, if any ("[4] and 11")."""
        return re.compile(rf"(?:{self._day_list_link}{_DAY})*")

    @cached_property
    def day_list_join_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(self.dates.day_list_joins) or '(?!)'})(?!\w)",
                          re.I)

    @cached_property
    def day_article_re(self) -> re.Pattern[str]:
        return re.compile(
            rf"(?:^|(?<=\W))(?:{_alternation(self.dates.day_articles)})[\s\u00a0]+$", re.I
        )
