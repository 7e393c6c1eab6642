"""What a rule sets is no measurement of the story: a limit named before its figure ("le seuil
de 10 % des suffrages", "un plafond de 2 300 kg", "a threshold of 5% of the vote", "경보
기준(15.2명)"), what a rule allows per unit of something ("chaque bateau est autorisé à pêcher
trois jours par semaine, 40 minutes par sortie", "up to 30 kg per boat") or grants for a purpose
("tenants are given 60 days to leave"), a bound a requirement sets ("the law requires that at
least 40% of candidates be women"), a zone's radius ("반경 3㎞ 이내") and a level on a scale
with the scale's top ("at 3 on a scale of 5", "3 sur une échelle de 5"). Election law,
fisheries quotas, epidemic alerts and weather warnings write them; the negative rows keep the
same words where they state a figure ("a 12.5% rise", "landed 900 kg per boat",
"기준금리(3.5%)", "a magnitude 6.1 quake"). Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

LIMITS = [
    row("fr", "Le maire sortant reste sous le seuil de 12,5 % des inscrits qui permet de se "
        "maintenir au second tour.", [], id="fr-seuil-de"),
    row("fr", "Aucun candidat ne franchit le seuil des 10 % des suffrages exprimés.", [],
        id="fr-seuil-des"),
    row("fr", "Le règlement impose un plafond de 2 300 kg par navire et par marée.", [],
        id="fr-plafond-de"),
    row("fr", "Le quota fixé à 48 tonnes pour la saison a été reconduit.", [],
        id="fr-quota-fixe-a"),
    row("en", "Parties need to clear a threshold of 5% of the national vote to win seats.", [],
        id="en-threshold-of"),
    row("en", "The legal limit of 50 mph applies on all rural roads.",
        [], id="en-legal-limit-of"),
    row(
        "fr",
        "Le chômage a progressé de 12,5 % sur un an.",
        [{"value": 12.5, "unit": "percent"}],
        id="fr-a-rise-stays",
    ),
    row(
        "en",
        "The party won 12.5% of the vote, above the threshold.",
        [{"value": 12.5, "unit": "percent"}],
        id="en-a-share-beside-the-word-stays",
    ),
    row("en", "The agency introduced a quota, capping applications at 60 a day.", [],
        id="en-capping-at"),
    row("en", "The government will limit asylum claims to 28,000 next year.", [],
        id="en-will-limit-to"),
    row("fr", "Le décret plafonne la hausse des loyers à 3,5 %.", [], id="fr-plafonne-a"),
    row(
        "en",
        "The damage was limited to three houses.",
        [{"value": 3}],
        id="en-limited-to-an-outcome-stays",
    ),
    row(
        "en",
        "The firm's market cap reached $2 trillion.",
        [{"value": 2e12, "unit": "USD"}],
        id="en-market-cap-stays",
    ),
    row(
        "fr",
        "Le plafond de la salle s'est effondré sur 14 personnes.",
        [{"value": 14}],
        id="fr-plafond-a-ceiling-stays",
    ),
]

ALLOWED = [
    row("fr", "Chaque bateau est autorisé à pêcher trois jours par semaine, 40 minutes par "
        "sortie.", [], id="fr-autorise-par"),
    row("fr", "Chaque pêcheur peut garder jusqu'à 25 kg par bateau.", [],
        id="fr-quota-jusqua-par-bateau"),
    row(
        "fr",
        "Les aides vont jusqu'à 600 euros par foyer.",
        [{"value": 600, "unit": "EUR", "approx": "up_to"}],
        id="fr-an-aid-s-top-stays",
    ),
    row("en", "Each household is allowed to draw 25 litres a day from the standpipes.", [],
        id="en-allowed-per-day"),
    row("en", "Anglers may keep up to 20 kg per boat under the new rules.", [],
        id="en-quota-up-to-per-boat"),
    row(
        "fr",
        "Les chalutiers ont débarqué 2 300 kg par navire.",
        [{"value": 2300, "unit": "kilogram"}],
        id="fr-landed-per-boat-stays",
    ),
    row(
        "en",
        "Gusts reached up to 90 mph on the coast.",
        [{"value": 90, "approx": "up_to"}],
        id="en-up-to-a-speed-stays",
    ),
    row(
        "en",
        "Carers are entitled to £1,720 a year under the scheme.",
        [{"value": 1720, "unit": "GBP"}],
        id="en-an-entitlement-s-worth-stays",
    ),
    row(
        "fr",
        "Ils ont pêché trois jours par semaine en novembre.",
        [{"value": 3}],
        id="fr-fished-per-week-stays",
    ),
]

DEADLINES = [
    row("fr", "Chaque électeur dispose de trois jours pour déposer un recours.", [],
        id="fr-dispose-de-pour"),
    row("en", "Tenants are given 60 days to leave the building.", [], id="en-given-days-to"),
    row(
        "en",
        "Firefighters took 40 minutes to reach the farm.",
        [{"value": 40, "unit": "minute"}],
        id="en-took-minutes-stays",
    ),
    row(
        "fr",
        "Les secours ont mis 40 minutes pour arriver sur place.",
        [{"value": 40, "unit": "minute"}],
        id="fr-ont-mis-minutes-stays",
    ),
]

REQUIREMENTS = [
    row("fr", "Le texte exige qu'un bureau de poste soit accessible en trente minutes au plus, à "
        "pied ou en bus.", [], id="fr-exige-qu-au-plus"),
    row("en", "The law requires that at least 40% of candidates be women.", [],
        id="en-requires-at-least"),
    row("fr", "Les candidats doivent être âgés d'au moins 18 ans.", [],
        id="fr-d-au-moins-is-no-minus"),
    row(
        "en",
        "At least 300 people must have died, officials said.",
        [{"value": 300, "approx": "at_least"}],
        id="en-must-have-guesses-stays",
    ),
    row(
        "fr",
        "Les secours ont dû évacuer plus de 300 personnes.",
        [{"value": 300, "approx": "more_than"}],
        id="fr-du-evacuer-stays",
    ),
]

SCALES = [
    row("en", "Forecasters put the avalanche risk at 3 on a scale of 5 for the massif.", [],
        id="en-on-a-scale-of"),
    row("fr", "Le risque d'avalanche a été estimé à 3 sur une échelle de 5 pour le massif.", [],
        id="fr-sur-une-echelle-de"),
    row("fr", "Le risque n°3 est dit marqué.", [], id="fr-n-degree-glued"),
    row(
        "en",
        "A magnitude 6.1 earthquake struck the coast, killing 14 people.",
        [{"value": 6.1}, {"value": 14}],
        id="en-a-magnitude-stays",
    ),
    row(
        "fr",
        "Quatre hélicoptères et 3 équipes cynophiles ont été engagés.",
        [{"value": 4}, {"value": 3}],
        id="fr-small-counts-stay",
    ),
]

KOREAN = [
    row("ko", "질병청은 의사환자 수가 유행 기준(8.6명)을 넘어서자 유행주의보를 발령했다.", [],
        id="ko-threshold-parenthesis"),
    row("ko", "의사환자 수는 6.2명으로 유행기준인 5명을 넘어섰다.", [{"value": 6.2}],
        id="ko-threshold-in"),
    row("ko", "방역당국은 발생 농장 반경 3㎞ 이내를 보호지역으로 설정했다.", [],
        id="ko-zone-radius"),
    row("ko", "한국은행은 기준금리(3.25%)를 동결했다.", [{"value": 3.25, "unit": "percent"}],
        id="ko-base-rate-stays"),
    row("ko", "태풍은 반경 280㎞의 강풍 반경을 유지했다.", [{"value": 280}],
        id="ko-a-storm-radius-stays"),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), LIMITS + ALLOWED + DEADLINES + REQUIREMENTS + SCALES + KOREAN
)
def test_a_rule_s_figure_is_no_claim(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
