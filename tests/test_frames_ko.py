"""Korean quantity frames: where a figure was counted and who estimated it, so that two Korean
figures are told apart (two provinces, two estimates) or kept together like French and English
ones (our own sentences in the style of disaster, protest and police wire copy)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2024, 10, 2)


def _by_surface(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_text(text, lang="ko", published=PUBLISHED)}


# (sentence, surface, place)
PLACES = [
    ("경남 함안에서 6명, 충북 제천에서 2명이 숨졌다.", "6명", "경남 함안"),
    ("경남 함안에서 6명, 충북 제천에서 2명이 숨졌다.", "2명", "충북 제천"),
    ("사망자는 11명(전남 7명, 광주 3명, 전북 1명)으로 늘었다.", "7명", "전남"),
    ("사망자는 11명(전남 7명, 광주 3명, 전북 1명)으로 늘었다.", "3명", "광주"),
    ("사망자는 11명(전남 7명, 광주 3명, 전북 1명)으로 늘었다.", "11명", None),
    ("강원 홍천군에서 발생한 산불로 주민 230명이 대피했다.", "230명", "강원 홍천군"),
    ("대구 수성구에서는 신고 48건이 접수됐고 12건이 처리됐다.", "12건", "대구 수성구"),
    ("리옹에는 경찰 추산 2만 1천명이 모였다.", "2만 1천명", "리옹"),
    ("경기 북부 지역에 이재민 1,380명이 발생했다.", "1,380명", "경기 북부"),
    ("전국에서 94만 명이 시위에 참가했다.", "94만 명", "전국"),
    ("독일 전역에서 31만 명이 거리로 나섰다.", "31만 명", "독일 전역"),
    # a place naming the body that gives the figure is not where it was counted
    ("영국 내무부는 올해 소형보트 입국자가 2만 2천명이라고 밝혔다.", "2만 2천명", None),
    ("서울경찰청은 피의자 57명을 검거했다.", "57명", None),
]


@pytest.mark.parametrize(("text", "surface", "place"), PLACES)
def test_korean_place_of_a_figure(text: str, surface: str, place: str | None) -> None:
    claim = _by_surface(text)[surface]
    assert claim.place == place


def test_the_whole_country_is_the_national_scope() -> None:
    claim = _by_surface("전국에서 94만 명이 시위에 참가했다.")["94만 명"]
    assert claim.frame is not None and claim.frame.place is not None
    assert claim.frame.place.concepts == ("national",)


def test_a_place_in_the_headline_frames_figures_that_name_none() -> None:
    by = _by_surface("충남 당진 폭우 피해 속출\n\n이번 비로 주택 41채가 물에 잠겼다.")
    slot = by["41채"].frame.place
    assert slot is not None and slot.text == "충남 당진" and slot.inherited == "article"


# (sentence, surface, source)
ESTIMATES = [
    ("리옹에는 경찰 추산 2만 1천명이 모였다.", "2만 1천명", "경찰"),
    ("주최 측 추산 12만 명이 광장을 메웠다.", "12만 명", "주최 측"),
    ("노조 집계 3만 8천명이 파업에 동참했다.", "3만 8천명", "노조"),
    ("시위 참가자는 내무부 추산 41만 명, 노동총동맹 추산 120만 명이었다.", "120만 명",
     "노동총동맹"),
    # the mark glued to its source, a bracket before it, a prefixed word between (the protest
    # counts of real rally copy: "경찰추산 N명", "주최 측 추산 N명(경찰 추산 M명)", "경찰
    # 비공식 추산 N명")
    ("오후 3시 현재 경찰추산 9만 명, 주최측 21만 명으로 불어났다.", "9만 명", "경찰"),
    ("당시 집회에는 주최 측 추산 40만명(경찰 추산 6만명)이 모였다.", "6만명", "경찰"),
    ("노조는 조합원 3천여 명(경찰추산 2천여 명)이 모인 가운데 집회를 열었다.", "2천여 명", "경찰"),
    ("오후 6시 기준 경찰 비공식 추산 2만8천명이 참가했다.", "2만8천명", "경찰 비공식"),
    # the estimate as the sentence's subject ("경찰 추산은 22만 명이다")
    ("주최 측은 60만 명이 모였다고 밝혔다. 경찰 추산은 17만 명이다.", "17만 명", "경찰"),
]

# Negative rows of the same shape: no estimate word right before the figure; the sentence's
# subject stays the source.
NO_ESTIMATE = [
    ("노조는 조합원 3천여 명(2천여 명 추산)이 모였다고 밝혔다.", "2천여 명", "노조"),
    ("경찰은 오후 3시 9만 명이 모였다고 밝혔다.", "9만 명", "경찰"),
]


@pytest.mark.parametrize(("text", "surface", "source"), ESTIMATES)
def test_korean_estimate_source(text: str, surface: str, source: str) -> None:
    claim = _by_surface(text)[surface]
    assert claim.source == source
    assert source not in claim.counted  # who estimated is not what is counted


@pytest.mark.parametrize(("text", "surface", "source"), NO_ESTIMATE)
def test_no_estimate_word_keeps_the_sentences_source(text: str, surface: str,
                                                     source: str) -> None:
    assert _by_surface(text)[surface].source == source


def test_two_estimates_of_one_march_name_two_sources() -> None:
    by = _by_surface("시위 참가자는 내무부 추산 41만 명, 노동총동맹 추산 120만 명이었다.")
    assert (by["41만 명"].source, by["120만 명"].source) == ("내무부", "노동총동맹")


# a day abroad is the event's, even right after who gives the figure; "같은 날" is that day
def test_a_day_abroad_dates_the_event_and_the_same_day_follows_it() -> None:
    by = _by_surface(
        "프랑스 내무부는 1일(현지시간) 전국에서 94만 명이 시위에 참가했다고 밝혔다. "
        "노동총동맹(CGT)은 같은 날 210만 명이 거리로 나왔다고 주장했다."
    )
    for surface in ("94만 명", "210만 명"):
        period = by[surface].period
        assert period is not None and (str(period.start), str(period.end)) == (
            "2024-10-01", "2024-10-01")
    assert by["210만 명"].counted != "날"


def test_the_last_word_of_a_period_phrase_is_not_what_is_counted() -> None:
    by = _by_surface(
        "서울경찰청은 지난 8월 한 달간 음주운전 1,820건을 적발했다. "
        "같은 기간 부산에서는 640건이 적발됐다."
    )
    assert by["1,820건"].counted == "음주운전"
    assert by["1,820건"].place is None  # the police agency's name is not where it counted
    assert by["640건"].place == "부산"


def test_a_place_of_a_later_sentence_is_not_the_article_place() -> None:
    by = _by_surface(
        "음주운전 단속 결과\n\n같은 기간 부산에서는 640건이 적발됐다. "
        "올해 상반기 적발 건수는 9,120건이다."
    )
    assert by["9,120건"].place is None


def test_a_korean_march_count_meets_the_french_one_of_the_same_day() -> None:
    from claims import extract
    from claims.models import Article
    from reconcile.pipeline import reconcile

    published = date(2025, 3, 14)
    texts = [
        ("ko", "프랑스 연금개혁 반대 시위\n\n프랑스 내무부는 13일(현지시간) 전국에서 108만 명이 "
               "시위에 참가했다고 밝혔다."),
        ("fr", "Retraites : nouvelle journée\n\nJeudi 13 mars, 1,08 million de personnes ont "
               "manifesté en France selon le ministère de l'Intérieur, 2,4 millions selon la CGT."),
    ]
    claims = []
    for lang, text in texts:
        claims += extract(Article(id=lang, text=text, language=lang, published=published))
    korean = next(c for c in claims if c.language == "ko")
    assert korean.period is not None and str(korean.period.start) == "2025-03-13"
    findings = reconcile(claims).findings
    same = [f for f in findings if korean.id in f.claim_ids and f.verdict.value == "consistent"]
    assert same and all(f.detail == "identical" for f in same)


def test_a_headline_quote_borrows_the_body_reading_of_the_same_figure() -> None:
    claims = extract_text(
        '독일 연금 개혁 반대 시위에 31만 명…노조 "85만 명"\n\n'
        "독일 내무부는 13일(현지시간) 전국에서 31만 명이 시위에 참여했다고 밝혔다. "
        "반면 독일노총(DGB)은 참가자가 85만 명에 달했다고 주장했다.",
        lang="ko", published=date(2025, 3, 14),
    )
    headline, body = [c for c in claims if c.surface == "85만 명"]
    assert body.source == "독일노총(DGB)"  # not the linking word before it
    for claim in (headline, body):
        assert claim.period is not None and str(claim.period.start) == "2025-03-13"


@pytest.mark.parametrize("text", [
    "(서울=연합뉴스) 김하늘 기자 = 경찰이 올해 피의자 412명을 검거했다.",
    "[부산=뉴시스] 이도윤 기자 = 올해 들어 신고 93건이 접수됐다.",
    "(대전=뉴스1) 최서연 기자 = 방심위는 시정요구 2,315건을 의결했다.",
])
def test_a_wire_dateline_is_not_the_place_of_the_figures(text: str) -> None:
    claims = extract_text(text, lang="ko", published=PUBLISHED)
    assert claims and all(c.place is None for c in claims)


def test_a_place_korean_names_groups_with_its_english_and_french_name() -> None:
    """ "파리에서" and "in Paris" / "à Paris" name one place: the marchers counted there group
    across the three languages; the same count in another city stays apart."""
    from claims import extract
    from claims.models import Article
    from reconcile.pipeline import reconcile

    texts = [
        ("ko", "경찰에 따르면 지난 1일 파리에서 시위대 3만4천 명이 행진했다."),
        ("fr", "Le 1er octobre, 34 000 manifestants ont défilé à Paris, selon la police."),
        ("en", "On October 1, 34,000 protesters marched in Paris, according to police."),
        ("ko", "경찰에 따르면 지난 1일 리옹에서 시위대 3만4천 명이 행진했다."),
    ]
    claims = []
    for i, (lang, text) in enumerate(texts):
        article = Article(id=f"a{i}", text=text, language=lang, published=date(2024, 10, 2))
        claims += extract(article)
    result = reconcile(claims)
    groups = [{m.claim_id.split("#")[0] for m in g.members} for g in result.groups]
    assert {"a0", "a1", "a2"} in groups
    assert not any("a3" in g and len(g) > 1 for g in groups)


@pytest.mark.parametrize(("text", "source"), [
    ("질병청은 지난달 31일 기준 누적 환자가 77명으로 집계됐다고 밝혔다.", "질병관리청"),
    ("중대본에 따르면 오늘 오전 6시 기준 사망자는 3명이다.", "중앙재난안전대책본부"),
    ("선관위는 오후 1시 현재 투표율이 8.1%라고 밝혔다.", "중앙선거관리위원회"),
    ("경찰청은 올해 피의자 412명을 검거했다고 밝혔다.", "경찰청"),  # a name with no short form
])
def test_a_short_form_of_a_body_is_the_same_source(text: str, source: str) -> None:
    claim = extract_text(text, lang="ko", published=PUBLISHED)[0]
    assert claim.source == source
