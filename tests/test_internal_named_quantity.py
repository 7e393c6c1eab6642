"""One article giving a named quantity two values in two paragraphs (issue 9, "one article
contradicting itself"): "올해 사과 생산량은 41만2천t" and, further down, "올해 사과 생산량이
38만2천t에 그치면서".

The class, as read in harvest, output and trade reports: a quantity named by a compound of its
own ("가을배추 생산량", "wheat output", "production de blé") needs no event word to be one
quantity, and a later paragraph restates it inside a linked clause ("N에 그치면서", "N에 머물며",
"N에 불과해", as in crop and sugar output reports of Korean wires and trade bulletins). Its
traps: a bare head noun ("workers"), a place one side names and the other's frame missed, a
list of two quantities in one sentence, two periods, and a figure printed at another rounding
that allows the other. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 20)


def _internal(lang: str, text: str) -> list[list[str]]:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [sorted(surface[i] for i in f.claim_ids) for f in reconcile(claims).findings
            if f.verdict is Verdict.conflict and f.detail == "internal"]


WRONG = [
    ("ko", "통계청에 따르면 올해 사과 생산량은 41만2천t으로 지난해보다 8.1% 줄었다.\n\n"
           "올해 사과 생산량이 38만2천t에 그치면서 사과값이 크게 올랐다.",
     ["38만2천t", "41만2천t"]),
    ("ko", "올해 양파 생산량은 96만t으로 집계됐다.\n\n올해 양파 생산량이 88만t에 머물며 "
           "양파값이 뛰었다.", ["88만t", "96만t"]),
    ("en", "Wheat output reached 12.3 million tonnes this year, the farm ministry said.\n\nWith "
           "wheat output at 11.4 million tonnes this year, exports are expected to fall.",
     ["11.4 million tonnes", "12.3 million tonnes"]),
    ("fr", "La production de blé a atteint 3,4 millions de tonnes cette année, selon Agreste.\n\n"
           "Avec une production de blé de 3,9 millions de tonnes cette année, les silos "
           "débordent.", ["3,4 millions de tonnes", "3,9 millions de tonnes"]),
]


@pytest.mark.parametrize(("lang", "text", "pair"), WRONG)
def test_a_named_quantity_given_two_values_is_an_internal_conflict(lang, text, pair) -> None:
    assert _internal(lang, text) == [pair]


NOT_A_CONTRADICTION = [
    # a bare head noun names no quantity of its own
    ("en", "The plant employs 1,200 workers this year, the company said.\n\nWith 1,500 workers "
           "this year, it is the town's largest employer."),
    # two periods
    ("en", "Wheat output reached 12.3 million tonnes this year, the farm ministry said.\n\n"
           "Wheat output reached 11.4 million tonnes last year."),
    # a list of two quantities, then a bound
    ("ko", "올해 사과 생산량은 41만2천t, 배 생산량은 38만2천t이었다.\n\n"
           "올해 사과 생산량이 41만t을 넘었다."),
    # two places, one of them stated where the frame of the first figure did not read it
    ("en", "International passengers at Northfield Airport rose 4.2 percent on-year in March to "
           "1.31 million, the operator said.\n\nAt Eastbay Airport, international passengers "
           "rose 2 percent to 180,000 in March."),
    # printed at another rounding, allowed
    ("ko", "올해 사과 생산량은 41만2천t으로 집계됐다.\n\n올해 사과 생산량이 41만t에 그치면서 "
           "사과값이 올랐다."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_CONTRADICTION)
def test_figures_nothing_shows_contradicting_are_not_internal(lang, text) -> None:
    assert _internal(lang, text) == []


COUNTED_IN_A_LINKED_CLAUSE = [
    ("올해 감자 생산량이 52만4천t에 그치면서 감잣값이 올랐다.", "감자 생산량"),
    ("올해 쌀 생산량이 358만5천t에 그치며 쌀값이 올랐다.", "쌀 생산량"),
    ("수출액이 52억달러에 머물면서 적자가 커졌다.", "수출액"),
]


@pytest.mark.parametrize(("text", "counted"), COUNTED_IN_A_LINKED_CLAUSE)
def test_the_subject_of_a_linked_clause_is_what_the_figure_counts(text, counted) -> None:
    claims = extract_text(text, lang="ko", published=PUBLISHED, article_id="a.md")
    assert claims[0].counted == counted
