"""Number words that take the number before them, and phrases of several items: fractions,
ordinals, "times" and vague words, proportions ("un sur cinq"), mixed numbers ("trois millions
et demi") and compound vague ranges ("des dizaines de milliers") joined. Runs of number words
are valued before (``claims.number_runs``)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from claims.number_items import Item, scaled
from claims.number_lexer import Lexer
from claims.number_runs import full_match, parse_run
from claims.number_table import WordRole


def _is_int(v: float | None) -> bool:
    return v is not None and float(v).is_integer()


def _unit_of(lower: float) -> float:
    return 10.0 ** math.floor(math.log10(lower)) if lower > 0 else 1.0


def value_word_runs(text: str, items: list[Item], lx: Lexer) -> list[Item]:
    """Pass 2: fraction, ordinal, times and vague words take the number before them."""
    out: list[Item] = []
    for it in items:
        if it.kind != "word":
            out.append(it)
            continue
        num = _number_before(it, out, text, lx)
        word = _Word(it, _roles_here(it, num, text, lx), num)
        if WordRole.fraction in word.roles and lx.frac_area.match(text, it.end):
            continue  # "la moitié nord": a part of a map, not a share
        for read in _WORD_READERS:
            if read(word, out, text, lx):
                break
    return out


def _number_before(it: Item, out: list[Item], text: str, lx: Lexer) -> Item | None:
    """The number read right before a word, joined to it by a tight gap; None when none."""
    prev = out[-1] if out else None
    if prev is None or prev.kind != "num":
        return None
    return prev if full_match(lx.tight_gap, text, prev.end, it.start) else None


@dataclass(frozen=True, slots=True)
class _Word:
    """A vocabulary word being valued: its roles here, and the number right before it."""

    it: Item
    roles: frozenset[WordRole]
    num: Item | None


def _roles_here(
    it: Item, num: Item | None, text: str, lx: Lexer
) -> frozenset[WordRole]:
    """The word's roles, less ``fraction`` where a word both fraction and ordinal is the
    ordinal: "a third of" is a fraction, "a third time" an ordinal."""
    roles = it.roles
    if (
        WordRole.fraction in roles
        and WordRole.ordinal in roles
        and (num is None or num.article)
    ):
        hyphen = num is not None and "-" in text[num.end : it.start]
        if not hyphen and lx.frac_follower.match(text, it.end) is None:
            roles = roles - {WordRole.fraction}
    return roles


def _fraction(word: _Word, out: list[Item], text: str, lx: Lexer) -> bool:
    """ "trois quarts", "a half": a fraction word, over the number before it or alone."""
    if WordRole.fraction not in word.roles:
        return False
    t, it, num, w = lx.table, word.it, word.num, word.it.word
    den = t.fractions[w]
    if _a_whole_count(num):
        out[-1] = Item(
            "fraction", num.start, it.end, (num.value or 0) / den, 0, "fraction"
        )
        return True
    art = lx.frac_article.search(text, max(0, it.start - 12), it.start)
    if art is None and _names_a_part_of_year(it, text, lx):
        return True  # "in the half", "for the half to September": a fiscal half, no share
    start = art.start() if art else it.start
    out.append(
        Item(
            "fraction",
            start,
            it.end,
            1 / den,
            0,
            "fraction",
            bare=not art and w not in t.bare_fractions,
        )
    )
    return True


def _a_whole_count(num: Item | None) -> bool:
    """A whole number above zero before a fraction word: what it counts ("trois quarts")."""
    return num is not None and _is_int(num.value) and (num.value or 0) > 0


def _names_a_part_of_year(it: Item, text: str, lx: Lexer) -> bool:
    """ "ran at 74% of capacity in the half": a fraction word after a definite article and not
    before "of" names a part of the year ("the half of the budget" is a share)."""
    if lx.frac_name_article.search(text, max(0, it.start - 12), it.start) is None:
        return False
    return lx.of_gap.match(text, it.end) is None


def _article_fraction_ordinal(word: _Word, out: list[Item], text: str, lx: Lexer) -> bool:
    """ "a fifth of the votes": an ordinal after an article and before "of" is a fraction."""
    it = word.it
    if not (
        WordRole.fraction_ordinal in word.roles
        and word.num is None
        and lx.frac_follower.match(text, it.end)
    ):
        return False
    art = lx.frac_article.search(text, max(0, it.start - 12), it.start)
    if not art:
        return False
    out.append(
        Item(
            "fraction", art.start(), it.end, 1 / lx.table.fraction_ordinals[it.word], 0,
            "fraction",
        )
    )
    return True


def _counted_fraction_ordinal(word: _Word, out: list[Item], text: str, lx: Lexer) -> bool:
    """ "two fifths", "un cinquième de": an ordinal after a whole number is a fraction."""
    t, it, num, w = lx.table, word.it, word.num, word.it.word
    if WordRole.fraction_ordinal not in word.roles or num is None or not _is_int(num.value):
        return False
    if not num.value or not _counts_parts(w, num, text, it.end, lx):
        return False
    out[-1] = Item(
        "fraction", num.start, it.end, num.value / t.fraction_ordinals[w], 0, "fraction"
    )
    return True


def _counts_parts(w: str, num: Item, text: str, end: int, lx: Lexer) -> bool:
    """An ordinal after a number counts parts: a plural ordinal after more than one ("two
    fifths"), or a singular one after one and before "of" ("un cinquième de")."""
    plural = w not in lx.table.ordinal_words
    one = num.article or num.value == 1
    if plural:
        return not one
    return one and lx.frac_follower.match(text, end) is not None


def _ordinal(word: _Word, out: list[Item], text: str, lx: Lexer) -> bool:
    """ "troisième", and "vingt-troisième" joined to the number word before it."""
    if WordRole.ordinal not in word.roles:
        return False
    t, it, num, w = lx.table, word.it, word.num, word.it.word
    if (
        num is not None
        and num.out == "words"
        and not num.article
        and full_match(lx.hyphen_gap, text, num.end, it.start)
    ):
        # "vingt-troisième", "twenty-first"
        out[-1] = Item(
            "ordinal",
            num.start,
            it.end,
            (num.value or 0) + t.ordinal_words[w],
            0,
            "ordinal",
        )
    else:
        out.append(
            Item("ordinal", it.start, it.end, float(t.ordinal_words[w]), 0, "ordinal")
        )
    return True


def _times(word: _Word, out: list[Item], text: str, lx: Lexer) -> bool:
    """ "trois fois", "four times": the number before is a factor."""
    if WordRole.times not in word.roles:
        return False
    num = word.num
    if num is not None and not num.article:
        out[-1] = Item(
            "multiplier", num.start, word.it.end, num.value, num.decimals, "multiplier"
        )
    return True


def _multiplier(word: _Word, out: list[Item], text: str, lx: Lexer) -> bool:
    """ "doubled", "tripler": a word that states a factor."""
    if WordRole.multiplier not in word.roles:
        return False
    it = word.it
    out.append(Item("multiplier", it.start, it.end, lx.table.multipliers[it.word], 0, "multiplier"))
    return True


def _vague(word: _Word, out: list[Item], text: str, lx: Lexer) -> bool:
    """ "des centaines", "deux centaines", "dozens": a rough quantity."""
    if WordRole.vague not in word.roles:
        return False
    it, num = word.it, word.num
    vw = lx.table.vague[it.word]
    if num is not None and _is_int(num.value) and (num.value or 0) > 0:
        n_ = num.value or 0
        if vw.value is not None:  # "deux centaines" ~ "une centaine" x 2
            base, width = vw.value, vw.upper - vw.lower
        else:
            base = _unit_of(vw.lower)
            width = base - 1
        out[-1] = Item(
            "vague",
            num.start,
            it.end,
            n_ * base,
            0,
            "vague",
            lower=n_ * base,
            upper=n_ * base + width,
        )
        return True
    if vw.value is not None:
        return True  # "en quarantaine": an "-aine" word needs un/une or a number
    art = lx.vague_article.search(text, max(0, it.start - 12), it.start)
    start = art.start() if art else it.start
    out.append(
        Item("vague", start, it.end, None, 0, "vague", lower=vw.lower, upper=vw.upper)
    )
    return True


# The readers of a vocabulary word, in order; the first that values it ends its reading, and
# a word none of them values is dropped.
_WORD_READERS = (
    _fraction,
    _article_fraction_ordinal,
    _counted_fraction_ordinal,
    _ordinal,
    _times,
    _multiplier,
    _vague,
)


def join_phrases(text: str, items: list[Item], lx: Lexer) -> list[Item]:
    """Pass 3: proportions, mixed numbers and compound vague ranges."""
    out: list[Item] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is None:
            out.append(it)
            continue
        for join in _JOINERS:
            joined = join(text, prev, it, lx)
            if joined is not None:
                out[-1] = joined
                break
        else:
            out.append(it)
    return out


def _proportion(text: str, prev: Item, it: Item, lx: Lexer) -> Item | None:
    """ "un sur cinq", "three in ten": a whole number over a larger one."""
    if (
        _whole_numbers(prev, it)
        and 0 < (prev.value or 0) <= (it.value or 0)
        and not it.article
        and full_match(lx.prop_gap, text, prev.end, it.start)
    ):
        return Item(
            "proportion",
            prev.start,
            it.end,
            (prev.value or 0) / (it.value or 1),
            0,
            "proportion",
        )
    return None


def _whole_numbers(*items: Item) -> bool:
    """Numbers, each whole."""
    return all(x.kind == "num" and _is_int(x.value) for x in items)


def _and_a_fraction(text: str, prev: Item, it: Item, lx: Lexer) -> Item | None:
    """ "trois millions et demi" is 3.5 million, "cent et trois quarts" 100.75."""
    if (
        prev.kind == "num"
        and it.kind == "fraction"
        and (it.value or 0) < 1
        and full_match(lx.conn_gap, text, prev.end, it.start)
    ):
        scale = prev.scale if prev.scale >= 1000 else 1.0
        value = (prev.value or 0) + (it.value or 0) * scale
        return Item("num", prev.start, it.end, value, prev.decimals, prev.out)
    return None


def _hyphenated_digits(text: str, prev: Item, it: Item) -> bool:
    """ "a $750-million bond", "a 2-billion-year-old rock": whole digits hyphenated to a scale
    word, as Canadian and Californian copy writes amounts used as modifiers."""
    return prev.out == "digits" and prev.scale == 1.0 and text[prev.end : it.start] == "-"


def _part_of_a_scale(text: str, prev: Item, it: Item, lx: Lexer) -> Item | None:
    """ "half a million", "un demi-million", "two thirds of a million", "half a dozen"."""
    if (
        prev.kind in ("fraction", "num")
        and (not _is_int(prev.value) or _hyphenated_digits(text, prev, it))
        and _a_scale_word(it)
        and _whole_part_of(prev, it)
        and _scale_gap(text, prev, it, lx)
    ):
        return Item("num", prev.start, it.end, scaled(prev.value or 0, it.value or 0), 0, "words")
    return None


def _a_scale_word(it: Item) -> bool:
    """A scale word alone ("million", "dozen"): its value is its scale."""
    return it.kind == "num" and it.out == "words" and it.value == it.scale


def _whole_part_of(prev: Item, it: Item) -> bool:
    """A part of a thousand or more ("half a million"), or a whole number of a smaller scale
    ("half a dozen" is six)."""
    return it.scale >= 1000 or _is_int((prev.value or 0) * it.scale)


def _scale_gap(text: str, prev: Item, it: Item, lx: Lexer) -> bool:
    """Nothing but a tight gap or "of a" between a part and its scale ("half a million")."""
    return (
        full_match(lx.tight_gap, text, prev.end, it.start)
        or full_match(lx.of_gap, text, prev.end, it.start)
    )


def _vague_of_vague(text: str, prev: Item, it: Item, lx: Lexer) -> Item | None:
    """ "des dizaines de milliers": a vague range of a vague unit."""
    if (
        prev.kind == "vague"
        and it.kind == "vague"
        and it.value is None
        and prev.lower is not None
        and prev.upper is not None
        and it.lower is not None
        and full_match(lx.vague_gap, text, prev.end, it.start)
    ):
        unit = _unit_of(it.lower)
        value = prev.value * unit if prev.value is not None else None
        return Item(
            "vague",
            prev.start,
            it.end,
            value,
            0,
            "vague",
            lower=prev.lower * unit,
            upper=(prev.upper + 1) * unit - 1,
        )
    return None


def _spoken_decimal(text: str, prev: Item, it: Item, lx: Lexer) -> Item | None:
    """ "sixty-five point four", "59 point 8", "cinquante-neuf virgule huit", "one point five
    million": the whole part, the spoken separator, then digits one word or one group at a
    time; a scale word closing the digits scales the whole figure."""
    if not _continues_spoken(text, prev, it, lx):
        return None
    scale = it.scale if it.out == "words" and it.scale > 1 and not prev.spoken else 1.0
    digits = _decimal_digits(text, it, scale, lx)
    if digits is None:
        return None
    decimals = prev.decimals + len(digits)
    value = scaled(_with_decimals(prev, digits), scale)
    if scale > 1:  # "one point five million": nothing more is spoken after the scale
        return Item("num", prev.start, it.end, value, decimals, "words", scale=scale)
    return Item("num", prev.start, it.end, value, decimals, prev.out, spoken=True)


def _continues_spoken(text: str, prev: Item, it: Item, lx: Lexer) -> bool:
    """``it``, a whole number, goes on ``prev``: as its first decimals after a spoken
    separator, or as one more spoken digit."""
    if prev.kind != "num" or it.kind != "num" or it.article or not _is_int(it.value):
        return False
    if prev.spoken:
        return _one_more_digit(text, prev, it, lx)
    return (
        _is_int(prev.value)
        and prev.scale <= 100  # "two hundred point zero three", not "two million point"
        and full_match(lx.spoken_gap, text, prev.end, it.start)
    )


def _one_more_digit(text: str, prev: Item, it: Item, lx: Lexer) -> bool:
    """One digit word right after the spoken decimals so far ("... point zero three")."""
    return (
        it.out == "words"
        and (it.value or 0) <= 9
        and full_match(lx.tight_gap, text, prev.end, it.start)
        and "-" not in text[prev.end : it.start]
    )


def _decimal_digits(text: str, it: Item, scale: float, lx: Lexer) -> str | None:
    """The digits ``it`` adds after the point: spoken ("zero three") or written ("8")."""
    if it.out == "words":
        return _spoken_digits(text[it.start : it.end], (it.value or 0) / scale, lx)
    digits = text[it.start : it.end]
    return digits if digits.isdigit() else None


def _with_decimals(prev: Item, digits: str) -> float:
    """``prev``'s value with ``digits`` written after its decimals."""
    whole = int(prev.value or 0)
    frac = f"{round(((prev.value or 0) - whole) * 10**prev.decimals):0{prev.decimals}d}"
    return float(f"{whole}.{frac if prev.decimals else ''}{digits}")


_BLANKS = re.compile(r"[^\S\n]+")


def _spoken_digits(run: str, value: float, lx: Lexer) -> str | None:
    """The digits a spoken run stands for: "zero three" is 03 (each word a digit), "seventy-one"
    71; a run that ends with a scale word gives the digits before it ("five million": 5)."""
    if not float(value).is_integer():
        return None
    words = [w for w in _BLANKS.split(run.strip()) if w]
    singles = [parse_run(lx.table.lang, (w,), ()) for w in words]
    if len(words) > 1 and all(_a_digit(v) for v in singles):
        return "".join(str(int(v or 0)) for v in singles)
    return str(int(value))


def _a_digit(value: float | None) -> bool:
    return value is not None and value.is_integer() and 0 <= value <= 9


# Joiners of an item with the one before it, tried in order; the first that joins them wins.
_JOINERS = (_spoken_decimal, _proportion, _and_a_fraction, _part_of_a_scale, _vague_of_vague)
