"""A figure with no noun of its own, coordinated after one that names its noun, counts that noun.

Real copy gives a running count twice in one clause and names the thing once: a ministry that
"had counted N birds by Tuesday evening and M by Wednesday", police who "reported N arrests on
Monday, then M on Tuesday", "N victimes identifiées à l'aéroport, et M à la station de métro".
The clause's subject (the ministry, the police) is who counts, not what is counted; before, the
second figure took it as its counted thing, or nothing, and never met the first. A verb of its
own before the second figure ("... and charged 130") says something else happened: it stays
unsaid. Sentences of our own, in the style of wire and regional copy.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 3, 12)


def _counted(text: str, lang: str, surface: str) -> str:
    claims = extract_text(text, lang=lang, published=PUBLISHED)
    found = [c for c in claims if c.surface.endswith(surface)]
    assert found, [c.surface for c in claims]
    return found[-1].counted


@pytest.mark.parametrize(("lang", "text", "surface", "counted"), [
    ("fr", "La préfecture avait dénombré 740 sinistrés lundi soir et 1 310 mardi soir.",
     "1 310", "sinistrés"),
    ("fr", "L'office a recensé 212 signalements en janvier, puis 305 en février.",
     "305", "signalements"),
    ("en", "Police reported 318 arrests on Friday, then 472 on Saturday.", "472", "arrests"),
    ("en", "The agency had counted 815 evacuees by Monday evening, and 1,420 by Tuesday.",
     "1,420", "evacuees"),
    ("fr", "La police a compté 5 300 manifestants à Nantes et 2 700 à Angers.",
     "2 700", "manifestants"),
])
def test_a_bare_figure_counts_the_noun_of_the_figure_before(
    lang: str, text: str, surface: str, counted: str
) -> None:
    assert _counted(text, lang, surface) == counted


@pytest.mark.parametrize(("lang", "text", "surface", "not_counted"), [
    # a verb of its own: the second figure says another thing happened
    ("en", "Police detained 318 people on Friday, then charged 96.", "96", "people"),
    ("en", "Crews removed 1,870 tonnes of sand on Monday and pumped 5,200 on Tuesday.",
     "5,200", "sand"),
    ("fr", "La préfecture a recensé 318 interpellations samedi et a placé 96 en garde à vue.",
     "96", "interpellations"),
    # the other side of a vote, and a share of another source: read by the frame
    ("fr", "Le oui l'emportait dimanche soir par 388 voix contre 371.", "371", "voix"),
    # an apposition, no link: the gap of a recount is not the votes after it
    ("fr", "L'écart a été ramené à sept voix, 398 contre 391.", "398", "voix"),
    # a verb of its own after it: the subject of a clause of its own
    ("fr", "La tempête avait fait 212 morts lundi et 640 étaient blessés mardi.", "640",
     "morts"),
    # a subject of its own between the two figures
    ("fr", "Le ministère a recensé 740 oiseaux mardi, et les bénévoles 1 310 mercredi.",
     "1 310", "oiseaux"),
])
def test_a_verb_or_a_subject_of_its_own_keeps_the_noun_apart(
    lang: str, text: str, surface: str, not_counted: str
) -> None:
    assert _counted(text, lang, surface) != not_counted


def test_the_two_days_of_one_count_meet_and_show_their_periods() -> None:
    text = "La préfecture avait dénombré 740 sinistrés lundi soir et 1 310 mardi soir."
    claims = extract_text(text, lang="fr", published=PUBLISHED, article_id="a.md")
    report = reconcile(claims)
    assert any(len(g.claim_ids) == 2 for g in report.groups), report.groups
    assert not [f for f in report.findings if f.verdict == "conflict"]
