"""The kiwi hook: its narrower beam must tag news sentences as kiwi's default beam does, and its
morphemes must slice the text they were read from (our own sentences, in the style of Korean
police, disaster, labour and election copy)."""

from __future__ import annotations

import pytest

from claims.tokenizers import Part, tokenizer_for

pytest.importorskip("kiwipiepy")

from claims.kiwi_hook import BEAM_CUTOFF, KiwiTokenizer

NEWS = [
    "서울경찰청에 따르면 올해 1월부터 9월까지 불법촬영 피의자 412명이 검거됐다.",
    "중앙재난안전대책본부는 13일 오전 6시 기준 이재민이 1천82명으로 늘었다고 밝혔다.",
    "소방당국은 주택 14곳이 불에 탔고 주민 30여 명이 인근 마을회관으로 대피했다고 전했다.",
    "지난달 취업자는 2천871만 3천명으로 1년 전보다 17만 2천명(0.6%) 증가했다.",
    "방송통신심의위원회는 성적 허위영상물 시정요구 2,315건을 의결했다고 12일 밝혔다.",
    "김 후보는 38만 2천41표(51.3%)를 얻어 상대 후보를 4.2%포인트 차로 눌렀다.",
    "질병관리청 감시체계에 따르면 지난 5월 20일부터 어제까지 온열질환자는 1,204명이다.",
    "부산항 컨테이너 물동량은 상반기 1천200만TEU로 지난해 같은 기간보다 3.1% 늘었다.",
    "산불 영향구역은 축구장 640개 면적인 455ha에 이르며 진화율은 93%다.",
    "노동총동맹(CGT)은 이날 파리에서만 12만명이 행진했다고 주장했다.",
]


@pytest.fixture(scope="module")
def kiwi() -> KiwiTokenizer:
    tokenizer = tokenizer_for("ko")
    assert isinstance(tokenizer, KiwiTokenizer)
    return tokenizer


def _read(kiwi: KiwiTokenizer, text: str, cutoff: float) -> list[tuple[str, str, int, int]]:
    config = kiwi._kiwi.global_config
    kept = config.cutoff_threshold
    config.cutoff_threshold = cutoff
    try:
        return [(m.form, m.tag, m.start, m.end) for m in kiwi.morphemes(text)]
    finally:
        config.cutoff_threshold = kept


def test_hook_reads_with_its_narrow_beam(kiwi: KiwiTokenizer) -> None:
    assert kiwi._kiwi.global_config.cutoff_threshold == BEAM_CUTOFF
    assert BEAM_CUTOFF < 8.0  # kiwi's own default: the narrower beam is the speed-up


@pytest.mark.parametrize("text", NEWS)
def test_narrow_beam_tags_as_kiwis_default(kiwi: KiwiTokenizer, text: str) -> None:
    assert _read(kiwi, text, BEAM_CUTOFF) == _read(kiwi, text, 8.0)


@pytest.mark.parametrize("text", NEWS)
def test_morphemes_slice_their_text(kiwi: KiwiTokenizer, text: str) -> None:
    morphs = kiwi.morphemes(text)
    assert morphs
    for m in morphs:
        assert 0 <= m.start <= m.end <= len(text)  # an elided copula ("93%다") is empty
        if m.part in (Part.noun, Part.number):
            assert text[m.start : m.end] == m.form  # nouns and digits keep their surface


def test_parts_are_mapped_per_tag(kiwi: KiwiTokenizer) -> None:
    morphs = kiwi.morphemes("경찰은 피의자 412명을 검거했다.")
    parts = {m.form: m.part for m in morphs}
    assert parts["경찰"] is Part.noun
    assert parts["412"] is Part.number
    assert parts["은"] is Part.particle
    assert parts["."] is Part.punctuation
