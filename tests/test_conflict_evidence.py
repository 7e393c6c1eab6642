"""A conflict needs strong evidence that its figures measure one quantity (reconcile.evidence,
reconcile.periods): the classes behind false conflicts seen on real news, each with sentences
of our own written after real reports (tests/fixtures/evidence).

* Figures of consecutive days, weeks or rounds in one sentence ("46.3 %, against 48.9 % in the
  first round"; "84 cases last week, against 117 the week before"; "30 % contained on
  Wednesday, up from 5 % on Tuesday") are different periods, however loosely resolved.
* A list in one sentence ("15 200 à Strasbourg, 9 100 à Lille"; "the Pine fire 45 %, the Cedar
  fire 0 %"; "600 on the square, 180 outside the town hall") is not a contradiction.
* Two named sources in one sentence are: ``sources_differ`` ("128 000 selon les syndicats,
  contre 12 500 selon la police"), and the contrast's figure takes the place before it.
* One source named in two languages ("interior ministry" / "ministère de l'Intérieur") is one
  source: a plain ``values`` conflict, shown.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.extract import extract_text
from claims.models import Period, PeriodKind
from reconcile.assess import MIN_CONFIDENCE
from reconcile.evidence import WEAK_CAP, weak_points
from reconcile.periods import Relation, relate
from reconcile_cli.main import main

EVIDENCE = Path(__file__).parent / "fixtures" / "evidence"
D = date.fromisoformat


def _period(start: str, end: str, resolution: str = "relative",
            kind: PeriodKind = PeriodKind.interval) -> Period:
    return Period(start=D(start), end=D(end), resolution=resolution, kind=kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(("a", "b", "relation"), [
    # two named days are two days: "on Tuesday" / "on Wednesday", "June 8" / "Sunday (June 15)"
    (_period("2025-06-10", "2025-06-10", kind=PeriodKind.day),
     _period("2025-06-11", "2025-06-11", kind=PeriodKind.day), Relation.disjoint),
    (_period("2025-06-08", "2025-06-08", "explicit", PeriodKind.day),
     _period("2025-06-15", "2025-06-15", kind=PeriodKind.day), Relation.disjoint),
    # "last week" against "the week before"
    (_period("2024-09-02", "2024-09-08"), _period("2024-08-26", "2024-09-01"), Relation.disjoint),
    # "this month so far" against "a week ago"
    (_period("2025-09-01", "2025-09-05", kind=PeriodKind.to_date),
     _period("2025-08-29", "2025-08-29", kind=PeriodKind.day), Relation.disjoint),
    # a month loosely resolved keeps its week of slack
    (_period("2024-09-01", "2024-09-30"), _period("2024-09-01", "2024-10-06"), Relation.same),
    # one running window read on two days is one window
    (_period("2024-09-01", "2024-09-02", "explicit", PeriodKind.to_date),
     _period("2024-09-01", "2024-09-03", "explicit", PeriodKind.to_date), Relation.same),
])
def test_short_periods_get_short_slack(a: Period, b: Period, relation: Relation) -> None:
    assert relate(a, b) is relation
    assert relate(b, a) in (relation, {Relation.contains: Relation.within}.get(relation))


def _report(*args: str) -> dict:
    result = CliRunner().invoke(main, ["report", str(EVIDENCE), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _surfaces(report: dict, finding: dict) -> list[str]:
    surfaces = {c["id"]: c["surface"] for c in report["claims"]}
    return sorted(surfaces[i] for i in finding["claim_ids"])


def test_only_conflicts_with_strong_evidence_are_shown() -> None:
    report = _report()
    shown = {(f["detail"], tuple(_surfaces(report, f))) for f in report["findings"]
             if f["verdict"] == "conflict"}
    assert shown == {
        ("sources_differ", ("12 500", "128 000")),  # two sources, one sentence, one place
        ("values", ("1,31 million", "1.13 million")),  # one source named in two languages
    }


def test_consecutive_periods_are_a_period_mismatch() -> None:
    report = _report("--min-confidence", "0")
    mismatched = [_surfaces(report, f) for f in report["findings"]
                  if f["verdict"] == "period_mismatch"]
    assert ["46.3%", "48.9%"] in mismatched
    assert ["117", "84"] in mismatched
    for finding in report["findings"]:
        figures = set(_surfaces(report, finding))
        assert not (finding["verdict"] == "conflict" and figures & {"30%", "5%", "46.3%", "84"})


def test_lists_in_one_sentence_never_conflict_even_unsure() -> None:
    report = _report("--min-confidence", "0")
    listed = [{"15 200", "9 100", "12 000"}, {"45%", "0%"}, {"600", "180", "Some 600", "50"}]
    for finding in report["findings"]:
        if finding["verdict"] != "conflict":
            continue
        figures = set(_surfaces(report, finding))
        assert not any(len(figures & group) > 1 for group in listed), finding


def _claims(lang: str, text: str) -> list:
    return extract_text(text, lang=lang, published=date(2025, 3, 14))


@pytest.mark.parametrize(("lang", "text", "weak"), [
    # lists: places, gatherings, fires
    ("en", "On Saturday, 4,200 people marched in Leeds and 2,900 in Bristol.", True),
    ("fr", "Samedi, 6 400 personnes ont défilé à Nantes, 3 100 à Angers.", True),
    ("en", "Last week, 312 new cases were recorded, against 280 the week before.", True),
    # two sources in one sentence: the disagreement to show
    ("fr", "Samedi, 22 000 personnes ont défilé à Rennes selon les syndicats, contre 8 900 "
           "selon la préfecture.", False),
    ("en", "On Saturday, 31,000 people marched in Leeds according to organisers, and 9,400 "
           "according to police.", False),
])
def test_one_sentence(lang: str, text: str, weak: bool) -> None:
    a, b = _claims(lang, text)[:2]
    assert bool(weak_points([a, b], "internal")) is weak


def test_places_read_from_two_leads_keep_a_conflict_unsure() -> None:
    one = _claims("en", "In Harlan County, about 61% of cases were in children in 2024.")
    two = _claims("fr", "En Bretagne, 10 % des cas concernent des enfants en 2024.")
    assert any("places differ" in w for w in weak_points([one[0], two[0]], "values"))


def test_a_structural_check_across_articles_needs_a_common_place() -> None:
    one = _claims("en", "Police have arrested 611 people this year.")
    two = _claims("fr", "624 personnes ont été interpellées depuis janvier à Nîmes.")
    assert weak_points([one[0], two[0]], "sub_period")
    same = _claims("fr", "À Nîmes, 640 personnes ont été interpellées depuis janvier.")
    assert not weak_points([two[0], same[0]], "sub_period")


def test_weak_conflicts_stay_under_the_default_threshold() -> None:
    assert WEAK_CAP < MIN_CONFIDENCE
    report = _report("--min-confidence", "0")
    for finding in report["findings"]:
        unsure = any(a.startswith("not a sure conflict") for a in finding["assumptions"])
        if finding["verdict"] == "conflict" and unsure:
            assert finding["confidence"] <= WEAK_CAP


def test_summary_counts_only_the_conflicts_shown() -> None:
    """A summary saying "conflict 14" over four listed conflicts would mislead: the unsure ones
    are counted apart, and lowering the threshold brings them back into the count."""
    everything = _report("--min-confidence", "0")
    strict = _report("--min-confidence", "0.99")
    listed = sum(1 for f in strict["findings"] if f["verdict"] == "conflict")
    hidden = strict["summary"]["conflicts_below_min_confidence"]
    assert strict["summary"]["findings"]["conflict"] == listed
    assert hidden > 0
    assert everything["summary"]["findings"]["conflict"] == listed + hidden
    assert everything["summary"]["conflicts_below_min_confidence"] == 0


def test_one_day_more_of_slack_never_joins_two_days() -> None:
    day = _period("2025-06-10", "2025-06-10", kind=PeriodKind.day)
    for shift in range(1, 8):
        other = _period(str(D("2025-06-10") + timedelta(days=shift)),
                        str(D("2025-06-10") + timedelta(days=shift)), kind=PeriodKind.day)
        assert relate(day, other) is Relation.disjoint


def test_frames_that_agree_are_evidence_for_grouping() -> None:
    """The same event and place named in two languages bring two claims closer: a national
    count of marchers in two articles meets, whatever other counts of people the bucket holds."""
    from reconcile.features import features
    from reconcile.lexicon import Lexicon
    from reconcile.linkage import SLOT_BONUS, _frame_evidence

    lexicon = Lexicon.default()
    en = _claims("en", "On Thursday, 1.08 million people demonstrated across the country, "
                       "according to the interior ministry.")[0]
    fr = _claims("fr", "Jeudi, 1,28 million de personnes ont manifesté dans toute la France, "
                       "selon le ministère de l'Intérieur.")[0]
    jobless = _claims("fr", "Au deuxième trimestre, 2,41 millions de personnes étaient au "
                            "chômage.")[0]
    bonus = _frame_evidence([features(c, lexicon) for c in (en, fr, jobless)])
    assert bonus[0, 1] == pytest.approx(2 * SLOT_BONUS)  # event and place
    assert bonus[0, 2] == bonus[1, 2] == 0.0


@pytest.mark.parametrize(("change", "level"), [
    ("The claimant count fell by 9,800 in May.", "The claimant count was 12,600 in May."),
    ("Unemployment rose by 31,000 in the three months to June.",
     "Unemployment in the three months to June was 36,500."),
    ("Youth unemployment increased by 16,000 in 2023.", "Youth unemployment was 19,000 in 2023."),
])
def test_a_change_is_not_a_level(change: str, level: str) -> None:
    a, b = _claims("en", change)[0], _claims("en", level)[0]
    assert a.direction is not None and b.direction is None
    assert any("a change" in w for w in weak_points([a, b], "values"))


def test_a_breakdown_whose_part_is_not_read_is_unsure() -> None:
    """Breach and casualty reports: "Of those, N had card numbers taken" counts some part of
    the customers, not the customers."""
    claims = _claims("en", "In April, 1.6 million customers had their data exposed. Of those, "
                           "412,000 had card numbers taken, the company said.")
    whole, part = claims[0], claims[1]
    assert part.whole  # read as a breakdown of the customers
    assert any("part" in w for w in weak_points([whole, part], "internal"))


def test_shares_summed_as_parts_need_one_whole() -> None:
    claims = _claims("fr", "Les départements en alerte rouge concentrent près de la moitié des "
                           "décès (48 %), alors qu'ils ne représentent qu'un quart de la "
                           "population.")
    shares = [c for c in claims if c.unit == "percent"]
    assert len(shares) >= 2
    assert weak_points(shares, "parts")


def test_a_rate_and_a_total_in_two_kinds_of_unit_are_unsure() -> None:
    total, rate = _claims("en", "The council will release 45 million pesos in aid, and 300 "
                                "pesos a month for each family.")[:2]
    money_rate = rate.model_copy(update={"unit": "USD", "per": "month"})
    assert weak_points([total, money_rate], "rate")
    assert not weak_points([total, total.model_copy(update={"per": "month"})], "rate")


def test_undated_figures_of_two_articles_are_unsure() -> None:
    one = _claims("en", "About a third of the dead were children.")[0]
    two = _claims("fr", "Les plus de 65 ans représentent 85 % des décès.")[0]
    assert any("state no period" in w for w in weak_points([one, two], "values"))


@pytest.mark.parametrize(("lang", "a", "b"), [
    # casualty reports: which of the dead a share counts is not read
    ("en", "About a quarter of the dead, 41, were children.",
     "Nearly 60% of the dead were women."),
    ("fr", "Les plus de 75 ans représentent 78 % des décès.",
     "Près d'un tiers des décès ont été recensés en Occitanie."),
])
def test_a_share_whose_part_is_not_read_is_unsure(lang: str, a: str, b: str) -> None:
    one, two = _claims(lang, a)[0], _claims(lang, b)[0]
    assert any("what part of it is not read" in w for w in weak_points([one, two], "values"))


def test_a_share_leaning_on_a_part_not_read_is_unsure() -> None:
    """"96 of the deaths, or 71.6%": the share of one county's dead among all the dead."""
    claims = _claims("en", "Ardo county accounted for 96 of the deaths, or 71.6%, officials "
                           "said.")
    share = next(c for c in claims if c.unit == "percent")
    other = _claims("en", "About a quarter of the dead, 41, were children.")[0]
    lookup = {c.id: c for c in claims}
    assert any("not read" in w for w in weak_points([share, other], "values", lookup))


def test_a_share_whose_part_did_something_is_read() -> None:
    """"34 % des conducteurs étaient en grève" counts drivers on strike: two sources on it
    are a sure conflict."""
    claims = _claims("fr", "Jeudi, 31 % des contrôleurs étaient en grève selon la direction, "
                           "et 55 % selon la CGT.")
    assert not weak_points(claims[:2], "sources_differ")


def test_a_period_check_needs_one_counter_in_so_many_words() -> None:
    """A margin ("the levy failed by 312 votes") and a count of a kind of ballot ("about 180
    ballots with signature problems") share a concept, not a counter."""
    margin = _claims("en", "On Tuesday, the parks levy failed by 312 votes.")[0]
    ballots = _claims("en", "So far this year, about 180 ballots with signature problems were "
                            "set aside.")[0]
    assert any(w.startswith("they count") for w in weak_points([margin, ballots], "sub_period"))
    again = _claims("en", "On Tuesday, 312 ballots with signature problems were set aside.")[0]
    assert not any(w.startswith("they count") for w in weak_points([again, ballots], "sub_period"))


@pytest.mark.parametrize(("lang", "scoped", "plain", "weak"), [
    # a national scope on one side says what a figure with no place says: the whole country
    ("fr", "Au niveau national, 6 420 passages aux urgences ont été liés à la chaleur entre le "
           "3 et le 12 juillet, selon l'agence sanitaire.",
     "Entre le 3 et le 12 juillet, 5 240 passages aux urgences ont été liés à la chaleur, selon "
     "l'agence sanitaire.", False),
    ("en", "Nationwide, 3,180 people were taken to hospital with heatstroke between July 3 and "
           "July 12, the health agency said.",
     "Between July 3 and July 12, 2,810 people were taken to hospital with heatstroke, the "
     "health agency said.", False),
    ("fr", "Dans tout le pays, 2 950 écoles sont restées fermées lundi 7 juillet, selon le "
           "ministère.",
     "Lundi 7 juillet, 2 590 écoles sont restées fermées, selon le ministère.", False),
    # a region on one side still may be the difference
    ("fr", "En Occitanie, 6 420 passages aux urgences ont été liés à la chaleur entre le 3 et le "
           "12 juillet, selon l'agence sanitaire.",
     "Entre le 3 et le 12 juillet, 5 240 passages aux urgences ont été liés à la chaleur, selon "
     "l'agence sanitaire.", True),
    ("en", "In Arizona, 3,180 people were taken to hospital with heatstroke between July 3 and "
           "July 12, the health agency said.",
     "Between July 3 and July 12, 2,810 people were taken to hospital with heatstroke, the "
     "health agency said.", True),
])
def test_a_national_scope_is_no_place_of_its_own(lang: str, scoped: str, plain: str,
                                                  weak: bool) -> None:
    one, two = _claims(lang, scoped)[0], _claims(lang, plain)[0]
    assert bool([w for w in weak_points([one, two], "values") if "place" in w]) is weak
