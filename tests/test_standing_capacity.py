"""One article giving one venue's capacity twice, with two values ("a capacity of 38,000" in the
lead, "the ground, which reopened in 2021 with room for 41,000 spectators" further down): an
``internal`` conflict found by ``reconcile.standing``, whatever years the sentences name.

First, which conditions of ``reconcile.internal`` keep its check from meeting such a pair (one
test each): a capacity names no event, states no period of its own, takes the year of its
sentence ("reopened in 2021") as a period, and is counted in other words ("capacity",
"spectators"). Then the standing check, and traps of the same shape that must not be flagged.
Articles of our own in the style of stadium-disaster and concert-venue copy."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.lexicon import Lexicon
from claims.models import Claim
from reconcile.internal import _quantity, internal_findings, plain_stated
from reconcile.models import Verdict
from reconcile.pipeline import reconcile
from reconcile.standing import is_capacity, standing_findings

PUBLISHED = date(2026, 3, 10)

EN = ("LIMA, March 10, 2026 - Eleven people died on Sunday in a crush outside the Estadio "
      "Central, which has a capacity of 38,000, police said, citing a 2024 safety report.\n\n"
      "Organisers sold 36,200 tickets for the derby.\n\n"
      "The ground, which reopened in 2021 with room for 41,000 spectators, has five gates.")
FR = ("Onze personnes sont mortes dimanche dans une bousculade devant le stade Central, d'une "
      "capacité de 38 000 places, selon la police.\n\n"
      "Les organisateurs avaient vendu 36 200 billets pour le derby.\n\n"
      "Le stade, rénové en 2021, peut accueillir 41 000 spectateurs et ne compte que cinq "
      "entrées.")


def _claims(text: str, lang: str = "en") -> list[Claim]:
    return extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")


def _capacities(text: str, lang: str = "en") -> list[Claim]:
    return [c for c in _claims(text, lang) if is_capacity(c)]


# --- why reconcile.internal does not meet the pair ----------------------------------------


def test_internal_needs_an_event_and_a_capacity_names_none() -> None:
    lexicon = Lexicon.shipped()
    assert all(_quantity(c, lexicon) is None for c in _capacities(EN))


def test_internal_needs_a_period_of_its_own_and_a_capacity_states_none() -> None:
    lead = _capacities(EN)[0]
    assert lead.surface == "38,000"
    assert not plain_stated(lead, ("publication", "unresolved", "carried"))


def test_the_year_of_its_sentence_is_no_common_period() -> None:
    """ "reopened in 2021" dates the second figure's sentence; the lead's figure is of the
    publication: two periods, so internal's key (which holds the period) tells them apart."""
    lead, body = _capacities(EN)
    assert lead.period != body.period


def test_internal_needs_the_same_counted_words() -> None:
    lead, body = _capacities(EN)
    assert lead.counted != body.counted
    assert internal_findings([lead, body]) == []


# --- the standing check -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (FR, "fr")])
def test_two_capacities_of_one_venue_are_an_internal_conflict(text: str, lang: str) -> None:
    conflicts = [f for f in reconcile(_claims(text, lang)).findings
                 if f.verdict is Verdict.conflict]
    (found,) = conflicts
    assert found.detail == "internal"
    assert found.confidence >= 0.5
    assert "capacity" in found.explanation


def _compound(lead: Claim, value: float, text: str) -> Claim:
    """The lead's figure as the compound reading gives it ("the 42,000-capacity stadium": a
    count, whose counted phrase is whatever the sentence's subject is)."""
    surface = f"{value:,.0f}"
    return lead.model_copy(update={"surface": surface, "value": value, "counted": "crush",
                                   "sentence": text.format(surface)})


def test_a_compound_capacity_is_read_by_the_compound() -> None:
    """ "the 42,000-capacity stadium", read as a count of whatever, meets "room for 45,000
    spectators" (built here as the compound reading gives it)."""
    lead, body = _capacities(EN)
    compound = _compound(lead, 42000.0, "The crush happened as fans tried to get into the "
                                        "{}-capacity Estadio Central for the final.")
    assert is_capacity(compound)
    body = body.model_copy(update={"surface": "45,000", "value": 45000.0,
                                   "sentence": body.sentence.replace("41,000", "45,000")})
    (found,) = standing_findings([compound, body])
    assert found.claim_ids == [compound.id, body.id]


def test_two_seated_arenas_far_apart_are_two_venues() -> None:
    lead, body = _capacities(EN)
    one = _compound(lead, 60000.0, "The final moved to a {}-seat arena in the capital.")
    other = _compound(body, 25000.0, "The semi-final was played at the {}-seat Stade Nord.")
    assert standing_findings([one, other]) == []


def test_seats_won_are_no_capacity() -> None:
    (seats,) = [c for c in _claims("The Liberals won 27 seats on Monday.") if c.value == 27]
    assert not is_capacity(seats)


NOT_FLAGGED = [
    # the same figure told twice
    ("en", EN.replace("41,000", "38,000")),
    # close enough to be one figure rounded two ways
    ("en", EN.replace("41,000", "38,500")),
    # a capacity changed, told as a change
    ("en", EN.replace("which reopened in 2021 with room for 41,000 spectators",
                      "which was expanded in 2021 to 41,000 seats")),
    # two venues, the second named: far apart
    ("en", EN.replace("The ground, which reopened in 2021 with room for 41,000 spectators, has "
                      "five gates.", "A second match was moved to the Estadio Norte, which has "
                      "room for 25,000 spectators.")),
    # three venues listed in three sentences
    ("fr", FR + "\n\nLe stade Nord peut accueillir 35 000 spectateurs."),
    # a licensed capacity, one of the venue's several
    ("en", EN.replace("which reopened in 2021 with room for 41,000 spectators",
                      "whose licensed capacity is 41,000")),
    ("fr", FR.replace("peut accueillir 41 000 spectateurs",
                      "a une jauge réduite à 33 000 spectateurs")),
    # two capacities in one sentence: a list (seats and standing room)
    ("en", "The Estadio Central has a capacity of 38,000, with room for 41,000 spectators when "
           "its terraces are open."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FLAGGED)
def test_no_capacity_conflict_when_the_article_does_not_contradict_itself(
    lang: str, text: str
) -> None:
    assert not [f for f in reconcile(_claims(text, lang)).findings
                if f.verdict is Verdict.conflict]
