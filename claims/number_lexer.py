"""The number lexer of one language: the table's words compiled once into the regular expressions
the scan reads (digits with their separators and suffixes, number words, fractions, ordinals,
vague words, times, names that end in a number)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from claims.lang import raw_table
from claims.number_table import NumberTable, WordRole, load_number_table


def _alt(items: list[str] | set[str], word_end: bool = True) -> str:
    """Alternation of literal phrases, longest first, spaces matching any whitespace run; with
    ``word_end``, a phrase that ends in a letter or digit ends a word. Written as a prefix tree
    ("c(?:ad|hf)" rather than "cad|chf"): the engine follows the letters present instead of
    trying each phrase in turn, and it matches what the flat list (``_flat_alt``) matches."""
    if not items:
        return "(?!)"
    tree: dict[str, dict] = {}
    for item in set(items):
        node = tree
        for atom in _atoms(item):
            node = node.setdefault(atom, {})
        node[""] = {"end": word_end and item[-1].isalnum()}
    if not _distinct(tree):
        return _flat_alt(items, word_end)
    return "(?:" + _emit(tree) + ")"


def _flat_alt(items: list[str] | set[str], word_end: bool = True) -> str:
    """``_alt`` as one branch per phrase, longest first."""
    parts = []
    for item in sorted(set(items), key=lambda s: (-len(s), s)):
        pat = r"\s+".join(re.escape(p) for p in item.split())
        if word_end and item[-1].isalnum():
            pat += r"(?!\w)"
        parts.append(pat)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _atoms(item: str) -> list[str]:
    """A phrase's characters, each run of blanks between its words as one atom " "."""
    return list(" ".join(item.split()))


def _distinct(node: dict[str, dict]) -> bool:
    """No two branches of a node start with letters one pattern may match in any case ("A"
    and "a" under re.I): the tree then tries, at each node, the one branch that may match."""
    seen: set[str] = set()
    for atom, child in node.items():
        if not atom:
            continue
        if {atom, atom.lower(), atom.upper(), atom.casefold()} & seen:
            return False
        seen |= {atom, atom.lower(), atom.upper(), atom.casefold()}
        if not _distinct(child):
            return False
    return True


def _emit(node: dict[str, dict]) -> str:
    """A node's branches, longest phrase first, as the flat list tries them: the branches that
    go on before the phrase that ends here (whose word may have to end)."""
    branches = [
        (r"\s+" if atom == " " else re.escape(atom)) + _emit(child)
        for atom, child in sorted(node.items())
        if atom
    ]
    if "" in node:
        branches.append(r"(?!\w)" if node[""]["end"] else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


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


def roman_value(s: str) -> int:
    total = 0
    for a, b in zip(s, [*s[1:], ""], strict=True):
        v = _ROMAN[a]
        total += -v if b and _ROMAN[b] > v else v
    return total


@dataclass(frozen=True)
class Lexer:
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
    vague_quantifier: re.Pattern[str]
    frac_follower: re.Pattern[str]
    frac_area: re.Pattern[str]
    frac_name_article: re.Pattern[str]
    of_gap: re.Pattern[str]
    currency_before: re.Pattern[str]
    unit_after: re.Pattern[str]
    label_before: re.Pattern[str]
    vessel_before: re.Pattern[str]
    lenient_label_before: re.Pattern[str]
    label_after: re.Pattern[str]
    calendar_before: re.Pattern[str]
    label_range_before: re.Pattern[str]
    spoken_gap: re.Pattern[str]
    next_word: re.Pattern[str]
    negative_before: re.Pattern[str]
    negative_ends: frozenset[str]  # last letters of the negative words: a cheap first check
    percent_after: re.Pattern[str]
    article_unit_after: re.Pattern[str]  # "one per cent", "one dead": the number one


@cache
def lexer_for(lang: str) -> Lexer:
    """Compile the master regex and the small context regexes for one language."""
    t = load_number_table(lang)
    unit_words, codes, sign_codes = _unit_words(t.lang, t.currency_signs)
    signs = _alt([*t.currency_signs, *sign_codes], word_end=False)
    vocab = _vocabulary(t)
    master = _master(t, _number_pattern(t, signs, unit_words), codes, vocab, sign_codes)
    # Roman ordinals are upper case ("XXIe"), so they are matched on the original text.
    roman = re.compile(
        rf"[IVX][IVX]*{_alt(t.roman_ordinal_suffixes)}" if t.roman_ordinal_suffixes else "(?!)"
    )
    roles = _roles(t)
    connectors = _alt(t.connectors)
    ws = r"[^\S\n]"
    followers_word, followers_glued = _worded_and_glued(t.fraction_followers)
    joiners_word, joiners_glued = _worded_and_glued(t.vague_joiners)
    code_alt = _alt(codes, word_end=False)  # "(?!)" when there is none
    return Lexer(
        table=t,
        # "$", "US$", "RM", "CHF " right before the digits: the figure is money, never a year
        currency_before=re.compile(rf"(?:{signs}|(?<![^\W\d_]){code_alt})[^\S\n]?\Z"),
        unit_after=re.compile(
            rf"[^\S\n]*(?:{_alt([*unit_words, *(p.lower() for p in t.percent_words)])})"
        ),
        # "S&P 500", "iPhone 15", "Article 9": a name that holds a number; a name word that
        # ends in a sign may touch its number ("le risque n°4", "No.4")
        label_before=re.compile(rf"(?<![\w&]){_alt(t.name_words)}(?:[^\S\n]+|(?<=[^\w\s]))\Z"),
        vessel_before=_vessel_before(t.vessel_prefixes),
        lenient_label_before=re.compile(rf"(?<![\w'’]){_alt(t.lenient_label_before)}[^\S\n]+\Z"),
        # "les numéros 1520 à 1534": the second number of a named span is a name too
        label_range_before=re.compile(
            rf"(?<![\w&]){_alt(t.name_words)}(?:[^\S\n]+|(?<=[^\w\s]))\d[\d.,]*[^\S\n]*"
            rf"{_alt(t.label_range_joins)}[^\S\n]*\Z"
        ),
        label_after=re.compile(rf"(?:/\d{{1,2}}[^\W\d_]*)?[^\S\n]*{_alt(t.name_after_words)}"),
        # "en semaine 48", "since week 46": the word before the calendar word (group ``det``)
        # tells a week's name from a length ("a week 30 people")
        calendar_before=re.compile(
            rf"(?:(?<![\w'’])(?P<det>[^\W\d_]+)[^\S\n]+)?(?<![\w&]){_alt(t.calendar_number_words)}"
            rf"[^\S\n]+\Z"
        ),
        # "sixty-five point four", "cinquante-neuf virgule huit"
        # "1-point-9 percent", hyphenated as Korean English broadcast copy writes it
        spoken_gap=re.compile(
            rf"(?:{ws}+|{ws}*-{ws}*){_alt(t.spoken_decimal)}(?:{ws}+|{ws}*-{ws}*)"
        ),
        next_word=re.compile(rf"{ws}+([^\W\d_]+)"),
        negative_ends=frozenset(w[-1].lower() for w in t.negative_words),
        percent_after=re.compile(rf"{ws}*{_alt([p.lower() for p in t.percent_words])}"),
        article_unit_after=re.compile(
            rf"{ws}+(?:{_alt([u.lower() for u in t.article_units])}"
            rf"|{_alt([u.lower() for u in t.article_states])}(?![\w'’-]))", re.I
        ),
        negative_before=re.compile(
            # "qu'au moins 300", "d'au moins": an elided head glued to the word does not hide it
            rf"(?:(?<![\w'’])(?:[^\W\d_]+['’])?(?P<blocked>{_alt(t.negative_not_after)}){ws}+)?"
            rf"(?<![\w'’])(?P<neg>{_alt(t.negative_words)}){ws}+\Z"
        ),
        master=master,
        roman=roman,
        roles=roles,
        articles=frozenset(t.articles),
        # A lone article is dropped at once unless a number word, a digit, or a proportion or
        # connector word follows: most "un"/"une" in French text never reach the later passes.
        article_next=_article_next(t, connectors, vocab),
        chain_gap=re.compile(rf"{ws}+|{ws}*-{ws}*|{ws}+{connectors}{ws}+", re.I),
        tight_gap=re.compile(rf"{ws}+|{ws}*-{ws}*"),
        hyphen_gap=re.compile(rf"{ws}*-{ws}*|{ws}"),
        prop_gap=re.compile(rf"{ws}+{_alt(t.proportion_connectors)}{ws}+", re.I),
        # "one and a half", and hyphenated before a noun: "one-and-a-half-percent"
        conn_gap=re.compile(rf"(?:{ws}+|-){connectors}(?:{ws}+|-)", re.I),
        vague_gap=re.compile(
            rf"{ws}+(?:{_alt(joiners_word)}{ws}+|{_alt(joiners_glued, False)}{ws}*)", re.I
        ),
        frac_article=re.compile(rf"(?<![\w'’]){_alt(t.fraction_articles)}(?:{ws}+|-)\Z", re.I),
        scale_article=re.compile(rf"(?<![\w'’]){_alt(t.article_numerators)}{ws}+\Z", re.I),
        vague_article=re.compile(rf"(?<![\w'’]){_alt(t.vague_articles)}{ws}+\Z", re.I),
        vague_quantifier=re.compile(rf"(?<![\w'’]){_alt(t.vague_quantifiers)}{ws}+\Z", re.I),
        of_gap=re.compile(
            rf"{ws}+{_alt(followers_word)}{ws}+|{ws}+{_alt(followers_glued, False)}{ws}*"
        ),
        frac_follower=re.compile(
            rf"{ws}+{_alt(followers_word)}|{ws}*{_alt(followers_glued, False)}"
            rf"|{ws}*(?:[^\w\s]|\Z)",
            re.I,
        ),
        frac_name_article=re.compile(
            rf"(?<![\w'’]){_alt(t.fraction_name_articles)}{ws}+\Z", re.I
        ),
        frac_area=re.compile(rf"{ws}+{_alt(t.fraction_not_before)}", re.I)
        if t.fraction_not_before
        else re.compile("(?!)"),
    )


def _worded_and_glued(words: list[str]) -> tuple[list[str], list[str]]:
    """The words that end with a letter (a blank after them) and the others (glued: "/")."""
    return [w for w in words if w[-1].isalpha()], [w for w in words if not w[-1].isalpha()]


def _vessel_before(prefixes: list[str]) -> re.Pattern[str]:
    """ "MV Lady Mary Joy 3": a vessel's prefix and its capitalised name, before its number."""
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(re.escape(v) for v in prefixes) or '(?!)'})"
        r"(?:[^\S\n]+[A-ZÀ-Þ][\w'’-]*){1,4}[^\S\n]+\Z"
    )


def _article_next(t: NumberTable, connectors: str, vocab: Iterable[str]) -> re.Pattern[str]:
    """What may follow an article that is a number ("un", "one"): a number word or a digit,
    perhaps after a connector, a proportion or spoken-decimal word, or a numerator; or a
    percent word ("up one per cent"), or a toll's state word ("one dead")."""
    ws = r"[^\S\n]"
    return re.compile(
        rf"(?:{ws}+|{ws}*-{ws}*)"
        rf"(?:(?:{connectors}|{_alt(t.proportion_connectors)}|{_alt(t.spoken_decimal)})"
        rf"(?:{ws}+|-))?"
        rf"(?:{_alt(t.article_numerators)}(?:{ws}+|-))?"
        rf"(?:\d|{_trie({v.lower() for v in vocab})}"
        rf"|(?<={ws})(?:{_alt([u.lower() for u in t.article_units])})"
        rf"|(?<={ws})(?:{_alt([u.lower() for u in t.article_states])})(?![\w'’-]))"
    )


def _number_pattern(t: NumberTable, signs: str, unit_words: list[str]) -> str:
    """A figure in digits (grouped, with decimals, a fraction after it) and what may follow
    it: a scale word, a glued scale or currency letter, a unit glued to the digits."""
    sep = _char_class(t.group)
    dec = _char_class(t.decimal)
    lenient = _char_class(t.lenient_decimal)
    scale_words = _alt(list(t.scales))
    suffixes = _alt(list(t.scale_suffixes))
    csuffixes = _alt(list(t.currency_suffixes))
    csuffixes_open = _alt(list(t.currency_suffixes), word_end=False)
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
    # "2½", "2 ½", and where the table allows it "3 1/2": a fraction after the whole number
    vulgar = _char_class(list(t.vulgar_fractions))
    after_whole = rf"[^\S\n]?(?P<vf>{vulgar})"
    if t.mixed_fractions:
        after_whole += r"|[^\S\n]+(?P<ma>\d)/(?P<mb>\d{1,2})(?![\w/])"
    # After the digits: a scale word ("2 milliards"), a glued scale ("2bn"), a scale letter
    # before a currency sign ("3,5Md€", "12 M€") or after one ("$3.1b", checked in scan_items), a
    # unit glued to the digits ("512GB", "40mph": the figure reader reads it), or a word end.
    num = (
        rf"(?P<num>(?P<sign>[-−–](?=\d))?{core}(?:{after_whole})?"
        rf"(?:[^\S\n]+(?P<scale>{scale_words})(?:[^\S\n]+(?P<scale2>{scale_words}))?"
        rf"|(?P<suf>{suffixes})|(?P<tsuf>{_alt(t.times_suffixes)})"
        rf"|[^\S\n]?(?P<csuf>{csuffixes_open})(?=[^\S\n]?{signs})"
        rf"|(?P<csuf2>{csuffixes})|(?={_alt([*unit_words, *glued_percent])})|(?!\w)))"
    )
    return num


def _time_pattern(t: NumberTable) -> str:
    """A time of day ("14:30", "14 h 30", "2pm"), read so it is never a figure."""
    hour = r"(?:[01]?\d|2[0-3])"
    time_parts = [rf"{hour}:[0-5]\d(?::[0-5]\d)?(?![\w:])"]
    if t.time_hour_marks:
        marks = _alt(t.time_hour_marks, word_end=False)
        time_parts.append(rf"{hour}[^\S\n]?{marks}(?:[^\S\n]?[0-5]\d)?(?!\w)")
    if t.time_suffixes:
        sfx = _alt(t.time_suffixes, word_end=False)
        # "6:40 a.m.", and British "6.40 a.m.", "7.40pm": the suffix makes the dot a clock's
        time_parts.append(rf"(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?[^\S\n]?{sfx}(?![\w])")
    return r"(?P<time>(?<![\w:.,])(?:" + "|".join(time_parts) + "))"


def _master(
    t: NumberTable, num: str, codes: list[str], vocab: set[str], sign_codes: list[str]
) -> re.Pattern[str]:
    """The one pattern the scan runs over a text: a figure led by a digit (a date, a phone
    number, a time, an ordinal, a slash fraction, a number), a percent word, a number word or a
    lone vulgar fraction, each after a non-word character."""
    vulgar = _char_class(list(t.vulgar_fractions))
    date = (
        r"(?P<date>(?<![\w/.\-])(?:\d{4}-\d{1,2}-\d{1,2}"
        r"|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4})(?![\w/]|[.\-]\d))"
    )
    phone = (
        r"(?P<phone>(?<![\w+])(?:\+\d{1,3}(?:[ .\-]?\(0\))?[ .\-]?\d{1,4}(?:[ .\-]\d{2,4}){2,5}"
        r"|0\d(?:[ .\-]?\d{2}){4}|(?:1[\-. ]?)?\(\d{3}\)\s?\d{3}[\-. ]\d{4}"
        r"|(?:1-)?\d{3}-\d{3}-\d{4}|(?:1\.)?\d{3}\.\d{3}\.\d{4})(?![\w\-]|\.\d))"
    )
    time = _time_pattern(t)
    ordinal = rf"(?P<ord>(?<!\w)\d+{_alt(t.ordinal_suffixes)})"
    slash = r"(?P<slash>(?<![\w/])(?P<sa>\d{1,2})/(?P<sb>\d{1,2})(?![\w/]))"
    pct = rf"(?P<pct>{_alt([p for p in t.percent_words if p[0].isalpha()])})"
    word = rf"(?P<word>{_trie({v.lower() for v in vocab})})"
    # Every figure starts after a non-word character; matching that character first lets the
    # engine skip the rest of the text in C. The text is scanned lower-cased, after a space.
    digit_led = "|".join([date, phone, time, ordinal, slash, num])
    lone_vulgar = rf"(?P<vulgar>{vulgar})(?!\w)"
    first = "".join(sorted({re.escape(v[0].lower()) for v in vocab | set(t.percent_words)}))
    # A currency code may be glued before the digits ("USD12m", "RM18.40"), or after the sign
    # it names ("$US2.1 billion", "$A300m": Australian copy).
    glued = [_alt(codes, word_end=False)] if codes else []
    glued += [rf"(?<={re.escape(c[0])}){re.escape(c[1:])}" for c in sign_codes]
    cpre = rf"(?:(?:{'|'.join(glued)})(?=\d))?" if glued else ""
    vchars = "".join(re.escape(c) for c in t.vulgar_fractions)
    return re.compile(
        rf"[^\w]{cpre}(?=[\d+(\-−–{first}{vchars}])"
        rf"(?:(?=[\d+(\-−–])(?:{digit_led})|{pct}|{word}|{lone_vulgar})"
    )


def _vocabulary(t: NumberTable) -> set[str]:
    """Every word the table lists as part of a number."""
    return (
        set(t.words)
        | set(t.scales)
        | set(t.fractions)
        | set(t.fraction_ordinals)
        | set(t.ordinal_words)
        | set(t.multipliers)
        | set(t.times_words)
        | set(t.vague)
    )


def _roles(t: NumberTable) -> dict[str, frozenset[WordRole]]:
    """What each vocabulary word does, from the table lists it comes from."""
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
    return {k: frozenset(v) for k, v in roles.items()}


def _unit_words(lang: str, signs: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The language's unit words (measures and currencies, from ``[extraction.units]``), the
    currency codes that may be glued before digits ("USD12m", "RM18.40"), and the signs
    followed by a code that names them ("$US", "$A"), lower-cased."""
    units = raw_table(lang).get("extraction", {}).get("units", {})
    money = [str(k) for k in units.get("money", {})]
    glued = [
        *units.get("measures", {}),
        *units.get("symbols", {}),
        *units.get("glued_money", {}),  # "438.6p"
        *units.get("duration", {}),
        *units.get("basis_points", []),  # "40bp", "25bps"
        *units.get("percentage_points", []),  # "0.3pp", "2ppt"
    ]
    words = [str(k).lower() for k in [*glued, *money]]
    codes = [k.lower() for k in money if k[-1].isalpha() and k[:1].isupper()]
    sign_codes = [k.lower() for k in money if k[:1] in signs and k[1:].isalpha()]
    return words, codes, sign_codes
