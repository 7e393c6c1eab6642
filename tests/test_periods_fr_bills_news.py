"""A bill passed in a parliament is a vote: its tally is of the day it was passed, in French
(read on real news: a second reading at the Assemblée passed "mardi, avec 331 voix pour et 225
contre" with ten abstentions, a bill "adopté par l'Assemblée nationale en première lecture,
mardi, ... par 347 voix pour, 151 voix contre et 65 abstentions", a Senate vote "adopté jeudi
par 165 voix contre 159", a later article recalling "l'adoption du texte ... par N voix contre M
mardi"). Agency copy names the day once, with the verb "adopter" or the noun "adoption", then
gives the tally (for, against, abstentions, the share of the votes cast) with no time of its
own: each is of that day.

Not the vote's day: a poll published later, a bill still to be passed, a figure with its own
time, and a bill's content ("le texte prévoit 3 400 postes"), which is no result. Our own
sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

PASSED = [
    case("La proposition de loi a été adoptée jeudi 12 mars en deuxième lecture au Sénat, par "
         "204 voix contre 118, au terme de deux semaines de navette. Vingt-deux sénateurs se "
         "sont abstenus.", "2026-03-13",
         E("204", "2026-03-12", "2026-03-12", "day"),
         E("118", "2026-03-12", "2026-03-12", "day"),
         E("Vingt-deux", "2026-03-12", "2026-03-12", "day"), id="adoptee-jeudi-au-senat"),
    case("Le budget rectificatif a été adopté mardi par l'Assemblée nationale, avec 318 voix pour "
         "et 230 contre. Les voix favorables représentent 58 % des suffrages exprimés.",
         "2026-06-10",
         E("318", "2026-06-09", "2026-06-09", "day"),
         E("58 %", "2026-06-09", "2026-06-09", "day"), id="adopte-mardi-voix-pour"),
    case("Trois jours après l'adoption de la loi de programmation par les députés, par 287 voix "
         "contre 251 mardi, le gouvernement doit convaincre les sénateurs.", "2026-04-17",
         E("287", "2026-04-14", "2026-04-14", "day"),
         E("251", "2026-04-14", "2026-04-14", "day"), id="apres-l-adoption-mardi"),
]

# Lignes négatives : pas un résultat du vote, ou un vote qui n'a pas eu lieu.
NOT_THE_TALLY = [
    case("Le projet de loi a été adopté mardi par 296 voix contre 262. Selon un sondage Ifop, "
         "58 % des Français restent opposés au texte.", "2026-05-21",
         E("58 %", None, "2026-05-21", "as_of"), id="un-sondage"),
    case("Le projet de loi sera soumis au vote mardi 9 juin. Pour être adopté, il lui faudra "
         "289 voix.", "2026-05-21",
         E("289", None, "2026-05-21", "none"), id="un-seuil-avant-le-vote"),
    case("L'adoption définitive du texte est prévue mardi 9 juin. La majorité compte 289 voix.",
         "2026-05-21",  # not the vote's day; what the majority holds now, a standing state
         E("289", None, "2026-05-21", "as_of"), id="une-adoption-a-venir"),
]


@pytest.mark.parametrize("c", PASSED + NOT_THE_TALLY)
def test_fr_a_bill_passed_is_a_vote(c: PeriodCase) -> None:
    check(c, "fr")
