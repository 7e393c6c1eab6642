"""A phrase right before a figure (claims.lang.tail.TailPattern, RunPattern) is found exactly
as the regex search finds it: the look at the text's last word, or at the last character a
match cannot hold, only ever skips a search that would have found nothing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.lang import available_languages, load_table

LANGS = [lang for lang in available_languages() if lang in ("en", "fr")]
NAMES = ["qualifier_re", "direction_before_re", "age_strong_before_re", "age_before_re",
         "phone_cue_re", "one_in_re", "announcement_re", "planned_before_re",
         "baseline_before_re", "share_verb_end_re", "of_whom_re", "superseded_before_re"]
# Pieces of the tables' own phrases, cut and glued in any order, with blanks and signs.
PIECES = ["plus de", "près de", "rose by", "fell", "en hausse de", "under the age of", "over",
          "about", "environ", "tel", "≥", "<", "'", "’", " ", "\u00a0", ":", "(", "X", "é", "5",
          "un", "Français", "sur", "one", "adult", "in", "said", "a annoncé", "passera à",
          "will rise to", "devrait atteindre", "expected to reach", "12", "%", ",", "-",
          "représentaient", "était de", "s'élève à", "accounted for", "were", "dont", "of whom",
          "than", "qu'", "vs.", "contre", "compared with", "d'", "de", "of", "à", "\t",
          "up from", "previous estimate of", "avait d'abord annoncé", "initially"]
text_st = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


def _same(a, b) -> bool:
    return (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
@given(text=text_st)
def test_the_tail_search_is_the_regex_search(lang, name, text):
    tail = getattr(load_table(lang).extraction, name)
    assert _same(tail.search(text), tail.pattern.search(text))


@pytest.mark.parametrize("lang", LANGS)
def test_every_phrase_of_a_table_is_still_found(lang):
    table = load_table(lang).extraction
    for phrase in [*table.qualifiers, *table.hedges]:
        window = f"Selon la police, {phrase} "
        assert _same(table.qualifier_re.search(window), table.qualifier_re.pattern.search(window))
        assert table.qualifier_re.search(window) is not None, phrase


@pytest.mark.parametrize("lang", LANGS)
def test_every_planned_phrase_is_still_found(lang):
    table = load_table(lang).extraction
    search = table.planned_before_re
    assert search._run is not None  # the shipped phrases let the search skip what they can't hold
    for phrase in table.planned.before:
        for window in (f"Le 12, 13,5 % {phrase} ", f"In 2024, 5% {phrase} nearly "):
            assert _same(search.search(window), search.pattern.search(window))
            assert search.search(window) is not None, phrase


@pytest.mark.parametrize("lang", LANGS)
def test_every_share_verb_of_whom_and_baseline_word_is_still_found(lang):
    table = load_table(lang).extraction
    phrases = {
        "share_verb_end_re": [
            *table.context.share_verbs,
            *(f"{v} {link}" for v in table.context.share_verbs for link in ("de", "d'", "of")),
        ],
        "of_whom_re": table.context.of_whom,
        "baseline_before_re": table.periods.baseline_words,
    }
    for name, found in phrases.items():
        tail = getattr(table, name)
        for phrase in found:
            window = f"Selon la police, les victimes {phrase} "
            assert _same(tail.search(window), tail.pattern.search(window)), (name, phrase)
            assert tail.search(window) is not None, (name, phrase)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["population", "breakdown_before"])
@given(text=st.lists(st.sampled_from([*PIECES, "of the", "among", "sur les", "parmi", "des",
                                      "including", "dont", "y compris"]), max_size=8).map("".join))
def test_the_frame_tail_searches_are_the_regex_search(lang, name, text):
    from claims.frame import patterns

    tail = getattr(patterns(load_table(lang).extraction), name)
    assert _same(tail.search(text), tail.pattern.search(text))


@pytest.mark.parametrize("lang", LANGS)
def test_every_superseded_phrase_is_still_found(lang):
    search = load_table(lang).extraction.superseded_before_re
    for phrase in load_table(lang).extraction.superseded.before:
        for window in (f"Le 12, {phrase} ", f"In 2024, 5% {phrase}\u00a0", phrase.upper()):
            assert _same(search.search(window), search.pattern.search(window))
            assert search.search(window) is not None, phrase


# Long texts whose last characters repeat with other beginnings: the memo of endings (kept by
# the text's last characters) must give each text its own last word, also when that word runs
# past the characters the memo is kept by.
long_st = st.tuples(
    st.sampled_from(["", "x" * 70, "Selon la police ", "ab" * 40 + " ", "é" * 63, "Kſ" * 40]),
    st.lists(st.sampled_from([*PIECES, "a" * 30, "a" * 64, "ſ"]), max_size=12).map("".join),
).map("".join)


@pytest.mark.parametrize("lang", LANGS)
@given(texts=st.lists(long_st, min_size=1, max_size=6))
def test_the_tail_search_of_long_texts_read_in_turn_is_the_regex_search(lang, texts):
    table = load_table(lang).extraction
    for text in texts:
        for name in NAMES:
            tail = getattr(table, name)
            assert _same(tail.search(text), tail.pattern.search(text)), (name, text)


def test_a_last_word_longer_than_the_kept_characters_is_read_whole():
    from claims.lang.tail import _TAIL, _ending

    short = "de " + "a" * _TAIL
    assert _ending(short) == ("a" * _TAIL, False)
    assert _ending("plus de " + "a" * _TAIL)[0] == "a" * _TAIL
    assert _ending("x" + short[1:])[0] == "a" * _TAIL  # the same last characters
    assert _ending("b" * 10 + "a" * _TAIL)[0] == "b" * 10 + "a" * _TAIL
    assert _ending("  ,") is None
    assert _ending("Le KſB ") == ("kſb", True)
