"""A figure restating the one before through a pronoun ("Net debt stood at 95.8% of GDP at the
end of October. In cash terms it was about £2.9tn."): it holds at that figure's time, an as-of
date included, as public-finance, trade and company copy writes it. Sentences of our own, with
rows where the pronoun's clause is about something else."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

RESTATED = [
    case("Public sector net debt stood at 94.3% of GDP at the end of October, the statistics "
         "office said. In cash terms it was about £2.8tn.", "2025-11-21",
         E("about £2.8tn", None, "2025-10-31", "as_of", "carried"), id="in-cash-terms-it-was"),
    case("Federal debt held by the public stood at 99.2% of GDP as of Sept. 30. That is "
         "equivalent to $29.1 trillion.", "2025-10-20",
         E("$29.1 trillion", None, "2025-09-30", "as_of", "carried"), id="that-is-equivalent-to"),
    case("The fund's assets stood at $412 billion at the end of June. In euro terms this was "
         "€380 billion.", "2025-08-02",
         E("€380 billion", None, "2025-06-30", "as_of", "carried"), id="in-euro-terms-this-was"),
    # The pronoun's clause says more than a level: not a restatement.
    case("The shelter held 900 people as of Tuesday. It was built for 300 people.",
         "2025-11-20",
         E("300", None, "2025-11-20", "none", "publication"), id="built-for-not-restated"),
    case("Net debt stood at 95.8% of GDP at the end of October. It is forecast to reach 97% "
         "next year.", "2026-11-20",
         E("97%", "2027-01-01", "2027-12-31", "interval"), id="forecast-own-time"),
]


@pytest.mark.parametrize("c", RESTATED)
def test_restated_by_a_pronoun(c: PeriodCase) -> None:
    check(c, "en")
