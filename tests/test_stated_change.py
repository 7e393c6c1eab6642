"""A stated change against its two stated levels (issue 9, "structural checks"; statcheck for
news): "operating profit rose 38.2 percent from a year earlier" then "came to 3.86 trillion won,
compared with 2.65 trillion won a year earlier" (3.86 / 2.65 is +45.7 %) is a conflict.

The class, as read in results, tax and trade releases: a rate of change told with the level it
reaches and the level a year before, in one sentence ("en hausse de 3,2 % à 1 245 millions
d'euros, contre 1 206 millions"), in two ("rose ... percent from a year earlier." / "came to
..., compared with ... a year earlier"), or with the base in a later sentence of the article
("38.2% 증가 ... 지난해 3분기 영업이익은 ... 이었다"); and a change in points between two
shares ("38%로, 1년 전(27%)보다 11%포인트 높아졌다"). Its traps: a rate against another base
(the previous quarter), a fall, a rate whose sentence gives two levels, and figures that hold.
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2026, 10, 29)


def _changes(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    return findings_of(text, lang, PUBLISHED, "stated_change")


WRONG = [
    ("en", "Hanbit Chemicals said Thursday its third-quarter operating profit rose 38.2 percent "
           "from a year earlier.\n\nOperating profit for the July-September period came to 3.86 "
           "trillion won, compared with 2.65 trillion won a year earlier, the company said.",
     "38.2 percent"),
    ("fr", "Le chiffre d'affaires du groupe s'établit à 1 245 millions d'euros au troisième "
           "trimestre, en hausse de 4,2 %, contre 1 206 millions d'euros un an plus tôt.",
     "4,2 %"),
    ("ko", "한빛화학은 올해 3분기 영업이익이 3조8천600억 원으로 지난해 같은 기간보다 38.2% "
           "증가했다고 29일 공시했다.\n\n지난해 3분기 영업이익은 2조6천500억 원이었다.",
     "38.2%"),
    ("ko", "이 가운데 수출 비중은 38%로, 1년 전(27%)보다 14%포인트 높아졌다.", "14%포인트"),
]


@pytest.mark.parametrize(("lang", "text", "rate"), WRONG)
def test_a_change_its_levels_do_not_make_is_a_conflict(lang, text, rate) -> None:
    found = _changes(lang, text)
    assert [v for v, _ in found] == [Verdict.conflict]
    assert rate in found[0][1]


HOLDS = [
    ("en", "Hanbit Chemicals said Thursday its third-quarter operating profit rose 45.7 percent "
           "from a year earlier.\n\nOperating profit for the July-September period came to 3.86 "
           "trillion won, compared with 2.65 trillion won a year earlier, the company said."),
    ("fr", "Le chiffre d'affaires du groupe s'établit à 1 245 millions d'euros au troisième "
           "trimestre, en hausse de 3,2 %, contre 1 206 millions d'euros un an plus tôt."),
    ("ko", "한빛화학은 올해 3분기 영업이익이 3조8천600억 원으로 지난해 같은 기간보다 45.7% "
           "증가했다고 29일 공시했다.\n\n지난해 3분기 영업이익은 2조6천500억 원이었다."),
    ("ko", "이 가운데 수출 비중은 38%로, 1년 전(27%)보다 11%포인트 높아졌다."),
    # a fall, to the precision printed
    ("fr", "Le chiffre d'affaires du groupe s'établit à 1 168 millions d'euros au troisième "
           "trimestre, en baisse de 3,1 %, contre 1 206 millions d'euros un an plus tôt."),
]


@pytest.mark.parametrize(("lang", "text"), HOLDS)
def test_a_change_its_levels_make_holds(lang, text) -> None:
    assert [v for v, _ in _changes(lang, text)] == [Verdict.consistent] * 2  # with each level


NOT_CHECKED = [
    # the rate is against the previous quarter; the comparison a year earlier
    ("en", "Hanbit said Thursday its third-quarter sales rose 4.1 percent from the previous "
           "quarter.\n\nSales for the July-September period came to 21.7 trillion won, compared "
           "with 18.3 trillion won a year earlier."),
    ("fr", "Le chiffre d'affaires progresse de 1,5 % par rapport au trimestre précédent.\n\nIl "
           "s'établit à 1 245 millions d'euros au troisième trimestre, contre 1 206 millions "
           "d'euros un an plus tôt."),
    # a level with no base stated for it: the other level is another quarter's
    ("en", "Operating profit rose 38.2 percent from a year earlier to 3.86 trillion won. It was "
           "also up from 3.12 trillion won in the second quarter."),
    # a rate whose next sentence gives a level but no comparison
    ("en", "Hanbit said its exports rose 12.5 percent from a year earlier.\n\nExports reached "
           "5.2 billion dollars in October."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_a_change_against_another_base_is_not_checked(lang, text) -> None:
    assert _changes(lang, text) == []
