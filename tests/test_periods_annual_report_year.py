"""An annual report's year reaches the figures told after it:

* a sentence without figures whose one time is a year that has ended ("La délinquance a
  encore progressé en 2023, selon le bilan publié mercredi.", "Crime rose in 2023, the
  ministry said.") dates the figures of the sentence right after it;
* a present clause after a figure ("..., alors que onze sont portées disparues") speaks of
  now for its own figures only: the figures before it keep the year the sentence before
  gave them.

A headline that drops the article ("in first half of 2024") names the half-year as "in the
first half of 2024" does.

Sentences of our own, in the style of crime statistics and rescue services' annual reports.
Negatives keep today's reading: a present clause before the figure ("now"), a year that has
not ended, a sentence naming a year and a day, a sentence two sentences on."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, case, check

E = Expect

YEAR_OF_THE_REPORT = [
    case("Les crimes et délits ont encore augmenté en 2023, révèle le bilan publié mercredi. "
         "Les homicides ont atteint 1 020 victimes (+4 %), les tentatives 3 980.", "2024-01-31",
         E("1 020", "2023-01-01", "2023-12-31", "interval", "carried"),
         E("3 980", "2023-01-01", "2023-12-31", "interval", "carried"), id="fr-bilan-year"),
    case("Crime rose again in 2023, the interior ministry said. Police recorded 1,020 "
         "homicides.", "2024-01-31",
         E("1,020", "2023-01-01", "2023-12-31", "interval", "carried"), id="en-crime-year"),
    case("En 2024, 2 480 opérations ont été coordonnées. 7 140 personnes ont été secourues et "
         "88 sont mortes en mer, alors que onze sont portées disparues.", "2025-01-22",
         E("7 140", "2024-01-01", "2024-12-31", "interval", "carried"),
         E("88", "2024-01-01", "2024-12-31", "interval", "carried"),
         id="fr-present-clause-after"),
]

# Today's reading.
NOT_THE_REPORTS_YEAR = [
    case("Les crimes ont encore augmenté en 2023. Les effectifs de police restent de 150 000.",
         "2024-01-31",
         E("150 000", None, "2024-01-31", "as_of"), id="fr-present-state-after-year"),
    case("En 2024, 2 480 opérations ont été coordonnées. Désormais, 1 150 sauveteurs sont "
         "mobilisés.", "2025-01-22",
         E("1 150", None, "2025-01-22", "as_of"), id="fr-present-clause-before"),
    case("Crime has risen in 2024, the ministry said on Tuesday. Police recorded 640 "
         "homicides.", "2024-07-02",
         E("640", None, "2024-07-02", "none"), id="en-year-not-ended"),
    case("Crime rose in 2023. Officers were praised. Police recorded 1,020 homicides.",
         "2024-01-31",
         E("1,020", None, "2024-01-31", "none"), id="en-two-sentences-on"),
]


@pytest.mark.parametrize("c", YEAR_OF_THE_REPORT)
def test_year_of_the_report(c) -> None:
    check(c, "fr" if c.id.startswith("fr") else "en")


@pytest.mark.parametrize("c", NOT_THE_REPORTS_YEAR)
def test_not_the_reports_year(c) -> None:
    check(c, "fr" if c.id.startswith("fr") else "en")


@pytest.mark.parametrize(
    "c",
    [case("EU agency: over 480,000 asylum claims in first half of 2024", "2024-09-02",
          E("over 480,000", "2024-01-01", "2024-06-30", "interval"), id="en-headline-half")],
)
def test_headline_half_year(c) -> None:
    check(c, "en")
