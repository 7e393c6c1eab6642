"""Rolling windows (issue 10): a count summed over the last months, given at a month's end, as
business-failure releases, company-creation and migration statistics give it. "sur douze mois à
fin août", "en cumul sur 12 mois ... à fin juin", "sur les douze mois s'achevant à fin mai",
"sur la période de douze mois achevée fin mars 2024", "in the 12 months to June this year",
"the previous year, to June 2024", "the year up to March", "the rolling 12-month total ... at the
end of September" cover the months up to that month's end, not a stock held on its last day;
"contre 4 102 à fin juillet" and "Le cumul s'établissait à ... à fin juin" are the same window a
month back; "sur douze mois" alone is the window the article stated. Negative rows: a stock at a
month's end ("L'encours ... à fin septembre"), a change "sur un an", a running sum with no
window stated before, a calendar year before "le cumul", a trailing window the release ends.
Our own sentences, never an article's."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FR = [
    case("Les faillites de commerces ont atteint 4 318 sur douze mois à fin août, contre 4 102 "
         "à fin juillet.", "2025-10-10",
         E("4 318", "2024-09-01", "2025-08-31", "interval"),
         E("4 102", "2024-08-01", "2025-07-31", "interval"), id="sur-douze-mois-a-fin-contre-fin"),
    case("En cumul sur 12 mois, les immatriculations d'entreprises artisanales s'élèvent à "
         "18 240 à fin juin.", "2025-08-05",
         E("18 240", "2024-07-01", "2025-06-30", "interval"), id="en-cumul-sur-12-mois-a-fin-juin"),
    case("Les redressements judiciaires ont concerné 9 130 sociétés sur les douze mois "
         "s'achevant à fin mai.", "2025-07-02",
         E("9 130", "2024-06-01", "2025-05-31", "interval"), id="douze-mois-s-achevant-a-fin"),
    case("Le nombre de procédures collectives a reculé de 2,1 % sur la période de douze mois "
         "achevée fin mars 2024, pour s'établir à 41 870.", "2024-05-14",
         E("41 870", "2023-04-01", "2024-03-31", "interval"), id="periode-achevee-fin-mars-2024"),
    case("Selon les chiffres diffusés jeudi par l'Insee, 1 204 000 entreprises ont été créées "
         "sur les douze mois achevés fin septembre.", "2025-10-16",
         E("1 204 000", "2024-10-01", "2025-09-30", "interval"),
         id="la-fenetre-du-chiffre-pas-le-jour-des-chiffres"),
    case("Les faillites de PME ont atteint 51 300 sur les douze mois s'achevant à fin juillet. "
         "Le cumul s'établissait à 50 880 à fin juin.", "2025-09-05",
         E("51 300", "2024-08-01", "2025-07-31", "interval"),
         E("50 880", "2024-07-01", "2025-06-30", "interval"),
         id="le-cumul-a-fin-juin-meme-longueur"),
    case("Les défaillances ont atteint 58 200 sur douze mois à fin février. L'industrie en "
         "totalise 3 940 sur douze mois, en hausse de 4 %.", "2025-04-09",
         E("3 940", "2024-03-01", "2025-02-28", "interval"),
         id="sur-douze-mois-seul-la-fenetre-dite"),
]

# The length's number is part of the period, no figure: "le cumul sur 12 mois" gives no "12
# mois" claim.
def test_the_length_is_no_figure_fr() -> None:
    claims = extract_text("À fin janvier, le cumul sur 12 mois des défaillances s'élève à 51 920.",
                          lang="fr", published=date(2025, 3, 12))
    assert [c.surface for c in claims] == ["51 920"]
    p = claims[0].period
    assert p is not None and (p.start, p.end) == (date(2024, 2, 1), date(2025, 1, 31))


FR_NEGATIVE = [
    case("L'encours des crédits aux entreprises atteignait 1 380 milliards d'euros à fin "
         "septembre.", "2025-11-05",
         E("1 380 milliards d'euros", None, "2025-09-30", "as_of"), id="un-stock-a-fin-septembre"),
    case("L'encours a progressé de 3 % sur un an et atteignait 1 380 milliards d'euros à fin "
         "septembre.", "2025-11-05",
         E("1 380 milliards d'euros", None, "2025-09-30", "as_of"), id="sur-un-an-une-variation"),
    case("Le cumul des dons atteignait 2,4 millions d'euros à fin mars.", "2025-05-02",
         E("2,4 millions d'euros", None, "2025-03-31", "as_of"),
         id="le-cumul-sans-fenetre-dite-avant"),
    case("En 2024, 61 200 défaillances ont été recensées. Le cumul atteignait 48 900 à fin "
         "septembre.", "2025-10-20",
         E("48 900", None, "2025-09-30", "as_of"), id="une-annee-civile-n-est-pas-une-fenetre"),
    case("À fin novembre, le nombre de défaillances cumulé sur les douze derniers mois atteint "
         "54 310.", "2025-12-12",
         E("54 310", "2024-12-01", "2025-11-30", "interval"),
         id="les-douze-derniers-mois-finissent-au-mois-publie"),
    case("Selon le bilan publié mardi, 27 personnes sont mortes depuis le début de l'épidémie.",
         "2025-10-15",
         E("27", None, "2025-10-15", "as_of"), id="le-jour-du-bilan-date-un-cumul-sans-fin"),
]

EN = [
    case("Net arrivals then fell an estimated 18% in the 12 months to June this year to a "
         "provisional 431,000.", "2025-11-27",
         E("431,000", "2024-07-01", "2025-06-30", "interval"), id="12-months-to-june-this-year"),
    case("The figure for the previous year, to June 2024, was revised up to 690,000.",
         "2025-11-27",
         E("690,000", "2023-07-01", "2024-06-30", "interval"), id="the-previous-year-to-june"),
    case("Visa grants totalled 212,400 in the year up to March.", "2025-05-22",
         E("212,400", "2024-04-01", "2025-03-31", "interval"), id="the-year-up-to-march"),
    case("The rolling 12-month total of asylum claims stood at 104,300 at the end of September.",
         "2025-11-20",
         E("104,300", "2024-10-01", "2025-09-30", "interval"),
         id="rolling-12-month-total-at-the-end-of"),
]

EN_NEGATIVE = [
    case("Bank lending to households stood at 1.9 trillion pounds at the end of September.",
         "2025-11-20",
         E("1.9 trillion pounds", None, "2025-09-30", "as_of"), id="a-stock-at-the-end-of"),
    case("So far this year, 28,400 people have crossed.", "2025-10-03",
         E("28,400", "2025-01-01", "2025-10-03", "to_date"), id="so-far-this-year-runs-on"),
]


# Running counts since an event a relative clause dates: "that began in 2023 has been linked to
# 410 cases so far" runs from the event's start to publication, not over its start's year.
SINCE_EN = [
    case("An outbreak in the state that began in 2023 has been linked to 410 cases so far.",
         "2024-05-10",
         E("410", "2023-01-01", "2024-05-10", "to_date"), id="that-began-in-2023"),
    case("The dock strike that began in January has cost the port $38 million.", "2025-03-12",
         E("$38 million", "2025-01-01", "2025-03-12", "to_date"), id="that-began-in-january"),
    case("In all, 96 people have been treated since the blaze broke out in the early hours of "
         "Saturday.", "2025-06-16",
         E("96", "2025-06-14", "2025-06-16", "to_date"), id="in-the-early-hours-of-saturday"),
]

# "compared with 91,800 in the previous 12 months", "contre 1,05 million sur les douze mois
# précédents": the window as long just before the one compared with; alone, the twelve months to
# publication, as before.
PREVIOUS_EN = [
    case("Some 108,100 people claimed asylum in the year to June 2025, compared with 91,800 in "
         "the previous 12 months.", "2025-11-20",
         E("91,800", "2023-07-01", "2024-06-30", "interval"), id="the-previous-12-months"),
    case("Claims rose to 4,210 in the three months to September, up from 3,870 in the previous "
         "three months.", "2025-11-20",
         E("3,870", "2025-04-01", "2025-06-30", "interval"), id="the-previous-three-months"),
    case("In the previous 12 months, 3,400 homes were sold, the agency said.", "2025-11-20",
         E("3,400", "2024-11-21", "2025-11-20", "to_date"), id="the-previous-12-months-alone"),
]

PREVIOUS_FR = [
    case("Sur douze mois glissants à fin octobre, 1,12 million d'entreprises ont été créées, "
         "contre 1,05 million sur les douze mois précédents.", "2025-11-20",
         E("1,05 million", "2023-11-01", "2024-10-31", "interval"), id="les-douze-mois-precedents"),
]

SINCE_EN_NEGATIVE = [
    case("The plant that opened in 2019 employs 340 people.", "2025-03-12",
         E("340", None, "2025-03-12", "as_of"), id="that-opened-a-state"),
]


@pytest.mark.parametrize("c", FR + FR_NEGATIVE + PREVIOUS_FR)
def test_rolling_windows_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", EN + EN_NEGATIVE + SINCE_EN + SINCE_EN_NEGATIVE + PREVIOUS_EN)
def test_rolling_windows_en(c: PeriodCase) -> None:
    check(c, "en")
