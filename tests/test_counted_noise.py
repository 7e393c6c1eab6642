"""Words that are never what a figure counts (claims.counted_noise): a dateline, a time adverb,
the cause a headline's verb kills with (a killing verb's figure counts deaths), one institution,
a participle after a copula, and the comma a phrase ended on. Each made figures meet on a
non-word ("late", "OTTAWA", "Crush") in real-style wire copy; our own sentences of each class,
in English and French, with what the figure must count instead (its tally's noun, what follows
it, or nothing: never the noise).
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim


def _claim(lang: str, text: str, surface: str) -> Claim:
    claims = extract_text(text, lang=lang, published=date(2026, 11, 30))
    return next(c for c in claims if c.surface == surface)


@pytest.mark.parametrize(("lang", "text", "surface", "counted"), [
    # a dateline opening the sentence
    ("en", "OTTAWA - The housing agency says the pace of starts fell nine per cent in October.",
     "nine per cent", ""),
    ("en", "LAGOS, Nov 30 - Flooding has forced 14,200 people from their homes, officials said.",
     "14,200", "people"),
    # a time adverb after the figure; the tally before it says what is counted
    ("en", "The agency had put the toll at 17 late on Saturday.", "17", "deaths"),
    ("en", "Officials put the death toll at 26 early on Monday.", "26", "deaths"),
    ("fr", "La préfecture avait fait état de 9 morts tard dimanche soir.", "9", "morts"),
    # the cause a headline's verb kills or injures with
    ("en", "Landslide at Andean mine kills at least 14", "at least 14", "deaths"),
    ("en", "Bus crash in the Alps kills 9 tourists", "9", "tourists"),
    ("en", "Floods in the south have killed 23, officials said.", "23", "deaths"),
    ("en", "Storm Elda leaves 40,000 homes without power", "40,000", "homes"),
    ("fr", "Un glissement de terrain fait 14 morts au Pérou", "14", "morts"),
    # one institution that gives or pays the figure
    ("en", "Mali's government has promised 5 million francs to each family.", "5 million francs",
     ""),
    ("en", "The regional government pledged $40 million for rebuilding.", "$40 million", ""),
    ("fr", "Le gouvernement sortant avait débloqué 6,5 millions pour les écoles.", "6,5 millions",
     ""),
    # a participle after a copula
    ("en", "Of the exports, 41,200 cars were shipped from Ulsan and 88,300 were assembled "
     "abroad.", "88,300", ""),
    # the comma a qualifier ended on
    ("en", "Of the 40 dead, 12 were under 18, the ministry said.", "12", "under 18"),
])
def test_noise_is_never_counted(lang: str, text: str, surface: str, counted: str) -> None:
    assert _claim(lang, text, surface).counted == counted


@pytest.mark.parametrize(("lang", "text", "surface", "counted"), [
    ("en", "GDP grew 0.4 percent in the third quarter.", "0.4 percent", "GDP"),
    ("en", "Officials reported 12 late payments in the quarter.", "12", "late payments"),
    ("en", "Twelve people were injured in the crash.", "Twelve", "people"),
    ("en", "A quake kills 12 people in the north.", "12", "people"),
    ("fr", "Les médecins étaient en grève jeudi à l'appel de cinq syndicats de praticiens.",
     "cinq", "syndicats de praticiens"),
])
def test_what_is_counted_is_kept(lang: str, text: str, surface: str, counted: str) -> None:
    """Capitals that are no dateline, "late" that qualifies a noun, unions that are counted."""
    assert _claim(lang, text, surface).counted == counted
