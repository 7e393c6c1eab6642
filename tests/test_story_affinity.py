"""Two articles' figures conflict only when the articles tell the same story (issue 9).

Figures of two unrelated stories may share a frame (both count the injured, on one day; both a
weekly rise in percent), and grouping lets them meet. Without a name or an uncommon figure in
common, a difference between them is no sure conflict (``reconcile.story``): it stays in the
findings, weak, under the default ``--min-confidence``. Articles that share names ("Pralognan",
"Savoie"), uncommon figures (across scripts too), or figures whose own sentences name one body
keep their conflict.

Our own articles, in the style of wires, regional papers and Korean agencies; other names and
figures than any benchmark's.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim
from reconcile.evidence import WEAK_CAP
from reconcile.story import StoryMarks, marks_of, one_story, readable
from tests.article_conflicts import claims_of, conflict_confidences

PUBLISHED = date(2026, 1, 14)

AVALANCHE_EN = """Avalanche kills three ski tourers in the French Alps

Three ski tourers were killed on Tuesday when an avalanche swept a group of 11 in Savoie, above \
the resort of Pralognan-la-Vanoise, the prefecture said.

Five people were injured in Savoie on Tuesday, two of them seriously, the prefecture said.
"""

AVALANCHE_VALAIS_EN = """Avalanche kills two climbers in the Swiss Alps

Two climbers were killed on Tuesday when an avalanche swept a party of nine below the Dent \
Blanche, in the canton of Valais, police said.

Six people were injured on Tuesday, one of them seriously, police said.
"""

PILEUP_EN = """Dozens of cars collide in fog on Ohio interstate

A chain-reaction crash involving 46 vehicles closed Interstate 75 near Dayton on Tuesday \
morning, the Ohio State Highway Patrol said.

Twenty-two people were injured on Tuesday, the patrol said, and one driver died at the scene.
"""

PILEUP_KO = """안개 속 고속도로 연쇄 추돌…차량 29대 뒤엉켜

어제(13일) 오전 7시 10분쯤 송악나들목 인근에서 차량 29대가 잇따라 부딪쳤다고 \
한국도로공사가 밝혔습니다.

충남소방본부는 오늘(14일)까지 18명이 다쳐 병원으로 옮겨졌다고 밝혔습니다.
"""

AVALANCHE_FR = """Avalanche en Savoie : trois morts

Trois skieurs de randonnée ont été tués mardi par une avalanche en Savoie, au-dessus de \
Pralognan-la-Vanoise, a indiqué la préfecture.

Sept personnes ont été blessées mardi en Savoie, dont deux grièvement, selon la préfecture.
"""

FLU_KO = """독감 환자 1주 새 41% 급증…유행주의보 발령

질병관리청은 2주차(1월 4∼10일) 외래환자 1천 명당 인플루엔자 의사환자가 27.3명으로 \
집계됐다고 14일 밝혔다.

의사환자는 1주 새 41% 늘었다.
"""

PRICE_KO = """고등어 어획량 급감…소매가 1년 새 12% 올라

한국농수산식품유통공사와 해양수산부에 따르면 12월 고등어 한 손 소매가격은 평균 6천480원이었다.
"""

FLU_KO_2 = """독감 의사환자 1주 새 37% 증가…질병관리청 "예방접종 서둘러야"

질병관리청에 따르면 2주차(1월 4∼10일) 인플루엔자 의사환자는 외래환자 1천 명당 27.3명이다.

의사환자는 1주 새 37% 늘었다.
"""

SHIPS_EN = """SEOUL, Jan. 14 (Yonhap) -- Daeyang Shipbuilding said Wednesday it won orders \
worth US$14.35 billion last year.

The shipbuilder won orders for 61 vessels last year, including 27 liquefied natural gas \
carriers worth $6.82 billion, it said.
"""

SHIPS_KO = """대양조선, 지난해 143억5천만 달러 수주

대양조선은 지난해 선박 67척, 143억5천만 달러어치를 수주했다고 14일 밝혔다.

이 가운데 액화천연가스(LNG) 운반선은 27척, 68억2천만 달러어치다.
"""

ASYLUM_FR = """Asile : 83 700 premières demandes en un an

L'Office français de protection des réfugiés et apatrides (Ofpra) a enregistré 83 700 \
premières demandes d'asile en 2025, a-t-il annoncé mardi.
"""

ASYLUM_REGION_FR = """Gironde : le guichet de Bordeaux débordé

Le guichet unique de Bordeaux a reçu 2 310 premières demandes d'asile en 2025.

Au niveau national, 87 300 premières demandes ont été déposées en 2025, selon l'Ofpra.
"""

HEAT_FR = """Canicule : 1 360 décès en excès du 9 au 19 juillet

Santé publique France a estimé mardi à 1 360 le nombre de décès en excès pendant la vague de \
chaleur. Du 9 au 19 juillet, 8 420 passages aux urgences ont été liés à la chaleur, selon \
l'agence.
"""

HEAT_REGION_FR = """Chaleur : les urgences de Poitiers sous tension

La vague de chaleur a fait 1 360 morts de plus qu'attendu en France, selon l'agence sanitaire.

Au niveau national, 6 950 passages aux urgences ont été liés à la chaleur du 9 au 19 juillet.
"""

SHIPWRECK_AP = """Boat capsizes off Pantelleria, dozens missing

ROME (AP) - A boat carrying migrants capsized off the Italian island of Pantelleria on Monday. \
Since Jan. 1, 1,613 people have died or gone missing on the central Mediterranean route, the \
International Organization for Migration said after the Pantelleria capsizing.
"""

SHIPWRECK_BBC = """Survivors describe night at sea

Survivors of Monday's shipwreck described clinging to the hull for hours. Since Jan. 1, 1,316 \
people have died or gone missing on the central Mediterranean route, the International \
Organization for Migration said.
"""

SHIPWRECK_FR = """Naufrage au large de Pantelleria

Une embarcation a chaviré lundi au large de l'île italienne. Depuis le 1er janvier, 1 613 \
personnes sont mortes ou disparues en Méditerranée centrale, selon l'OIM, qui a recensé le \
naufrage de Pantelleria.
"""

def _claims(*articles: tuple[str, str, str]) -> list[Claim]:
    return claims_of(articles, PUBLISHED)


_conflicts = conflict_confidences


@pytest.mark.parametrize(
    ("articles", "a", "b"),
    [
        # an avalanche's injured and a motorway pile-up's, on the same day, in one language
        (((AVALANCHE_VALAIS_EN, "en", "alps.txt"), (PILEUP_EN, "en", "ohio.txt")),
         "Six", "Twenty-two"),
        # the same two kinds of story in two languages and two scripts
        (((AVALANCHE_VALAIS_EN, "en", "alps.txt"), (PILEUP_KO, "ko", "dangjin.txt")),
         "Six", "18명"),
        # a weekly rise of flu cases and of a fish price, both "1주 새"
        (((FLU_KO, "ko", "flu.txt"), (PRICE_KO, "ko", "price.txt")), "41%", "12%"),
    ],
)
def test_two_stories_are_no_sure_conflict(
    articles: tuple[tuple[str, str, str], ...], a: str, b: str
) -> None:
    assert all(c <= WEAK_CAP for c in _conflicts(_claims(*articles), a, b))


@pytest.mark.parametrize(
    ("articles", "a", "b"),
    [
        # one avalanche told in two languages: "Pralognan-la-Vanoise", "Savoie"
        (((AVALANCHE_EN, "en", "alps.txt"), (AVALANCHE_FR, "fr", "alpes.txt")),
         "Five", "Sept"),
        # one flu bulletin in two Korean outlets: "질병관리청", "인플루엔자", a figure
        (((FLU_KO, "ko", "flu.txt"), (FLU_KO_2, "ko", "flu2.txt")), "41%", "37%"),
        # one filing in two scripts: no name compares, two uncommon figures are shared
        (((SHIPS_EN, "en", "wire.txt"), (SHIPS_KO, "ko", "agency.txt")), "61", "67척"),
        # one heatwave: a figure ("1 360") and an odd stretch of days ("du 9 au 19 juillet")
        (((HEAT_FR, "fr", "afp.txt"), (HEAT_REGION_FR, "fr", "poitiers.txt")),
         "8 420", "6 950"),
        # three articles: the French one names only "Pantelleria" with the BBC's, but tells
        # the AP's story ("Rome", "1 613"): linked two by two, one story
        (((SHIPWRECK_AP, "en", "ap.txt"), (SHIPWRECK_BBC, "en", "bbc.txt"),
          (SHIPWRECK_FR, "fr", "afp.txt")), "1,316", "1 613"),
        # a regional paper citing the national figure: both sentences name the Ofpra
        (((ASYLUM_FR, "fr", "afp.txt"), (ASYLUM_REGION_FR, "fr", "gironde.txt")),
         "83 700", "87 300"),
    ],
)
def test_one_story_keeps_a_sure_conflict(
    articles: tuple[tuple[str, str, str], ...], a: str, b: str
) -> None:
    confidences = _conflicts(_claims(*articles), a, b)
    assert confidences and max(confidences) > WEAK_CAP


def _marks(text: str, lang: str) -> StoryMarks:
    return marks_of(extract_text(text, lang=lang, published=PUBLISHED, article_id="a.txt"))


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (AVALANCHE_EN, "en", {"pralognan-la-vanoise", "savoie"}),
        (ASYLUM_FR, "fr", {"ofpra"}),  # "(Ofpra)": a name in brackets
        (ASYLUM_REGION_FR, "fr", {"ofpra", "bordeaux"}),  # "l'Ofpra": the article elided
        (FLU_KO, "ko", {"질병관리청", "인플루엔자", "유행주의보"}),
        (SHIPS_EN, "en", {"shipbuilding", "yonhap"}),
        ("Last year Kumsan's net profit rose to $512 million.", "en", {"kumsan"}),
    ],
)
def test_names_read(text: str, lang: str, names: set[str]) -> None:
    assert names <= _marks(text, lang).names


@pytest.mark.parametrize(
    ("text", "lang", "not_names"),
    [
        # a sentence's first word, a weekday, a month, a possessive's ending
        ("Three people died on Tuesday in Lyon, Lyon's mayor said in January.", "en",
         {"three", "tuesday", "january", "lyon's"}),
        # a capital word the article also writes in lower case is a common word
        ("The Department said 412 homes were hit. The department added 37 more.", "en",
         {"department"}),
        # predicates and linked clauses are no names; short nouns are not compounds
        ("질병관리청은 의사환자가 27.3명으로 집계됐다고 밝혔다. 병원으로 18명이 이송됐다.", "ko",
         {"집계됐다고", "병원으로", "병원"}),
    ],
)
def test_not_names(text: str, lang: str, not_names: set[str]) -> None:
    assert not (not_names & _marks(text, lang).names)


def test_a_text_that_names_nothing_is_of_no_known_story() -> None:
    """Two lines that name nothing (a draft, a short brief) are never set apart."""
    a = _marks("Selon la police, 387 suspects ont été arrêtés en 2023.", "fr")
    b = _marks("Police said 120 suspects were arrested in 2023.", "en")
    assert not readable(a) and not readable(b)


def test_names_in_two_scripts_are_unknown_not_shared() -> None:
    """"Daeyang" and "대양조선" may be one company: no name compares, so the figures decide."""
    en, ko = _marks(SHIPS_EN, "en"), _marks(SHIPS_KO, "ko")
    assert not en.names & ko.names
    assert one_story(en, ko)


def test_affinity_does_not_depend_on_other_articles() -> None:
    """Read pair by pair: a third article changes nothing of two articles' affinity."""
    alps, alpes, ohio = (_marks(AVALANCHE_EN, "en"), _marks(AVALANCHE_FR, "fr"),
                         _marks(AVALANCHE_VALAIS_EN, "en"))
    assert one_story(alps, alpes) and not one_story(alps, ohio) and not one_story(alpes, ohio)
