"""Two days joined by "and" with no "between" (claims/period_resolvers_windows.py, ``_day_pair``;
the tables' ``day_pair`` phrases).

"Les 14 et 15 juin" and "on June 14 and 15" are one event's days: the figure covers both.
"Par rapport aux 19 et 31 janvier, où les autorités avaient recensé respectivement 1,12 et
1,272 million de manifestants" names two dates, each another figure's: read as 19-31 January,
the second national count became a count over twelve days, and the report called the union's
count for 19 January a sure conflict ("a count over part of a period cannot exceed the
whole"). Seen in real protest coverage (successive strike days recalled in one sentence), in
election coverage (two rounds "on March 9 and 23") and in epidemic bulletins (two reporting
days). Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import PeriodKind
from reconcile.models import Verdict
from reconcile.pipeline import reconcile


def _period(sentence: str, lang: str, published: date, surface: str):
    claims = extract_text(sentence, lang=lang, published=published, article_id="a.txt")
    return next(c.period for c in claims if c.surface == surface)


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "start", "end"),
    [
        ("fr", "Le festival a attiré 41 000 festivaliers les 14 et 15 juin.", "41 000",
         date(2026, 6, 14), date(2026, 6, 15)),
        ("fr", "Les deux journées de grève des 6 et 7 mars ont réuni 2 300 agents.", "2 300",
         date(2026, 3, 6), date(2026, 3, 7)),
        ("en", "The fair drew 41,000 visitors on June 14 and 15.", "41,000",
         date(2026, 6, 14), date(2026, 6, 15)),
        ("en", "Turnout was 38% over the 6th and 7th of June.", "38%",
         date(2026, 6, 6), date(2026, 6, 7)),
    ],
)
def test_one_events_days_are_its_period(
    lang: str, sentence: str, surface: str, start: date, end: date
) -> None:
    period = _period(sentence, lang, date(2026, 6, 20), surface)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("lang", "sentence", "surface"),
    [
        ("fr", "Les chiffres sont en baisse par rapport aux 19 et 31 janvier, où les autorités "
               "avaient recensé respectivement 1,12 et 1,272 million de manifestants.",
         "1,272 million"),
        ("fr", "Les urgences avaient compté 412 et 530 passages les 3 et 10 février.", "530"),
        ("en", "Police counted 1.12 million and 1.27 million marchers on Jan. 19 and 31 "
               "respectively.", "1.27 million"),
        ("en", "The two rounds on March 9 and 23 drew 41% and 44% of voters.", "44%"),
    ],
)
def test_two_dates_far_apart_are_no_span(lang: str, sentence: str, surface: str) -> None:
    period = _period(sentence, lang, date(2026, 2, 20), surface)
    assert (period is None or period.kind is PeriodKind.none or period.start is None
            or period.end is None or (period.end - period.start).days <= 2), period


def test_a_count_recalled_for_two_dates_is_no_sure_conflict_with_one_days_count() -> None:
    published = date(2023, 2, 7)
    one = ("D'après la CGT, il y a eu 2 millions de manifestants jeudi dans toute la France.")
    two = ("Les chiffres sont en baisse par rapport aux 19 et 31 janvier, où les autorités "
           "avaient recensé respectivement 1,12 et 1,272 million de manifestants.")
    claims = [*extract_text(one, lang="fr", published=date(2023, 1, 19), article_id="a.txt"),
              *extract_text(two, lang="fr", published=published, article_id="b.txt")]
    sure = [f for f in reconcile(claims).findings
            if f.verdict is Verdict.conflict and f.confidence >= 0.5]
    assert not sure, sure
