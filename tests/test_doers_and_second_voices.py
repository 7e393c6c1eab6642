"""Two false-conflict classes seen where outlets report a count and a rival's or a second
voice's figure next to it (claims.frame_doers, claims.actors; truth in
tests/fixtures/falseconf2/README.md):

* The named DOER of a count is its entity: "Sejin sold 348,650 vehicles" and "Rival Hanul Motors
  said it sold 301,720 vehicles" are two carmakers' sales, never one figure stated two ways. A
  rival's mark ("Rival", "le concurrent") is no part of the name; a counter ("l'ARS a recensé"),
  a kind of doer ("Police", "the company") or a place after a preposition is no doer.
* A SECOND VOICE that puts its own figure forward ("un collectif avance de son côté un bilan
  d'« au moins 40 morts »", "the opposition, for its part, puts the death toll at 58") is that
  figure's source, so its figure is never read as the official toll told another way.

The sentences are our own, in the style of wire copy read in real news (carmakers' monthly
sales, clubs' and parties' results, tolls of disasters given by officials and by groups).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.extract import extract_text
from claims.models import Claim
from reconcile.evidence import weak_points
from reconcile_cli.main import main

STORIES = Path(__file__).parent / "fixtures" / "falseconf2" / "articles"


def _claim(lang: str, text: str, surface: str, published: str = "2026-11-03") -> Claim:
    claims = extract_text(text, lang=lang, published=date.fromisoformat(published))
    return next(c for c in claims if c.surface == surface)


# -- the named doer of a count ------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "surface", "entity"), [
    ("en", "Corvel sold 118,200 vehicles in October, the company said.", "118,200", "Corvel"),
    ("en", "Rival Mirae Motors said it sold 96,400 vehicles in October.", "96,400",
     "Mirae Motors"),
    ("en", "From January through October, Corvel sold 1,204,300 vehicles.", "1,204,300",
     "Corvel"),
    ("en", "Smaller rival Daelim Auto said it had shipped 41,800 cars abroad last month.",
     "41,800", "Daelim Auto"),
    ("en", "Kestrel Air said it carried 2.4 million passengers in September.", "2.4 million",
     "Kestrel Air"),
    ("fr", "Le concurrent Mirae Motors a déclaré avoir vendu 96 400 véhicules en octobre.",
     "96 400", "Mirae Motors"),
    ("fr", "Corvel a vendu 118 200 véhicules en octobre, a indiqué le constructeur.", "118 200",
     "Corvel"),
    ("fr", "Son rival Velora a indiqué avoir livré 12 300 voitures en septembre.", "12 300",
     "Velora"),
])
def test_the_named_doer_is_the_entity(lang: str, text: str, surface: str, entity: str) -> None:
    claim = _claim(lang, text, surface)
    assert claim.entity == entity
    assert claim.source is None or not claim.source.lower().startswith(("rival", "concurrent",
                                                                        "son rival"))


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Rescuers pulled 12 people from the rubble on Sunday.", "12"),
    ("en", "Police arrested 45 people after the match.", "45"),
    ("en", "The company said it sold 20,000 cars in October.", "20,000"),
    ("en", "Two wildfires in the hills of central Oregon had burned 60,000 acres by Friday.",
     "60,000 acres"),
    ("en", "The Bellmore health agency recorded 3,100 cases in the week.", "3,100"),
    ("fr", "L'Agence régionale de santé de Bretagne a recensé 1 240 cas depuis janvier.",
     "1 240"),
    ("fr", "Les secouristes ont sauvé 12 personnes dimanche.", "12"),
])
def test_no_doer_named(lang: str, text: str, surface: str) -> None:
    """A kind of doer, a counter, a place after a preposition: no entity."""
    assert _claim(lang, text, surface).entity is None


def test_an_article_alone_is_no_entity() -> None:
    """"The company said ...": an article before an entity head names nothing."""
    claim = _claim("en", "The company said it cut 1,500 jobs this year.", "1,500")
    assert claim.entity is None


# -- a second voice's own figure ----------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "surface", "source"), [
    ("fr", "Une association de familles de mineurs avance de son côté un bilan d'« au moins "
     "35 morts », un chiffre qu'elle maintenait mardi.", "au moins 35",
     "association de familles de mineurs"),
    ("fr", "Dans un communiqué, ces ONG avancent un bilan de 118 morts au moins.", "118",
     "ONG"),
    ("fr", "Les syndicats, de leur côté, avancent le chiffre de 240 000 manifestants.",
     "240 000", "syndicats"),
    ("fr", "La CGT a pour sa part revendiqué 180 000 manifestants à Paris.", "180 000", "CGT"),
    ("fr", "L'opposition évoque 63 morts dans la capitale.", "63", "opposition"),
    ("en", "The opposition, for its part, puts the death toll at 58.", "58", "opposition"),
    ("en", "The ministry had put the toll at 12 late on Sunday.", "12", "ministry"),
    ("en", "The Observatory put the total number of dead at 14,120 since March.", "14,120",
     "Observatory"),
    ("en", "A rights group gave a toll of 135, more than twice the official figure.", "135",
     "rights group"),
])
def test_a_second_voice_is_the_source(lang: str, text: str, surface: str, source: str) -> None:
    assert _claim(lang, text, surface).source == source


@pytest.mark.parametrize(("text", "surface"), [
    ("Le parti conserve une avance de 5 points sur son rival.", "5"),
    ("Insurance claims tripled to 4,200 in the month.", "4,200"),
])
def test_a_claim_verb_needs_its_figure(text: str, surface: str) -> None:
    """"une avance de 5 points", "Insurance claims": a noun, not a side putting a figure."""
    lang = "fr" if "parti" in text else "en"
    assert _claim(lang, text, surface).source is None


# -- whole stories --------------------------------------------------------------------------------

def _conflicts(story: str) -> list[tuple[tuple[str, ...], str]]:
    result = CliRunner().invoke(
        main, ["report", str(STORIES / story), "--format", "json", "--min-confidence", "0"])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.output)
    surfaces = {c["id"]: f"{c['surface']}@{c['article'][:1]}" for c in report["claims"]}
    return [(tuple(sorted({surfaces[i] for i in f["claim_ids"]})), f.get("detail") or "")
            for f in report["findings"] if f["verdict"] == "conflict"]


def test_a_rival_s_sales_are_not_compared() -> None:
    """Dorvan's 212,400 and its rival Kesung's 187,300 never meet; Dorvan's own 212,400
    against 246,100 in another outlet stays a conflict of values."""
    found = _conflicts("carmakers")
    assert not any("187,300@a" in pair or "187 300@b" in pair for pair, _ in found), found
    assert any({"212,400@a", "246,100@c"} <= set(pair) and detail == "values"
               for pair, detail in found), found


def test_a_second_voice_s_toll_is_no_conflict_of_values() -> None:
    """The families' "au moins 35" / "put the toll at 35" are theirs: never a conflict of values
    with the ministry's 27; the ministry's 27 against its 24 in another outlet stays one."""
    found = _conflicts("quarry")
    for pair, detail in found:
        if any(s.startswith(("au moins 35", "35@")) for s in pair):
            assert detail == "sources_differ", found
    assert any({"27@a", "24@c"} <= set(pair) and detail == "values" for pair, detail in found)


# -- an earlier toll its article says was revised -----------------------------------------------

EARLIER = "since revised"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "The ministry had put the toll at 12 late on Sunday.", "12"),
    ("en", "Officials had earlier put the death toll at 9 on Saturday.", "9"),
    ("en", "The agency had initially put the toll at 40 on Monday.", "40"),
])
def test_an_earlier_toll_against_another_article_is_unsure(
    lang: str, text: str, surface: str
) -> None:
    """"had put the toll at 12": a reading its own article says was replaced; against another
    article's toll of the same day, a reading at another time, never a sure conflict."""
    earlier = _claim(lang, text, surface, "2026-11-30").model_copy(update={"article": "a.md"})
    other = _claim("en", "The death toll stood at 37 on Sunday, the ministry said.", "37",
                   "2026-11-30").model_copy(update={"article": "b.md"})
    assert earlier.modality.value == "superseded"
    assert any(EARLIER in w for w in weak_points([earlier, other], "values"))
    stated = other.model_copy(update={"article": "c.md", "value": 30.0})
    assert not any(EARLIER in w for w in weak_points([stated, other], "values"))
