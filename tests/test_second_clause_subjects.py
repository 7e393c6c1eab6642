"""A second change joined by "and" after a figure counts its own subject, not the first
clause's (issue 9).

The class, read in real English copy of GDP and trade releases (wire and newspaper copy of
Korea's 2015, 2018 and 2019 quarterly estimates, and a 2026-style release): "Exports climbed 2.0
percent and imports increased 1.4 percent", "Manufacturing output advanced 1.9 percent and the
services sector grew 0.8 percent". The second figure was read as counting the first clause's
subject (imports as exports), so it could meet another article's exports and conflict. A link
after a figure opens the second clause; a link with no figure before it joins the subject's
own nouns ("mining and manufacturing output") and keeps today's reading. French alike ("et").
Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text


def _counted(text: str, lang: str, surface: str) -> str:
    claims = extract_text(text, lang=lang, published=date(2026, 9, 3), article_id="s.md")
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, [c.surface for c in claims]
    return found[0].counted


@pytest.mark.parametrize(("lang", "text", "surface", "counted"), [
    ("en", "Exports rose 3.1 percent and imports increased 0.9 percent.", "0.9 percent",
     "imports"),
    ("en", "Retail sales fell 0.4 percent, while exports climbed 2.2 percent and imports gained "
     "1.7 percent.", "1.7 percent", "imports"),
    ("en", "Manufacturing output advanced 1.4 percent and the services sector grew 0.5 percent.",
     "0.5 percent", "services sector"),
    ("fr", "La production a progressé de 1,4 % et les services ont augmenté de 0,5 %.", "0,5 %",
     "services"),
])
def test_the_second_clause_counts_its_own_subject(lang: str, text: str, surface: str,
                                                  counted: str) -> None:
    assert _counted(text, lang, surface) == counted


@pytest.mark.parametrize(("lang", "text", "surface", "counted"), [
    # a link with no figure before it: the subject's own nouns
    ("en", "Exports rose 3.1 percent, while mining and manufacturing output fell 1.2 percent.",
     "1.2 percent", "mining and manufacturing output"),
    ("en", "Exports rose 3.1 percent and imports increased 0.9 percent.", "3.1 percent",
     "Exports"),
    # a link far from the change verb opens a clause of another verb ("and shut ... after"):
    # today's reading, not "shut three plants"
    ("en", "The maker is to cut 900 jobs and shut three plants after a drop in orders pushed "
     "its profits down by more than a quarter.", "more than a quarter", "maker"),
])
def test_the_first_clause_and_a_joined_subject_keep_their_reading(lang: str, text: str,
                                                                   surface: str,
                                                                   counted: str) -> None:
    assert _counted(text, lang, surface) == counted


# "Exports also provided support, rising 2.1%": a clause opening with its change verb after
# the main clause (no other mark before) is told of the main clause's subject; the verb was
# read as what the figure counts. Not after a relative pronoun or a subject pronoun.
@pytest.mark.parametrize(("lang", "text", "surface", "counted"), [
    ("en", "Imports also weighed on growth, falling 1.3 percent on weaker oil purchases.",
     "1.3 percent", "Imports also"),
    ("en", "The won weakened against the dollar, falling 0.8 percent.", "0.8 percent", "won"),
    ("fr", "Les exportations ont soutenu la croissance, progressant de 1,7 %.", "1,7 %",
     "exportations"),
])
def test_a_clause_opening_with_its_verb_counts_the_main_subject(lang: str, text: str,
                                                                surface: str,
                                                                counted: str) -> None:
    assert _counted(text, lang, surface) == counted


@pytest.mark.parametrize(("lang", "text", "surface", "subject"), [
    ("en", "Officials said the lake, which rose 3 meters overnight, had flooded two villages.",
     "3 meters", "Officials"),
    ("fr", "Dans le Nord, ils progressent de 1,9 % sur un an.", "1,9 %", "Nord"),
])
def test_a_pronoun_or_relative_clause_keeps_its_reading(lang: str, text: str, surface: str,
                                                        subject: str) -> None:
    assert _counted(text, lang, surface) != subject
