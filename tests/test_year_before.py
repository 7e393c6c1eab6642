"""A period a year before (reconcile/structural/base.py, ``a_year_before``), which the change
and ratio checks use to find a level's base: "February" a year before a leap year's February
ends on the 29th, so "1.2 million in February 2025, against 1.1 million a year earlier" finds a
base read over 1-29 February 2024."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.structural.base import a_year_before


@pytest.mark.parametrize(
    ("day", "before"),
    [
        (date(2025, 2, 28), date(2024, 2, 29)),  # a month's end after a leap year
        (date(2024, 2, 29), date(2023, 2, 28)),  # the leap day itself
        (date(2025, 2, 1), date(2024, 2, 1)),
        (date(2026, 11, 30), date(2025, 11, 30)),
        (date(2026, 12, 31), date(2025, 12, 31)),
        (date(2024, 3, 15), date(2023, 3, 15)),
    ],
)
def test_a_year_before(day: date, before: date) -> None:
    assert a_year_before(day) == before


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(9999, 12, 31)))
def test_a_month_a_year_before_is_that_whole_month(day: date) -> None:
    first = day.replace(day=1)
    last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    start, end = a_year_before(first), a_year_before(last)
    assert (start.year, start.month, start.day) == (day.year - 1, day.month, 1)
    assert end.day == calendar.monthrange(day.year - 1, day.month)[1] and end.month == day.month
    assert start <= a_year_before(day) <= end
