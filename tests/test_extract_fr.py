"""Sentence table for French extraction: one construction per row.

Sentences are taken from the seed articles (seeds/) or written in the same style. Each row names
only the fields it is about; see tests/claim_asserts.py for the keys. Written from the
specification (DESIGN.md, /work/shared/gold/seed_claims.csv), not from the extractor's output.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_asserts import assert_claims

NPR = date(2024, 9, 2)  # 003: French rendering of an NPR story, a Monday
CN = date(2024, 8, 31)  # 004: dated in its header
KCSC = date(2024, 9, 30)  # 001: announcement of 30 September 2024
NBSP, NNBSP = "\u00a0", "\u202f"


def case(text, expected, *, published=NPR, exact_count=True, absent=(), id):
    return pytest.param(text, published, expected, exact_count, tuple(absent), id=id)


CASES = [
    # --- numbers as written ---
    case(
        "La commission a reçu 6 500 signalements en août.",
        [{"surface": "6 500", "value": 6500, "unit": "count", "approx": "exact"}],
        id="thousands-space",
    ),
    case(
        f"Près de 6{NBSP}500 demandes ont été reçues par le régulateur.",
        [{"surface": "Près de 6 500", "value": 6500, "approx": "about"}],
        id="thousands-nbsp",
    ),
    case(
        f"Les enquêteurs ont saisi 1{NNBSP}234{NNBSP}567 fichiers sur les serveurs.",
        [{"value": 1234567, "unit": "count", "counted_contains": "fichiers"}],
        id="thousands-narrow-nbsp",
    ),
    case(
        "Le groupe de discussion comptait 220.000 participants.",
        [{"value": 220000, "unit": "count", "counted_contains": "participants"}],
        id="thousands-dot",
    ),
    case(
        "Les mineurs représentaient 59,8 % des victimes.",
        [{"surface": "59,8 %", "value": 59.8, "unit": "percent", "counted_contains": "victimes"}],
        id="decimal-comma-percent",
    ),
    case(
        "Les hôpitaux ont enregistré 1,2 million de passages aux urgences.",
        [{"value": 1_200_000, "unit": "count", "counted_contains": "passages"}],
        id="million-decimal-comma",
    ),
    case(
        "L'État a débloqué 2 milliards d'euros pour le plan de lutte.",
        [{"value": 2_000_000_000, "unit": "EUR"}],
        id="milliards-is-1e9",
    ),
    # --- number words ---
    case(
        "Sept suspects ont été placés en garde à vue.",
        [{"surface": "Sept", "value": 7, "unit": "count", "counted_contains": "suspects"}],
        id="word-sept",
    ),
    case(
        "Quatre-vingts classes ont été fermées dans le département.",
        [{"value": 80, "unit": "count", "counted_contains": "classes"}],
        id="word-quatre-vingts",
    ),
    # --- fractions, proportions, multipliers ---
    case(
        "La moitié des contenus signalés concernaient des mineurs.",
        # une fraction en mots est un partage rond, environ sa valeur (l'or des jeux de dev)
        [{"value": 50, "unit": "percent", "approx": "about", "counted_contains": "contenus"}],
        id="fraction-la-moitie",
    ),
    case(
        "Un tiers des salariés ont déjà subi du cyberharcèlement.",
        [{"value": 33.33, "unit": "percent", "counted_contains": "salariés"}],
        id="fraction-un-tiers",
    ),
    case(
        "Six victimes sur dix sont des adolescentes.",
        [{"value": 60, "unit": "percent", "counted_contains": "adolescentes",
          "whole": "victimes"}],
        id="proportion-six-sur-dix",
    ),
    case(
        "Le régulateur a reçu 1 600 demandes, soit quatre fois plus que l'an dernier.",
        [
            {"value": 1600, "unit": "count"},
            {
                "surface": "quatre fois",
                "value": 4,
                "unit": "ratio",
                "role": ("comparison", "ratio"),
            },
        ],
        id="multiplier-quatre-fois",
    ),
    case(
        "Le nombre de plaintes pour deepfakes a doublé.",
        [{"value": 2, "unit": "ratio"}],
        id="multiplier-a-double",
    ),
    # --- qualifiers ---
    case(
        "Les mineurs représentent près de 60 % des victimes.",
        [{"surface": "près de 60 %", "value": 60, "unit": "percent", "approx": "about"}],
        id="qualifier-pres-de",
    ),
    case(
        "Environ 1 200 personnes ont vu les photos.",
        [{"surface": "Environ 1 200", "value": 1200, "approx": "about"}],
        id="qualifier-environ",
    ),
    case(
        "Quelque 26 000 habitants ont été évacués.",
        [{"value": 26000, "approx": "about", "counted_contains": "habitants"}],
        id="qualifier-quelque",
    ),
    case(
        "M. B a reçu plus de 20 000 images sexuelles illégales.",
        [
            {
                "surface": "plus de 20 000",
                "value": 20000,
                "approx": "more_than",
                "lower": 20000,
                "upper": None,
                "counted_contains": "images",
            }
        ],
        id="qualifier-plus-de",
    ),
    case(
        "Autrement dit, au moins 1 200 personnes ont vu les photos de la victime.",
        [{"surface": "au moins 1 200", "value": 1200, "approx": "at_least", "lower": 1200}],
        id="qualifier-au-moins",
    ),
    case(
        "Le salon de discussion compte jusqu'à 1 200 personnes dans le groupe.",
        [{"surface": "jusqu'à 1 200", "value": 1200, "approx": "up_to", "upper": 1200}],
        id="qualifier-jusqu-a",
    ),
    case(
        "Moins de 40 patients ont été transférés vers un autre hôpital.",
        [{"value": 40, "approx": "less_than", "upper": 40, "counted_contains": "patients"}],
        id="qualifier-moins-de",
    ),
    case(
        "Entre 20 et 30 personnes dorment dans chaque gymnase.",
        [{"approx": "range", "lower": 20, "upper": 30, "unit": "count"}],
        id="range-entre-et",
    ),
    case(
        "Les secours mettent 20 à 30 minutes pour arriver sur place.",
        [{"approx": "range", "lower": 20, "upper": 30, "unit": "minute"}],
        id="range-a-minutes",
    ),
    # « des centaines » dit qu'une foule est grande, pas combien : pas de chiffre à vérifier.
    case("Des centaines de plaintes ont été déposées.", [], id="vague-des-centaines"),
    case(
        "Le nombre de personnes impliquées pourrait atteindre 220 000.",
        [{"value": 220000, "approx": "up_to", "upper": 220000}],
        id="hedge-pourrait-atteindre",
    ),
    # --- units ---
    case(
        "Le taux d'arrestation était de 48 pour cent.",
        [{"surface": "48 pour cent", "value": 48, "unit": "percent"}],
        id="unit-pour-cent",
    ),
    case(
        "Il suffit de 5 secondes pour générer une image nue.",
        [{"surface": "5 secondes", "value": 5, "unit": "second"}],
        id="unit-secondes",
    ),
    case(
        "Elle attend depuis 19 mois une opération de la hanche.",
        [{"value": 19, "unit": "month"}],
        id="unit-mois",
    ),
    case(
        "La peine maximale est de cinq ans de prison.",
        [{"surface": "cinq ans", "value": 5, "unit": "year"}],
        id="unit-ans-word",
    ),
    case(
        "Le site a rapporté 300 millions de wons à son exploitant.",
        [{"value": 300_000_000, "unit": "KRW"}],
        id="unit-wons",
    ),
    case(
        "La société a levé 3,5 milliards de dollars.",
        [{"value": 3_500_000_000, "unit": "USD"}],
        id="unit-dollars",
    ),
    case(
        "L'amende peut atteindre 37 400 $.",
        [{"value": 37400, "unit": "USD"}],
        id="unit-dollar-sign",
    ),
    case(
        "La mairie a versé 500 000 € aux associations.",
        [{"value": 500_000, "unit": "EUR"}],
        id="unit-euro-sign",
    ),
    # --- rates ---
    case(
        "Le service accueille 420 patients par jour.",
        [{"value": 420, "unit": "count", "per": "day"}],
        id="rate-par-jour",
    ),
    case(
        "Je reçois 20 à 30 appels téléphoniques harcelants chaque jour.",
        [
            {
                "surface": "20 à 30",
                "approx": "range",
                "lower": 20,
                "upper": 30,
                "unit": "count per day",
                "counted_contains": "appels",
            }
        ],
        published=CN,
        id="rate-chaque-jour-range",
    ),
    case(
        "Les équipes réalisent 600 opérations par semaine.",
        [{"value": 600, "unit": "count per week"}],
        id="rate-par-semaine",
    ),
    # --- actors, what is counted ---
    case(
        "Selon la police, 297 cas ont été signalés.",
        [{"value": 297, "actor_contains": "police", "counted_contains": "cas"}],
        id="actor-selon-la-police",
    ),
    case(
        "La KCSC a demandé la suppression de 148 vidéos de deepfakes.",
        [{"value": 148, "actor_contains": "KCSC", "counted_contains": "vidéos"}],
        published=KCSC,
        id="actor-kcsc-a-demande",
    ),
    case(
        "Selon la police, au cours des sept premiers mois de cette année, 297 cas de crimes "
        "impliquant des deepfakes sexuellement explicites ont été signalés, contre 180 pour "
        "toute l'année 2023.",
        [
            {"value": 297, "counted_contains": "cas", "period": ("2024-01-01", "2024-07-31")},
            {"value": 180, "counted_contains": "cas", "period": ("2023-01-01", "2023-12-31")},
        ],
        absent=("sept",),
        id="comparison-contre-carries-counted",
    ),
    # --- periods ---
    case(
        "En 2021, les mineurs représentaient 64,6 % des victimes.",
        [{"value": 64.6, "period": ("2021-01-01", "2021-12-31")}],
        id="period-en-2021",
    ),
    case(
        "Entre 2021 et 2023, un total de 527 victimes ont signalé des crimes à la police.",
        [{"value": 527, "counted_contains": "victimes", "period": ("2021-01-01", "2023-12-31")}],
        published=CN,
        id="period-entre-annees",
    ),
    case(
        "L'organisme gouvernemental de surveillance des médias a déclaré avoir reçu près de "
        "6 500 demandes de lutte contre les vidéos deepfake sexuellement abusives entre janvier "
        "et juillet de cette année, soit quatre fois le volume des demandes de la même période "
        "l'année dernière.",
        [
            {
                "surface": "près de 6 500",
                "value": 6500,
                "approx": "about",
                "unit": "count",
                "counted_contains": "demandes",
                "period": ("2024-01-01", "2024-07-31"),
            },
            {"value": 4, "unit": "ratio"},
        ],
        id="period-entre-janvier-et-juillet",
    ),
    case(
        "Au cours des sept premiers mois de cette année, 297 cas ont été signalés.",
        [{"value": 297, "period": ("2024-01-01", "2024-07-31")}],
        absent=("sept",),
        id="period-sept-premiers-mois",
    ),
    case(
        "Et plus de la moitié des deepfakes détectés et effacés cette année par le Centre de "
        "défense des victimes d'abus sexuels en ligne concernaient des mineurs.",
        [
            {
                "surface": "plus de la moitié",
                "value": 50,
                "unit": "percent",
                "approx": "more_than",
                "period": ("2024-01-01", "2024-09-02"),
            }
        ],
        id="period-cette-annee",
    ),
    case(
        "La proportion de mineurs est remontée à 62 % l'an dernier.",
        [{"value": 62, "period": ("2023-01-01", "2023-12-31")}],
        published=CN,
        id="period-l-an-dernier",
    ),
    case(
        "L'année dernière, le taux d'arrestation pour faux contenus sexuels était de 48 %, "
        "selon les statistiques de la police.",
        [{"value": 48, "unit": "percent", "period": ("2023-01-01", "2023-12-31")}],
        id="period-l-annee-derniere",
    ),
    case(
        "En un mois, la police a reçu 118 signalements de deepfakes.",
        [
            {
                "value": 118,
                "period": (("2024-08-30", "2024-08-31", "2024-09-01"), "2024-09-30"),
            }
        ],
        published=KCSC,
        id="period-en-un-mois",
    ),
    case(
        "La semaine dernière, la police a arrêté 12 suspects.",
        # The previous Monday to Sunday (issue 10), published Monday 2024-09-02.
        [{"value": 12, "period": ("2024-08-26", "2024-09-01")}],
        id="period-la-semaine-derniere",
    ),
    case(
        "Selon la police, au cours des sept premiers mois de cette année, 297 cas ont été "
        "signalés. Sur les 178 suspects arrêtés par la police au cours de cette période de sept "
        "mois, 74 % étaient des adolescents.",
        [
            {"value": 297, "period": ("2024-01-01", "2024-07-31")},
            {"value": 178, "counted_contains": "suspects", "period": ("2024-01-01", "2024-07-31")},
            {"value": 74, "unit": "percent", "period": ("2024-01-01", "2024-07-31")},
        ],
        absent=("sept",),
        id="period-carried-cette-periode-de-sept-mois",
    ),
    # --- changes ---
    case(
        "Pour le délit de contenu pornographique, la peine maximale sera augmentée de cinq ans "
        "actuellement à sept ans de prison.",
        [
            {"surface": "cinq ans", "value": 5, "unit": "year", "role": "change_from"},
            {"surface": "sept ans", "value": 7, "unit": "year", "role": "change_to"},
        ],
        published=CN,
        id="change-de-cinq-ans-a-sept-ans",
    ),
    case(
        "La proportion de mineurs a légèrement baissé, passant de 64,6 % en 2021 à 52,9 % en 2022.",
        [
            {"value": 64.6, "role": "change_from", "period": ("2021-01-01", "2021-12-31")},
            {"value": 52.9, "role": "change_to", "period": ("2022-01-01", "2022-12-31")},
        ],
        published=CN,
        id="change-passant-de-a",
    ),
    # --- not claims ---
    case("Le 30 août, la police a ouvert une enquête sur Telegram.", [], id="not-date-30-aout"),
    case("2024-08-31", [], published=CN, id="not-iso-date"),
    case(
        "La police a annoncé le 22 que le suspect avait été déféré au parquet.",
        [],
        id="not-a-annonce-le-22",
    ),
    case(
        "Depuis sa fondation en 2013, Telegram refuse de divulguer des informations sur ses "
        "utilisateurs.",
        [],
        id="not-year-anchor-2013",
    ),
    case(
        "Telegram est le 1er service de messagerie visé par une telle enquête.",
        [],
        id="not-ordinal-1er",
    ),
    case(
        "M. A, un homme d'une vingtaine d'années, a été arrêté.",
        [],
        id="not-age-vingtaine",
    ),
    case("La réunion débutera à 14h30 à l'Assemblée nationale.", [], id="not-time-14h30"),
    case(
        "Les victimes peuvent appeler le 01 23 45 67 89 pour obtenir de l'aide.",
        [],
        id="not-phone-number",
    ),
    case(
        "Lire aussi  Se faisant passer pour la fille de Ruby Lin a été exposée... Ses 187 mots "
        "sont aigres | Divertissement | CTWANT",
        [],
        id="not-furniture-lire-aussi",
    ),
    case(
        "le 29 août, heure locale, lors d'une réunion d'urgence, le gouvernement a décidé de "
        "créer une ligne d'assistance. au sein d'un grand salon comptant plus de 1 300 "
        "participants, il existe de nombreux petits salons.",
        [{"value": 1300, "approx": "more_than"}],
        published=CN,
        absent=("29",),
        id="not-date-beside-claim",
    ),
    # --- rules found on unseen-style sentences ---
    case(
        "Plus de 3 000 personnes ont manifesté à Paris, selon la préfecture, 12 000 selon les "
        "organisateurs.",
        [
            {"value": 3000, "approx": "more_than", "actor_contains": "préfecture"},
            {"value": 12000, "counted_contains": "personnes", "actor_contains": "organisateurs"},
        ],
        id="twins-each-with-its-source",
    ),
    case(
        "Le bilan s'élève à 12 morts et 45 blessés, a indiqué la préfecture.",
        [
            {"value": 12, "counted_contains": "morts", "actor_contains": "préfecture"},
            {"value": 45, "counted_contains": "blessés", "actor_contains": "préfecture"},
        ],
        id="actor-after-inverted-verb",
    ),
    case(
        "Près d'un Français sur trois déclare avoir renoncé à des soins.",
        [{"value": 33.33, "unit": "percent", "approx": "about", "counted_contains": "Français"}],
        id="proportion-un-sur-trois",
    ),
    case(
        "Environ 40 % des 18-24 ans utilisent TikTok chaque jour.",
        [{"value": 40, "approx": "about", "counted_contains": "24 ans"}],
        absent=("18", "24"),
        id="share-of-an-age-bracket",
    ),
    case(
        "Le chômage a reculé à 7,3 % au troisième trimestre, contre 7,5 % un an plus tôt.",
        [
            # Published 2024-09-02: the quarter so far, never past publication (issue 10).
            {"value": 7.3, "period": ("2024-07-01", "2024-09-02")},
            {"value": 7.5, "role": "comparison", "period": ("2023-07-01", "2023-09-02")},
        ],
        id="quarter-and-a-year-earlier",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected", "exact_count", "absent"), CASES)
def test_extract_fr(text, published, expected, exact_count, absent):
    from claims import extract_text

    claims = extract_text(text, lang="fr", published=published)
    assert_claims(claims, expected, exact_count=exact_count, absent=absent)
