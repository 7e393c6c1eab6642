"""The words of ``[extraction.periods]`` that name the calendar's own times: seasons, and the days
and windows of named holidays (claims.named_days, claims.holiday_calendar)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class CalendarWords(BaseModel):
    """Times a calendar names, not a date: "summer", "christmas day", "설 연휴"."""

    # Seasons and their first and last months ("summer" = [6, 8], "winter" = [12, 2]).
    seasons: dict[str, list[int]] = Field(default_factory=dict)
    # Days a calendar names by name, with their month and day ("christmas day" = [12, 25]),
    # or a movable feast and the days after it ("ascension" = ["easter", 39]; claims.named_days).
    holidays: dict[str, list[int | str]] = Field(default_factory=dict)
    # Holiday windows: a day of ``holidays`` and the first and last days counted from it ("설
    # 연휴" = ["설날", -1, 1]: the day before to the day after).
    holiday_windows: dict[str, tuple[str, int, int]] = Field(default_factory=dict)
