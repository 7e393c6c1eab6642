"""A headline's small count restates the body's figure of the same value when both name one
thing ("Typhoon kills 6" over "killed at least six people ... officials said Thursday", "Two
Oregon wildfires" over "Two wind-driven wildfires"): it borrows the body's period, though small
counts are too common to be one figure by value alone (DESIGN.md "Periods": a headline
borrows the body's period). Seen in dev sets' wire copy (a volcano's and a typhoon's toll, two
wildfires) and in real headlines ("Storm kills 6", "4 morts au Népal"); sentences of our own.
Two different events of the same value ("2 dead" over "Two people were injured") stay apart."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

PUBLISHED = date(2026, 12, 3)


def _headline_period(lang: str, text: str) -> tuple[str | None, str | None, str]:
    claim = extract_text(text, lang=lang, published=PUBLISHED)[0]
    p = claim.period
    assert p is not None
    return (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)


BORROWED = [
    ("en", "Landslide kills 4 in Nepal village\n\nA landslide killed at least four people in "
           "western Nepal on Tuesday, officials said on Wednesday.", (None, "2026-12-03", "as_of")),
    ("en", "Three Arizona wildfires scorch 20,000 acres\n\nThree wind-driven wildfires in northern "
           "Arizona had burned more than 20,000 acres as of Wednesday evening, fire officials "
           "said.", (None, "2026-12-02", "as_of")),
    ("fr", "Glissement de terrain : 4 morts au Népal\n\nMardi, quatre personnes ont été tuées par "
           "un glissement de terrain dans l'ouest du Népal, selon les autorités.",
     (None, "2026-12-03", "as_of")),
]


@pytest.mark.parametrize(("lang", "text", "period"), BORROWED)
def test_a_headlines_small_count_borrows_the_bodys_same_figure(
    lang: str, text: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _headline_period(lang, text) == period


KEPT = [
    # the dead and the injured: one value, two things
    ("en", "2 dead in apartment fire in Leeds\n\nTwo people were injured on Monday when fire "
           "swept through a block of flats, police said.", (None, "2026-12-03", "none")),
]


@pytest.mark.parametrize(("lang", "text", "period"), KEPT)
def test_a_small_count_of_another_thing_lends_no_period(
    lang: str, text: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _headline_period(lang, text) == period
