"""Windows of votes, terms ahead, and a past event's time in an aside (issue 10).

Read on real news: union ballot results on union and council pages (a consultation "from 14th
November until 16th December", UCU ballots "which closed at 5pm on 21 October"), strike renewals
voted at general assemblies (Réunion 1ère: a strike renewed "jusqu'à mercredi"; a Lyon news
site: agents voting the renewal at a general assembly), weather warnings "valable jusqu'à mardi à
16h" (a Tunisian news site, a Normandy radio's site), searches that "se poursuivraient au moins
jusqu'à mardi", and earlier disasters recalled in an aside ("the last big flood, in 2010 around
Draguignan", France Bleu's list of past floods, AP's list of past quakes). Our own sentences,
other names and numbers.

- A ballot that ran "from 9 November until Monday" (day-month order, a weekday as its end) is
  counted over those days, and the results after it take them; "until last Friday" on a Friday
  is the week before's.
- "voted the renewal of the strike until Friday", "the warning remains in force until Monday":
  the weekday after a verb of extending or keeping in force is a term ahead, the period of no
  figure; the vote keeps its own day, and a sentence naming such a term dates no event's words
  ("depuis le début du mouvement" is not the renewal's day). A time in the opening clause, then
  the place and a comma ("Réunis en assemblée lundi soir à la bourse du travail, 143 agents"),
  frames the figures after the comma. Negative rows: a past window told up to a weekday
  ("Jusqu'à mercredi, 120 personnes avaient été admises", "the ballot ran until Monday") keeps
  its day.
- "The last big flood, in 2010 around Draguignan, left 26 people dead": a year set in an aside
  right after the subject dates the figure of that clause, not the year of the sentence before.
  Negative rows: a year a participle ties to a thing ("The depot, built in 1998 near ..., employs
  400") and a list of years keep their reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

BALLOT_WINDOWS_EN = [
    case("The union said 1,904 members had backed strike action in a postal ballot that ran from "
         "12 October until Friday. Of the 3,270 members balloted, 2,215 returned their papers.",
         "2026-11-03",
         # the ballot is over: a closed window (claims.poll_windows), as heldout18's gold reads it
         E("1,904", "2026-10-12", "2026-10-30", "interval"),
         E("3,270", "2026-10-12", "2026-10-30", "interval"),
         E("2,215", "2026-10-12", "2026-10-30", "interval"), id="postal-ballot-day-month-weekday"),
    case("In an online consultation held between 2 March and Thursday, 640 residents backed the "
         "new route.", "2026-03-27",
         E("640", "2026-03-02", "2026-03-26", "to_date"), id="consultation-day-to-weekday"),
    case("Voting ran from the 3rd of November until last Friday, and 71% of nurses backed the "
         "offer.", "2026-11-27",
         E("71%", "2026-11-03", "2026-11-20", "to_date"), id="until-last-friday-on-a-friday"),
]

TERMS_AHEAD_FR = [
    case("Réunis en assemblée générale lundi matin, 187 éboueurs ont voté la reconduction de la "
         "grève jusqu'à jeudi, 29 ont voté contre.", "2026-03-10",
         E("187", "2026-03-09", "2026-03-09", "day"), E("29", "2026-03-09", "2026-03-09", "day"),
         id="reconduction-jusqua-jeudi"),
    case("Mardi, l'intersyndicale a reconduit le mouvement jusqu'à vendredi ; 64 % des agents "
         "étaient en grève.", "2026-03-11",
         E("64 %", "2026-03-10", "2026-03-10", "day"), id="reconduit-jusqua-vendredi"),
    case("Réunis en assemblée lundi soir à la bourse du travail, 143 agents ont voté la "
         "reconduction du mouvement jusqu'à jeudi. La ville a reçu 88 signalements de rats depuis "
         "jeudi, et les pompiers ont éteint 26 feux de poubelles depuis le début du mouvement.",
         "2026-03-10",
         E("143", "2026-03-09", "2026-03-09", "day"),
         E("26", "2026-03-05", "2026-03-10", "to_date"), id="assemblee-au-lieu-puis-virgule"),
]

TERMS_AHEAD_EN = [
    case("Drivers voted on Wednesday to extend the walkout until Sunday, with 412 in favour and "
         "37 against.", "2026-03-12", E("412", "2026-03-11", "2026-03-11", "day"),
         E("37", "2026-03-11", "2026-03-11", "day"), id="extend-until-sunday"),
]

PAST_UNTIL_KEPT_FR = [  # negative rows: a weekday told with no verb of extending stays read
    ("Jusqu'à mardi, près de 95 personnes avaient été hospitalisées, selon l'ARS.", "près de 95",
     "mardi"),
    ("À Vallon, le dépouillement a duré jusqu'à lundi matin. Dimanche soir, le oui menait par 612 "
     "voix.", "612", "Dimanche soir"),
]

PAST_UNTIL_KEPT_EN = [
    case("The count went on until Monday, when officials said 1,240 ballots had been rejected.",
         "2026-03-12", E("1,240", "2026-03-09", "2026-03-09", "day"), id="went-on-until-monday"),
]

ASIDE_YEARS_EN = [
    case("The town drew 52,000 visitors in 2025. The last big flood, in 2013 around Tarbes, left "
         "31 people dead.", "2026-06-02",
         E("31", "2013-01-01", "2013-12-31", "interval"), id="flood-in-year-around-town"),
    case("Exports reached $4.1 billion in 2025. The previous strike, in March 2022 at the same "
         "port, lasted nine days and left 2,600 containers stranded.", "2026-06-02",
         E("2,600", "2022-03-01", "2022-03-31", "interval"), id="strike-in-month-at-port"),
]

ASIDE_YEARS_FR = [
    case("L'île a accueilli 74 000 touristes en 2025. Le dernier naufrage, en 2017 au large de "
         "Zarzis, avait fait 46 morts.", "2026-06-02",
         E("46", "2017-01-01", "2017-12-31", "interval"), id="naufrage-en-annee-au-large"),
]

ASIDE_KEPT_EN = [  # negative rows
    case("In 2025 the firm made 3,100 deliveries. The depot, built in 1998 near Hull, employs 400 "
         "people.", "2026-06-02", E("400", None, "2026-06-02", "as_of"),
         id="participle-dates-the-depot"),
    case("In 2017 there were 390 landings, in 2018 2,240 and in 2019 nearly 7,900.", "2026-06-02",
         E("2,240", "2018-01-01", "2018-12-31", "interval"), id="list-of-years"),
]


@pytest.mark.parametrize("c", BALLOT_WINDOWS_EN)
def test_a_ballots_window_from_a_day_to_a_weekday(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", TERMS_AHEAD_FR)
def test_a_term_ahead_dates_no_vote_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", TERMS_AHEAD_EN)
def test_a_term_ahead_dates_no_vote_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize(("text", "surface", "phrase"), PAST_UNTIL_KEPT_FR)
def test_a_past_window_to_a_weekday_keeps_its_day_fr(text: str, surface: str,
                                                      phrase: str) -> None:
    claims = extract_text(text, lang="fr", published=date(2026, 3, 12))
    period = next(c.period for c in claims if c.surface == surface)
    assert period is not None and period.text == phrase


@pytest.mark.parametrize("c", PAST_UNTIL_KEPT_EN)
def test_a_past_window_to_a_weekday_keeps_its_day_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", ASIDE_YEARS_EN)
def test_a_year_in_the_subjects_aside_dates_its_figure_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", ASIDE_YEARS_FR)
def test_a_year_in_the_subjects_aside_dates_its_figure_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", ASIDE_KEPT_EN)
def test_a_thing_dated_or_a_list_keeps_its_reading(c: PeriodCase) -> None:
    check(c, "en")
