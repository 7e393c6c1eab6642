"""What is counted runs on to the end of a concept phrase the table lists (claims/
counted_concept_phrase.py; issue 9).

The class, read in real wire copy of one monthly release in English and French (Reuters,
Xinhua, Yonhap; Reuters and KBS in French): "Output for the services sector fell 0.8 per cent"
and "Output in the mining and manufacturing industry tumbled 3.5 percent" were both read as
"Output" and shown as a conflict; "les ventes au détail ont perdu 0,2 %" as "ventes", which
never met "retail sales"; "les prix à la consommation" as "prix". Negative rows: a
preposition that opens a place or a time ("Sales in Lyon", "Output in May", "les ventes au
Japon") keeps today's reading, for no concept phrase continues there. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text


def _counted(text: str, lang: str, surface: str) -> str:
    claims = extract_text(text, lang=lang, published=date(2026, 6, 3), article_id="a.md")
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, [c.surface for c in claims]
    return found[0].counted


COMPLETED = [
    ("Output for the services sector rose 0.6 per cent in May.", "en", "0.6 per cent",
     "Output for the services sector"),
    ("Output in the mining and manufacturing industry fell 2.2 percent in May.", "en",
     "2.2 percent", "Output in the mining and manufacturing industry"),
    ("Production in the services industry edged up 0.3 percent in May.", "en", "0.3 percent",
     "Production in the services industry"),
    ("In the second quarter, investment in construction fell 3.9 percent.", "en",
     "3.9 percent", "investment in construction"),
    ("En mai, les ventes au détail ont reculé de 0,7 %.", "fr", "0,7 %", "ventes au détail"),
    ("En mai, les prix à la consommation ont augmenté de 0,3 %.", "fr", "0,3 %",
     "prix à la consommation"),
    ("En mai, l'investissement en biens d'équipement a augmenté de 2,4 %.", "fr", "2,4 %",
     "investissement en biens d'équipement"),
]


@pytest.mark.parametrize(("text", "lang", "surface", "counted"), COMPLETED)
def test_a_counted_phrase_runs_on_to_the_end_of_a_concept(text: str, lang: str, surface: str,
                                                         counted: str) -> None:
    assert _counted(text, lang, surface) == counted


KEPT = [
    ("Sales in Lyon rose 4 percent in May.", "en", "4 percent", "Sales"),
    ("Output in May rose 1.4 percent.", "en", "1.4 percent", "Output"),
    ("En mai, les ventes au Japon ont reculé de 0,7 %.", "fr", "0,7 %", "ventes"),
]


@pytest.mark.parametrize(("text", "lang", "surface", "counted"), KEPT)
def test_a_place_or_a_time_after_it_is_no_part_of_it(text: str, lang: str, surface: str,
                                                     counted: str) -> None:
    assert _counted(text, lang, surface) == counted
