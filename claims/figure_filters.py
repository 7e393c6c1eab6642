"""Numbers that are no figure of their own: dates, codes and model numbers, modifiers
("a 5-year-old", "the 2,000-pound bomb"), ages, street and district numbers (times of day:
``claims.figure_clock``), number words used as words, window lengths ("in the past 24
hours"), a witness's own time and the base of a rate ("per 100,000"). ``claims.figures`` drops
what these say is no claim."""

from __future__ import annotations

import re

from claims.age_appositions import (
    age_after_a_first_name,
    age_in_a_list,
    age_of_a_breakdown,
    age_of_a_kin,
    age_of_a_superlative,
    age_of_an_apposed_person,
)
from claims.context import counted_after
from claims.figure_model import DURATIONS, Figure, text_before
from claims.figure_units import unit_at
from claims.figure_windows import a_countdown, window_in_its_qualifier
from claims.lang import ExtractionTable
from claims.models import Approx
from claims.numbers import NumberMatch


def is_date(n: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "le 30 août", "Aug. 30", "a annoncé le 22": a day of the month, not a quantity."""
    if n.kind not in ("digits", "words") or n.value is None or n.decimals:
        return False
    if not (1 <= n.value <= 31) or n.value != int(n.value):
        return False
    if unit_at(text, n.end, table) is not None:
        return False  # "the 7% rise", "on 14 km": a quantity
    if _beside_a_month(n, text, table):
        return True
    # "le 30 auprès de la police", "a annoncé le 22.": a day after a singular article, with
    # nothing counted after it ("on 14 homes" is a count).
    if n.kind != "digits" or not table.day_article_re.search(text_before(text, n.start, 20)):
        return False
    return not counted_after(text, n.end, table)


def _beside_a_month(n: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """A month named right after the number ("30 août") or right before it ("Aug. 30")."""
    return bool(
        table.month_after_re.match(text[n.end : n.end + 30])
        or table.month_before_re.search(text_before(text, n.start, 25))
    )


def is_code(n: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "020 7946 0321", "0900 GMT", "dial 1366", "le 0 800 130 000": phone numbers, times and
    codes (a leading zero before a digit or a blank, never a quantity's first digit; "0,5" and
    "0.5" are decimals)."""
    if n.kind != "digits":
        return False
    surface = text[n.start : n.end]
    if _a_leading_zero(surface):
        return True
    glued = _GLUED_LETTERS.match(text, n.end)
    if glued and (surface + glued.group()).lower() in table.units.glued_money_names:
        return True  # "1080p": a format's name
    before = text_before(text, n.start, 25)
    if table.phone_cue_re.search(before):
        return True
    # "Le 3919, le numéro d'écoute", "the 988 Suicide and Crisis Lifeline": a line's name after
    # its number of 3 digits or more ("the 14 helpline operators", "the 2,300 hotline calls" count)
    return bool(
        surface.isdigit() and len(surface) > 2 and table.line_article_re.search(before)
        and table.line_named_after_re.match(text[n.end : n.end + 60])
    )


def _a_leading_zero(surface: str) -> bool:
    """A zero before a digit ("020 7946 0321"), or before a blank and a digit (a toll-free line
    grouped by threes, "0 800 130 000"): never a quantity's first digit."""
    if len(surface) > 2 and surface[0] == "0" and surface[1] in _BLANKS and surface[2].isdigit():
        return True
    return len(surface) > 1 and surface[0] == "0" and surface[1].isdigit()


_GLUED_LETTERS = re.compile(r"[^\W\d_]+")
_BLANKS = " \u00a0\u202f\u2009"
_DIGITS_AHEAD = re.compile(r"[\s\u00a0]*\d[\d.,]*")


# What follows a figure's hyphen when the figure is a quantity, not a modifier: the language
# table's pattern, and how many characters after the figure it reads.
_QUANTITY_AFTER_HYPHEN = (
    ("measure_after_re", 30),  # "a 27-kilometre ring", "a 512-gigabyte drive": a measure
    ("percent_re", 12),  # "a 10-percent tariff": a percent
    ("basis_points_re", 30),  # "a 25-basis-point hike": a change of a rate
    ("money_after_re", 12),  # "a 12-cent dividend", "a 500-euro fine": an amount
    ("qualifier_after_re", 12),  # "50-plus migrants": a bound
    ("hyphen_measure_re", 12),  # "a 7.1-magnitude quake": the quake's measure
)


def is_modifier(n: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "a 30-year mortgage", "a two-bedroom flat" (where the language glues such modifiers)."""
    if not table.context.hyphen_modifiers or not text.startswith("-", n.end):
        return False  # both readings below need the hyphen (speed: most figures have none)
    after = text[n.end : n.end + 12]
    if _a_quantity_after_hyphen(n, text, table):
        return False
    if suspended := table.suspended_hyphen_re.match(after):
        return _suspended_modifier(text, n.end + suspended.end(), table)
    # "a 30-year mortgage"
    return bool(re.match(r"-[^\W\d_]", after))


def _a_quantity_after_hyphen(n: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """The words after the hyphen make the figure a quantity: a measure, a percent, a change
    of a rate ("a half-point cut"), an amount, a bound, a weight ("a 2,000-pound bomb")."""
    if any(
        getattr(table, pattern).match(text[n.end : n.end + reach])
        for pattern, reach in _QUANTITY_AFTER_HYPHEN
    ):
        return True
    if table.weight_hyphen_re.match(text, n.end):
        return True
    half_point = table.bare_points_re.match(text[n.end + 1 : n.end + 12])
    return n.kind == "fraction" and half_point is not None


def _suspended_modifier(text: str, at: int, table: ExtractionTable) -> bool:
    """After a suspended hyphen ("18- to 24-year-olds"), a modifier, unless the second figure
    is a measure's or a percent ("8- to 16-meter mirrors", "10- to 12-foot waves")."""
    rest = text[at : at + 40]
    digits = _DIGITS_AHEAD.match(rest)
    if digits is None:
        return True
    unit = rest[digits.end() :]
    return not (table.measure_after_re.match(unit) or table.percent_re.match(unit))


_APPOSITION_BEFORE = re.compile(r"(?<!\w)[A-Z][\w'’-]+,[\s\u00a0]*$")
_APPOSITION_AFTER = re.compile(r"^[\s\u00a0]*(?:,|\))")
_OPENER_WORD = re.compile(r"[^\W\d_]+[\s\u00a0\u202f]*")
# "said Sgt. Maya Collins, 41.": a full name, then the age ending the sentence
_FULL_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+[\s\u00a0]+[A-Z][\w'’-]+,[\s\u00a0]*$")
_SENTENCE_END_AFTER = re.compile(r"^\.(?:[\s\u00a0\"”’»]|$)")
_AGE_APPOSITION_BEFORE = re.compile(r"(?:(?<!\w)[^\W\d_][\w'’-]*,|\()[\s\u00a0]*$")
# "souffle le Dr Paul Morvan, urgentiste, 52 ans.", "said Tomas Reyes, a paramedic, 38.": a full
# name, its title in apposition (five words at most), then the age ending the sentence
_NAME_REACH = 90
_NAME_AND_TITLE_BEFORE = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]+(?:[\s\u00a0]+[A-Z][\w'’-]+)+,[\s\u00a0]*"
    r"(?:[^\s\u00a0,;:.!?()]+[\s\u00a0]+){0,4}[^\s\u00a0,;:.!?()]+,[\s\u00a0]*$"
)


def _said_by_name(text: str, pos: int, table: ExtractionTable) -> bool:
    """ "said Sgt. Maya Collins, " before ``pos``: a verb of saying, then a full name and a
    comma (so "in New York, 41." stays an elliptical figure)."""
    before = text_before(text, pos, 60)
    name = _FULL_NAME_BEFORE.search(before)
    return name is not None and table.actor_verb_re.search(before, 0, name.start()) is not None


def is_age(f: Figure, opener_start: int, text: str, table: ExtractionTable) -> bool:
    """ "âgés de 10 à 19 ans", "les 20 à 29 ans", "une vingtaine d'années", "a 34-year-old"."""
    after = text[f.end : f.end + 25]
    before = text_before(text, opener_start, 30)
    if _age_by_its_words(f, before, after, text, table) or _age_of_a_rule(f, text, table):
        return True
    unit = table.age_unit_re.match(after)
    if unit is None:
        # "71 % des patients hospitalisés ont moins de six mois": a baby's age after an age
        # verb, the clause ending there ("ils ont six mois pour se conformer" is a deadline)
        young = table.age_verb_unit_re.match(after)
        return young is not None and _stated_by_age_verb(f, before, text, young.end(), table)
    return _age_in_years(f, unit.end(), before, text, table)


def _years_of_an_age_bracket(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "people 65 years and older", "those 75 years and over": a number of years bounded by an
    age bracket's words is an age ("operated for 65 years and more" is no bracket)."""
    if f.unit != "year" or f.value is None or not 0 < f.value < 120:
        return False
    return bool(
        table.age_bound_after_re.search(text[f.start : f.end])
        or table.age_bound_after_re.match(text[f.end : f.end + 20].lstrip())
    )


def _age_of_a_rule(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "raises the retirement age from 62 to 64", "relève l'âge légal de départ de 60 à 62
    ans", "repousser de deux ans l'âge de départ": the ages a rule sets, or by how much ("the
    average age rose to 43" is a statistic, and stays)."""
    if f.value is not None and not 0 < f.value < 120:
        return False
    unit = table.age_unit_re.match(text[f.end : f.end + 25])
    after_unit = f.end + unit.end() if unit is not None else None
    if after_unit is not None and table.age_rule_after_re.match(text[after_unit:after_unit + 20]):
        return True
    m = table.age_rule_re.search(text_before(text, f.start, 80))
    if m is None or m["pre"] or m["stat"]:
        return False
    return bool(m["link"]) or table.age_rule_link_re.match(text, f.start) is not None


def _age_by_its_words(
    f: Figure, before: str, after: str, text: str, table: ExtractionTable
) -> bool:
    """Words that make a figure an age whatever follows: "une vingtaine d'années", a unit
    that is an age ("a 34-year-old"), a bare number by a name, a strong age word before."""
    return bool(
        (f.kind == "vague" and table.age_after_vague_re.match(after))
        or (table.age_self_unit_re is not None and table.age_self_unit_re.match(after))
        or _bare_age_by_a_name(f, before, after, text, table)
        or table.age_strong_before_re.search(before)
        or age_in_a_list(f, text, table)
        or age_of_a_superlative(f, text, table)
        or age_of_a_kin(f, text, table)
    )


def _age_in_years(
    f: Figure, unit_end: int, before: str, text: str, table: ExtractionTable
) -> bool:
    """A figure followed by a unit of age ("ans", "years") is an age after an age word
    (before it or its range's opener: "les enfants de 6 à 11 ans"), in brackets after a group
    of people ("les seniors (50 ans et plus)"), in apposition, or stated by an age verb; a
    value of 120 or more is none."""
    if table.age_before_re.search(before) or table.age_bracket_before_re.search(before):
        return True  # "un homme de 34 ans", "les jeunes (15-24 ans)"
    opener = _OPENER_WORD.match(text, f.start) if f.kind == "range" else None
    if opener and table.age_before_re.search(text_before(text, opener.end(), 30)):
        return True
    if age_of_a_breakdown(f, text, table):
        return True  # "4 de 5 à 14 ans": a count's age bracket
    if f.value is None or f.value >= 120:
        return False
    rest = text[f.end + unit_end : f.end + unit_end + 10]
    return (_age_of_a_named_person(f, before, rest, text, table)
            or _stated_by_age_verb(f, before, text, unit_end, table))


def _age_of_a_named_person(f: Figure, before: str, rest: str, text: str,
                           table: ExtractionTable) -> bool:
    """An age in apposition to a person the sentence names: a full name ("Jean Martin (52
    ans)"), a first name ("raconte Martine, 61 ans.") or a bare noun phrase of a trade or a
    role after one ("Lucien, cheminot de 49 ans"); ``rest``: the text after the age's unit."""
    return (_age_in_apposition(before, rest, text_before(text, f.start, _NAME_REACH))
            or age_after_a_first_name(before, rest, table)
            or age_of_an_apposed_person(f, text, table))


def _age_in_apposition(before: str, rest: str, wide: str) -> bool:
    """ "La victime, 47 ans, habitait", "Jean Martin (52 ans)"; "son directeur général, Marc
    Delorme, 58 ans.", "souffle le Dr Paul Morvan, urgentiste, 52 ans.": a full name (perhaps
    with its title after it), the age ending the sentence."""
    return bool(
        (_AGE_APPOSITION_BEFORE.search(before) and _APPOSITION_AFTER.match(rest))
        or (_named_before(wide) and _SENTENCE_END_AFTER.match(rest))
    )


def _named_before(before: str) -> bool:
    """A full name and a comma end ``before``, perhaps with the person's title in apposition
    after the name ("le Dr Paul Morvan, urgentiste, ")."""
    return bool(_FULL_NAME_BEFORE.search(before) or _NAME_AND_TITLE_BEFORE.search(before))


def _bare_age_by_a_name(f: Figure, before: str, after: str, text: str,
                        table: ExtractionTable) -> bool:
    """ "Maria Delgado, 41, a nurse", "said Sgt. Maya Collins, 41.", "said Tomas Reyes, a
    paramedic, 38.": a small bare number in apposition to a name is an age."""
    small = f.kind == "digits" and f.value is not None and f.value < 120 and f.unit == "count"
    if not small:
        return False
    if _APPOSITION_BEFORE.search(before) and _APPOSITION_AFTER.match(after):
        return True
    if not _SENTENCE_END_AFTER.match(after):
        return False
    wide = text_before(text, f.start, _NAME_REACH)
    return _said_by_name(text, f.start, table) or bool(_NAME_AND_TITLE_BEFORE.search(wide))


def _stated_by_age_verb(
    f: Figure, before: str, text: str, unit_end: int, table: ExtractionTable
) -> bool:
    """ "avait 86 ans.", "ont plus de 50 ans,": an age verb before the figure (and its bound)
    and the clause ending after its unit ("ont entre deux et cinq mois," by its upper end)."""
    top = f.value if f.value is not None else f.upper
    if top is None or top >= 120:
        return False
    rest = text[f.end + unit_end : f.end + unit_end + 10]
    if qualifier := table.qualifier_re.search(before):
        before = before[: qualifier.start()]  # "ont plus de 50 ans": the verb before the bound
    return bool(table.age_verb_re.search(before) and table.clause_end_re.match(rest))


_AGE_MAX = 110
_SUBJECT_REACH = 40


def is_age_bound(
    f: Figure, previous_end: int | None, text: str, table: ExtractionTable
) -> bool:
    """ "one in five said they were under 18", "including 52 under 5", "another two at 50 or
    over": the bound of an age bracket, not a figure (the share or count before it is)."""
    if _years_of_an_age_bracket(f, text, table):
        return True  # "people 65 years and older"
    if not _could_be_an_age(f):
        return False
    surface = text[f.start : f.end]
    if table.age_bound_after_re.search(surface) or table.age_bound_after_re.match(
        text[f.end : f.end + 20].lstrip()
    ):
        return True
    if table.age_bound_word_re.match(surface) is None or counted_after(text, f.end, table):
        return False
    if previous_end is not None and not text[previous_end : f.start].strip():
        return True  # "52 under 5": a count, then the age bound of what it counts
    return _after_an_age_copula(f, text, table)


def _could_be_an_age(f: Figure) -> bool:
    """A whole count from 1 to ``_AGE_MAX``."""
    value = f.value
    return (
        f.unit == "count"
        and f.kind in ("digits", "words")
        and value is not None
        and value.is_integer()
        and 0 < value <= _AGE_MAX
    )


def _after_an_age_copula(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "said they were under 18": an age bound after a copula whose subject is no count."""
    before = text_before(text, f.start, _SUBJECT_REACH)
    copula = table.age_copula_re.search(before)
    if copula is None:
        return False
    clause = before[: copula.start()]
    cut = max(clause.rfind(c) for c in ",;:(")
    return table.count_subject_re.search(clause[cut + 1 :]) is None


def is_bare_word(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "tolérance zéro", "les deux parties": a number word with nothing counted, or one that
    names a known set, states no figure. Digits are kept: "a atteint 246" is a claim."""
    if f.kind != "words" or f.unit != "count" or f.approx is not Approx.exact:
        return False
    if table.reference_article_re.search(text_before(text, f.start, 12)) and (f.value or 0) <= 10:
        return True
    if table.change_to_re.match(text[f.end : f.end + 40]):
        return False  # "from five to seven years": the first side of a change
    if _a_small_count(f, text, table):
        return False
    return not counted_after(text, f.end, table)


_LEVEL_REACH = 110
"""How far before a bare number word the count's noun may stand, in the same clause."""


def _a_small_count(f: Figure, text: str, table: ExtractionTable) -> bool:
    """A bare number word its neighbours make a count of people or things said before."""
    return bool(
        table.small_count_before_re.search(text_before(text, f.start, 20))  # "another two"
        # "nine in their 30s", "nine were", "deux d'entre eux"
        or table.small_count_after_re.match(text[f.end : f.end + 30])
        # "the toll rose to nine", "le bilan est passé à neuf", "The number of climbers rescued
        # from the north face of the glacier since Friday has risen to eight" (a long subject:
        # one clause)
        or table.small_count_level_re.search(text_before(text, f.start, _LEVEL_REACH))
        # "12 were from Oakmere, four from Ravenhill": an item of a breakdown
        or (
            table.list_link_after_re.match(text[f.end : f.end + 12]) is not None
            and table.list_item_before_re.search(text_before(text, f.start, _LEVEL_REACH))
            is not None
        )
    )


def is_multitude(f: Figure) -> bool:
    """ "thousands of fans", "des milliers de supporters", "dozens of ferry accidents": a vague
    plural with no value says a crowd is large, not how large; no figure to check. A vague
    word with a value stays ("une vingtaine", about 20)."""
    return f.kind == "vague" and f.value is None


_WINDOW_REACH = 40
"""How close (in characters) a weak window word's duration must follow another figure to be
that figure's window ("$3.5 billion over 30 years")."""
_RECORD_SPANS = frozenset({"week", "month", "year"})
"""The units a record's span is counted in ("the worst flooding in 40 years"); a record time
is a figure ("the fastest crossing was completed in 11 hours")."""
_CLAUSE_START = re.compile(r"(?:^|[,;:(])[\s\u00a0\u202f]*$")


def is_window(f: Figure, text: str, table: ExtractionTable, previous_end: int | None) -> bool:
    """ "in just five days", "pendant sept mois", "will continue for seven months": the length
    of a window the sentence talks about, not a figure it states. A weak window word ("in",
    "over", "depuis") makes one only at the head of a clause ("In five days, 300 arrests") or
    right after another figure ("$3.5 billion over 30 years"); elsewhere ("generate an image
    in five seconds", "attend depuis 19 mois") the duration is the figure, except as the span
    of a record ("the first new mayor in 12 years", "la première fois en 20 ans"). A number
    before "more weeks" ("stay open for six more weeks") extends a window, like "another"."""
    if f.unit == "count" and f.kind in ("digits", "words"):
        return table.extension_window_re.match(text[f.end : f.end + 30]) is not None
    if f.unit not in DURATIONS:
        return False
    before = text_before(text, f.start, 30)
    anchored = table.anchor_after_re.match(text[f.end : f.end + 20]) is not None
    if anchored and _anchored_outside_a_window(before, table):
        return True
    if a_countdown(f, before, text, table):
        return True
    if table.window_before_re.search(before) or window_in_its_qualifier(f, text, table):
        return True
    if not anchored and table.deadline_before_re.search(before):
        return True  # "un audit dans les deux mois": a deadline
    return _weak_window(f, before, text, table, previous_end)


def _anchored_outside_a_window(before: str, table: ExtractionTable) -> bool:
    """ "two days after the quake", "20 minutes later": when, not how much; but "in (the)
    five seconds after paying", "dans les 5 secondes après" is how long it takes."""
    head = before
    if article := table.reference_article_re.search(head):
        head = head[: article.start()]
    return not (table.weak_window_before_re.search(head) or table.window_before_re.search(head))


def _weak_window(
    f: Figure, before: str, text: str, table: ExtractionTable, previous_end: int | None
) -> bool:
    """A weak window word before the duration makes a window at the head of a clause, as the
    span of a record ("the first new mayor in 12 years", "la première fois en 20 ans"), or
    right after another figure."""
    weak = table.weak_window_before_re.search(before)
    if weak is None:
        return False
    weak_start = f.start - len(before) + weak.start()
    head = text[:weak_start]
    if _CLAUSE_START.search(head[-3:] if head.strip() else ""):
        return True
    if f.unit in _RECORD_SPANS and table.superlative_re.search(
        text, max(0, weak_start - 60), weak_start
    ):
        return True
    return previous_end is not None and f.start - previous_end <= _WINDOW_REACH


_OPENING_QUOTES = "“«"
_CLOSING_QUOTES = "”»"


def _quote_start(text: str, pos: int) -> int | None:
    """Where the quotation that holds ``pos`` opens, or None outside one (straight quotes
    are paired from the start of the sentence)."""
    opened = max(text.rfind(q, 0, pos) for q in _OPENING_QUOTES)
    if opened > max(text.rfind(q, 0, pos) for q in _CLOSING_QUOTES):
        return opened
    return text.rfind('"', 0, pos) if text.count('"', 0, pos) % 2 else None


def is_witness_time(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "\"We waited eight hours for the first soldiers,\" she said", "« J'ai mis deux heures,
    d'habitude c'est 45 minutes »": a duration in a quotation where the speaker talks of
    themselves is a witness's own time, no figure the article states."""
    if f.unit not in DURATIONS:
        return False
    opened = _quote_start(text, f.start)
    return opened is not None and table.first_person_re.search(text, opened, f.start) is not None


_RATE_BASES = frozenset({100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0})


def is_index_base(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "with 2020 as the base year of 100", "(2015=100)", "indice base 100 au 4e trimestre
    2017": the value an index is set to in its base period, not a figure of its own ("a base
    of 100 workers" counts workers)."""
    return (
        f.value == 100
        and f.kind == "digits"
        and f.approx is Approx.exact
        and table.index_base_re.search(text_before(text, f.start, 30)) is not None
        and not counted_after(text, f.end, table)
    )


def is_rate_base(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "21.4 cases per 100,000 people", "16 cas pour 100 000 habitants": the base of a rate
    stated just before, not a figure of its own."""
    return (
        f.unit == "count"
        and f.approx is Approx.exact
        and f.value in _RATE_BASES
        and table.rate_base_re.search(text_before(text, f.start, 20)) is not None
    )
