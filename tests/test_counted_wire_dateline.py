"""A wire dateline opening an article ("SEOUL, Dec. 2 (Yonhap) --", "LONDON (AP) —", "PARIS,
3 déc (AFP) -", "Rennes (AFP) -") is where and by whom the story was filed: the lead figure
counts the clause's subject after it, as it does without the dateline (claims.wire_dateline).
Before, the reader took the city for the subject and dropped it, or took the agency ("dpa-AFX").
Our own sentences in the shapes of AP, Reuters, AFP, Yonhap and dpa copy, with negative rows of
the same shape (a subject set off by dashes, an aside between commas, no dateline at all) that
keep today's reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim
from claims.wire_dateline import dateline_end, without_dateline


def _claim(lang: str, text: str, surface: str) -> Claim:
    claims = extract_text(text, lang=lang, published=date(2026, 12, 3))
    return next(c for c in claims if c.surface == surface)


@pytest.mark.parametrize(("lang", "text", "surface", "counted"), [
    ("en", "BUSAN, Dec. 2 (Yonhap) -- South Korea's factory output rose 1.8 percent in October "
     "from a month earlier.", "1.8 percent", "factory output"),
    ("en", "HANOI, Dec 2 (Reuters) - Vietnam's exports fell 3.7 percent in November.",
     "3.7 percent", "exports"),
    ("en", "DUBLIN (AP) — Ireland's economy grew 0.6% in the third quarter.", "0.6%", "economy"),
    ("en", "WASHINGTON — Industrial output rose 0.5% in October, the Federal Reserve said.",
     "0.5%", "Industrial output"),
    ("en", "Denver, Colo., Nov. 3 -- Home sales fell 5.4% in October.", "5.4%", "Home sales"),
    ("en", "FRANKFURT (dpa-AFX) - German retail sales rose 0.8 percent in October.",
     "0.8 percent", "German retail sales"),
    ("fr", "MARSEILLE, 3 déc (AFP) - Le chômage a augmenté de 0,4 % au troisième trimestre.",
     "0,4 %", "chômage"),
    ("fr", "NANTES (AFP) - Les ventes de logements neufs ont reculé de 9 % en octobre.", "9 %",
     "ventes de logements neufs"),
    # AFP names a less known city with its country in brackets
    ("fr", "Gabès (Tunisie), 3 déc 2026 (AFP) - Le nombre de tortues mazoutées recueillies sur "
     "la côte a atteint 1 380 jeudi soir, a annoncé le ministère.", "1 380",
     "tortues mazoutées recueillies"),
    ("fr", "MITROVICA (Kosovo), 3 déc (AFP) - Le chômage des jeunes a reculé de 2,1 % en un an.",
     "2,1 %", "chômage des jeunes"),
])
def test_the_lead_figure_counts_the_subject_after_the_dateline(
    lang: str, text: str, surface: str, counted: str
) -> None:
    assert _claim(lang, text, surface).counted == counted


@pytest.mark.parametrize(("lang", "text", "surface", "counted"), [
    # the same sentences without a dateline read as they did
    ("en", "South Korea's factory output rose 1.8 percent in October from a month earlier.",
     "1.8 percent", "factory output"),
    ("fr", "Le chômage a augmenté de 0,4 % au troisième trimestre.", "0,4 %", "chômage"),
    # a subject set off by dashes, an aside between commas: no dateline
    ("en", "GDP - the broadest gauge of output - rose 1.1 percent in the quarter.",
     "1.1 percent", ""),
    ("en", "Exports, a key engine of growth, fell 3.2 percent in October.", "3.2 percent",
     "Exports"),
    # a name opening the clause after the dateline is the doer, not what is counted
    ("en", "MANILA, Philippines (AP) — Typhoon Lenor killed at least five people and forced "
     "more than 9,000 from their homes.", "more than 9,000", ""),
    ("en", "Typhoon Lenor forced more than 9,000 people from their homes.", "more than 9,000",
     "people"),
])
def test_what_is_no_dateline_keeps_its_reading(
    lang: str, text: str, surface: str, counted: str
) -> None:
    assert _claim(lang, text, surface).counted == counted


def test_the_dateline_is_quoted_as_printed() -> None:
    text = "HANOI, Dec 2 (Reuters) - Vietnam's exports fell 3.7 percent in November."
    assert _claim("en", text, "3.7 percent").sentence == text


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Depuis mars, près de 412 familles ont été - relogées, dont 58 enfants.",
     "près de 412"),
    ("en", "HANOI, Dec 2 (Reuters) - Vietnam's exports fell 3.7 percent in November.",
     "3.7 percent"),
])
def test_every_figure_is_quoted_as_printed(lang: str, text: str, surface: str) -> None:
    """The figure's words are the printed ones, never the blanked reading text."""
    assert surface in [c.surface for c in extract_text(text, lang=lang, published=None)]


@pytest.mark.parametrize(("text", "dateline"), [
    ("SEOUL, Dec. 2 (Yonhap) -- Prices rose.", "SEOUL, Dec. 2 (Yonhap) -- "),
    ("LIMA, Peru (AP) — At least 12 died.", "LIMA, Peru (AP) — "),
    ("PORT-AU-PRINCE, Haiti (AP) — Two died.", "PORT-AU-PRINCE, Haiti (AP) — "),
    ("Rennes (AFP) - Quelque 900 manifestants.", "Rennes (AFP) - "),
    ("OTTAWA - The agency says starts fell.", "OTTAWA - "),
    ("Austin, Texas, Nov. 3 -- Sales fell.", "Austin, Texas, Nov. 3 -- "),
    ("Sfax (Tunisie), 4 déc 2026 (AFP) - Le bilan.", "Sfax (Tunisie), 4 déc 2026 (AFP) - "),
    ("Gabès (Tunisie) (AFP) - Le bilan.", "Gabès (Tunisie) (AFP) - "),
    # not datelines
    ("GDP - the broadest gauge - rose.", ""),
    ("NATO - the alliance - said it would.", ""),
    ("CPI — up 2% — beat forecasts.", ""),
    ("Exports - a key engine - fell.", ""),
    ("Prices, already high - rose again.", ""),
    ("prices (adjusted) - rose.", ""),
    # a clause with a figure after a comma, then a dash: no date, no dateline
    ("Depuis mars, près de 412 familles ont été - relogées.", ""),
    ("Since May, some 1,300 homes have been - at least partly - rebuilt.", ""),
    ("Ce lundi, 2 400 agents étaient en grève - selon la CGT.", ""),
])
def test_dateline_span(text: str, dateline: str) -> None:
    assert text[: dateline_end(text)] == dateline
    assert len(without_dateline(text)) == len(text)


@pytest.mark.parametrize(("lang", "text", "surface"), [
    # a clause the dateline pattern takes in, a figure in it (a typo's dash after it): the figure
    # is quoted as printed, never as the blanks it was read from
    ("fr", "Depuis mars, près de 412 suspects ont été- interpellés, dont 51 mineurs.",
     "près de 412"),
    ("en", "Since March, nearly 412 suspects were- arrested.", "nearly 412"),
])
def test_a_figure_in_a_dateline_is_quoted_as_printed(lang: str, text: str, surface: str) -> None:
    claims = extract_text(text, lang=lang)
    assert all(text[c.start : c.end] == c.surface for c in claims)
    assert surface in [c.surface for c in claims]
