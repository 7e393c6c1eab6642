"""``[extraction.dates]``: the words around a day of the month ("on the 14th", "le 30", "24,
27 and 31 December"), read by ``claims.lang.day_list_cues.DayListCues``."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Dates(BaseModel):
    day_articles: list[str]
    weekdays: list[str]
    # How a numeric date is written ("dmy": 14/03/2025); empty when the language's press uses
    # both orders, so none is read.
    numeric_date_order: str = ""
    # Words that join the days of one list named with their month ("on 24, 27 and 31 December",
    # "les 4, 5 et 11 mars", "March 3, 4 and 11"), besides the comma: each day is a date.
    day_list_joins: list[str] = Field(default_factory=list)
