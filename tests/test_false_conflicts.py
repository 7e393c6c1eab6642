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



# -- one time of day told in other words, or in another language -----------------------------------
# A bulletin read "Thursday evening" by one outlet and "jeudi soir" by another is one reading:
# the time names what it means (reconcile/day_times.py), not the words it is written in.

@pytest.mark.parametrize(("a", "b"), [
    (("en", "2025-03-14", "The district committee said on Thursday evening that 418 homes had "
      "been destroyed.", "418"),
     ("fr", "2025-03-14", "Jeudi soir, le comité du district recensait 481 maisons détruites.",
      "481")),
    (("fr", "2025-06-07", "Samedi soir, la préfecture faisait état de 23 blessés.", "23"),
     ("fr", "2025-06-07", "Dans la soirée de samedi, la préfecture comptait 32 blessés.", "32")),
    (("en", "2025-08-13", "As of 6 p.m. Wednesday, 512 people were in shelters, officials "
      "said.", "512"),
     ("fr", "2025-08-13", "Mercredi à 18 heures, 215 personnes étaient hébergées dans des "
      "abris, selon les autorités.", "215")),
    (("ko", "2025-07-19", "19일 오후 6시 기준 대피 인원은 734명이다.", "734명"),
     ("en", "2025-07-19", "As of 6 p.m. Saturday, 347 people had been evacuated, the ministry "
      "said.", "347")),
    (("fr", "2025-06-07", "À la mi-journée, la police comptait 1 450 manifestants.", "1 450"),
     ("fr", "2025-06-07", "À midi, la police recensait 4 150 manifestants.", "4 150")),
])
def test_one_time_told_in_other_words_leaves_the_conflict_sure(
    a: tuple[str, str, str, str], b: tuple[str, str, str, str]
) -> None:
    first, second = _claim(*a), _claim(*b)
    assert not any(TIMES in w for w in weak_points([first, second], "values"))


@pytest.mark.parametrize(("a", "b"), [
    # two times of the day in two languages stay two readings
    (("en", "2025-03-14", "The district committee said on Thursday morning that 418 homes had "
      "been destroyed.", "418"),
     ("fr", "2025-03-14", "Jeudi soir, le comité du district recensait 481 maisons détruites.",
      "481")),
    (("en", "2025-08-13", "As of 6 a.m. Wednesday, 512 people were in shelters, officials "
      "said.", "512"),
     ("fr", "2025-08-13", "Mercredi à 18 heures, 215 personnes étaient hébergées dans des "
      "abris, selon les autorités.", "215")),
    (("ko", "2025-07-19", "19일 오전 6시 기준 대피 인원은 734명이다.", "734명"),
     ("en", "2025-07-19", "As of 6 p.m. Saturday, 347 people had been evacuated, the ministry "
      "said.", "347")),
    (("fr", "2025-06-07", "Samedi après-midi, la préfecture faisait état de 23 blessés.", "23"),
     ("fr", "2025-06-07", "Samedi à midi, la préfecture comptait 32 blessés.", "32")),
    (("fr", "2025-06-07", "Samedi à 18 h 30, la préfecture faisait état de 23 blessés.", "23"),
     ("fr", "2025-06-07", "Samedi à 18 heures, la préfecture comptait 32 blessés.", "32")),
])
def test_two_times_in_other_words_stay_unsure(
    a: tuple[str, str, str, str], b: tuple[str, str, str, str]
) -> None:
    first, second = _claim(*a), _claim(*b)
    assert any(TIMES in w for w in weak_points([first, second], "values"))


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


# -- a Korean region written before a figure ---------------------------------------------------
# (the Korean frame reads the place: claims/lang/ko; a region's figure is never sure against the
# country's or another region's)

REGION = "place"


@pytest.mark.parametrize(("a", "b"), [
    (("올해 상반기 제주를 찾은 외국인 관광객은 98만명으로 집계됐다.", "98만명"),
     ("올해 상반기 방한 외국인 관광객은 870만명으로 집계됐다.", "870만명")),
    (("지난달 부산 지역 실업률은 3.4%로 집계됐다.", "3.4%"),
     ("지난달 실업률은 2.8%로 집계됐다.", "2.8%")),
    (("이번 집중호우로 경북에서는 사망자가 19명으로 늘었다.", "19명"),
     ("이번 집중호우로 인한 사망자는 31명으로 집계됐다.", "31명")),
    (("올해 상반기 서울을 찾은 외국인 관광객은 610만명이다.", "610만명"),
     ("올해 상반기 제주를 찾은 외국인 관광객은 98만명으로 집계됐다.", "98만명")),
])
def test_a_korean_region_figure_is_not_the_country_s(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    first, second = _claim("ko", "2025-08-05", *a), _claim("ko", "2025-08-05", *b)
    assert any(REGION in w for w in weak_points([first, second], "values"))


def test_one_korean_region_on_both_sides_leaves_the_conflict_sure() -> None:
    first = _claim("ko", "2025-08-05", "올해 상반기 제주를 찾은 외국인 관광객은 98만명이다.",
                   "98만명")
    second = _claim("ko", "2025-08-05", "올해 상반기 제주를 찾은 외국인 관광객은 112만명으로 "
                    "집계됐다.", "112만명")
    assert not any(REGION in w for w in weak_points([first, second], "values"))


# -- changes against two bases -------------------------------------------------------------------

BASES = "different bases"


@pytest.mark.parametrize(("lang", "published", "a", "b"), [
    ("fr", "2025-10-30",
     ("Sur un an, la croissance du PIB atteint 0,9 % au troisième trimestre.", "0,9 %"),
     ("Au troisième trimestre, le PIB a progressé de 0,5 % par rapport au trimestre "
      "précédent.", "0,5 %")),
    ("en", "2025-09-16", ("Retail sales rose 0.6% in August from July.", "0.6%"),
     ("Retail sales increased 5.0% in August from a year earlier.", "5.0%")),
    ("en", "2025-04-16", ("Consumer prices rose 0.2% in March from February.", "0.2%"),
     ("Annual inflation was 2.4% in March.", "2.4%")),
    ("ko", "2025-10-02", ("9월 소비자물가는 전년 동월 대비 2.1% 상승했다.", "2.1%"),
     ("9월 소비자물가는 전월 대비 0.3% 올랐다.", "0.3%")),
    # a base on one side only: the other may be on either
    ("fr", "2025-10-30",
     ("Au troisième trimestre, la croissance du PIB s'est établie à 0,5 %.", "0,5 %"),
     ("Sur un an, le PIB progresse de 0,9 % au troisième trimestre.", "0,9 %")),
])
def test_changes_against_two_bases_are_unsure(
    lang: str, published: str, a: tuple[str, str], b: tuple[str, str]
) -> None:
    first, second = _claim(lang, published, *a), _claim(lang, published, *b)
    assert any(BASES in w for w in weak_points([first, second], "values"))


def test_changes_against_one_base_stay_sure() -> None:
    first = _claim("en", "2025-09-16", "Retail sales rose 5.0% in August from a year earlier.",
                   "5.0%")
    second = _claim("en", "2025-09-16", "Retail sales were up 4.1% in August from a year "
                    "earlier, the department said.", "4.1%")
    assert not any(BASES in w for w in weak_points([first, second], "values"))


# -- an undated figure in a dated sentence -------------------------------------------------------

UNDATED = "its sentence dates its other figures"


def _article(lang: str, published: str, text: str, name: str) -> list[Claim]:
    day = date.fromisoformat(published)
    return [c.model_copy(update={"article": name})
            for c in extract_text(text, lang=lang, published=day)]


def test_an_undated_level_in_a_dated_sentence_is_not_another_day_s() -> None:
    """'had burned 12,400 acres by Monday evening and was 15% contained': the 15 % is read with
    no period, but its sentence is about Monday, not Tuesday."""
    here = _article("en", "2025-07-22", "The Pine Ridge fire had burned 12,400 acres by Monday "
                    "evening and was 15% contained, Cal Fire said.", "a.txt")
    there = _article("en", "2025-07-23", "The Pine Ridge fire was 32% contained as of Tuesday "
                     "morning, Cal Fire said.", "b.txt")
    a = next(c for c in here if c.surface == "15%")
    b = next(c for c in there if c.surface == "32%")
    if a.period is not None and a.period.end is not None:
        # The extractor dates it itself now (the sentence's "by Monday evening"): Monday's.
        assert a.period.end == date(2025, 7, 21)
        return
    lookup = {c.id: c for c in (*here, *there)}
    assert any(UNDATED in w for w in weak_points([a, b], "values", lookup))


@pytest.mark.parametrize(("lang", "one", "other", "surfaces"), [
    # the extractor dates these; with the period lost (as for "15% contained") the sentence's
    # other figure still dates them
    ("en", "On Monday, rescuers pulled 14 survivors from the rubble and the number of missing "
           "fell to 22.", "On Tuesday, the number of missing stood at 19.", ("22", "19")),
    ("fr", "Mardi, 17 personnes ont été interpellées et 9 restaient en garde à vue.",
     "Mercredi, 6 personnes restaient en garde à vue.", ("9", "6")),
    ("ko", "21일 오후 6시 기준 산불 진화율은 45%이며 대피 주민은 1200명이다.",
     "22일 오전 기준 대피 주민은 800명이다.", ("1200명", "800명")),
])
def test_an_undated_figure_takes_its_sentence_day(
    lang: str, one: str, other: str, surfaces: tuple[str, str]
) -> None:
    here = _article(lang, "2025-07-23", one, "a.txt")
    there = _article(lang, "2025-07-23", other, "b.txt")
    a = next(c for c in here if c.surface == surfaces[0]).model_copy(update={"period": None})
    b = next(c for c in there if c.surface == surfaces[1])
    lookup = {c.id: c for c in (*here, *there)}
    lookup[a.id] = a
    assert any(UNDATED in w for w in weak_points([a, b], "values", lookup))
    same_day = b.model_copy(update={"period": next(
        c for c in here if c.surface != surfaces[0] and c.period is not None).period})
    assert not any(UNDATED in w for w in weak_points([a, same_day], "values", lookup))


# -- a place the other article gives its own figure ----------------------------------------------

OWN_FIGURE = "a figure of its own"


@pytest.mark.parametrize(("lang", "local", "national", "surfaces"), [
    ("en", "Measles cases climb in Texas\n\nTexas has confirmed 702 measles cases this year, "
           "state health officials said.",
     "The CDC said 1,001 measles cases had been recorded this year. In Texas, "
     "702 cases have been confirmed.", ("702", "1,001")),
    ("fr", "Coqueluche en Bretagne\n\nDepuis janvier, 1 240 cas de coqueluche ont été "
           "recensés, selon l'ARS.",
     "Depuis janvier, 11 421 cas de coqueluche ont été recensés, selon Santé publique France. "
     "En Bretagne, 1 240 cas ont été signalés.", ("1 240", "11 421")),
    ("en", "Wildfire evacuations in Oregon\n\nThe fires have forced 4,100 people to "
           "evacuate this week, officials said.",
     "Wildfires have forced 12,600 people to evacuate this week, officials said. In Oregon, "
     "4,100 people were evacuated.", ("4,100", "12,600")),
])
def test_a_place_the_other_article_gives_its_own_figure(
    lang: str, local: str, national: str, surfaces: tuple[str, str]
) -> None:
    here = _article(lang, "2025-05-02", local, "local.txt")
    there = _article(lang, "2025-05-02", national, "national.txt")
    a = next(c for c in here if c.surface == surfaces[0])
    b = next(c for c in there if c.surface == surfaces[1])
    assert a.place and not b.place
    lookup = {c.id: c for c in (*here, *there)}
    assert any(OWN_FIGURE in w for w in weak_points([a, b], "values", lookup))
