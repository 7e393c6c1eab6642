"""Whose an owned figure is (revenue, profit, a share price): the company results copy names
as the clause's topic, by a genitive, before what it owns, in a headline, as the source that
reports its own results, or once for the whole article; and whether a name in Hangul and one
in Latin letters may be one company.

Two companies' profits are two quantities. Read without their owner, a Korean chipmaker's and
an English wire's rival's quarterly profit met as one figure and "conflicted" at full
confidence. Our own sentences, in the style of Korean and English agency results copy.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claims import extract
from claims.extract import extract_text
from claims.load import load_articles
from claims.models import Claim
from reconcile.name_scripts import may_be_one
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 10, 28)


def _owners(text: str, lang: str) -> dict[str, str | None]:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.txt")
    return {c.surface: c.entity for c in claims}


@pytest.mark.parametrize(
    ("text", "surface", "owner"),
    [
        # the clause's topic, after an agency's dateline and byline
        ("(서울=연합뉴스) 박서연 기자 = 누리바이오는 3분기 영업이익이 1천240억원으로 집계됐다고 "
         "27일 공시했다.", "1천240억원", "누리바이오"),
        # the topic right after a dateline with no byline: its "=" is inside the brackets
        ("(세종=뉴시스) 가람전자는 4분기 영업이익이 2천310억원으로 늘었다고 밝혔다.", "2천310억원",
         "가람전자"),
        ("(부산=연합뉴스) 다온중공업은 3분기 영업이익이 3천100억원으로 집계됐다고 3일 공시했다.",
         "3천100억원", "다온중공업"),
        # a genitive, with a kind before it ("경쟁사인")
        ("경쟁사인 가온화학의 3분기 순이익은 2천15억원에 그쳤다.", "2천15억원", "가온화학"),
        # a name of common nouns ending in the head of an organisation's name
        ("태성금융그룹은 3분기 당기순이익이 8천760억 원으로 5.2% 늘었다.", "8천760억 원",
         "태성금융그룹"),
        # the name right before what it owns
        ("이날 코스피에서 누리바이오 주가는 1.8% 오른 4만2천300원에 장을 마쳤다.", "4만2천300원",
         "누리바이오"),
    ],
)
def test_korean_owner_is_read(text: str, surface: str, owner: str) -> None:
    assert _owners(text, "ko")[surface] == owner


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a kind is no name
        ("회사는 3분기 영업이익이 1천240억원으로 집계됐다고 밝혔다.", "1천240억원"),
        # what is counted is the topic, and nothing names whose it is
        ("3분기 영업이익은 1천240억원으로 집계됐다.", "1천240억원"),
        # deaths are no company's
        ("소방당국은 이번 화재로 3명이 숨졌다고 밝혔다.", "3명"),
    ],
)
def test_korean_owner_is_not_made_up(text: str, surface: str) -> None:
    assert _owners(text, "ko")[surface] is None


def test_korean_article_with_one_owner_lends_it_to_later_figures() -> None:
    text = ("누리바이오는 3분기 영업이익이 1천240억원으로 집계됐다고 공시했다.\n\n"
            "같은 기간 매출은 6천580억원으로 12% 늘었다.\n")
    assert _owners(text, "ko")["6천580억원"] == "누리바이오"


def test_korean_article_with_two_owners_lends_neither() -> None:
    text = ("누리바이오는 3분기 영업이익이 1천240억원으로 집계됐다고 공시했다.\n\n"
            "경쟁사인 가온화학의 3분기 영업이익은 910억원에 그쳤다.\n\n"
            "같은 기간 매출은 6천580억원으로 12% 늘었다.\n")
    assert _owners(text, "ko")["6천580억원"] is None


@pytest.mark.parametrize(
    ("text", "surface", "owner"),
    [
        # the subject of a results verb before "<owned thing> of <figure>"
        ("Rival Gaon Chemical posted operating profit of 201 billion won for the quarter.",
         "201 billion won", "Gaon Chemical"),
        ("Nuri Bio booked a net profit of 96 billion won in the period.", "96 billion won",
         "Nuri Bio"),
        # the source past an appositive, a name ending in an abbreviation
        ("Nuri Bio Co., the country's third-largest drugmaker, said Tuesday its operating "
         "profit rose 12 percent to 124 billion won.", "124 billion won", "Nuri Bio Co"),
        # the source that reports its own results
        ("Taesung Financial Group reported a net profit of 876 billion won for the quarter.",
         "876 billion won", "Taesung Financial Group"),
    ],
)
def test_english_owner_is_read(text: str, surface: str, owner: str) -> None:
    assert _owners(text, "en")[surface] == owner


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The company posted net profit of 96 billion won.", "96 billion won"),
        ("Analysts expect a net profit of 96 billion won, according to a poll.",
         "96 billion won"),
        # who said it owns nothing here: deaths are no company's
        ("Nuri Bio reported 3 deaths among trial patients.", "3"),
    ],
)
def test_english_owner_is_not_made_up(text: str, surface: str) -> None:
    assert not _owners(text, "en").get(surface)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("세진반도체", "sejin #semiconductor", True),
        ("한빛전자", "sejin #semiconductor", False),
        ("삼성전자", "samsung electronics", True),
        ("현대자동차", "hyundai motor", True),
        ("셀트리온", "celltrion", True),
        ("sk하이닉스", "sk hynix", True),
        ("대양금융", "대양금융그룹", True),  # one Hangul name opens the other
        ("기아", "kia", False),  # one sound: too little to call them one
        ("현대자동차", "kia", False),
        ("대양은행", "대양금융그룹", None),  # one script: their words decide
        ("sejin", "hanul motor", None),
    ],
)
def test_names_in_two_scripts(a: str, b: str, expected: bool | None) -> None:
    assert may_be_one(a, b) is expected
    assert may_be_one(b, a) is expected


RIVALS_KO = """한빛전자 3분기 영업이익 2조1천억원

한빛전자는 올해 3분기 영업이익이 2조1천억원으로 지난해 같은 기간보다 12% 늘었다고 28일 공시했다.
"""

RIVAL_EN = """Sejin Semiconductor results

Rival Sejin Semiconductor posted operating profit of 920 billion won for the third quarter.
"""

SAME_EN = """Hanbit Electronics results

Hanbit Electronics posted operating profit of 2.4 trillion won for the third quarter.
"""


def _conflicting(claims: list[Claim], a: str, b: str) -> bool:
    by_id = {c.id: c.surface for c in claims}
    return any(
        f.verdict.value == "conflict" and {a, b} <= {by_id.get(i) for i in f.claim_ids}
        for f in reconcile(claims).findings
    )


def _both(ko: str, en: str) -> list[Claim]:
    return (extract_text(ko, lang="ko", published=PUBLISHED, article_id="ko.txt")
            + extract_text(en, lang="en", published=PUBLISHED, article_id="en.txt"))


def test_two_companies_profits_across_languages_do_not_conflict() -> None:
    assert not _conflicting(_both(RIVALS_KO, RIVAL_EN), "2조1천억원", "920 billion won")


def test_one_companys_profit_across_languages_still_conflicts() -> None:
    assert _conflicting(_both(RIVALS_KO, SAME_EN), "2조1천억원", "2.4 trillion won")


def _with_title(title: str, body: str, folder: Path) -> dict[str, str | None]:
    path = folder / "a.txt"
    path.write_text(f'---\ntitle: "{title}"\npublished: 2026-10-28\nlanguage: en\n---\n{body}\n',
                    encoding="utf-8")
    return {c.surface: c.entity for a in load_articles([path]) for c in extract(a)}


@pytest.mark.parametrize(
    ("title", "owner"),
    [
        ("Nuri Bio third-quarter profit", "Nuri Bio"),
        ("Taesung Financial Q3 net profit up 5.2 pct", "Taesung Financial"),
        # a title of no results, or a common word opening it, names no owner
        ("Nuri Bio opens a new plant", None),
        ("Profit warnings rise across the sector", None),
    ],
)
def test_a_results_title_names_the_owner(title: str, owner: str | None, tmp_path: Path) -> None:
    body = "Operating profit came to 124 billion won, the company said."
    assert _with_title(title, body, tmp_path)["124 billion won"] == owner

