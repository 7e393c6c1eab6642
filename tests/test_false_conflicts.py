"""False conflicts on one story told by several outlets (reconcile.evidence, reconcile.periods).

Each class was seen where two outlets cover the same disaster, accident or release, and is
tested with sentences of our own in that style (other names, other figures), four instances or
more, and over the articles of tests/fixtures/falseconf (truth in its README):

* A running toll read on two days ("23 dead on Tuesday", "28 on Wednesday") is a timeline of
  one counter, never a conflict, however loosely each day was resolved.
* A toll read at two times of one day ("오전 11시 기준" / "오후 6시 기준", "samedi matin" /
  "samedi à 18 heures") may have moved in between: a conflict between them is unsure.
* An article that brings in the national figure ("while the national rate held at 3.9%",
  "contre 90,7 % au niveau national") is about one place: its figures with no place are not
  the country's.

And the errors planted in those articles (the same toll from the same source, at the same
time, with another value) are still shown.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.extract import extract_text
from claims.models import Claim
from reconcile.evidence import weak_points
from reconcile.periods import Relation, relate
from reconcile_cli.main import main

STORIES = Path(__file__).parent / "fixtures" / "falseconf" / "articles"


def _claim(lang: str, published: str, text: str, surface: str) -> Claim:
    claims = extract_text(text, lang=lang, published=date.fromisoformat(published))
    return next(c for c in claims if c.surface == surface)


# -- a running toll on two days ----------------------------------------------------------------

@pytest.mark.parametrize(("lang", "published", "a", "b"), [
    ("en", "2025-08-13", ("The death toll rose to 17 on Tuesday, the provincial governor said.",
                          "17"),
     ("The death toll reached 21 on Wednesday, the provincial governor said.", "21")),
    ("en", "2025-08-13", ("The number of people still missing stood at 40 on Monday.", "40"),
     ("Officials said 33 people were still missing on Tuesday.", "33")),
    ("fr", "2025-10-22", ("Le bilan des inondations s'élevait mardi à 14 morts, selon la "
                          "préfecture.", "14"),
     ("Mercredi, le bilan s'est alourdi à 17 morts, selon la préfecture.", "17")),
    ("ko", "2025-07-19", ("18일 오후 6시 기준 사망자는 12명으로 집계됐다.", "12명"),
     ("19일 오전 6시 기준 사망자는 15명으로 늘었다.", "15명")),
])
def test_a_toll_on_two_days_is_two_readings(
    lang: str, published: str, a: tuple[str, str], b: tuple[str, str]
) -> None:
    first, second = _claim(lang, published, *a), _claim(lang, published, *b)
    assert first.period is not None and second.period is not None
    assert first.period.end != second.period.end
    assert relate(first.period, second.period) is not Relation.same
    assert relate(second.period, first.period) is not Relation.same


def test_a_toll_on_one_day_is_one_period() -> None:
    """The same day in two articles stays one period: their tolls are compared."""
    a = _claim("en", "2025-08-13", "The death toll rose to 17 on Tuesday, officials said.", "17")
    b = _claim("en", "2025-08-12", "The death toll reached 21 on Tuesday, officials said.", "21")
    assert relate(a.period, b.period) is Relation.same


# -- a toll at two times of one day ---------------------------------------------------------------

TIMES = "different times of it"


@pytest.mark.parametrize(("lang", "published", "a", "b"), [
    ("ko", "2025-07-19", ("19일 중대본에 따르면 이날 오전 11시 기준 사망자는 31명으로 집계됐다.",
                          "31명"),
     ("19일 중대본에 따르면 이날 오후 6시 기준 사망자는 34명이다.", "34명")),
    ("en", "2025-08-13", ("As of 9 a.m. Wednesday, 412 people were in evacuation centers, "
                          "officials said.", "412"),
     ("By Wednesday evening, 268 people were in evacuation centers, officials said.", "268")),
    ("fr", "2025-10-18", ("Samedi matin, le bilan officiel était de neuf morts.", "neuf"),
     ("Selon un bilan communiqué samedi à 18 heures par la préfecture, les inondations ont "
      "fait onze morts.", "onze")),
    # one side names no hour: it may be any time of the day
    ("en", "2025-08-13", ("The death toll rose to 17 on Wednesday, officials said.", "17"),
     ("The death toll stood at 19 as of 6 p.m. Wednesday, officials said.", "19")),
])
def test_a_toll_at_two_times_of_one_day_is_unsure(
    lang: str, published: str, a: tuple[str, str], b: tuple[str, str]
) -> None:
    first, second = _claim(lang, published, *a), _claim(lang, published, *b)
    assert any(TIMES in w for w in weak_points([first, second], "values"))


@pytest.mark.parametrize(("lang", "published", "a", "b"), [
    ("ko", "2025-07-19", ("이날 오후 6시 기준 사망자는 31명으로 집계됐다.", "31명"),
     ("19일 중대본에 따르면 이날 오후 6시 기준 사망자는 34명이다.", "34명")),
    ("en", "2025-08-13", ("The death toll rose to 17 on Wednesday, officials said.", "17"),
     ("The death toll reached 21 on Wednesday, the governor said.", "21")),
])
def test_one_time_of_day_leaves_the_conflict_sure(
    lang: str, published: str, a: tuple[str, str], b: tuple[str, str]
) -> None:
    first, second = _claim(lang, published, *a), _claim(lang, published, *b)
    assert not any(TIMES in w for w in weak_points([first, second], "values"))


# -- a local article's own figures against the national ones -----------------------------------

NATIONAL = "against a national one"


@pytest.mark.parametrize(("lang", "published", "local", "national", "surfaces"), [
    ("en", "2025-10-17",
     "Ohio's unemployment rate fell to 4.1% in September, while the national rate held at "
     "3.9%. Employers added 6,300 jobs in September.",
     "Employers added 142,000 jobs in September, the Labor Department said.",
     ("6,300", "142,000")),
    ("fr", "2025-07-08",
     "Le taux de réussite au baccalauréat atteint 92,1 % dans l'académie, contre 90,7 % au "
     "niveau national. Cette année, 31 400 candidats se sont présentés.",
     "Cette année, 684 000 candidats se sont présentés au baccalauréat.",
     ("31 400", "684 000")),
    ("fr", "2025-11-14",
     "Au troisième trimestre, le taux de chômage atteint 6,9 % dans la région. Au niveau "
     "national, il s'établit à 7,7 %.",
     "Au troisième trimestre, le taux de chômage atteint 7,7 %.",
     ("6,9 %", "7,7 %")),
    ("en", "2025-06-03",
     "Nationally, measles cases reached 1,046 this year. Health officials have confirmed 88 "
     "cases this year.",
     "Health officials have confirmed 1,046 measles cases this year.",
     ("88", "1,046")),
    ("ko", "2025-05-14",
     "전국 평균 실업률은 2.8%였다. 지난달 실업률은 3.4%로 집계됐다.",
     "지난달 실업률은 2.8%로 집계됐다.",
     ("3.4%", "2.8%")),
])
def test_a_local_article_figures_are_not_the_national_ones(
    lang: str, published: str, local: str, national: str, surfaces: tuple[str, str]
) -> None:
    day = date.fromisoformat(published)
    here = [c.model_copy(update={"article": "local.txt"})
            for c in extract_text(local, lang=lang, published=day)]
    there = [c.model_copy(update={"article": "national.txt"})
             for c in extract_text(national, lang=lang, published=day)]
    a = [c for c in here if c.surface == surfaces[0]][-1]
    b = next(c for c in there if c.surface == surfaces[1])
    lookup = {c.id: c for c in (*here, *there)}
    assert any(NATIONAL in w for w in weak_points([a, b], "values", lookup))


def test_the_national_figure_of_a_local_article_is_still_national() -> None:
    """'Nationally, ... 1,046' is the country's figure: against another article's national
    figure it is a sure conflict."""
    day = date(2025, 6, 3)
    here = [c.model_copy(update={"article": "local.txt"}) for c in extract_text(
        "Nationally, measles cases reached 1,046 this year.", lang="en", published=day)]
    there = [c.model_copy(update={"article": "national.txt"}) for c in extract_text(
        "Measles cases reached 1,210 this year, health officials said.", lang="en",
        published=day)]
    a = next(c for c in here if c.surface == "1,046")
    b = next(c for c in there if c.surface == "1,210")
    lookup = {c.id: c for c in (*here, *there)}
    assert not any(NATIONAL in w for w in weak_points([a, b], "values", lookup))


# -- whole stories ------------------------------------------------------------------------------

def _report(story: str, *args: str) -> dict:
    result = CliRunner().invoke(main, ["report", str(STORIES / story), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _shown(report: dict) -> set[tuple[str, ...]]:
    surfaces = {c["id"]: f"{c['surface']}@{c['article'][:1]}" for c in report["claims"]}
    return {tuple(sorted({surfaces[i] for i in f["claim_ids"]})) for f in report["findings"]
            if f["verdict"] == "conflict"}


@pytest.mark.parametrize(("story", "planted"), [
    ("ferry", {("23@a", "32@c")}),  # the same toll from the same coast guard, same day
    ("rain", {("31명@a", "37명@c")}),  # the same toll at the same hour
    ("jobs", set()),
    ("floods", set()),
])
def test_stories_show_only_the_planted_conflicts(story: str, planted: set) -> None:
    """Each conflict shown holds a planted pair (a repeat of one of its figures may join it),
    and each planted pair is shown."""
    shown = _shown(_report(story))
    assert all(any(set(pair) <= set(found) for pair in planted) for found in shown), shown
    assert all(any(set(pair) <= set(found) for found in shown) for pair in planted), shown


def test_a_rising_toll_is_a_timeline() -> None:
    report = _report("ferry")
    surfaces = {c["id"]: c["surface"] for c in report["claims"]}
    mismatched = [{surfaces[i] for i in f["claim_ids"]} for f in report["findings"]
                  if f["verdict"] == "period_mismatch"]
    assert any({"23", "28"} <= figures for figures in mismatched)
