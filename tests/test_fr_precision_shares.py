"""French figures that are not claims, found in bulletins (heat waves, road safety, strikes,
elections, epidemics), and the period of a share of a counted whole. Every sentence is our
own; each negative row names what must not come out and what must still be read."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_absent_and_kept
from tests.period_cases import Expect, PeriodCase, case, check

DAY = date(2025, 8, 22)
E = Expect


def row(text: str, absent: tuple[str, ...], kept: tuple[str, ...] = (), *, id: str) -> object:
    return pytest.param(text, absent, kept, id=id)


NOT_CLAIMS = [
    # A deadline or a delay after "sous" is a window's length, not a figure.
    row("Les certificats de décès sont transmis sous 48 heures à l'agence.", ("48",),
        id="sous-48-heures"),
    row("Les secours arrivent sous 15 minutes dans 82 % des cas.", ("15",), ("82 %",),
        id="sous-15-minutes-garde-le-pourcentage"),
    # A clock time after "qu'à" ("n'a commencé qu'à 20 heures").
    row("La veille, 94 % des trains avaient circulé, la grève n'ayant commencé qu'à 21 heures.",
        ("21",), ("94 %",), id="qu-a-21-heures"),
    # "la moitié nord", "la moitié sud du pays": a part of the map.
    row("Les maximales iront de 23 à 28 °C dans la moitié nord.", ("moitié",),
        id="la-moitie-nord"),
    row("La moitié sud du pays a reçu 35 millimètres de pluie.", ("moitié",),
        id="la-moitie-sud"),
    row("La moitié des 380 salariés sont en grève.", (), ("La moitié", "380"),
        id="la-moitie-des-salaries-reste"),
    # A service named with its department's number ("SAMU 31", "SDIS 13").
    row("« On a tenu », résume le directeur du SAMU 31.", ("31",), id="samu-31"),
    row("Les pompiers du SDIS 13 ont mené 240 interventions.", ("13",), ("240",),
        id="sdis-13-garde-le-compte"),
    # An age stated by "avaient"/"ont" with a bound ("avaient moins de 35 ans").
    row("Parmi les victimes, 21 avaient moins de 30 ans et 9 étaient des piétons.",
        ("30",), ("21", "9"), id="avaient-moins-de-30-ans"),
    row("Selon la Dares, 41 % des chômeurs de longue durée ont plus de 55 ans.", ("55",),
        ("41 %",), id="ont-plus-de-55-ans"),
    row("La victime avait moins de 25 ans.", ("25",), id="avait-moins-de-25-ans"),
    row("Le chantier a plus de 4 ans de retard.", (), ("plus de 4 ans",),
        id="ans-de-retard-reste"),
]


def _check(text: str, absent: tuple[str, ...], kept: tuple[str, ...]) -> None:
    surfaces = [c.surface for c in extract_text(text, lang="fr", published=DAY)]
    assert_absent_and_kept(surfaces, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), NOT_CLAIMS)
def test_not_claims_fr(text: str, absent: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _check(text, absent, kept)


# "87 % des décès", "58 % des cas": a share of a whole the body counted is a share over that
# count's period (the body's total, not a later breakdown or an aside about another time).
SHARES = [
    case("Épidémie : 1 240 cas depuis janvier\n\nL'agence a recensé 1 240 cas de rougeole entre "
         "janvier et juillet. La semaine dernière, 64 nouveaux cas ont été signalés. Selon "
         "l'agence, 61 % des cas concernent des enfants.", "2025-08-22",
         E("61 %", "2025-01-01", "2025-07-31", "interval", "carried"), id="des-cas-le-total"),
    case("L'agence a estimé à 1 310 le nombre de décès en excès entre le 4 et le 13 août. Le "
         "bilan reste loin des 19 000 morts de la canicule d'août 2003.\n\nLes plus de 75 ans "
         "représentent 84 % des décès en excès.", "2025-08-22",
         E("84 %", "2025-08-04", "2025-08-13", "interval", "carried"),
         id="des-deces-pas-l-aparte-de-2003"),
    case("Le taux de chômage atteint 7,4 %. Environ 38 % des chômeurs sont des femmes.",
         "2025-08-22", E("Environ 38 %", None, None, "none"), id="sans-total-date-rien"),
]


@pytest.mark.parametrize("c", SHARES)
def test_share_of_a_counted_whole(c: PeriodCase) -> None:
    check(c, "fr")
