"""Rules and limits are no measurement: the speed a rule sets ("the speed limit for heavy trucks
is 60 km per hour", "une route limitée à 90 km/h", "제한속도 시속 50㎞"), the window a rule or an
order grants for a purpose ("opposition parties have 10 days to appeal", "les candidats ont dix
jours pour contester", "dispose d'un délai de cinq jours"). Crash reports, road-safety laws and
election disputes write them (AP and Reuters on truck speed limiters, French and Korean copy on
lowered limits, a Korean bus crash told against the bridge's limit, Moroccan and Senegalese
election deadlines). The negative rows keep the same words where a speed or a time is measured
("the van was doing 85 mph", "gusts reached 130 km/h", "rescuers took 45 minutes to reach").
Also: the Belgian, Swiss and rarer "-aine" words ("une septantaine", "une quatorzaine", "une
douzaine") are approximate counts like "une quinzaine". Sentences our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DAY = date(2026, 3, 12)

SPEED_LIMITS = [
    row("en", "The coach overturned on a stretch where the speed limit for buses is 70 km per "
        "hour, police said.", [], id="en-limit-for-is"),
    row("en", "Lorries on the ring road are limited to 80 km/h.", [], id="en-limited-to"),
    row("en", "The council said the maximum speed near schools was cut to 20 mph last year.", [],
        id="en-maximum-speed-cut-to"),
    row("fr", "Sur cette départementale, la vitesse est limitée à 70 km/h.", [],
        id="fr-limitee-a"),
    row("fr", "Le décret doit abaisser la vitesse à 80 km/h sur les routes sans séparateur.", [],
        id="fr-abaisser-la-vitesse-a"),
    row("fr", "La limitation de vitesse sur le périphérique est de 50 km/h depuis octobre.", [],
        id="fr-limitation-est-de"),
    row("fr", "Un décret entre en vigueur afin d'abaisser la vitesse à 70km/h sur ces routes.", [],
        id="fr-elided-verb"),
    row("ko", "사고가 난 구간은 제한속도 시속 60㎞ 도로다.", [], id="ko-limit-noun-then-speed"),
    row("ko", "시는 이면도로의 차량 속도를 시속 30㎞로 제한한다고 밝혔다.", [],
        id="ko-limited-after"),
    # the speed a vehicle or a wind reached is measured
    row("en", "The speed limit on the bridge is 40 mph, but the van was doing 95 mph, "
        "investigators said.", [{"value": 95, "unit": "mile/hour"}], id="en-measured-beside-limit"),
    row("en", "The driver broke the speed limit by driving at 130 km/h through the village.",
        [{"value": 130, "unit": "kilometer/hour"}], id="en-at-is-no-link"),
    row("en", "Gusts reached 140 km/h overnight on the coast.",
        [{"value": 140, "unit": "kilometer/hour"}], id="en-gusts-stay"),
    row("fr", "Le chauffard roulait à 170 km/h sur une route limitée à 90 km/h.",
        [{"value": 170, "unit": "kilometer/hour"}], id="fr-measured-beside-limit"),
    row("fr", "Les rafales ont atteint 110 km/h dans la nuit.",
        [{"value": 110, "unit": "kilometer/hour"}], id="fr-rafales-stay"),
    row("ko", "운전자는 제한속도 50㎞ 구간에서 시속 120㎞로 달렸다.",
        [{"value": 120, "unit": "kilometer"}], id="ko-a-figure-between-ends-the-limit"),
    row("ko", "경찰은 도로의 제한속도가 시속 80㎞로 돼 있으나 버스가 시속 130㎞로 달린 것으로 "
        "추정했다.",
        [{"value": 130, "unit": "kilometer"}], id="ko-measured-beside-limit"),
]

DEADLINES = [
    row("en", "Opposition parties have 10 days to appeal the ruling before the Supreme Court.",
        [], id="en-have-days-to"),
    row("en", "The operator has 60 days to comply with the order, the regulator said.", [],
        id="en-has-days-to"),
    row("en", "Residents had 72 hours to leave their homes before the levee gave way.", [],
        id="en-had-hours-to"),
    row("fr", "Les listes battues ont dix jours pour contester les résultats.", [],
        id="fr-ont-jours-pour"),
    row("fr", "Chaque candidat dispose d'un délai de cinq jours pour saisir le tribunal.", [],
        id="fr-dispose-d-un-delai-de"),
    row("fr", "Le gouvernement a trois mois pour présenter son plan.", [], id="fr-a-mois-pour"),
    # the time a thing took, or a count with a purpose, is measured
    row("en", "Firefighters took 50 minutes to reach the site of the crash.",
        [{"value": 50, "unit": "minute"}], id="en-took-stays"),
    row("en", "The firm has 1,400 workers to lay off by March.", [{"value": 1400}],
        id="en-has-a-count-stays"),
    row("fr", "Les pompiers ont mis trois heures pour maîtriser le feu.",
        [{"value": 3, "unit": "hour"}], id="fr-ont-mis-stays"),
    row("fr", "Le délai d'attente moyen atteint 38 jours pour un rendez-vous.",
        [{"value": 38, "unit": "day"}], id="fr-a-measured-wait-stays"),
]

ROUGH_WORDS = [
    row("fr", "Une septantaine de pompiers sont mobilisés, selon les secours valaisans.",
        [{"value": 70, "approx": "about"}], id="fr-septantaine"),
    row("fr", "Une nonantaine de manifestants se sont rassemblés devant la gare.",
        [{"value": 90, "approx": "about"}], id="fr-nonantaine"),
    row("fr", "Le feu a détruit 27 voitures et une quatorzaine de scooters.",
        [{"value": 27, "approx": "exact"}, {"value": 14, "approx": "about"}],
        id="fr-quatorzaine"),
    row("fr", "Une douzaine de blessés ont été transportés à l'hôpital.",
        [{"value": 12, "approx": "about"}], id="fr-une-douzaine"),
    row("fr", "Une huitaine de familles ont été relogées.", [{"value": 8, "approx": "about"}],
        id="fr-huitaine"),
    # a multiple of dozens is counted; "en quarantaine" is no number
    row("fr", "La coopérative a livré trois douzaines d'œufs à l'école.",
        [{"value": 36, "approx": "exact"}], id="fr-trois-douzaines-stays"),
    row("fr", "Le malade a été placé en quarantaine à son retour.", [], id="fr-en-quarantaine"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPEED_LIMITS + DEADLINES + ROUGH_WORDS)
def test_rules_and_rough_words(lang: str, text: str, expected: list[dict]) -> None:
    assert_claims(extract_text(text, lang=lang, published=DAY), expected)
