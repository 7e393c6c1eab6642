"""Poll copy's own figures read as what they are.

A party's share in a Korean poll named by "지지도" (support), "선호도" or "호감도" is that party's
support, like "지지율": "정당 지지도는 민주당 38%, 국민의힘 31%였다" after a sentence on the
president's 긍정률 counted "민주당 긍정률" (the rate noun was not known, and the previous
sentence's rate was carried).

A small number of bare points with a comparative after it is the change of the share since the
previous poll, in percentage points ("38 percent, four points lower than last month", "62 %,
soit quatre points de moins que le mois dernier"), not a count of "points"; it measures the share
stated before it. Points with no share in the sentence stay as read (a league's table: "3 points
de plus que Lyon").

Real instances read (paraphrased): Hankook Ilbo's Gallup copy on each party's 지지도 after the
president's approval; a Newsway Gallup story on 정당 지지율 with two parties tied; Dreamwiz's
Gallup party shares up 13 points since the election; an Odoxa/L'Obs story with a candidate two
points ahead and another one point down; a Reuters wire on approval down from the previous
month's poll. Sentences our own.
"""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row("ko", "대통령 직무 긍정률은 44%였다. 정당 지지도는 민주당 36%, 국민의힘 29%였다.",
        [{"value": 44, "counted_contains": "긍정률"},
         {"value": 36, "counted_contains": "민주당 지지도"},
         {"value": 29, "counted_contains": "국민의힘 지지도"}], id="ko-jijido-per-party"),
    row("ko", "차기 대선주자 선호도는 김철수 24%, 박영희 17%로 나타났다.",
        [{"value": 24, "counted_contains": "김철수 선호도"},
         {"value": 17, "counted_contains": "박영희 선호도"}], id="ko-seonhodo-per-person"),
    row("en", "Approval of the mayor stood at 36 percent, five points lower than in January.",
        [{"value": 36, "unit": "percent"},
         {"value": 5, "unit": "percentage_point", "direction": "down",
          "counted_contains": ("approval", "mayor")}], id="en-points-lower"),
    row("en", "The Greens polled 24 percent, three points higher than a month ago.",
        [{"value": 24, "unit": "percent"},
         {"value": 3, "unit": "percentage_point", "direction": "up"}], id="en-points-higher"),
    row("fr", "58 % des sondés soutiennent la grève, soit trois points de moins que la semaine "
        "dernière.",
        [{"value": 58, "unit": "percent"},
         {"value": 3, "unit": "percentage_point", "direction": "down",
          "counted_contains": "sondés"}], id="fr-soit-points-de-moins"),
    row("fr", "La cote du ministre s'établit à 31 %, soit 2 points de plus qu'en janvier.",
        [{"value": 31, "unit": "percent"},
         {"value": 2, "unit": "percentage_point", "direction": "up",
          "counted_contains": "cote du ministre"}], id="fr-soit-points-de-plus"),
]

KEPT = [
    row("fr", "Le PSG compte désormais 3 points de plus que Lyon.",
        [{"value": 3, "unit": "count"}], id="fr-league-points-stay-a-count"),
    row("en", "The index closed 12 points higher at 7,410.",
        [{"value": 12}, {"value": 7410, "unit": "count"}], id="en-index-points-kept"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS + KEPT)
def test_poll_shares_and_points(lang: str, text: str, expected: list[dict]) -> None:
    assert_claims(extract_text(text, lang=lang), expected, exact_count=False)
