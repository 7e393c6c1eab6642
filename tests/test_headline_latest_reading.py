"""A headline figure with no time of its own, whose value no body figure gives, restates the
body's latest reading of the same thing nearest its value, and takes its period: "backlog hits
new high of 52,310 appeals" over "52,130 appeals ... at the end of September". Read so, the two
meet and the headline check sees them disagree. A headline over another place's figure, over a
day's count or over a reading that is not the body's latest keeps publication's day. Our own
sentences, in the style of UK agency copy on quarterly court and NHS figures, of French
regional dailies on drought and short-time work, and of Korean wire copy on ministry tallies."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

# (lang, text, published, the headline figure's period: kind, start, end, resolution)
READINGS = [
    ("en", "Tribunal backlog hits new high of 52,310 appeals\n\nThere were 52,130 appeals "
           "waiting to be heard at the end of September, up from 50,870 at the end of June, "
           "according to quarterly figures published by the tribunal service on Thursday.",
     date(2026, 11, 12), ("as_of", None, date(2026, 9, 30), "carried")),
    ("fr", "Chômage partiel : 48 200 salariés concernés\n\nAu 30 septembre, 48 020 salariés "
           "étaient placés en activité partielle, selon la Dares, contre 45 100 fin juin.",
     date(2026, 10, 20), ("as_of", None, date(2026, 9, 30), "carried")),
    ("fr", "Sécheresse : 97 communes privées d'eau potable\n\nAu 1er septembre, 79 communes "
           "étaient privées d'eau potable dans le département, selon la préfecture.",
     date(2026, 9, 20), ("as_of", None, date(2026, 9, 1), "carried")),
    ("en", "Zambia cholera cases rise to 9,386\n\nZambia has recorded 9,836 cholera cases since "
           "the outbreak was declared on Oct. 2, the health ministry said on Monday.",
     date(2026, 11, 17), ("as_of", None, date(2026, 11, 17), "carried")),
    ("ko", "요양병원 입원 대기자 1만2천400명\n\n보건복지부에 따르면 지난달 말 기준 요양병원 입원 "
           "대기자는 1만2천40명으로 집계됐다.",
     date(2026, 10, 20), ("as_of", None, date(2026, 9, 30), "carried")),
]

# the headline keeps publication's day: another place, a reading not the latest, a day's count
KEPT = [
    ("en", "Dengue cases in Brazil pass 41,000\n\nIn Sao Paulo state, 38,200 dengue cases had "
           "been confirmed as of Friday, officials said.", date(2026, 3, 16)),
    ("en", "Measles cases climb to 1,210\n\nHealth officials had recorded 1,190 measles cases "
           "by the end of May. By June 20, the count had reached 1,460 cases, the agency said.",
     date(2026, 6, 24)),
    ("en", "Storms kill 41 people across the state\n\nTwelve people were killed on Monday when "
           "a tornado struck a trailer park near the river, officials said.", date(2026, 4, 8)),
    ("fr", "Grippe : 2 300 personnes hospitalisées en France\n\nEn Bretagne, 1 420 personnes "
           "étaient hospitalisées au 12 janvier, selon l'ARS.", date(2026, 1, 15)),
    ("ko", "전국 독감 입원환자 3천명 넘어\n\n질병관리청에 따르면 지난 5일 기준 경기 지역 독감 "
           "입원환자는 1천900명이다.", date(2026, 1, 12)),
]


def _headline_period(lang: str, text: str, published: date) -> tuple[object, ...]:
    claims = extract_text(text, lang=lang, published=published, article_id="a.md")
    top = claims[0]
    assert top.sentence == text.split("\n")[0]
    p = top.period
    assert p is not None
    return p.kind.value, p.start, p.end, p.resolution


@pytest.mark.parametrize(("lang", "text", "published", "expected"), READINGS)
def test_a_headline_takes_the_period_of_the_bodys_latest_reading(
    lang: str, text: str, published: date, expected: tuple[object, ...]
) -> None:
    assert _headline_period(lang, text, published) == expected


@pytest.mark.parametrize(("lang", "text", "published"), KEPT)
def test_a_headline_over_another_scope_keeps_publication(
    lang: str, text: str, published: date
) -> None:
    assert _headline_period(lang, text, published)[3] == "publication"


CHECKED = [READINGS[0], READINGS[2], READINGS[3]]  # a rounded headline figure ("48 200") may round


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CHECKED)
def test_the_headline_and_the_reading_it_restates_are_checked(
    lang: str, text: str, published: date, expected: tuple[object, ...]
) -> None:
    claims = extract_text(text, lang=lang, published=published, article_id="a.md")
    conflicts = [f for f in reconcile(claims).findings
                 if f.verdict is Verdict.conflict and f.confidence >= MIN_CONFIDENCE]
    assert [sorted(f.claim_ids) for f in conflicts] == [sorted([claims[0].id, claims[1].id])]


# the measles headline keeps its day, yet gives no figure of the body: the lead's answers it
@pytest.mark.parametrize(("lang", "text", "published"), [k for k in KEPT if "Measles" not in k[1]])
def test_no_conflict_with_another_scopes_figure(lang: str, text: str, published: date) -> None:
    claims = extract_text(text, lang=lang, published=published, article_id="a.md")
    assert not [f for f in reconcile(claims).findings if f.verdict is Verdict.conflict]

