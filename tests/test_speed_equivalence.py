"""Readings made once per sentence or per table give what the per-figure searches gave
(claims.sentence_memo.found_between, claims.frame_doers._words_before, the toll word patterns
of claims.lang.word_sets, the moving-average prefilter of claims.moving_averages)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.frame_doers import _WORD, _words_before
from claims.lang import load_table
from claims.load import InputError, load_articles
from claims.moving_averages import _last_before, _may_match, _patterns
from claims.sentence_memo import found_between
from claims.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
_TEXT = st.text(alphabet="aB1 ,.'’-&é\u00a0", max_size=30)


@given(texts=st.lists(_TEXT, min_size=1, max_size=4), at=st.integers(min_value=-2, max_value=34))
def test_words_before_a_figure_are_the_slice_words(texts: list[str], at: int) -> None:
    for text in texts + texts[:1]:  # another sentence, then the first again
        assert _words_before(text, at) == _WORD.findall(text[:at])


_CUE = re.compile(r"(?<!\w)(?:ab|b1|a\.)(?!\w)", re.I)


@given(
    texts=st.lists(_TEXT, min_size=1, max_size=4),
    spans=st.lists(st.tuples(st.integers(0, 32), st.integers(0, 32)), min_size=1, max_size=6),
)
def test_a_stretch_is_searched_as_the_pattern_searches_it(
    texts: list[str], spans: list[tuple[int, int]]
) -> None:
    for text in texts:
        for start, end in spans + spans:  # asked twice: the kept answer
            assert found_between(_CUE, text, start, end) is (_CUE.search(text, start, end)
                                                             is not None)


_NEAR = st.lists(
    st.sampled_from(["more", "another", "de plus", "autres", "plus", "de", "12", "x", "더",
                     "추가로", "Another", "moreover", "1명이", " ", "-"]),
    max_size=6,
).map(" ".join)


@pytest.mark.parametrize("lang", ["en", "fr", "ko"])
@given(near=_NEAR)
def test_a_toll_increment_is_found_where_one_of_its_words_is(lang: str, near: str) -> None:
    table = load_table(lang).extraction
    words = table.periods.toll_increments
    near = near.lower()
    expected = any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", near) for w in words)
    assert (table.toll_increment_re.search(near) is not None) is expected


@given(after=st.lists(st.sampled_from(["가운데", "중", "중에", "3명", " ", "가운데서", "x"]),
                      max_size=4).map("".join))
def test_a_whole_marker_matches_where_one_of_its_words_does(after: str) -> None:
    table = load_table("ko").extraction
    words = table.periods.toll_whole_markers
    expected = any(re.match(rf"{re.escape(w)}(?!\w)", after) for w in words)
    assert (table.toll_whole_markers_re.match(after) is not None) is expected


def _sentences(lang: str, *folders: str) -> list[str]:
    table = load_table(lang).extraction
    found = []
    for item in load_articles([str(ROOT / f) for f in folders]):
        if isinstance(item, InputError) or item.language != lang:
            continue
        found.extend(s.text for s in split_sentences(item.text, table, item.body_start))
    return found


MOVING = {
    "en": [
        "The four-week moving average of claims rose 2,250 to 231,500 in the week ended Nov. 7.",
        "Sales fell 3.1 percent, and the three-month moving average was 612,000 units.",
        "The rolling average over the past 7 days stood at 1,204 cases, officials said.",
    ],
    "fr": [
        "La moyenne mobile sur trois mois s'établit à 19 100 logements en août.",
        "Sur sept jours, la moyenne glissante atteint 1 250 cas, contre 980 la semaine passée.",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_moving_average_prefilter_drops_no_match(lang: str) -> None:
    sentences = _sentences(lang, "seeds", "bench/data/en", "bench/data/real_style") + MOVING[lang]
    every = tuple(pattern for pattern, _, _ in _patterns(lang))
    found = 0
    for text in sentences:
        kept = _may_match(lang, text)
        for at in [m.start() for m in re.finditer(r"\d+", text)] + [len(text)]:
            full = _span(_last_before(every, text, at))
            assert _span(_last_before(kept, text, at)) == full
            found += full is not None
    assert found >= len(MOVING[lang])  # the moving averages above are found


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()
