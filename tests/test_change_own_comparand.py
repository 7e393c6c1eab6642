"""A change rate compared with a figure its own words name (issue 9, structural checks): "This
is 18% higher than the 31,200 people who arrived in 2021, but 12% lower than the 41,900 in
2020"; "1년 전(151만8천200명)보다 8.2% 늘어난 규모다"; "전월(98만명) 대비 22.9%(22만4천명)
증가했다".

The class, as read in migration bulletins (crossings "higher than the ... last year, but lower
than the ... in 2022"), Korean statistics releases (foreign residents, entries: "…보다 X%
증가한 수치다", "이는 …보다 X% 감소했고") and their amounts in brackets: each rate compares the
subject (the figure of the sentence, or of the sentence before when the sentence refers back to
it) with its own comparand. The two comparands are never a change of each other (the false
conflicts this removed), and the amount in brackets is the change told again, never a level.
Sentences and figures are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 20)


def _changes(lang: str, text: str) -> list[tuple[Verdict, tuple[str, ...]]]:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    found = {(f.verdict, tuple(sorted(surface[i] for i in f.claim_ids)))
             for f in reconcile(claims).findings if f.detail == "stated_change"}
    return sorted(found, key=str)


HOLDS = [
    # the subject in the sentence before, each rate against its own comparand
    ("en", "A total of 36,800 people crossed the Channel in small boats in 2025, the Home Office "
           "said. This is 18% higher than the 31,200 people who arrived in 2024, but 12% lower "
           "than the 41,900 arrivals in 2023.",
     [(Verdict.consistent, ("18%", "31,200")), (Verdict.consistent, ("18%", "36,800")),
      (Verdict.consistent, ("12%", "41,900")), (Verdict.consistent, ("12%", "36,800"))]),
    # the subject in the rate's sentence, "up ... on the", "down ... on the"
    ("en", "Some 21,000 asylum claims were lodged in the first half of 2026, up 29% on the 16,300 "
           "claims lodged a year earlier.",
     [(Verdict.consistent, ("16,300", "29%")), (Verdict.consistent, ("29%", "Some 21,000"))]),
    # Korean: the comparand in brackets before "보다", the level in the sentence before
    ("ko", "지난달 말 기준 국내 등록외국인은 164만2천310명으로 집계됐다. 1년 전(151만8천200명)보다 "
           "8.2% 늘어난 규모다.",
     [(Verdict.consistent, ("151만8천200명", "8.2%")),
      (Verdict.consistent, ("164만2천310명", "8.2%"))]),
    # Korean: the amount in brackets after the rate is the change again, not the level
    ("ko", "지난달 외국인 입국자는 120만4천명으로 전월(98만명) 대비 22.9%(22만4천명) 증가했다.",
     [(Verdict.consistent, ("120만4천명", "22.9%")), (Verdict.consistent, ("22.9%", "98만명"))]),
    # "이는 ... 보다는 X% 증가한 것이다": a demonstrative opening, the comparand before the rate
    ("ko", "10월 말 현재 체류 외국인은 204만3천명으로 집계됐다. 이는 지난해 10월 190만명보다는 "
           "7.5% 증가한 것이다.",
     [(Verdict.consistent, ("190만명", "7.5%")), (Verdict.consistent, ("204만3천명", "7.5%"))]),
    ("fr", "Au 15 novembre, 8 460 demandes d'asile avaient été déposées dans le département. C'est "
           "une hausse de 12 % par rapport aux 7 550 demandes de l'an dernier.",
     [(Verdict.consistent, ("12 %", "7 550")), (Verdict.consistent, ("12 %", "8 460"))]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HOLDS)
def test_each_rate_is_read_against_its_own_comparand(lang, text, expected) -> None:
    assert _changes(lang, text) == sorted(set(expected), key=str)


CONFLICTS = [
    ("ko", "지난달 말 기준 국내 등록외국인은 164만2천310명으로 집계됐다. 1년 전(151만8천200명)보다 "
           "10.2% 늘어난 규모다.", ("10.2%", "151만8천200명", "164만2천310명")),
    ("en", "A total of 36,800 people crossed the Channel in small boats in 2025. This is 25% "
           "higher than the 31,200 people who arrived in 2024.", ("25%", "31,200", "36,800")),
]


@pytest.mark.parametrize(("lang", "text", "figures"), CONFLICTS)
def test_a_rate_its_subject_and_comparand_do_not_make_is_a_conflict(lang, text, figures) -> None:
    assert _changes(lang, text) == [(Verdict.conflict, figures)]


SILENT = [
    # the sentence before names two figures of the unit: which one is the subject is unknown
    ("en", "Some 36,800 people crossed in 2025 and 9,100 were returned. This is 18% higher than "
           "the 31,200 people who arrived in 2024."),
    # no word refers back: the subject of the rate is another thing ("Returns")
    ("en", "A total of 36,800 people crossed the Channel in small boats in 2025. Returns were 25% "
           "higher than the 7,000 of 2024."),
    # the level found ends before the comparand: no later figure to compare
    ("ko", "2024년 말 등록외국인은 140만명이었다. 이는 지난달 말(160만명)보다 12.5% 적은 것이다."),
]


@pytest.mark.parametrize(("lang", "text"), SILENT)
def test_no_sure_subject_no_check(lang, text) -> None:
    assert [v for v, _ in _changes(lang, text)] == []
