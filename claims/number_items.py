"""The first pass of the number scan: every regex match of a text as an ``Item`` (a figure in
digits with its value, decimals and scale, a number word, a fraction, an ordinal, a date or
time to skip), before word runs are valued and phrases joined (``claims.number_words``)."""

from __future__ import annotations

import re
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
    ig, ip, cs = m.group("ig", "ip", "cs") if t.comma_space_groups else (*m.group("ig", "ip"), None)
    frac = m.group("fg") or m.group("fp") or ""
    grouped = ig or cs
    if t.two_digit_groups and m.group("ii"):
        grouped, frac = m.group("ii"), m.group("fi") or ""
    digits = _NOT_DIGIT.sub("", grouped) if grouped else ip
    value = float(f"{digits}.{frac}") if frac else float(digits)
    part = _fraction_after(m, t)
    if part is not None:
        value += part[0]
        frac = "0" * part[1]  # printed precision of the fraction, for rounding checks
    sign, scale_word, suf = m.group("sign", "scale", "suf")
    csuf = m.group("csuf") or m.group("csuf2")
    scale = 1.0
    if csuf:
        scale = t.currency_suffixes[csuf]
    elif scale_word:
        scale = t.scales[scale_word]
        if m.group("scale2"):
            scale *= t.scales[m.group("scale2")]  # "2.5 lakh crore"
    elif suf:
        scale = t.scale_suffixes[suf]
    value = scaled(value, scale)
    if sign:
        value = -value
    plain = not (grouped or frac or sign or scale_word or suf or csuf)
    return value, len(frac), plain, scale


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
    """Pass 0: the regex matches as items; dates, times, phones, ordinals and years are final."""
    t = lx.table
    items: list[Item] = []
    for m in lx.master.finditer(" " + low):
        kind = m.lastgroup
        assert kind is not None
        s, e = m.start(kind) - 1, m.end(kind) - 1
        if kind == "num":
            found = _digits_item(m, s, e, text, low, lx)
            if found is not None:
                items.append(found)
        elif kind == "word":
            w = m.group(kind)
            if _lone_article(w, s, e, low, lx, items):
                continue  # a lone "un"/"une": an article; "vingt et un" keeps it
            items.append(Item("word", s, e, word=w, roles=lx.roles.get(w, frozenset())))
        elif kind == "vulgar":
            items.append(Item("fraction", s, e, t.vulgar_fractions[m.group(kind)], 0, "fraction"))
        elif kind == "slash":
            items += _slash_items(m, s, e, low, lx)
        elif kind == "ord":
            digits = re.match(r"\d+", m.group(kind))
            assert digits is not None
            items.append(Item("ordinal", s, e, float(digits.group()), 0, "ordinal"))
        elif kind in ("date", "time", "phone"):
            out = "iso_date" if kind == "date" else kind
            items.append(Item(out, s, e, None, 0, out))
        # "pct" matches only shield "cent" in "pour cent"; they are not reported
    if lx.table.roman_ordinal_suffixes:
        romans = _roman_ordinals(text, lx)
        if romans:
            items = _merge(items, romans)
    return items


def _digits_item(
    m: re.Match[str], s: int, e: int, text: str, low: str, lx: Lexer
) -> Item | None:
    """A figure in digits at ``[s, e)`` as an item (a number, a label, a year or a factor), or
    None when it is part of a name ("Covid-19") or a unit ("3m" alone)."""
    t = lx.table
    if (
        s >= 2
        and low[s - 1] == "-"
        and low[s - 2].isalpha()
        and not m.group("sign")
        and not _measure_prefix(low, s - 1, t)
    ):
        # "Covid-19", "F-35": a label, not a figure; keep "mi-2024" as a year
        body = m.group("num")
        if not (len(body) == 4 and body.isdigit() and 1900 <= int(body) <= 2099):
            return None
    if s >= 2 and low[s - 1] in t.decimal and low[s - 2].isdigit():
        return None  # "$US2.1 billion": the decimals of a figure glued to letters, not read
    if _second_year_of_span(m, low, s):
        return None  # "the 2024-25 budget", "FY2024-25": the year a span ends in, no figure
    money = lx.currency_before.search(low, max(0, s - 6), s) is not None
    if m.group("csuf2") and not money and not _bare_scale(m, low, e, lx):
        return None  # "£12.5m" is money, "3m" alone is three metres
    value, decimals, plain, scale = _digits_value(m, t)
    if m.group("sign") and _AFTER_FIGURE.search(low, max(0, s - 4), s):
        value, s = -value, s + 1  # "75 - 300mm": a dash between figures, not a sign
    if (
        plain
        and s >= 1
        and low[s - 1] in t.decimal
        and (s == 1 or _LEAD_DECIMAL.match(low, s - 2))
    ):
        # ".08 percent", "a .300 average": a decimal written without its leading zero
        digits = m.group("ip")
        value, decimals, plain, s = float(f"0.{digits}"), len(digits), False, s - 1
    out = _digits_kind(m, s, e, text, low, lx, (value, plain, scale, money))
    kind_ = "num" if out == "digits" else out
    return Item(kind_, s, e, value, decimals, out, scale=scale)


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
    elif plain and (
        (lx.label_before.search(low, max(0, s - 24), s) and lx.unit_after.match(low, e) is None)
        or lx.label_after.match(low, e)
        or lx.vessel_before.search(text, max(0, s - 60), s)
    ):
        out = "label"  # "Article 9", "iPhone 15", "S&P 500", "les 1/8es de finale"
    elif (
        plain
        and e - s == 4
        and 1900 <= value <= 2099
        and not money
        and lx.unit_after.match(low, e) is None
    ):
        out = "year"  # "$2000", "2000 euros", "2000 km" are amounts
    if m.group("tsuf") and out == "digits":
        out = "multiplier"  # "10x faster": a factor
    return out


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
