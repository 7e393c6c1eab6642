"""What disasters, strikes and farm crises count beside people meets across languages.

Wire copy of one oil spill, one bird-flu cull or one farmers' protest names its things in each
language's words: "fishermen" / "pêcheurs" / "어민", "oiled birds" / "oiseaux mazoutés",
"poultry culled" / "volailles abattues" / "닭과 오리", "tractors" / "tracteurs", "heavy fuel
oil" / "fioul lourd" / "벙커C유", "waste" / "déchets" / "쓰레기", and an amount "in dinars".
No concept held them, so one figure told in two languages never met. Each stays its own count:
birds never meet the poultry culled, fishermen never meet farmers, birds collected never
conflict with birds found dead. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.lexicon import Lexicon
from reconcile.models import Reconciliation
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 3, 12)


def _two_articles(la: str, a: str, lb: str, b: str) -> Reconciliation:
    """The report of two one-sentence articles, one in each language."""
    claims = [*extract_text(a, lang=la, published=PUBLISHED, article_id="a.md"),
              *extract_text(b, lang=lb, published=PUBLISHED, article_id="b.md")]
    return reconcile(claims)


@pytest.mark.parametrize(("word", "lang", "concept"), [
    ("fishermen", "en", "fisher"), ("pêcheurs", "fr", "fisher"), ("어민", "ko", "fisher"),
    ("farmers", "en", "farmer"), ("agriculteurs", "fr", "farmer"), ("농민", "ko", "farmer"),
    ("birds", "en", "bird"), ("oiseaux", "fr", "bird"),
    ("poultry", "en", "poultry"), ("volailles", "fr", "poultry"), ("오리", "ko", "poultry"),
    ("tractors", "en", "tractor"), ("tracteurs", "fr", "tractor"),
    ("lorries", "en", "truck"), ("camions", "fr", "truck"), ("화물차", "ko", "truck"),
    ("journalists", "en", "journalist"), ("journalistes", "fr", "journalist"),
    ("garbage", "en", "waste"), ("déchets", "fr", "waste"), ("쓰레기", "ko", "waste"),
    ("mazout", "fr", "fuel_oil"), ("fioul", "fr", "fuel_oil"),
    ("oiled", "en", "oiled"), ("mazoutés", "fr", "oiled"),
])
def test_words_of_news_roles_share_a_concept(word: str, lang: str, concept: str) -> None:
    assert Lexicon.shipped().concept(word, lang) == concept


@pytest.mark.parametrize(("word", "lang"), [
    ("trained", "en"),  # a verb's lemma ("train") is no vehicle
    ("refuse", "en"),   # a verb as often as waste
])
def test_verbs_are_no_things_counted(word: str, lang: str) -> None:
    assert Lexicon.shipped().concept(word, lang) not in ("train", "waste")


@pytest.mark.parametrize(("la", "a", "lb", "b"), [
    ("en", "About 2,600 fishermen have been kept ashore since Sunday, the fishing union said.",
     "fr", "Quelque 2 600 pêcheurs sont privés de sortie depuis dimanche, selon le syndicat "
           "de la pêche."),
    ("en", "An estimated 380 tonnes of heavy fuel oil leaked from the ship, the ministry said.",
     "fr", "Quelque 380 tonnes de fioul lourd ont fui du navire, selon le ministère."),
    ("en", "Volunteers had collected 2,130 oiled birds by Friday, the ministry said.",
     "fr", "Vendredi, les bénévoles avaient recueilli 2 130 oiseaux mazoutés, selon le "
           "ministère."),
    ("en", "The prefecture counted 180 tractors in the city centre on Tuesday.",
     "fr", "La préfecture a compté 180 tracteurs dans le centre-ville mardi."),
    ("en", "The government released 73 million dinars of emergency aid on Monday.",
     "fr", "Le gouvernement a débloqué lundi 73 millions de dinars d'aide d'urgence."),
])
def test_one_figure_in_two_languages_meets_as_one(la: str, a: str, lb: str, b: str) -> None:
    groups = _two_articles(la, a, lb, b).groups
    assert any(len({i.split("#")[0] for i in g.claim_ids}) == 2 for g in groups), groups


@pytest.mark.parametrize(("la", "a", "lb", "b"), [
    # birds of an oil spill are not the poultry of a cull
    ("en", "Volunteers had collected 940 oiled birds by Monday.",
     "fr", "Quelque 12 000 volailles ont été abattues lundi."),
    # fishermen kept ashore are not farmers who marched
    ("en", "About 2,600 fishermen were kept ashore on Tuesday.",
     "fr", "Quelque 400 agriculteurs ont manifesté mardi."),
    # birds collected never conflict with the birds found dead
    ("en", "Volunteers had collected 940 oiled birds by Monday evening.",
     "fr", "Lundi soir, 310 oiseaux avaient été retrouvés morts."),
])
def test_different_things_counted_never_conflict(la: str, a: str, lb: str, b: str) -> None:
    report = _two_articles(la, a, lb, b)
    assert not [f for f in report.findings if f.verdict in ("conflict", "minor_discrepancy")]
    assert not any(len({i.split("#")[0] for i in g.claim_ids}) == 2 for g in report.groups)
