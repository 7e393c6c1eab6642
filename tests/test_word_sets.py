"""The table's word lists read one word at a time are lower-case sets built once per language
(claims.lang.word_sets): each equals the set its readers built from the list at every call."""

from __future__ import annotations

import pytest

from claims.counted_noise import _cause_before
from claims.figure_model import Figure
from claims.lang import load_table

LISTS = {
    "clause_links_set": ("context", "clause_links"),
    "shared_links_set": ("periods", "shared_links"),
    "place_links_set": ("periods", "place_links"),
    "passive_auxiliaries_set": ("periods", "passive_auxiliaries"),
    "time_adverbs_set": ("context", "time_adverbs"),
    "institution_nouns_set": ("context", "institution_nouns"),
    "entity_heads_set": ("context", "entity_heads"),
    "owner_links_set": ("context", "owner_links"),
    "segment_nouns_set": ("context", "segment_nouns"),
    "doer_auxiliaries_set": ("context", "doer_auxiliaries"),
    "doer_not_verbs_set": ("context", "doer_not_verbs"),
    "doer_pronouns_set": ("context", "doer_pronouns"),
    "figure_nouns_set": ("context", "figure_nouns"),
    "join_with_opener_set": ("ranges", "join_with_opener"),
}


@pytest.mark.parametrize("lang", ["en", "fr", "ko"])
@pytest.mark.parametrize("name", sorted(LISTS))
def test_each_set_is_its_list_lowered(lang: str, name: str) -> None:
    table = load_table(lang).extraction
    section, field = LISTS[name]
    words = getattr(getattr(table, section), field)
    assert getattr(table, name) == {w.lower() for w in words}
    assert getattr(table, name) is getattr(table, name)  # built once


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_cause_verbs_read_back_in_the_table_order(lang: str) -> None:
    table = load_table(lang).extraction
    expected = [
        (list(reversed(phrase.lower().split())), counts)
        for phrase, counts in table.context.cause_verbs.items()
    ]
    assert list(table.cause_verbs_back) == expected
    assert any(len(words) > 1 for words, _ in expected)  # phrases of several words, last first


@pytest.mark.parametrize(
    ("lang", "text", "counted"),
    [
        ("en", "The storm kills 14 in the north.", "deaths"),
        ("en", "A landslide claimed the lives of 9 villagers.", "deaths"),
        ("en", "The blast injured 31 workers.", "injured"),
        ("fr", "L'incendie a tué 6 personnes.", "morts"),
        ("fr", "La tempête coûte la vie à 4 marins.", "morts"),
        ("fr", "Le séisme a blessé 120 habitants.", "blessés"),
    ],
)
def test_a_cause_verb_before_a_figure_still_names_what_it_counts(
    lang: str, text: str, counted: str
) -> None:
    table = load_table(lang).extraction
    start = next(i for i, c in enumerate(text) if c.isdigit())
    end = start + len(text[start:].split()[0])
    figure = Figure(start, end, float(text[start:end]), None, None, 0, "int")
    assert _cause_before(figure, text, table) == counted


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The storm hit 14 towns in the north."),
        ("fr", "La tempête a touché 6 communes."),
    ],
)
def test_no_cause_verb_names_nothing(lang: str, text: str) -> None:
    table = load_table(lang).extraction
    start = next(i for i, c in enumerate(text) if c.isdigit())
    end = start + len(text[start:].split()[0])
    figure = Figure(start, end, 1.0, None, None, 0, "int")
    assert _cause_before(figure, text, table) is None
