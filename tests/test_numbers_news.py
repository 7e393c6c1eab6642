"""Every figure of real news (issue 11; FIELD_NOTES section 3, rows N1-N9, and Q9/Q10).

Sentences of our own, written in the style of the news read for the issue (economy, tech,
disasters, sport, health, elections), with other numbers and names. Positive tables list the
claims a row must give, in text order (other claims allowed in between unless the row says
``exact``); negative tables list what must not be a claim. Each class has rows in both
languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from claims.lang import load_table
from reconcile.units import to_canonical, unit_kind
from tests.claim_asserts import assert_claims

DAY = date(2025, 3, 12)


def row(lang, text, expected, *, id, exact=False):
    return pytest.param(lang, text, expected, exact, id=id)


POSITIVE = [
    # --- N1: numbers glued to units and currencies ---
    row(
        "en",
        "The phone ships with a 512GB drive.",
        [{"surface": "512GB", "value": 512, "unit": "gigabyte"}],
        id="N1-en-data-glued",
    ),
    row(
        "en",
        "Police clocked the car at 40mph in a school zone.",
        [{"surface": "40mph", "value": 40, "unit": "mile/hour"}],
        id="N1-en-speed-glued",
    ),
    row(
        "en",
        "The relay covered 8km of coastline.",
        [{"surface": "8km", "value": 8, "unit": "kilometer"}],
        id="N1-en-length-glued",
    ),
    row(
        "en",
        "The club paid USD12m for the striker.",
        [{"surface": "USD12m", "value": 12e6, "unit": "USD"}],
        id="N1-en-code-before-glued",
    ),
    row(
        "en",
        "The chipmaker raised $3.1b in new debt.",
        [{"surface": "$3.1b", "value": 3.1e9, "unit": "USD"}],
        id="N1-en-b-after-dollar",
    ),
    row(
        "en",
        "Brussels set aside €2bn for flood repairs.",
        [{"surface": "€2bn", "value": 2e9, "unit": "EUR"}],
        id="N1-en-bn-after-euro",
    ),
    row(
        "en",
        "Shares closed at RM18.40 in Kuala Lumpur.",
        [{"surface": "RM18.40", "value": 18.4, "unit": "MYR"}],
        id="N1-en-ringgit",
    ),
    row(
        "en",
        "The storm dumped rain over 25 km of road at 90 km/h winds.",
        [{"value": 25, "unit": "kilometer"}, {"value": 90, "unit": "kilometer/hour"}],
        id="N1-en-spaced-units",
    ),
    row(
        "en",
        "Firefighters saved a 27-kilometre stretch of forest.",
        [{"value": 27, "unit": "kilometer"}],
        id="N1-en-hyphen-measure",
    ),
    row(
        "fr",
        "Le projet coûtera 3,5Md€ selon la région.",
        [{"surface": "3,5Md€", "value": 3.5e9, "unit": "EUR"}],
        id="N1-fr-md-euro-glued",
    ),
    row(
        "fr",
        "Le budget atteint 12 M€ cette année.",
        [{"surface": "12 M€", "value": 12e6, "unit": "EUR"}],
        id="N1-fr-m-euro-spaced",
    ),
    row(
        "fr",
        "Le coureur a parcouru 42km en 2 h 10.",
        [{"surface": "42km", "value": 42, "unit": "kilometer"}],
        id="N1-fr-km-glued",
    ),
    row(
        "fr",
        "Le nouveau modèle offre 256 Go de stockage.",
        [{"value": 256, "unit": "gigabyte"}],
        id="N1-fr-go",
    ),
    row(
        "fr",
        "Les rafales ont atteint 130 km/h sur la côte.",
        [{"value": 130, "unit": "kilometer/hour"}],
        id="N1-fr-speed",
    ),
    row(
        "fr",
        "Le groupe affiche un résultat net de 4,2 G$ sur le trimestre.",
        [{"surface": "4,2 G$", "value": 4.2e9, "unit": "USD"}],
        id="N1-fr-g-dollar",
    ),
    # --- N2: currency symbols and codes, before or after ---
    row(
        "en",
        "A night in the capsule hotel costs ¥31,500.",
        [{"surface": "¥31,500", "value": 31500, "unit": "JPY"}],
        id="N2-en-yen-sign",
    ),
    row(
        "en",
        "The merger is worth ₩1.2 trillion.",
        [{"value": 1.2e12, "unit": "KRW"}],
        id="N2-en-won-sign",
    ),
    row(
        "en",
        "Tickets start at CHF 40 in Geneva.",
        [{"surface": "CHF 40", "value": 40, "unit": "CHF"}],
        id="N2-en-chf-code",
    ),
    row(
        "en",
        "The fund raised US$52 million last year.",
        [{"surface": "US$52 million", "value": 52e6, "unit": "USD"}],
        id="N2-en-us-dollar",
    ),
    row(
        "en",
        "The fine was 4,000 Swiss francs.",
        [{"value": 4000, "unit": "CHF"}],
        id="N2-en-swiss-francs-word",
    ),
    row(
        "fr",
        "L'amende s'élève à 5 000 francs suisses.",
        [{"value": 5000, "unit": "CHF"}],
        id="N2-fr-francs-suisses",
    ),
    row(
        "fr",
        "Le contrat vaut 800 millions de wons.",
        [{"value": 8e8, "unit": "KRW"}],
        id="N2-fr-wons",
    ),
    row(
        "fr", "La nuit coûte 9 000 yens à Osaka.", [{"value": 9000, "unit": "JPY"}], id="N2-fr-yens"
    ),
    row(
        "fr",
        "Le billet coûte 15€ au guichet.",
        [{"surface": "15€", "value": 15, "unit": "EUR"}],
        id="N2-fr-euro-after-glued",
    ),
    # --- N3: apostrophe and right quote as thousands separators; "949, 526" typo ---
    row(
        "en",
        "The blaze has burned 12'800 hectares.",
        [{"value": 12800, "unit": "hectare"}],
        id="N3-en-apostrophe",
    ),
    row(
        "en",
        "Officials say 31’600 acres are under evacuation orders.",
        [{"value": 31600, "unit": "acre"}],
        id="N3-en-right-quote",
    ),
    row(
        "en",
        "A total of 949, 526 ballots were counted.",
        [{"value": 949526}],
        id="N3-en-comma-space-typo",
    ),
    row("fr", "Le canton compte 12'450 frontaliers.", [{"value": 12450}], id="N3-fr-apostrophe"),
    row("fr", "La commune a recensé 31’600 habitants.", [{"value": 31600}], id="N3-fr-right-quote"),
    # --- N4: ranges sharing a scale word or a unit ---
    row(
        "en",
        "The rebuild will cost $10 to $15 billion.",
        [{"lower": 10e9, "upper": 15e9, "unit": "USD", "approx": "range"}],
        id="N4-en-shared-billion",
    ),
    row(
        "en",
        "Between 10-15 million people lost power.",
        [{"lower": 10e6, "upper": 15e6, "approx": "range"}],
        id="N4-en-hyphen-million",
    ),
    row(
        "en",
        "Growth will be between 5% and 6% next year.",
        [{"lower": 5, "upper": 6, "unit": "percent", "approx": "range"}],
        id="N4-en-percent-both-ends",
    ),
    row(
        "en",
        "Patients received 44 mg to 50 mg of the drug.",
        [{"lower": 44, "upper": 50, "unit": "milligram"}],
        id="N4-en-unit-both-ends",
    ),
    row(
        "fr",
        "Le déficit atteindrait entre 2 et 3 milliards d'euros.",
        [{"lower": 2e9, "upper": 3e9, "unit": "EUR", "approx": "range"}],
        id="N4-fr-entre-milliards",
    ),
    row(
        "fr",
        "Les prix ont varié de 20 à 30 % selon les régions.",
        [{"lower": 20, "upper": 30, "unit": "percent", "approx": "range"}],
        id="N4-fr-de-a-percent",
    ),
    row(
        "fr",
        "Le porte-parole évoque de 20 à 30 appels chaque jour.",
        [{"lower": 20, "upper": 30, "approx": "range", "role": "value"}],
        id="N4-fr-porte-parole-is-no-change",
        exact=True,
    ),
    row(
        "fr",
        "La réparation coûtera de 4 à 6 millions d'euros.",
        [{"lower": 4e6, "upper": 6e6, "unit": "EUR"}],
        id="N4-fr-shared-millions",
    ),
    row(
        "en",
        "Doctors saw 45 and 50 cases on the two days.",
        [{"value": 45}, {"value": 50}],
        id="N4-en-and-without-between-is-two-figures",
    ),
    row(
        "fr",
        "On compte 20 et 30 blessés dans les deux villes.",
        [{"value": 20}, {"value": 30}],
        id="N4-fr-et-without-entre-is-two-figures",
    ),
    row(
        "en",
        "The bank lent 125 million Australian dollars.",
        [{"value": 125e6, "unit": "AUD"}],
        id="N2-en-named-dollar",
    ),
    row(
        "fr",
        "Le contrat atteint 40 millions de dollars canadiens.",
        [{"value": 40e6, "unit": "CAD"}],
        id="N2-fr-dollars-canadiens",
    ),
    row(
        "en",
        "The handset packs a 5,500 mAh battery.",
        [{"value": 5500, "unit": "milliampere_hour"}],
        id="N1-en-mah",
    ),
    row(
        "fr",
        "Les cas chez les jeunes progressent de +48 % en une semaine.",
        [{"value": 48, "unit": "percent", "direction": "up"}],
        id="N8-fr-plus-sign",
    ),
    row(
        "fr",
        "L'incidence atteint 21,4 cas pour 100 000 habitants.",
        [{"value": 21.4}],
        id="rate-base-fr-not-a-claim",
        exact=True,
    ),
    row(
        "en",
        "The rate reached 21.4 cases per 100,000 people.",
        [{"value": 21.4}],
        id="rate-base-en-not-a-claim",
        exact=True,
    ),
    # --- spoken decimals ---
    row(
        "en",
        "Support stood at sixty-five point four percent.",
        [{"value": 65.4, "unit": "percent"}],
        id="spoken-en-words",
    ),
    row(
        "en",
        "Turnout reached 59 point 8 percent.",
        [{"value": 59.8, "unit": "percent"}],
        id="spoken-en-digits",
    ),
    row(
        "fr",
        "La participation a atteint cinquante-neuf virgule huit pour cent.",
        [{"value": 59.8, "unit": "percent"}],
        id="spoken-fr-words",
    ),
    # --- N7: amounts, never years; a quantity before a noun ---
    row(
        "en",
        "Each family receives a $2000 grant.",
        [{"value": 2000, "unit": "USD"}],
        id="N7-en-dollar-amount-not-year",
    ),
    row(
        "en",
        "The 7% rise in prices hit renters.",
        [{"value": 7, "unit": "percent", "direction": "up"}],
        id="N7-en-rise-after-figure",
    ),
    row(
        "fr",
        "Chaque famille recevra 2 000 euros.",
        [{"value": 2000, "unit": "EUR"}],
        id="N7-fr-euros-not-year",
    ),
    row(
        "fr",
        "Le ticket coûte 1950 euros.",
        [{"value": 1950, "unit": "EUR"}],
        id="N7-fr-plain-amount-not-year",
    ),
    # --- N8: direction of change; points are percentage points ---
    row(
        "en",
        "Prices rose 5% to 120 in March.",
        [{"value": 5, "unit": "percent", "direction": "up"}],
        id="N8-en-rose",
    ),
    row(
        "en",
        "Labour's lead fell by 3 points.",
        [{"value": 3, "unit": "percentage_point", "direction": "down"}],
        id="N8-en-fell-by-points",
    ),
    row(
        "en",
        "Unemployment was up 0.3 percentage points.",
        [{"value": 0.3, "unit": "percentage_point", "direction": "up"}],
        id="N8-en-up-pp",
    ),
    row(
        "en",
        "Exports doubled while imports halved.",
        [{"value": 2, "direction": "up"}, {"value": 0.5, "direction": "down"}],
        id="N8-en-doubled-halved",
    ),
    row(
        "fr",
        "Le chômage est en hausse de 0,2 point.",
        [{"value": 0.2, "unit": "percentage_point", "direction": "up"}],
        id="N8-fr-hausse-point",
    ),
    row(
        "fr",
        "Les ventes ont baissé de 12 % en un an.",
        [{"value": 12, "unit": "percent", "direction": "down"}],
        id="N8-fr-a-baisse",
    ),
    row(
        "fr",
        "Les inscriptions ont doublé depuis l'an dernier.",
        [{"value": 2, "direction": "up"}],
        id="N8-fr-double",
    ),
    row(
        "fr",
        "La peine passera de cinq ans à sept ans.",
        [
            {"value": 5, "role": "change_from", "direction": "up"},
            {"value": 7, "role": "change_to", "direction": "up"},
        ],
        id="N8-fr-from-to-pair",
    ),
    row(
        "en",
        "The jobless rate fell from 7.1% to 6.4%.",
        [
            {"value": 7.1, "role": "change_from", "direction": "down"},
            {"value": 6.4, "role": "change_to", "direction": "down"},
        ],
        id="N8-en-from-to-pair",
    ),
    # --- N9: one quantity in two units ---
    row(
        "en",
        "The fire spread over more than 30,000 acres, or 12,100 hectares.",
        [
            {"value": 30000, "unit": "acre", "approx": "more_than"},
            {"value": 12100, "unit": "hectare"},
        ],
        id="N9-en-acres-hectares",
    ),
    row(
        "fr",
        "La zone brûlée couvre 14 600 hectares, soit 146 km2.",
        [{"value": 14600, "unit": "hectare"}, {"value": 146, "unit": "kilometer**2"}],
        id="N9-fr-hectares-km2",
    ),
    # --- Q9: small number words that count ---
    row(
        "en",
        "Nine in their 30s were charged.",
        [{"value": 9, "unit": "count"}],
        id="Q9-en-nine-in-their-30s",
    ),
    row(
        "en",
        "Police arrested five men and another two later.",
        [{"value": 5}, {"value": 2}],
        id="Q9-en-another-two",
    ),
    row(
        "en",
        "Three officers were injured in the clashes.",
        [{"value": 3, "counted_contains": "officers"}],
        id="Q9-en-three-officers",
    ),
    row(
        "fr",
        "Un sur dix a renoncé à voter.",
        [{"value": 10, "unit": "percent"}],
        id="Q9-fr-un-sur-dix",
    ),
    row(
        "fr",
        "Deux adolescents ont été interpellés samedi.",
        [{"value": 2, "counted_contains": "adolescents"}],
        id="Q9-fr-deux-adolescents",
    ),
    row(
        "fr",
        "Quatre ont été blessés et deux autres sont portés disparus.",
        [{"value": 4}, {"value": 2}],
        id="Q9-fr-deux-autres",
    ),
    # --- bounds around a figure ---
    row(
        "en",
        "Voters aged 65 and over made up 31% of turnout; 50 or more rallies were held.",
        [{"value": 31}, {"value": 50, "approx": "at_least"}],
        id="bounds-en-or-more",
    ),
    row(
        "fr",
        "Il y aurait 500 ou moins de cas.",
        [{"value": 500, "approx": "up_to"}],
        id="bounds-fr-ou-moins",
    ),
    row(
        "en",
        "The toll is above 1,000 and below 1,500.",
        [{"lower": 1000, "upper": 1500, "approx": "range"}],
        id="bounds-en-two-bounds-one-range",
    ),
    row(
        "fr",
        "Le bilan est supérieur à 1 000 et inférieur à 1 500.",
        [{"lower": 1000, "upper": 1500, "approx": "range"}],
        id="bounds-fr-two-bounds-one-range",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected", "exact"), POSITIVE)
def test_figures_of_real_news(lang, text, expected, exact):
    claims = extract_text(text, lang=lang, published=DAY)
    assert_claims(claims, expected, exact_count=exact)


NEGATIVE = [
    # --- N6: names and models with numbers ---
    row("en", "The S&P 500 closed higher on Friday.", ["500"], id="N6-en-sp500"),
    row("en", "The iPhone 15 went on sale in September.", ["15"], id="N6-en-iphone"),
    row("en", "Covid-19 cases fell last month.", ["19", "-19"], id="N6-en-covid"),
    row("en", "Leaders of the G7 met in Rome.", ["7", "G7"], id="N6-en-g7"),
    row("en", "The A380 landed safely.", ["380", "A380"], id="N6-en-a380"),
    row("en", "Article 9 of the charter was invoked.", ["9"], id="N6-en-article"),
    row("fr", "L'association relève de la loi 1901.", ["1901"], id="N6-fr-loi-1901"),
    row("fr", "L'article 49 de la Constitution a été utilisé.", ["49"], id="N6-fr-article"),
    row("fr", "Le CAC 40 a terminé en hausse.", ["40"], id="N6-fr-cac40"),
    # --- Q10: legal thresholds, windows and age-group labels ---
    row(
        "en",
        "Children under the age of 14 cannot be prosecuted.",
        ["14"],
        id="Q10-en-age-threshold",
    ),
    row(
        "en",
        "The price collapsed in just five days.",
        ["five days", "five"],
        id="Q10-en-in-just-five-days",
    ),
    row(
        "en",
        "The curfew will continue for seven months.",
        ["seven months", "seven"],
        id="Q10-en-continue-for",
    ),
    row("en", "Most of the suspects were in their 20s.", ["20", "20s"], id="Q10-en-in-their-20s"),
    row(
        "fr",
        "Les moins de 15 ans ne pourront pas s'inscrire.",
        ["15", "moins de 15 ans"],
        id="Q10-fr-moins-de-15-ans",
    ),
    row(
        "fr",
        "La grève a duré pendant sept mois.",
        ["sept mois", "sept"],
        id="Q10-fr-pendant-sept-mois",
    ),
    row(
        "fr",
        "Les suspects ont entre 20 et 29 ans pour la plupart.",
        ["20", "29"],
        id="Q10-fr-age-bracket",
    ),
    # --- an article is not a number (text2num's lesson) ---
    row("en", "A man and a woman were questioned.", ["a", "A"], id="article-en-a"),
    row("fr", "Un homme et une femme ont été entendus.", ["Un", "une"], id="article-fr-un-une"),
    # --- lists are not grouped digits ---
    row(
        "en",
        "Scores of 120, 300 and 450 were recorded.",
        ["120, 300", "300, 450"],
        id="N3-en-list-not-typo",
    ),
    # --- sports scores are not two counts, nor a range ---
    row("en", "Inter Miami won 3-1 before a sold-out crowd.", ["3", "1", "3-1"], id="score-en"),
    row("fr", "Le PSG s'est imposé 2-0 au Parc.", ["2", "0", "2-0"], id="score-fr"),
    # --- two amounts in two currencies are not one range ---
    row(
        "en",
        "Shares cost RM18.40 and €2bn was raised.",
        ["RM18.40 and €2bn"],
        id="N4-en-two-currencies-no-range",
    ),
]


@pytest.mark.parametrize(("lang", "text", "absent", "exact"), NEGATIVE)
def test_not_quantities_of_real_news(lang, text, absent, exact):
    claims = extract_text(text, lang=lang, published=DAY)
    surfaces = {c.surface for c in claims}
    assert not surfaces & set(absent), [c.surface for c in claims]


def test_pair_exposed_as_one_range_in_json():
    """ "from X to Y": both sides keep their link and carry the pair as one range."""
    from reports.rows import claim_record

    claims = extract_text("Le taux est passé de 64,6 % à 52,9 %.", lang="fr", published=DAY)
    first, second = claims
    assert first.linked == second.id and second.linked == first.id
    record = claim_record(second)
    assert record["change"] == {"from": 64.6, "to": 52.9, "lower": 52.9, "upper": 64.6}
    assert record["direction"] == "down"


def test_direction_column_comes_after_the_existing_ones():
    from reports.rows import CLAIM_COLUMNS

    assert CLAIM_COLUMNS[-2:] == ("direction", "modality")
    assert CLAIM_COLUMNS[0] == "claim_id"


@pytest.mark.parametrize(
    ("a", "unit_a", "b", "unit_b"),
    [
        (30000, "acre", 12100, "hectare"),
        (146, "kilometer**2", 14600, "hectare"),
        (40, "mile/hour", 64.4, "kilometer/hour"),
    ],
)
def test_one_quantity_in_two_units_agrees_through_pint(a, unit_a, b, unit_b):
    assert unit_kind(unit_a) == unit_kind(unit_b)
    ratio = to_canonical(a, unit_a) / to_canonical(b, unit_b)
    assert abs(ratio - 1) < 0.01


def test_kilometres_never_meet_gigabytes():
    assert unit_kind("kilometer") != unit_kind("gigabyte")
    assert unit_kind("degC") != unit_kind("degF")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_measure_is_a_pint_unit(lang):
    """The unit tables name units pint knows, so every measure converts and compares."""
    for word, unit in load_table(lang).extraction.units.measures.items():
        assert unit_kind(unit).startswith(("measure:", "temperature:")), (word, unit)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_change_verbs_end_a_word(lang):
    """A change verb is a stem plus one ending, as a whole word: no stem eats a compound."""
    table = load_table(lang).extraction
    assert table.change_verb_re.search("Le porte-parole a parlé") is None
    assert table.change_verb_re.search("the report-writer said") is None
