"""Three classes of reading numbers, each with its negative rows. Sentences our own.

* A round number named by an "-aine" word ("une vingtaine", "une quarantaine de villes", "deux
  centaines") is about that number, not a vague crowd: news copy uses it as "environ vingt".
  It keeps its span (20-29), and the reconciler still reads it as that span and compares it
  only with other rough words (``Claim.rough``), as it did when it was read vague.
* A vague amount with no figure is no claim in Korean as in English and French ("수천만 원의
  재산피해", "수억 원", as "millions of dollars" and "des millions d'euros"): it says a sum is
  large, not how large.
* A Korean speed glued to its figure is a speed ("평균속도는 12㎞/h", "최대풍속 41 m/s(148
  km/h)"), not a length: the unit table reads "km/h", "㎞/h" and "m/s" before "km" and "m".
* The number of an electoral unit is part of its name ("District 4", "Ward 3", "Precinct 12"),
  as "Article 9" is.
"""

from __future__ import annotations

import pytest

from claims import extract_text
from claims.models import Approx
from reconcile.intervals import value_interval
from tests.claim_asserts import assert_claims, row
from tests.claim_factory import claim

ROWS = [
    # -aine words: about their value, with their span
    row("fr", "Une trentaine de familles ont été relogées mardi.",
        [{"surface": "Une trentaine", "value": 30, "approx": "about", "lower": 30, "upper": 39}],
        id="fr-une-trentaine-about"),
    row("fr", "Les taxis ont manifesté dans une cinquantaine de villes, selon la police.",
        [{"value": 50, "approx": "about", "counted_contains": "villes"}],
        id="fr-une-cinquantaine-de-villes"),
    row("fr", "Une quinzaine de pompiers restaient sur place lundi matin.",
        [{"value": 15, "approx": "about"}], id="fr-une-quinzaine"),
    row("fr", "Deux centaines de chauffeurs bloquaient le périphérique.",
        [{"value": 200, "approx": "about", "lower": 200, "upper": 299}],
        id="fr-deux-centaines"),
    # negative rows of the same shape: a bound before the word, a plural with no value
    row("fr", "Plus d'une vingtaine de blessés ont été pris en charge.",
        [{"value": 20, "approx": "more_than"}], id="fr-plus-d-une-vingtaine-stays-more-than"),
    row("fr", "Près d'une centaine de manifestants ont été interpellés.",
        [{"value": 100, "approx": "about", "lower": None, "upper": None}],
        id="fr-pres-d-une-centaine-stays-about"),
    row("fr", "Des dizaines de familles ont été relogées.", [], id="fr-des-dizaines-no-figure"),
    row("fr", "Le patient a été placé en quarantaine pendant dix jours.", [],
        id="fr-en-quarantaine-no-number"),
    # Korean vague amounts: no figure
    row("ko", "불은 창고를 태워 수천만 원의 재산피해를 냈다.", [],
        id="ko-sucheonman-won"),
    row("ko", "한 번에 수억 원을 가로채는 범행이 늘었다.", [], id="ko-sueok-won"),
    row("ko", "피해액은 수백억 원에 이를 것으로 보인다.", [], id="ko-subaekeok-won"),
    # negative rows: a figure with its scale stays, and so does a figure after a vague one
    row("ko", "불은 창고 두 동을 태워 3천500만 원의 재산피해를 냈다.",
        [{"value": 2}, {"value": 35_000_000, "unit": "KRW"}], id="ko-figure-amount-stays"),
    row("ko", "수천만 원에서 많게는 2억 원까지 가로챘다.",
        [{"value": 200_000_000, "unit": "KRW"}], id="ko-figure-beside-vague-stays"),
    # Korean speeds
    row("ko", "도심 평균속도는 12㎞/h 안팎에 그쳤다.",
        [{"value": 12, "unit": "kilometer/hour", "approx": "about"}], id="ko-km-per-hour"),
    row("ko", "태풍은 최대풍속 41 m/s(148 km/h)로 강도가 '강'으로 분류됐다.",
        [{"value": 41, "unit": "meter/second"}, {"value": 148, "unit": "kilometer/hour"}],
        id="ko-m-per-second-and-km-per-hour"),
    # negative rows: lengths stay lengths
    row("ko", "길이 3.5km 구간의 통행이 막혔다.", [{"value": 3.5, "unit": "kilometer"}],
        id="ko-km-stays"),
    row("ko", "정상은 해발 1,950m 높이다.", [{"value": 1950, "unit": "meter"}], id="ko-m-stays"),
    # electoral units named by a number
    row("en", "Incumbent Dana Pruitt held the District 7 seat with 58% of the vote.",
        [{"value": 58, "unit": "percent"}], id="en-district-seat"),
    row("en", "Turnout in Ward 2 was 27%, the lowest in the city.",
        [{"value": 27, "unit": "percent"}], id="en-ward"),
    row("en", "Precinct 14 reported 412 ballots by midnight.",
        [{"value": 412}], id="en-precinct"),
    # negative rows: a count after the word, not a name
    row("en", "In the district, 40 people were evacuated on Monday.",
        [{"value": 40}], id="en-district-comma-count-stays"),
    row("en", "The district reported 40 new cases on Monday.",
        [{"value": 40}], id="en-district-subject-count-stays"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_rough_words_amounts_and_unit_names(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)


def test_a_rough_word_with_a_value_is_read_as_its_span():
    """ "une vingtaine" is about 20, and compared as 20-29 (as when it was vague), never as a
    printed "about 20" (19-21), which "23 opérations" would miss."""
    rough = claim("c", "une vingtaine", 20, approx=Approx.about, lower=20, upper=29)
    got = value_interval(rough)
    assert (got.lo, got.hi) == (20, 29)
    assert rough.rough
    printed = claim("d", "environ 20", 20, approx=Approx.about)
    assert not printed.rough
    assert (value_interval(printed).lo, value_interval(printed).hi) == (19, 21)
