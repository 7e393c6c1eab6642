"""Undated figures of a report take the report's period: a yearly statistics release, a
crackdown's results, a monthly job-cuts report state their window once (headline, lead) and then
split the total by nationality, region, motive or agency with no date of their own
(claims.release_frame ``release_claim``, ``breaks_down``).

Read on real news before writing: French annual residence-permit figures (RT France, TSA
Algérie, Le360: the lead's year, then "Les Chinois (14 700), les Américains (13 000)" or "Les
Marocains ont obtenu 36.815 premiers titres (-0,1 %)" with no year); Challenger job-cut
reports (Forexlive, Newsbeep: the month's total, then the sector and region breakdown); Korean
police crackdown results (Edaily: "3만2701명을 검거하고 이 가운데 1247명을 구속"). Look-alikes
that must keep their own reading: a stock held now ("près de 650.000 Algériens sont présents
en France"), a running window the sentence names ("So far in 2025, the East region ..."), a
forecast, and a figure that names its own window.

* A figure with no time of its own, told after a lead that states a closed window (a year, a
  crackdown's months) ended shortly before publication, once two sentences dated figures in it,
  is of that window: not none, not held at publication.
* A sentence that opens a breakdown ("By region,", "Par nationalité d'origine,") takes the
  report's window, not the window the sentence before named for another figure.
* Negative rows: a stock said to hold now, a forecast, a figure naming its own time, and a
  share of a figure the sentence before dated ("of them") keep their reading.

Our own sentences, other places, names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

LEAD_FR = ("Naturalisations : 98 200 nouveaux Français en 2025\n"
           "En 2025, 98 200 personnes ont acquis la nationalité française, contre 104 500 en "
           "2024, selon les chiffres publiés lundi par le ministère de l'intérieur.\n"
           "Ce total se répartit entre 57 300 acquisitions par décret et 21 900 déclarations "
           "par mariage.\n")

OF_THE_REPORT_FR = [
    case(LEAD_FR + "Le délai d'instruction a été allongé à quinze mois au 1er janvier 2026.\n"
         "Par nationalité d'origine, les Marocains arrivent en tête, avec 13 600 acquisitions, "
         "devant les Algériens (11 900) et les Sénégalais (4 200).", "2026-02-03",
         E("13 600", "2025-01-01", "2025-12-31", "interval"),
         E("11 900", "2025-01-01", "2025-12-31", "interval"),
         E("4 200", "2025-01-01", "2025-12-31", "interval"), id="par-nationalite"),
    case(LEAD_FR + "Les régularisations ont reculé de 8 %, à 27 400, contre 29 800 un an plus "
         "tôt.\nLes Tunisiens en ont obtenu 3 900.", "2026-02-03",
         E("27 400", "2025-01-01", "2025-12-31", "interval"),
         E("3 900", "2025-01-01", "2025-12-31", "interval"), id="paragraphe-suivant"),
]

KEEPS_ITS_READING_FR = [
    case(LEAD_FR + "La France compte aujourd'hui 5,6 millions d'étrangers.", "2026-02-03",
         E("5,6 millions", None, "2026-02-03", "as_of"), id="stock-aujourd-hui"),
    case(LEAD_FR + "La réforme prévoit un guichet unique dans chaque région d'ici à 2028. Sept "
         "guichets fonctionnent déjà.", "2026-02-03",
         E("Sept", None, "2026-02-03", "as_of"), id="etat-deja"),
    case(LEAD_FR + "Sept guichets fonctionnent déjà. Les enfants devenus français avec leurs "
         "parents sont estimés à environ 18 000 par an.", "2026-02-03",
         E("environ 18 000", None, "2026-02-03", "rate"), id="moyenne-par-an"),
    case(LEAD_FR + "Le ministère prévoit 110 000 acquisitions en 2026.", "2026-02-03",
         E("110 000", "2026-01-01", "2026-12-31", "interval"), id="prevision"),
]

LEAD_EN = ("Visa grants for skilled workers fell 14% in 2025\n"
           "The Home Office granted 182,400 skilled worker visas in 2025, down 14% from 2024, "
           "according to figures published on Thursday.\n"
           "Health and care visas accounted for 41,700 of the total.\n")

OF_THE_REPORT_EN = [
    case(LEAD_EN + "Officials said 9,300 applications had been lodged so far this year.\n"
         "By nationality, Indian nationals led with 58,200 grants, ahead of Nigerians (19,100) "
         "and Filipinos (12,600).", "2026-02-26",
         E("58,200", "2025-01-01", "2025-12-31", "interval"),
         E("19,100", "2025-01-01", "2025-12-31", "interval"),
         E("12,600", "2025-01-01", "2025-12-31", "interval"), id="by-nationality-after-ytd"),
    case("U.S. employers announced 71,640 job cuts in March, the outplacement firm said.\n"
         "That was 18% more than the 60,700 announced in February.\n"
         "Retailers cut 18,320 jobs in the first quarter, the most since 2020.\n"
         "By region, the Midwest led with 16,080 announced cuts. In Ohio, employers announced "
         "5,410 cuts.", "2026-04-03",
         E("16,080", "2026-03-01", "2026-03-31", "interval"),
         E("5,410", "2026-03-01", "2026-03-31", "interval"), id="by-region-monthly"),
]

KEEPS_ITS_READING_EN = [
    case(LEAD_EN + "By nationality, Indian nationals led with 58,200 grants so far this year.",
         "2026-02-26",
         E("58,200", "2026-01-01", "2026-02-26", "to_date"), id="own-window"),
    case(LEAD_EN + "The department employs 3,900 caseworkers today.", "2026-02-26",
         E("3,900", None, "2026-02-26", "as_of"), id="stock-today"),
    case(LEAD_EN + "Officials said 9,300 applications had been lodged so far this year.\n"
         "Indian nationals lodged 3,100 of them.", "2026-02-26",
         E("3,100", "2026-01-01", "2026-02-26", "to_date"), id="of-them-goes-on"),
]


@pytest.mark.parametrize("c", OF_THE_REPORT_FR + KEEPS_ITS_READING_FR)
def test_report_breakdown_periods_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", OF_THE_REPORT_EN + KEEPS_ITS_READING_EN)
def test_report_breakdown_periods_en(c: PeriodCase) -> None:
    check(c, "en")
