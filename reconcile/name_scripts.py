"""Whether two names written in two scripts may be one: "누리바이오" and "Nuri Bio" may,
"가온화학" and "Nuri Bio" may not.

A Korean article names a company in Hangul and an English wire names it in Latin letters, so
comparing their words says nothing: two companies' profits would meet as one figure, and one
company's would never meet across languages. Both names are reduced to the sounds of their
consonants, the Hangul one by its syllables' romanized initials and finals, the Latin one by
its letters (the Korean table's ``[grouping.romanization]``), and the Latin name's first word
must open the Hangul name ("Nuri" -> n-l, "누리바이오" -> n-l-p): the rest is most often
translated ("바이오" / "Bio"). A first word of fewer than two sounds ("Kia") tells too little
to call the names one, so they are read as two: a missed comparison, never a false conflict
("Kia" against "현대자동차").
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from claims.lang import raw_table

_FIRST_SYLLABLE, _LAST_SYLLABLE = 0xAC00, 0xD7A3
_FINALS_PER_INITIAL = 21 * 28  # vowels x finals, the Unicode Hangul syllable layout
_MIN_SOUNDS = 2
_TAIL_FREE = 3  # sounds of a name's opening that tell it, whatever its ending


def may_be_one(a: str, b: str) -> bool | None:
    """For names ``a`` and ``b``, one with Hangul and one without: whether they may be one name
    (False when the Latin name's first word is too short to tell). Two Hangul names, which
    are written as one word, may be one when one opens the other ("태성금융" / "태성금융그룹").
    None otherwise: their words decide."""
    # folded words may hold Hangul decomposed into jamo: composed again, syllable by syllable
    a, b = unicodedata.normalize("NFC", a), unicodedata.normalize("NFC", b)
    a_hangul, b_hangul = _has_hangul(a), _has_hangul(b)
    if a_hangul and b_hangul:
        first_a, first_b = _first(a), _first(b)
        if first_a.startswith(first_b) or first_b.startswith(first_a):
            return True
        # one foreign name spelled two ways ("팰리세이즈" / "팔리세이즈"): the same sounds
        sounds = _sounds(first_a) if _table().complete else ""
        return (len(sounds) >= _TAIL_FREE and sounds == _sounds(first_b)) or None
    if a_hangul == b_hangul or not _table().complete:
        return None
    korean, latin = (a, b) if a_hangul else (b, a)
    opening = _sounds(_first(latin))
    if len(opening) < _MIN_SOUNDS:
        return False
    heard = _sounds(_first(korean))
    # a foreign name's ending is written as Korean hears it ("Palisades" -> "팰리세이즈": -des
    # becomes -즈): a long opening heard alike is enough
    return heard.startswith(opening) or (
        len(opening) >= _TAIL_FREE and heard[:_TAIL_FREE] == opening[:_TAIL_FREE])


def _first(name: str) -> str:
    """The name's first word that is no concept id."""
    return next((w for w in name.split() if not w.startswith("#")), "")


def _has_hangul(text: str) -> bool:
    return any(_FIRST_SYLLABLE <= ord(ch) <= _LAST_SYLLABLE for ch in text)


@lru_cache(maxsize=4096)
def _sounds(word: str) -> str:
    """The word's consonant sounds as classes, runs of one class kept once."""
    table = _table()
    out: list[str] = []
    i, lowered = 0, word.lower()
    while i < len(lowered):
        ch = lowered[i]
        code = ord(ch)
        if _FIRST_SYLLABLE <= code <= _LAST_SYLLABLE:
            index = code - _FIRST_SYLLABLE
            initial, final = index // _FINALS_PER_INITIAL, index % 28
            out += [_classes(table.initials[initial]), _classes(table.finals[final])]
            i += 1
            continue
        group = next((g for g in table.groups if lowered.startswith(g, i)), None)
        if group is not None:
            out.append(table.classes[group])
            i += len(group)
        else:
            i += 1  # a vowel, a digit or a mark
    return _collapsed("".join(out))


def _classes(letters: str) -> str:
    """One romanized consonant ("ch", "kk", "ng") as its class."""
    table = _table()
    return table.classes.get(letters) or "".join(table.classes.get(ch, "") for ch in letters)


def _collapsed(sounds: str) -> str:
    return "".join(ch for k, ch in enumerate(sounds) if k == 0 or sounds[k - 1] != ch)


class _Romanization:
    def __init__(self, section: dict) -> None:
        self.initials: list[str] = list(section.get("initials", []))
        self.finals: list[str] = list(section.get("finals", []))
        pairs = [tuple(p) for p in section.get("sound_classes", [])]
        self.classes: dict[str, str] = {letters: cls for letters, cls in pairs}
        self.groups: list[str] = sorted(self.classes, key=len, reverse=True)
        self.complete = len(self.initials) == 19 and len(self.finals) == 28


@lru_cache(maxsize=1)
def _table() -> _Romanization:
    return _Romanization(raw_table("ko").get("grouping", {}).get("romanization", {}))
