"""Expected readings of pairs that are not errors (issue 9: every period difference labelled as
such, the same figure in two outlets consistent), class by class, on sentences and short
real-style articles of our own (tests/fixtures/readings)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile_cli.main import main

READINGS = Path(__file__).parent / "fixtures" / "readings"
DAY = date(2026, 2, 10)

# A tally named before its figure counts what the tally counts, whatever else stands before the
# figure (a headline's words, the source, the verb): (sentence, surface, counted)
TOLLS = [
    ("The death toll from Saturday's landslide rose to 57 on Tuesday, the agency said.",
     "57", "deaths"),
    ("Flood death toll climbs to 88 as rains ease", "88", "deaths"),
    ("'We dig with our hands', say survivors as toll reaches 57", "57", "deaths"),
    ("The toll stood at 41 on Monday evening, officials said.", "41", "deaths"),
    ("In the capital, the regional health office put the death toll at 63 on Tuesday.", "63",
     "deaths"),
    ("The agency's toll climbed from 12 on Friday to 35 on Saturday.", "35", "deaths"),
    ("The agency's toll climbed from 12 on Friday to 35 on Saturday.", "12", "deaths"),
    ("MANILA, March 3 (Wire) - The storm's toll rose to 212 on Sunday.", "212", "deaths"),
]

# ... and never a figure that says what it counts itself
NOT_TOLLS = [
    ("The death toll rose to 57, and 230 people were injured.", "230", "people"),
    ("The toll stood at 41 on Monday, while 1,200 homes were flooded.", "1,200", "homes"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), TOLLS + NOT_TOLLS,
                         ids=[f"{c[1]}-{c[0][:30]}" for c in TOLLS + NOT_TOLLS])
def test_what_a_toll_counts(text: str, surface: str, counted: str) -> None:
    claims = extract_text(text, lang="en", published=DAY)
    claim = next(c for c in claims if c.surface == surface)
    assert claim.counted == counted


def _findings(folder: str) -> list[tuple[str, str, list[str]]]:
    result = CliRunner().invoke(main, ["report", str(READINGS / folder), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.output)
    surfaces = {c["id"]: (c["article"], c["surface"]) for c in report["claims"]}
    return [(f["verdict"], f["detail"] or "", sorted(surfaces[i] for i in f["claim_ids"]))
            for f in report["findings"] if f["confidence"] >= MIN_CONFIDENCE]


def _verdicts_between(findings: list[tuple[str, str, list[str]]], a: tuple[str, str],
                      b: tuple[str, str]) -> set[str]:
    return {verdict for verdict, _, ids in findings if a in ids and b in ids}


def test_a_toll_in_two_outlets_and_over_two_days() -> None:
    """The same toll in a wire story and a broadcaster's (headline and body) is consistent;
    the day before's toll is a period difference or the series' growth, never a conflict."""
    found = _findings("tolls")
    wire, broadcast = "en_wire.md", "en_broadcast.md"
    assert "consistent" in _verdicts_between(found, (wire, "57"), (broadcast, "57"))
    assert _verdicts_between(found, (broadcast, "57"), (broadcast, "41")) & {
        "consistent", "period_mismatch"}
    assert not [f for f in found if f[0] == "conflict"]


# An earlier figure the text says was since revised is `superseded`, and measures what its
# revised figure does: (language, sentence, surface, modality, counted or None)
REVISIONS = [
    ("en", "The company said 145,000 customers were affected, up from a previous estimate of "
     "120,000.", "120,000", "superseded", "customers"),
    ("en", "The company said 145,000 customers were affected, up from a previous estimate of "
     "120,000.", "145,000", "stated", "customers"),
    ("en", "Just 15,600 accounts were hit, down from an initial estimate of 40,000.", "40,000",
     "superseded", "accounts"),
    ("en", "Election officials said 61,204 ballots were tallied by 14,000 volunteers, up from "
     "the 61,190 they reported on Sunday night.", "61,190", "superseded", "ballots"),
    ("en", "Its data of 2.7 million customers were stolen, up from the 1.9 million it disclosed "
     "on January 5.", "1.9 million", "superseded", "customers"),
    ("en", "The agency revised the number of flooded homes to 3,210, from an earlier estimate of "
     "2,640.", "2,640", "superseded", "flooded homes"),
    ("fr", "Dimanche soir, la mairie avait d'abord annoncé 2 130 voix pour la liste Roux, un "
     "chiffre corrigé lundi à 2 157.", "2 130", "superseded", "voix"),
    ("fr", "Dimanche soir, la mairie avait d'abord annoncé 2 130 voix pour la liste Roux, un "
     "chiffre corrigé lundi à 2 157.", "2 157", "stated", "voix"),
    ("fr", "Le ministère a revu le bilan à 1 250 victimes, contre un précédent bilan de 1 400.",
     "1 400", "superseded", "victimes"),
    ("fr", "Le bilan s'établit à 31 morts, contre 27 annoncés initialement.", "27",
     "superseded", None),
    # a bulletin the same day's later one replaced, and an earlier report's figure
    ("en", "The new total of 1,210 dead is a sharp rise over the 830 total announced just hours "
     "earlier.", "830", "superseded", None),
    ("en", "The new total of 1,210 dead is a sharp rise over the 830 total announced just hours "
     "earlier.", "1,210", "stated", None),
    ("en", "Officials said 96 people had died, up from 71 reported earlier in the day.", "71",
     "superseded", None),
    ("en", "At least 52 passengers drowned. Previous reports put the death toll at about 40.",
     "about 40", "superseded", None),
    ("en", "The count in the northern district, originally reported at 412, included people "
     "still missing.", "412", "superseded", None),
    ("fr", "Le bilan s'élève à 512 morts. Un précédent bilan a fait état de 468 morts.", "468",
     "superseded", "morts"),
    ("fr", "Le bilan s'élève à 512 morts. Un précédent bilan a fait état de 468 morts.", "512",
     "stated", "morts"),
    ("fr", "Au moins 88 personnes ont péri. Le précédent bilan s'élevait à 61 morts.", "61",
     "superseded", "morts"),
    # a change over time is no revision
    ("en", "The toll rose to 44 on Sunday, from 31 reported a day earlier.", "44", "stated",
     None),
    ("fr", "Le bilan s'élève à 512 morts, contre 468 la veille.", "468", "stated", None),
    ("en", "The company said 145,000 customers were affected, up from 120,000 a year earlier.",
     "120,000", "stated", None),
    ("en", "The toll rose from 12 on Friday to 35 on Saturday.", "12", "stated", None),
    ("fr", "Le chômage atteint 7,5 %, contre 7,2 % un an plus tôt.", "7,2 %", "stated", None),
]


@pytest.mark.parametrize(("lang", "text", "surface", "modality", "counted"), REVISIONS,
                         ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in REVISIONS])
def test_an_earlier_figure_since_revised(lang: str, text: str, surface: str, modality: str,
                                         counted: str | None) -> None:
    claims = extract_text(text, lang=lang, published=DAY)
    claim = next(c for c in claims if c.surface == surface)
    assert claim.modality.value == modality
    if counted is not None:
        assert claim.counted == counted


def test_a_revision_is_consistent_never_a_conflict() -> None:
    """A figure and the earlier one the article says it revises are one quantity, read as a
    revision (R3); a figure of another sentence is not revised by them."""
    found = _findings("revisions")
    breach, vote = "en_breach.md", "fr_municipale.md"
    for a, b in [((breach, "2.7 million"), (breach, "1.9 million")),
                 ((breach, "4,300"), (breach, "3,800")),
                 ((vote, "1 240"), (vote, "1 204"))]:
        assert {(v, d) for v, d, ids in found if a in ids and b in ids} == {
            ("consistent", "revision")}, (a, b)
    assert not _verdicts_between(found, (vote, "1 204"), (vote, "1 015"))
    assert not [f for f in found if f[0] == "conflict"]
