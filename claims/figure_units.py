"""What a figure is worth: the unit written with it (percent, points, money before or after,
measures, compound measures, weights that share a money word, prices per unit) and the
qualifier before or after it ("about", "more than", "or more")."""

from __future__ import annotations

import re

from claims.figure_model import DURATIONS, Figure, text_before
from claims.lang import ExtractionTable
from claims.models import Approx, Direction, Role
from claims.numbers import find_numbers


def unit_at(text: str, pos: int, table: ExtractionTable) -> tuple[str, int] | None:
    """The unit written right after ``pos`` (percent, measure or currency) as our unit name,
    and where its word ends; None when no unit word is there."""
    after = text[pos : pos + 40]
    if m := table.percent_re.match(after):
        return "percent", pos + m.end()
    if m := table.measure_after_re.match(after):
        word = m.group()[m.end("link") if m.group("link") else 0 :]
        word = re.sub(r"[\s\u00a0\u202f]+", " ", word.lstrip(" -\u00a0\u202f")).lower()
        return table.measure_names.get(word.replace("’", "'"), "other"), pos + m.end()
    if m := table.glued_money_re.match(after):
        return table.units.glued_money[m.group()], pos + m.end()
    if m := table.symbol_after_re.match(after):
        return table.units.symbols[m.group().strip()], pos + m.end()
    if m := table.money_after_re.match(after):
        word = m.group()[m.end("link") if m.group("link") else 0 :].strip().lstrip("-")
        return money_code(word, table), pos + m.end()
    return None


_LEADS_TO = 8
"""A figure this close after a bound written after a figure is what the bound's words lead to
("50 employees or more than €10m", "above one quarter and below a half")."""

_NOT_LEADING_KINDS = frozenset({"multiplier"})
"""What the words of a bound do not lead to: a verb like "doublées", "twice" (a multiplier)."""

_DIGIT_SOON = re.compile(r"[\s\u00a0\u202f]*(?:[^\W\d_]{1,5}[\s\u00a0\u202f]+)?\d")


def _apply_qualifier_after(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "50 or more", "65 and over", "500 ou moins": a bound written after the figure (not
    "5000 or less than 6000", where the words lead to another figure)."""
    m = table.qualifier_after_re.match(text[f.end : f.end + 30])
    bound: int | str = 0
    if m is None and f.unit == "count":
        # "gatherings of 10 people or fewer": the bound after the counted noun; the surface
        # stays the figure, so that the noun is still read as what it counts
        m = table.qualifier_after_noun_re.match(text[f.end : f.end + 40])
        bound = "bound"
    if m is None or _DIGIT_SOON.match(text, f.end + m.end()):
        return False
    if table.qualifier_idiom_re.match(text, f.end + m.end()):
        return False  # "45 000 au plus fort de la tempête": an idiom, no bound
    ahead = f.end + m.end()
    if any(
        n.start <= _LEADS_TO and n.kind not in _NOT_LEADING_KINDS
        for n in find_numbers(text[ahead : ahead + 30], table.code)
    ):
        return False  # "above one quarter and below a half": the words lead to a figure
    phrase = re.sub(r"[\s\u00a0\u202f]+", " ", m.group(bound).strip().lower())
    f.approx = Approx(table.qualifiers_after_folded[phrase])
    if bound == 0:
        f.end += m.end()
    return True


def apply_qualifier(f: Figure, text: str, table: ExtractionTable) -> None:
    if f.approx == Approx.range:
        return
    _a_fraction_word_is_round(f, text, table)
    if f.kind == "vague":
        _qualify_vague(f, text, table)
        return
    if _apply_qualifier_after(f, text, table):
        return
    found = _qualifier_before(f, text, table)
    if found is None:
        return
    before, match, phrase = found
    approx = _approx_of(phrase, table)
    if approx is None or _no_bound(f, phrase, before, match.start(), table):
        return
    if phrase in table.mark_verbs and not _a_mark_passed(f, text, table):
        return
    f.approx = Approx(approx)
    if phrase in table.hedges_folded:
        f.hedge = match.group().strip()  # a hedge verb is kept aside, not in the surface
        return
    f.start = f.start - len(before) + match.start()


def _a_fraction_word_is_round(f: Figure, text: str, table: ExtractionTable) -> None:
    """ "half of the residents", "un tiers des victimes": a share of something said in a
    fraction word is a round figure, about its value (the development sets' gold reads "la
    moitié", "about a third", "절반" about), unless a qualifier bounds it ("more than half"). A
    share in digits ("1/3") is written as exact as the writer meant, and so is a fraction alone
    ("exactly one sixth", "five eighths")."""
    if f.kind != "fraction" or f.unit != "percent" or f.approx is not Approx.exact:
        return
    if any(c.isdigit() for c in text[f.start : f.end]):
        return
    if table.share_of_after_re.match(text[f.end : f.end + 8]):
        f.approx = Approx.about


def _approx_of(phrase: str, table: ExtractionTable) -> str | None:
    """What a qualifier phrase makes of the figure after it: a bound ("more than": more_than) or
    a hedge ("about", "some"), as the table writes the phrase or folds it."""
    return (table.qualifiers.get(phrase) or table.hedges.get(phrase)
            or table.qualifiers_hedges_folded.get(phrase))


def _qualifier_before(
    f: Figure, text: str, table: ExtractionTable
) -> tuple[str, re.Match[str], str] | None:
    """The text before a figure, the qualifier found there and its phrase as the table
    writes it (lower case, single blanks, straight apostrophes); None when there is none."""
    before = text_before(text, f.start, 40)
    match = table.qualifier_re.search(before)
    if not match:
        return None
    phrase = re.sub(r"[\s\u00a0\u202f]+", " ", match.group().strip().lower()).replace("’", "'")
    return before, match, phrase


def _no_bound(f: Figure, phrase: str, before: str, at: int, table: ExtractionTable) -> bool:
    """A qualifier word that bounds nothing here: "over 30 years" is during, not more than;
    "edged up to 3.9%" the level reached."""
    if f.unit in DURATIONS and phrase in table.duration_prepositions:
        return True
    return table.qualifier_particle_verb_re.search(before, max(0, at - 20), at) is not None


_MARK_END = re.compile(r"[\s\u00a0\u202f]*(?:$|[,;:.!?)—–-]|([^\W\d_]+))")


def _a_mark_passed(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "Cholera cases pass 9,000 as rains ...", "death toll passes 120 in the north": a
    verb of passing a mark bounds the figure only when nothing it counts follows it (the
    sentence ends, or a link or a preposition comes next); "Senate passes $1.2 trillion
    infrastructure bill" passes a bill of that size."""
    m = _MARK_END.match(text, f.end)
    return m is not None and (m.group(1) is None or m.group(1).lower() in table.mark_links)


def _qualify_vague(f: Figure, text: str, table: ExtractionTable) -> None:
    """ "plus d'une centaine" is more than 100, "près d'un millier" about 1,000: a qualifier
    before a rough number with a value makes the value the figure, bounded or hedged. Alone,
    a rough number with a value ("une vingtaine", "deux centaines") is about that value and
    keeps its span; one without ("des centaines", "dozens") is vague."""
    f.approx = Approx.vague
    if f.value is None:
        return
    found = _qualifier_before(f, text, table)
    approx = None if found is None else table.qualifiers_folded.get(found[2])
    if found is None or approx is None:
        f.approx = Approx.about
        return
    before, match, _ = found
    f.approx, f.lower, f.upper = Approx(approx), None, None
    f.kind = "words"
    f.start = f.start - len(before) + match.start()


def _fraction_unit(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "1/4 inch", "½ cup", "a half-inch of rain", "half a mile": a fraction of a unit of
    measure is that many units, not a share."""
    unit = unit_at(text, f.end, table)
    end_link = f.end
    if unit is None and (link := table.fraction_unit_link_re.match(text, f.end)):
        end_link = link.end()
        unit = unit_at(text, end_link, table)
    if unit is None and (end := _quarter_points_end(f, text, end_link, table)) is not None:
        f.unit, f.end, f.kind = "percentage_point", end, "digits"
        return True
    if unit is None or unit[0] in ("percent", "other") or unit_kind_is_money(unit[0], table):
        return False
    f.unit, f.end = unit
    f.kind = "digits"
    return True


def _quarter_points_end(f: Figure, text: str, pos: int, table: ExtractionTable) -> int | None:
    """ "raised rates by a quarter point", "half a percentage point", "un demi-point": a
    change of a rate in quarters of a point (never "a third point", an ordinal there); where
    the point word ends."""
    if f.value is None or not (f.value * 4).is_integer():
        return None
    hyphen = 1 if text.startswith("-", pos) else 0
    after = text[pos + hyphen : pos + hyphen + 30]
    m = table.points_re.match(after) or table.bare_points_re.match(after)
    return None if m is None else pos + hyphen + m.end()


def unit_kind_is_money(unit: str, table: ExtractionTable) -> bool:
    return unit in table.money_units


def _weight_of_money_word(
    f: Figure, word: str, end: int, text: str, table: ExtractionTable
) -> str | None:
    """ "150 pounds of cocaine", "weighed 200 pounds": the pint unit when a money word weighs."""
    unit = table.units.weights.words.get(word.lower())
    if unit is None or f.scale != 1.0:
        return None  # "20 million pounds" is money
    if table.weight_after_re.match(text, end) or table.weight_before_re.search(
        text_before(text, f.start, 40)
    ):
        return unit
    return None


_SIGN_OF_NEXT = re.compile(r"[\s\u00a0\u202f]*[^\w\s][\s\u00a0\u202f]*(?=\d)")
"""A currency sign right before the next figure ("$20.00 $37.05"): that figure's, when the
figure before has a sign of its own."""


def apply_unit(f: Figure, text: str, table: ExtractionTable) -> None:
    """Percent, measure, duration, money or count; fractions and proportions become percents."""
    after = text[f.end : f.end + 40]
    for reads in (_unit_of_kind, _percent_or_points, _money_unit):
        if reads(f, text, after, table):
            return
    if (unit := unit_at(text, f.end, table)) is not None:
        f.unit, f.end = unit  # a measure: "8km", "40 mph", "12'800 hectares"
        head, sep, per = f.unit.partition(" per ")
        if sep:  # "1.2 million bpd": a rate, as "barrels a day" is
            f.unit, f.per = head, per
        return
    if _degrees(f, text, after, table):
        return
    if m := table.duration_re.match(after):
        word = m.group().strip().lower()
        f.unit, f.end = table.units.duration.get(word, "year"), f.end + m.end()


def _unit_of_kind(f: Figure, text: str, after: str, table: ExtractionTable) -> bool:
    """A fraction or a proportion is a percent (or a fraction of a unit: "half an inch"), a
    multiplier a ratio."""
    if f.kind == "fraction" and _fraction_unit(f, text, table):
        return True
    if f.kind in ("fraction", "proportion"):
        f.unit = "percent"
        f.value = None if f.value is None else round(f.value * 100, 6)
        return True
    if f.kind == "multiplier":
        f.unit, f.role = "ratio", Role.ratio
        return True
    return False


def _percent_or_points(f: Figure, text: str, after: str, table: ExtractionTable) -> bool:
    """Percent, basis points (hundredths of a point), percentage points, or a weight
    hyphenated to the figure ("a 2,000-pound bomb")."""
    if (m := table.percent_re.match(after)) is None and _factor_after_verb(f, text, table):
        return True
    if m is not None:
        f.unit, f.end = "percent", f.end + m.end()
        return True
    if _points_unit(f, after, table):
        return True
    if m := table.weight_hyphen_re.match(after):
        f.unit, f.end = table.units.weights.words[m.group("word").lower()], f.end + m.end()
        return True
    return False


def _points_unit(f: Figure, after: str, table: ExtractionTable) -> bool:
    """Basis points (hundredths of a point) and percentage points: a change of a rate."""
    if m := table.basis_points_re.match(after):
        # "raised rates by 25 basis points": 0.25 percentage point, as "a quarter point" is
        f.unit, f.end = "percentage_point", f.end + m.end()
        f.value, f.lower, f.upper = (
            None if v is None else round(v / 100, 8) for v in (f.value, f.lower, f.upper)
        )
        f.decimals += 2
        return True
    if m := table.points_re.match(after):
        # "up 0.3 percentage points": a change of a rate, never a share
        f.unit, f.end = "percentage_point", f.end + m.end()
        return True
    if (
        f.decimals
        and (m := table.bare_points_re.match(after))
        and not table.tally_points_re.match(after, m.end())
    ):
        # "en hausse de 0,1 point": a change of a rate; index points ("7 250 points") are
        # whole numbers and stay counts (see apply_direction for "fell by 3 points"), and so
        # do a player's ("27.4 points a game", "18.5 points and 9.1 rebounds").
        f.unit, f.end = "percentage_point", f.end + m.end()
        return True
    return False


def _money_unit(f: Figure, text: str, after: str, table: ExtractionTable) -> bool:
    """A currency after the figure (or a weight sharing a money word: "150 pounds of"), else
    a sign or code before it."""
    sign_before = table.money_before_re.search(text_before(text, f.start, 6))
    if (m := table.money_after_re.match(after)) and not (
        sign_before and _SIGN_OF_NEXT.match(after)
    ):
        word = m.group()[m.end("link") if m.group("link") else 0 :].strip().lstrip("-")
        weight = _weight_of_money_word(f, word, f.end + m.end(), text, table)
        f.unit, f.end = weight or money_code(word, table), f.end + m.end()
        return True
    if m := sign_before:
        _money_before(f, m, text, table)
        return True
    return False


def _money_before(f: Figure, m: re.Match[str], text: str, table: ExtractionTable) -> None:
    """A currency sign or code before the figure, which the figure's span takes in."""
    f.unit = money_code(m.group().strip(), table)
    f.start -= len(text_before(text, f.start, 6)) - m.start()
    if f.start > 0 and text[f.start - 1].isalpha() and not m.group()[0].isalpha():
        # "CAD$15", "nzd$ 15": the currency code glued before the sign names the dollar;
        # "XY$12": a dollar of a country the table does not know, not USD
        f.unit = "money"
        code = _GLUED_CODE.search(text, max(0, f.start - 4), f.start)
        if code is not None and code.group(1).upper() in table.money_codes_folded.values():
            f.unit, f.start = code.group(1).upper(), code.start()


def _degrees(f: Figure, text: str, after: str, table: ExtractionTable) -> bool:
    """ "104 degrees (40 C)": the other scale than its conversion's; "turned 180 degrees": an
    angle; other bare degrees stay unread (a temperature of an unsaid scale)."""
    if (m := table.degrees_word_re.match(after)) is None:
        return False
    conversion = table.bare_degrees_re.match(after)
    other = unit_at(text, f.end + conversion.end(), table) if conversion else None
    scale = _OTHER_SCALE.get(other[0]) if other else None
    if scale is None and table.angle_verb_re.search(text_before(text, f.start, 40)):
        scale = "degree"
    if scale is None:
        return False
    f.unit, f.end = scale, f.end + m.end()
    return True


_OTHER_SCALE = {"degC": "degF", "degF": "degC"}


def _factor_after_verb(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "multiplié par 4" is a factor of 4, "divisé par deux" one of 0.5 (as "halved" is), with
    the way the change goes; a unit after the figure ("multiplied by 3 km") is no factor."""
    if f.kind not in ("digits", "words") or not f.value or f.value <= 1:
        return False
    if unit_at(text, f.end, table) is not None:
        return False
    m = table.factor_before_re.search(text_before(text, f.start, 30))
    if m is None:
        return False
    f.unit, f.role, f.kind = "ratio", Role.ratio, "multiplier"
    if m.group("down"):
        f.value = round(1 / f.value, 6)
        f.direction = Direction.down
    else:
        f.direction = Direction.up
    return True


def apply_price_per(f: Figure, text: str, table: ExtractionTable) -> None:
    """ "$4.50 a gallon", "1,80 € le litre", "$41 a share": an amount that is the price of one
    unit of something; its unit becomes "USD/gallon", never compared with plain amounts."""
    if not _is_money_code(f.unit, table):
        return
    m = table.price_per_re.match(text[f.end : f.end + 40])
    if m is None:
        return
    per = table.price_per_units_folded[re.sub(r"[\s\u00a0\u202f]+", " ", m["unit"].lower())]
    f.unit, f.end = f"{f.unit}/{per}", f.end + m.end()


def _is_money_code(unit: str, table: ExtractionTable) -> bool:
    """An amount's unit: an ISO code ("USD") or another currency the table names."""
    return (len(unit) == 3 and unit.isalpha() and unit.isupper()) or unit_kind_is_money(
        unit, table
    )


_GLUED_CODE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3})\Z")
"""An ISO code glued before a currency sign ("CAD$"), read from the letters before the sign."""


def money_code(word: str, table: ExtractionTable) -> str:
    return table.money_codes_folded.get(word.lower(), "money")
