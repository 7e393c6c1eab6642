"""Durations that place an event in time or measure a record's span are no claims (issue 11,
FIELD_NOTES Q10), while durations a sentence states stay claims.

Classes found in real news (wire quake and ferry copy, jobs and unemployment releases, local
election stories, regional strike copy), written here as sentences of our own:

* a duration tied to an event after it: "two days after the quake", "about 40 minutes after
  leaving port", "Twenty minutes later", "trois jours après le naufrage", "six mois plus tard";
* the span of a record: "the first new mayor in 12 years", "la première fois en 20 ans";
* a French deadline: "dans les deux mois", "sous 48 heures";
* a French time of day after "ne ... qu'à": "n'a commencé qu'à 20 heures".
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text

DAY = date(2025, 11, 21)


def row(lang: str, text: str, surfaces: list[str], *, id: str) -> object:
    return pytest.param(lang, text, surfaces, id=id)


NOT_CLAIMS = [
    # --- a duration tied to an event: a time anchor ---
    row(
        "en",
        "Crews were still digging through the debris two days after a landslide buried 41 homes.",
        ["two days", "two"],
        id="anchor-en-days-after",
    ),
    row(
        "en",
        "Hopes faded for 17 fishermen still missing four days after their trawler sank.",
        ["four days", "four"],
        id="anchor-en-missing-days-after",
    ),
    row(
        "en",
        "The bus left the road about 25 minutes after leaving the depot with 38 people aboard.",
        ["about 25 minutes", "25 minutes"],
        id="anchor-en-about-minutes-after",
    ),
    row(
        "en",
        '"We got out with nothing," she said. "Ten minutes later the bridge was gone."',
        ["Ten minutes"],
        id="anchor-en-minutes-later",
    ),
    row(
        "en",
        "Six weeks before the vote, 312 candidates had registered.",
        ["Six weeks"],
        id="anchor-en-weeks-before",
    ),
    row(
        "fr",
        "Trois jours après le naufrage, 23 personnes restent portées disparues.",
        ["Trois jours"],
        id="anchor-fr-jours-apres",
    ),
    row(
        "fr",
        "Les pompiers ont dégagé 14 survivants deux jours après le passage de la tornade.",
        ["deux jours"],
        id="anchor-fr-jours-apres-fin",
    ),
    row(
        "fr",
        "Six mois plus tard, 280 salariés avaient quitté le site.",
        ["Six mois"],
        id="anchor-fr-plus-tard",
    ),
    row(
        "fr",
        "L'incendie s'est déclaré deux heures avant la fermeture du magasin.",
        ["deux heures"],
        id="anchor-fr-heures-avant",
    ),
    # --- the span of a record ---
    row(
        "en",
        "Ortiz, who won 54% of the vote, will be the town's first new mayor in 16 years.",
        ["16 years"],
        id="record-en-first-in-years",
    ),
    row(
        "en",
        "It was the biggest monthly drop in three years, the agency said.",
        ["three years"],
        id="record-en-biggest-in-years",
    ),
    row(
        "fr",
        "C'est la première fois en 24 ans que la commune change de maire.",
        ["24 ans"],
        id="record-fr-premiere-fois-en",
    ),
    # --- a French deadline ---
    row(
        "fr",
        "La nouvelle maire a promis un audit des finances dans les trois mois.",
        ["trois mois"],
        id="deadline-fr-dans-les",
    ),
    row(
        "fr",
        "Les chiffres reposent sur les déclarations transmises sous 72 heures.",
        ["72 heures"],
        id="deadline-fr-sous",
    ),
    # --- a French time of day after "qu'à" ---
    row(
        "fr",
        "La veille, 91 % des bus avaient circulé, le mouvement n'ayant débuté qu'à 19 heures.",
        ["19 heures"],
        id="clock-fr-qu-a",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), NOT_CLAIMS)
def test_durations_that_are_no_claims(lang: str, text: str, surfaces: list[str]) -> None:
    got = {c.surface for c in extract_text(text, lang=lang, published=DAY)}
    assert not got & set(surfaces), got


STILL_CLAIMS = [
    # the other figures of the same sentences stay
    row(
        "en",
        "Crews were still digging through the debris two days after a landslide buried 41 homes.",
        ["41"],
        id="anchor-en-count-stays",
    ),
    row(
        "fr",
        "Trois jours après le naufrage, 23 personnes restent portées disparues.",
        ["23"],
        id="anchor-fr-count-stays",
    ),
    row(
        "fr",
        "La veille, 91 % des bus avaient circulé, le mouvement n'ayant débuté qu'à 19 heures.",
        ["91 %"],
        id="clock-fr-share-stays",
    ),
    # a time the sentence states, even with "after" next to it
    row(
        "en",
        "Buyers could download the file in five seconds after paying, the report said.",
        ["five seconds"],
        id="stated-en-in-seconds-after",
    ),
    row(
        "en",
        "Last week, 1,020 patients waited more than 12 hours in the emergency department.",
        ["1,020", "more than 12 hours"],
        id="stated-en-waited-hours",
    ),
    row(
        "fr",
        "Le délai moyen de traitement d'un dossier atteint 5,2 mois.",
        ["5,2 mois"],
        id="stated-fr-delai-moyen",
    ),
    row(
        "fr",
        "Les demandeurs attendent depuis 19 mois une réponse de l'administration.",
        ["19 mois"],
        id="stated-fr-attendent-depuis",
    ),
    # a record time is a figure, not a record's span
    row(
        "en",
        "The fastest crossing of the strait was completed in 11 hours.",
        ["11 hours"],
        id="record-time-en-stays",
    ),
    row(
        "fr",
        "Elle a battu le record en bouclant le parcours en 2 heures.",
        ["2 heures"],
        id="record-time-fr-stays",
    ),
    # small number words that count something stay
    row(
        "en",
        "Two days after the storm, another two bodies were found.",
        ["two"],
        id="count-en-another-two",
    ),
    row(
        "fr",
        "Deux jours après l'accident, deux adolescents étaient toujours hospitalisés.",
        ["deux"],
        id="count-fr-deux-adolescents",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), STILL_CLAIMS)
def test_figures_that_stay_claims(lang: str, text: str, surfaces: list[str]) -> None:
    got = [c.surface for c in extract_text(text, lang=lang, published=DAY)]
    for surface in surfaces:
        assert surface in got, got
