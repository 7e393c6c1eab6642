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
