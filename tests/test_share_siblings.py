"""A share of the total told before, the total picked by the other shares of its breakdown
(issue 9, "a share against its count and total"): "모두 1만8천240명" ... "부산이 5천310명으로
전체의 31.6%를 차지했다. 이어 대구 4천20명(22.0%), 광주 2천740명(15.0%) ..." is a conflict:
5,310 of 18,240 is 29.1 %, and the other shares (22.0 %, 15.0 %) are of 18,240, not of the
other count told before (26,900 applications).

The class, as read in Korean agency and broadcast copy of victim, crime and counselling
statistics ("지역별로는 ... 전체의 N%", then "A명(B%)" by region, age or type, the total in an
earlier paragraph; one such release put the women's share at 92.4 % of 123,325 victims and the
men's count at a figure that is not 7.6 % of it), and in English and French copy of the same
releases ("accounted for A, or B% of the total", then "C (D%)"; "soit B % du total", "C (D %)").
The total is the one earlier count every other share agrees with. Its traps: a single other
share (too little to pick a total), other shares that are each of their own whole (rates
within each region), and a share that names no whole. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from tests.article_conflicts import detail_findings

PUBLISHED = date(2026, 7, 3)

_EN = ("The agency has recognised 18,240 victims since the law took effect in 2023. It has "
       "received 26,900 applications since then.\n\nBy region, Leeds accounted for 5,310, or "
       "{share} of the total. It was followed by Bradford with 4,020 {second}, Wakefield with "
       "2,740 {third} and Hull with 1,630 (8.9%).")
_FR = ("Au total, 18 240 victimes ont été reconnues depuis l'entrée en vigueur de la loi en "
       "2023. Fin mai, le total s'élevait à 16 900.\n\nParis en compte 5 310, soit {share} du "
       "total. Suivent le Nord avec 4 020 (22,0 %), le Rhône avec 2 740 (15,0 %) et la Gironde "
       "avec 1 630 (8,9 %).")
_KO = ("2023년 특별법 시행 이후 인정된 피해자는 모두 1만8천240명이다.\n같은 기간 접수된 신청은 "
       "2만6천900건이었다.\n\n지역별로는 부산이 5천310명으로 전체의 {share}를 차지했다.\n"
       "이어 대구 4천20명(22.0%){rest} 순이었다.")
_KO_REST = ", 광주 2천740명(15.0%), 대전 1천630명(8.9%)"


def _siblings(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    """The ``share_of_total`` findings this reading made (ids ``<article>-siblings-s<n>``)."""
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    found = detail_findings(text, lang, PUBLISHED, "share_of_total")
    return [(f.verdict, sorted(surface[i] for i in f.claim_ids))
            for f in sorted(found, key=lambda f: f.id) if "-siblings-" in f.id]


CHECKED = [
    ("en", _EN.format(share="31.6%", second="(22.0%)", third="(15.0%)"),
     [(Verdict.conflict, ["18,240", "31.6%", "5,310"])]),
    ("fr", _FR.format(share="31,6 %"), [(Verdict.conflict, ["18 240", "31,6 %", "5 310"])]),
    ("fr", _FR.format(share="29,1 %"), [(Verdict.consistent, ["18 240", "29,1 %", "5 310"])]),
    ("ko", _KO.format(share="31.6%", rest=_KO_REST),
     [(Verdict.conflict, ["1만8천240명", "31.6%", "5천310명"])]),
    ("ko", _KO.format(share="29.1%", rest=_KO_REST),
     [(Verdict.consistent, ["1만8천240명", "29.1%", "5천310명"])]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHECKED)
def test_the_other_shares_pick_the_total(lang, text, expected) -> None:
    assert _siblings(lang, text) == expected


NOT_CHECKED = [
    # one other share: too little to pick the total
    ("ko", _KO.format(share="31.6%", rest="")),
    # the other shares are each of their own whole (a rate within each region): no total told
    # before agrees with them
    ("en", _EN.format(share="31.6%", second="(38.0%)", third="(41.0%)")),
    # the share names no whole
    ("en", _EN.format(share="31.6%", second="(22.0%)", third="(15.0%)").replace(
        "31.6% of the total", "31.6%")),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_no_total_is_picked_without_agreeing_shares(lang, text) -> None:
    assert _siblings(lang, text) == []
