"""A noun's measure is not a population: "L'immeuble de neuf étages ... comptait 48 logements"
gave the flats the storeys as their whole, so they never met the same flats elsewhere. A
population word with no determiner ("de", "of") right after a noun makes the figure that
noun's attribute ("un immeuble de onze étages", "une famille de cinq personnes", "a family of
four"); opening its clause, or after a figure noun ("un total de 527 victimes", "a total of 31
people"), it still names the population later figures are parts of.

Real news of the class (explosions and collapses, several outlets): "un immeuble de 11 étages
..., faisant un mort et trois blessés", "dans le bâtiment de quatre étages ... Douze personnes
ont été blessées", "un immeuble d'habitation de 4 étages ... plus de 200 pompiers". Sentences
below are our own.

And two words for one thing: "hurt" is "injured" ("Of the 34 people hurt" / "31 people were
injured"), one event concept.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.features import features
from reconcile.lexicon import Lexicon

DAY = date(2026, 3, 2)

# (language, sentence, surface of the figure read, its whole: a word it holds, or None)
MEASURES = [
    # a noun's measure: no whole from it
    ("fr", "L'immeuble de huit étages, bâti en 1972, abritait 36 logements, selon le bailleur.",
     "36", None),
    ("fr", "Une famille de cinq personnes a été relogée et 14 riverains ont été évacués.",
     "14", None),
    ("fr", "Un convoi de 40 camions a livré 620 tonnes de vivres, selon l'ONG.", "620", None),
    ("fr", "La commune de 12 300 habitants avait déjà connu une partielle, perdue pour 23 voix "
     "d'écart.", "23", None),
    ("en", "A family of four was rescued from the roof and 19 neighbours were evacuated.", "19",
     None),
    ("en", "A crowd of 6,000 gathered outside, and police made 14 arrests.", "14", None),
    # a population, as before: opening the clause, a figure noun's count, a determiner
    ("fr", "Sur les 178 suspects arrêtés, 74 étaient mineurs.", "74", "suspects"),
    ("fr", "Un total de 412 victimes ont porté plainte, et les mineurs représentaient 58,1 %.",
     "58,1 %", "victimes"),
    ("fr", "Parmi les 62 élus du groupe, 48 ont voté pour.", "48", "élus"),
    ("en", "Of the 396 staff, 282 were women.", "282", "staff"),
    ("en", "A total of 31 people were injured, and 12 were children.", "12", "people"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "whole"), MEASURES,
                         ids=[f"{m[0]}-{m[2]}" for m in MEASURES])
def test_a_nouns_measure_is_no_whole(lang: str, text: str, surface: str,
                                     whole: str | None) -> None:
    claims = extract_text(text, lang=lang, published=DAY)
    claim = next(c for c in claims if c.surface.startswith(surface))
    if whole is None:
        assert claim.whole is None, f"whole {claim.whole!r} from {claim.antecedent}"
    else:
        assert claim.whole is not None and whole in claim.whole.lower(), claim.whole


# (language, two sentences, the two surfaces): one event, said two ways
SAME_EVENT = [
    ("en", "A total of 28 people were injured in the crash. Of the 30 people hurt, five remain "
     "in hospital.", "28", "30"),
    ("en", "Eleven soldiers were wounded on Friday. The army said 11 troops were hurt.",
     "Eleven", "11"),
    ("fr", "Au total, 28 personnes ont été blessées. Sur les 30 victimes blessées, cinq restent "
     "hospitalisées.", "28", "30"),
]


@pytest.mark.parametrize(("lang", "text", "a", "b"), SAME_EVENT,
                         ids=[f"{s[0]}-{s[2]}" for s in SAME_EVENT])
def test_hurt_and_injured_are_one_event(lang: str, text: str, a: str, b: str) -> None:
    lexicon = Lexicon.default()
    claims = extract_text(text, lang=lang, published=DAY)
    first = next(c for c in claims if c.surface.startswith(a))
    second = next(c for c in claims if c.surface.startswith(b))
    ea, eb = features(first, lexicon).frame.event, features(second, lexicon).frame.event
    assert ea == eb == "injure", (ea, eb)


def test_hurt_is_not_dead() -> None:
    """Negative: the dead and the hurt stay two events."""
    lexicon = Lexicon.default()
    claims = extract_text("Four people died in the blast. Of the 30 people hurt, five remain "
                          "in hospital.", lang="en", published=DAY)
    dead = next(c for c in claims if c.surface == "Four")
    hurt = next(c for c in claims if c.surface == "30")
    assert features(dead, lexicon).frame.event != features(hurt, lexicon).frame.event
