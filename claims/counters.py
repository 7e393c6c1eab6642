"""Figures of languages that count with a counter word after the number (Korean).

"피의자 387명이 검거됐다": the counted noun stands before the figure, a counter after it says
what kind of figure it is (명 people, 건 cases, % a share, 원 won), and qualifiers follow it
("3천여 명", "100명 이상"). Figures are read from the text itself with patterns built from the
language's ``[counters]`` table (digits first, then scale chains such as "1만 2천", native number
words before a counter, "10명 중 8명", "절반", "3분의 1"); which noun a figure counts comes from
the morphemes of the language's tokenizer hook. No word of any language is written here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from pydantic import BaseModel, ConfigDict, Field

from claims.lang import _alternation, raw_table
from claims.models import Approx, Direction, Role

_HANGUL = "\uac00-\ud7a3"
# "10명 중 8명" is a share, "387명 중 200명" a count and its breakdown: a proportion is stated
# out of a small or round whole.
SHARE_WHOLES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000})
DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


class CounterWords(BaseModel):
    """Words around a figure; see ``claims/lang/<code>/counters.toml`` for each."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    money_signs: dict[str, str] = Field(default_factory=dict)
    glued_after: dict[str, Approx] = Field(default_factory=dict)
    before: dict[str, Approx] = Field(default_factory=dict)
    after: dict[str, Approx] = Field(default_factory=dict)
    after_particles: list[str] = Field(default_factory=list)
    window_after: list[str] = Field(default_factory=list)
    duration_claim_words: list[str] = Field(default_factory=list)
    year_counter: str = ""
    share_links: list[str] = Field(default_factory=list)
    half_words: list[str] = Field(default_factory=list)
    fraction_mark: str = ""
    ordinal_before: list[str] = Field(default_factory=list)
    ordinal_after: list[str] = Field(default_factory=list)
    band_after: list[str] = Field(default_factory=list)
    digit_counters: list[str] = Field(default_factory=list)
    denominator_after: list[str] = Field(default_factory=list)
    none_particles: list[str] = Field(default_factory=list)
    change_from_particles: list[str] = Field(default_factory=list)
    change_to_particles: list[str] = Field(default_factory=list)
    direction_after: dict[Direction, list[str]] = Field(default_factory=dict)
    direction_skip: list[str] = Field(default_factory=list)
    age_band_counter: str = ""
    age_band_top: int = 0
    rank_after: list[str] = Field(default_factory=list)
    duration_stat_before: list[str] = Field(default_factory=list)

    # The word lists as tuples, which ``str.startswith`` tests in one call (speed: they are
    # tested around every figure).
    @cached_property
    def ordinal_after_all(self) -> tuple[str, ...]:
        return tuple(self.ordinal_after)

    @cached_property
    def ordinal_before_all(self) -> tuple[str, ...]:
        return tuple(self.ordinal_before)

    @cached_property
    def band_after_all(self) -> tuple[str, ...]:
        return tuple(self.band_after)

    @cached_property
    def band_after_stripped(self) -> frozenset[str]:
        return frozenset(b.strip() for b in self.band_after)

    @cached_property
    def denominator_after_all(self) -> tuple[str, ...]:
        return tuple(self.denominator_after)

    @cached_property
    def none_particles_all(self) -> tuple[str, ...]:
        return tuple(self.none_particles)

    @cached_property
    def window_after_all(self) -> tuple[str, ...]:
        return tuple(self.window_after)

    @cached_property
    def direction_skip_longest_first(self) -> tuple[str, ...]:
        return tuple(sorted(self.direction_skip, key=len, reverse=True))

    @cached_property
    def direction_after_all(self) -> tuple[tuple[Direction, tuple[str, ...]], ...]:
        return tuple((way, tuple(stems)) for way, stems in self.direction_after.items())


class CounterContext(BaseModel):
    """Words that say what a figure counts and who gives it; see ``context.toml``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cite_verbs: list[str] = Field(default_factory=list)
    cite_particles: list[str] = Field(default_factory=list)
    say_verbs: list[str] = Field(default_factory=list)
    active_suffix: str = ""
    subject_particles: list[str] = Field(default_factory=list)
    share_links: list[str] = Field(default_factory=list)
    of_particle: str = ""
    numbered_after: list[str] = Field(default_factory=list)
    not_counted: list[str] = Field(default_factory=list)
    skip_before: list[str] = Field(default_factory=list)
    age_band: str = ""
    rate_before: dict[str, str] = Field(default_factory=dict)
    carry_period_forward: bool = False
    comparison_after: list[str] = Field(default_factory=list)
    story_days: list[str] = Field(default_factory=list)
    counted_after: list[str] = Field(default_factory=list)
    combined_marks: list[str] = Field(default_factory=list)
    current_event_words: list[str] = Field(default_factory=list)
    event_began: list[str] = Field(default_factory=list)
    event_ended: list[str] = Field(default_factory=list)
    event_running: list[str] = Field(default_factory=list)
    place_names: list[str] = Field(default_factory=list)
    place_suffixes: list[str] = Field(default_factory=list)
    place_parts: list[str] = Field(default_factory=list)
    place_bodies: list[str] = Field(default_factory=list)
    nationwide: list[str] = Field(default_factory=list)
    estimate_marks: list[str] = Field(default_factory=list)
    local_time: list[str] = Field(default_factory=list)
    still_words: list[str] = Field(default_factory=list)
    setting_particles: list[str] = Field(default_factory=list)
    only_after: list[str] = Field(default_factory=list)
    cumulative_words: list[str] = Field(default_factory=list)
    earlier_release: list[str] = Field(default_factory=list)
    record_words: list[str] = Field(default_factory=list)
    breakdown_marks: list[str] = Field(default_factory=list)
    release_words: list[str] = Field(default_factory=list)
    completed_words: list[str] = Field(default_factory=list)
    not_source: list[str] = Field(default_factory=list)
    dateline_marks: list[str] = Field(default_factory=list)
    hour_marks: list[str] = Field(default_factory=list)
    said_after_day: list[str] = Field(default_factory=list)
    source_aliases: dict[str, str] = Field(default_factory=dict)
    average_words: list[str] = Field(default_factory=list)
    span_words: list[str] = Field(default_factory=list)
    planned_after: list[str] = Field(default_factory=list)
    planned_before: list[str] = Field(default_factory=list)
    hedged_after: list[str] = Field(default_factory=list)
    clause_endings: list[str] = Field(default_factory=list)
    future_nouns: list[str] = Field(default_factory=list)
    future_final: str = ""
    said_between: list[str] = Field(default_factory=list)

    @cached_property
    def rate_before_longest_first(self) -> tuple[tuple[str, str], ...]:
        """ "하루 평균" before "평균": the longest words before a rate's figure tried first."""
        return tuple(sorted(self.rate_before.items(), key=lambda kv: -len(kv[0])))

    # Lists looked up per morpheme or per figure, as sets and tuples (speed).
    @cached_property
    def not_counted_set(self) -> frozenset[str]:
        return frozenset(self.not_counted)

    @cached_property
    def place_names_set(self) -> frozenset[str]:
        return frozenset(self.place_names)

    @cached_property
    def say_verbs_set(self) -> frozenset[str]:
        return frozenset(self.say_verbs)

    @cached_property
    def nationwide_set(self) -> frozenset[str]:
        return frozenset(self.nationwide)

    @cached_property
    def place_suffixes_all(self) -> tuple[str, ...]:
        return tuple(self.place_suffixes)

    @cached_property
    def place_bodies_all(self) -> tuple[str, ...]:
        return tuple(self.place_bodies)

    @cached_property
    def numbered_after_all(self) -> tuple[str, ...]:
        return tuple(self.numbered_after)

    @cached_property
    def rate_words(self) -> tuple[str, ...]:
        return tuple(self.rate_before)

    @cached_property
    def comparison_after_all(self) -> tuple[str, ...]:
        return tuple(self.comparison_after)


class CounterTable(BaseModel):
    """The ``[counters]`` table of a language, with the figure pattern compiled from it."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True, extra="forbid")

    group: list[str]
    decimal: list[str]
    big_scales: dict[str, float]
    small_scales: dict[str, float]
    native_units: dict[str, int] = Field(default_factory=dict)
    native_tens: dict[str, int] = Field(default_factory=dict)
    native_ranges: dict[str, tuple[int, int]] = Field(default_factory=dict)
    vague_prefix: str = ""
    vague_scales: dict[str, tuple[float, float]] = Field(default_factory=dict)
    range_marks: list[str] = Field(default_factory=list)
    units: dict[str, str]
    words: CounterWords
    context: CounterContext = Field(default_factory=CounterContext)

    @cached_property
    def digits(self) -> str:
        group = "".join(re.escape(g) for g in self.group)
        dec = "".join(re.escape(d) for d in self.decimal)
        return rf"\d{{1,3}}(?:[{group}]\d{{3}})+(?:[{dec}]\d+)?|\d+(?:[{dec}]\d+)?"

    @cached_property
    def figure_re(self) -> re.Pattern[str]:
        """One figure: a fraction, a half, a native number word before its counter, or digits
        (with scale words, an "about" suffix and a counter)."""
        w = self.words
        small, big = _alternation(self.small_scales), _alternation(self.big_scales)
        digits = self.digits
        # Every group but the last carries a scale word: "1만 2천", "9천 6백", "74만 4000".
        scaled = rf"(?:{digits})(?:(?:{small})(?:{big})?|(?:{big}))"
        chain = rf"(?:{scaled}[ ]?)*(?:{digits})(?:{small})?(?:{big})?"
        vague = (
            rf"{re.escape(self.vague_prefix)}(?:{_alternation(self.vague_scales)})"
            if self.vague_prefix and self.vague_scales
            else "(?!)"
        )
        counters = _alternation(self.units)
        native_counters = _alternation([u for u in self.units if u not in w.digit_counters])
        tens, units = _alternation(self.native_tens), _alternation(self.native_units)
        native = rf"(?:{tens})?(?:{units})|(?:{tens})|(?:{_alternation(self.native_ranges)})"
        signs = _alternation(w.money_signs) or "(?!)"
        about = _alternation(w.glued_after) or "(?!)"
        fraction = re.escape(w.fraction_mark) if w.fraction_mark else "(?!)"
        halves = _alternation(w.half_words) or "(?!)"
        return re.compile(
            rf"(?P<den>{digits}){fraction}[ ]?(?P<num>{digits})"
            rf"|(?<![{_HANGUL}])(?P<half>{halves})"
            rf"|(?<![\w.,])(?P<sign>{signs})?(?P<chain>{chain}|{vague})(?P<about>{about})?"
            rf"(?:[ ]?(?P<counter>{counters}))?"
            rf"|(?<![{_HANGUL}\w])(?P<native>{native})[ ]?(?P<ncounter>{native_counters})"
        )

    @cached_property
    def digits_re(self) -> re.Pattern[str]:
        return re.compile(self.digits)

    @cached_property
    def scales_longest_first(
        self,
    ) -> tuple[tuple[tuple[str, float], ...], tuple[tuple[str, float], ...]]:
        """The small and the big scale words, longest first (the first that fits wins)."""
        return (
            tuple(sorted(self.small_scales.items(), key=lambda kv: -len(kv[0]))),
            tuple(sorted(self.big_scales.items(), key=lambda kv: -len(kv[0]))),
        )

    @cached_property
    def tens_longest_first(self) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(self.native_tens.items(), key=lambda kv: -len(kv[0])))

    @cached_property
    def after_re(self) -> re.Pattern[str]:
        particles = _alternation(self.words.after_particles) or "(?!)"
        return re.compile(rf"(?:{particles})?[ ]?(?P<word>{_alternation(self.words.after)})")

    @cached_property
    def before_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![{_HANGUL}\w])(?:{_alternation(self.words.before)})[ ]*$")

    @cached_property
    def share_gap_re(self) -> re.Pattern[str]:
        return re.compile(rf"^[ ]*(?:{_alternation(self.words.share_links)})[ ]*$")

    @cached_property
    def range_gap_re(self) -> re.Pattern[str]:
        marks = "".join(re.escape(m) for m in self.range_marks)
        return re.compile(rf"^[ ]*[{marks}][ ]*$") if marks else re.compile("(?!)")


@cache
def load_counter_table(lang: str) -> CounterTable:
    """The ``[counters]`` table of a language, validated once per process."""
    data = raw_table(lang).get("counters")
    if data is None:
        raise ValueError(f"claims/lang/{lang}/ has no [counters] table")
    try:
        return CounterTable.model_validate(data)
    except ValueError as exc:
        raise ValueError(f"claims/lang/{lang}/counters.toml: {exc}") from None


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


def _number(text: str, table: CounterTable) -> tuple[float, int]:
    """The value of digits as written ("12,800", "3.5") and its decimals."""
    for g in table.group:
        text = text.replace(g, "")
    for d in table.decimal:
        text = text.replace(d, ".")
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    return float(text), decimals


_CHUNK_SPLIT = re.compile(r"[ ]+")


def _chain_value(chain: str, table: CounterTable) -> tuple[float, int, float]:
    """ "1조 2천억" -> 1.2e12, "3천 2백만" -> 3.2e7: digits times a small scale add up to a
    group, which a big scale multiplies. Returns the value, the decimals printed and the last
    scale written (which a range's first end shares: "2~3만")."""
    digits = table.digits_re
    small, big = table.scales_longest_first
    total, group, decimals, scale = 0.0, 0.0, 0, 1.0
    pos = 0
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
        for word, factor in big:
            if chain.startswith(word, pos):
                total, group, pos = total + group * factor, 0.0, pos + len(word)
                scale *= factor
                break
    return total + group, decimals, scale


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


def read_counted_figures(text: str, table: CounterTable) -> tuple[list[CountedFigure], int]:
    """The figures of one sentence, and how many numbers were seen there in all (figures, and
    dates, ages, bare numbers and window lengths skipped)."""
    found: list[CountedFigure] = []
    seen = 0
    for m in table.figure_re.finditer(text):
        seen += 1
        figure = _figure(m, table)
        if figure is not None:
            found.append(figure)
    figures = _join(found, text, table)
    kept = [f for f in figures if _is_claim(f, text, table)]
    for f in kept:
        _qualify(f, text, table)
    _link_changes(kept, text, table)
    _apply_directions(kept, text, table)
    return kept, seen


def _figure(m: re.Match[str], table: CounterTable) -> CountedFigure | None:
    if m.group("den") is not None:
        den, _ = _number(m.group("den"), table)
        num, _ = _number(m.group("num"), table)
        if not den:
            return None
        return CountedFigure(m.start(), m.end(), round(100 * num / den, 2), unit="percent",
                             counter="%", decimals=2)
    if m.group("half") is not None:
        return CountedFigure(m.start(), m.end(), 50.0, unit="percent", counter="%")
    if m.group("native") is not None:
        counter = m.group("ncounter")
        value, lower, upper = _native_value(m.group("native"), table)
        approx = Approx.range if value is None else Approx.exact
        unit = table.units[counter]
        return CountedFigure(m.start(), m.end(), value, lower, upper, approx=approx, unit=unit,
                             counter=counter, role=Role.ratio if unit == "ratio" else Role.value)
    chain = m.group("chain")
    counter = m.group("counter") or ""
    unit = table.units.get(counter, "")
    sign = m.group("sign")
    if sign is not None:
        unit = table.words.money_signs[sign]
    prefix = table.vague_prefix
    if prefix and chain.startswith(prefix) and chain[len(prefix) :] in table.vague_scales:
        lo, hi = table.vague_scales[chain[len(prefix) :]]
        return CountedFigure(m.start(), m.end(), None, lo, hi, approx=Approx.vague, unit=unit,
                             counter=counter)
    value, decimals, scale = _chain_value(chain, table)
    glued = m.group("about")
    approx = table.words.glued_after[glued] if glued else Approx.exact
    return CountedFigure(m.start(), m.end(), value, decimals=decimals, approx=approx, unit=unit,
                         counter=counter, scale=scale,
                         role=Role.ratio if unit == "ratio" else Role.value)


def _shorthand_upper(lower: float, upper: float) -> float | None:
    """The upper end of a range written short after a larger first end: "12~3명" is 12 to 13,
    "120~30명" 120 to 130 (the last digits replaced). None when no such reading is above the
    first end: a range never ends below where it starts."""
    if lower != int(lower) or upper != int(upper) or upper < 0:
        return None
    step = 10 ** len(str(int(upper)))
    full = int(lower) // step * step + int(upper)
    return float(full) if full > lower else None


def _join(found: list[CountedFigure], text: str, table: CounterTable) -> list[CountedFigure]:
    """Ranges ("2~3명", "2~3만 명": the scale is shared) and shares ("10명 중 8명")."""
    out: list[CountedFigure] = []
    for f in found:
        prev = out[-1] if out else None
        gap = text[prev.end : f.start] if prev is not None else ""
        if prev is not None and f.unit and table.range_gap_re.match(gap) and (
            not prev.counter or prev.counter == f.counter
        ):
            lower = prev.value if prev.value is not None else prev.lower
            if lower is not None and not prev.counter and prev.scale == 1.0 and f.scale > 1.0:
                lower *= f.scale  # "2~3만 명": two to three ten-thousands
            upper = f.value if f.value is not None else f.upper
            if lower is not None and upper is not None and upper < lower:
                upper = _shorthand_upper(lower, upper)
                if upper is None:  # "12~3" that is no range: two figures, never lower > upper
                    out.append(f)
                    continue
            out[-1] = CountedFigure(prev.start, f.end, None, lower, upper, approx=Approx.range,
                                    unit=f.unit, counter=f.counter,
                                    decimals=max(prev.decimals, f.decimals))
            continue
        if (
            prev is not None
            and prev.unit == f.unit == "count"
            and prev.value in SHARE_WHOLES
            and f.value is not None
            and f.value <= prev.value
            and table.share_gap_re.match(gap)
        ):
            share = round(100 * f.value / prev.value, 2)
            out[-1] = CountedFigure(prev.start, f.end, share, unit="percent", counter="%",
                                    decimals=0 if share == int(share) else 2)
            continue
        out.append(f)
    return out


def _is_claim(f: CountedFigure, text: str, table: CounterTable) -> bool:
    """Bare numbers, years, dates, ordinals and window lengths are not claims."""
    w = table.words
    if not f.unit:
        return False  # a bare number, a date part ("1월"), an age ("14세", "10대")
    after = text[f.end : f.end + 4]
    before = text[max(0, f.start - 3) : f.start].rstrip()
    if after.startswith(w.ordinal_after_all) or before.endswith(w.ordinal_before_all):
        return False  # "두 번째", "제3회"
    if after.startswith(w.band_after_all) or after.rstrip() in w.band_after_stripped:
        return False  # "10만 명대로 회복", "2%대 성장": a band of values, no figure stated
    if after.startswith(w.denominator_after_all):
        return False  # "외래환자 1천 명당 4.6명", "인구 10만 명당": the base of a rate
    if f.counter == w.year_counter and f.value is not None and 1900 <= f.value <= 2099:
        return False  # "2024년": a year
    if f.value == 1 and after.lstrip().startswith(w.none_particles_all):
        return False  # "한 명도 없다": none at all
    if (f.value == 1 and f.unit == "count" and f.approx is Approx.exact
            and text[f.end : f.end + 1].isspace() and text[f.end + 1 : f.end + 2].isdigit()):
        return False  # "한도를 1회 50만 원에서": the base of the figure that follows
    if (f.counter == w.age_band_counter and f.value is not None and f.scale == 1.0
            and f.value <= w.age_band_top and f.value % 10 == 0):
        return False  # "10대", "40대 남성": an age band; "30대 그룹": a rank ("헬기 42대" is one)
    if f.counter == w.age_band_counter and any(
            text[f.end :].lstrip().startswith(r) for r in w.rank_after):
        return False  # "국내 500대 기업": the 500 largest, a rank
    if f.unit in DURATIONS:
        if after.startswith(w.window_after_all) or after.lstrip().startswith(w.window_after_all):
            return False  # "일주일간", "5년 만에": a window, not a figure
        near = text[max(0, f.start - 12) : f.end + 12]
        if any(word in near for word in w.duration_claim_words):  # "7년 이하의 징역"
            return True
        return _duration_statistic(f, text, table)
    return True


def _duration_statistic(f: CountedFigure, text: str, table: CounterTable) -> bool:
    """ "평균 대기 기간은 17.4일", "주당 노동시간을 35시간에서 37시간으로": a duration that is
    the value of a statistic (an average, or one end of a change between two durations of the
    same counter), not the length of a window."""
    w = table.words
    if f.decimals:
        return True  # "폭염일수는 17.4일로", "평년(6.1일)": no date, no window is written so
    before = text[max(0, f.start - 12) : f.start]
    if any(b in before.split()[-3:] for b in w.duration_stat_before):
        return True
    counter = re.escape(f.counter)
    number = r"\d[\d,.]*"
    froms = "|".join(re.escape(p) for p in w.change_from_particles) or "(?!)"
    tos = "|".join(re.escape(p) for p in w.change_to_particles) or "(?!)"
    if re.match(rf"(?:{froms})\s*{number}\s*{counter}(?:{tos})", text[f.end :]):
        return True  # "35시간에서 37시간으로": the first end
    return bool(re.search(rf"{number}\s*{counter}(?:{froms})\s*$", text[: f.start])
                and re.match(rf"(?:{tos})(?!\S*\s*(?:{'|'.join(w.window_after)}))",
                             text[f.end :]))  # the second end


def _qualify(f: CountedFigure, text: str, table: CounterTable) -> None:
    """A qualifier word before ("약 100명") or after ("100명 이상") widens the figure."""
    after = table.after_re.match(text, f.end)
    if after is not None and f.approx is not Approx.range:
        f.approx = table.words.after[after.group("word")]
        f.end = after.end()
    before = table.before_re.search(text, 0, f.start)
    if before is not None and f.approx is Approx.exact:
        f.approx = table.words.before[before.group().strip()]
        f.start = before.start()


_PARENTHESES = re.compile(r"\s*\([^()]{0,30}\)")
_CHAIN = re.compile(r"\s*[,·]\s*")


def _apply_directions(figures: list[CountedFigure], text: str, table: CounterTable) -> None:
    """ "17만 1천명 늘었다", "0.3%포인트 하락", "764명(3.8%) 증가": a figure right before a
    change word is the amount of a change, which goes that way; "764명, 3.8% 늘어난" gives
    both figures the way. "17명으로 늘었다" (the level reached) is not a change: the particle
    that says "to" is not skipped. The sides of "5년에서 7년으로" go the way the values do."""
    words = table.words
    for f in reversed(figures):
        if f.unit == "ratio":
            continue  # "3배": how many times, not by how much
        at = f.end
        for _ in range(4):  # particles, adverbs and a parenthesis between, in any order
            paren = _PARENTHESES.match(text, at)
            if paren is not None:
                at = paren.end()
                continue
            rest = text[at:].lstrip()
            skip = next((w for w in words.direction_skip_longest_first
                         if rest.startswith(w)), None)
            if skip is None:
                break
            at = len(text) - len(rest) + len(skip)
        rest = text[at:].lstrip()
        for way, stems in words.direction_after_all:
            if rest.startswith(stems):
                f.direction = way
                break
    for i in range(len(figures) - 2, -1, -1):
        f, g = figures[i], figures[i + 1]
        chained = _CHAIN.fullmatch(text, f.end, g.start) is not None
        if chained and f.direction is None and g.direction is not None and f.role is Role.value:
            f.direction = g.direction  # "764명, 3.8% 늘어난"
    for f in figures:
        if f.role is Role.change_to and f.partner is not None:
            a = figures[f.partner]
            if a.value is not None and f.value is not None and a.value != f.value:
                way = Direction.up if f.value > a.value else Direction.down
                a.direction = f.direction = way


def _link_changes(figures: list[CountedFigure], text: str, table: CounterTable) -> None:
    """ "5년에서 7년으로": one side of a change each, linked."""
    w = table.words
    for i in range(len(figures) - 1):
        a, b = figures[i], figures[i + 1]
        if a.unit != b.unit:
            continue
        if any(text.startswith(p, a.end) for p in w.change_from_particles) and any(
            text.startswith(p, b.end) for p in w.change_to_particles
        ):
            a.role, b.role = Role.change_from, Role.change_to
            a.partner, b.partner = i + 1, i
