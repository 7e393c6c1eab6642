"""Who counted is not what is counted: a body's verb of counting ("Bison Futé recensait"), and
the body read as the figure's entity when it is also its source, do not set two outlets'
readings of that body's count apart when the other outlet names the same body as its source
(reconcile/evidence_slots.py, ``counting_verb`` and ``entity_is_its_source``).

The class, read in real copy: the peak of summer jams given as "Bison Futé recense 415 km"
(France Bleu), "relevé ... par Bison Futé" (AFP via La Gazette), "recensés ... par Bison
Futé" and "comptabilisés à 12h10" (HuffPost), "d'après le site internet de Bison Futé"
(Le Soir) and "D'après Bison Futé" (Tonic Radio); outages as "Enedis avait comptabilisé
19.000 foyers" beside "selon Enedis" (territoire-energie's roundup of France Bleu and Enedis
figures) and "selon un nouveau point de situation d'Enedis" (TF1 Info). The frame read the
verb as the event and the body as the entity on one side only, and the conflict stayed weak.
Negative rows: a side that names no source may be another body's figure; a participle after
the figure ("cas signalés", "reported cases") may name a kind of case, and stays an event.
Sentences of our own, other numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.evidence_slots import counting_verb
from tests.article_conflicts import claims_of, conflict_confidences

PUBLISHED = date(2026, 8, 2)


@pytest.mark.parametrize(("sure", "lang", "first", "second", "a", "b"), [
    # the body counts on one side, is named as the source on the other: a sure conflict
    (True, "fr",
     "Samedi à 17 h 20, Bison Futé recensait 912 km de bouchons sur les routes de France, "
     "un pic pour ce week-end de chassé-croisé.",
     "Chassé-croisé : samedi à 17 h 20, le pic a été atteint avec 921 km de bouchons sur "
     "les routes de France, selon Bison Futé.", "912 km", "921 km"),
    # the other side names no source: its figure may be another body's
    (False, "fr",
     "Samedi à 17 h 20, Bison Futé recensait 912 km de bouchons sur les routes de France, "
     "un pic pour ce week-end de chassé-croisé.",
     "Chassé-croisé : samedi à 17 h 20, le pic a été atteint avec 921 km de bouchons sur "
     "les routes de France.", "912 km", "921 km"),
])
def test_the_counting_body_named_on_one_side(
    sure: bool, lang: str, first: str, second: str, a: str, b: str
) -> None:
    claims = claims_of([(first, lang, "a.md"), (second, lang, "b.md")], PUBLISHED)
    found = conflict_confidences(claims, a, b)
    assert found
    assert (max(found) >= MIN_CONFIDENCE) is sure


@pytest.mark.parametrize(("expected", "lang", "text", "surface"), [
    (True, "fr", "À 17 h 20, Bison Futé recensait 912 km de bouchons sur les routes de France.",
     "912 km"),
    (True, "en", "On Monday the health ministry recorded 2,310 new cases of measles.", "2,310"),
    (False, "fr", "Samedi, 1 200 cas de dengue signalés à La Réunion, selon l'ARS.", "1 200"),
    (False, "en", "Officials said 2,310 reported cases of measles were under review.", "2,310"),
])
def test_a_verb_of_counting_before_the_figure(
    expected: bool, lang: str, text: str, surface: str
) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    (claim,) = [c for c in claims if c.surface == surface]
    assert counting_verb(claim) is expected
