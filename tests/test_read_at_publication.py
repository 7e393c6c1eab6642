"""A figure that states no period is read as of its article's publication (DESIGN, Periods and
Verdicts). Against a figure of another article:

* dated on that same day ("Monday, the agency counted ..."), it may be about that day: the two
  are compared as one period, and a disagreement is a conflict that says what it assumed;
* dated on another day, or read as of another publication day, it is a second reading of a
  count that may have moved (a toll, the displaced, the injured): a period difference, never a
  conflict.

Before, a group holding one such figure and one dated figure counted two periods and said
nothing at all (the undated side "matched" itself). Articles of our own in the style of wire
and agency copy on storms, floods and quakes.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

MONDAY, TUESDAY = date(2026, 3, 16), date(2026, 3, 17)


def _claims(lang: str, text: str, published: date, article: str) -> list[Claim]:
    return extract_text(text, lang=lang, published=published, article_id=article)


def _between(claims: list[Claim], a: str, b: str) -> list:
    by_id = {c.id: c.surface for c in claims}
    return [f for f in reconcile(claims).findings
            if {by_id.get(i) for i in f.claim_ids} >= {a, b}]


# (first article: language, text, published; second: the same; the two surfaces)
SAME_DAY = [
    (("en", "Flooding in the province has displaced 18,300 people, the civil protection "
            "agency said.", MONDAY),
     ("fr", "Lundi, la protection civile recensait 13 800 personnes déplacées par les "
            "inondations dans la province.", TUESDAY), "18,300", "13 800"),
    (("en", "The quake has left 4,120 people homeless in the region, the emergency agency "
            "said.", TUESDAY),
     ("en", "On Tuesday, the emergency agency counted 2,140 people left homeless by the quake "
            "in the region.", TUESDAY), "4,120", "2,140"),
]


@pytest.mark.parametrize(("first", "second", "a", "b"), SAME_DAY)
def test_an_undated_figure_is_compared_with_a_figure_of_its_publication_day(
    first: tuple, second: tuple, a: str, b: str
) -> None:
    claims = _claims(first[0], first[1], first[2], "a.md") + _claims(
        second[0], second[1], second[2], "b.md")
    found = _between(claims, a, b)
    assert [f.verdict for f in found] == [Verdict.conflict], found
    assert any("states no period" in note for note in found[0].assumptions), found[0]
    assert found[0].confidence < 1.0


OTHER_DAYS = [
    # the injured counted as of Monday's and Tuesday's publication: two readings
    (("en", "The storm injured 214 people across the island, the agency said.", MONDAY),
     ("fr", "Au total, 236 personnes ont été blessées sur l'île par la tempête, selon "
            "l'agence.", TUESDAY), "214", "236"),
    # an undated count on Monday against Tuesday's count dated by its own words
    (("en", "Flooding in the province has displaced 18,300 people, the civil protection "
            "agency said.", MONDAY),
     ("en", "On Tuesday, the civil protection agency counted 21,600 people displaced by the "
            "flooding in the province.", TUESDAY), "18,300", "21,600"),
]


@pytest.mark.parametrize(("first", "second", "a", "b"), OTHER_DAYS)
def test_readings_of_two_days_are_a_period_difference(
    first: tuple, second: tuple, a: str, b: str
) -> None:
    claims = _claims(first[0], first[1], first[2], "a.md") + _claims(
        second[0], second[1], second[2], "b.md")
    found = _between(claims, a, b)
    assert Verdict.conflict not in {f.verdict for f in found}, found


def test_an_undated_figure_that_agrees_stays_consistent() -> None:
    claims = _claims("en", "Flooding in the province has displaced 18,300 people, the civil "
                           "protection agency said.", MONDAY, "a.md") + _claims(
        "fr", "Lundi, la protection civile recensait 18 300 personnes déplacées par les "
              "inondations dans la province.", TUESDAY, "b.md")
    found = _between(claims, "18,300", "18 300")
    assert [f.verdict for f in found] == [Verdict.consistent], found


def test_a_group_of_undated_publication_read_and_dated_figures_is_compared() -> None:
    """An undated figure (its article has no date), one read as of publication and dated ones
    of two days in one group: every pair is judged without error, and the undated figure that
    matches no dated one is named in the period difference, not set against one of them."""
    claims = [
        *_claims("en", "Flooding in the province has displaced 18,300 people, the civil "
                       "protection agency said.", MONDAY, "a.md"),
        *extract_text("Flooding in the province has displaced 31,700 people, the civil "
                      "protection agency said.", lang="en", published=None, article_id="b.md"),
        *_claims("en", "On Sunday, the civil protection agency counted 9,400 people displaced "
                       "by the flooding in the province.", MONDAY, "c.md"),
        *_claims("en", "On Tuesday, the civil protection agency counted 21,600 people "
                       "displaced by the flooding in the province.", TUESDAY, "d.md"),
    ]
    found = reconcile(claims).findings
    assert Verdict.conflict not in {f.verdict for f in found}, found
    assert Verdict.period_mismatch in {f.verdict for f in found}, found


MONDAY_EVENING = ("fr", "Lundi soir, la protection civile recensait {n} personnes déplacées par "
                        "les inondations dans la province.", TUESDAY)


@pytest.mark.parametrize(("other", "sure"), [("13 840", True), ("19 700", False)])
def test_a_time_of_day_does_not_explain_two_digits_swapped(other: str, sure: bool) -> None:
    """A count given with no time and one given "Monday evening" may differ because the count
    moved in between: the conflict stays unsure. Two neighbouring digits swapped (18,340 /
    13 840) are one figure mistyped, which no moving count explains: the conflict is sure."""
    claims = _claims("en", "Flooding in the province has displaced 18,340 people, the civil "
                           "protection agency said.", MONDAY, "a.md") + _claims(
        MONDAY_EVENING[0], MONDAY_EVENING[1].format(n=other), MONDAY_EVENING[2], "b.md")
    (found,) = _between(claims, "18,340", other)
    assert found.verdict is Verdict.conflict
    assert (found.confidence >= MIN_CONFIDENCE) is sure, found
