"""Classes of figures from markets, sport, drug-seizure and business copy.

Each class was seen in three or more real articles of different outlets (market wraps, basketball
records, coast-guard seizures, Canadian and Californian budget stories, jobs reports) before a rule
was written; the sentences are our own, with other numbers, names and places. Positive rows list
claims that must be read (others may sit between); negative rows what must not be read that way.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from claims.numbers import find_numbers
from tests.claim_asserts import assert_claims, row

DAY = date(2025, 6, 12)


POSITIVE = [
    # --- an amount hyphenated to its scale, as a modifier ("a $750-million bond") ---
    row(
        "en",
        "The province approved a $750-million bond for new schools.",
        [{"surface": "$750-million", "value": 750e6, "unit": "USD"}],
        id="scale-hyphen-en-dollar",
    ),
    row(
        "en",
        "Ottawa set up a C$40-billion fund and a 2-million-dollar pilot.",
        [
            {"value": 40e9, "unit": "CAD"},
            {"value": 2e6, "unit": "USD"},
        ],
        id="scale-hyphen-en-code-and-word",
    ),
    row(
        "en",
        "A £3-billion rescue was agreed.",
        [{"value": 3e9, "unit": "GBP"}],
        id="scale-hyphen-en-pound",
    ),
    # --- a player's points are a tally, never percentage points ---
    row(
        "en",
        "Okafor averaged 29.6 points per game in March.",
        [{"value": 29.6, "unit": "count"}],
        id="points-en-per-game",
    ),
    row(
        "en",
        "She is putting up 21.3 points and 7.4 assists a night.",
        [{"value": 21.3, "unit": "count"}, {"value": 7.4, "unit": "count"}],
        id="points-en-list-of-stats",
    ),
    row(
        "fr",
        "Le meneur tourne à 17,8 points par match.",
        [{"value": 17.8, "unit": "count"}],
        id="points-fr-par-match",
    ),
    # ... while a rate's change in points stays a change in percentage points
    row(
        "en",
        "The Greens' lead narrowed by 1.5 points in a week.",
        [{"value": 1.5, "unit": "percentage_point"}],
        id="points-en-poll-change",
    ),
    row(
        "fr",
        "Le taux de chômage a reculé de 0,4 point.",
        [{"value": 0.4, "unit": "percentage_point", "direction": "down"}],
        id="points-fr-rate-change",
    ),
    # --- pounds that convert a metric weight, or are converted by one, weigh ---
    row(
        "en",
        "The cutter seized 2,700 kilograms (5,950 pounds) of cocaine.",
        [{"value": 2700, "unit": "kilogram"}, {"value": 5950, "unit": "lb"}],
        id="weight-en-pounds-after-kilograms",
    ),
    row(
        "en",
        "Agents found 11,000 pounds (4,990 kg) of cannabis in the truck.",
        [{"value": 11000, "unit": "lb"}, {"value": 4990, "unit": "kilogram"}],
        id="weight-en-pounds-before-kilograms",
    ),
    row(
        "en",
        "The haul came to 1.6 tonnes (about 3,530 pounds).",
        [{"value": 3530, "unit": "lb", "approx": "about"}],
        id="weight-en-pounds-after-tonnes-qualified",
    ),
    row(
        "fr",
        "Les douaniers ont saisi 1 800 kilos (3 970 livres) de résine.",
        [{"value": 1800, "unit": "kilogram"}, {"value": 3970, "unit": "lb"}],
        id="weight-fr-livres-after-kilos",
    ),
    # --- "between $40 and $95": the currency sign on both ends after the opener ---
    row(
        "en",
        "Seats will cost between $35 and $120.",
        [{"lower": 35, "upper": 120, "unit": "USD", "approx": "range"}],
        id="range-en-between-signs",
    ),
    row(
        "en",
        "Fines range between €250 and €2,000 per offence.",
        [{"lower": 250, "upper": 2000, "unit": "EUR", "approx": "range"}],
        id="range-en-between-euro-signs",
    ),
    # --- "edged up to 3.9%": the level reached, no bound ---
    row(
        "en",
        "The jobless rate edged up to 4.2% in May from 4.1%.",
        [{"value": 4.2, "unit": "percent", "approx": "exact"}],
        id="particle-en-edged-up-to",
    ),
    row(
        "en",
        "Core inflation ticked up to 3.1 percent.",
        [{"value": 3.1, "approx": "exact"}],
        id="particle-en-ticked-up-to",
    ),
    row(
        "en",
        "Thirty-year mortgage rates moved up to 6.9% this week.",
        [{"value": 6.9, "approx": "exact"}],
        id="particle-en-moved-up-to",
    ),
    # --- weather copy: a converted temperature's scale, named or told by its conversion ---
    row(
        "en",
        "Forecast high: 109 degrees Fahrenheit (43 Celsius).",
        [{"value": 109, "unit": "degF"}, {"surface": "43 Celsius", "unit": "degC"}],
        id="degrees-en-celsius-alone",
    ),
    row(
        "en",
        "Fresno reached 106 degrees (41.1 C) on Sunday.",
        [{"surface": "106 degrees", "unit": "degF"}, {"value": 41.1, "unit": "degC"}],
        id="degrees-en-scale-from-conversion",
    ),
    row(
        "en",
        "Madrid hit 42 degrees (108 Fahrenheit).",
        [{"surface": "42 degrees", "unit": "degC"}, {"value": 108, "unit": "degF"}],
        id="degrees-en-celsius-from-conversion",
    ),
    row(
        "fr",
        "Il a fait 43 degrés (109 °F) à Cordoue.",
        [{"surface": "43 degrés", "unit": "degC"}, {"value": 109, "unit": "degF"}],
        id="degrees-fr-scale-from-conversion",
    ),
    row(
        "en",
        "Highs could climb upward of 111 degrees.",
        [{"value": 111, "approx": "more_than"}],
        id="qualifier-en-upward-of",
    ),
    row(
        "en",
        "The tanker listed 12 degrees after the collision.",
        [{"surface": "12 degrees", "unit": "degree"}],
        id="degrees-en-angle-after-turning-verb",
    ),
    row(
        "fr",
        "Le navire a penché de 20 degrés avant de se redresser.",
        [{"surface": "20 degrés", "unit": "degree"}],
        id="degrees-fr-angle-after-turning-verb",
    ),
    # a name word before a figure with a unit is no name: the measure is read
    row(
        "en",
        "The reservoir fell to level 2 metres below the spillway, a level 5% lower.",
        [{"value": 2, "unit": "meter"}, {"value": 5, "unit": "percent"}],
        id="name-en-level-with-unit-is-a-measure",
    ),
    row(
        "en",
        "Rents rose 4-fold in a decade, a 10-fold jump for some.",
        [{"value": 4, "unit": "ratio"}, {"value": 10, "unit": "ratio"}],
        id="multiplier-en-hyphen-fold",
    ),
    row(
        "fr",
        "Le nombre de cas a été multiplié par trois, et les délais divisés par deux.",
        [
            {"value": 3, "unit": "ratio", "direction": "up"},
            {"value": 0.5, "unit": "ratio", "direction": "down"},
        ],
        id="multiplier-fr-multiplie-divise-par",
    ),
    row(
        "en",
        "Fines were multiplied by 4 over the decade.",
        [{"value": 4, "unit": "ratio", "direction": "up"}],
        id="multiplier-en-multiplied-by",
    ),
    row(
        "fr",
        "Le prix a été multiplié par 2,5 en vingt ans.",
        [{"value": 2.5, "unit": "ratio"}],
        id="multiplier-fr-decimal-factor",
    ),
    # --- a decimal figure times a power of ten is the figure as written ---
    row(
        "fr",
        "Les ventes atteignent 4,1 milliards et 8,3 millions d'unités.",
        [{"value": 4.1e9}, {"value": 8.3e6}],
        id="scale-fr-exact-product",
    ),
    row(
        "en",
        "Prices of homes with 5+ bedrooms rose, and 40+ towns joined.",
        [{"value": 5, "approx": "at_least"}, {"value": 40, "approx": "at_least"}],
        id="qualifier-en-glued-plus",
    ),
    # --- a dash after a figure's percent joins a range, never a minus sign ---
    row(
        "en",
        "The firm will cut 8%-10% of its staff; shares rose 2%–3%.",
        [
            {"lower": 8, "upper": 10, "unit": "percent", "approx": "range"},
            {"lower": 2, "upper": 3, "unit": "percent", "approx": "range"},
        ],
        id="range-en-percent-dash-percent",
    ),
    # a list of pairs that all go up is a list of ranges, not of scores
    row(
        "en",
        "Tickets come in bands of 3-6, 4-8 and 5-9 dollars.",
        [{"lower": 3, "upper": 6, "approx": "range"}, {"lower": 4, "upper": 8}],
        id="score-en-rising-pairs-stay-ranges",
    ),
    # --- quakes and space: a magnitude is stated, distances in light-years or AU ---
    row(
        "en",
        "A 6.4-magnitude quake shook the island before dawn.",
        [{"surface": "6.4", "value": 6.4}],
        id="magnitude-en-hyphenated",
    ),
    row(
        "en",
        "The probe found a star 2.6 billion light-years away, 40 astronomical units out.",
        [
            {"value": 2.6e9, "unit": "light_year"},
            {"value": 40, "unit": "astronomical_unit"},
        ],
        id="space-en-light-years-and-au",
    ),
    row(
        "en",
        "Wednesday's magnitude-5.8 quake followed a magnitude-6.6 shock.",
        [{"value": 5.8}, {"value": 6.6}],
        id="magnitude-en-prefix-hyphen",
    ),
    # --- signs and points of economics copy ---
    row(
        "en",
        "Annual inflation slipped to –0.3% in February.",
        [{"value": -0.3, "unit": "percent"}],
        id="sign-en-en-dash-minus",
    ),
    row(
        "en",
        "Food prices added 0.2pp to the rate, and support fell 3ppts.",
        [
            {"surface": "0.2pp", "value": 0.2, "unit": "percentage_point"},
            {"surface": "3ppts", "value": 3, "unit": "percentage_point"},
        ],
        id="points-en-glued-pp",
    ),
    row(
        "en",
        "The poll of 1,120 voters has a margin of error of plus or minus 3.2 percentage points.",
        [{"value": 3.2, "unit": "percentage_point"}],
        id="margin-en-plus-or-minus-not-negative",
    ),
    # --- a list of bare figures shares the unit written after its last item ---
    row(
        "en",
        "The pill comes in strengths of 25, 50 and 100 mg.",
        [
            {"value": 25, "unit": "milligram"},
            {"value": 50, "unit": "milligram"},
            {"value": 100, "unit": "milligram"},
        ],
        id="list-en-shared-measure",
    ),
    row(
        "en",
        "Fares rose 2, 3 and 6% over three years.",
        [{"value": 2, "unit": "percent"}, {"value": 3, "unit": "percent"}],
        id="list-en-shared-percent",
    ),
    row(
        "fr",
        "Des comprimés dosés à 30, 60 et 120 mg ont été saisis.",
        [
            {"value": 30, "unit": "milligram"},
            {"value": 60, "unit": "milligram"},
            {"value": 120, "unit": "milligram"},
        ],
        id="list-fr-shared-measure",
    ),
    # --- hyphenated percents and spoken decimals ---
    row(
        "en",
        "Officials want 4-percent growth and a 2.5-per-cent cut in rates.",
        [{"value": 4, "unit": "percent"}, {"value": 2.5, "unit": "percent"}],
        id="percent-en-hyphenated-modifier",
    ),
    row(
        "en",
        "Bus fares jumped after a 12- to 18-percent rise in fuel costs.",
        [{"lower": 12, "upper": 18, "unit": "percent", "approx": "range"}],
        id="percent-en-suspended-hyphen-range",
    ),
    row(
        "en",
        "The bank now sees growth of 2-point-3 percent, down from 2-point-eight percent.",
        [{"value": 2.3, "unit": "percent"}, {"value": 2.8, "unit": "percent"}],
        id="spoken-en-hyphenated-point",
    ),
    row(
        "en",
        "Prices climbed one-and-a-half-percent on year.",
        [{"value": 1.5, "unit": "percent"}],
        id="fraction-en-hyphenated-and-a-half",
    ),
    # --- "by X to Y percent": the percent written once is both ends' ---
    row(
        "en",
        "Water charges will rise by 17.5 to 19.5 percent next year.",
        [{"lower": 17.5, "upper": 19.5, "unit": "percent", "approx": "range"}],
        id="range-en-by-x-to-y-percent",
    ),
    row(
        "en",
        "Inflation rose by 0.4 to 3.1% in May.",
        [{"value": 0.4}, {"value": 3.1, "unit": "percent"}],
        id="range-en-by-change-to-level-stays-two",
    ),
    # --- direction: signs set apart by a space, and more verbs of change ---
    row(
        "fr",
        "En 2022, le PIB croît de 2,5 %, après + 6,4 % en 2021.",
        [
            {"value": 2.5, "direction": "up"},
            {"value": 6.4, "direction": "up"},
        ],
        id="direction-fr-croit-and-spaced-plus",
    ),
    row(
        "fr",
        "La production industrielle fléchit de 0,7 %.",
        [{"value": 0.7, "direction": "down"}],
        id="direction-fr-flechit",
    ),
    row(
        "en",
        "The economy contracted 0.3% while exports rebounded 4.2%.",
        [{"value": 0.3, "direction": "down"}, {"value": 4.2, "direction": "up"}],
        id="direction-en-contracted-rebounded",
    ),
    row(
        "en",
        "The yen slipped 0.6%, copper sank 2% and gold rallied 1.4%.",
        [
            {"value": 0.6, "direction": "down"},
            {"value": 2, "direction": "down"},
            {"value": 1.4, "direction": "up"},
        ],
        id="direction-en-slipped-sank-rallied",
    ),
    # --- currencies of Asian, African, Gulf and Australian copy ---
    row(
        "en",
        "The miner agreed a $US1.7 billion deal and a $A250 million loan.",
        [{"value": 1.7e9, "unit": "USD"}, {"value": 250e6, "unit": "AUD"}],
        id="money-en-code-after-sign",
    ),
    row(
        "en",
        "Dhaka set aside Tk 2,500 crore and Islamabad PKR 9 billion.",
        [{"value": 2.5e10, "unit": "BDT"}, {"value": 9e9, "unit": "PKR"}],
        id="money-en-south-asian-codes",
    ),
    row(
        "en",
        "Nairobi borrowed KSh 800 million; Jakarta pledged Rp 2 trillion.",
        [{"value": 8e8, "unit": "KES"}, {"value": 2e12, "unit": "IDR"}],
        id="money-en-kenya-indonesia",
    ),
    row(
        "en",
        "Dubai promised Dh300 million, Accra GH¢150 million and Israel NIS 60 million.",
        [
            {"value": 3e8, "unit": "AED"},
            {"value": 1.5e8, "unit": "GHS"},
            {"value": 6e7, "unit": "ILS"},
        ],
        id="money-en-gulf-ghana-israel",
    ),
    row(
        "en",
        "Bangkok set aside 35 billion baht, Dhaka 250 billion taka and Accra 9 billion cedis.",
        [
            {"value": 35e9, "unit": "THB"},
            {"value": 250e9, "unit": "BDT"},
            {"value": 9e9, "unit": "GHS"},
        ],
        id="money-en-currency-names-of-one-country",
    ),
    # ... while "up to" after any other word is still a bound
    row(
        "en",
        "The floods may have killed up to 40 people.",
        [{"value": 40, "approx": "up_to"}],
        id="particle-en-killed-up-to-is-a-bound",
    ),
    row(
        "en",
        "Offenders face fines of up to $8,000.",
        [{"value": 8000, "unit": "USD", "approx": "up_to"}],
        id="particle-en-fines-up-to-is-a-bound",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVE)
def test_classes_of_wire_and_sport_copy(lang, text, expected):
    assert_claims(extract_text(text, lang=lang, published=DAY), expected, exact_count=False)


# (text, surface, unit) that must not be read together; unit None: no claim with that surface.
NEGATIVE = [
    row(
        "en",
        "The province approved a $750-million bond.",
        ("million", "count"),
        id="scale-hyphen-en-not-a-bare-million",
    ),
    row(
        "en",
        "He averaged 31.2 points a game.",
        ("31.2 points", "percentage_point"),
        id="points-en-tally-not-pp",
    ),
    row(
        "en",
        "He paid 300,000 pounds (£300,000) for the flat.",
        ("300,000 pounds", "lb"),
        id="weight-en-money-in-brackets-stays-money",
    ),
    row(
        "en",
        "The club spent 40 million pounds (47 million euros) on players.",
        ("40 million pounds", "lb"),
        id="weight-en-scaled-money-stays-money",
    ),
    row(
        "en",
        "Its shares fell 311 points, or 1.9%, to 15,020.",
        ("311", "percent"),
        id="list-en-or-is-an-apposition",
    ),
    row(
        "en",
        "The toll is 1,450, 6% more than a week ago.",
        ("1,450", "percent"),
        id="list-en-comma-alone-is-no-list",
    ),
    row(
        "en",
        "She offered 3 hundred and 21 yuan.",
        ("3 hundred", "CNY"),
        id="list-en-scaled-figure-is-not-an-item",
    ),
    # a figure glued to letters that are no known currency is not read, and neither is its
    # scale alone (it was a figure of 1e9, or "1 billion" from the decimals)
    row("en", "Pretoria set aside R140 billion.", ("billion", "count"), id="scale-en-lone-r"),
    row("en", "Lagos spent N7 billion.", ("billion", "count"), id="scale-en-lone-n"),
    row(
        "en",
        "The deal is worth XY2.5 billion.",
        ("5 billion", "count"),
        id="decimals-en-of-unread-figure",
    ),
    row("en", "The PHP 8 release shipped.", ("8", "PHP"), id="money-en-php-language"),
    row("en", "He hit a 3-point shot.", ("3", "percent"), id="points-en-three-point-shot"),
    row("en", "The policy was one-and-done.", ("one", "count"), id="fraction-en-one-and-done"),
    # --- names with numbers: stages, phases, types, levels, ranks, channels, fixed slashes ---
    row("en", "A Phase 2 trial of the vaccine began.", ("2", "count"), id="name-en-phase"),
    row("en", "Rates of Type 1 diabetes rose.", ("1", "count"), id="name-en-type"),
    row("en", "She has Stage 3 breast cancer.", ("3", "count"), id="name-en-stage"),
    row("en", "The city moved to Level 2 rules.", ("2", "count"), id="name-en-level"),
    row("en", "The world No. 3 lost in Paris.", ("3", "count"), id="name-en-rank-no"),
    row("en", "It aired on Channel 5 and BBC Radio 2.", ("5", "count"), id="name-en-channel"),
    row("en", "A Fortune 100 firm moved here.", ("100", "count"), id="name-en-fortune"),
    row("en", "The Nasdaq 100 slipped.", ("100", "count"), id="name-en-nasdaq"),
    row("en", "Quebec passed Bill 62 last year.", ("62", "count"), id="name-en-bill"),
    row("en", "Help lines run 24/7 now.", ("24", "count"), id="name-en-24-7"),
    row("en", "Security tightened after 9/11.", ("11", "count"), id="name-en-9-11"),
    row("en", "Savers put less into 401(k) plans.", ("401", "count"), id="name-en-401k"),
    row("fr", "Un essai de phase 3 sur le diabète de type 2.", ("2", "count"), id="name-fr-type"),
    row("fr", "Un cancer de stade 4 a été diagnostiqué.", ("4", "count"), id="name-fr-stade"),
    row("fr", "Le n° 1 mondial a perdu.", ("1", "count"), id="name-fr-rank"),
    row("en", "In FY2023-24 the deficit narrowed.", ("24", "count"), id="span-en-fiscal-year"),
    row("en", "The 2025-26 budget was tabled.", ("26", "count"), id="span-en-budget-year"),
    row(
        "en",
        "Alcaraz won 6-3, 4-6, 7-5 in the final.",
        ("4-6", "count"),
        id="score-en-set-with-smaller-first",
    ),
    row("en", "Covid-19 wards reopened.", ("19", "count"), id="label-en-covid-stays-a-name"),
    row("en", "The ferry turned 180 degrees.", ("180 degrees", "degF"), id="degrees-en-angle"),
    row(
        "en",
        "Temperatures turned colder, reaching 28 degrees.",
        ("28 degrees", "degree"),
        id="degrees-en-turned-colder-is-no-angle",
    ),
    row(
        "en",
        "It was 95 degrees in the shade.",
        ("95 degrees", "degC"),
        id="degrees-en-no-conversion-no-scale",
    ),
    row(
        "en",
        "He paid $40 and she paid $95.",
        ("$40 and $95", "USD"),
        id="range-en-no-opener-two-amounts",
    ),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NEGATIVE)
def test_not_read_that_way(lang, text, absent):
    surface, unit = absent
    claims = extract_text(text, lang=lang, published=DAY)
    assert not [c for c in claims if c.surface == surface and c.unit == unit], [
        (c.surface, c.unit) for c in claims
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The 2025-26 budget", 26),
        ("the 1998–99 season", 99),
        ("FY2023-24 revenue", 24),
    ],
)
def test_the_second_year_of_a_span_is_no_number(text, value):
    assert value not in [m.value for m in find_numbers(text, "en")]


def test_a_dash_between_a_year_and_another_number_keeps_it():
    assert 30 in [m.value for m in find_numbers("Between 2020-30 people came.", "en")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("$4.1 billion", "en", 4_100_000_000.0),
        ("8.2 million", "en", 8_200_000.0),
        ("4,1 milliards", "fr", 4_100_000_000.0),
        ("a $8.3-billion deal", "en", 8_300_000_000.0),
    ],
)
def test_a_scaled_decimal_is_exactly_the_written_figure(text, lang, value):
    # compared with ==, not approx: 4.1 * 1e9 is 4099999999.9999995 in floats
    assert value in [m.value for m in find_numbers(text, lang)]
