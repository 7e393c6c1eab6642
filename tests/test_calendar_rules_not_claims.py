"""What is a figure and what is not, by class, as epidemic bulletins, aid schemes, company
results and price surveys write them (issue 11, issue 12). Each class has rows that must not
come out as claims and rows of the same shape that must stay claims:

- a week of the calendar named by its number ("en semaine 48", "since week 46") against a
  length ("en une semaine 30 cas", "last week 12 ships");
- a condition of eligibility ("à condition d'avoir perdu au moins 40 %") against the same
  bound stated as a fact;
- an age in apposition after a name and its title ("le Dr X, urgentiste, 52 ans."), an age a
  schedule names ("a second dose at 18 months", "dès 65 ans");
- how long a measure is extended or suspended ("extend the cut by two months", "suspendue pour
  au moins quinze jours") against a delay or a prison term;
- a fiscal half ("in the half") against a share ("by half", "half of");
- words that qualify a figure: "nearer 800" (about), "dépasser 65 %" (more than), "n'a pas
  dépassé 31,5 %" (up to);
- an item of a breakdown whose verb is left out ("10 were from A, five from B");
- Korean: a vague level in a band ("2% 중반"), the base a cost is given for ("배추 24포기 기준",
  "한 채에 2천만 원"), an index's level stated bare ("지수는 116.37로").

Every sentence is our own (other names, places and numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from claims.models import Approx
from tests.claim_asserts import assert_absent_and_kept

DAY = date(2026, 11, 20)


def row(
    text: str, absent: tuple[str, ...], kept: tuple[str, ...] = (), *, id: str
) -> object:
    return pytest.param(text, absent, kept, id=id)


def _check(lang: str, text: str, absent: tuple[str, ...], kept: tuple[str, ...]) -> None:
    surfaces = [c.surface for c in extract_text(text, lang=lang, published=DAY)]
    assert_absent_and_kept(surfaces, absent, kept)


WEEKS_FR = [
    row(
        "En semaine 47, 6 120 enfants ont été vus aux urgences pour une grippe, en hausse de "
        "12 % par rapport à la semaine 46.",
        ("47", "46"),
        ("6 120", "12 %"),
        id="en-semaine-et-par-rapport",
    ),
    row("La Normandie est en phase épidémique depuis la semaine 45.", ("45",), id="depuis"),
    row(
        "SOS Médecins a réalisé 318 visites pour gastro-entérite en semaine 3 dans la région.",
        ("3",),
        ("318",),
        id="en-fin-de-phrase",
    ),
    row(
        "Au cours de la semaine épidémiologique 52, 214 cas ont été déclarés.",
        ("52",),
        ("214",),
        id="semaine-epidemiologique",
    ),
]

WEEKS_FR_KEPT = [
    row("En une semaine 30 nouveaux cas ont été signalés.", (), ("30",), id="une-semaine"),
    row("Chaque semaine 12 bateaux accostent au port.", (), ("12",), id="chaque-semaine"),
    row("La semaine 48 000 passages ont été comptés.", (), ("48 000",), id="groupe-de-chiffres"),
    row("En semaine 35 bus desservent la commune.", (), ("35",), id="en-semaine-jours-ouvres"),
]

WEEKS_EN = [
    row(
        "In week 47, 5,310 children were seen in emergency departments, up 9% from week 46.",
        ("47", "46"),
        ("5,310", "9%"),
        id="in-week-and-from-week",
    ),
    row("Flu activity has risen since week 44, with 180 new cases.", ("44",), ("180",), id="since"),
    row(
        "During week 41 (October 5-11), 126 specimens tested positive.",
        ("41",),
        ("126",),
        id="during-week",
    ),
    # a season named after the week: "during" links it as "in" does
    row("For week 12 during 2025-2026, 348 specimens tested positive.", ("12",), ("348",),
        id="week-during-season"),
]

WEEKS_EN_KEPT = [
    row("In a week 30 people were arrested.", (), ("30",), id="a-week"),
    row("Last week 12 ships docked at the port.", (), ("12",), id="last-week"),
]

ELIGIBILITY_FR = [
    row(
        "L'aide peut atteindre 8 000 euros par ferme, à condition d'avoir perdu au moins 40 % "
        "de sa production.",
        ("40",),
        id="a-condition-d-avoir",
    ),
    row(
        "Le prêt est accordé sous réserve d'avoir réalisé moins de 2 millions d'euros de chiffre "
        "d'affaires.",
        ("2 millions",),
        id="sous-reserve",
    ),
    row(
        "Les éleveurs touchent l'indemnité à condition que leurs pertes dépassent 25 % du "
        "cheptel.",
        ("25",),
        id="a-condition-que",
    ),
    row(
        "Les pertes de l'exploitant doivent s'élever à au moins 20 % de sa production brute.",
        ("20",),
        id="doivent-s-elever-a",
    ),
]

ELIGIBILITY_FR_KEPT = [
    row(
        "La récolte a chuté d'au moins 30 % dans la vallée, selon la chambre d'agriculture.",
        (),
        ("au moins 30 %",),
        id="une-baisse-constatee",
    ),
]

ELIGIBILITY_EN = [
    row(
        "Growers can claim the grant provided they lost at least 35% of their harvest.",
        ("35",),
        id="provided-they",
    ),
    row(
        "Households qualify if they earned less than $40,000 last year.",
        ("40,000",),
        id="qualify-if",
    ),
]

ELIGIBILITY_EN_KEPT = [
    row(
        "Farmers lost at least 30% of their harvest, the ministry said.",
        (),
        ("at least 30%",),
        id="a-loss-stated",
    ),
]

AGES_FR = [
    row(
        "« Le service était plein en trois jours », raconte le Dr Paul Kervella, urgentiste, "
        "52 ans.",
        ("52",),
        id="nom-titre-age",
    ),
    row(
        "« Nous n'avons plus de lits », explique Marc Delorme, chef du service de pédiatrie, "
        "58 ans.",
        ("58",),
        id="titre-long",
    ),
]

AGES_FR_KEPT = [
    row(
        "Le bilan s'élève à 12 morts, selon Paul Martin, préfet de la région.",
        (),
        ("12",),
        id="compte-avant-un-nom",
    ),
]

AGES_EN = [
    row(
        '"We have no beds left," said Maria Delgado, a nurse at the clinic, 41.',
        ("41",),
        id="name-title-age",
    ),
]

EXTENSIONS = [
    row(
        "The government will extend the fuel duty cut by three months, to the end of March.",
        ("three months",),
        id="extend-by",
    ),
    row("The ministry extended the rent subsidy by six months.", ("six months",), id="extended"),
]

EXTENSIONS_KEPT = [
    row("The launch was delayed by two months.", (), ("two months",), id="delayed-by"),
    row("He was jailed for nine years.", (), ("nine years",), id="jailed-for"),
    row("The company extended its lead by 12 points.", (), ("12 points",), id="not-a-duration"),
]

EXTENSIONS_FR = [
    row(
        "La remise de 20 centimes sera prolongée de trois mois, jusqu'à fin décembre.",
        ("trois mois",),
        ("20 centimes",),
        id="prolongee-de",
    ),
]

EXTENSIONS_FR_KEPT = [
    row("Le chantier a été retardé de deux mois.", (), ("deux mois",), id="retarde-de"),
    row("Le trafic a été suspendu sur 12 kilomètres.", (), ("12 kilomètres",), id="suspendu-sur"),
]

SUSPENSIONS_FR = [
    row(
        "La production de l'atelier a été suspendue pour au moins dix jours.",
        ("dix jours",),
        id="suspendue-pour-au-moins",
    ),
    row(
        "L'agrément de la conserverie a été suspendu pour une durée de quatre mois.",
        ("quatre mois",),
        id="pour-une-duree-de",
    ),
]

HALVES = [
    row(
        "Pre-tax profit fell to £92m in the half, down from £120m.",
        ("half",),
        ("£92m", "£120m"),
        id="in-the-half",
    ),
    row("Sales for the half to September rose 4%.", ("half",), ("4%",), id="for-the-half-to"),
]

HALVES_KEPT = [
    row("The company cut its workforce by half.", (), ("half",), id="by-half"),
    row("More than half of the staff were laid off.", (), ("More than half",), id="half-of"),
    row("Half the workforce went on strike.", (), ("Half",), id="half-the"),
]


@pytest.mark.parametrize(("text", "absent", "kept"), WEEKS_FR + WEEKS_FR_KEPT)
def test_week_numbers_fr(text: str, absent: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _check("fr", text, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), WEEKS_EN + WEEKS_EN_KEPT)
def test_week_numbers_en(text: str, absent: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _check("en", text, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), ELIGIBILITY_FR + ELIGIBILITY_FR_KEPT)
def test_eligibility_thresholds_fr(
    text: str, absent: tuple[str, ...], kept: tuple[str, ...]
) -> None:
    _check("fr", text, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), ELIGIBILITY_EN + ELIGIBILITY_EN_KEPT)
def test_eligibility_thresholds_en(
    text: str, absent: tuple[str, ...], kept: tuple[str, ...]
) -> None:
    _check("en", text, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), AGES_FR + AGES_FR_KEPT)
def test_age_after_name_and_title_fr(
    text: str, absent: tuple[str, ...], kept: tuple[str, ...]
) -> None:
    _check("fr", text, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), AGES_EN)
def test_age_after_name_and_title_en(
    text: str, absent: tuple[str, ...], kept: tuple[str, ...]
) -> None:
    _check("en", text, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), EXTENSIONS + EXTENSIONS_KEPT)
def test_extension_lengths_en(text: str, absent: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _check("en", text, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), EXTENSIONS_FR + EXTENSIONS_FR_KEPT)
def test_extension_lengths_fr(text: str, absent: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _check("fr", text, absent, kept)


LIFE_POINTS = [
    ("en", "Children can get a first dose at 15 months and a second between 4 and 6 years old.",
     "15 months"),
    ("en", "Babies should be vaccinated at two months and again at four months.", "two months"),
    ("fr", "Les nourrissons peuvent recevoir le vaccin dès 6 mois.", "6 mois"),
    ("fr", "Le rappel est recommandé dès 65 ans.", "65 ans"),
]


@pytest.mark.parametrize(("lang", "text", "number"), LIFE_POINTS)
def test_an_age_a_schedule_names_is_no_length(lang: str, text: str, number: str) -> None:
    _check(lang, text, (number,), ())


AGE_BRACKETS = [
    row(
        "The admission rate among people 70 years and older is 184.2 per 100,000.",
        ("70",),
        ("184.2",),
        id="years-and-older",
    ),
    row(
        "People 80 years and over account for 14% of admissions.",
        ("80",),
        ("14%",),
        id="years-and-over",
    ),
    row(
        "The company has operated for 65 years and more than 200 people work there.",
        (),
        ("more than 200",),
        id="no-bracket",
    ),
]


@pytest.mark.parametrize(("text", "absent", "kept"), AGE_BRACKETS)
def test_years_of_an_age_bracket(text: str, absent: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _check("en", text, absent, kept)


def test_a_minute_of_a_match_stays() -> None:
    _check("en", "The striker scored at 90 minutes.", (), ("90 minutes",))


@pytest.mark.parametrize(("text", "absent", "kept"), SUSPENSIONS_FR)
def test_suspension_lengths_fr(text: str, absent: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _check("fr", text, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), HALVES + HALVES_KEPT)
def test_fiscal_half_is_no_share(text: str, absent: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _check("en", text, absent, kept)


# (language, sentence, surface, approx)
QUALIFIERS = [
    ("en", "The union said the real number of jobs at risk was nearer 900.", "nearer 900",
     Approx.about),
    ("en", "Organisers said the crowd was closer to 40,000.", "closer to 40,000", Approx.about),
    ("fr", "L'agence espère dépasser 75 % d'ici la fin de l'année.", "dépasser 75 %",
     Approx.more_than),
    ("fr", "Le taux de chômage dépasse 11 % dans le département.", "dépasse 11 %",
     Approx.more_than),
    ("fr", "À Brest, la participation n'a pas dépassé 31,5 %, selon la préfecture.",
     "pas dépassé 31,5 %", Approx.up_to),
    ("fr", "Le taux ne dépasse pas 9 % dans la commune.", "dépasse pas 9 %", Approx.up_to),
]


@pytest.mark.parametrize(("lang", "text", "surface", "approx"), QUALIFIERS)
def test_words_that_qualify_a_figure(lang: str, text: str, surface: str, approx: Approx) -> None:
    found = {c.surface: c for c in extract_text(text, lang=lang, published=DAY)}
    assert surface in found, list(found)
    assert found[surface].approx is approx


def test_a_gap_by_a_share_is_no_bound() -> None:
    """ "dépasse de 10 %": the size of the gap, stated exactly."""
    found = {c.surface: c for c in extract_text(
        "Le déficit dépasse de 10 % la prévision.", lang="fr", published=DAY)}
    assert found["10 %"].approx is Approx.exact


KOREAN_NOT_CLAIMS = [
    row(
        "기획재정부는 12월 물가 상승률이 3% 중반 수준을 보일 것으로 내다봤다.",
        ("3%",),
        id="band-middle",
    ),
    row("한국은행은 내년 성장률이 1% 후반에 머물 것으로 전망했다.", ("1%",), id="band-end"),
    row(
        "4인 가족 김장 비용(배추 25포기 기준)은 38만5천원으로 지난해보다 7.2% 늘었다.",
        ("25포기",),
        ("38만5천원", "7.2%"),
        id="base-of-a-cost",
    ),
    row(
        '"한 동에 2천만 원 넘게 들여 지은 축사인데…"',
        ("한 동",),
        ("2천만 원 넘게",),
        id="one-unit-per-cost",
    ),
]

KOREAN_KEPT = [
    row("오후 6시 기준 이재민은 142명으로 집계됐다.", (), ("142명",), id="as-of-hour"),
    row("주택 3채에 2억 원의 피해가 났다.", (), ("3채", "2억 원"), id="count-before-cost"),
    row("아파트 두 동이 불에 탔다.", (), ("두 동",), id="buildings-counted"),
    row("올해 성장률은 2.1%로 집계됐다.", (), ("2.1%",), id="a-stated-rate"),
]


BREAKDOWNS = [
    row(
        "Of the 19 dead, 11 were from Lembata, six from the next village and two were drivers "
        "caught on the road, the agency said.",
        (),
        ("11", "six", "two"),
        id="from",
    ),
    row(
        "Of the 23 injured, 14 were treated in Ende, six in Maumere and three were flown out.",
        (),
        ("14", "six", "three"),
        id="in",
    ),
]

BREAKDOWNS_KEPT_OUT = [
    row("The pair met at ten, one in the morning and one at night.", ("one",), id="no-digits"),
]


@pytest.mark.parametrize(("text", "absent", "kept"), BREAKDOWNS + BREAKDOWNS_KEPT_OUT)
def test_items_of_a_breakdown_en(
    text: str, absent: tuple[str, ...], kept: tuple[str, ...]
) -> None:
    _check("en", text, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), KOREAN_NOT_CLAIMS + KOREAN_KEPT)
def test_korean_bands_and_bases(text: str, absent: tuple[str, ...], kept: tuple[str, ...]) -> None:
    pytest.importorskip("kiwipiepy")
    _check("ko", text, absent, kept)


INDEX_LEVELS = [
    ("지난달 소비자물가지수는 117.35(2020=100)로 1년 전보다 2.4% 상승했다.", 117.35),
    ("생산자물가지수는 121.08로 전월보다 0.2% 올랐다.", 121.08),
]


@pytest.mark.parametrize(("text", "value"), INDEX_LEVELS)
def test_korean_index_level_is_a_figure(text: str, value: float) -> None:
    pytest.importorskip("kiwipiepy")
    values = [c.value for c in extract_text(text, lang="ko", published=DAY)]
    assert value in values


def test_korean_bare_number_without_an_index_stays_out() -> None:
    pytest.importorskip("kiwipiepy")
    assert extract_text("이번 조사의 응답 점수는 12.5로 나타났다.", lang="ko", published=DAY) == []
