"""A Korean sentence that sets a category's threshold states no figure of the story: agencies
write their rules in the generic present ("대형화재는 사망자 5명 ... 이상 발생한 화재로 정의한다",
"이재민 100명 이상 발생한 화재도 중요 화재로 분류한다", "일 최고기온이 33도 이상인 상태가 2일
이상 지속될 때를 폭염이라고 정의합니다"). The same verbs narrated in the past, or a count placed
in a class ("이 가운데 320명은 고위험군으로 분류된다"), keep their figures. Sentences our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2026, 11, 20)

# (sentence, surfaces kept)
ROWS = [
    ("중대 산업재해는 사망자가 2명 이상 발생한 사고를 말하며, 부상자 10명 이상인 경우도 "
     "포함하도록 정의한다.", []),
    ("하루 강수량이 80㎜ 이상인 날을 호우일로 정의합니다.", []),
    ("환자가 한 시설에서 50명 이상 나온 경우를 집단감염으로 분류한다.", []),
    ("피해액이 10억원을 넘는 사기 사건은 대형 경제범죄로 정의된다.", []),
    ("기상청은 초속 25m 이상의 바람을 동반한 태풍을 강한 태풍으로 분류합니다.", []),
    # the same shapes, narrated or counted, keep their figures
    ("경찰은 지난해 사고 1천200건 가운데 340건을 중대재해로 분류했다.", ["1천200건", "340건"]),
    ("이 가운데 320명은 고위험군으로 분류된다.", ["320명"]),
    ("올해 신고된 사기 4천여 건 중 1천50건이 대형 사기로 정의됐다.", ["4천여 건", "1천50건"]),
]


@pytest.mark.parametrize(("text", "surfaces"), ROWS)
def test_a_rule_that_defines_a_category_states_no_figure(text: str, surfaces: list[str]) -> None:
    got = [c.surface for c in extract_text(text, lang="ko", published=PUBLISHED)]
    assert got == surfaces
