"""Who says a figure when a time, an adverb or an auxiliary stands between the subject and the
reporting verb (claims/actors.py, ``_without_time_or_adverb``; the English table's
``between_subject_and_verb``).

Wire copy puts the day between the two: "Rescuers on Friday raised the death toll to 205",
"The health ministry on Tuesday reported 341 new cases", "The agency later said". The source
read was the day ("Friday", "evening") or the adverb ("later", "Daeyang Bank separately"): a
day as a source makes two tolls of one disaster read as two sources disagreeing. An auxiliary
stays a stop: past it, "Police in Dunmore County have arrested" would give "Dunmore County".
Sentences of our own, in the style of flood, migration, epidemic and company news.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

PUBLISHED = date(2025, 11, 7)


def _source(sentence: str, surface: str) -> str | None:
    claims = extract_text(sentence, lang="en", published=PUBLISHED, article_id="a.txt")
    return next(c.actor for c in claims if c.surface == surface)


@pytest.mark.parametrize(
    ("sentence", "surface", "source"),
    [
        ("Rescuers on Friday raised the death toll from the floods to 128.", "128", "Rescuers"),
        ("The health ministry on Tuesday reported 417 new cases of cholera.", "417",
         "health ministry"),
        ("Police on Sunday evening said 23 protesters had been detained.", "23", "Police"),
        ("Coast guards early on Saturday found 16 bodies off the island.", "16", "Coast guards"),
        ("Authorities on Thursday put the number of missing at 61.", "61", "Authorities"),
        ("The refugee agency also said 3,900 people had crossed the border.", "3,900",
         "refugee agency"),
        ("The regional council later said 212 homes had been flooded.", "212", "regional council"),
        ("Emergency services initially confirmed a death toll of 37.", "37", "Emergency services"),
        ("Marlow Foods separately announced 640 job cuts.", "640", "Marlow Foods"),
    ],
)
def test_the_subject_before_a_time_or_an_adverb_is_the_source(
    sentence: str, surface: str, source: str
) -> None:
    assert _source(sentence, surface) == source


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a pronoun or a relative word stays no source
        ("It later said 38 people were hurt in the blast.", "38"),
        ("The flood, which had already reported 19 dead, spread south.", "19"),
        # a time alone is no source
        ("On Friday 44 people were rescued from rooftops.", "44"),
    ],
)
def test_a_time_or_an_adverb_is_never_the_source(sentence: str, surface: str) -> None:
    source = _source(sentence, surface)
    assert source is None or not source.lower().startswith(("friday", "already", "it", "which"))
