"""Which clause a day belongs to, in disaster and aid copy (French and English), read on real
news (typhoons in Japan and China, cyclones in Madagascar and Mozambique, aid flights):

* « depuis » before a place is no window: « Depuis Nouméa, l'Australie a envoyé mardi ... » is
  an event of that Tuesday, not a count running from it (a proper noun right after « depuis »,
  or a comma before the day, and it is no time); « depuis le début de la crue lundi » still is;
* a figure in a clause that « où » / "where" hangs on the clause of a day is of that day
  (« a touché terre jeudi dans le sud, où 14 personnes ont été tuées »), unless it states a
  standing fact in the present (« où vivent 3 millions d'habitants »);
* a day in a clause about a place named after the figure dates that place's event, not the
  figure (« 19 ont été recensés dans la province de Tete, où la tempête a touché terre
  dimanche »): the figure takes its whole's time, or none;
* "Of the 52 people killed, 33 ..." restates a toll the sentence before gave as known now
  ("has risen to 52, officials say"): its parts are of that time.

Our own sentences, other names and numbers."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

DEPUIS_A_PLACE = [
    case("Depuis Nouméa, l'Australie a envoyé mardi un avion militaire transportant 9 tonnes de "
         "vivres et 24 secouristes.", "2025-03-12",
         E("9 tonnes", "2025-03-11", "2025-03-11", "day"),
         E("24", "2025-03-11", "2025-03-11", "day"), id="depuis-une-ville-avec-article"),
    case("Depuis Kinshasa, le HCR a acheminé jeudi 160 tonnes de matériel vers le Kivu.",
         "2025-03-14",
         E("160 tonnes", "2025-03-13", "2025-03-13", "day"), id="depuis-une-capitale"),
    case("Depuis le port de Durban, les douanes ont saisi vendredi 2,4 tonnes de cocaïne.",
         "2025-03-15",
         E("2,4 tonnes", "2025-03-14", "2025-03-14", "day"), id="depuis-un-lieu-et-virgule"),
]

DEPUIS_A_TIME = [  # negative rows: a time or a dated fact after « depuis » is still a window
    case("Depuis le début de la crue lundi, 1 300 personnes ont été évacuées.", "2025-03-13",
         E("1 300", "2025-03-10", "2025-03-13", "to_date"), id="depuis-le-debut-lundi"),
    case("Depuis l'effondrement de l'immeuble survenu le 3 mars, 14 corps ont été retrouvés.",
         "2025-03-13",
         E("14", "2025-03-03", "2025-03-13", "to_date"), id="depuis-un-fait-date"),
    case("Trois randonneurs sont morts depuis l'ouverture de la saison, en juin.", "2025-09-01",
         E("Trois", "2025-06-01", "2025-09-01", "to_date"), id="depuis-mois-appose"),
]

WHERE_CLAUSE = [
    case("Le typhon a touché terre jeudi dans le sud de l'île, où 14 personnes ont été tuées, "
         "selon la protection civile.", "2025-08-30",
         E("14", None, "2025-08-30", "as_of"), id="ou-apres-un-jour"),
    case("La tempête a frappé lundi la province de Zambézie, où 3 200 maisons ont été détruites.",
         "2025-03-12",
         E("3 200", "2025-03-10", "2025-03-10", "day"), id="ou-maisons-detruites"),
    case("The cyclone made landfall on Sunday near Beira, where 11 people drowned, officials "
         "said.", "2025-03-11",
         E("11", "2025-03-09", "2025-03-09", "day"), id="where-after-a-day"),
]

PLACE_CLAUSE_AFTER = [
    case("Le bilan s'est alourdi à 52 morts, a annoncé mercredi la protection civile. Parmi les "
         "morts, 19 ont été recensés dans la province de Tete, où la tempête a touché terre "
         "dimanche.", "2025-03-12",
         E("19", None, "2025-03-12", "as_of"), id="parmi-les-morts-ou-dimanche"),
]


@pytest.mark.parametrize("c", DEPUIS_A_PLACE + DEPUIS_A_TIME + WHERE_CLAUSE[:2]
                         + PLACE_CLAUSE_AFTER)
def test_fr_clause_of_a_day(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", WHERE_CLAUSE[2:])
def test_en_clause_of_a_day(c: PeriodCase) -> None:
    check(c, "en")


def _period(text: str, surface: str, lang: str, published: str) -> tuple[str | None, ...]:
    from datetime import date

    claims = extract_text(text, lang=lang, published=date.fromisoformat(published))
    claim = next(c for c in claims if c.surface == surface)
    p = claim.period
    if p is None:
        return (None, None, "none")
    return (p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None,
            p.kind.value)


def test_fr_where_clause_of_a_standing_fact_is_not_the_day() -> None:
    """ « où vivent 12,5 millions d'habitants »: a population, not that day's count."""
    got = _period("Le typhon a touché terre jeudi sur l'île de Kyushu, où vivent 12,5 millions "
                  "d'habitants.", "12,5 millions", "fr", "2025-08-30")
    assert got[2] != "day"


def test_en_place_clause_after_a_figure_does_not_date_it() -> None:
    """ "33 ... died in the Tete province, where the storm made landfall on Sunday": the
    landfall's day is not the day of the deaths; they are the toll's, as of its time."""
    text = ("The number of people killed by the storm has risen to 52, officials say. The toll "
            "stood at 40 on Tuesday. Of the 52 people killed, 33 died in Tete province, where "
            "the storm made landfall on Sunday.")
    assert _period(text, "33", "en", "2025-03-13") == (None, "2025-03-13", "as_of")


def test_en_parts_of_a_toll_known_now_take_its_time() -> None:
    """ "Of the 52 people killed, 33 - or 63% -": the parts of a toll said as known now."""
    text = ("The number of people killed by the storm has risen to 52, officials say. Of the 52 "
            "people killed, 33 - or 63% - were in Tete province.")
    assert _period(text, "33", "en", "2025-03-13") == (None, "2025-03-13", "as_of")
    assert _period(text, "63%", "en", "2025-03-13") == (None, "2025-03-13", "as_of")
