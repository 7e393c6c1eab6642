"""A change rate compared with a time whose value stands in brackets: "Total crossings in October
rose by 12% compared to September (3,850)", "a 31% decrease compared to the figure reported a
year earlier (122,060)", "en hausse de 8 % par rapport à septembre (5 020)", "지난해 같은
기간(1천600명)보다 15% 늘었다". The bracketed figure is the rate's base; its level is the figure
of its sentence, else the one an earlier sentence tells for the rate's own time ("In October,
4,310 people crossed"), never a part of a whole ("Among those, ..."). Migration and jobless
bulletins write their monthly changes this way; a rate the two figures do not make is a
conflict. A rate cut to its printed digits (55.7 % printed "55%") still holds. Sentences of our
own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 30)


def _changes(lang: str, text: str) -> list:
    if lang == "ko":
        pytest.importorskip("kiwipiepy")
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return [f for f in reconcile(claims).findings if f.detail == "stated_change"]


# (language, text with {r} for the rate, a rate the figures make, one they do not make)
CHECKED = [
    ("en", "In October 2026, 4,310 people crossed the Channel in small boats. Among those, 1,120 "
           "were rescued at sea and 3,190 reached the coast unaided. Total crossings in October "
           "rose by {r} compared to September (3,850).", "12%", "18%"),
    ("en", "Registered arrivals stood at 84,220 as of 30 June 2026, a {r} decrease when compared "
           "to the figure reported at the end of June 2025 (122,060).", "31%", "21%"),
    ("fr", "En octobre 2026, 5 420 demandeurs d'asile ont été enregistrés dans le département. "
           "Leur nombre est en hausse de {r} par rapport à septembre (5 020).", "8 %", "12 %"),
    ("ko", "올해 1~11월 난민 신청자는 1천840명으로 집계됐다. 지난해 같은 기간(1천600명)보다 {r} "
           "늘었다.", "15%", "25%"),
]


@pytest.mark.parametrize(("lang", "text", "right", "wrong"), CHECKED)
def test_a_rate_against_its_bracketed_base_and_its_level(
    lang: str, text: str, right: str, wrong: str
) -> None:
    held = _changes(lang, text.format(r=right))
    assert held and all(f.verdict is Verdict.consistent for f in held), held
    (bad,) = _changes(lang, text.format(r=wrong))
    assert bad.verdict is Verdict.conflict, bad.explanation


NO_CONFLICT = [
    # a rate cut to its printed digits: 3,190 of 7,200 is a 55.7 % fall, printed "55%"
    ("en", "In June 2026, 3,190 people crossed. Total crossings in June decreased by 55% compared "
           "to June 2025 (7,200)."),
    # the comparand not in brackets: the earlier sentence's target is no level of the orders
    ("en", "The yard took orders worth $12.9 billion in the first 11 months of 2026, 104 percent "
           "of its 2026 target of $12.4 billion. Orders were up 30.3 percent from $9.9 billion "
           "in the same period a year earlier."),
    # the earlier sentence tells only parts of a whole: no level is read
    ("en", "Among those, 1,120 people were rescued at sea in October 2026 and 3,190 reached the "
           "coast. Total crossings in October rose by 40% compared to September (3,850)."),
    # the level told for another time than the rate's
    ("fr", "En septembre 2026, 5 020 demandeurs d'asile ont été enregistrés. En octobre, leur "
           "nombre est en hausse de 30 % par rapport à août (4 100)."),
]


@pytest.mark.parametrize(("lang", "text"), NO_CONFLICT)
def test_no_conflict_without_a_level_for_the_rates_time(lang: str, text: str) -> None:
    assert not [f for f in _changes(lang, text) if f.verdict is Verdict.conflict]
