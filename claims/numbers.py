"""Number lexer for French and English news text.

Finds every figure in a text and says what kind it is, so the claim extractor can keep the
quantities and count (then skip) dates, times, phone numbers, ordinals and years. All the
words of a language live in the ``[numbers]`` table of ``claims/lang/<lang>/numbers.toml``; this
module only holds the rules, compiled once per language into regular expressions.

The scan runs in four passes over the regex matches:

1. runs of number words are valued with text2num (shrinking the run when it refuses);
2. fraction, ordinal, "times" and vague words take the number just before them as numerator;
3. proportions ("un sur cinq"), mixed numbers ("trois millions et demi") and compound vague
   ranges ("des dizaines de milliers") are joined;
4. lone articles ("un", "one") and unsupported leftovers are dropped.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, lru_cache

from pydantic import BaseModel, ConfigDict
from text_to_num import text2num

from claims.lang import raw_table


class WordRole(StrEnum):
    """What a vocabulary word does in a number, from the table list it comes from."""

    chain = "chain"  # a number or scale word valued in a run ("vingt", "thousand")
    fraction = "fraction"  # a denominator ("tiers", "half")
    fraction_ordinal = "fraction_ordinal"  # an ordinal that is also a denominator ("fifth")
    ordinal = "ordinal"  # "troisième", "third"
    multiplier = "multiplier"  # a word that states a factor ("doubled")
    times = "times"  # "fois", "times" after a number
    vague = "vague"  # a rough quantity ("des centaines", "dozens")


QUANTITY_KINDS = frozenset({"digits", "words", "fraction", "proportion", "multiplier", "vague"})
"""Kinds that are quantities; the others are reported only so callers can count and skip them."""


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One figure found in a text; ``[start, end)`` slices the text given to ``find_numbers``."""

    start: int
    end: int
    value: float | None
    decimals: int
    kind: str
    lower: float | None = None
    upper: float | None = None
    scale: float = 1.0  # the scale word or suffix that multiplied it ("15 billion": 1e9)


class VagueWord(BaseModel):
    """A word for a rough quantity: a range, and a central value for "-aine" words."""

    model_config = ConfigDict(frozen=True)

    lower: float
    upper: float
    value: float | None = None


class NumberTable(BaseModel):
    """The ``[numbers]`` section of one language table (see the comments in the TOML)."""

    model_config = ConfigDict(frozen=True)

    lang: str
    decimal: list[str]
    lenient_decimal: list[str] = []
    # After one of these, digits with the lenient decimal point and nothing after them name
    # something ("le 49.3": the article of the constitution), they state no figure.
    lenient_label_before: list[str] = []
    group: list[str]
    words: list[str]
    connectors: list[str] = []
    articles: list[str] = []
    article_numerators: list[str] = []
    scales: dict[str, float] = {}
    scale_suffixes: dict[str, float] = {}
    currency_suffixes: dict[str, float] = {}
    currency_signs: list[str] = []
    fractions: dict[str, float] = {}
    bare_fractions: list[str] = []
    fraction_ordinals: dict[str, float] = {}
    fraction_articles: list[str] = []
    fraction_followers: list[str] = []
    # "la moitié nord du pays": a fraction word before one of these names a part of a map.
    fraction_not_before: list[str] = []
    proportion_connectors: list[str] = []
    # "deux salariés sur trois", "three patients out of four": connectors that state a share
    # with any small whole (2 to 10), not only ten, a hundred or a thousand ("in" does not:
    # "3 people in 4 attacks")
    small_whole_connectors: list[str] = []
    times_words: list[str] = []
    # "10x faster", "3× more": a factor glued to its digits
    times_suffixes: list[str] = []
    multipliers: dict[str, float] = {}
    vague: dict[str, VagueWord] = {}
    vague_articles: list[str] = []
    vague_joiners: list[str] = []
    percent_words: list[str] = []
    ordinal_suffixes: list[str] = []
    roman_ordinal_suffixes: list[str] = []
    ordinal_words: dict[str, int] = {}
    time_hour_marks: list[str] = []
    time_suffixes: list[str] = []
    spoken_decimal: list[str] = []
    name_words: list[str] = []
    # "KM Bintang Weru 2", "MV Lady Mary Joy 3": a vessel's prefix, then its capitalised name
    # ending in a number (read with its case: the prefixes are written in capitals)
    vessel_prefixes: list[str] = []
    # "la 1/2 finale", "en 1/4 de finale", "les 1/8es de finale": words after a figure (a
    # slash fraction maybe with an ordinal ending) that make it a name, not a quantity
    name_after_words: list[str] = []
    comma_space_groups: bool = False
    list_words: list[str] = []
    # "1,50,000", "12,34,567.89": digits grouped by two before the last three (South Asia)
    two_digit_groups: bool = False
    # "3 1/2 inches": a whole number and a slash fraction written after it
    mixed_fractions: bool = False
    # "2½", "½ cup": single-character fractions and their values
    vulgar_fractions: dict[str, float] = {}
    # Currency suffixes that may also stand glued to a bare count ("12m households"), read so
    # only before a plural or one of ``bare_scale_nouns``, or before punctuation when the
    # figure has decimals ("(26%, 4.75m)"); never before a hyphen or a ``bare_scale_blockers``
    # word, where the letter is a unit ("a 2m-high wall", "1.9m tall", "the 100m final").
    bare_scale_suffixes: list[str] = []
    # "minus 17.7C", "moins 20 degrés": a word that makes the figure after it negative, unless
    # one of ``negative_not_after`` comes before the word ("au moins 5" is at least five).
    negative_words: list[str] = []
    negative_not_after: list[str] = []
    # Whether "moins 40 %" is a negative percent (a headline's change reads "en baisse de 40 %")
    negative_percent: bool = True
    bare_scale_nouns: list[str] = []
    bare_scale_blockers: list[str] = []


@cache
def load_number_table(lang: str) -> NumberTable:
    """Read and validate the ``[numbers]`` table of a language, once per process."""
    data = raw_table(lang)
    if "numbers" not in data:
        raise KeyError(f"claims/lang/{lang}/ has no [numbers] table")
    return NumberTable(lang=lang, **data["numbers"])


def _unit_words(lang: str) -> tuple[list[str], list[str]]:
    """The language's unit words (measures and currencies, from ``[extraction.units]``), and
    the currency codes that may be glued before digits ("USD12m", "RM18.40")."""
    units = raw_table(lang).get("extraction", {}).get("units", {})
    money = [str(k) for k in units.get("money", {})]
    glued = [
        *units.get("measures", {}),
        *units.get("symbols", {}),
        *units.get("duration", {}),
        *units.get("basis_points", []),  # "40bp", "25bps"
    ]
    words = [str(k).lower() for k in [*glued, *money]]
    codes = [k.lower() for k in money if k[-1].isalpha() and k[:1].isupper()]
    return words, codes


# --------------------------------------------------------------------------- regex building


def _alt(items: list[str] | set[str], word_end: bool = True) -> str:
    """Alternation of literal phrases, longest first, spaces matching any whitespace run."""
    parts = []
    for item in sorted(set(items), key=lambda s: (-len(s), s)):
        pat = r"\s+".join(re.escape(p) for p in item.split())
        if word_end and item[-1].isalnum():
            pat += r"(?!\w)"
        parts.append(pat)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]" if chars else "(?!)"


def _trie(words: set[str]) -> str:
    """Words as a factored alternation (a trie), so the regex engine only follows the letters
    actually present instead of trying each word in turn; this keeps the scan fast."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [
            (r"[^\S\n]+" if ch == " " else re.escape(ch)) + emit(node[ch])
            for ch in sorted(k for k in node if k)
        ]
        if "" in node:
            alts.append(r"(?!\w)")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree) if tree else "(?!)"


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman_value(s: str) -> int:
    total = 0
    for a, b in zip(s, [*s[1:], ""], strict=True):
        v = _ROMAN[a]
        total += -v if b and _ROMAN[b] > v else v
    return total


@dataclass(frozen=True)
class _Lexer:
    """Everything compiled from one language table."""

    table: NumberTable
    master: re.Pattern[str]
    roman: re.Pattern[str]
    roles: dict[str, frozenset[WordRole]]
    articles: frozenset[str]
    article_next: re.Pattern[str]
    chain_gap: re.Pattern[str]
    tight_gap: re.Pattern[str]
    hyphen_gap: re.Pattern[str]
    prop_gap: re.Pattern[str]
    conn_gap: re.Pattern[str]
    vague_gap: re.Pattern[str]
    frac_article: re.Pattern[str]
    scale_article: re.Pattern[str]
    vague_article: re.Pattern[str]
    frac_follower: re.Pattern[str]
    frac_area: re.Pattern[str]
    of_gap: re.Pattern[str]
    currency_before: re.Pattern[str]
    unit_after: re.Pattern[str]
    label_before: re.Pattern[str]
    vessel_before: re.Pattern[str]
    lenient_label_before: re.Pattern[str]
    label_after: re.Pattern[str]
    spoken_gap: re.Pattern[str]
    next_word: re.Pattern[str]
    negative_before: re.Pattern[str]
    negative_ends: frozenset[str]  # last letters of the negative words: a cheap first check
    percent_after: re.Pattern[str]


@cache
def _lexer(lang: str) -> _Lexer:
    """Compile the master regex and the small context regexes for one language."""
    t = load_number_table(lang)
    sep = _char_class(t.group)
    dec = _char_class(t.decimal)
    lenient = _char_class(t.lenient_decimal)
    scale_words = _alt(list(t.scales))
    suffixes = _alt(list(t.scale_suffixes))
    csuffixes = _alt(list(t.currency_suffixes))
    csuffixes_open = _alt(list(t.currency_suffixes), word_end=False)
    signs = _alt(t.currency_signs, word_end=False)
    unit_words, codes = _unit_words(t.lang)
    glued_percent = [p.lower() for p in t.percent_words if p[0].isalpha()]  # "3.2pc", "4pct"
    # "949, 526": a comma typed with a space, read as grouping only where the digits go by
    # three and the comma does not separate the items of a list ("120, 300 and 450").
    typo = (
        rf"(?<!\d,)(?<!\d,[^\S\n])(?P<cs>\d{{3}},[^\S\n]\d{{3}})"
        rf"(?!\d|,[^\S\n]*\d|[^\S\n]+{_alt([*t.connectors, *t.list_words])}[^\S\n]+\d)|"
        if t.comma_space_groups
        else ""
    )
    two = (
        rf"(?P<ii>\d{{1,2}}(?:,\d{{2}})+,\d{{3}})(?!\d)(?:{dec}(?P<fi>\d+))?|"
        if t.two_digit_groups
        else ""
    )
    core = (
        rf"(?>{typo}{two}(?P<ig>\d{{1,3}}(?P<gs>{sep})\d{{3}}(?:(?P=gs)\d{{3}})*)(?!\d)"
        rf"(?:{dec}(?P<fg>\d+))?"
        rf"|(?P<ip>\d+)(?:(?:{dec}|{lenient}(?!\d{{3}}(?!\d)))(?P<fp>\d+))?)"
    )
    vulgar = _char_class(list(t.vulgar_fractions))
    # "2½", "2 ½", and where the table allows it "3 1/2": a fraction after the whole number
    after_whole = rf"[^\S\n]?(?P<vf>{vulgar})"
    if t.mixed_fractions:
        after_whole += r"|[^\S\n]+(?P<ma>\d)/(?P<mb>\d{1,2})(?![\w/])"
    # After the digits: a scale word ("2 milliards"), a glued scale ("2bn"), a scale letter
    # before a currency sign ("3,5Md€", "12 M€") or after one ("$3.1b", checked in _scan), a
    # unit glued to the digits ("512GB", "40mph": the figure reader reads it), or a word end.
    num = (
        rf"(?P<num>(?P<sign>[-−](?=\d))?{core}(?:{after_whole})?"
        rf"(?:[^\S\n]+(?P<scale>{scale_words})(?:[^\S\n]+(?P<scale2>{scale_words}))?"
        rf"|(?P<suf>{suffixes})|(?P<tsuf>{_alt(t.times_suffixes)})"
        rf"|[^\S\n]?(?P<csuf>{csuffixes_open})(?=[^\S\n]?{signs})"
        rf"|(?P<csuf2>{csuffixes})|(?={_alt([*unit_words, *glued_percent])})|(?!\w)))"
    )
    date = (
        r"(?P<date>(?<![\w/.\-])(?:\d{4}-\d{1,2}-\d{1,2}"
        r"|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4})(?![\w/]|[.\-]\d))"
    )
    phone = (
        r"(?P<phone>(?<![\w+])(?:\+\d{1,3}(?:[ .\-]?\(0\))?[ .\-]?\d{1,4}(?:[ .\-]\d{2,4}){2,5}"
        r"|0\d(?:[ .\-]?\d{2}){4}|\(\d{3}\)\s?\d{3}[\-. ]\d{4}|\d{3}-\d{3}-\d{4})(?![\w\-]))"
    )
    hour = r"(?:[01]?\d|2[0-3])"
    time_parts = [rf"{hour}:[0-5]\d(?::[0-5]\d)?(?![\w:])"]
    if t.time_hour_marks:
        marks = _alt(t.time_hour_marks, word_end=False)
        time_parts.append(rf"{hour}[^\S\n]?{marks}(?:[^\S\n]?[0-5]\d)?(?!\w)")
    if t.time_suffixes:
        sfx = _alt(t.time_suffixes, word_end=False)
        time_parts.append(rf"(?:1[0-2]|0?\d)(?::[0-5]\d)?[^\S\n]?{sfx}(?![\w])")
    time = r"(?P<time>(?<![\w:.,])(?:" + "|".join(time_parts) + "))"
    ordinal = rf"(?P<ord>(?<!\w)\d+{_alt(t.ordinal_suffixes)})"
    # Roman ordinals are upper case ("XXIe"), so they are matched on the original text.
    roman = re.compile(
        rf"[IVX][IVX]*{_alt(t.roman_ordinal_suffixes)}" if t.roman_ordinal_suffixes else "(?!)"
    )
    slash = r"(?P<slash>(?<![\w/])(?P<sa>\d{1,2})/(?P<sb>\d{1,2})(?![\w/]))"
    pct = rf"(?P<pct>{_alt([p for p in t.percent_words if p[0].isalpha()])})"
    vocab = (
        set(t.words)
        | set(t.scales)
        | set(t.fractions)
        | set(t.fraction_ordinals)
        | set(t.ordinal_words)
        | set(t.multipliers)
        | set(t.times_words)
        | set(t.vague)
    )
    word = rf"(?P<word>{_trie({v.lower() for v in vocab})})"
    # Every figure starts after a non-word character; matching that character first lets the
    # engine skip the rest of the text in C. The text is scanned lower-cased, after a space.
    digit_led = "|".join([date, phone, time, ordinal, slash, num])
    lone_vulgar = rf"(?P<vulgar>{vulgar})(?!\w)"
    first = "".join(sorted({re.escape(v[0].lower()) for v in vocab | set(t.percent_words)}))
    # A currency code may be glued before the digits ("USD12m", "RM18.40").
    cpre = rf"(?:{_alt(codes, word_end=False)}(?=\d))?" if codes else ""
    vchars = "".join(re.escape(c) for c in t.vulgar_fractions)
    master = re.compile(
        rf"[^\w]{cpre}(?=[\d+(\-−{first}{vchars}])"
        rf"(?:(?=[\d+(\-−])(?:{digit_led})|{pct}|{word}|{lone_vulgar})"
    )

    roles: dict[str, set[WordRole]] = {}
    for names, role in (
        (list(t.words) + list(t.scales), WordRole.chain),
        (t.fractions, WordRole.fraction),
        (t.fraction_ordinals, WordRole.fraction_ordinal),
        (t.ordinal_words, WordRole.ordinal),
        (t.multipliers, WordRole.multiplier),
        (t.times_words, WordRole.times),
        (t.vague, WordRole.vague),
    ):
        for name in names:
            roles.setdefault(name.lower(), set()).add(role)

    connectors = _alt(t.connectors)
    ws = r"[^\S\n]"
    followers_word = [f for f in t.fraction_followers if f[-1].isalpha()]
    followers_glued = [f for f in t.fraction_followers if not f[-1].isalpha()]
    code_alt = _alt(codes, word_end=False) if codes else "(?!)"
    return _Lexer(
        table=t,
        # "$", "US$", "RM", "CHF " right before the digits: the figure is money, never a year
        currency_before=re.compile(rf"(?:{signs}|(?<![^\W\d_]){code_alt})[^\S\n]?\Z"),
        unit_after=re.compile(
            rf"[^\S\n]*(?:{_alt([*unit_words, *(p.lower() for p in t.percent_words)])})"
        ),
        # "S&P 500", "iPhone 15", "Article 9": a name that holds a number
        label_before=re.compile(rf"(?<![\w&]){_alt(t.name_words)}[^\S\n]+\Z"),
        vessel_before=re.compile(
            rf"(?<!\w)(?:{'|'.join(re.escape(v) for v in t.vessel_prefixes) or '(?!)'})"
            r"(?:[^\S\n]+[A-ZÀ-Þ][\w'’-]*){1,4}[^\S\n]+\Z"
        ),
        lenient_label_before=re.compile(
            rf"(?<![\w'’]){_alt(t.lenient_label_before) if t.lenient_label_before else '(?!)'}"
            rf"[^\S\n]+\Z"
        ),
        label_after=re.compile(rf"(?:/\d{{1,2}}[^\W\d_]*)?[^\S\n]*{_alt(t.name_after_words)}"),
        # "sixty-five point four", "cinquante-neuf virgule huit"
        spoken_gap=re.compile(rf"{ws}+{_alt(t.spoken_decimal)}{ws}+"),
        next_word=re.compile(rf"{ws}+([^\W\d_]+)"),
        negative_ends=frozenset(w[-1].lower() for w in t.negative_words),
        percent_after=re.compile(rf"{ws}*{_alt([p.lower() for p in t.percent_words])}"),
        negative_before=re.compile(
            rf"(?:(?<![\w'’])(?P<blocked>{_alt(t.negative_not_after)}){ws}+)?"
            rf"(?<![\w'’])(?P<neg>{_alt(t.negative_words)}){ws}+\Z"
        ),
        master=master,
        roman=roman,
        roles={k: frozenset(v) for k, v in roles.items()},
        articles=frozenset(t.articles),
        # A lone article is dropped at once unless a number word, a digit, or a proportion or
        # connector word follows: most "un"/"une" in French text never reach the later passes.
        article_next=re.compile(
            rf"(?:{ws}+|{ws}*-{ws}*)"
            rf"(?:(?:{connectors}|{_alt(t.proportion_connectors)}|{_alt(t.spoken_decimal)}){ws}+)?"
            rf"(?:{_alt(t.article_numerators)}{ws}+)?(?:\d|{_trie({v.lower() for v in vocab})})"
        ),
        chain_gap=re.compile(rf"{ws}+|{ws}*-{ws}*|{ws}+{connectors}{ws}+", re.I),
        tight_gap=re.compile(rf"{ws}+|{ws}*-{ws}*"),
        hyphen_gap=re.compile(rf"{ws}*-{ws}*|{ws}"),
        prop_gap=re.compile(rf"{ws}+{_alt(t.proportion_connectors)}{ws}+", re.I),
        conn_gap=re.compile(rf"{ws}+{connectors}{ws}+", re.I),
        vague_gap=re.compile(
            rf"{ws}+(?:{_alt([j for j in t.vague_joiners if j[-1].isalpha()])}{ws}+"
            rf"|{_alt([j for j in t.vague_joiners if not j[-1].isalpha()], False)}{ws}*)",
            re.I,
        ),
        frac_article=re.compile(rf"(?<![\w'’]){_alt(t.fraction_articles)}{ws}+\Z", re.I),
        scale_article=re.compile(rf"(?<![\w'’]){_alt(t.article_numerators)}{ws}+\Z", re.I),
        vague_article=re.compile(rf"(?<![\w'’]){_alt(t.vague_articles)}{ws}+\Z", re.I),
        of_gap=re.compile(
            rf"{ws}+{_alt(followers_word)}{ws}+|{ws}+{_alt(followers_glued, False)}{ws}*"
        ),
        frac_follower=re.compile(
            rf"{ws}+{_alt(followers_word)}|{ws}*{_alt(followers_glued, False)}"
            rf"|{ws}*(?:[^\w\s]|\Z)",
            re.I,
        ),
        frac_area=re.compile(rf"{ws}+{_alt(t.fraction_not_before)}", re.I)
        if t.fraction_not_before
        else re.compile("(?!)"),
    )


# --------------------------------------------------------------------------- word runs


def _norm_gap(gap: str) -> str:
    """A joiner as text2num expects it: '-', ' ' or ' <connector> '."""
    g = gap.strip()
    if not g:
        return " "
    if g == "-":
        return "-"
    return f" {g.lower()} "


@lru_cache(maxsize=4096)
def _parse_run(lang: str, tokens: tuple[str, ...], gaps: tuple[str, ...]) -> float | None:
    """Value of a run of number words; ``gaps[k]`` joins ``tokens[k]`` to ``tokens[k+1]``.

    text2num reads the common forms; scale words it does not know (French "billion", "douzaine")
    are split on here: left part times the scale plus the right part.
    """
    text = tokens[0] + "".join(g + w for g, w in zip(gaps, tokens[1:], strict=True))
    try:
        return float(text2num(text, lang))
    except ValueError:
        pass
    scales = load_number_table(lang).scales
    best = max(
        (k for k, w in enumerate(tokens) if w in scales),
        key=lambda k: scales[tokens[k]],
        default=None,
    )
    if best is None:
        return None
    scale = scales[tokens[best]]
    left = 1.0
    if best > 0:
        got = _parse_run(lang, tokens[:best], gaps[: best - 1])
        if got is None:
            return None
        left = got
    right = 0.0
    if best < len(tokens) - 1:
        got = _parse_run(lang, tokens[best + 1 :], gaps[best + 1 :])
        if got is None or got >= scale:
            return None
        right = got
    return left * scale + right


# --------------------------------------------------------------------------- items


@dataclass(slots=True)
class _Item:
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


def _lenient_label(
    m: re.Match[str], t: NumberTable, scale: float, money: bool, lx: _Lexer, low: str, e: int
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
    value *= scale
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


_AFTER_FIGURE = re.compile(r"\d[^\S\n]*\Z")
_LEAD_DECIMAL = re.compile(r"[\s(\[]")


def _bare_scale(m: re.Match[str], low: str, end: int, lx: _Lexer) -> bool:
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


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping every offset (a few characters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _scan(text: str, low: str, lx: _Lexer) -> list[_Item]:
    """Pass 0: the regex matches as items; dates, times, phones, ordinals and years are final."""
    t = lx.table
    items: list[_Item] = []
    for m in lx.master.finditer(" " + low):
        kind = m.lastgroup
        assert kind is not None
        s, e = m.start(kind) - 1, m.end(kind) - 1
        if kind == "num":
            if s >= 2 and low[s - 1] == "-" and low[s - 2].isalpha() and not m.group("sign"):
                # "Covid-19", "F-35": a label, not a figure; keep "mi-2024" as a year
                body = m.group("num")
                if not (len(body) == 4 and body.isdigit() and 1900 <= int(body) <= 2099):
                    continue
            money = lx.currency_before.search(low, max(0, s - 6), s) is not None
            if m.group("csuf2") and not money and not _bare_scale(m, low, e, lx):
                continue  # "£12.5m" is money, "3m" alone is three metres
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
            out = "digits"
            if _lenient_label(m, t, scale, money, lx, low, e):
                out = "label"  # "le 49.3", "le web 3.0": a name; this language's decimals
            elif plain and (
                lx.label_before.search(low, max(0, s - 24), s)
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
            kind_ = "num" if out == "digits" else out
            items.append(_Item(kind_, s, e, value, decimals, out, scale=scale))
        elif kind == "word":
            w = m.group(kind)
            if (
                w in lx.articles
                and lx.article_next.match(low, e) is None
                and not (
                    items
                    and items[-1].kind == "word"
                    and lx.chain_gap.fullmatch(low, items[-1].end, s) is not None
                )
            ):
                continue  # a lone "un"/"une": an article; "vingt et un" keeps it
            items.append(_Item("word", s, e, word=w, roles=lx.roles.get(w, frozenset())))
        elif kind == "vulgar":
            items.append(_Item("fraction", s, e, t.vulgar_fractions[m.group(kind)], 0, "fraction"))
        elif kind == "slash":
            a, b = int(m.group("sa")), int(m.group("sb"))
            if lx.label_after.match(low, e):
                items.append(_Item("label", s, e, a / b if b else None, 0, "label"))
            elif 0 < a < b <= 10:
                items.append(_Item("fraction", s, e, a / b, 0, "fraction"))
            else:
                items.append(_Item("num", s, s + len(m.group("sa")), float(a)))
                items.append(_Item("num", e - len(m.group("sb")), e, float(b)))
        elif kind == "ord":
            digits = re.match(r"\d+", m.group(kind))
            assert digits is not None
            items.append(_Item("ordinal", s, e, float(digits.group()), 0, "ordinal"))
        elif kind in ("date", "time", "phone"):
            out = "iso_date" if kind == "date" else kind
            items.append(_Item(out, s, e, None, 0, out))
        # "pct" matches only shield "cent" in "pour cent"; they are not reported
    if lx.table.roman_ordinal_suffixes:
        romans = [
            _Item(
                "ordinal",
                m.start(),
                m.end(),
                float(_roman_value(m.group().rstrip("abcdefghijklmnopqrstuvwxyzèéʳᵉ"))),
                0,
                "ordinal",
            )
            for m in lx.roman.finditer(text)
            if (m.start() == 0 or not text[m.start() - 1].isalnum())
            and (m.end() == len(text) or not text[m.end()].isalnum())
        ]
        if romans:
            items = _merge(items, romans)
    return items


def _merge(a: list[_Item], b: list[_Item]) -> list[_Item]:
    """Two sorted item lists as one, dropping any item that overlaps an earlier one."""
    out: list[_Item] = []
    for it in sorted(a + b, key=lambda x: x.start):
        if out and it.start < out[-1].end:
            continue
        out.append(it)
    return out


def _full(rx: re.Pattern[str], text: str, a: int, b: int) -> bool:
    return rx.fullmatch(text, a, b) is not None


def _chains(text: str, items: list[_Item], lx: _Lexer) -> list[_Item]:
    """Pass 1: value runs of number words, shrinking a run from the right when it fails."""
    out: list[_Item] = []
    i, n = 0, len(items)
    while i < n:
        it = items[i]
        if it.kind != "word" or WordRole.chain not in it.roles:
            out.append(it)
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and items[j].kind == "word"
            and WordRole.chain in items[j].roles
            and _full(lx.chain_gap, text, items[j - 1].end, items[j].start)
        ):
            j += 1
        runs = [items[i:j]]
        nxt = items[j] if j < n else None
        if (
            nxt is not None
            and nxt.kind == "word"
            and nxt.roles & {WordRole.fraction, WordRole.fraction_ordinal}
            and _full(lx.tight_gap, text, items[j - 1].end, nxt.start)
        ):
            # "cent et trois quarts": the numerator is what follows the last connector
            cut = [
                k
                for k in range(i + 1, j)
                if _full(lx.conn_gap, text, items[k - 1].end, items[k].start)
            ]
            if cut:
                runs = [items[i : cut[-1]], items[cut[-1] : j]]
        for run in runs:
            _segment(text, run, lx, out)
        i = j
    return out


MAX_RUN_WORDS = 16


def _segment(text: str, run: list[_Item], lx: _Lexer, out: list[_Item]) -> None:
    """Cut a run of number words into the longest pieces text2num (or a scale split) values."""
    t = lx.table
    k = 0
    while k < len(run):
        # No number is written in more than MAX_RUN_WORDS words, so longer pieces are not
        # tried: "un un un ..." cost the cube of its length, and now costs its length.
        for stop in range(min(len(run), k + MAX_RUN_WORDS), k, -1):
            seg = run[k:stop]
            tokens = tuple(x.word for x in seg)
            gaps = tuple(_norm_gap(text[a.end : b.start]) for a, b in itertools.pairwise(seg))
            value = _parse_run(t.lang, tokens, gaps)
            if value is None:
                continue
            first, last = seg[0], seg[-1]
            if len(seg) == 1 and WordRole.vague in first.roles:
                out.append(first)  # "millions" alone is vague, resolved in pass 2
                k = stop
                break
            start = first.start
            if first.word in t.scales and first.word not in t.article_numerators:
                art = lx.scale_article.search(text, max(0, start - 12), start)
                if art:
                    start = art.start()  # "a hundred", "a dozen"
            item = _Item(
                "num",
                start,
                last.end,
                value,
                0,
                "words",
                article=len(seg) == 1 and first.word in t.articles,
                scale=t.scales.get(last.word, 1.0),
            )
            out.append(item)
            k = stop
            break
        else:
            if WordRole.chain in run[k].roles and len(run[k].roles) > 1:
                out.append(run[k])
            k += 1


def _is_int(v: float | None) -> bool:
    return v is not None and float(v).is_integer()


def _unit_of(lower: float) -> float:
    return 10.0 ** math.floor(math.log10(lower)) if lower > 0 else 1.0


def _words(text: str, items: list[_Item], lx: _Lexer) -> list[_Item]:
    """Pass 2: fraction, ordinal, times and vague words take the number before them."""
    t = lx.table
    out: list[_Item] = []
    for it in items:
        if it.kind != "word":
            out.append(it)
            continue
        w, roles = it.word, it.roles
        prev = out[-1] if out else None
        has_num = (
            prev is not None
            and prev.kind == "num"
            and _full(lx.tight_gap, text, prev.end, it.start)
        )
        num = prev if has_num else None
        if (
            WordRole.fraction in roles
            and WordRole.ordinal in roles
            and (num is None or num.article)
        ):
            # "a third of" is a fraction, "a third time" an ordinal
            hyphen = num is not None and "-" in text[num.end : it.start]
            if not hyphen and lx.frac_follower.match(text, it.end) is None:
                roles = roles - {WordRole.fraction}
        if WordRole.fraction in roles and lx.frac_area.match(text, it.end):
            continue  # "la moitié nord": a part of a map, not a share
        if WordRole.fraction in roles:
            den = t.fractions[w]
            if num is not None and _is_int(num.value) and (num.value or 0) > 0:
                out[-1] = _Item(
                    "fraction", num.start, it.end, (num.value or 0) / den, 0, "fraction"
                )
                continue
            art = lx.frac_article.search(text, max(0, it.start - 12), it.start)
            start = art.start() if art else it.start
            out.append(
                _Item(
                    "fraction",
                    start,
                    it.end,
                    1 / den,
                    0,
                    "fraction",
                    bare=not art and w not in t.bare_fractions,
                )
            )
            continue
        if (
            WordRole.fraction_ordinal in roles
            and num is None
            and lx.frac_follower.match(text, it.end)
        ):
            art = lx.frac_article.search(text, max(0, it.start - 12), it.start)
            if art:  # "a fifth of the votes"
                out.append(
                    _Item(
                        "fraction", art.start(), it.end, 1 / t.fraction_ordinals[w], 0, "fraction"
                    )
                )
                continue
        if (
            WordRole.fraction_ordinal in roles
            and num is not None
            and _is_int(num.value)
            and num.value
        ):
            plural = w not in t.ordinal_words
            one = num.article or num.value == 1
            follows = lx.frac_follower.match(text, it.end) is not None
            if (plural and not one) or (one and not plural and follows):
                out[-1] = _Item(
                    "fraction", num.start, it.end, num.value / t.fraction_ordinals[w], 0, "fraction"
                )
                continue
        if WordRole.ordinal in roles:
            if (
                num is not None
                and num.out == "words"
                and not num.article
                and _full(lx.hyphen_gap, text, num.end, it.start)
            ):
                # "vingt-troisième", "twenty-first"
                out[-1] = _Item(
                    "ordinal",
                    num.start,
                    it.end,
                    (num.value or 0) + t.ordinal_words[w],
                    0,
                    "ordinal",
                )
            else:
                out.append(
                    _Item("ordinal", it.start, it.end, float(t.ordinal_words[w]), 0, "ordinal")
                )
            continue
        if WordRole.times in roles:
            if num is not None and not num.article:
                out[-1] = _Item(
                    "multiplier", num.start, it.end, num.value, num.decimals, "multiplier"
                )
            continue
        if WordRole.multiplier in roles:
            out.append(_Item("multiplier", it.start, it.end, t.multipliers[w], 0, "multiplier"))
            continue
        if WordRole.vague in roles:
            vw = t.vague[w]
            if num is not None and _is_int(num.value) and (num.value or 0) > 0:
                n_ = num.value or 0
                if vw.value is not None:  # "deux centaines" ~ "une centaine" x 2
                    base, width = vw.value, vw.upper - vw.lower
                else:
                    base = _unit_of(vw.lower)
                    width = base - 1
                out[-1] = _Item(
                    "vague",
                    num.start,
                    it.end,
                    n_ * base,
                    0,
                    "vague",
                    lower=n_ * base,
                    upper=n_ * base + width,
                )
                continue
            if vw.value is not None:
                continue  # "en quarantaine": an "-aine" word needs un/une or a number
            art = lx.vague_article.search(text, max(0, it.start - 12), it.start)
            start = art.start() if art else it.start
            out.append(
                _Item("vague", start, it.end, None, 0, "vague", lower=vw.lower, upper=vw.upper)
            )
            continue
    return out


def _phrases(text: str, items: list[_Item], lx: _Lexer) -> list[_Item]:
    """Pass 3: proportions, mixed numbers and compound vague ranges."""
    out: list[_Item] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is None:
            out.append(it)
            continue
        if (spoken := _spoken_decimal(text, prev, it, lx)) is not None:
            out[-1] = spoken
            continue
        if (
            prev.kind == "num"
            and it.kind == "num"
            and _is_int(prev.value)
            and _is_int(it.value)
            and 0 < (prev.value or 0) <= (it.value or 0)
            and not it.article
            and _full(lx.prop_gap, text, prev.end, it.start)
        ):
            out[-1] = _Item(
                "proportion",
                prev.start,
                it.end,
                (prev.value or 0) / (it.value or 1),
                0,
                "proportion",
            )
            continue
        if (
            prev.kind == "num"
            and it.kind == "fraction"
            and (it.value or 0) < 1
            and _full(lx.conn_gap, text, prev.end, it.start)
        ):
            # "trois millions et demi" is 3.5 million, "cent et trois quarts" 100.75
            scale = prev.scale if prev.scale >= 1000 else 1.0
            value = (prev.value or 0) + (it.value or 0) * scale
            out[-1] = _Item("num", prev.start, it.end, value, prev.decimals, prev.out)
            continue
        if (
            prev.kind in ("fraction", "num")
            and not _is_int(prev.value)
            and it.kind == "num"
            and it.out == "words"
            and it.value == it.scale
            and (it.scale >= 1000 or _is_int((prev.value or 0) * it.scale))
            and (
                _full(lx.tight_gap, text, prev.end, it.start)
                or _full(lx.of_gap, text, prev.end, it.start)
            )
        ):
            # "half a million", "un demi-million", "two thirds of a million", "half a dozen"
            out[-1] = _Item("num", prev.start, it.end, (prev.value or 0) * it.value, 0, "words")
            continue
        if (
            prev.kind == "vague"
            and it.kind == "vague"
            and it.value is None
            and prev.lower is not None
            and prev.upper is not None
            and it.lower is not None
            and _full(lx.vague_gap, text, prev.end, it.start)
        ):
            unit = _unit_of(it.lower)
            value = prev.value * unit if prev.value is not None else None
            out[-1] = _Item(
                "vague",
                prev.start,
                it.end,
                value,
                0,
                "vague",
                lower=prev.lower * unit,
                upper=(prev.upper + 1) * unit - 1,
            )
            continue
        out.append(it)
    return out


def _spoken_decimal(text: str, prev: _Item, it: _Item, lx: _Lexer) -> _Item | None:
    """ "sixty-five point four", "59 point 8", "cinquante-neuf virgule huit", "one point five
    million": the whole part, the spoken separator, then digits one word or one group at a
    time; a scale word closing the digits scales the whole figure."""
    if prev.kind != "num" or it.kind != "num" or it.article or not _is_int(it.value):
        return None
    if prev.spoken:
        if it.out != "words" or (it.value or 0) > 9:
            return None
        if not _full(lx.tight_gap, text, prev.end, it.start) or "-" in text[prev.end : it.start]:
            return None
    elif not (
        _is_int(prev.value)
        and prev.scale <= 100  # "two hundred point zero three", not "two million point"
        and _full(lx.spoken_gap, text, prev.end, it.start)
    ):
        return None
    scale = it.scale if it.out == "words" and it.scale > 1 and not prev.spoken else 1.0
    if it.out == "words":
        digits = _spoken_digits(text[it.start : it.end], (it.value or 0) / scale, lx)
    else:
        digits = text[it.start : it.end]
        if not digits.isdigit():
            return None
    if digits is None:
        return None
    decimals = prev.decimals + len(digits)
    whole = int(prev.value or 0)
    frac = f"{round(((prev.value or 0) - whole) * 10**prev.decimals):0{prev.decimals}d}"
    value = float(f"{whole}.{frac if prev.decimals else ''}{digits}") * scale
    if scale > 1:  # "one point five million": nothing more is spoken after the scale
        return _Item("num", prev.start, it.end, value, decimals, "words", scale=scale)
    return _Item("num", prev.start, it.end, value, decimals, prev.out, spoken=True)


_BLANKS = re.compile(r"[^\S\n]+")


def _spoken_digits(run: str, value: float, lx: _Lexer) -> str | None:
    """The digits a spoken run stands for: "zero three" is 03 (each word a digit), "seventy-one"
    71; a run that ends with a scale word gives the digits before it ("five million": 5)."""
    if not float(value).is_integer():
        return None
    words = [w for w in _BLANKS.split(run.strip()) if w]
    singles = [_parse_run(lx.table.lang, (w,), ()) for w in words]
    if len(words) > 1 and all(v is not None and v.is_integer() and 0 <= v <= 9 for v in singles):
        return "".join(str(int(v or 0)) for v in singles)
    return str(int(value))


def find_numbers(text: str, lang: str) -> list[NumberMatch]:
    """Every figure in ``text``, sorted by start and non-overlapping, with its kind."""
    lx = _lexer(lang)
    low = _lower(text)
    items = _scan(text, low, lx)
    if any(it.kind == "word" for it in items):
        items = _chains(low, items, lx)
        items = _words(low, items, lx)
    items = _phrases(low, items, lx)
    result: list[NumberMatch] = []
    for it in items:
        if it.kind == "word" or it.article or it.bare:
            continue
        kind = it.out if it.kind == "num" else it.kind
        start, value = it.start, it.value
        if (
            start >= 2
            and low[start - 2] in lx.negative_ends
            and kind in ("digits", "words")
            and value
            and value > 0
        ):
            neg = lx.negative_before.search(low, max(0, start - 24), start)
            if (
                neg is not None
                and neg.group("blocked") is None
                and (lx.table.negative_percent or lx.percent_after.match(low, it.end) is None)
            ):
                start, value = neg.start("neg"), -value  # "minus 17.7C"
        result.append(
            NumberMatch(start, it.end, value, it.decimals, kind, it.lower, it.upper, it.scale)
        )
    return result


def parse_number(s: str, lang: str) -> float | None:
    """The value of ``s`` when the whole string (trimmed) is one number, else None."""
    stripped = s.strip()
    if not stripped:
        return None
    lead = len(s) - len(s.lstrip())
    found = find_numbers(s, lang)
    if len(found) != 1:
        return None
    m = found[0]
    if m.start != lead or m.end != lead + len(stripped):
        return None
    if m.kind not in QUANTITY_KINDS and m.kind != "year":
        return None
    return m.value
