"""Three readings of French news periods, each checked on real copy (SNCF and RATP strike
counts, pension-reform marches, Spanish interior-ministry migration bulletins, school strikes
in regional dailies).

* A window that only scopes a record dates nothing: "tombé à son plus bas niveau depuis le
  début de la grève : 6,2 %", "en deçà des meilleurs scores enregistrés depuis le début du
  mouvement" (the figure is the day's, the window the record's).
* "Ces migrants ..." after a bulletin's running window closed by its as-of date ("8 350
  migrants sont arrivés ... depuis le début de l'année au 15 octobre") carries that window,
  not the as-of day alone; "un an plus tôt" after it is the same window a year back.
* A headline naming a strike, in the front matter only, makes the lead's one day the
  strike's, as the same headline printed as the first line does.

Negative rows keep today's reading: a since-window with no record, an as-of day with no
window, a headline naming no strike. Our own sentences, other names and numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claims import extract
from claims.load import load_articles
from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

CASES = [
    case("Mardi dernier, le taux de grévistes à la RATP était tombé à son plus bas niveau "
         "depuis le début du conflit : 7,4 %.", "2026-01-15",
         E("7,4 %", "2026-01-13", "2026-01-13", "day"), id="plus-bas-niveau-depuis"),
    case("Le ministère a recensé jeudi 21 % de grévistes. Les taux restaient sous les meilleurs "
         "scores enregistrés depuis le début du mouvement, avec 33 % chez les conducteurs.",
         "2026-01-15",
         E("33 %", "2026-01-15", "2026-01-15", "day"), id="meilleurs-scores-depuis"),
    case("Au total, 8 350 migrants sont arrivés aux Baléares depuis le début de l'année au 15 "
         "octobre, selon le ministère. Ces migrants ont traversé à bord de 412 embarcations, "
         "contre 366 un an plus tôt.", "2026-10-17",
         E("412", "2026-01-01", "2026-10-15", "to_date"),
         E("366", "2025-01-01", "2025-10-15", "interval"), id="ces-migrants-la-fenetre"),
]

# Lignes négatives : même forme, lecture d'aujourd'hui.
KEPT = [
    case("Depuis le début du mouvement, la SNCF a supprimé 1 240 trains.", "2026-01-15",
         E("1 240", None, "2026-01-15", "as_of"), id="depuis-sans-record"),
    case("Au 15 octobre, les centres hébergeaient 2 350 migrants, selon la préfecture. Ces "
         "migrants comptent 410 mineurs.", "2026-10-17",
         E("410", None, "2026-10-15", "as_of"), id="ces-migrants-un-jour"),
]


@pytest.mark.parametrize("c", CASES + KEPT)
def test_fr_record_scopes_and_bulletin_windows(c: PeriodCase) -> None:
    check(c, "fr")


def _front_matter_article(tmp_path: Path, title: str, body: str) -> list:
    path = tmp_path / "a.txt"
    path.write_text(f'---\ntitle: "{title}"\npublished: 2026-03-11\nlanguage: fr\n---\n{body}',
                    encoding="utf-8")
    (article,) = list(load_articles([str(path)]))
    return extract(article)


BODY = ("Mardi, 34 écoles de la ville sont restées sans enseignants. « Dans mon école, nous "
        "avons déjà 27 élèves par classe », dit une enseignante. Le cortège parti du château a "
        "rassemblé 3 200 personnes selon les syndicats.")


@pytest.mark.parametrize(("title", "day"), [
    ("Nantes : 34 écoles fermées par la grève des enseignants", date(2026, 3, 10)),
    ("Nantes : 34 écoles sans enseignants mardi", None),  # no strike named: no action day
], ids=["titre-greve", "titre-sans-greve"])
def test_fr_front_matter_headline_names_the_strike(tmp_path: Path, title: str,
                                                   day: date | None) -> None:
    claims = _front_matter_article(tmp_path, title, BODY)
    marchers = next(c for c in claims if c.surface.startswith("3 200"))
    got = marchers.period.start if marchers.period is not None else None
    assert got == day
