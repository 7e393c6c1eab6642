"""Figures that make one together: ranges ("20 to 30", "2-3 million": the scale shared),
scores ("2-0"), proportions ("six in ten"), two bounds of one quantity ("more than 20 but fewer
than 30") and compound measures ("5ft 10in")."""

from __future__ import annotations

import re
from dataclasses import replace

from claims.figure_changes import change_verb, gathering_verb
from claims.figure_model import Figure, compound_value, text_before
from claims.figure_units import apply_qualifier, money_code, unit_at
from claims.lang import ExtractionTable
from claims.models import Approx, ExtractionStats
from claims.number_items import scaled
from claims.numbers import NumberMatch


def _range_gap(n: NumberMatch, m: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """Whether the text between two numbers joins them as a range: "20 à 30", "10-15", and
    with the unit written on both ends, "5% and 6%", "44 mg to 50 mg"."""
    join_re = table.range_join_re
    gap = text[n.end : m.start]
    needs_opener = table.join_with_opener_set
    before = text_before(text, n.start, 16)
    if sign_first := table.money_before_re.search(before):
        before = before[: sign_first.start()]  # "between $40 and $95": the opener before "$"
    if needs_opener & set(re.findall(r"[^\W\d_]+", gap.lower())) and not (
        table.range_opener_re.search(before)
    ):
        return False  # "45 and 50 cases" are two figures; "between 45 and 50" one range
    if join_re.match(gap):
        sign = table.money_before_re.search(gap)
        return sign is None or _same_currency(n, sign, text, table)
    return _unit_on_both_ends(n, m, text, table)


def _same_currency(n: NumberMatch, sign: re.Match[str], text: str, table: ExtractionTable) -> bool:
    """ "$10 to $15 billion" shares its currency; "RM18.40 and €2bn" are two amounts."""
    first = table.money_before_re.search(text_before(text, n.start, 6))
    return first is not None and money_code(first.group().strip(), table) == money_code(
        sign.group().strip(), table
    )


def _unit_on_both_ends(n: NumberMatch, m: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "5% and 6%", "44 mg to 50 mg": the same unit after each, a range's join between."""
    first = unit_at(text, n.end, table)
    if first is None or first[1] > m.start:
        return False
    if not table.range_join_re.match(text[first[1] : m.start]):
        return False
    second = unit_at(text, m.end, table)
    return second is not None and second[0] == first[0]


_SCORE_GAP = re.compile(r"[-–]")
_SCORE_MAX = 200


def _is_score(n: NumberMatch, m: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "won 3-1", "s'est imposé 2-0", "battu Monaco 2 à 0": a score, two small whole numbers
    joined by a bare dash, or by a score word with no range opener before and no unit after,
    with the larger first (a range goes up: "10-15")."""
    if not _score_gap(n, m, text, table) or not _plain_wholes(n, m):
        return False
    assert n.value is not None and m.value is not None
    return max(n.value, m.value) <= _SCORE_MAX and (
        n.value >= m.value or _among_scores(n, m, text)
    )


def _plain_wholes(*numbers: NumberMatch) -> bool:
    """Whole numbers in digits, with no scale."""
    return all(
        x.kind == "digits" and x.value is not None and x.value.is_integer() and x.scale == 1
        for x in numbers
    )


def _score_gap(n: NumberMatch, m: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """A bare dash between them, or a score word with no range opener before and no unit nor
    duration after ("battu Monaco 2 à 0")."""
    if _SCORE_GAP.fullmatch(text, n.end, m.start) is not None:
        return True
    return not (
        table.score_join_re.fullmatch(text, n.end, m.start) is None
        or table.range_opener_re.search(text_before(text, n.start, 12))
        or unit_at(text, m.end, table) is not None
        or table.duration_re.match(text[m.end : m.end + 40])
    )


_SCORE_BEFORE = re.compile(
    r"(?<!\d)(\d)[-–](\d)(?:[\s\u00a0]*\([^()]{1,9}\))?,[\s\u00a0]*$"
)
_SCORE_AFTER = re.compile(r",[\s\u00a0]*(\d)[-–](\d)(?!\d)")


def _among_scores(n: NumberMatch, m: NumberMatch, text: str) -> bool:
    """ "won 6-4, 3-6, 7-6": a pair with the smaller first is a set's score when a list holds
    it next to a score with the larger first, not a range ("3-6, 4-8 and 5-9 dollars")."""
    if m.value is None or m.value > _SET_SCORE_MAX or text[n.end : m.start] not in ("-", "–"):
        return False
    for found in (
        _SCORE_BEFORE.search(text_before(text, n.start, 20)),
        _SCORE_AFTER.match(text, m.end),
    ):
        if found is not None and int(found.group(1)) > int(found.group(2)):
            return True
    return False


_SET_SCORE_MAX = 9
"""The highest games or goals of one side of one set or period in a list of scores."""


_SHARED_SCALE_SPAN = 20.0
"""A change's first figure takes the scale written after the second ("from 50 to 80 million")
only when the two then stay within this factor of each other."""


def _shared_scale(n: NumberMatch, m: NumberMatch) -> NumberMatch:
    """ "passerait de 50 à 80 millions", "fell from 12 to 9 million": the scale is written
    once, after the level reached."""
    if n.value is None or m.value is None or m.value == 0:
        return n
    value = scaled(n.value, m.scale)
    if not 1 / _SHARED_SCALE_SPAN <= value / m.value <= _SHARED_SCALE_SPAN:
        return n
    return replace(n, value=value, scale=m.scale)


_BY_RANGE_SPAN = 3
"""At most this ratio between the ends of "by X to Y percent" read as a range of the change."""


def join_ranges(
    numbers: list[NumberMatch], text: str, table: ExtractionTable, stats: ExtractionStats
) -> list[Figure]:
    """Figures from numbers, joining "20 à 30", "entre 20 et 30", "20-30" into one range; a
    scale written once is shared ("10-15 million", "$10 to $15 billion")."""
    figures: list[Figure] = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        if i + 1 < len(numbers):
            m = numbers[i + 1]
            if _is_score(n, m, text, table):
                stats.skip("score")
                stats.skip("score")
                i += 2
                continue
            both = n.kind in ("digits", "words") and m.kind in ("digits", "words")
            joined = both and n.value is not None and m.value is not None
            if joined and _range_gap(n, m, text, table):
                found, n = _range_of(n, m, text, table)
                if found is not None:
                    figures.append(found)
                    i += 2
                    continue
        figures.append(
            Figure(n.start, n.end, n.value, n.lower, n.upper, n.decimals, n.kind, scale=n.scale)
        )
        i += 1
    return figures


def _range_of(n: NumberMatch, m: NumberMatch, text: str,
              table: ExtractionTable) -> tuple[Figure | None, NumberMatch]:
    """The range two numbers with a range's gap make, or None when they are a change's two
    sides ("est passé de 20 à 30"; the first then shares the second's scale) or do not go up;
    with the first number as it is to be read."""
    assert n.value is not None and m.value is not None
    head = text_before(text, n.start, 12)
    if sign := table.money_before_re.search(head):
        head = head[: sign.start()]  # "rose from $135 to $200"
    opener = table.range_opener_re.search(head)
    change, first = _a_change(n, m, text, table, opener)
    if change:
        return None, first
    lower, upper = _lower_end(n, m), m.value
    if _below_zero_down(lower, upper):
        lower, upper = upper, lower  # "from -8C to -11C", "between -20 and -30 degrees"
    if not lower < upper:
        return None, n
    # "from $3 to $4 a gallon": the sign before the figure starts the surface (where the
    # unit reads it), not "from"
    start = n.start
    if opener and not sign:
        start = opener.start() + max(0, n.start - 12)
    decimals = max(n.decimals, m.decimals)
    return Figure(start, m.end, None, lower, upper, decimals, "range", Approx.range), n


def _below_zero_down(first: float, second: float) -> bool:
    """Whether a range of two figures below zero is written from the one nearer zero, as
    frosts and losses are ("lows from -10 to -20 degrees"): its lower bound is written second."""
    return second < first < 0


def _lower_end(n: NumberMatch, m: NumberMatch) -> float:
    """A range's lower end: the first number, scaled by the second's scale when that is
    written once after both ("10-15 million")."""
    assert n.value is not None and m.value is not None
    if m.scale > 1 and n.scale == 1 and n.value < m.value / m.scale:
        return scaled(n.value, m.scale)
    return n.value


def _a_change(
    n: NumberMatch, m: NumberMatch, text: str, table: ExtractionTable,
    opener: re.Match[str] | None,
) -> tuple[bool, NumberMatch]:
    """Whether two numbers are a change's two sides, not a range: "est passé de 20 à 30" is a
    change, "de 20 à 30 appels" a range, "fell by 191,000 bpd to 28.6 mln bpd" the change and
    the level it reached, "pourrait reculer de 15 à 20 %" a fall of 15 to 20 %; with the first
    number as a change reads it (sharing the second's scale)."""
    from_word = opener and opener.group().strip().lower() in table.changes.from_words
    verb = change_verb(n, m, text, table) if from_word else None
    change = verb is not None or _change_by(n, m, text, table)
    first = _shared_scale(n, m) if n.scale == 1 < m.scale else n
    if verb is not None and verb.group("down") and (first.value or 0) < (m.value or 0):
        change = False
    return change, first


def _change_by(n: NumberMatch, m: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "fell by 191,000 bpd to 28.6 mln bpd", "fell by $733 million to $4.5 billion": a change
    by an amount, then the level reached; but "raise fares by 2.8 to 3.0 percent", "rise by $2
    to $3", ends close together in percent or money are a range of the change ("rose by 0.3 to
    2.4%" is a change and the level reached, far above it)."""
    assert n.value is not None and m.value is not None
    head = text_before(text, n.start, 40)
    if sign := table.money_before_re.search(head):
        head = head[: sign.start()]  # "raised fares by $2 to $7.50"
    close = 0 < n.value <= m.value <= _BY_RANGE_SPAN * n.value
    if not table.change_by_re.search(head):
        verb = table.direction_before_re.search(head) if sign is not None else None
        if verb is None or gathering_verb(verb, table):
            return False
        # "revenue rose $1.2 billion to $14.8 billion": money after a change verb, then the
        # level reached far above it; close ends stay a range ("rose $2 to $3")
        return not close
    return not (
        close and (sign is not None or table.percent_re.match(text[m.end : m.end + 40]))
    )


_SMALL_WHOLES = range(2, 11)


def _small_whole(f: Figure, g: Figure, text: str, table: ExtractionTable) -> bool:
    """ "deux salariés sur trois", "three patients out of four": a share of a small whole,
    after a connector that only states shares."""
    return (
        g.value in _SMALL_WHOLES
        and g.unit == "count"
        and f.value is not None
        and f.value.is_integer()
        and f.value < g.value
        and table.small_whole_gap_re.search(text, f.end, g.start) is not None
    )


def join_proportions(figures: list[Figure], text: str, table: ExtractionTable) -> list[Figure]:
    """ "six victimes sur dix", "nine voters in ten": a share with its noun inside; also "un
    Français sur trois", "one adult in five", whose "un" the number lexer leaves as an article."""
    for f in figures:
        _one_in(f, text, table)
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        f = figures[i]
        joined = i + 1 < len(figures) and _over_a_whole(f, figures[i + 1], text, table)
        out.append(f)
        i += 2 if joined else 1
    return out


_PLAIN = ("digits", "words")


def _one_in(f: Figure, text: str, table: ExtractionTable) -> None:
    """ "un Français sur trois", "one adult in five": the whole after the "un" the number
    lexer leaves as an article makes the figure a share (``f`` is changed)."""
    head = text_before(text, f.start, 50)
    match = table.one_in_re.search(head)
    if match and f.kind in _PLAIN and f.unit == "count" and (f.value or 0) > 1:
        f.start -= len(head) - match.start()
        f.value, f.unit, f.kind = round(100 / (f.value or 1), 6), "percent", "proportion"
        f.counted = match.group("noun").strip()
        apply_qualifier(f, text, table)  # "Près d'un Français sur trois"


def _over_a_whole(f: Figure, g: Figure, text: str, table: ExtractionTable) -> bool:
    """ "six victimes sur dix": a count over the whole after it is a share, ``f`` made it (its
    noun inside, its end the whole's); False, ``f`` unchanged, when they are no share."""
    if f.kind not in _PLAIN or f.unit != "count":
        return False
    gap = table.proportion_gap_re.match(text[f.end : g.start])
    whole = _whole_of(f, g, text, table) if gap else None
    if gap is None or whole is None or f.value is None:
        return False
    f.value, f.unit, f.kind = round(f.value / whole * 100, 6), "percent", "proportion"
    f.counted = gap.group("noun").strip()
    f.end = g.end
    return True


def _whole_of(f: Figure, g: Figure, text: str, table: ExtractionTable) -> float | None:
    """The whole ``g`` is of ``f``: a round one (10, 100, 1000) or a small one after a share's
    connector, and not below ``f``."""
    whole = g.value if g.kind in _PLAIN else None
    if not whole or f.value is None or f.value > whole:
        return None
    return whole if whole in (10, 100, 1000) or _small_whole(f, g, text, table) else None


_LOWER_BOUNDS = (Approx.more_than, Approx.at_least)
_UPPER_BOUNDS = (Approx.less_than, Approx.up_to)


def join_bounds(figures: list[Figure], text: str, table: ExtractionTable) -> list[Figure]:
    """ "above 1,000 and below 1,500", "au plus 100 et au moins 20": two bounds of one quantity
    joined by a conjunction are one range."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if prev is not None and _two_bounds(prev, f, text, table):
            low, high = (prev, f) if prev.approx in _LOWER_BOUNDS else (f, prev)
            if low.value is not None and high.value is not None and low.value < high.value:
                out[-1] = Figure(
                    prev.start,
                    f.end,
                    None,
                    low.value,
                    high.value,
                    max(prev.decimals, f.decimals),
                    "range",
                    Approx.range,
                    unit=f.unit,
                )
                continue
        out.append(f)
    return out


def _two_bounds(prev: Figure, f: Figure, text: str, table: ExtractionTable) -> bool:
    """A lower and an upper bound of the same unit, joined by a conjunction."""
    approxes = {prev.approx, f.approx}
    return (
        prev.unit == f.unit
        and len(approxes) == 2
        and bool(approxes & set(_LOWER_BOUNDS))
        and bool(approxes & set(_UPPER_BOUNDS))
        and table.bound_join_re.fullmatch(text, prev.end, f.start) is not None
    )


def join_compounds(figures: list[Figure], text: str, table: ExtractionTable) -> list[Figure]:
    """ "5ft 10in", "5 feet and 10 inches", "7lb 4oz", "8 minutes 12 seconds": one measure in
    the larger unit (or the one its compound names: "2 hours 40 minutes" in minutes), the
    smaller part (a figure of its own, or glued digits the number reader left) added to it."""
    out: list[Figure] = []
    for k, f in enumerate(figures):
        if out and f.start < out[-1].end:
            continue  # the smaller part, already in the figure before
        out.append(f)
        rx = table.compound_res.get(f.unit)
        if rx is None or f.value is None or f.approx is Approx.range:
            continue
        spec = table.units.compounds[f.unit]
        minor = figures[k + 1] if k + 1 < len(figures) else None
        found = _smaller_part(f, rx, minor, spec.per, text, table)
        if found is None:
            continue
        part, f.end = found
        f.value = compound_value(f.value, part, spec.per, bool(spec.into))
        if spec.into:  # "2 hours 40 minutes": 160 minutes
            f.unit = spec.into
        else:
            f.decimals = max(f.decimals, 2)
    for f in out:
        _one_larger_before(f, text, table)
    return out


def _one_larger_before(f: Figure, text: str, table: ExtractionTable) -> None:
    """ "an hour and 40 minutes", "une heure et 12 minutes": the smaller part after one of the
    larger unit in words is the whole time (100 minutes, not 40)."""
    if f.value is None or f.approx is not Approx.exact:
        return
    for unit, rx in table.compound_one_before_re.items():
        if f.unit not in table.compound_minor_units[unit]:
            continue
        one = rx.search(text_before(text, f.start, 30))
        if one is None:
            continue
        spec = table.units.compounds[unit]
        f.start -= len(one.group())
        f.value = compound_value(1, f.value, spec.per, bool(spec.into))
        f.unit = spec.into or unit
        apply_qualifier(f, text, table)  # "more than an hour and 40 minutes"
        return


def _smaller_part(
    f: Figure, rx: re.Pattern[str], minor: Figure | None, per: float, text: str,
    table: ExtractionTable,
) -> tuple[float, int] | None:
    """The smaller part of a compound measure after ``f`` and where it ends: glued digits the
    number reader left ("5ft 10in"), or the figure after it in a smaller unit ("thirteen
    dollars and forty-five cents"); None when there is none."""
    if (m := rx.match(text, f.end)) is not None and float(m.group("n")) < per:
        return float(m.group("n")), m.end()
    if (
        minor is not None
        and minor.unit in table.compound_minor_units[f.unit]
        and minor.value is not None
        and minor.approx is Approx.exact
        and 0 < minor.value < per
        and table.compound_join_re.fullmatch(text, f.end, minor.start)
    ):
        return minor.value, minor.end
    return None


def share_list_unit(figures: list[Figure], text: str, table: ExtractionTable) -> None:
    """ "doses of 5, 10 and 20 mg", "3, 4 and 5%": a list of bare figures ending in one with a
    unit written after it shares that unit. Only a list closed by a joining word counts ("296
    points, or 1.8%" is a figure and its percent, "1,200, 5% more" two figures)."""
    for k in range(len(figures) - 1, 0, -1):
        last = figures[k]
        if last.unit == "count" or text[last.start : last.start + 1].isalpha():
            continue
        if _list_gap(figures[k - 1], last, text, table) != "closed":
            continue
        start = k - 1
        while start > 0 and _list_gap(figures[start - 1], figures[start], text, table) == "comma":
            start -= 1
        items = figures[start:k]
        if all(_bare_item(f, text) for f in items):
            for f in items:
                f.unit, f.per = last.unit, last.per


def _list_gap(a: Figure, b: Figure, text: str, table: ExtractionTable) -> str | None:
    """ "closed" between the last two items of a list ("10 and", "10, and"), "comma" between
    earlier ones, None when the text between is no list gap."""
    m = table.list_gap_re.fullmatch(text, a.end, b.start)
    if m is None:
        return None
    return "closed" if m.group("join") or m.group("join2") else "comma"


def _bare_item(f: Figure, text: str) -> bool:
    """A figure of a list with no unit, sign or qualifier of its own: digits and nothing else."""
    return (
        f.unit == "count"
        and f.per is None
        and f.kind == "digits"
        and f.approx == Approx.exact
        and f.scale == 1.0  # "3 hundred and 21 yuan" is one figure, not a list
        and text[f.start : f.start + 1].isdigit()
    )
