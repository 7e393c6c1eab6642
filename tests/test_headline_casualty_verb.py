"""A headline's casualty verb makes the bare number word after it a count ("Bus Crash Kills
Eight", "Tornadoes Kill Five", "Storm kills two, injures nine", "Un séisme tue neuf et blesse
douze"): headlines drop the noun a body states ("eight people were killed"), and a toll in the
headline is one a reader checks against the body's. Seen in real headlines (wire and
broadcaster copy on bus crashes and tornadoes); sentences of our own. A number word after any
other verb, with nothing counted, stays no figure ("The council will vote again in two", a
bare word)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

PUBLISHED = date(2026, 12, 3)


def _values(lang: str, text: str) -> list[float | None]:
    return [c.value for c in extract_text(text, lang=lang, published=PUBLISHED)]


COUNTED = [
    ("en", "Coach Crash Kills Eight on Mountain Road", [8.0]),
    ("en", "Twisters Kill Five Across Kansas", [5.0]),
    ("en", "Storm kills two, injures nine in Ohio", [2.0, 9.0]),
    ("en", "Gas blast killing four shakes Leeds suburb", [4.0]),
    ("fr", "Un séisme tue neuf personnes et en blesse douze", [9.0, 12.0]),
    ("fr", "Un incendie tue trois à Lyon", [3.0]),
]


@pytest.mark.parametrize(("lang", "text", "values"), COUNTED)
def test_a_casualty_verb_makes_a_bare_number_word_a_count(
    lang: str, text: str, values: list[float]
) -> None:
    assert _values(lang, text) == values


NOT_COUNTED = [
    ("en", "Council to vote on the plan again in two"),
    ("en", "Rivals share the title, one apiece"),
    ("fr", "Le conseil revotera dans deux"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_COUNTED)
def test_a_bare_number_word_after_another_verb_stays_no_figure(lang: str, text: str) -> None:
    assert _values(lang, text) == []
