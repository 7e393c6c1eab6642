"""Two articles' figures of what a company owns (revenue, profit, share price) that name no
owner are not known to be of one company: their conflict is kept, but weak (under the default
``--min-confidence``), so a newsroom's archive of Korean results copy, where the company is
the sentence's topic ("대양금융그룹은 ... 순이익이") and no entity is read, does not set every
two companies' quarters against each other. Figures that name their owner keep a sure
conflict; figures of things no company owns (deaths) are not touched.

Our own sentences, in the style of Korean and English results copy; other names and figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.models import Claim
from reconcile.evidence import WEAK_CAP
from tests.article_conflicts import claims_of, conflict_confidences

PUBLISHED = date(2026, 10, 29)

BANK_KO = """한솔금융, 3분기 순이익 1조2천470억 원

한솔금융그룹은 올해 3분기 당기순이익이 1조2천470억 원으로 지난해 같은 기간보다 8.1% 증가했다고 \
28일 공시했다.
"""

MAKER_KO = """미래전자, 3분기 영업이익 역대 최대

미래전자는 올해 3분기 영업이익이 5조1천200억 원으로 지난해 같은 기간보다 21.4% 늘었다고 29일 \
공시했다.

같은 기간 순이익은 3조8천650억 원을 기록했다.
"""

MAKER_EN = """SEOUL, Oct. 29 (Yonhap) -- Mirae Electronics Co. said Thursday its quarterly \
earnings hit a record high.

Mirae's net profit for the July-September period came to 4.12 trillion won, the company said.
"""

MAKER_EN_2 = """SEOUL, Oct. 29 (AFP) - Mirae Electronics posted record quarterly earnings on \
Thursday.

Mirae's net profit for the July-September period came to 3.87 trillion won, the company said.
"""

TOLL_A = """Le bilan des inondations dans le Gard s'est alourdi mercredi à 41 morts, selon les \
autorités."""
TOLL_B = """Le bilan des inondations dans le Gard s'est alourdi mercredi à 53 morts, selon les \
secours."""


def _claims(*articles: tuple[str, str, str]) -> list[Claim]:
    return claims_of(articles, PUBLISHED)


_conflicts = conflict_confidences


def test_two_companies_net_profit_unnamed_is_a_weak_conflict_at_most() -> None:
    claims = _claims((BANK_KO, "ko", "bank.txt"), (MAKER_KO, "ko", "maker.txt"))
    assert all(c <= WEAK_CAP for c in _conflicts(claims, "1조2천470억 원", "3조8천650억 원"))


@pytest.mark.parametrize(
    ("articles", "a", "b"),
    [
        # both sides name their owner: a sure conflict stays (4.12 against 3.87)
        (((MAKER_EN, "en", "wire.txt"), (MAKER_EN_2, "en", "afp.txt")),
         "4.12 trillion won", "3.87 trillion won"),
        # deaths are owned by no company: two tolls of one day by two sources still conflict
        (((TOLL_A, "fr", "a.txt"), (TOLL_B, "fr", "b.txt")), "41", "53"),
    ],
)
def test_named_owner_or_unowned_quantity_keeps_a_sure_conflict(
    articles: tuple[tuple[str, str, str], ...], a: str, b: str
) -> None:
    confidences = _conflicts(_claims(*articles), a, b)
    assert confidences and max(confidences) > WEAK_CAP
