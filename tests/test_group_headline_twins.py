"""A headline's figure meets the body figure it restates (issue 9, grouping recall): news
headlines name a figure in a few words that say little of what is counted ("Crush kills at
least 31", "UK borrowing higher at £17.4bn", "Intempéries : 1 340 foyers privés de courant"),
and the lead then says it in full. Our own sentences, in the style of wire and broadcaster
copy on disasters, public finances and power cuts read through the news corpus."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.group import group_claims
from reconcile.restated import headline_twins

PUBLISHED = date(2026, 11, 20)


def _headline_and_twin_groups(text: str, lang: str) -> tuple[str, str]:
    """The group of the headline's first figure, and that of the first body figure of the
    same value."""
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    top = claims[0]
    body = next(c for c in claims if c.sentence != top.sentence and c.value == top.value)
    group = {m.claim_id: g.id for g in group_claims(claims) for m in g.members}
    return group[top.id], group[body.id]


RESTATED = [
    ("en", "Quarry collapse kills 23 in northern province\n\nAt least 23 miners were killed "
           "when a quarry wall gave way on Wednesday, the provincial governor said."),
    ("en", "State deficit wider at $48.2bn\n\nThe federal government's monthly budget shortfall "
           "reached $48.2bn in October, the Treasury said on Thursday."),
    ("en", "Factory orders fall 6% in October\n\nOrders placed with manufacturers dropped six per "
           "cent in October from September, the statistics office said."),
    ("fr", "Tempête : 1 340 foyers toujours dans le noir\n\nDans le Finistère, 1 340 abonnés "
           "restaient privés d'électricité mardi soir, selon le gestionnaire du réseau."),
    ("fr", "Effondrement d'un immeuble : 17 morts à Tanger\n\nAu moins 17 personnes ont perdu la "
           "vie dans l'effondrement d'un immeuble de quatre étages, selon la protection civile."),
]


@pytest.mark.parametrize(("lang", "text"), RESTATED)
def test_a_headline_figure_meets_the_body_figure_it_restates(lang, text) -> None:
    top, body = _headline_and_twin_groups(text, lang)
    assert top == body


def _row(sentence: str, value: float, unit: str = "count", event: str = "",
         article: str = "a") -> tuple:
    return (article, sentence, value, unit, None, event)


HEAD = "Quarry collapse kills 23"
LEAD = "At least 23 miners were killed on Wednesday."


def test_the_first_body_figure_of_the_same_value_and_unit_is_the_twin() -> None:
    rows = [_row(HEAD, 23, event="die"), _row(LEAD, 23, event="die"),
            _row("Later, 23 more were found.", 23, event="die")]
    assert headline_twins(rows) == {0: 1}


@pytest.mark.parametrize("rows", [
    # an opening sentence that ends as prose does is the lead, not a headline
    [_row("Quarry collapse kills 23.", 23), _row(LEAD, 23)],
    # a small count is too common to be one figure by its value alone
    [_row("Quarry collapse kills 4", 4), _row("At least 4 miners were killed.", 4)],
    # two different events: one happened to the headline's figure, another to the body's
    [_row(HEAD, 23, event="die"), _row("23 others were injured.", 23, event="injure")],
    # another unit
    [_row("Quarry output down 23%", 23, unit="percent"), _row(LEAD, 23)],
    # two figures of one unit in the headline set each other side by side
    [_row("1.3 million marched, police say; 2.4 million, unions say", 1.3e6),
     _row("1.3 million marched, police say; 2.4 million, unions say", 2.4e6),
     _row("Police counted 1.3 million marchers.", 1.3e6)],
    # another article's figure
    [_row(HEAD, 23), _row(LEAD, 23, article="b")],
])
def test_no_twin(rows) -> None:
    assert headline_twins(rows) == {}
