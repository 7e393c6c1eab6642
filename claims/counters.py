"""Figures of languages that count with a counter word after the number (Korean).

"피의자 387명이 검거됐다": the counted noun stands before the figure, a counter after it says
what kind of figure it is (명 people, 건 cases, % a share, 원 won), and qualifiers follow it
("3천여 명", "100명 이상"). Figures are read from the text itself with patterns built from the
language's ``[counters]`` table (digits first, then scale chains such as "1만 2천", native number
words before a counter, "10명 중 8명", "절반", "3분의 1"); which noun a figure counts comes from
the morphemes of the language's tokenizer hook. No word of any language is written here.

This module reads a sentence's figures and keeps the claims among them: ranges and shares are
joined, dates, ordinals, bands and window lengths dropped, qualifiers and the way a change goes
read. The table is ``claims.counter_table``'s, one figure's value ``claims.counter_figures``',
which figures state no quantity ``claims.counter_no_quantity``'s.
"""

from __future__ import annotations

import re

from claims.counter_bases import a_bare_count, in_a_unit_gloss
from claims.counter_brackets import bracket_labels
from claims.counter_figures import CountedFigure, figure_of, implied_money
from claims.counter_no_quantity import names_no_quantity
from claims.counter_table import CounterTable, CounterWords
from claims.figure_changes import parenthesised_rates_go_their_way
from claims.figure_model import compound_value
from claims.listed_rates import listed_rates_go_their_way
from claims.models import Approx, Direction, Role

# "10명 중 8명" is a share, "387명 중 200명" a count and its breakdown: a proportion is stated
# out of a small or round whole.
SHARE_WHOLES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000})
DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
LIMIT_REACH = 12  # how far before a figure a limit noun may stand ("한도를 1억 원까지")


def read_counted_figures(text: str, table: CounterTable) -> tuple[list[CountedFigure], int]:
    """The figures of one sentence, and how many numbers were seen there in all (figures, and
    dates, ages, bare numbers and window lengths skipped)."""
    found, seen = _numbers_read(text, table)
    glossed = in_a_unit_gloss(found, text, table.words)
    figures = _join([f for f in found if f.start not in glossed], text, table)
    kept = _claims_read(figures, text, table)
    if kept and _a_definition(text, table.words):
        return [], seen
    _link_changes(kept, text, table)
    _apply_directions(kept, text, table)
    return kept, seen


def _claims_read(figures: list[CountedFigure], text: str,
                 table: CounterTable) -> list[CountedFigure]:
    """The figures that state a claim, each signed, qualified and priced, but for the bound of
    a class a rule covers ("상시 근로자 50명 이상 사업장")."""
    kept = [f for f in figures if _is_claim(f, text, table)]
    for i, f in enumerate(kept):
        _signed(f, text, table.words)
        _qualify(f, text, table, kept[i - 1] if i else None)
        _price_per(f, text, table)
    labels = bracket_labels(kept, text, table)
    return [f for i, f in enumerate(kept)
            if i not in labels and not _class_bound(f, text, table.words)]


def _numbers_read(text: str, table: CounterTable) -> tuple[list[CountedFigure], int]:
    """Every figure the sentence's numbers make, in order, and how many numbers it holds."""
    found: list[CountedFigure] = []
    seen = 0
    for m in table.figure_re.finditer(text):
        seen += 1
        figure = figure_of(m, table)
        if figure is not None:
            if not figure.unit and a_bare_count(figure, text, table.words):
                figure.unit = "count"  # "소비자물가지수는 116.37로", "15만 안팎으로"
            implied_money(figure, text, table, found[-1] if found else None)
            found.append(figure)
    return found, seen


def _a_definition(text: str, w: CounterWords) -> bool:
    """ "합계출산율은 여성 1명이 평생 낳을 것으로 예상되는 평균 출생아 수를 뜻한다": a sentence
    that defines a term states no figure of the story."""
    end = text.rstrip().rstrip(".").rstrip()
    if not w.definition_verbs or not end.endswith(tuple(w.definition_verbs)):
        return False
    first = text.split(maxsplit=1)[:1]
    return not first or first[0] not in w.not_defining  # "이는 ... 뜻한다": what a figure means


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
        joined = _joined(out[-1], f, text, table) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(f)
    return out


def _joined(prev: CountedFigure, f: CountedFigure, text: str,
            table: CounterTable) -> CountedFigure | None:
    """The range or the share ``prev`` and ``f`` make together, or None."""
    gap = text[prev.end : f.start]
    ratio = _ratio_to_one(prev, f, gap, table.words) or _compound_time(prev, f, gap, table)
    if ratio is not None:
        return ratio
    if f.unit and table.range_gap_re.match(gap) and (
        not prev.counter or prev.counter == f.counter
    ):
        return _range(prev, f)
    return _share(prev, f, gap, table)


def _ratio_to_one(prev: CountedFigure, f: CountedFigure, gap: str,
                  w: CounterWords) -> CountedFigure | None:
    """ "경쟁률은 24.3대 1": so many to one (applicants per place), a ratio, not so many
    vehicles and a bare one."""
    if (not w.ratio_counter or prev.counter != w.ratio_counter or prev.value is None
            or f.unit or f.value != 1 or f.decimals or gap.strip()):
        return None
    return CountedFigure(prev.start, f.end, prev.value, unit="ratio", counter=prev.counter,
                         decimals=prev.decimals)


def _compound_time(prev: CountedFigure, f: CountedFigure, gap: str,
                   table: CounterTable) -> CountedFigure | None:
    """ "2시간 40분", "8분 12초": one time (160 minutes, 8.2 minutes), not 2 hours beside 40
    minutes."""
    compound = table.compound_units.get(prev.unit)
    if compound is None:
        return None
    smaller, per, into = compound
    if (f.unit != smaller or gap not in (" ", "") or prev.value is None or f.value is None
            or not 0 < f.value < per):
        return None
    value = compound_value(prev.value, f.value, per, into == smaller)
    return CountedFigure(prev.start, f.end, value, approx=prev.approx, unit=into,
                         counter=prev.counter, decimals=0 if value == int(value) else 2)


def _share(prev: CountedFigure, f: CountedFigure, gap: str,
           table: CounterTable) -> CountedFigure | None:
    """ "10명 중 8명": a share out of a small or round whole, in percent."""
    if (
        prev.unit == f.unit == "count"
        and prev.value in SHARE_WHOLES
        and f.value is not None
        and f.value <= prev.value
        and table.share_gap_re.match(gap)
    ):
        share = round(100 * f.value / prev.value, 2)
        return CountedFigure(prev.start, f.end, share, unit="percent", counter="%",
                             decimals=0 if share == int(share) else 2, parts=(prev, f))
    return None


def _range(prev: CountedFigure, f: CountedFigure) -> CountedFigure | None:
    """ "2~3명", "2~3만 명" (the scale is shared), "12~3명" (the upper end written short); None
    for "12~3" that is no range: two figures, never lower > upper."""
    lower = _range_lower(prev, f)
    upper = f.value if f.value is not None else f.upper
    if lower is not None and upper is not None and upper < lower:
        upper = _shorthand_upper(lower, upper)
        if upper is None:
            return None
    return CountedFigure(prev.start, f.end, None, lower, upper, approx=Approx.range,
                         unit=f.unit, counter=f.counter, decimals=max(prev.decimals, f.decimals))


def _range_lower(prev: CountedFigure, f: CountedFigure) -> float | None:
    """The lower end of a range: "2~3만 명" is two to three ten-thousands."""
    lower = prev.value if prev.value is not None else prev.lower
    if lower is not None and not prev.counter and prev.scale == 1.0 and f.scale > 1.0:
        lower *= f.scale
    return lower


def _is_claim(f: CountedFigure, text: str, table: CounterTable) -> bool:
    """Bare numbers, years, dates, ordinals and window lengths are not claims."""
    if not f.unit:
        return False  # a bare number, a date part ("1월"), an age ("14세", "10대")
    if f.approx is Approx.vague and f.value is None:
        return False  # "트럭 수십 대", "수백 명", "수천만 원의 재산피해": a crowd or a sum is
        # large, not how large, as "dozens of" and "millions of dollars" read in English
    after = text[f.end : f.end + 4]
    if names_no_quantity(f, text, after, table):
        return False
    if f.unit in DURATIONS:
        return _duration_claim(f, text, after, table)
    return f.counter not in table.words.sign_required or _sign_word(f, text, table.words) != ""


def _sign_word(f: CountedFigure, text: str, w: CounterWords) -> str:
    """The sign word right before a figure ("영하 12.4도"), or ""."""
    before = text[: f.start].rstrip()
    return next((word for word in w.sign_before if before.endswith(word)), "")


def _signed(f: CountedFigure, text: str, w: CounterWords) -> None:
    """ "영하 12.4도" is -12.4, "영하 10~15도" -15 to -10: the sign word is part of the figure."""
    word = _sign_word(f, text, w)
    if not word:
        return
    sign = w.sign_before[word]
    if sign < 0:
        f.value = -f.value if f.value is not None else None
        f.lower, f.upper = (-f.upper if f.upper is not None else None,
                            -f.lower if f.lower is not None else None)
    f.start = text.rfind(word, 0, f.start)


def _duration_claim(f: CountedFigure, text: str, after: str, table: CounterTable) -> bool:
    """A duration is a claim when it is not a window ("일주일간", "5년 만에") and either a
    sentence's term ("7년 이하의 징역") or the value of a statistic."""
    w = table.words
    if after.startswith(w.window_after_all) or after.lstrip().startswith(w.window_after_all):
        return False
    near = text[max(0, f.start - 12) : f.end + 12]
    if any(word in near for word in w.duration_claim_words):
        return True
    return _duration_statistic(f, text, table)


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


def _qualify(f: CountedFigure, text: str, table: CounterTable,
             before_it: CountedFigure | None = None) -> None:
    """A qualifier word before ("약 100명") or after ("100명 이상") widens the figure."""
    after = table.after_re.match(text, f.end)
    if after is not None and f.approx is not Approx.range and not _named_value(
            f, text, after.group("word"), table, before_it):
        f.approx = table.words.after[after.group("word")]
        f.end = after.end()
    _rounded_level(f, text, table)
    _up_to_a_limit(f, text, table.words)
    before = table.before_re.search(text, 0, f.start)
    if before is not None and f.approx is Approx.exact:
        f.approx = table.words.before[before.group().strip()]
        f.start = before.start()


def _rounded_level(f: CountedFigure, text: str, table: CounterTable) -> None:
    """ "참여 인원은 1만1천 명 수준", "평균 지급액은 148만 원 수준": a count or an amount given as a
    level is a round one; a share so given ("평소의 40% 수준") is the ratio worked out and a
    multiple ("두 배 수준") the multiple, as stated."""
    if f.approx is not Approx.exact or f.unit in _STATED_LEVEL_UNITS:
        return
    level = table.level_after_re.match(text, f.end)
    if level is not None:
        f.approx = table.words.level_after[level.group("word")]
        f.end = level.end()


def _up_to_a_limit(f: CountedFigure, text: str, w: CounterWords) -> None:
    """ "1인당 300만 원까지 지원한다", "배상 한도를 1억 원까지 늘린다": an amount granted or a
    limit set is up to it ("영하 18.7도까지 떨어졌다", "3.5%까지 올랐다" are the level reached)."""
    if f.approx is not Approx.exact or not w.until_after or not text.startswith(w.until_after,
                                                                               f.end):
        return
    rest = text[f.end + len(w.until_after) :].split()
    head = text[max(0, f.start - LIMIT_REACH) : f.start]
    if (rest and rest[0].startswith(tuple(w.until_granted))) or any(
            n in head for n in w.limit_nouns):
        f.approx = Approx.up_to
        f.end += len(w.until_after)


def _named_value(f: CountedFigure, text: str, word: str, table: CounterTable,
                 before_it: CountedFigure | None) -> bool:
    """ "4년 전의 20.62%를 넘어설 것으로": a value a genitive names, or one a level stated just
    before passes, is what another figure passes; the verb says nothing of this one's
    precision ("농도가 75㎍/㎥를 넘을 것으로" is more than 75)."""
    w = table.words
    if word not in w.passing_after:
        return False
    return (text[: f.start].rstrip().endswith(tuple(w.named_before))
            or _passed_by_a_level(f, text, table, before_it))


def _passed_by_a_level(f: CountedFigure, text: str, table: CounterTable,
                       level: CountedFigure | None) -> bool:
    """ "최대 전력수요는 9만2천870MW로, 지난해 12월 20일 기록한 종전 최고치 9만1천740MW를
    넘어섰다": the figure before, in the same counter, stated as a level ("...MW로"), is the
    subject that passes this one, which is as stated; not when a clause ends or a new subject
    stands between ("사망자는 12명으로 늘었고 부상자는 100명을 넘어섰다")."""
    if level is None or level.counter != f.counter or not table.words.change_to_particles:
        return False
    rest = text[level.end : f.start]
    particle = next((p for p in table.words.change_to_particles if rest.startswith(p)), None)
    if particle is None:
        return False
    ctx = table.context
    breaks = tuple(e for e in ctx.clause_endings if e != ",") + tuple(ctx.subject_particles)
    between = rest[len(particle) :].lstrip(" ,").split()
    return bool(between) and not any(word.endswith(breaks) for word in between)


def _class_bound(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """ "상시 근로자 50명 이상 사업장", "공사비 50억 원 미만 건설 현장", "전용 85㎡ 이하
    주택", "직원 50인 미만(건설업은 공사금액 50억원 미만) 사업장": a bound that says which
    entities a rule covers, not a figure of them ("100명 이상 대피" is one)."""
    written = text[f.start : f.end]
    if not written.endswith(tuple(w.class_bounds)):
        return False
    rest = text[f.end :]
    if w.class_copula and rest.startswith(f"{w.class_copula} "):
        return True  # "보증금이 1억 원 이하인 피해자": whoever is within the bound, any noun
    rest = rest.lstrip()
    if rest.startswith(")") and text.rfind("(", 0, f.start) > text.rfind(")", 0, f.start):
        rest = rest[1:].lstrip()  # the bracket's bound of the noun after it
    rest = rest.removeprefix(w.class_of).lstrip() if w.class_of else rest
    return rest.startswith(tuple(w.class_nouns)) if w.class_nouns else False


def _price_per(f: CountedFigure, text: str, table: CounterTable) -> None:
    """ "주당 900원", "ℓ당 1천689원": an amount that is the price of one unit of something; its
    unit becomes "KRW/share" (as "900 won per share" reads in English)."""
    if f.unit not in table.money_units:
        return
    m = table.price_before_re.search(text, 0, f.start)
    if m is not None:
        f.unit = f"{f.unit}/{table.words.price_before[m.group('word')]}"
        f.start = m.start()


# Units a level word leaves as stated: shares and multiples worked out from two figures.
_STATED_LEVEL_UNITS = frozenset({"percent", "percentage_point", "ratio"})
_PARENTHESES = re.compile(r"\s*\([^()]{0,30}\)")

_CHAIN = re.compile(r"\s*[,·]\s*")


def _apply_directions(figures: list[CountedFigure], text: str, table: CounterTable) -> None:
    """ "17만 1천명 늘었다", "0.3%포인트 하락", "764명(3.8%) 증가": a figure right before a
    change word is the amount of a change, which goes that way; "764명, 3.8% 늘어난" gives
    both figures the way. "17명으로 늘었다" (the level reached) is not a change: the particle
    that says "to" is not skipped. The sides of "5년에서 7년으로" go the way the values do."""
    for f in reversed(figures):
        way = _direction_after(f, text, table.words) if f.unit != "ratio" else None
        if way is not None:  # "3배": how many times, not by how much
            f.direction = way
    for i in range(len(figures) - 2, -1, -1):
        _chained_direction(figures[i], figures[i + 1], text)
    parenthesised_rates_go_their_way(figures, text)
    listed_rates_go_their_way(figures, text, table.words.rate_list_bases)
    for f in figures:
        if f.role is Role.change_to and f.partner is not None:
            _change_sides(figures[f.partner], f)


def _chained_direction(f: CountedFigure, g: CountedFigure, text: str) -> None:
    """ "764명, 3.8% 늘어난": a figure chained to the next by a comma takes its way."""
    chained = _CHAIN.fullmatch(text, f.end, g.start) is not None
    if chained and f.direction is None and g.direction is not None and f.role is Role.value:
        f.direction = g.direction


def _direction_after(f: CountedFigure, text: str, words: CounterWords) -> Direction | None:
    """The way the change word after the figure goes, past particles, adverbs and a
    parenthesis between, in any order (four at most)."""
    at = f.end
    for _ in range(4):
        paren = _PARENTHESES.match(text, at)
        if paren is not None:
            at = paren.end()
            continue
        rest = text[at:].lstrip()
        skip = next((w for w in words.direction_skip_longest_first if rest.startswith(w)), None)
        if skip is None:
            break
        at = len(text) - len(rest) + len(skip)
    rest = text[at:].lstrip()
    return next((way for way, stems in words.direction_after_all if rest.startswith(stems)),
                None)


def _change_sides(a: CountedFigure, f: CountedFigure) -> None:
    """The sides of "5년에서 7년으로" go the way the values do."""
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
