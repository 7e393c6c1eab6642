"""A table that lists no word bringing in a source matches none (``source_intro_re``).

Korean names its source before "에 따르면" and lists no ``source_intro``; an empty alternation
compiled into a pattern that matched every blank after a comma, so ", 전날(5천800여 명)보다"
read as an attribution closed by a day. The rows: where each language's pattern must and must
not match. Sentences of our own.
"""

from __future__ import annotations

import pytest

from claims.lang import load_table

ROWS = [
    ("ko", "파업 참여 인원은 3천200여 명으로, 전날(3천900여 명)보다 700명가량 줄었다.", None),
    ("ko", "고용노동부에 따르면 이날 오후 2시 기준 3천200여 명이다.", None),
    ("en", "At least 418 people died, according to the civil defence agency on Sunday.",
     "according to "),
    ("en", "The storm killed 418 people, the agency said.", None),
    ("fr", "Les crues ont fait 26 morts, selon la sécurité civile lundi soir.", "selon "),
    ("fr", "Les crues ont fait 26 morts, a indiqué la sécurité civile.", None),
]


@pytest.mark.parametrize(("lang", "text", "intro"), ROWS, ids=[f"{r[0]}-{i}" for i, r in
                                                               enumerate(ROWS)])
def test_source_intro(lang: str, text: str, intro: str | None) -> None:
    found = load_table(lang).extraction.source_intro_re.search(text)
    assert (found.group() if found else None) == intro
