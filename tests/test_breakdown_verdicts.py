"""A verdict's two outcomes against the defendants they split (issue 9, "parts against their
total"): "Of the 64 defendants, the court convicted 51 and acquitted 16" adds up to 67, more
than the defendants: a conflict.

The class, as read in verdicts of mass trials (a mafia maxi-trial's convicted and acquitted
against its defendants; a French regional court's "sur les douze prévenus" with those
"relaxés" and those "condamnés"; a US appeal ruling listing the acquitted, the convicted and
those on whom the jury disagreed). Convicted and acquitted never overlap, so their sum cannot
exceed the defendants; but a trial may also end without a verdict for some (a hung jury, a
case severed, a defendant who died), so a sum below the total says nothing. Its traps: such a
shortfall, a third outcome named in the sentence, and outcomes of another trial or period.
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2026, 5, 9)

_KO = ("재판부는 이날 피고인 64명에 대한 선고 공판을 열었다.\n\n"
       "이 가운데 유죄는 51명, 무죄는 {}명이었다.")


def _breakdowns(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    return findings_of(text, lang, PUBLISHED, "breakdown")


CHECKED = [
    ("en", "Of the 64 defendants, the court convicted 51 and acquitted 16, prosecutors said.",
     Verdict.conflict, ["16", "51", "64"]),
    ("en", "Of the 64 defendants, the court convicted 51 and acquitted 13, prosecutors said.",
     Verdict.consistent, ["13", "51", "64"]),
    ("fr", "Sur les 64 prévenus, 51 ont été condamnés et 16 relaxés, a indiqué le parquet.",
     Verdict.conflict, ["16", "51", "64"]),
    ("fr", "Sur les 64 prévenus, 51 ont été condamnés et 13 relaxés, a indiqué le parquet.",
     Verdict.consistent, ["13", "51", "64"]),
    ("ko", _KO.format(16), Verdict.conflict, ["16명", "51명", "64명"]),
    ("ko", _KO.format(13), Verdict.consistent, ["13명", "51명", "64명"]),
]


@pytest.mark.parametrize(("lang", "text", "verdict", "figures"), CHECKED)
def test_convicted_and_acquitted_cannot_exceed_the_defendants(lang, text, verdict, figures) -> None:
    assert _breakdowns(lang, text) == [(verdict, figures)]


NOT_CHECKED = [
    # a shortfall: some defendants may have had no verdict (a hung jury, a severed case)
    ("en", "Of the 64 defendants, the court convicted 51 and acquitted 10, prosecutors said."),
    ("fr", "Sur les 64 prévenus, 51 ont été condamnés et 10 relaxés, a indiqué le parquet."),
    ("ko", _KO.format(10)),
    # verdicts on two charges: a defendant convicted of one may be acquitted of the other
    ("en", "Of the 12 defendants, the jury convicted 9 of wire fraud and acquitted 5 of "
           "conspiracy."),
    ("fr", "Sur les 14 prévenus, le tribunal en a condamné 11 pour dégradations et relaxé 6 "
           "pour le délit d'entrave."),
    # a third outcome named: not a pair of answers
    ("en", "The jury heard the cases of 13 defendants. Two were acquitted, the jury disagreed as "
           "to four, and seven were convicted."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_a_shortfall_or_a_third_outcome_says_nothing(lang, text) -> None:
    assert _breakdowns(lang, text) == []
