"""Things handed in to an office, counted from either side (``[intake]`` of the concept table).

Asylum applications, complaints and the like are "filed", "lodged" or "déposées" by people and
"received", "registered" or "enregistrées" by the office; outlets use either word for the one
figure the office publishes ("98 400 premières demandes enregistrées par l'Ofpra" / "94 800
premières demandes déposées"). For those things the events are one, so two outlets' figures
for the same window meet and conflict; for other things (cases reported, aid received) the
events stay apart. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.features import features
from reconcile.lexicon import Lexicon
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2025, 11, 18)

PAIRS = [
    ("fr",
     "L'Office a enregistré 61 300 premières demandes d'asile entre janvier et septembre, "
     "selon ses chiffres provisoires.",
     "Au niveau national, 67 900 premières demandes d'asile ont été déposées de janvier à "
     "septembre, selon l'Office."),
    ("en",
     "The agency received 41,200 asylum applications between January and September, "
     "according to its provisional figures.",
     "Nationwide, 47,800 asylum applications were lodged from January to September, the "
     "agency said."),
    ("en",
     "Police recorded 3,140 complaints of online fraud in the first half of the year, the "
     "force said.",
     "In the first half of the year, 3,960 complaints of online fraud were filed with "
     "police, the force said."),
]


def _claims(lang: str, *texts: str):
    claims = []
    for n, text in enumerate(texts):
        claims += extract_text(text, lang=lang, published=PUBLISHED, article_id=f"a{n}.md")
    return claims


@pytest.mark.parametrize(("lang", "a", "b"), PAIRS)
def test_filed_and_registered_requests_are_one_quantity(lang: str, a: str, b: str) -> None:
    claims = _claims(lang, a, b)
    lexicon = Lexicon.shipped()
    keys = {features(c, lexicon).frame.event for c in claims}
    assert len(keys) == 1, keys
    found = reconcile(claims).findings
    assert [f.verdict for f in found if len({i.split("#")[0] for i in f.claim_ids}) == 2] == [
        Verdict.conflict
    ]


def test_other_things_keep_their_events_apart() -> None:
    """Cases reported and cases received (transferred to a hospital) are two quantities."""
    lexicon = Lexicon.shipped()
    claims = _claims(
        "en",
        "The health department reported 212 measles cases between January and June.",
        "The regional hospital received 96 measles cases between January and June.",
    )
    keys = {features(c, lexicon).frame.event for c in claims}
    assert len(keys) == 2, keys


def test_a_user_table_extends_the_intake() -> None:
    user = Lexicon.from_toml(
        '[concepts]\nclaim = ["claim", "claims"]\n[intake]\nthings = ["claim"]\n',
        source="user.toml",
    )
    merged = Lexicon.shipped().merged(user)
    assert "claim" in merged.intake_things and "request" in merged.intake_things
    assert merged.intake_event("receive", ["#claim"]) == merged.intake_events[0]
    assert merged.intake_event("receive", ["#case"]) == "receive"
