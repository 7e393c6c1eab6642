"""``share_of_total`` for a share told first and restated right after it as its part over its
whole ("X had 38.6% of the vote, or 341,900 of the 829,500 valid votes counted"), and for a
Korean turnout whose voters are told by "투표해" / "참여해" ("선거인 A명 가운데 B명이 투표해
최종 투표율은 N%").

The class, pooled: heldout20 en02 (a provincial count: the share and its part over the whole
never met), heldout20 ko01 (a commission's turnout with its electors and voters); in real
copy, The Nation (Thailand, 2014: a senate turnout told as voters "or N per cent of" the
eligible), Ghanaweb (2016: special voters out of the registered, with the turnout), Adom
Online (Ghana, 2020: valid votes "representing 79% of" the registered), the Korean election
commission's releases as reprinted in 2022 and 2024 (electors "가운데/중" voters "이 투표를
마쳤다/참여해", with the turnout). Traps: a share whose own whole is a long phrase (another
scope), an "about" share, a share that names no whole after it ("or 341,900 votes"), a part
above its whole. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.pipeline import reconcile


def _share_checks(lang: str, text: str) -> list[tuple[str, list[str]]]:
    """The ``share_of_total`` findings of one article: verdict, and the surfaces it names."""
    claims = extract_text(text, lang=lang, published=date(2026, 11, 30), article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return sorted((f.verdict.value, sorted(surface[i] for i in f.claim_ids))
                  for f in reconcile(claims).findings if f.detail == "share_of_total")


CHECKED = [
    # the share first, its part over its whole after it
    ("en", "With 96.4% of polling stations counted, Okonkwo, of the Unity Alliance, had 44.1% "
           "of the vote, or 512,300 of the 1,061,800 valid votes counted, the board said.",
     [("conflict", ["1,061,800", "44.1%", "512,300"])]),
    ("en", "With 96.4% of polling stations counted, Okonkwo, of the Unity Alliance, had 44.1% "
           "of the vote, or 468,300 of the 1,061,900 valid votes counted, the board said.",
     [("consistent", ["1,061,900", "44.1%", "468,300"])]),
    ("en", "The school levy won 57.9% of the vote, or 31,560 of the 54,510 ballots cast.",
     [("consistent", ["31,560", "54,510", "57.9%"])]),
    ("fr", "Selon la préfecture, Mme Garnier a obtenu 41,3 % des voix, soit 18 412 voix sur "
           "47 930 suffrages exprimés.",
     [("conflict", ["18 412", "41,3 %", "47 930"])]),
    ("fr", "Selon la préfecture, Mme Garnier a obtenu 38,4 % des voix, soit 18 412 voix sur "
           "47 930 suffrages exprimés.",
     [("consistent", ["18 412", "38,4 %", "47 930"])]),
    # a Korean turnout with its electors and voters, told by "투표해" / "참여해"
    ("ko", "중앙선거관리위원회에 따르면 선거인 312만4천명 가운데 198만7천명이 투표해 최종 "
           "투표율은 66.9%로 집계됐다.",
     [("conflict", ["198만7천명", "312만4천명", "66.9%"])]),
    ("ko", "중앙선거관리위원회에 따르면 선거인 312만4천명 가운데 198만7천명이 투표해 최종 "
           "투표율은 63.6%로 집계됐다.",
     [("consistent", ["198만7천명", "312만4천명", "63.6%"])]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHECKED)
def test_a_share_restated_as_its_part_over_its_whole_is_checked(lang, text, expected) -> None:
    assert _share_checks(lang, text) == expected


NOT_CHECKED = [
    # the share's own whole is another scope, told at length
    ("en", "Okonkwo had 44.1% of the vote in the three northern districts, or 468,300 of the "
           "1,061,800 valid votes counted nationwide."),
    # "about" is no printed precision
    ("en", "Okonkwo had about 44% of the vote, or 468,300 of the 1,061,800 valid votes counted."),
    # the share restated as a count alone: no whole to check it against
    ("en", "Okonkwo had 44.1% of the vote, or 468,300 votes, the board said."),
    # a part above its whole: a misread, never a check
    ("fr", "Mme Garnier a obtenu 41,3 % des voix, soit 58 412 voix sur 47 930 suffrages "
           "exprimés."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_no_check_without_the_relation_stated(lang, text) -> None:
    assert _share_checks(lang, text) == []
