"""A place named in two languages is one place, and two places named together are one place of
both (claims/data/concepts.toml, ``place_*``; claims/frame_places.py, ``_second_place_end``;
reconcile/features.py, ``TextReader._place``; issue 9).

The classes, read in real coverage of one earthquake in English and French wire and
broadcaster copy (four English outlets, three French), and of a fire in English and French:
- a country's English, French and Korean names differ ("Turkey" / "Turquie", "Syria" /
  "Syrie", "Bulgaria" / "Bulgarie"): read as words, the two place slots contradicted and the
  toll of one country never met across languages;
- a toll "in Turkey and Syria" / "en Turquie et en Syrie" is both countries', not the first's:
  read as "Turquie", the two countries' toll met one country's and made false conflicts (3 000
  dead in both against 912 in one; 9 000 injured against 5 400).
Negative rows: two different countries never meet; a capitalised word after "et" that is no
place the table knows ("et Ankara a décrété") stays out of the place; a place alone is as
before. Our own sentences, other figures and places than the real copy.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from tests.grouping_cases import meet

PUBLISHED = date(2026, 3, 9)


def _place(text: str, lang: str, surface: str) -> str | None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, [c.surface for c in claims]
    return found[0].place


ONE_COUNTRY = [
    (("en", "The floods killed 212 people in Bulgaria, officials said.", "212"),
     ("fr", "Les inondations ont fait 212 morts en Bulgarie, selon les autorités.", "212")),
    (("en", "At least 4,310 people were injured in Turkey, the disaster agency said.",
      "At least 4,310"),
     ("fr", "Au moins 4 310 personnes ont été blessées en Turquie, selon l'agence.",
      "Au moins 4 310")),
    (("en", "Rescuers have pulled 86 survivors from the rubble in Syria.", "86"),
     ("fr", "Les secouristes ont sorti 86 survivants des décombres en Syrie.", "86")),
]


@pytest.mark.parametrize(("first", "second"), ONE_COUNTRY)
def test_a_country_named_in_two_languages_is_one_place(first, second) -> None:
    assert meet(first, second, PUBLISHED)


TWO_COUNTRIES = [
    (("en", "The floods killed 212 people in Bulgaria, officials said.", "212"),
     ("fr", "Les inondations ont fait 212 morts en Roumanie, selon les autorités.", "212")),
    (("en", "At least 4,310 people were injured in Turkey, the disaster agency said.",
      "At least 4,310"),
     ("fr", "Au moins 4 310 personnes ont été blessées en Syrie, selon l'agence.",
      "Au moins 4 310")),
    # both countries' toll is neither's alone
    (("en", "The quake killed more than 2,600 people in Turkey and Syria.", "more than 2,600"),
     ("fr", "Le séisme a fait 2 600 morts en Turquie, selon l'agence.", "2 600")),
]


@pytest.mark.parametrize(("first", "second"), TWO_COUNTRIES)
def test_two_places_never_meet(first, second) -> None:
    assert not meet(first, second, PUBLISHED)


PLACES = [
    ("en", "The quake killed more than 2,600 people in Turkey and Syria.", "more than 2,600",
     "Turkey and Syria"),
    ("fr", "Le bilan du séisme en Turquie et en Syrie dépasse les 2 600 morts.",
     "dépasse les 2 600", "Turquie et en Syrie"),
    ("en", "Floods killed 40 people in Kerala and in Tamil Nadu on Monday.", "40",
     "Kerala and in Tamil Nadu"),
    # kept as before: a clause's subject after "et", a place alone
    ("fr", "Il y a eu 12 morts en Turquie et Ankara a décrété un deuil national.", "12",
     "Turquie"),
    ("en", "Police arrested 12 people in Paris on Saturday.", "12", "Paris"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "place"), PLACES)
def test_places_named_together_are_one_place(lang: str, text: str, surface: str,
                                             place: str) -> None:
    assert _place(text, lang, surface) == place
