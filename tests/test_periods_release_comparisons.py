"""In a statistics release, the figure a comparison word introduces is the measure at the time
the release compares with, and the figure it is compared to keeps the release's own time (read
on real news: Insee's flash and final inflation estimates in Europe 1, Boursorama/AFP, RTL.be,
"a augmenté de 2,7 % sur un an en novembre (contre +3,2 % en octobre) et ceux des produits
manufacturés de 1,9 % (contre +2,2 %)"; a WHO cholera situation report and US CPI copy,
"against a 0.8% rise in February, while ... climbed 2.1%, against 2.4%").

- A comparison figure with no time of its own ("(contre +2,4 %)", "against 2.4%") takes the time
  the article dated its comparisons to before ("contre +0,8 % en février"), not the release's.
- The figure after a comparison with its own time ("1,9 %" after "(contre +3,2 % en octobre)")
  keeps the release's time: a compared figure's time frames nothing.

Negative rows of the same shape keep today's reading: a comparison with its own time keeps it,
and outside a release (a protest day's counts) "contre" passes on the day as before. Our own
sentences, other numbers and months."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FR_RELEASE = ("L'inflation a ralenti à 2,6 % sur un an en mars, après +2,9 % en février, selon "
              "l'estimation provisoire publiée ce mardi. Les prix de l'énergie ont reculé de "
              "1,2 % sur un an en mars (contre +0,8 % en février) et ceux des services ont "
              "progressé de 2,1 % (contre +2,4 %).")
EN_RELEASE = ("Consumer prices rose 2.6% in March from a year earlier, against 2.9% in February, "
              "the statistics office said. Energy prices fell 1.2% in March, against a 0.8% rise "
              "in February, while services prices climbed 2.1%, against 2.4%.")

FR = [
    case(FR_RELEASE, "2026-04-02",
         E("2,1 %", "2026-03-01", "2026-03-31", "interval"),
         E("2,4 %", "2026-02-01", "2026-02-28", "interval", "carried", "0,8 %"),
         id="contre-sans-temps-le-mois-compare"),
]
FR_SENTENCE = [
    # a flash estimate out on its month's last day is no release period; its sentence's own
    # comparison ("contre +0,8 % en février") still tells the compared time
    case("Les prix de l'énergie ont reculé de 1,2 % sur un an en mars (contre +0,8 % en février) "
         "et ceux des services ont progressé de 2,1 % (contre +2,4 %).", "2026-03-31",
         E("2,1 %", "2026-03-01", "2026-03-31", "interval"),
         E("2,4 %", "2026-02-01", "2026-02-28", "interval"), id="contre-dans-sa-phrase"),
]
FR_KEPT = [  # negative rows
    case(FR_RELEASE + " Le gazole s'est vendu 1,58 euro le litre, contre 1,66 euro début janvier.",
         "2026-04-02",
         E("1,66 euro", "2026-01-01", "2026-01-10", "interval"), id="contre-avec-son-temps"),
    case("Les syndicats ont compté 85 000 manifestants le 12 mars, contre 21 000 selon la "
         "préfecture.", "2026-03-20",
         E("21 000", "2026-03-12", "2026-03-12", "day"), id="hors-publication-statistique"),
    case("Les syndicats ont compté 85 000 manifestants le 12 mars, contre 21 000 selon la "
         "préfecture, puis 40 000 le 19 mars, contre 9 000.", "2026-03-20",
         E("9 000", "2026-03-19", "2026-03-19", "day"), id="contre-un-temps-partage"),
]
EN = [
    case(EN_RELEASE, "2026-04-10",
         E("2.1%", "2026-03-01", "2026-03-31", "interval"),
         E("2.4%", "2026-02-01", "2026-02-28", "interval"), id="against-with-no-time"),
]
EN_KEPT = [  # negative rows
    case(EN_RELEASE, "2026-04-10",
         E("0.8%", "2026-02-01", "2026-02-28", "interval"), id="against-with-its-own-month"),
    case("Organizers counted 85,000 marchers on March 12, against 21,000 according to police.",
         "2026-03-20",
         E("21,000", "2026-03-12", "2026-03-12", "day"), id="not-a-release"),
]


@pytest.mark.parametrize("c", FR + FR_SENTENCE + FR_KEPT)
def test_fr_a_compared_figure_takes_the_compared_time(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", EN + EN_KEPT)
def test_en_a_compared_figure_takes_the_compared_time(c: PeriodCase) -> None:
    check(c, "en")
