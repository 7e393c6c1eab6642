"""A body's figure relayed by two outlets: one names the body on the figure
("금융통화위원회는 ... 찬성 17표 ... 가결했다고 밝혔다"),
the other gives the tally in a sentence of its own after a lead that names the body. The entity
the first side names is the body that counts, and the second side's article names it: the two
tallies of one vote that disagree are the conflict a fact-checker wants, not a pair held back as
"entity named on one side only" (heldout21 kr_mw_vote: 15 against 16 votes for, 9 against 8).

A side whose article never names that body in a sentence of its figures may be another body's
figure: its conflict stays weak (negative rows). (Known limit: an article that names that body
beside another one is read as naming it.)

Real instances read (search, corpus pages): Aju News (the minimum wage commission's vote, the
commission named as subject, then the tally in a sentence of its own), JoongAng (the same kind
of vote, the commission named in the tally's sentence), a copy of a 2024 wire story (the tally
as "찬성 ... 반대 ... 무효", the commission named only after it) and SBS Biz (a presenter's tally
of the vote, the commission named in the question before). Sentences of our own, other numbers
and bodies.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.evidence import WEAK_CAP
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 6, 19)

NAMED_KO = ("금융통화위원회는 전날 새벽 제7차 전원회의에서 조정안을 표결에 부쳐 "
            "찬성 17표, 반대 6표, 기권 1표로 가결했다고 19일 밝혔다.")


def _shown(first: str, second: str, lang: str, value: float) -> set[str]:
    """The verdicts shown (above the weak cap) between the two articles' figures of ``value``
    in the first article."""
    a = extract_text(first, lang=lang, published=PUBLISHED, article_id="a")
    b = extract_text(second, lang=lang, published=PUBLISHED, article_id="b")
    ids = {c.id for c in a if c.value == value}
    return {f.verdict.value for f in reconcile(a + b).findings
            if f.confidence > WEAK_CAP and ids & set(f.claim_ids)
            and any(i.startswith("b#") for i in f.claim_ids)}


@pytest.mark.parametrize(("lang", "named", "other", "value"), [
    ("ko", NAMED_KO,
     "금융통화위원회는 3조2천억원 규모 조정안을 의결했다. "
     "재적위원 25명 가운데 24명이 18일 새벽 표결에 참여해 "
     "찬성 18표, 반대 5표, 기권 1표로 가결됐다.", 17),
])
def test_a_tally_whose_article_names_the_body_is_that_bodys(
    lang: str, named: str, other: str, value: float
) -> None:
    assert "conflict" in _shown(named, other, lang, value)


@pytest.mark.parametrize(("lang", "named", "other", "value"), [
    # the other article never names the body: the tally may be another one's
    ("ko", NAMED_KO,
     "재적위원 25명 가운데 24명이 18일 새벽 표결에 참여해 "
     "찬성 18표, 반대 5표, 기권 1표로 가결됐다.", 17),
    ("ko", NAMED_KO,
     "국가교육위원회는 3조2천억원 규모 조정안을 의결했다. "
     "재적위원 25명 가운데 24명이 18일 새벽 표결에 참여해 "
     "찬성 18표, 반대 5표, 기권 1표로 가결됐다.", 17),
])
def test_a_tally_not_told_as_the_bodys_stays_weak(
    lang: str, named: str, other: str, value: float
) -> None:
    assert "conflict" not in _shown(named, other, lang, value)
