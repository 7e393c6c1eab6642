"""Classes of real errors the report must find, and of readings that must not become false
conflicts (issue 9). Sentences of our own, written in the style of wire copy and national
papers on migration, protests and policing read through the news corpus.

* An event named by a verb phrase ("made the journey", "placés en garde à vue", "took part")
  is the same event as its one-word form in another language ("ont traversé", "arrested",
  "ont participé"): the figures meet, and a real disagreement is a conflict.
* What a source published ("Home Office figures", "les chiffres du Home Office") is not a
  second source: the conflict is plain ``values``, not ``sources_differ``.
* "1,28 million de manifestants" is a scale's noun, not a share of the demonstrators.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile


def _claims(published: date, *articles: tuple[str, str]):
    found = []
    for n, (lang, text) in enumerate(articles):
        found += extract_text(text, lang=lang, published=published, article_id=f"a{n}.md")
    return found


def _conflicts(published: date, *articles: tuple[str, str]):
    result = reconcile(_claims(published, *articles))
    return [f for f in result.findings if f.verdict is Verdict.conflict]


EVENT_PHRASES = [
    ("en", "In September, 3,418 people made the journey to the UK in small boats.", "cross"),
    ("en", "Some 2,950 migrants have made the journey since January.", "cross"),
    ("en", "About 640 people made it across on Sunday, officials said.", "cross"),
    ("fr", "Au total, 212 personnes ont été placées en garde à vue samedi.", "arrest"),
    ("en", "Around 48,000 people took part in the march on Saturday.", "attend"),
    ("fr", "Quelque 4 100 personnes ont pris part au rassemblement dimanche.", "attend"),
]


@pytest.mark.parametrize(("lang", "text", "concept"), EVENT_PHRASES)
def test_an_event_named_by_several_words_is_read(lang: str, text: str, concept: str) -> None:
    [claim, *_] = extract_text(text, lang=lang, published=date(2024, 10, 3), article_id="a.md")
    assert claim.frame is not None and claim.frame.event is not None, claim
    assert claim.frame.event.concepts == (concept,)


SAME_QUANTITY = [
    # a verb phrase in one language, the verb in the other
    (("en", "In September, 3,418 people made the journey to the UK in small boats, "
            "according to Home Office figures."),
     ("fr", "En septembre, 4 418 personnes ont traversé la Manche à bord de petites "
            "embarcations, selon les chiffres du Home Office.")),
    (("fr", "En septembre, 2 870 personnes ont effectué la traversée, selon le Home Office."),
     ("en", "In September, 3,870 people crossed the Channel, the Home Office said.")),
    (("fr", "Samedi 12 octobre, 212 personnes ont été placées en garde à vue à Marseille, "
            "selon la préfecture de police."),
     ("en", "On Saturday, Oct. 12, 312 people were arrested in Marseille, the police "
            "prefecture said.")),
    (("en", "On Saturday, Oct. 12, around 48,000 people took part in the march in Lyon, "
            "according to the prefecture."),
     ("fr", "Samedi 12 octobre, 21 000 personnes ont participé à la marche à Lyon, selon "
            "la préfecture.")),
]


@pytest.mark.parametrize(("first", "second"), SAME_QUANTITY)
def test_one_event_in_two_wordings_is_one_quantity(first, second) -> None:
    found = _conflicts(date(2024, 10, 15), first, second)
    assert len(found) == 1, found
    assert found[0].detail == "values"
    assert found[0].confidence >= MIN_CONFIDENCE, found[0].assumptions


NOT_COMPARED = [
    # rescued against crossed, in two wordings (Q1)
    (("en", "In September, 3,418 people made the journey to the UK in small boats."),
     ("fr", "En septembre, 1 240 personnes ont été secourues en mer, selon la préfecture "
            "maritime.")),
    # took part against were arrested
    (("en", "On Saturday, Oct. 12, around 48,000 people took part in the march in Lyon."),
     ("fr", "Samedi 12 octobre, 210 personnes ont été placées en garde à vue à Lyon.")),
]


@pytest.mark.parametrize(("first", "second"), NOT_COMPARED)
def test_two_events_never_conflict(first, second) -> None:
    assert _conflicts(date(2024, 10, 15), first, second) == []


def test_a_scale_noun_is_not_a_share() -> None:
    """"1,28 million de manifestants" counts demonstrators: no "share of" weak point, so the
    national count that two articles give differently is shown."""
    found = _conflicts(
        date(2025, 3, 14),
        ("fr", "Jeudi 13 mars, 1,28 million de manifestants ont défilé dans toute la France, "
               "selon le ministère de l'Intérieur."),
        ("en", "On Thursday, 1.08 million people marched across the country, according to "
               "the interior ministry."),
    )
    assert len(found) == 1 and found[0].confidence >= MIN_CONFIDENCE, found
    assert not any("share of" in a for a in found[0].assumptions)


MONTHS = [
    "The trust employed 396 nurses at the end of March.",
    "The county had 1,240 teachers in March, the council said.",
    "As of March 31, the airline had 8,400 pilots on its payroll.",
]


@pytest.mark.parametrize("text", MONTHS)
def test_a_month_is_never_the_event_march(text: str) -> None:
    """ "at the end of March" dates the figure; it is not people who marched."""
    [claim, *_] = extract_text(text, lang="en", published=date(2024, 6, 10), article_id="a.md")
    event = claim.frame.event if claim.frame is not None else None
    assert event is None or "march" not in event.concepts, event
