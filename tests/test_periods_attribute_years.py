"""A year that is a property of a thing frames no figure (issue 10, class "attribute year").

"The block, built in 1968, had 64 flats", "The company was founded in 1901", "l'immeuble,
construit en 1968", "1968년 지어진 아파트": the year dates the building, the firm or the person
("born in"), so neither the figures of its sentence nor those of the sentences after it. Met in
wire copy on disasters in old blocks of flats, company profiles after results ("founded in
1850 ... employs over 56,000 people"), institutions ("It was created in 1913") and obituaries.
Sentences of our own. The negative rows keep today's reading: a participle on the figure's own
noun ("3,400 homes built in 2023") dates that figure, and a year with no such participle
("In 1968, the block had 64 flats") frames the sentence as before.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

ATTRIBUTE_YEARS_EN = [
    case("The tower, built in 1972, had 96 flats. About 150 firefighters and 35 engines were "
         "deployed.", "2026-10-03",
         E("96", None, "2026-10-03", "none"), E("About 150", None, "2026-10-03", "none"),
         E("35", None, "2026-10-03", "none"), id="built-in-apposition-carries-nowhere"),
    case("The brewer, founded in 1987, sold 4.1 million hectolitres.", "2026-05-12",
         E("4.1 million", None, "2026-05-12", "none"), id="founded-in-apposition"),
    case("The lender was established in 1994 with 40 branches. Its staff handled 212,000 "
         "claims.", "2026-03-02",
         E("40", None, "2026-03-02", "none"), E("212,000", None, "2026-03-02", "none"),
         id="established-main-clause-next-sentence"),
    # A present state stays as of publication, as before.
    case("The brewer, founded in 1887, employs 4,100 people in nine countries.", "2026-05-12",
         E("4,100", None, "2026-05-12", "as_of"), id="founded-in-present-state"),
    case("The bridge, opened in March 2004, carries about 40,000 vehicles a day.", "2026-07-08",
         E("about 40,000", None, "2026-07-08", "rate"), id="opened-in-month-year"),
    case("The airline, launched in 2015, flew 3.2 million passengers last year.", "2026-02-10",
         E("3.2 million", "2025-01-01", "2025-12-31", "interval"), id="launched-own-phrase-kept"),
]

OWN_NOUN_EN = [
    # The participle hangs on the figure's noun: the year is the figure's period.
    case("Builders completed 3,400 homes built in 2023 under the scheme.", "2026-04-01",
         E("3,400", "2023-01-01", "2023-12-31", "interval"), id="homes-built-in-2023"),
    case("Of the 1,250 cases opened in 2024, 310 are still under investigation.", "2026-04-01",
         E("1,250", "2024-01-01", "2024-12-31", "interval"), id="cases-opened-in-2024"),
    # No participle: the year frames the sentence.
    case("In 1968, the block had 64 flats.", "2026-11-28",
         E("64", "1968-01-01", "1968-12-31", "interval"), id="year-opening-the-sentence"),
    case("The council built 220 homes in 2023.", "2026-04-01",
         E("220", "2023-01-01", "2023-12-31", "interval"), id="built-with-object-between"),
]

ATTRIBUTE_YEARS_FR = [
    case("L'immeuble, construit en 1971, comptait 88 logements. Quelque 120 pompiers ont été "
         "engagés.", "2026-10-03",
         E("88", None, "2026-10-03", "none"), E("Quelque 120", None, "2026-10-03", "as_of"),
         id="construit-en-apposition"),
    case("L'association, créée en 1905, compte 2 300 bénévoles.", "2026-05-12",
         # not the founding year; what the association holds now, a standing state
         E("2 300", None, "2026-05-12", "as_of"), id="creee-en"),
]

OWN_NOUN_FR = [
    case("Les 120 enquêtes ouvertes en 2024 ont abouti.", "2026-04-01",
         E("120", "2024-01-01", "2024-12-31", "interval"), id="enquetes-ouvertes-en-2024"),
    case("En 1971, l'immeuble comptait 88 logements.", "2026-10-03",
         E("88", "1971-01-01", "1971-12-31", "interval"), id="annee-en-tete"),
]

ATTRIBUTE_YEARS_KO = [
    case("1968년 지어진 이 아파트에는 64가구가 살았다. 소방관 180명이 투입됐다.", "2026-11-28",
         E("64가구", None, "2026-11-28", "none"), E("180명", None, "2026-11-28", "none"),
         id="jieojin-carries-nowhere"),
    case("지난 2004년 문을 연 이 박물관에는 관람객 120만 명이 다녀갔다.", "2026-11-28",
         E("120만 명", None, "2026-11-28", "none"), id="mun-eul-yeon"),
    # The participle's one noun leads the figure: the year is the figure's.
    case("2023년 지어진 주택 3만 채가 팔렸다.", "2026-11-28",
         E("3만 채", "2023-01-01", "2023-12-31", "interval"), id="own-noun-ko"),
]


@pytest.mark.parametrize("c", ATTRIBUTE_YEARS_EN + OWN_NOUN_EN)
def test_attribute_years_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", ATTRIBUTE_YEARS_FR + OWN_NOUN_FR)
def test_attribute_years_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", ATTRIBUTE_YEARS_KO)
def test_attribute_years_ko(c: PeriodCase) -> None:
    check(c, "ko")
