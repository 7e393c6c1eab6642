"""An electoral rule's bar is no result: a share or a count stated as what a rule requires or
as what a vote failed to reach is not a figure of the vote (claims.figure_thresholds).

Read on real news before writing (none of their sentences is copied): a Texas county's
primary results ("failed to obtain more than 50% of the votes", so two races go to a runoff),
a Colombian first round (a candidate "fell short of" the share needed to win outright),
Turkey's 2015 election (a party "must take at least" a number of seats to change the
constitution), Mongolia's 2012 election (winners who "did not reach the minimum" share the
election law requires), South Korea's 2024 general election (parties must poll "3% 이상" to
get list seats), the French two-round rules ("doit obtenir plus de 50 % des suffrages
exprimés et au moins 25 % des inscrits"). Negative rows keep a result of the same shape: a
bounded share a party won, a plain count a party failed to win, a Korean result told with
"-어".

Our own sentences, names and numbers."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

BARS = [
    row("en", "Candidates in both council races failed to obtain more than 50% of the votes.",
        [], id="en-failed-to-obtain-more-than"),
    row("en", "No candidate received more than 50% of the vote in the first round.", [],
        id="en-no-candidate-received-more-than"),
    row("en", "A candidate needs more than 50% of the votes cast and at least 25% of registered "
        "voters to win outright.", [], id="en-needs-two-bounds"),
    row("en", "To rule alone, the Unity Party must take at least 151 seats.", [],
        id="en-must-take-at-least"),
    row("en", "A councillor is removed only if recall votes outnumber the no votes and also "
        "reach at least 25% of all registered voters.", [], id="en-only-if-further-into-clause"),
    row("en", "Winners in three districts did not reach the minimum 30% required by law.",
        [{"value": 3}], id="en-the-minimum-share"),
    row("fr", "Pour être élu dès le premier tour, un candidat doit obtenir plus de 50 % des "
        "suffrages exprimés et au moins 25 % des inscrits.", [], id="fr-doit-obtenir"),
    row("fr", "Aucun candidat n'a obtenu plus de 50 % des voix dans la circonscription.", [],
        id="fr-aucun-candidat-plus-de"),
    row("fr", "Le camp présidentiel ne pourra pas atteindre la majorité absolue de 289 sièges.",
        [], id="fr-majorite-absolue-de"),
    row("fr", "La liste n'a pas atteint le minimum requis de 5 % des suffrages.", [],
        id="fr-minimum-requis-de"),
    row("ko", "정당투표에서 3% 이상 득표해야 비례대표 의석을 배분받는다.", [],
        id="ko-haeya-only-if"),
    row("ko", "투표율이 33.3% 이상이어야 개표할 수 있다.", [], id="ko-copula-eoya"),
    row("ko", "당선되려면 유효투표의 절반 이상을 얻어야 한다.", [], id="ko-a-share-one-must-get"),
    row("ko", "결선에 오르려면 선거인의 12.5% 이상의 지지를 얻어야 한다.", [],
        id="ko-a-share-of-the-roll-one-must-get"),
]

RESULTS = [  # negative rows: results of the same shape stay
    row("en", "The Greens won more than 12% of the vote, their best result.",
        [{"value": 12, "approx": "more_than", "unit": "percent"}], id="en-a-bounded-result"),
    row("en", "The party failed to win 12 seats it had targeted.", [{"value": 12}],
        id="en-failed-to-win-a-plain-count"),
    row("en", "Turnout reached more than 60% across the province.",
        [{"value": 60, "approx": "more_than"}], id="en-reached-without-a-condition"),
    row("fr", "Le parti a obtenu plus de 33 % des voix.",
        [{"value": 33, "approx": "more_than"}], id="fr-a-bounded-result"),
    row("fr", "Aucun candidat n'a été élu, mais la liste a recueilli plus de 40 % des voix.",
        [{"value": 40, "approx": "more_than"}], id="fr-aucun-elsewhere-in-the-sentence"),
    row("ko", "민주당은 지역구에서 161석을 얻어 과반을 넘겼다.", [{"value": 161}],
        id="ko-eo-is-a-result"),
    row("ko", "목표를 채우려면 이달에만 12만4천 대 이상을 팔아야 한다.",
        [{"value": 124000}], id="ko-eoya-hada-is-worked-out"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BARS + RESULTS)
def test_a_bar_is_no_result(lang: str, text: str, expected: list[dict[str, object]]) -> None:
    assert_claims(extract_text(text, lang=lang), expected)
