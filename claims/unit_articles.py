"""An article that is the number one: "more than a metre of water", "nearly a foot of rain",
"plus d'un mètre d'eau". The number finder reads no article as a number (an article alone
is no figure), but after a qualifier and before a unit of measure it states one unit, a
quantity a fact-checker compares ("more than a metre" against "plus d'un mètre")."""

from __future__ import annotations

from claims.figure_model import text_before
from claims.lang import ExtractionTable
from claims.numbers import NumberMatch

_UNIT_REACH = 30
_QUALIFIER_REACH = 30


def with_unit_articles(
    numbers: list[NumberMatch], text: str, table: ExtractionTable
) -> list[NumberMatch]:
    """``numbers`` with each article that stands for one unit of measure after a qualifier,
    in text order."""
    if not table.unit_articles:
        return numbers
    found: list[NumberMatch] = []
    for m in table.unit_article_re.finditer(text):
        if table.measure_after_re.match(text[m.end() : m.end() + _UNIT_REACH]) is None:
            continue
        if not table.qualifier_re.search(text_before(text, m.start(), _QUALIFIER_REACH)):
            continue
        if any(n.start < m.end() and m.start() < n.end for n in numbers):
            continue
        found.append(NumberMatch(m.start(), m.end(), 1.0, 0, "words"))
    if not found:
        return numbers
    return sorted([*numbers, *found], key=lambda n: n.start)
