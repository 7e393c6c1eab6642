"""French figures that are not claims, by class, as read in faits divers, weather bulletins,
economy and sport copy: times of day, ages, street numbers and departments, road and channel
names, scores. Every sentence is our own (other names, numbers and places). Each row names
the numbers that must not come out as claims and the claims that must still be read, so a
rule that swallows real counts fails here too."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_absent_and_kept

DAY = date(2025, 3, 14)


def row(text: str, absent: tuple[str, ...], kept: tuple[str, ...] = (), *, id: str) -> object:
    return pytest.param(text, absent, kept, id=id)


# Heures du jour écrites avec « heures » (« 16h », « 6h30 » sont déjà des heures).
CLOCK = [
    row("L'incendie s'est déclaré vers 17 heures dans un entrepôt.", ("17",), id="vers"),
    row("Le couvre-feu s'applique jusqu'à 20 heures.", ("20",), id="jusqu-a"),
    row(
        "La manifestation a débuté à 14 heures et réuni 3 200 personnes.",
        ("14",),
        ("3 200",),
        id="a-avec-un-compte",
    ),
    row("Vers 2 heures du matin, la police a été appelée.", ("2",), id="du-matin"),
    row("Les secours sont arrivés peu après 23 heures.", ("23",), id="peu-apres"),
    row(
        "Le bulletin de 16 heures place 14 départements en vigilance orange.",
        ("16",),
        ("14",),
        id="bulletin-de",
    ),
    row("Le marché rouvrira dès 8 heures samedi.", ("8",), id="des"),
    row("Le vote se tenait de 8 heures à 19 heures.", ("19",), id="fin-de-plage"),
    row("La réunion commence à vingt et une heures.", ("vingt et une",), id="en-lettres"),
]

# Et ce qui reste une durée : la règle ne doit pas les prendre pour des heures.
DURATIONS_KEPT = [
    row("Le travail est limité à 10 heures par jour.", (), ("10 heures",), id="par-jour"),
    row("Le village se trouve à 3 heures de route de Lyon.", (), ("3 heures",), id="de-route"),
    row("La garde à vue peut durer jusqu'à 96 heures.", (), ("jusqu'à 96 heures",), id="96-h"),
    row("La garde à vue peut durer jusqu'à 12 heures.", (), ("jusqu'à 12 heures",), id="durer"),
    row(
        "La traversée dure entre 10 et 14 heures.",
        (),
        ("entre 10 et 14 heures",),
        id="fourchette",
    ),
    row("Les grévistes ont tenu 18 heures.", (), ("18 heures",), id="sans-repere"),
    row("Les pompiers ont été mobilisés à 12 heures de garde.", (), (), id="garde"),
]

# Âges d'une personne ou d'une tranche d'âge.
AGES = [
    row("La victime, 47 ans, habitait le quartier.", ("47",), id="apposition"),
    row("Claude Martin (52 ans) a été placé en garde à vue.", ("52",), id="parentheses"),
    row("Le motard de 27 ans est mort sur le coup.", ("27",), id="motard-de"),
    row("Une passagère de 40 ans a été désincarcérée.", ("40",), id="passagere-de"),
    row("Le suspect, un trentenaire de 31 ans, a été déféré.", ("31",), id="trentenaire-de"),
    row("Son grand-père avait 86 ans.", ("86",), id="avait"),
    row("Quand elle avait cinq ans, elle a quitté le pays.", ("cinq",), id="avait-virgule"),
    row(
        "Les femmes de 50 à 74 ans sont invitées au dépistage.",
        ("50", "74"),
        id="tranche-apres-un-nom",
    ),
    row(
        "Parmi eux, 9 mineurs, dont trois adolescents de 14 ans.",
        ("14",),
        ("9",),
        id="adolescents-de-avec-un-compte",
    ),
    row(
        "Le projet a deux ans de retard et coûte 40 millions d'euros.",
        (),
        ("40 millions d'euros",),
        id="a-deux-ans-de-retard-reste",
    ),
]

# Seuils d'âge après des personnes, durées de ce qui va durer, « il y a plus de dix ans ».
THRESHOLDS = [
    row("Les agents de plus de 60 ans pourront partir en préretraite.", ("60",), id="agents"),
    row(
        "Environ un cas sur dix concerne un adulte de plus de 65 ans.",
        ("65",),
        ("Environ un cas sur dix",),
        id="adulte-de-plus-de",
    ),
    row(
        "Les habitants de plus de 75 ans représentent 12 % de la population.",
        ("75",),
        ("12 %",),
        id="habitants-de-plus-de",
    ),
    row("Le recrutement de plus de 300 agents est prévu.", (), ("plus de 300",), id="compte"),
    row("Le chantier durera 18 mois.", ("18",), id="durera"),
    row("Les travaux dureront encore trois semaines.", ("trois",), id="dureront-encore"),
    row("La consultation doit durer quatre mois.", ("quatre",), id="doit-durer"),
    row("La traversée dure entre 10 et 14 heures.", (), ("entre 10 et 14 heures",), id="dure"),
    row("Les adultes vaccinés il y a plus de dix ans sont moins protégés.", ("dix",), id="il-y-a"),
    row("La partielle a été annulée en vertu de l'article L. 270 du code.", ("270",), id="art-l"),
]

# Numéros qui nomment un lieu, une route, une chaîne ; scores.
NAMES = [
    row("Le drame s'est produit au 12 rue des Lilas.", ("12",), id="rue"),
    row("Les secours ont été appelés au 4 bis avenue Foch.", ("4",), id="avenue-bis"),
    row("Les émeutes ont touché plusieurs communes dans le 93.", ("93",), id="dans-le-93"),
    row(
        "Dans le 93, 1 200 voitures ont été incendiées.",
        (),
        ("1 200",),
        id="dans-le-93-avec-un-compte",
    ),
    row("Sur la départementale 613, la circulation a été coupée.", ("613",), id="departementale"),
    row("Un camion s'est renversé sur la nationale 7.", ("7",), id="nationale"),
    row("La ligne 13 a transporté 600 000 voyageurs.", ("13",), ("600 000",), id="ligne"),
    row("Le ministre a été interrogé sur France 2 mardi soir.", ("2",), id="france-2"),
    row("Le PSG a battu Monaco 2 à 0 samedi.", ("2", "0"), id="score-a"),
    row("Lens s'est incliné 3 à 1 face à Lille.", ("3", "1"), id="score-incline"),
    row(
        "Le chômage est passé de 9 à 7 %.",
        (),
        ("9", "7 %"),
        id="changement-reste",
    ),
    row("Entre 12 à 14 défaillances sont recensées par jour.", (), (), id="fourchette-monte"),
    row("Douze rues ont été fermées à la circulation.", (), ("Douze",), id="rues-comptees"),
    row("Le gouvernement a de nouveau dégainé le 49.3 mardi.", ("49.3",), id="le-49-3"),
    row("Elle a eu recours au 49.3 pour la douzième fois.", ("49.3",), id="au-49-3"),
    row("Le déficit atteint 1.5 million d'euros.", (), ("1.5 million d'euros",), id="echelle"),
    row("Les secours ont été alertés via le 112 vers minuit.", ("112",), id="via-le-112"),
    row("Les victimes peuvent contacter le 3919 jour et nuit.", ("3919",), id="contacter-le"),
    row("Le niveau 3 du plan grand froid a été activé.", ("3",), id="niveau-3"),
    row("La phase 2 du chantier mobilisera 140 ouvriers.", ("2",), ("140",), id="phase-2"),
]


def _check(text: str, absent: tuple[str, ...], kept: tuple[str, ...]) -> None:
    surfaces = [c.surface for c in extract_text(text, lang="fr", published=DAY)]
    assert_absent_and_kept(surfaces, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), CLOCK + DURATIONS_KEPT)
def test_times_of_day_are_not_figures(text: str, absent: tuple[str, ...], kept: tuple[str, ...]):
    _check(text, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), AGES + THRESHOLDS)
def test_ages_are_not_figures(text: str, absent: tuple[str, ...], kept: tuple[str, ...]):
    _check(text, absent, kept)


@pytest.mark.parametrize(("text", "absent", "kept"), NAMES)
def test_names_places_and_scores_are_not_figures(
    text: str, absent: tuple[str, ...], kept: tuple[str, ...]
):
    _check(text, absent, kept)
