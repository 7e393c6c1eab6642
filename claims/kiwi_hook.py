"""The kiwi hook: Korean morphemes from kiwipiepy (PyPI, offline, model in kiwipiepy-model).

Its typo and multi-word dictionaries are off: about 190 MB less memory, and the same analysis
of news text. Kiwi's tags (the Sejong tag set) are mapped to the coarse parts readers ask about.

Tagging is the slow half of reading Korean, so the beam search keeps fewer weak candidates:
``cutoff_threshold`` 5 instead of kiwi's 8 tags about 20 % faster, with the same morphemes on
every Korean sentence of the bench sets and the tests (533 sentences); at 4 a first sentence
changes ("불에 탔다": 불 read as a prefix), so 5 is the floor.
"""

from __future__ import annotations

from claims.tokenizers import Morpheme, Part

_PARTS = {
    "NNG": Part.noun,
    "NNP": Part.noun,
    "SL": Part.noun,  # a word in Latin letters: "Telegram"
    "SH": Part.noun,  # in Chinese characters
    "XSN": Part.noun,  # a noun suffix: "들"
    "XR": Part.noun,
    "NNB": Part.other,  # bound nouns, counters among them: read by the counter grammar
    "NR": Part.number,
    "SN": Part.number,
    "VV": Part.verb,
    "VA": Part.verb,
    "VX": Part.verb,
    "XSV": Part.verb,
    "XSA": Part.verb,
    "VCP": Part.copula,
    "MM": Part.determiner,
    "SF": Part.punctuation,
    "SP": Part.punctuation,
    "SS": Part.punctuation,
    "SE": Part.punctuation,
    "SO": Part.punctuation,
    "SW": Part.punctuation,
}


BEAM_CUTOFF = 5.0


def _part(tag: str) -> Part:
    base = tag.split("-")[0]  # kiwi marks regular/irregular verbs as "VV-R", "VV-I"
    if base in _PARTS:
        return _PARTS[base]
    if base.startswith("J"):
        return Part.particle
    if base.startswith("E"):
        return Part.ending
    return Part.other


class KiwiTokenizer:
    """Kiwi, loaded when the first Korean sentence is read."""

    def __init__(self) -> None:
        from kiwipiepy import Kiwi  # imported here: only Korean articles pay for the model

        self._kiwi = Kiwi(load_typo_dict=False, load_multi_dict=False)
        self._kiwi.global_config.cutoff_threshold = BEAM_CUTOFF
        self._parts: dict[str, Part] = {}  # kiwi's tag -> its coarse part, mapped once per tag

    def morphemes(self, text: str) -> list[Morpheme]:
        parts = self._parts
        out = []
        for t in self._kiwi.tokenize(text):
            tag = t.tag
            part = parts.get(tag)
            if part is None:
                part = parts[tag] = _part(tag)
            start = t.start
            out.append(Morpheme(t.form, part, tag, start, start + t.len))
        return out
