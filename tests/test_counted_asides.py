"""What a figure counts, across a parenthesis closed before it. The subject was read back to the
last mark before the figure, and an opening parenthesis is one: "Le Conseil d'orientation des
retraites (COR) estimait le déficit du système à 6,6 milliards" counted "COR" (a name, then
dropped: nothing counted), so the deficit never met the same deficit in the next story
(heldout8 fr01/fr02). After a name or a name's short form the name is who speaks, and what is
counted is the noun phrase after the aside; after a common noun the aside is read across.

Real news of the class: "Le Conseil d'orientation des retraites (COR) présente ses
projections", "Une note ... du Conseil d'orientation des retraites (COR) prévoit qu'elles vont
baisser de 18%", real_style fr04 "du Bureau international du travail (BIT) a augmenté de 0,2
point" (no noun after the aside: nothing counted, as before). Sentences below are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

DAY = date(2026, 11, 20)

# (language, sentence, surface, what is counted: "" for nothing)
ASIDES = [
    # a name's aside, then the verb and its object: the object is counted
    ("fr", "Le Conseil d'orientation des retraites (COR) estimait le déficit du système à 5,1 "
     "milliards d'euros en 2024.", "5,1 milliards", "déficit du système"),
    ("fr", "La Caisse nationale d'assurance maladie (Cnam) évalue le coût des arrêts de travail "
     "à 14 milliards d'euros.", "14 milliards", "coût des arrêts de travail"),
    ("fr", "L'Agence de l'environnement (Ademe) chiffre les émissions du secteur à 31 millions "
     "de tonnes.", "31 millions", "émissions du secteur"),
    ("en", "The International Monetary Fund (IMF) put the country's debt at $48 billion.",
     "$48 billion", "country's debt"),
    # a common noun's aside is read across
    ("fr", "Les recettes fiscales (hors cotisations) ont atteint 47 milliards d'euros.",
     "47 milliards", "recettes fiscales"),
    # negatives: no noun after a name's aside names nothing; a figure's gloss is no aside
    ("fr", "Le taux de chômage au sens du Bureau international du travail (BIT) a augmenté de "
     "0,3 point au deuxième trimestre.", "0,3 point", ""),
    ("en", "The suspects included 81 people in their twenties, one (0.8%) in their 40s and "
     "another three at 50 or over.", "three", ""),
]


@pytest.mark.parametrize(("lang", "text", "surface", "counted"), ASIDES,
                         ids=[f"{a[0]}-{a[2]}" for a in ASIDES])
def test_counted_across_an_aside(lang: str, text: str, surface: str, counted: str) -> None:
    claims = extract_text(text, lang=lang, published=DAY)
    claim = next(c for c in claims if c.surface.startswith(surface))
    assert claim.counted == counted, claim.counted
