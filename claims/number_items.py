"""The first pass of the number scan: every regex match of a text as an ``Item`` (a figure in
digits with its value, decimals and scale, a number word, a fraction, an ordinal, a date or
time to skip), before word runs are valued and phrases joined (``claims.number_words``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from claims.number_lexer import Lexer, roman_value
from claims.number_table import NumberTable, WordRole


@dataclass(slots=True)
class Item:
    """A match on its way through the passes; ``kind`` 'word' is a vocabulary word not yet
    resolved, 'num' a number that may still take part in a phrase."""

    kind: str
    start: int
    end: int
    value: float | None = None
    decimals: int = 0
    out: str = "digits"
    word: str = ""
    article: bool = False
    scale: float = 1.0
    lower: float | None = None
    upper: float | None = None
    bare: bool = False
    roles: frozenset[WordRole] = field(default_factory=frozenset)
    spoken: bool = False  # a spoken decimal still taking digits ("point two five")


_NOT_DIGIT = re.compile(r"\D")


def scaled(value: float, scale: float) -> float:
    """``value`` times ``scale`` rounded as written: 4.1 billion is 4100000000.0, never the
    4099999999.9999995 of a float product (one decimal figure in eight, times a power of ten)."""
    if scale == 1.0:
        return value
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


def _lenient_label(
    m: re.Match[str], t: NumberTable, scale: float, money: bool, lx: Lexer, low: str, e: int
) -> bool:
    """Digits whose decimal point is the language's lenient one ("49.3" in French, whose
    decimals take a comma) with no scale, sign, currency or unit: a name, not a figure."""
    if not t.lenient_decimal or not m.group("fp") or m.group("sign") or scale != 1.0 or money:
        return False
    if m.string[m.start("fp") - 1] not in t.lenient_decimal:
        return False
    s = m.start("num") - 1
    if not lx.lenient_label_before.search(low, max(0, s - 12), s):
        return False
    return lx.unit_after.match(low, e) is None


def _digits_value(m: re.Match[str], t: NumberTable) -> tuple[float, int, bool, float]:
    """Value, printed decimals, plainness (no grouping, decimal, sign or scale) and scale."""
    if m.span("ip") == m.span("num"):
        return float(m.group("ip")), 0, True, 1.0  # bare digits, the common case
    grouped, value, frac = _written_value(m, t)
    scale = _scale_of(m, t)
    value = scaled(value, scale)
    if m.group("sign"):
        value = -value
    plain = not (grouped or frac) and not any(m.group(g) for g in _MARKS)
    return value, len(frac), plain, scale


# Groups whose match makes a figure more than bare digits: a sign, a scale word or suffix.
_MARKS = ("sign", "scale", "suf", "csuf", "csuf2")


def _written_value(m: re.Match[str], t: NumberTable) -> tuple[str | None, float, str]:
    """The digits as grouped (None when not), the value they write with any fraction after
    them ("2½"), and the fraction's digits (its printed precision, for rounding checks)."""
    grouped, ip, frac = _digit_groups(m, t)
    digits = _NOT_DIGIT.sub("", grouped) if grouped else ip
    value = float(f"{digits}.{frac}") if frac else float(digits)
    part = _fraction_after(m, t)
    if part is None:
        return grouped, value, frac
    return grouped, value + part[0], "0" * part[1]


def _digit_groups(m: re.Match[str], t: NumberTable) -> tuple[str | None, str, str]:
    """The digits as grouped (None when not), as a plain run, and the decimals after them."""
    ig, ip, cs = m.group("ig", "ip", "cs") if t.comma_space_groups else (*m.group("ig", "ip"), None)
    if t.two_digit_groups and m.group("ii"):
        return m.group("ii"), ip, m.group("fi") or ""
    return ig or cs, ip, m.group("fg") or m.group("fp") or ""


def _scale_of(m: re.Match[str], t: NumberTable) -> float:
    """The scale a figure's currency suffix, scale words ("2.5 lakh crore") or suffix give."""
    csuf = m.group("csuf") or m.group("csuf2")
    if csuf:
        return t.currency_suffixes[csuf]
    scale_word = m.group("scale")
    if scale_word:
        scale = t.scales[scale_word]
        second = m.group("scale2")
        return scale * t.scales[second] if second else scale
    suf = m.group("suf")
    return t.scale_suffixes[suf] if suf else 1.0


def _fraction_after(m: re.Match[str], t: NumberTable) -> tuple[float, int] | None:
    """The fraction written after a whole number ("2½", "3 1/2") and its printed decimals."""
    if m.group("vf"):
        value = t.vulgar_fractions[m.group("vf")]
    elif t.mixed_fractions and m.group("ma"):
        a, b = int(m.group("ma")), int(m.group("mb"))
        if not 0 < a < b:
            return None
        value = a / b
    else:
        return None
    return value, max(1, len(f"{value:.3f}".rstrip("0")) - 2)


_AFTER_FIGURE = re.compile(r"\d(?:%|[^\W\d_]{1,3})?[^\S\n]*\Z")
_LEAD_DECIMAL = re.compile(r"[\s(\[]")


def _bare_scale(m: re.Match[str], low: str, end: int, lx: Lexer) -> bool:
    """Whether a currency suffix glued to a figure without a currency is a scale anyway:
    "12m households", "1.8m people", "(28%, 1.9m)"; not "a 2m-high wall" nor "1.9m tall"."""
    t = lx.table
    if m.group("csuf2") not in t.bare_scale_suffixes or low[end : end + 1] == "-":
        return False
    word = lx.next_word.match(low, end)
    if word is None:
        return bool(m.group("fg") or m.group("fp"))
    w = word.group(1)
    if w in t.bare_scale_blockers:
        return False
    return w in t.bare_scale_nouns or (len(w) > 3 and w.endswith("s") and not w.endswith("ss"))


def lower_text(text: str) -> str:
    """Lower-case ``text`` keeping every offset (a few characters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def scan_items(text: str, low: str, lx: Lexer) -> list[Item]:
    """Pass 0: the regex matches as items; dates, times, phones, ordinals and years are final.
    Each kind of match is read by its reader in ``_READERS``; a kind with none ("pct", which
    only shields "cent" in "pour cent") is not reported."""
    scan = _Scan(text, low, lx, [])
    for m in lx.master.finditer(" " + low):
        kind = m.lastgroup
        assert kind is not None
        read = _READERS.get(kind)
        if read is not None:
            scan.items.extend(read(m, kind, m.start(kind) - 1, m.end(kind) - 1, scan))
    items = scan.items
    if lx.table.roman_ordinal_suffixes:
        romans = _roman_ordinals(text, lx)
        if romans:
            items = _merge(items, romans)
    return items


@dataclass
class _Scan:
    """One text being scanned: its text, lowered, its lexer, and the items read so far."""

    text: str
    low: str
    lx: Lexer
    items: list[Item]


def _read_digits(m: re.Match[str], kind: str, s: int, e: int, scan: _Scan) -> list[Item]:
    found = _digits_item(m, s, e, scan.text, scan.low, scan.lx)
    return [] if found is None else [found]


def _read_word(m: re.Match[str], kind: str, s: int, e: int, scan: _Scan) -> list[Item]:
    w = m.group(kind)
    if _lone_article(w, s, e, scan.low, scan.lx, scan.items):
        return []  # a lone "un"/"une": an article; "vingt et un" keeps it
    return [Item("word", s, e, word=w, roles=scan.lx.roles.get(w, frozenset()))]


def _read_vulgar(m: re.Match[str], kind: str, s: int, e: int, scan: _Scan) -> list[Item]:
    value = scan.lx.table.vulgar_fractions[m.group(kind)]
    return [Item("fraction", s, e, value, 0, "fraction")]


def _read_slash(m: re.Match[str], kind: str, s: int, e: int, scan: _Scan) -> list[Item]:
    return _slash_items(m, s, e, scan.low, scan.lx)


def _read_ordinal(m: re.Match[str], kind: str, s: int, e: int, scan: _Scan) -> list[Item]:
    digits = re.match(r"\d+", m.group(kind))
    assert digits is not None
    return [Item("ordinal", s, e, float(digits.group()), 0, "ordinal")]


def _read_final(m: re.Match[str], kind: str, s: int, e: int, scan: _Scan) -> list[Item]:
    """A date, a time or a phone number: final, never a figure."""
    out = "iso_date" if kind == "date" else kind
    return [Item(out, s, e, None, 0, out)]


_READERS: dict[str, Callable[[re.Match[str], str, int, int, _Scan], list[Item]]] = {
    "num": _read_digits,
    "word": _read_word,
    "vulgar": _read_vulgar,
    "slash": _read_slash,
    "ord": _read_ordinal,
    "date": _read_final,
    "time": _read_final,
    "phone": _read_final,
}


def _digits_item(
    m: re.Match[str], s: int, e: int, text: str, low: str, lx: Lexer
) -> Item | None:
    """A figure in digits at ``[s, e)`` as an item (a number, a label, a year or a factor), or
    None when it is part of a name ("Covid-19") or a unit ("3m" alone)."""
    t = lx.table
    money = lx.currency_before.search(low, max(0, s - 6), s) is not None
    if _not_a_figure(m, s, e, low, lx, money):
        return None
    value, decimals, plain, scale = _digits_value(m, t)
    if m.group("sign") and _AFTER_FIGURE.search(low, max(0, s - 4), s):
        value, s = -value, s + 1  # "75 - 300mm": a dash between figures, not a sign
    if plain and _after_a_bare_decimal_point(low, s, t):
        # ".08 percent", "a .300 average": a decimal written without its leading zero
        digits = m.group("ip")
        value, decimals, plain, s = float(f"0.{digits}"), len(digits), False, s - 1
    out = _digits_kind(m, s, e, text, low, lx, (value, plain, scale, money))
    kind_ = "num" if out == "digits" else out
    return Item(kind_, s, e, value, decimals, out, scale=scale)


def _not_a_figure(m: re.Match[str], s: int, e: int, low: str, lx: Lexer, money: bool) -> bool:
    """Digits that are no figure: part of a name ("Covid-19", "F-35"); the decimals of a figure
    glued to letters ("$US2.1 billion", not read); the year a span ends in ("the 2024-25
    budget", "FY2024-25"); a unit after them with no currency before ("3m" alone is three
    metres, "£12.5m" is money)."""
    t = lx.table
    return (
        _glued_to_a_name(m, s, low, t)
        or (s >= 2 and low[s - 1] in t.decimal and low[s - 2].isdigit())
        or _second_year_of_span(m, low, s)
        or (bool(m.group("csuf2")) and not money and not _bare_scale(m, low, e, lx))
    )


def _glued_to_a_name(m: re.Match[str], s: int, low: str, t: NumberTable) -> bool:
    """Digits after a word and a hyphen are part of a name ("Covid-19", "F-35"), unless the
    word measures them ("magnitude-6.1"), a sign is read, or they are a year ("mi-2024")."""
    if s < 2 or low[s - 1] != "-" or not low[s - 2].isalpha():
        return False
    if m.group("sign") or _measure_prefix(low, s - 1, t):
        return False
    body = m.group("num")
    return not (len(body) == 4 and body.isdigit() and 1900 <= int(body) <= 2099)


def _after_a_bare_decimal_point(low: str, s: int, t: NumberTable) -> bool:
    """A decimal point right before the digits, opening the text or after a blank or a
    bracket (".08 percent", "a .300 average")."""
    return (
        s >= 1
        and low[s - 1] in t.decimal
        and (s == 1 or _LEAD_DECIMAL.match(low, s - 2) is not None)
    )


def _second_year_of_span(m: re.Match[str], low: str, s: int) -> bool:
    """Two digits after a year and a dash that are the next year's ("2024-25", "1996–97")."""
    body = m.group("num")
    if len(body) != 2 or not body.isdigit() or s < 5 or low[s - 1] not in "-–/":
        return False
    year = low[s - 5 : s - 1]
    if not year.isdigit() or (s >= 6 and low[s - 6].isdigit()):
        return False
    return (int(year) + 1) % 100 == int(body)


def _measure_prefix(low: str, hyphen: int, t: NumberTable) -> bool:
    """Whether the word ending at ``hyphen`` measures the figure after it ("magnitude-6.1") or
    is a spoken decimal point ("2-point-1 percent")."""
    start = hyphen
    while start > 0 and low[start - 1].isalpha():
        start -= 1
    word = low[start:hyphen]
    return word in t.measure_prefixes or word in t.spoken_decimal  # "magnitude-6.1", "point-7"


def _digits_kind(
    m: re.Match[str],
    s: int,
    e: int,
    text: str,
    low: str,
    lx: Lexer,
    read: tuple[float, bool, float, bool],
) -> str:
    """What a figure in digits is: ``digits``, a ``label`` (a name that holds a number), a
    ``year`` or a ``multiplier``. ``read`` is its (value, plain, scale, money)."""
    value, plain, scale, money = read
    out = "digits"
    if _lenient_label(m, lx.table, scale, money, lx, low, e):
        out = "label"  # "le 49.3", "le web 3.0": a name; this language's decimals
    elif plain:
        out = _plain_kind(value, s, e, text, low, lx, money)
    if m.group("tsuf") and out == "digits":
        out = "multiplier"  # "10x faster": a factor
    return out


def _plain_kind(value: float, s: int, e: int, text: str, low: str, lx: Lexer,
                money: bool) -> str:
    """What plain digits are: a ``label``, a ``year`` or ``digits``."""
    if _named_around(s, e, text, low, lx):
        return "label"  # "Article 9", "iPhone 15", "S&P 500", "les 1/8es de finale"
    if _calendar_numbered(value, s, e, low, lx):
        return "label"  # "en semaine 48", "since week 46": a week's name, no count
    if not money and _year_like(value, s, e, low, lx):
        return "year"  # "$2000", "2000 euros", "2000 km" are amounts
    return "digits"


def _named_around(s: int, e: int, text: str, low: str, lx: Lexer) -> bool:
    """Words around plain digits make them part of a name: a name word before them and no
    unit after ("Article 9"), a name word after ("S&P 500"), a vessel's name before."""
    return bool(
        (
            (lx.label_before.search(low, max(0, s - 24), s)
             or lx.label_range_before.search(low, max(0, s - 40), s))
            and lx.unit_after.match(low, e) is None
        )
        or lx.label_after.match(low, e)
        or lx.vessel_before.search(text, max(0, s - 60), s)
    )


def _calendar_numbered(value: float, s: int, e: int, low: str, lx: Lexer) -> bool:
    """A week of the calendar named by its number ("en semaine 48", "since week 46"): a
    whole number from 1 to 53 right after a calendar word, no unit after it, and no word
    before the calendar word that makes it a length ("a week 30 people", "chaque semaine")."""
    if not 1 <= value <= 53 or value != int(value):
        return False
    m = lx.calendar_before.search(low, max(0, s - 40), s)
    if m is None or lx.unit_after.match(low, e) is not None:
        return False
    word = lx.next_word.match(low, e)
    if word and word.group(1) not in lx.table.calendar_number_links:
        return False  # "En semaine 40 trains circulent": weekdays, and a count of trains
    return m["det"] is None or m["det"] not in lx.table.calendar_number_not_after


def _year_like(value: float, s: int, e: int, low: str, lx: Lexer) -> bool:
    """Four digits from 1900 to 2099 with no unit after them."""
    return e - s == 4 and 1900 <= value <= 2099 and lx.unit_after.match(low, e) is None


def _lone_article(w: str, s: int, e: int, low: str, lx: Lexer, items: list[Item]) -> bool:
    """An article ("un", "one") with no number word, digit or connector after it, and not
    ending a run of number words ("vingt et un")."""
    return (
        w in lx.articles
        and lx.article_next.match(low, e) is None
        and not (
            items
            and items[-1].kind == "word"
            and lx.chain_gap.fullmatch(low, items[-1].end, s) is not None
        )
    )


def _slash_items(m: re.Match[str], s: int, e: int, low: str, lx: Lexer) -> list[Item]:
    """ "1/2 finale" and "24/7" are labels, "3/4" a fraction, "12/30" two numbers."""
    a, b = int(m.group("sa")), int(m.group("sb"))
    if lx.label_after.match(low, e) or low[s:e] in lx.table.slash_names:
        return [Item("label", s, e, a / b if b else None, 0, "label")]
    if 0 < a < b <= 10:
        return [Item("fraction", s, e, a / b, 0, "fraction")]
    return [
        Item("num", s, s + len(m.group("sa")), float(a)),
        Item("num", e - len(m.group("sb")), e, float(b)),
    ]


def _roman_ordinals(text: str, lx: Lexer) -> list[Item]:
    """Roman ordinals ("XXIe siècle"), matched on the original text: they are upper case."""
    return [
        Item(
            "ordinal",
            m.start(),
            m.end(),
            float(roman_value(m.group().rstrip("abcdefghijklmnopqrstuvwxyzèéʳᵉ"))),
            0,
            "ordinal",
        )
        for m in lx.roman.finditer(text)
        if (m.start() == 0 or not text[m.start() - 1].isalnum())
        and (m.end() == len(text) or not text[m.end()].isalnum())
    ]


def _merge(a: list[Item], b: list[Item]) -> list[Item]:
    """Two sorted item lists as one, dropping any item that overlaps an earlier one."""
    out: list[Item] = []
    for it in sorted(a + b, key=lambda x: x.start):
        if out and it.start < out[-1].end:
            continue
        out.append(it)
    return out
