"""One running count read at several times, in outbreak bulletins, disaster tallies and police
counts (read on real news: Marburg and Ebola bulletins of health ministries and the WHO, a
cholera update, arrests in protest copy): a bulletin states where its count starts ("since
the outbreak was declared on March 3", "depuis le début de l'épidémie le 14 octobre", "since
Friday"), and every other reading of the same count in the article runs from that start, to
the day a verb of reporting gives it ("On Wednesday, the ministry had reported 58 confirmed
cases") or, with no time of its own, to the window's end (a lead, a breakdown). Our own
sentences, other names and numbers. The negative rows keep their reading: a count of new
things on a day, an event a day dates, a window of its own (a week's detections, a past
outbreak's year), a stock held at a time, and an article that states no start."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

DECLARED = ("As of Sunday, 63 cases had been confirmed since the outbreak was declared on "
            "March 3 in the northern province, the ministry said.")

READINGS_EN = [
    case(f"{DECLARED} On Wednesday, the ministry had reported 58 confirmed cases.",
         "2025-04-08", E("58", "2025-03-03", "2025-04-02", "to_date"), id="reported-on-a-day"),
    case(f"{DECLARED} Of those, 21 have died and 30 have recovered. Nine of the confirmed cases "
         "are health workers.", "2025-04-08",
         E("30", "2025-03-03", "2025-04-06", "to_date"),
         E("Nine", "2025-03-03", "2025-04-06", "to_date"), id="breakdown-to-the-bulletin"),
    case("More than 90 people have been detained in the capital. Police said 96 people had been "
         "arrested since Friday, when the protests began.", "2025-05-13",
         E("More than 90", "2025-05-09", "2025-05-13", "to_date"), id="lead-borrows-the-window"),
    case("Since the outbreak began on 2 June, health officials have recorded 212 cases. On "
         "Monday they had reported 190 cases.", "2025-06-25",
         E("190", "2025-06-02", "2025-06-23", "to_date"), id="since-began-on"),
    case(f"{DECLARED} Of those, 21 have died, 12 are being treated in isolation and 30 have "
         "recovered.", "2025-04-08",
         E("12", None, "2025-04-06", "as_of"), id="stock-beside-a-part"),
]

NOT_READINGS_EN = [  # negative rows: they keep today's reading
    case(f"{DECLARED} The ministry reported 14 new cases on Monday.", "2025-04-08",
         E("14", "2025-04-07", "2025-04-07", "day"), id="new-cases-on-a-day"),
    case("Police said 96 people had been arrested since Friday. On Monday, about 6,400 people "
         "marched to parliament.", "2025-05-13",
         E("about 6,400", "2025-05-12", "2025-05-12", "day"), id="event-of-a-day"),
    case("Twelve of the confirmed cases were detected in the past seven days. On Monday, the "
         "ministry had reported 47 confirmed cases.", "2025-04-08",
         E("47", "2025-04-07", "2025-04-07", "day"), id="no-start-stated"),
    case(f"{DECLARED} The country's last outbreak, in 2019, killed four people.", "2025-04-08",
         E("four", "2019-01-01", "2019-12-31", "interval"), id="past-outbreak-year"),
    case(f"{DECLARED} Health teams were following 512 contacts on Monday.", "2025-04-08",
         E("512", None, "2025-04-07", "as_of"), id="stock-of-contacts"),
]

READINGS_FR = [
    case("Au total, 48 cas ont été confirmés depuis le début de l'épidémie le 14 octobre, selon "
         "le ministère. Lundi, les autorités avaient recensé 52 cas confirmés.", "2025-11-06",
         E("52", "2025-10-14", "2025-11-03", "to_date"), id="avaient-recense-lundi"),
    case("Depuis le début de l'épidémie le 14 octobre, 48 cas ont été confirmés. Parmi eux, "
         "onze patients sont morts et vingt sont guéris.", "2025-11-06",
         E("vingt", "2025-10-14", "2025-11-06", "to_date"), id="parmi-eux-gueris"),
]

NOT_READINGS_FR = [
    case("Depuis le début de l'épidémie le 14 octobre, 48 cas ont été confirmés. Lundi, les "
         "autorités ont signalé six nouveaux cas.", "2025-11-06",
         E("six", "2025-11-03", "2025-11-03", "day"), id="nouveaux-cas-lundi"),
    case("Depuis lundi, 1 200 personnes ont manifesté dans la ville. Mercredi, 800 personnes ont "
         "défilé devant la mairie.", "2025-11-06",
         E("800", "2025-11-05", "2025-11-05", "day"), id="defile-mercredi"),
]


@pytest.mark.parametrize("c", READINGS_EN + NOT_READINGS_EN)
def test_en_running_count_from_its_start(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", READINGS_FR + NOT_READINGS_FR)
def test_fr_running_count_from_its_start(c: PeriodCase) -> None:
    check(c, "fr")
