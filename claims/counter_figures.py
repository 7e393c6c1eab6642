"""One counted figure from a match of the counter table's figure pattern: a fraction ("3분의 1"),
a half ("절반"), a native number word before its counter ("두 명", "두세 건"), a vague amount
("수천 명") or digits with scale words ("1만 2천 명", "1조 2천억 원"), and its value."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.counter_table import CounterTable, CounterWords
from claims.models import Approx, Direction, Role


@dataclass(slots=True)
class CountedFigure:
    """A figure of one sentence; offsets relative to the sentence."""

    start: int
    end: int
    value: float | None
    lower: float | None = None
    upper: float | None = None
    decimals: int = 0
    approx: Approx = Approx.exact
    unit: str = "count"
    counter: str = ""
    scale: float = 1.0  # the last scale word of a chain, shared with a range's first end
    role: Role = Role.value
    partner: int | None = None
    direction: Direction | None = None  # a stated change: "17만명 늘었다", "0.3%포인트 하락"
    # a share read from two counts ("10명 중 8명"): the whole and the part as written, which
    # stand as two counts when the whole is a group the story names ("숨진 3명 가운데 2명")
    parts: tuple[CountedFigure, CountedFigure] | None = None


def _number(text: str, table: CounterTable) -> tuple[float, int]:
    """The value of digits as written ("12,800", "3.5") and its decimals."""
    for g in table.group:
        text = text.replace(g, "")
    for d in table.decimal:
        text = text.replace(d, ".")
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    return float(text), decimals


def _chain_value(chain: str, table: CounterTable) -> tuple[float, int, float]:
    """ "1조 2천억" -> 1.2e12, "3천 2백만" -> 3.2e7: digits times a small scale add up to a
    group, which a big scale multiplies. Returns the value, the decimals printed and the last
    scale written (which a range's first end shares: "2~3만")."""
    digits = table.digits_re
    small, big = table.scales_longest_first
    total, group, pos = _bare_scale_opening(chain, small, big)
    decimals, scale = 0, 1.0
    while pos < len(chain):
        if chain[pos] == " ":
            pos += 1
            continue
        m = digits.match(chain, pos)
        if m is None:
            break
        value, decimals = _number(m.group(), table)
        pos, scale = m.end(), 1.0
        for word, factor in small:
            if chain.startswith(word, pos):
                value, scale, pos = value * factor, factor, pos + len(word)
                break
        group += value
        for word in table.words.glued_after:  # "1,400여만": "about" before the big scale
            if chain.startswith(word, pos):
                pos += len(word)
                break
        for word, factor in big:
            if chain.startswith(word, pos):
                total, group, pos = total + group * factor, 0.0, pos + len(word)
                scale *= factor
                break
    return total + group, decimals, scale


def _bare_scale_opening(chain: str, small: tuple[tuple[str, float], ...],
                        big: tuple[tuple[str, float], ...]) -> tuple[float, float, int]:
    """Broadcast copy drops the one before a leading scale word ("만 4천 117에이커" is 14,117,
    "천 17채" 1,017): a bare scale word counts one. Returns the total and the group it opens
    the chain with (a big scale's one is in the total, a small one's in the group) and where
    the digits after it start; a chain opening on digits starts from nothing."""
    for scales, is_big in ((small, False), (big, True)):
        for word, factor in scales:
            if chain.startswith(word + " "):
                return (factor, 0.0, len(word)) if is_big else (0.0, factor, len(word))
    return 0.0, 0.0, 0


Bounds = tuple[float | None, float | None, float | None]


def _native_value(word: str, table: CounterTable) -> Bounds:
    """ "열두" -> 12, "두세" -> range 2-3: value, lower, upper."""
    if word in table.native_ranges:
        lo, hi = table.native_ranges[word]
        return None, float(lo), float(hi)
    value = 0
    for tens, n in table.tens_longest_first:
        if word.startswith(tens):
            value, word = n, word[len(tens) :]
            break
    if word:
        value += table.native_units[word]
    return float(value), None, None


def figure_of(m: re.Match[str], table: CounterTable) -> CountedFigure | None:
    """The figure a match of ``table.figure_re`` reads (None for a fraction over zero)."""
    if m.group("den") is not None:
        return _fraction(m, table)
    if m.group("half") is not None:  # "절반": a round share, about half (unless bounded)
        return CountedFigure(m.start(), m.end(), 50.0, unit="percent", counter="%",
                             approx=Approx.about)
    if m.group("native") is not None:
        return _native(m, table)
    return _written(m, table)


def _fraction(m: re.Match[str], table: CounterTable) -> CountedFigure | None:
    """ "3분의 1": a share in percent."""
    den, _ = _number(m.group("den"), table)
    num, _ = _number(m.group("num"), table)
    if not den:
        return None
    return CountedFigure(m.start(), m.end(), round(100 * num / den, 2), unit="percent",
                         counter="%", decimals=2)


def _native(m: re.Match[str], table: CounterTable) -> CountedFigure:
    """ "두 명", "두세 건": a native number word before its counter."""
    counter = m.group("ncounter")
    value, lower, upper = _native_value(m.group("native"), table)
    approx = Approx.range if value is None else Approx.exact
    unit = table.units[counter]
    return CountedFigure(m.start(), m.end(), value, lower, upper, approx=approx, unit=unit,
                         counter=counter, role=Role.ratio if unit == "ratio" else Role.value)


def _written(m: re.Match[str], table: CounterTable) -> CountedFigure:
    """Digits with scale words and a counter or a money sign ("1만 2천 명", "3천여 명"), or a
    vague amount ("수천 명")."""
    chain = m.group("chain")
    counter = m.group("counter") or ""
    unit = _written_unit(m, table)
    vague = _vague_bounds(chain, table)
    if vague is not None:
        lo, hi = vague
        return CountedFigure(m.start(), m.end(), None, lo, hi, approx=Approx.vague, unit=unit,
                             counter=counter)
    value, decimals, scale = _chain_value(chain, table)
    glued = m.group("about") or next((w for w in table.words.glued_after if w in chain), None)
    approx = table.words.glued_after[glued] if glued else Approx.exact
    return CountedFigure(m.start(), m.end(), value, decimals=decimals, approx=approx, unit=unit,
                         counter=counter, scale=scale,
                         role=Role.ratio if unit == "ratio" else Role.value)


def _written_unit(m: re.Match[str], table: CounterTable) -> str:
    """The unit a written figure is in: its money sign's when it has one, else its counter's."""
    sign = m.group("sign")
    if sign is not None:
        return table.words.money_signs[sign]
    return table.units.get(m.group("counter") or "", "")


def _vague_bounds(chain: str, table: CounterTable) -> tuple[float, float] | None:
    """ "수천": the vague prefix before a scale word gives bounds, not a value (None: a chain of
    digits)."""
    prefix = table.vague_prefix
    if prefix and chain.startswith(prefix) and chain[len(prefix) :] in table.vague_scales:
        return table.vague_scales[chain[len(prefix) :]]
    return None


def implied_money(f: CountedFigure, text: str, table: CounterTable,
                  prev: CountedFigure | None = None) -> None:
    """ "2분기 영업익 3조8천억…", "매출 10조 돌파": an amount of a money scale ("억", "조")
    written with no counter right after a money noun is in the language's currency (headlines
    drop "원"), and so is the upper end of its range ("매출 2천억~3천억"); "관객 1억 명",
    "조회수 1억" stay as they are."""
    w = table.words
    if f.unit or f.counter or f.value is None or not _of_a_money_scale(f, table):
        return
    if _upper_end_of_money(f, prev, text, table) or _after_a_money_noun(f, text, w):
        f.unit = w.money_unit


def _of_a_money_scale(f: CountedFigure, table: CounterTable) -> bool:
    """Whether the language names a currency and the figure is written at one of its money
    scales or above ("억", "조")."""
    w = table.words
    if not w.money_unit:
        return False
    scales = [table.big_scales[s] for s in w.money_scales if s in table.big_scales]
    return bool(scales) and f.scale >= min(scales)


def _upper_end_of_money(f: CountedFigure, prev: CountedFigure | None, text: str,
                        table: CounterTable) -> bool:
    """The upper end of a range whose lower end is an amount in the currency, with no counter
    ("매출 2천억~3천억")."""
    return bool(prev is not None and prev.unit == table.words.money_unit and not prev.counter
                and table.range_gap_re.match(text[prev.end : f.start]))


def _after_a_money_noun(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """Whether the word right before the figure is a money noun, maybe with a particle
    ("영업익 4조", "매출은 10조")."""
    before = text[: f.start].rstrip().rsplit(None, 1)[-1:]
    if not before:
        return False
    word = before[0]
    for particle in w.money_noun_particles:
        if word.endswith(particle) and not word.endswith(tuple(w.money_nouns)):
            word = word[: -len(particle)]
            break
    return word.endswith(tuple(w.money_nouns))
