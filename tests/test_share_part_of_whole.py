"""statcheck for news, a part stated over its whole in one sentence: "Turner won 12,480 of the
20,310 votes cast, or 61.4%", "Le oui l'emporte avec 131 240 voix sur 241 900 bulletins
valables, soit 54,3 %", "Explosive weapons killed 7,557, or 71%, of the 10,586 children", and a
share set off by dashes ("Of the 47 people killed, 31 - or 66% - died in ..."). The share must be
the part over the whole to the precision printed. Sentences of our own in the style of election
results, casualty breakdowns and survey copy."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 30)


def _share_findings(lang: str, text: str) -> list:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return [f for f in reconcile(claims).findings if f.detail == "share_of_total"]


# (language, sentence with {p} for the share, a share that holds, one that does not)
CHECKED = [
    ("en", "Turner won 12,480 of the 20,310 votes cast, or {p}, and took the seat.",
     "61.4%", "66.4%"),
    ("en", "Mendez took 3,912 out of 7,044 ballots, or {p}, in the runoff.", "55.5%", "58.5%"),
    ("en", "Shelling killed 2,318, or {p}, of the 4,106 civilians recorded dead last year.",
     "56%", "65%"),
    ("en", "Of the 212 patients admitted, 87 - or {p} - needed intensive care.", "41%", "47%"),
    ("en", "Of the 640 homes inspected, 152 \u2013 or {p} \u2013 had no working smoke alarm.",
     "23.8%", "28.3%"),
    ("fr", "La loi est acceptée par 88 412 voix sur 150 730 bulletins valables, soit {p}, "
           "selon la chancellerie.", "58,7 %", "61,7 %"),
    ("fr", "Le maire sortant obtient 4 126 voix sur 7 390 suffrages exprimés, soit {p}.",
     "55,8 %", "58,5 %"),
    ("fr", "Parmi les 318 élèves inscrits, 74 - soit {p} - ont quitté l'établissement.",
     "23 %", "32 %"),
    ("ko", "전체 투표자 8만 2천 명 중 4만 6천 명({p})이 찬성했다.", "56.1%", "65.1%"),
]


@pytest.mark.parametrize(("lang", "text", "right", "wrong"), CHECKED)
def test_a_share_of_a_part_stated_over_its_whole_is_recomputed(
    lang: str, text: str, right: str, wrong: str
) -> None:
    if lang == "ko":
        pytest.importorskip("kiwipiepy")
    (ok,) = _share_findings(lang, text.format(p=right))
    assert ok.verdict is Verdict.consistent, ok.explanation
    (bad,) = _share_findings(lang, text.format(p=wrong))
    assert bad.verdict is Verdict.conflict, bad.explanation
    assert bad.confidence >= 0.5


NOT_CHECKED = [
    # the share names a whole of its own: registered voters, not the votes cast
    ("en", "Turner won 12,480 of the 20,310 votes cast, or 35.2% of registered voters."),
    ("fr", "Le oui l'emporte avec 131 240 voix sur 241 900 bulletins valables, soit 41,2 % des "
           "inscrits."),
    # an approximate part is no base for a recomputation to the decimal
    ("en", "Turner won about 12,500 of the 20,310 votes cast, or 66.4%."),
    # "sur" over a length, not a whole of the same things
    ("fr", "Les 5 000 manifestants ont défilé sur 3 kilomètres, soit 40 % du parcours prévu."),
    # two figures side by side, no word making one a part of the other
    ("en", "Turner won 12,480 votes and Price 7,830 votes, or 38.6%."),
    # the share restates the whole, which is no part: nothing to recompute
    ("fr", "Le oui obtient 131 240 voix, soit 58,1 %, sur un total de 241 900 bulletins."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_no_part_of_whole_check_without_a_stated_part_and_whole(lang: str, text: str) -> None:
    assert not [f for f in _share_findings(lang, text) if f.verdict is Verdict.conflict]
