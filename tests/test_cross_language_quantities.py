"""Figures of one quantity told in two languages (or twice in one) meet in one group, and two
kinds of one quantity never do: a carmaker's monthly sales in English wire copy and Korean
agency copy, one event's tickets and police in English and French, one election's seats and
vote shares in two French papers.

The classes, read in real bilingual coverage (Korean carmakers' monthly results in English and
Korean wire copy, election nights and stadium disasters in English and French):
- a Korean counter is a unit, never the counted thing ("34만8천650대를 판매했다": 대 counts
  vehicles and machines alike; the event says what is measured);
- the parts listed before their total ("국내 N대, 해외 M대 등 모두 T대를 판매했다") took
  place as the total did;
- an English count noun after a figure ("to 61,240 units") is a unit: the clause's subject is
  what is counted; a second change in a sentence counts its own subject;
- "27 of the 49 seats" / "27 des 49 sièges": the part counts what its whole counts;
- the market a figure is of (domestic / overseas, 국내 / 해외, 내수) is a qualifier that meets
  across languages and splits groups.
Our own sentences and articles, in the style of that copy; other names, other figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim
from reconcile.group import group_claims
from reconcile.lexicon import Lexicon

PUBLISHED = date(2026, 7, 1)


def _claims(text: str, lang: str, article: str | None = None) -> list[Claim]:
    return extract_text(text, lang=lang, published=PUBLISHED, article_id=article)


def _claim(text: str, lang: str, surface: str) -> Claim:
    return {c.surface: c for c in _claims(text, lang)}[surface]


def _group_of(claims: list[Claim]) -> dict[str, str]:
    """Claim id -> group id."""
    return {m.claim_id: g.id for g in group_claims(claims) for m in g.members}


# --- extraction: what is counted ------------------------------------------------------------

# (sentence, surface, counted): a noun after the figure that is a unit of count
ENGLISH_COUNTED = [
    ("Domestic sales climbed 2.8 percent to 52,130 units last month.", "52,130",
     "Domestic sales"),
    ("Overseas sales slipped 6.1 percent to 214,960 units in June.", "214,960",
     "Overseas sales"),
    # a second change in one sentence counts its own subject
    ("Domestic sales climbed 2.8 percent to 52,130 units, while overseas sales slipped 6.1 "
     "percent to 214,960 units.", "6.1 percent", "overseas sales"),
    ("Exports rose 3.3 percent, while imports dropped 1.9 percent.", "1.9 percent", "imports"),
    # a part of a whole stated right after it
    ("The Greens won 14 of the 55 seats in the chamber.", "14", "seats"),
    ("Officials said 31 of the 90 wards had reported results.", "31", "wards"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), ENGLISH_COUNTED)
def test_english_counted(text: str, surface: str, counted: str) -> None:
    assert _claim(text, "en", surface).counted == counted


def test_a_first_change_of_a_sentence_keeps_its_subject() -> None:
    text = ("Domestic sales climbed 2.8 percent to 52,130 units, while overseas sales slipped "
            "6.1 percent to 214,960 units.")
    assert _claim(text, "en", "2.8 percent").counted == "Domestic sales"


def test_a_thing_named_after_units_is_still_counted() -> None:
    """Only "units" alone is a unit of count: "units of social housing" count housing."""
    claim = _claim("The city built 1,240 units of social housing in 2025.", "en", "1,240")
    assert "housing" in claim.counted


FRENCH_COUNTED = [
    ("Les écologistes ont remporté 14 des 55 sièges.", "14", "sièges"),
    ("Le parti détient 33 des 77 sièges de l'Assemblée.", "33", "sièges de l'Assemblée"),
    ("Au total, 120 des 300 candidats ont été admis.", "120", "candidats"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), FRENCH_COUNTED)
def test_french_counted(text: str, surface: str, counted: str) -> None:
    assert _claim(text, "fr", surface).counted == counted


def test_a_korean_counter_is_never_the_counted_thing() -> None:
    pytest.importorskip("kiwipiepy")
    claim = _claim("한울자동차는 지난달 모두 26만4천310대를 판매했다고 1일 밝혔다.", "ko",
                   "26만4천310대")
    assert claim.counted != "대"
    assert claim.frame is not None and claim.frame.event is not None
    people = _claim("경찰은 이번 단속에서 피의자 214명을 검거했다고 밝혔다.", "ko", "214명")
    assert people.counted == "피의자"


@pytest.mark.parametrize(("text", "parts", "event"), [
    ("한울자동차는 지난달 국내 5만2천130대, 해외 21만4천960대 등 모두 26만7천90대를 "
     "판매했다고 1일 밝혔다.", ["5만2천130대", "21만4천960대"], "판매"),
    ("이번 폭우로 충북 4명, 경북 3명 등 모두 7명이 숨졌다.", ["4명", "3명"], "숨지"),
])
def test_listed_parts_take_the_event_of_their_total(text: str, parts: list[str],
                                                    event: str) -> None:
    pytest.importorskip("kiwipiepy")
    found = {c.surface: c for c in _claims(text, "ko")}
    for surface in parts:
        assert found[surface].event == event


def test_a_list_word_after_another_counter_binds_nothing() -> None:
    """ "부상자 12명 등 피해 차량 30대": a list of people closed before a count of vehicles is
    not the vehicles' parts."""
    pytest.importorskip("kiwipiepy")
    found = {c.surface: c for c in _claims(
        "사고 현장에서 승객 12명 등이 구조됐고, 차량 30대가 파손됐다.", "ko")}
    assert found["12명"].event != found["30대"].event


# --- grouping across languages -------------------------------------------------------------

CARMAKER_EN = """Hanul Motor's June sales fall 4 pct

SEOUL, July 1 (Yonhap) -- Hanul Motor Co. said Wednesday its sales fell 4 percent last month.

Domestic sales climbed 2.8 percent to 52,130 units in June, while overseas sales slipped 6.1 \
percent to 214,960 units.

Sales of eco-friendly models reached 18,240 units in June, of which 7,410 were battery \
electric cars.
"""

CARMAKER_KO = """한울차, 6월 26만7천90대 판매

한울자동차는 지난달 국내 5만2천130대, 해외 21만4천960대 등 모두 26만7천90대를 판매했다고 \
1일 밝혔다.

국내 판매는 2.8% 늘었으나 해외 판매는 6.1% 줄었다. 해외공장 판매는 1.3% 감소했다.

친환경차 판매는 지난달 1만8천240대였다. 이 가운데 전기차는 7천410대였다.
"""


@pytest.fixture(scope="module")
def carmaker() -> tuple[dict[str, Claim], dict[str, Claim], dict[str, str]]:
    pytest.importorskip("kiwipiepy")
    en = _claims(CARMAKER_EN, "en", "hanul-en")
    ko = _claims(CARMAKER_KO, "ko", "hanul-ko")
    return ({c.surface: c for c in en}, {c.surface: c for c in ko}, _group_of(en + ko))


@pytest.mark.parametrize(("english", "korean"), [
    ("52,130", "5만2천130대"),  # domestic sales / 국내
    ("214,960", "21만4천960대"),  # overseas sales / 해외
    ("2.8 percent", "2.8%"),  # domestic sales / 국내 판매
    ("6.1 percent", "6.1%"),  # overseas sales / 해외 판매
    ("18,240", "1만8천240대"),  # eco-friendly models / 친환경차
    ("7,410", "7천410대"),  # battery electric cars / 전기차
])
def test_one_filing_in_two_languages_meets(carmaker, english: str, korean: str) -> None:
    en, ko, group = carmaker
    assert group[en[english].id] == group[ko[korean].id]


@pytest.mark.parametrize(("a", "b"), [
    ("4 percent", "1.3%"),  # all sales / the overseas plants' sales
    ("52,130", "21만4천960대"),  # domestic / overseas
    ("2.8 percent", "6.1%"),
    ("2.8%", "6.1 percent"),
])
def test_domestic_and_overseas_never_meet(carmaker, a: str, b: str) -> None:
    en, ko, group = carmaker
    both = {**en, **ko}
    assert group[both[a].id] != group[both[b].id]


def test_the_market_is_one_concept_in_three_languages() -> None:
    lexicon = Lexicon.default()
    assert lexicon.normalise("overseas sales", "en") == lexicon.normalise("해외 판매", "ko")
    assert lexicon.normalise("Domestic sales", "en") == lexicon.normalise("국내 판매", "ko")
    assert "#overseas" in lexicon.normalise("ventes à l'étranger", "fr")
    assert lexicon.normalise("내수", "ko") == ("#domestic",)


def test_tickets_and_police_meet_across_english_and_french() -> None:
    en = _claims("The league said 38,200 tickets had been sold for the final in Bouaké on "
                 "Saturday. Some 900 police officers had been deployed for the match.", "en",
                 "final-en")
    fr = _claims("Selon la ligue, 38 200 billets avaient été vendus pour la finale de Bouaké "
                 "samedi. Quelque 900 policiers avaient été déployés pour la rencontre.", "fr",
                 "final-fr")
    group = _group_of(en + fr)
    by = {(c.article, c.value): c.id for c in en + fr}
    assert group[by["final-en", 38200]] == group[by["final-fr", 38200]]
    assert group[by["final-en", 900]] == group[by["final-fr", 900]]
    assert group[by["final-en", 38200]] != group[by["final-en", 900]]


def test_one_vote_share_in_two_french_papers_meets() -> None:
    """ "% des voix" and "% des suffrages" are one share of the vote."""
    one = _claims("Les écologistes récoltent 31,4 % des voix lundi.", "fr", "vote-1")
    two = _claims("Lundi, les écologistes ont obtenu 31,4 % des suffrages.", "fr", "vote-2")
    group = _group_of(one + two)
    assert group[one[0].id] == group[two[0].id]


def test_an_event_all_a_figure_counts_is_no_second_evidence() -> None:
    """ "sales fell 4 percent" counts its event alone (#sell): that event is already all of
    the text's overlap with "해외공장 판매는 1.3% 감소했다" (the overseas plants' sales), and
    counts no second time as a slot that agrees; the two stay under the threshold."""
    pytest.importorskip("kiwipiepy")
    from reconcile.features import features
    from reconcile.linkage import THRESHOLD, similarity

    lexicon = Lexicon.default()
    (whole,) = _claims("Its sales fell 4 percent last month.", "en", "all-sales")
    part = _claim("해외공장 판매는 1.3% 감소했다.", "ko", "1.3%")
    assert whole.event and part.event
    sim = similarity([features(whole, lexicon), features(part, lexicon)])
    assert sim[0, 1] < THRESHOLD



@pytest.mark.parametrize(("text", "surface", "counted"), [
    ("내수 3.9% 늘었지만 수출은 부진", "3.9%", "내수"),
    ("반도체 수출 물량 8.7% 감소", "8.7%", "반도체 수출 물량"),
])
def test_a_korean_change_counts_what_changed(text: str, surface: str, counted: str) -> None:
    """ "내수 3.9% 늘었지만": the change of domestic sales, not a share of them."""
    pytest.importorskip("kiwipiepy")
    claim = _claim(text, "ko", surface)
    assert claim.counted == counted
    assert claim.whole is None


def test_a_korean_share_still_has_its_whole() -> None:
    pytest.importorskip("kiwipiepy")
    claim = _claim("검거된 피의자 가운데 절반이 10대였다.", "ko", "절반")
    assert claim.whole == "피의자" and not claim.counted
