"""One toll told in two languages, in two spellings of its place.

- "across Tanzania" / "en Tanzanie": a place of the -ia family is spelt with another last vowel
  in each language, and two place slots that differ keep two figures apart for good
  (``reconcile.place_names``: "killed 61 people across Colombia" / "61 morts en Colombie").
  And a place read after the counted noun stayed in it: "61 people across Colombia" counted
  the place (``claims.frame_places.without_its_place``).
- Left out on purpose: reading "killed 47 people" as the dead ("47 morts") met one set's pairs
  but pulled place-named tolls into running-toll groups, which average linkage then split by
  place: four other development sets lost six expected readings for that one.
Negative rows: other places (Niger is not Nigeria, Austria is not Australia), other events (the
dead are not the injured). Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim
from reconcile.group import group_claims

PUBLISHED = date(2026, 9, 4)


def _claim(text: str, lang: str, surface: str, article: str) -> Claim:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id=article)
    return next(c for c in claims if c.surface == surface)


def _met(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    first, second = _claim(*a, "a.txt"), _claim(*b, "b.txt")
    groups = {m.claim_id: g.id for g in group_claims([first, second]) for m in g.members}
    return groups[first.id] == groups[second.id]


# two-figure groups: the first, fourth and fifth rows met before too (similarity alone was
# enough with nothing else in the bucket); they guard the rule's reach
MEET = [
    (("The 1990 flood killed 52 people in the valley.", "en", "52"),
     ("La crue de 1990 avait fait 52 morts dans la vallée.", "fr", "52")),
    (("Floods have killed 38 people in Mauritania since August, officials said.", "en", "38"),
     ("Les inondations ont fait 38 morts en Mauritanie depuis août, selon les autorités.", "fr",
      "38")),
    (("The storm has killed 61 people across Colombia since Sunday.", "en", "61"),
     ("La tempête a fait 61 morts en Colombie depuis dimanche.", "fr", "61")),
    (("Le séisme a tué 214 personnes dans la province.", "fr", "214"),
     ("Le séisme a fait 214 morts dans la province.", "fr", "214")),
    (("The landslide killed 19 people on Tuesday.", "en", "19"),
     ("The landslide left 19 dead on Tuesday.", "en", "19")),
]

APART = [
    (("Floods have killed 38 people in Niger since August.", "en", "38"),
     ("Les inondations ont fait 38 morts au Nigeria depuis août.", "fr", "38")),
    (("The storm has killed 61 people in Austria since Sunday.", "en", "61"),
     ("La tempête a fait 61 morts en Australie depuis dimanche.", "fr", "61")),
    (("The blast killed 12 people at the mine on Monday.", "en", "12"),
     ("L'explosion a fait 12 blessés à la mine lundi.", "fr", "12")),
    (("The storm has killed 61 people in Colombia since Sunday.", "en", "61"),
     ("La tempête a fait 61 morts au Venezuela depuis dimanche.", "fr", "61")),
]


@pytest.mark.parametrize(("a", "b"), MEET)
def test_one_toll_meets(a: tuple[str, str, str], b: tuple[str, str, str]) -> None:
    assert _met(a, b)


@pytest.mark.parametrize(("a", "b"), APART)
def test_other_places_or_events_stay_apart(
    a: tuple[str, str, str], b: tuple[str, str, str]
) -> None:
    assert not _met(a, b)


@pytest.mark.parametrize(("text", "surface", "counted"), [
    ("Floods have killed 57 people across Tanzania this month.", "57", "people"),
    ("About 2.3 million people across the region were told to stay indoors.", "About 2.3 million",
     "people"),
    # negative: a place phrase the place reader does not read stays in what is counted, and
    # keeps two figures of two areas apart ("Kent" / "across the south-east")
    ("On Tuesday, about 52,000 homes lost power across the south-east, the operator said.",
     "about 52,000", "homes lost power across the south-east"),
])
def test_a_place_ends_what_is_counted(text: str, surface: str, counted: str) -> None:
    assert _claim(text, "en", surface, "a.txt").counted == counted

