"""The event read from each word around a figure is kept per table and lexicon (speed), and is
what reading the word again gives: a month's name is never an event, an elided head is cut,
and another lexicon is read afresh."""

from __future__ import annotations

from claims import extract_text
from claims.frame_patterns import patterns
from claims.frame_slots import event_word
from claims.frame_slots import lexicon_of_concepts as _lexicon
from claims.lang import load_table


def test_a_word_reads_the_same_kept_or_not():
    lexicon = _lexicon()
    en, fr = load_table("en").extraction, load_table("fr").extraction
    assert event_word("March", "en", patterns(en), en, lexicon)[2] is None  # "to march": no
    assert event_word("arrests", "en", patterns(en), en, lexicon)[2] is not None
    _, tail, event = event_word("d'interpellations", "fr", patterns(fr), fr, lexicon)
    assert tail == "interpellations" and event is not None
    first = [c.frame.event for c in extract_text("En mars, 412 personnes ont été interpellées.",
                                                 lang="fr")]
    again = [c.frame.event for c in extract_text("En mars, 412 personnes ont été interpellées.",
                                                 lang="fr")]
    assert first == again and first[0] is not None


def test_another_lexicon_is_read_afresh():
    pat = patterns(load_table("en").extraction)
    kept = pat.event_words(_lexicon())
    kept[("x", "en")] = (False, "x", None)
    assert pat.event_words(_lexicon()) is kept
    assert pat.event_words(object()) == {}  # type: ignore[arg-type]
    assert pat.event_words(_lexicon()) == {}
