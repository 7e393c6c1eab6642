"""The day one source said a total dates nothing of the next statement ("Two men have been
arrested, prosecutors said on Wednesday. The mayor said the cemetery had room for only 12 more
graves."): the second figure holds as of publication, not as of the first one's day. A day
stated as an as-of date ("As of Monday, ...") still frames the totals after it. Sentences of our
own in the style of wire and broadcaster copy, with rows where the frame still carries."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

ANOTHER_STATEMENT = [
    case("Two men suspected of steering the boat have been arrested, prosecutors said on "
         "Wednesday. The town's mayor said the cemetery had room for only 14 more graves.",
         "2026-11-19",
         E("14", None, "2026-11-19", "none", "publication"), id="mayor-after-prosecutors"),
    case("Police said on Monday that 40 people had been detained. Hospital officials said 9 "
         "patients had been admitted.", "2025-06-11",
         E("9", None, "2025-06-11", "none", "publication"), id="officials-after-police"),
    # The same statement's parts keep its day.
    case("Police said on Monday that 40 people had been detained. Of them, 12 were minors.",
         "2025-06-11",
         E("12", None, "2025-06-09", "as_of", "carried"), id="of-them-keeps-the-day"),
    # An as-of date, not a day said: it frames the totals after it.
    case("As of Monday, 40 people had been detained. Police said 12 had been charged.",
         "2025-06-11",
         E("12", None, "2025-06-09", "as_of", "carried"), id="as-of-date-still-frames"),
]


@pytest.mark.parametrize("c", ANOTHER_STATEMENT)
def test_another_statement(c: PeriodCase) -> None:
    check(c, "en")
