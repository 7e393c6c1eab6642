"""A figure told with a participle of counting and its agent: "les 2 400 manifestants comptés par
la préfecture de police". The participle was read as a word of what is counted ("manifestants
comptés")
and the agent was not read at all: the source became whoever the sentence quotes ("a déclaré
le porte-parole") or a word of the counted phrase ("the 2,400 marchers counted by police" gave
the source "marchers"). Two counts of one thing by one counter then looked like two things from two
sources (a count "selon la préfecture de police" against one "comptés par la préfecture de
police"). Real news of the class: "Of the 15 deaths recorded by the
Ministry of Health in the current outbreak", "Nine additional deaths were recorded by the
Ministry of Health on Sunday", "the 1.27 million people counted by the ministry on Feb. 27".
Only verbs of counting: the agent of "confirmed by laboratory tests" is a means, not who
counts. Sentences below are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

DAY = date(2026, 6, 7)

# (language, sentence, surface, counted, source: None for none)
CASES = [
    ("fr", "Les 2 400 manifestants comptés par la préfecture de police samedi ont défilé dans "
     "le calme, a déclaré un organisateur.", "2 400", "manifestants", "préfecture de police"),
    ("fr", "Les 640 cas recensés par l'agence régionale de santé depuis juillet sont guéris.",
     "640", "cas", "agence régionale de santé"),
    ("fr", "Quelque 3 100 grévistes dénombrés par la direction ont cessé le travail mardi.",
     "Quelque 3 100", "grévistes", "direction"),
    ("en", "The 2,400 marchers counted by police on Saturday stayed calm, an organiser said.",
     "2,400", "marchers", "police"),
    ("en", "Of the 27 deaths recorded by the health ministry this month, 11 were children.",
     "27", "deaths", "health ministry"),
    ("en", "Nine more cases were logged by the county health department on Monday.",
     "Nine", "more cases", "county health department"),
    ("en", "The 18,000 protesters tallied by the interior ministry marched to the square.",
     "18,000", "protesters", "interior ministry"),
    # negatives: no agent of counting; the source stays the one the sentence names
    ("en", "As of Monday, 41 cases had been confirmed by laboratory tests, the ministry said.",
     "41", "cases", "ministry"),
    ("fr", "Selon la préfecture, 2 400 manifestants ont défilé samedi.", "2 400", "manifestants",
     "préfecture"),
    ("fr", "Les 300 maisons détruites par la crue seront reconstruites.", "300",
     "maisons détruites", None),
    ("en", "The 120 homes destroyed by the fire will be rebuilt, the mayor said.", "120",
     "homes destroyed", "mayor"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "counted", "source"), CASES,
                         ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_who_counted_is_the_source(
    lang: str, text: str, surface: str, counted: str, source: str | None
) -> None:
    claims = extract_text(text, lang=lang, published=DAY)
    claim = next(c for c in claims if c.surface == surface)
    assert (claim.counted, claim.source) == (counted, source)
