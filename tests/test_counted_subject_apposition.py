"""What a figure counts when its clause opens with the verb: the subject stands before a phrase
set off by commas ("Exports of chips, the country's biggest export item, soared 21.4 percent
to $15.2 billion"), an apposition or a relative clause, as wire copy on trade, prices and jobs
writes it; and a figure set off by commas after its noun ("The deficit, at £19.2bn, was ...").
Never the verb itself (FIELD_NOTES Q4). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

PUBLISHED = date(2026, 4, 14)

APPOSITION = [
    ("en", "Exports of ships, the country's third-largest export item, soared 34.2 percent "
           "on-year to $3.9 billion in March.", "$3.9 billion", "Exports of ships"),
    ("en", "Shipments of steel, hit by cheaper imports, fell 6.3 percent to $2.7 billion.",
     "$2.7 billion", "Shipments of steel"),
    ("en", "Imports of natural gas, which rose in price over the winter, jumped 18 percent "
           "to $4.4 billion.", "$4.4 billion", "Imports of natural gas"),
    ("en", "Retail sales, a key gauge of consumer demand, climbed 2.1 percent to 48.6 "
           "trillion won.", "48.6 trillion won", "Retail sales"),
    ("fr", "Les exportations de vins, premier poste excédentaire du pays, ont bondi de 12 % à "
           "1,7 milliard d'euros en mars.", "1,7 milliard d'euros", "exportations de vins"),
    ("fr", "Le déficit commercial, qui s'était creusé en février, a reculé à 5,2 milliards "
           "d'euros en mars.", "5,2 milliards d'euros", "déficit commercial"),
]


def _counted(lang: str, sentence: str, surface: str) -> str:
    claims = extract_text(sentence, lang=lang, published=PUBLISHED, article_id="a.md")
    (claim,) = [c for c in claims if c.surface == surface]
    return claim.counted or ""


@pytest.mark.parametrize(("lang", "sentence", "surface", "counted"), APPOSITION)
def test_the_subject_before_an_apposition_is_counted(
    lang: str, sentence: str, surface: str, counted: str
) -> None:
    assert _counted(lang, sentence, surface) == counted


VALUE_SET_OFF = [
    # a figure set off by commas right after a noun, with no verb, is that noun's value
    ("en", "The deficit, at £19.2bn, was the highest for any March on record.", "£19.2bn",
     "deficit"),
    ("fr", "Le déficit de mars, de 4,8 milliards d'euros, reste inférieur à celui de mars "
           "2025.", "4,8 milliards d'euros", "déficit de mars"),
    # a figure set off after a change verb's clause is where the change took its subject
    ("en", "Imports fell 2.3% on the month, to €51.7bn, the statistics office said.", "€51.7bn",
     "Imports"),
    ("fr", "Les importations ont reculé de 2,3 % sur un mois, à 51,7 milliards d'euros, selon "
           "les Douanes.", "51,7 milliards d'euros", "importations"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "counted"), VALUE_SET_OFF)
def test_a_value_set_off_after_its_noun_counts_the_noun(
    lang: str, sentence: str, surface: str, counted: str
) -> None:
    assert _counted(lang, sentence, surface) == counted


KEPT = [
    # a clause that opens with its subject keeps it: the phrase before the comma is an
    # adverbial, a source or a date, never the subject
    ("en", "According to the ministry, exports rose 7.2 percent to $61.3 billion in March.",
     "$61.3 billion", "exports"),
    ("en", "In March, imports fell 3.4 percent to $52.8 billion, the ministry said.",
     "$52.8 billion", "imports"),
    ("fr", "Selon les douanes, les importations ont reculé de 2 % à 58,1 milliards d'euros en "
           "mars.", "58,1 milliards d'euros", "importations"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "counted"), KEPT)
def test_a_clause_with_its_own_subject_keeps_it(
    lang: str, sentence: str, surface: str, counted: str
) -> None:
    assert _counted(lang, sentence, surface) == counted


def test_a_subject_cut_short_is_not_read() -> None:
    """ "exports to Japan" read as "exports" would be every export: nothing is better."""
    sentence = ("By destination, exports to Japan, the third-largest market, rose 4 percent to "
                "$2.9 billion.")
    assert _counted("en", sentence, "$2.9 billion") != "exports"


def test_a_pronoun_and_its_verb_are_no_subject() -> None:
    """ "It had reached 12,113": what "it" is lies in the sentence before, never the verb."""
    claims = extract_text("The provisional count stood at 12,480 on May 3.\n\nIt had reached "
                          "12,113 a week later, officials said.", lang="en", published=PUBLISHED,
                          article_id="a.md")
    (claim,) = [c for c in claims if c.surface == "12,113"]
    assert claim.counted != "reached"


def test_a_comparison_after_a_comma_takes_no_earlier_phrase() -> None:
    sentence = ("According to police, 412 cases of online fraud were reported in the first "
                "half of 2026, compared with 530 in all of 2025.")
    assert "police" not in _counted("en", sentence, "530").casefold()


CHANGE_AFTER_AN_ASIDE = [
    # a share of change whose verb comes right after an aside set off by commas: the subject
    # stands before the aside, never the time adverb after the figure ("on-year")
    ("en", "Core inflation, which strips out fresh food and fuel, rose 1.8 percent on-year.",
     "1.8 percent", "Core inflation"),
    ("en", "Exports of ships, the country's third-largest export item, soared 34.2 percent "
           "on-year.", "34.2 percent", "Exports of ships"),
    ("en", "Retail sales, a key gauge of household demand, climbed 0.7 percent on-month.",
     "0.7 percent", "Retail sales"),
    ("en", "Producer prices, which track what factories charge, fell 0.3 percent "
           "year-on-year in May.", "0.3 percent", "Producer prices"),
    # negative rows of the same shape: a clause that opens with its subject, or a verb that
    # has its subject before the comma, reads as before
    ("en", "In Busan, house prices rose 2.4 percent on-year.", "2.4 percent", "house prices"),
    ("en", "Rents rose, driven by student demand, 4.1 percent on-year.", "4.1 percent", "Rents"),
    ("en", "Core inflation rose 1.8 percent on-year.", "1.8 percent", "Core inflation"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "counted"), CHANGE_AFTER_AN_ASIDE)
def test_a_change_after_an_aside_counts_the_subject_before_it(
    lang: str, sentence: str, surface: str, counted: str
) -> None:
    assert _counted(lang, sentence, surface) == counted
