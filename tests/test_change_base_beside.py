"""A stated change whose sentence states only its base, its level told before (issue 9, "a
change against its two levels"): "212 cas ... depuis le 1er janvier." then "Sur la même période
l'an dernier, l'agence avait recensé 160 cas, soit une hausse de 12 %" (212 / 160 is +32.5 %) is
a conflict.

The class, as read in regional health bulletins and their pick-up (carbon-monoxide episodes
"depuis le 1er octobre" against "la même période" of the year before), prefecture crime
figures (a quarter's offences "contre" the same quarter a year before, with the rate in
brackets), weekly flu counts on US local news (a county's cases "up 39 percent" with the base
in its own clause) and Korean police and customs releases ("지난해 같은 기간"). The rate's
sentence frames its one figure as the year before, the level is the one figure of an earlier
sentence counting the same thing over the span one year later. Its traps: a rate whose
year-earlier words follow it ("up 8% from a year earlier": the figure beside it is its level),
a rate going the other way (the base's own change), a figure counting something else, two
candidate levels that disagree, a base two weeks back, and a last season counted whole
against a season to date. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2026, 10, 14)

_BURGLARIES = "Police logged 1,380 burglaries in the city from January to June, the force said."
_LEGIONELLA = ("Selon le dernier bilan de l'ARS, arrêté au 30 septembre, 212 cas de légionellose "
               "ont été signalés en Occitanie depuis le 1er janvier.")
_DRUNK = "경찰청에 따르면 올해 1~9월 음주운전 적발 건수는 812건으로 집계됐다."


def _changes(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    return findings_of(text, lang, PUBLISHED, "stated_change")


CHECKED = [
    ("en", f"{_BURGLARIES}\n\nIn the same period last year, officers logged 1,150 burglaries, "
           "a rise of 31%.", [(Verdict.conflict, ["1,150", "1,380", "31%"])]),
    ("en", f"{_BURGLARIES}\n\nIn the same period last year, officers logged 1,150 burglaries, "
           "a rise of 20%.",
     [(Verdict.consistent, ["1,380", "20%"]), (Verdict.consistent, ["1,150", "20%"])]),
    ("fr", f"{_LEGIONELLA}\n\nSur la même période l'an dernier, l'agence avait recensé 160 cas, "
           "soit une hausse de 12 %, précise-t-elle.",
     [(Verdict.conflict, ["12 %", "160", "212"])]),
    ("fr", f"{_LEGIONELLA}\n\nSur la même période l'an dernier, l'agence avait recensé 160 cas, "
           "soit une hausse de 32,5 %, précise-t-elle.",
     [(Verdict.consistent, ["212", "32,5 %"]), (Verdict.consistent, ["160", "32,5 %"])]),
    ("ko", f"{_DRUNK}\n\n지난해 같은 기간에는 650건이 적발돼 올해 들어 40% 늘었다.",
     [(Verdict.conflict, ["40%", "650건", "812건"])]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHECKED)
def test_a_change_beside_its_base_meets_the_level_told_before(lang, text, expected) -> None:
    assert _changes(lang, text) == expected


NOT_CHECKED = [
    # the year-earlier words follow the rate: "1,150" is the level of that change, not its base
    ("en", f"{_BURGLARIES}\n\nIn the first half of 2025 the force logged 1,150 burglaries, up 8% "
           "from a year earlier."),
    # the figure beside the rate counts something else than the level
    ("fr", f"{_LEGIONELLA}\n\nSur la même période l'an dernier, 160 personnes avaient été "
           "hospitalisées, soit une hausse de 12 %."),
    # two candidate levels of two values: which one the change is of is not known
    ("en", f"{_BURGLARIES} In Eastfield alone, police logged 410 burglaries from January to "
           "June.\n\nIn the same period last year, officers logged 1,150 burglaries, a rise of "
           "31%."),
    # a rate going the other way is the base's own change over the year before it
    ("en", f"{_BURGLARIES}\n\nIn the same period last year, officers logged 1,150 burglaries, "
           "itself a fall of 20%."),
    # a base two weeks back, not a year: no year-earlier words
    ("fr", "Entre le 1er et le 14 septembre, 48 cas de légionellose ont été signalés en "
           "Occitanie.\n\nLors des deux semaines précédentes, l'agence avait recensé 30 cas, soit "
           "une hausse de 12 %."),
    # last season counted whole against a season to date: no span a year before the level's
    ("en", "The county has confirmed 1,303 flu cases since October 1.\n\nLast season as a whole, "
           "the county confirmed 1,119 flu cases, a rise of 5%."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_a_base_not_framed_or_not_matched_is_not_read(lang, text) -> None:
    assert _changes(lang, text) == []
