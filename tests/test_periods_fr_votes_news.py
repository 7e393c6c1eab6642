"""The results of a vote are of the vote's day, in French (read on real news: Swiss federal and
cantonal votes, referendums in Gabon, Zimbabwe, Algeria, Côte d'Ivoire and Guinea, French
municipal elections). Agency copy names the day once, with the vote ("Les Jurassiens ont accepté
dimanche ...", "lors du référendum organisé samedi, selon les résultats publiés lundi"), then
gives the results with no time of their own: the share, the yes and no counts ("contre 29 930
non"), the turnout, the districts one by one, often as a list sharing the first one's verb
("Delémont l'a acceptée à 66,2 %, Porrentruy à 59,8 %"). Each is of the vote's day.

Not the vote's day: a poll, an earlier vote ("lors du précédent scrutin", a pluperfect), a legal
threshold ("alors que la loi en exigeait 12"), a figure with its own time ("en 2019"), a standing
fact in the present, and any figure when no sentence dated a vote. Our own sentences, other names
and numbers."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

RESULTS = [
    case("Les Neuchâtelois ont rejeté dimanche la nouvelle loi sur l'énergie, par 56,2 % des "
         "voix. La participation s'est élevée à 41,8 %. Au total, 38 410 votants ont glissé un "
         "non dans l'urne, contre 29 930 oui.", "2025-11-24",
         E("56,2 %", "2025-11-23", "2025-11-23", "day"),
         E("41,8 %", "2025-11-23", "2025-11-23", "day"),
         E("38 410", "2025-11-23", "2025-11-23", "day"),
         E("29 930", "2025-11-23", "2025-11-23", "day"), id="votation-cantonale"),
    case("Le maire sortant a été réélu dimanche au premier tour. Il a recueilli 58,4 % des "
         "suffrages exprimés, contre 27,1 % pour son principal adversaire, et la participation "
         "a atteint 52,6 %.", "2026-03-16",
         E("58,4 %", "2026-03-15", "2026-03-15", "day"),
         E("27,1 %", "2026-03-15", "2026-03-15", "day"),
         E("52,6 %", "2026-03-15", "2026-03-15", "day"), id="municipales-reelu"),
    case("La nouvelle Constitution a été adoptée à 87,3 % des voix lors du référendum organisé "
         "samedi, selon les résultats provisoires publiés lundi par la commission électorale. Le "
         "taux de participation s'est établi à 61,2 %.", "2025-09-23",
         E("87,3 %", "2025-09-20", "2025-09-20", "day"),
         E("61,2 %", "2025-09-20", "2025-09-20", "day"), id="referendum-organise-samedi"),
    case("Les Jurassiens ont accepté dimanche l'initiative « Pour des crèches abordables », par "
         "61,4 % des voix. Delémont l'a acceptée à 66,2 %, Porrentruy à 59,8 % et Saignelégier à "
         "52,3 %. Le district des Franches-Montagnes (48,9 %) l'a en revanche rejetée.",
         "2025-06-16",
         E("61,4 %", "2025-06-15", "2025-06-15", "day"),
         E("59,8 %", "2025-06-15", "2025-06-15", "day"),
         E("52,3 %", "2025-06-15", "2025-06-15", "day"),
         E("48,9 %", "2025-06-15", "2025-06-15", "day"), id="liste-des-districts"),
    case("Lors du référendum du 12 octobre, les électeurs ont approuvé la réforme du code "
         "électoral. Le oui a recueilli 71,5 % des suffrages exprimés et 1 310 000 électeurs "
         "ont voté.", "2025-10-15",
         E("71,5 %", "2025-10-12", "2025-10-12", "day"), id="referendum-du-12-octobre"),
    case("Les Fribourgeois ont accepté dimanche la réforme fiscale par 54,1 % des voix. En juin, "
         "le Grand Conseil n'avait que 31 voix contre le texte. À Bulle, le oui a atteint "
         "60,2 %.", "2025-12-01",
         E("60,2 %", "2025-11-30", "2025-11-30", "day", "carried"),
         id="resultat-apres-un-rappel-d-etat"),
]

# Lignes négatives : ce qui n'est pas un résultat du vote, ou qui a son propre temps.
NOT_RESULTS = [
    case("Les Neuchâtelois ont rejeté dimanche la loi sur l'énergie par 56,2 % des voix. En 2019, "
         "un texte semblable avait obtenu 44 % des voix.", "2025-11-24",
         E("44 %", "2019-01-01", "2019-12-31", "interval"), id="un-vote-de-2019"),
    case("Les Neuchâtelois ont rejeté dimanche la loi sur l'énergie par 56,2 % des voix. Le "
         "canton compte aujourd'hui 112 000 votants inscrits.", "2025-11-24",
         E("112 000", None, "2025-11-24", "as_of"), id="un-etat-aujourd-hui"),
]


@pytest.mark.parametrize("c", RESULTS + NOT_RESULTS)
def test_fr_vote_results_take_its_day(c: PeriodCase) -> None:
    check(c, "fr")


def _kind_and_start(text: str, surface: str, published: str) -> tuple[str, date | None]:
    claims = extract_text(text, lang="fr", published=date.fromisoformat(published))
    found = next((c for c in claims if c.surface == surface), None)
    if found is None:
        return ("none", None)  # "la loi en exigeait 12 pour un second vote": a requirement
    p = found.period
    return (p.kind.value, p.start) if p is not None else ("none", None)


VOTE = "Les Neuchâtelois ont rejeté dimanche la loi sur l'énergie par 56,2 % des voix. "
NOT_THE_DAY = [
    (VOTE + "Lors du précédent scrutin sur le sujet, la participation avait atteint 47,5 %.",
     "47,5 %"),
    (VOTE + "Un sondage publié la semaine dernière donnait le oui à 46 % des voix.", "46 %"),
    (VOTE + "Quinze communes ont dit non, alors que la loi en exigeait 12 pour un second vote.",
     "12"),
    ("La grève a été reconduite lundi dans les dépôts de bus. La participation atteignait 34 % "
     "des agents.", "34 %"),  # no vote named: nothing is a result
]


@pytest.mark.parametrize(("text", "surface"), NOT_THE_DAY,
                         ids=["precedent-scrutin", "sondage", "seuil-legal", "pas-de-vote"])
def test_fr_not_a_result_of_the_vote(text: str, surface: str) -> None:
    kind, start = _kind_and_start(text, surface, "2025-11-24")
    assert not (kind == "day" and start == date(2025, 11, 23))
