"""Sentences that do not move a release's time: a look back at an earlier month ("The rise
followed a 4.2% gain in September", in an October release) and a forecast ("The ministry
expects exports to grow 4% this year"). The figures after them go on in the release's time,
as monthly trade, price and jobs copy writes them. Sentences of our own, with rows where a new
time does take over."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

ASIDES = [
    case("Japan's exports rose 3.6% in October from a year earlier. The rise followed a 4.2% "
         "gain in September and matched the median forecast of economists. Imports grew 0.7%, "
         "leaving a trade deficit of 231.8 billion yen.", "2025-11-20",
         E("0.7%", "2025-10-01", "2025-10-31", "interval", "carried"),
         E("231.8 billion yen", "2025-10-01", "2025-10-31", "interval", "carried"),
         id="past-a-look-back-at-september"),
    case("Retail sales rose 0.6% in March. That followed a 0.2% fall in February. Online sales "
         "rose 2.1%.", "2025-04-18",
         E("2.1%", "2025-03-01", "2025-03-31", "interval", "carried"),
         id="past-that-followed"),
    case("Exports rose 5% in October. The ministry expects exports to grow 4% this year. "
         "Imports rose 2%.", "2025-11-03",
         E("2%", "2025-10-01", "2025-10-31", "interval", "carried"), id="past-a-forecast"),
    # A past time the story goes on about (no "followed", "after"): it frames what follows.
    case("Sales rose 4% in March. In February, the chain opened 12 stores. It hired 340 "
         "workers.", "2025-04-18",
         E("340", "2025-02-01", "2025-02-28", "interval", "carried"),
         id="a-past-time-goes-on"),
    # A later time said: it takes over.
    case("Retail sales rose 0.6% in March. In the first quarter, sales rose 1.1%. Online sales "
         "rose 2.1%.", "2025-04-18",
         E("2.1%", "2025-01-01", "2025-03-31", "interval", "carried"), id="a-new-window-frames"),
]


@pytest.mark.parametrize("c", ASIDES)
def test_asides(c: PeriodCase) -> None:
    check(c, "en")
