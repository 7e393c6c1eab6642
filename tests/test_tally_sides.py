"""The sides of a vote's tally are different quantities: "204 voted in favour, 85 against, 3
abstained and 8 ballots were declared invalid", "204 voix pour, 85 contre, trois abstentions et
huit bulletins nuls", "찬성 204표, 반대 85표, 기권 3표, 무효 8표". The side joins what a figure
counts (``claims.tally_sides``) and grouping keeps two sides, or a side and a count of votes
that names none, apart (``[grouping.kinds.vote_side]``, ``[grouping.sided]``); two copies of
one side still meet, and still conflict when they differ.

Read on real news (pages): andina.pe (a Peruvian impeachment motion: so many legislators in
favor, so many against, so many abstained); a US House impeachment told as yeas and nays with
one abstention (several outlets); datan.fr and linternaute (censure motions: "ont voté pour",
"il fallait 289"); news1 and a Channel A report (Korean tallies "찬성 258표, 반대 14표, 기권
11표 무효 6표", "찬성194, 반대104, 기권1, 무효1"). Sentences of our own, other numbers."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.kinds import one_kind_each
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 3, 11)

# (language, sentence, {figure: the side it counts, None for none})
SIDES = [
    ("en", "The bill passed on Tuesday with 311 voting in favour, 96 against and 7 abstaining, "
           "while 5 ballots were ruled invalid.",
     {"311": "for", "96": "against", "7": "abstained", "5": "invalid"}),
    ("en", "On that occasion, 61 senators voted in favor, 58 against, and 12 abstained.",
     {"61": "for", "58": "against", "12": "abstained"}),
    ("en", "The measure was approved on Tuesday with 412 yeas and 17 nays.",
     {"412": "for", "17": "against"}),
    ("en", "Of the 64,300 valid ballots, 33,100 backed the levy while 31,200 opposed it.",
     {"64,300": None, "33,100": "for", "31,200": "against"}),
    ("en", "The motion failed on Monday: 140 lawmakers voted for it and 151 voted against it.",
     {"140": "for", "151": "against"}),
    # a side after a vote verb a few words on, in a sentence of one side
    ("en", "All 187 members of the opposition voted in favour, along with 9 from the ruling "
           "party.", {"187": "for"}),
    ("en", "A total of 196 lawmakers voted on Saturday.", {"196": None}),
    ("en", "12 people were hurt as lawmakers voted against the curfew.", {"12": None}),
    ("fr", "Les 187 élus de l'opposition ont voté pour.", {"187": "for"}),
    # no tally: a side word in a sentence that names no other side, or a negated one
    ("en", "Prosecutors opened 3 cases against local officials on Monday.", {"3": None}),
    ("en", "In the ballot, 72% of members were not in favour of a strike.", {"72%": None}),
    ("fr", "La réforme a été adoptée jeudi par 341 voix pour, 97 contre, six abstentions et "
           "quatre bulletins nuls.",
     {"341": "for", "97": "against", "six": "abstained", "quatre": "invalid"}),
    ("fr", "Sur 142 votants, 139 ont voté pour et trois se sont abstenus.",
     {"139": "for", "trois": "abstained"}),
    ("fr", "Le texte a recueilli 406 votes favorables et 112 votes contre, mardi.",
     {"406": "for", "112": "against"}),
    # "par 288 voix contre 247": 288 is a side, but "contre" opens the other one
    ("fr", "Le projet de loi a été adopté mardi par 288 voix contre 247.", {"288": None}),
    ("fr", "La police a recensé 297 plaintes en 2024, contre 180 en 2023.",
     {"297": None, "180": None}),
    # a score: the side named after it is the first figure's, the second is the other side
    # (AP on union ballots: "voted N to M in favor of union representation")
    ("en", "Warehouse workers voted 2,310 to 1,174 in favor of joining the union.",
     {"2,310": "for", "1,174": None}),
    ("fr", "Le texte a été adopté par 301 voix contre 212 en faveur de la réforme.",
     {"301": "for", "212": None}),
    ("ko", "국회는 5일 본회의에서 특검법안을 재석 287명 중 찬성 191표, 반대 89표, "
           "기권 4표, 무효 3표로 가결했다.",
     {"287명": "present", "191표": "for", "89표": "against", "4표": "abstained",
      "3표": "invalid"}),
]


def _side(counted: str, language: str) -> str | None:
    return dict(one_kind_each(counted, language)).get("vote_side")


@pytest.mark.parametrize(("lang", "sentence", "expected"), SIDES)
def test_each_figure_counts_its_side(lang: str, sentence: str,
                                     expected: dict[str, str | None]) -> None:
    claims = extract_text(sentence, lang=lang, published=PUBLISHED)
    got = {c.surface: _side(c.counted, lang) for c in claims}
    assert {k: got.get(k, "not read") for k in expected} == expected


EN = ("Lawmakers in Norvania voted on Tuesday to remove Prime Minister Alek Suran. The motion "
      "passed with 212 voting in favour, {against} against and 4 abstaining, while 5 ballots "
      "were declared invalid. A total of 300 lawmakers voted.")
FR = ("Les députés de Norvanie ont voté mardi la destitution du Premier ministre Alek Suran. La "
      "motion a été adoptée par 212 voix pour, {against} contre, quatre abstentions et cinq "
      "bulletins nuls.")
KO = ("노르바니아 의회는 10일 본회의에서 알렉 수란 총리 불신임안을 재석 300명 중 찬성 212표, "
      "반대 {against}표, 기권 4표, 무효 5표로 가결했다.")


def _report(*texts: tuple[str, str]) -> list:
    claims = [c for k, (lang, text) in enumerate(texts)
              for c in extract_text(text, lang=lang, published=PUBLISHED, article_id=f"{k}.md")]
    return reconcile(claims).findings


@pytest.mark.parametrize("other", [("fr", FR), ("ko", KO)])
def test_the_sides_of_one_vote_never_conflict(other: tuple[str, str]) -> None:
    lang, text = other
    findings = _report(("en", EN.format(against=79)), (lang, text.format(against=79)))
    assert [f.explanation for f in findings if f.verdict is Verdict.conflict] == []


def test_one_side_in_two_languages_still_meets() -> None:
    findings = _report(("en", EN.format(against=79)), ("fr", FR.format(against=79)))
    agree = [f for f in findings if f.verdict is Verdict.consistent]
    assert any('"212"' in f.explanation for f in agree)


@pytest.mark.parametrize("text", [EN, FR, KO])
def test_one_side_told_two_ways_still_conflicts(text: str) -> None:
    lang = {EN: "en", FR: "fr", KO: "ko"}[text]
    findings = _report((lang, text.format(against=79)), (lang, text.format(against=97)))
    conflicts = [f for f in findings if f.verdict is Verdict.conflict]
    assert len(conflicts) == 1
    assert '"79"' in conflicts[0].explanation or '"79표"' in conflicts[0].explanation
