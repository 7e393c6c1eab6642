"""Figures of one sentence: which numbers are quantities, and how each is written.

From the numbers of a sentence (``claims.numbers``), drop what is not a quantity (dates, years
used as anchors, ages, codes, numbers inside period phrases), join ranges and proportions, and
read each figure's qualifier, unit and role (one side of a change or a comparison). Every word
used for that comes from the language table.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date

from claims.context import counted_after
from claims.lang import ExtractionTable
from claims.models import Approx, Direction, ExtractionStats, Period, Role
from claims.number_items import scaled
from claims.numbers import NumberMatch, find_numbers
from claims.periods import PeriodMatch, find_periods
from claims.sentences import Sentence

NOT_QUANTITIES = {
    "ordinal": "ordinal",
    "iso_date": "date",
    "time": "time of day",
    "phone": "phone number",
    "label": "name with a number",
}
DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_OPEN_PAREN = re.compile(r"[\s\u00a0]*\([\s\u00a0]*")
_CLOSE_PAREN = re.compile(r"[\s\u00a0]*\)")
_SPACES = r"[\s\u00a0\u202f]*"


@dataclass(slots=True)
class Figure:
    """A quantity being assembled: one number, or two joined as a range."""

    start: int  # offsets relative to the sentence
    end: int
    value: float | None
    lower: float | None
    upper: float | None
    decimals: int
    kind: str
    approx: Approx = Approx.exact
    unit: str = "count"
    per: str | None = None
    hedge: str | None = None
    role: Role = Role.value
    partner: int | None = None  # index of the figure on the other side of a change/comparison
    counted: str = ""
    parenthetical: bool = False  # "612 million euros ($661 million)": a conversion
    direction: Direction | None = None
    scale: float = 1.0  # the scale word that multiplied it ("15 billion": 1e9)


def text_before(sentence: str, pos: int, width: int = 60) -> str:
    return sentence[max(0, pos - width) : pos]


def _is_date(n: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "le 30 août", "Aug. 30", "a annoncé le 22": a day of the month, not a quantity."""
    if n.kind not in ("digits", "words") or n.value is None or n.decimals:
        return False
    if not (1 <= n.value <= 31) or n.value != int(n.value):
        return False
    if unit_at(text, n.end, table) is not None:
        return False  # "the 7% rise", "on 14 km": a quantity
    after = text[n.end : n.end + 30]
    if table.month_after_re.match(after) or table.month_before_re.search(
        text_before(text, n.start, 25)
    ):
        return True
    # "le 30 auprès de la police", "a annoncé le 22.": a day after a singular article, with
    # nothing counted after it ("on 14 homes" is a count).
    if n.kind != "digits" or not table.day_article_re.search(text_before(text, n.start, 20)):
        return False
    return not counted_after(text, n.end, table)


def _is_code(n: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "020 7946 0321", "0900 GMT", "dial 1366": phone numbers, times and codes."""
    if n.kind != "digits":
        return False
    surface = text[n.start : n.end]
    if len(surface) > 1 and surface[0] == "0" and surface[1].isdigit():
        return True
    return bool(table.phone_cue_re.search(text_before(text, n.start, 25)))


_DIGITS_AHEAD = re.compile(r"[\s\u00a0]*\d[\d.,]*")


def _is_modifier(n: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "a 30-year mortgage", "a two-bedroom flat" (where the language glues such modifiers)."""
    if not table.context.hyphen_modifiers:
        return False
    if not text.startswith("-", n.end):
        return False  # both readings below need the hyphen (speed: most figures have none)
    after = text[n.end : n.end + 12]
    if table.measure_after_re.match(text[n.end : n.end + 30]):
        return False  # "a 27-kilometre ring", "a 512-gigabyte drive": a measure
    if table.percent_re.match(after):
        return False  # "a 10-percent tariff": a percent
    if table.weight_hyphen_re.match(text, n.end):
        return False  # "a 2,000-pound bomb": a weight
    if table.basis_points_re.match(text[n.end : n.end + 30]):
        return False  # "a 25-basis-point hike": a change of a rate
    if n.kind == "fraction" and table.bare_points_re.match(after[1:]):
        return False  # "a half-point cut": a change of a rate
    if table.money_after_re.match(after):
        return False  # "a 12-cent dividend", "a 500-euro fine": an amount
    if table.qualifier_after_re.match(after):
        return False  # "50-plus migrants": a bound
    if table.hyphen_measure_re.match(after):
        return False  # "a 7.1-magnitude quake": the quake's measure
    if suspended := table.suspended_hyphen_re.match(after):
        # "8- to 16-meter mirrors", "10- to 12-foot waves": a range of a measure, not a
        # modifier like "18- to 24-year-olds"
        rest = text[n.end + suspended.end() : n.end + suspended.end() + 40]
        digits = _DIGITS_AHEAD.match(rest)
        if digits is None:
            return True
        unit = rest[digits.end() :]
        return not (table.measure_after_re.match(unit) or table.percent_re.match(unit))
    # "a 30-year mortgage"
    return bool(re.match(r"-[^\W\d_]", after))


_APPOSITION_BEFORE = re.compile(r"(?<!\w)[A-Z][\w'’-]+,[\s\u00a0]*$")
_APPOSITION_AFTER = re.compile(r"^[\s\u00a0]*(?:,|\))")
_OPENER_WORD = re.compile(r"[^\W\d_]+[\s\u00a0\u202f]*")
# "said Sgt. Maya Collins, 41.": a full name, then the age ending the sentence
_FULL_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+[\s\u00a0]+[A-Z][\w'’-]+,[\s\u00a0]*$")
_SENTENCE_END_AFTER = re.compile(r"^\.(?:[\s\u00a0\"”’»]|$)")
_AGE_APPOSITION_BEFORE = re.compile(r"(?:(?<!\w)[^\W\d_][\w'’-]*,|\()[\s\u00a0]*$")


def _said_by_name(text: str, pos: int, table: ExtractionTable) -> bool:
    """ "said Sgt. Maya Collins, " before ``pos``: a verb of saying, then a full name and a
    comma (so "in New York, 41." stays an elliptical figure)."""
    before = text_before(text, pos, 60)
    name = _FULL_NAME_BEFORE.search(before)
    return name is not None and table.actor_verb_re.search(before, 0, name.start()) is not None


def _is_age(f: Figure, opener_start: int, text: str, table: ExtractionTable) -> bool:
    """ "âgés de 10 à 19 ans", "les 20 à 29 ans", "une vingtaine d'années", "a 34-year-old"."""
    after = text[f.end : f.end + 25]
    if f.kind == "vague" and table.age_after_vague_re.match(after):
        return True
    if table.age_self_unit_re is not None and table.age_self_unit_re.match(after):
        return True
    before = text_before(text, opener_start, 30)
    small = f.kind == "digits" and f.value is not None and f.value < 120 and f.unit == "count"
    if small and _APPOSITION_BEFORE.search(before) and _APPOSITION_AFTER.match(after):
        return True  # "Maria Delgado, 41, a nurse": an age in apposition to a name
    if small and _SENTENCE_END_AFTER.match(after) and _said_by_name(text, f.start, table):
        return True  # "said Sgt. Maya Collins, 41.": the same, ending the sentence
    if table.age_strong_before_re.search(before):
        return True
    unit = table.age_unit_re.match(after)
    if unit is None:
        # "71 % des patients hospitalisés ont moins de six mois": a baby's age after an age
        # verb, the clause ending there ("ils ont six mois pour se conformer" is a deadline)
        young = table.age_verb_unit_re.match(after)
        return young is not None and _stated_by_age_verb(f, before, text, young.end(), table)
    if table.age_before_re.search(before):
        return True
    opener = _OPENER_WORD.match(text, f.start) if f.kind == "range" else None
    if opener and table.age_before_re.search(text_before(text, opener.end(), 30)):
        return True  # "les enfants de 6 à 11 ans": the range's opener links the people
    if f.value is None or f.value >= 120:
        return False
    rest = text[f.end + unit.end() : f.end + unit.end() + 10]
    if _AGE_APPOSITION_BEFORE.search(before) and _APPOSITION_AFTER.match(rest):
        return True  # "La victime, 47 ans, habitait", "Jean Martin (52 ans)"
    if _FULL_NAME_BEFORE.search(before) and _SENTENCE_END_AFTER.match(rest):
        return True  # "son directeur général, Marc Delorme, 58 ans.": ending the sentence
    return _stated_by_age_verb(f, before, text, unit.end(), table)


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


def _is_age_bound(
    f: Figure, previous_end: int | None, text: str, table: ExtractionTable
) -> bool:
    """ "one in five said they were under 18", "including 52 under 5", "another two at 50 or
    over": the bound of an age bracket, not a figure (the share or count before it is)."""
    if (
        f.unit != "count"
        or f.kind not in ("digits", "words")
        or f.value is None
        or not f.value.is_integer()
        or not 0 < f.value <= _AGE_MAX
    ):
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
    before = text_before(text, f.start, _SUBJECT_REACH)
    copula = table.age_copula_re.search(before)
    if copula is None:
        return False
    clause = before[: copula.start()]
    cut = max(clause.rfind(c) for c in ",;:(")
    return table.count_subject_re.search(clause[cut + 1 :]) is None


def _is_place_number(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "au 12 rue des Lilas", "dans le 93": a street number or a department, not a figure."""
    if f.kind != "digits" or f.value is None or not f.value.is_integer() or f.scale != 1.0:
        return False
    if table.street_after_re.match(text, f.end):
        return True
    if not table.place_number_before_re.search(text_before(text, f.start, 20)):
        return False
    return unit_at(text, f.end, table) is None and not counted_after(text, f.end, table)


def _is_clock(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "vers 17 heures", "jusqu'à 20 heures", "2 heures du matin": a time of day written
    with the word for hours, not a duration ("à 3 heures de route", "10 heures par jour")."""
    if f.unit != "hour" or f.kind not in ("digits", "words") or f.value is None:
        return False
    if not (f.value.is_integer() and 0 <= f.value <= 23) or f.scale != 1.0:
        return False
    after = text[f.end : f.end + 30]
    if table.clock_after_re.match(after):
        return True
    if table.clock_not_after_re.match(after):
        return False
    before = text_before(text, f.start, 40)
    cue = table.clock_before_re.search(before)
    if cue is None:
        return False
    return table.clock_not_before_re.search(before[: cue.start()]) is None


def _is_bare_word(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "tolérance zéro", "les deux parties": a number word with nothing counted, or one that
    names a known set, states no figure. Digits are kept: "a atteint 246" is a claim."""
    if f.kind != "words" or f.unit != "count" or f.approx is not Approx.exact:
        return False
    if table.reference_article_re.search(text_before(text, f.start, 12)) and (f.value or 0) <= 10:
        return True
    if table.change_to_re.match(text[f.end : f.end + 40]):
        return False  # "from five to seven years": the first side of a change
    if table.small_count_before_re.search(text_before(text, f.start, 20)):
        return False  # "another two", "deux autres"
    if table.small_count_after_re.match(text[f.end : f.end + 30]):
        return False  # "nine in their 30s", "nine were", "deux d'entre eux"
    return not counted_after(text, f.end, table)


_WINDOW_REACH = 40
"""How close (in characters) a weak window word's duration must follow another figure to be
that figure's window ("$3.5 billion over 30 years")."""
_RECORD_SPANS = frozenset({"week", "month", "year"})
"""The units a record's span is counted in ("the worst flooding in 40 years"); a record time
is a figure ("the fastest crossing was completed in 11 hours")."""
_CLAUSE_START = re.compile(r"(?:^|[,;:(])[\s\u00a0\u202f]*$")


def _is_window(f: Figure, text: str, table: ExtractionTable, previous_end: int | None) -> bool:
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
    if anchored:
        # "two days after the quake", "20 minutes later": when, not how much; but "in (the)
        # five seconds after paying", "dans les 5 secondes après" is how long it takes
        head = before
        if article := table.reference_article_re.search(head):
            head = head[: article.start()]
        if not (table.weak_window_before_re.search(head) or table.window_before_re.search(head)):
            return True
    if table.window_before_re.search(before):
        return True
    if not anchored and table.deadline_before_re.search(before):
        return True  # "un audit dans les deux mois": a deadline
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
        return True  # "the first new mayor in 12 years", "la première fois en 20 ans"
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


def _is_witness_time(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "\"We waited eight hours for the first soldiers,\" she said", "« J'ai mis deux heures,
    d'habitude c'est 45 minutes »": a duration in a quotation where the speaker talks of
    themselves is a witness's own time, no figure the article states."""
    if f.unit not in DURATIONS:
        return False
    opened = _quote_start(text, f.start)
    return opened is not None and table.first_person_re.search(text, opened, f.start) is not None


_RATE_BASES = frozenset({100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0})


def _is_rate_base(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "21.4 cases per 100,000 people", "16 cas pour 100 000 habitants": the base of a rate
    stated just before, not a figure of its own."""
    return (
        f.unit == "count"
        and f.approx is Approx.exact
        and f.value in _RATE_BASES
        and table.rate_base_re.search(text_before(text, f.start, 20)) is not None
    )


def _within(n: NumberMatch, periods: list[PeriodMatch], base: int) -> bool:
    return any(p.start <= base + n.start and base + n.end <= p.end for p in periods)


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
    if m := table.symbol_after_re.match(after):
        return table.units.symbols[m.group().strip()], pos + m.end()
    if m := table.money_after_re.match(after):
        word = m.group()[m.end("link") if m.group("link") else 0 :].strip().lstrip("-")
        return _money_code(word, table), pos + m.end()
    return None


def _range_gap(n: NumberMatch, m: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """Whether the text between two numbers joins them as a range: "20 à 30", "10-15", and
    with the unit written on both ends, "5% and 6%", "44 mg to 50 mg"."""
    join_re = table.range_join_re
    gap = text[n.end : m.start]
    needs_opener = {w.lower() for w in table.ranges.join_with_opener}
    before = text_before(text, n.start, 16)
    if sign_first := table.money_before_re.search(before):
        before = before[: sign_first.start()]  # "between $40 and $95": the opener before "$"
    if needs_opener & set(re.findall(r"[^\W\d_]+", gap.lower())) and not (
        table.range_opener_re.search(before)
    ):
        return False  # "45 and 50 cases" are two figures; "between 45 and 50" one range
    if join_re.match(gap):
        sign = table.money_before_re.search(gap)
        if sign is None:
            return True
        # "$10 to $15 billion" shares its currency; "RM18.40 and €2bn" are two amounts
        first = table.money_before_re.search(text_before(text, n.start, 6))
        return first is not None and _money_code(first.group().strip(), table) == _money_code(
            sign.group().strip(), table
        )
    first = unit_at(text, n.end, table)
    if first is None or first[1] > m.start or not join_re.match(text[first[1] : m.start]):
        return False
    second = unit_at(text, m.end, table)
    return second is not None and second[0] == first[0]


_SCORE_GAP = re.compile(r"[-–]")
_SCORE_MAX = 200


def _is_score(n: NumberMatch, m: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "won 3-1", "s'est imposé 2-0", "battu Monaco 2 à 0": a score, two small whole numbers
    joined by a bare dash, or by a score word with no range opener before and no unit after,
    with the larger first (a range goes up: "10-15")."""
    if _SCORE_GAP.fullmatch(text, n.end, m.start) is None and (
        table.score_join_re.fullmatch(text, n.end, m.start) is None
        or table.range_opener_re.search(text_before(text, n.start, 12))
        or unit_at(text, m.end, table) is not None
        or table.duration_re.match(text[m.end : m.end + 40])
    ):
        return False
    return (
        n.kind == m.kind == "digits"
        and n.value is not None
        and m.value is not None
        and n.value.is_integer()
        and m.value.is_integer()
        and max(n.value, m.value) <= _SCORE_MAX
        and (n.value >= m.value or _among_scores(n, m, text))
        and n.scale == m.scale == 1
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

_VERB_REACH = 40
"""How far before "de 20 à 30" a change verb makes it a change ("est passé de 20 à 30")."""
_MONEY_VERB_REACH = 90
"""The same for amounts, percents and durations, whose verb often has its object between
("porter l'amende pour usage du téléphone au volant de 135 à 200 euros", "portera la durée
hebdomadaire de travail des agents de 35 à 37 heures"), within the clause."""
_CLAUSE_MARKS = re.compile(r"[,;:()«»\"]")


def _change_verb(
    n: NumberMatch, m: NumberMatch, text: str, table: ExtractionTable
) -> re.Match[str] | None:
    """The change verb that makes "de X à Y" / "from X to Y" a change, the nearest before."""
    reach = _VERB_REACH
    duration = table.duration_re.match(text[m.end : m.end + 40]) is not None
    if (
        table.money_before_re.search(text_before(text, n.start, 6))
        or (
            (unit := unit_at(text, m.end, table)) is not None
            and (unit[0] == "percent" or unit_kind_is_money(unit[0], table))
        )
        or duration
    ):
        reach = _MONEY_VERB_REACH
    zone = text_before(text, n.start, reach)
    if reach > _VERB_REACH:
        marks = list(_CLAUSE_MARKS.finditer(zone[: len(zone) - _VERB_REACH]))
        if marks:
            zone = zone[marks[-1].end() :]
    found = list(table.change_way_re.finditer(zone))
    if not found:
        return None
    if duration and any(c.isdigit() for c in zone[found[-1].end() :]):
        return None  # "ont augmenté de 4 % et le magasin ouvre de 9 à 20 heures": not its object
    return found[-1]


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


def _join_ranges(
    numbers: list[NumberMatch], text: str, table: ExtractionTable, stats: ExtractionStats
) -> list[Figure]:
    """Figures from numbers, joining "20 à 30", "entre 20 et 30", "20-30" into one range; a
    scale written once is shared ("10-15 million", "$10 to $15 billion")."""
    opener_re = table.range_opener_re
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
                head = text_before(text, n.start, 12)
                if sign := table.money_before_re.search(head):
                    head = head[: sign.start()]  # "rose from $135 to $200"
                opener = opener_re.search(head)
                from_word = opener and opener.group().strip().lower() in table.changes.from_words
                lower = n.value
                if m.scale > 1 and n.scale == 1 and n.value < m.value / m.scale:
                    lower = scaled(n.value, m.scale)  # "10-15 million": scale written once
                # "est passé de 20 à 30" is a change; "de 20 à 30 appels" a range; "fell by
                # 191,000 bpd to 28.6 mln bpd" the change and the level it reached.
                verb = _change_verb(n, m, text, table) if from_word else None
                change = verb is not None or (
                    table.change_by_re.search(text_before(text, n.start, 40))
                    # "raise fares by 2.8 to 3.0 percent": the percent written once is both
                    # ends', a range of the change; "rose by 0.3 to 2.4%" a change and the
                    # level reached, far above it
                    and not (
                        table.percent_re.match(text[m.end : m.end + 40])
                        and 0 < n.value <= m.value <= _BY_RANGE_SPAN * n.value
                    )
                )
                first = _shared_scale(n, m) if n.scale == 1 < m.scale else n
                if verb is not None and verb.group("down") and (first.value or 0) < m.value:
                    change = False  # "pourrait reculer de 15 à 20 %": a fall of 15 to 20 %
                if change:
                    n = first
                if lower < m.value and not change:
                    # "from $3 to $4 a gallon": the sign before the figure starts the surface
                    # (where the unit reads it), not "from"
                    start = n.start
                    if opener and not sign:
                        start = opener.start() + max(0, n.start - 12)
                    figures.append(
                        Figure(
                            start,
                            m.end,
                            None,
                            lower,
                            m.value,
                            max(n.decimals, m.decimals),
                            "range",
                            Approx.range,
                        )
                    )
                    i += 2
                    continue
        figures.append(
            Figure(n.start, n.end, n.value, n.lower, n.upper, n.decimals, n.kind, scale=n.scale)
        )
        i += 1
    return figures


_DIGIT_SOON = re.compile(r"[\s\u00a0\u202f]*(?:[^\W\d_]{1,5}[\s\u00a0\u202f]+)?\d")


def _apply_qualifier_after(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "50 or more", "65 and over", "500 ou moins": a bound written after the figure (not
    "5000 or less than 6000", where the words lead to another figure)."""
    m = table.qualifier_after_re.match(text[f.end : f.end + 30])
    if m is None or _DIGIT_SOON.match(text, f.end + m.end()):
        return False
    if table.qualifier_idiom_re.match(text, f.end + m.end()):
        return False  # "45 000 au plus fort de la tempête": an idiom, no bound
    ahead = f.end + m.end()
    if any(n.start <= 6 for n in find_numbers(text[ahead : ahead + 30], table.code)):
        return False  # "above one quarter and below a half": the words lead to a figure
    phrase = re.sub(r"[\s\u00a0\u202f]+", " ", m.group().strip().lower())
    f.approx = Approx(table.qualifiers_after_folded[phrase])
    f.end += m.end()
    return True


def _apply_qualifier(f: Figure, text: str, table: ExtractionTable) -> None:
    if f.approx == Approx.range:
        return
    if f.kind == "vague":
        f.approx = Approx.vague
        if f.value is not None:  # "plus d'une centaine", "près d'un millier": a bound or a hedge
            _qualify_vague(f, text, table)
        return
    if _apply_qualifier_after(f, text, table):
        return
    before = text_before(text, f.start, 40)
    match = table.qualifier_re.search(before)
    if not match:
        return
    phrase = re.sub(r"[\s\u00a0\u202f]+", " ", match.group().strip().lower()).replace("’", "'")
    approx = table.qualifiers.get(phrase) or table.hedges.get(phrase)
    if approx is None:
        approx = table.qualifiers_hedges_folded.get(phrase)
    if approx is None:
        return
    if f.unit in DURATIONS and phrase in table.duration_prepositions:
        return  # "over 30 years": during, not more than
    if table.qualifier_particle_verb_re.search(before, max(0, match.start() - 20), match.start()):
        return  # "edged up to 3.9%": the level reached, not a bound
    f.approx = Approx(approx)
    if phrase in table.hedges_folded:
        f.hedge = match.group().strip()  # a hedge verb is kept aside, not in the surface
        return
    f.start = f.start - len(before) + match.start()


def _qualify_vague(f: Figure, text: str, table: ExtractionTable) -> None:
    """ "plus d'une centaine" is more than 100, "près d'un millier" about 1,000: a qualifier
    before a rough number with a value makes the value the figure, bounded or hedged."""
    before = text_before(text, f.start, 40)
    match = table.qualifier_re.search(before)
    if not match:
        return
    phrase = re.sub(r"[\s\u00a0\u202f]+", " ", match.group().strip().lower()).replace("’", "'")
    approx = table.qualifiers_folded.get(phrase)
    if approx is None:
        return
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


def _apply_unit(f: Figure, text: str, table: ExtractionTable) -> None:
    """Percent, measure, duration, money or count; fractions and proportions become percents."""
    after = text[f.end : f.end + 40]
    if f.kind == "fraction" and _fraction_unit(f, text, table):
        return
    if f.kind in ("fraction", "proportion"):
        f.unit = "percent"
        f.value = None if f.value is None else round(f.value * 100, 6)
        return
    if f.kind == "multiplier":
        f.unit, f.role = "ratio", Role.ratio
        return
    if (m := table.percent_re.match(after)) is None and _factor_after_verb(f, text, table):
        return
    if m is not None:
        f.unit, f.end = "percent", f.end + m.end()
        return
    if m := table.basis_points_re.match(after):
        # "raised rates by 25 basis points": 0.25 percentage point, as "a quarter point" is
        f.unit, f.end = "percentage_point", f.end + m.end()
        f.value, f.lower, f.upper = (
            None if v is None else round(v / 100, 8) for v in (f.value, f.lower, f.upper)
        )
        f.decimals += 2
        return
    if m := table.points_re.match(after):
        # "up 0.3 percentage points": a change of a rate, never a share
        f.unit, f.end = "percentage_point", f.end + m.end()
        return
    if (
        f.decimals
        and (m := table.bare_points_re.match(after))
        and not table.tally_points_re.match(after, m.end())
    ):
        # "en hausse de 0,1 point": a change of a rate; index points ("7 250 points") are
        # whole numbers and stay counts (see _apply_direction for "fell by 3 points"), and so
        # do a player's ("27.4 points a game", "18.5 points and 9.1 rebounds").
        f.unit, f.end = "percentage_point", f.end + m.end()
        return
    if m := table.weight_hyphen_re.match(after):
        f.unit, f.end = table.units.weights.words[m.group("word").lower()], f.end + m.end()
        return
    sign_before = table.money_before_re.search(text_before(text, f.start, 6))
    if (m := table.money_after_re.match(after)) and not (
        sign_before and _SIGN_OF_NEXT.match(after)
    ):
        word = m.group()[m.end("link") if m.group("link") else 0 :].strip().lstrip("-")
        weight = _weight_of_money_word(f, word, f.end + m.end(), text, table)
        f.unit, f.end = weight or _money_code(word, table), f.end + m.end()
        return
    if m := sign_before:
        f.unit = _money_code(m.group().strip(), table)
        f.start -= len(text_before(text, f.start, 6)) - m.start()
        if f.start > 0 and text[f.start - 1].isalpha() and not m.group()[0].isalpha():
            # "CAD$15", "nzd$ 15": the currency code glued before the sign names the dollar;
            # "XY$12": a dollar of a country the table does not know, not USD
            f.unit = "money"
            code = _GLUED_CODE.search(text, max(0, f.start - 4), f.start)
            if code is not None and code.group(1).upper() in table.money_codes_folded.values():
                f.unit, f.start = code.group(1).upper(), code.start()
        return
    if (unit := unit_at(text, f.end, table)) is not None:
        f.unit, f.end = unit  # a measure: "8km", "40 mph", "12'800 hectares"
        head, sep, per = f.unit.partition(" per ")
        if sep:  # "1.2 million bpd": a rate, as "barrels a day" is
            f.unit, f.per = head, per
        return
    if (m := table.degrees_word_re.match(after)) is not None:
        # "104 degrees (40 C)": the other scale than its conversion's; "turned 180 degrees":
        # an angle; other bare degrees stay unread (a temperature of an unsaid scale)
        conversion = table.bare_degrees_re.match(after)
        other = unit_at(text, f.end + conversion.end(), table) if conversion else None
        scale = _OTHER_SCALE.get(other[0]) if other else None
        if scale is None and table.angle_verb_re.search(text_before(text, f.start, 40)):
            scale = "degree"
        if scale is not None:
            f.unit, f.end = scale, f.end + m.end()
            return
    if m := table.duration_re.match(after):
        word = m.group().strip().lower()
        f.unit, f.end = table.units.duration.get(word, "year"), f.end + m.end()


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


def _apply_price_per(f: Figure, text: str, table: ExtractionTable) -> None:
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


_SMALL_CHANGE_POINTS = 20
"""Up to this many bare "points", a stated change is of a rate (polls, shares), not an index."""


_OPEN_BEFORE = re.compile(r"\([\s\u00a0\u202f]*$")
_OPEN_SIGN_BEFORE = re.compile(r"\([\s\u00a0\u202f]*(?P<sign>[-+\u2212\u2013])[\s\u00a0\u202f]+$")
_MINUS_SIGNS = ("-", "\u2212", "\u2013")
_SIGNED_CHANGE_UNITS = frozenset({"percent", "percentage_point"})


def _signed_change(f: Figure, text: str) -> Direction | None:
    """ "4 612 contre 4 705 (-2 %)", "closed at $41.20 (-3.1%)", "(- 27,4 % sur le
    trimestre)": a percent or points with its sign, opening a parenthesis after the figures
    it compares, is a change written with its sign (read like "+8 %"); a negative level stays
    negative ("un taux de -0,5 %"). A fall's value is made positive, as "fell 2%" is."""
    if f.unit not in _SIGNED_CHANGE_UNITS or f.value is None or f.approx is not Approx.exact:
        return None
    before = text_before(text, f.start, 6)
    if f.value < 0 and text[f.start : f.start + 1] in _MINUS_SIGNS:
        if _OPEN_BEFORE.search(before) is None:
            return None
        f.value = -f.value
        return Direction.down
    sign = _OPEN_SIGN_BEFORE.search(before)
    if sign is None or f.value < 0:
        return None
    return Direction.up if sign.group("sign") == "+" else Direction.down


_PLUS_BEFORE = re.compile(r"\+[\u00a0\u202f ]?$")
"""A plus sign right before a figure, glued or after one space as French copy sets it."""


def _apply_direction(f: Figure, text: str, table: ExtractionTable) -> None:
    """ "rose 5%", "fell by 3 points", "en hausse de 0,2 point", "the 7% rise", "doubled":
    the way a stated change goes."""
    if f.kind == "multiplier":
        word = table.direction_word_re.fullmatch(text, f.start, f.end)
        if word is not None:  # "doubled", "halved" (not "four times")
            f.direction = Direction.up if (f.value or 0) > 1 else Direction.down
        return
    before = table.direction_before_re.search(text_before(text, f.start, 40))
    if _PLUS_BEFORE.search(text, max(0, f.start - 2), f.start) and f.unit != "count":
        f.direction = Direction.up  # "+48 %", "+ 1,6 %": a change written with its sign
    elif (signed := _signed_change(f, text)) is not None:
        f.direction = signed  # "(-2 %)": a fall of 2 %
    elif before is not None:
        f.direction = Direction.up if before.group("up") else Direction.down
    elif (way := _verb_before_by(f, text, table)) is not None:
        f.direction = way  # "cut its key rate by 50 basis points"
    elif f.unit != "count":
        after = table.direction_after_re.match(text[f.end : f.end + 20])
        if after is not None:  # "a 7% rise", "a $5 billion cut"
            f.direction = Direction.up if after.group("up") else Direction.down
    if (
        f.direction is not None
        and f.unit == "count"
        and f.value is not None
        and abs(f.value) <= _SMALL_CHANGE_POINTS
        and (m := table.bare_points_re.match(text[f.end : f.end + 12]))
    ):
        f.unit, f.end = "percentage_point", f.end + m.end()  # "fell by 3 points"


_BY_OBJECT_REACH = 40
"""How far before "by" the change verb of "raised its forecast by 0.3 points" may stand."""
_BY_OBJECT_BREAK = re.compile(r"[\d,;:()]")


def _verb_before_by(f: Figure, text: str, table: ExtractionTable) -> Direction | None:
    """ "raised rates by 25 basis points", "cut its workforce by 8%": the way of the change
    verb whose object stands between it and "by" (no figure or clause mark between)."""
    head = text_before(text, f.start, 12)
    by = table.by_end_re.search(head)
    if by is None or (by["by"] is None and f.unit == "count"):
        return None  # "a augmenté le nombre de 300 lits": no change of 300
    zone = text_before(text, f.start - (len(head) - by.start()), _BY_OBJECT_REACH)
    breaks = list(_BY_OBJECT_BREAK.finditer(zone))
    if breaks:
        zone = zone[breaks[-1].end() :]
    verbs = list(table.change_way_re.finditer(zone))
    if not verbs:
        return None
    verb = verbs[-1]
    if verb["up"]:
        return Direction.up
    return Direction.down if verb["down"] else None


_GLUED_CODE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3})\Z")
"""An ISO code glued before a currency sign ("CAD$"), read from the letters before the sign."""


def _money_code(word: str, table: ExtractionTable) -> str:
    return table.money_codes_folded.get(word.lower(), "money")


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


def _join_proportions(figures: list[Figure], text: str, table: ExtractionTable) -> list[Figure]:
    """ "six victimes sur dix", "nine voters in ten": a share with its noun inside; also "un
    Français sur trois", "one adult in five", whose "un" the number lexer leaves as an article."""
    for f in figures:
        head = text_before(text, f.start, 50)
        match = table.one_in_re.search(head)
        if match and f.kind in ("digits", "words") and f.unit == "count" and (f.value or 0) > 1:
            f.start -= len(head) - match.start()
            f.value, f.unit, f.kind = round(100 / (f.value or 1), 6), "percent", "proportion"
            f.counted = match.group("noun").strip()
            _apply_qualifier(f, text, table)  # "Près d'un Français sur trois"
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        f = figures[i]
        if i + 1 < len(figures) and f.kind in ("digits", "words") and f.unit == "count":
            g = figures[i + 1]
            whole = g.value if g.kind in ("digits", "words") else None
            gap = table.proportion_gap_re.match(text[f.end : g.start])
            if (
                gap
                and whole
                and f.value is not None
                and f.value <= whole
                and (whole in (10, 100, 1000) or _small_whole(f, g, text, table))
            ):
                f.value, f.unit, f.kind = round(f.value / whole * 100, 6), "percent", "proportion"
                f.counted = gap.group("noun").strip()
                f.end = g.end
                out.append(f)
                i += 2
                continue
        out.append(f)
        i += 1
    return out


def _link_changes(figures: list[Figure], text: str, table: ExtractionTable) -> None:
    """Mark "de 64,6 % ... à 52,9 %" as a change and "74 %, contre 65 %" as a comparison."""
    from_re, to_re = table.change_from_end_re, table.change_to_end_re
    has_verb = table.change_verb_re.search(text) is not None
    for i in range(1, len(figures)):
        f, prev = figures[i], figures[i - 1]
        if f.role is Role.ratio:
            f.partner = i - 1  # "6 500 demandes, soit quatre fois ...": the figure it describes
            continue
        before = text[prev.end : f.start]
        loose = table.comparison_with_change_re.search(before.rstrip())
        compared = table.comparison_re.search(before.rstrip()) or (
            loose is not None and (has_verb or loose.group("comma") is not None)
        )  # not "firefighters from three provinces"
        if (
            f.unit == "count"
            and prev.unit not in ("count", "ratio")
            and compared
        ):
            f.unit = prev.unit  # "1 500 milliards d'euros, contre 1 450 milliards": same unit
        shared_unit = prev.unit == "count" and f.unit != "count" and to_re.search(before)
        if has_verb and shared_unit and re.fullmatch(rf"{_SPACES}\S+{_SPACES}", before):
            prev.unit = f.unit  # "from five to seven years": the unit is written once
        if f.unit != prev.unit or prev.role is Role.ratio:
            continue
        head = text_before(text, f.start, 20)
        if (
            has_verb
            and to_re.search(head)
            and (
                prev.role in (Role.change_to, Role.change_from)
                or from_re.search(text_before(text, prev.start, 12))
            )
        ):
            if prev.role is Role.value:
                prev.role = Role.change_from
            f.role, f.partner = Role.change_to, i - 1
            if prev.partner is None:
                prev.partner = i
            if prev.value is not None and f.value is not None and prev.value != f.value:
                way = Direction.up if f.value > prev.value else Direction.down
                f.direction = f.direction or way  # "from 5 to 7 years": up
                prev.direction = prev.direction or way
        elif compared:
            f.role, f.partner = Role.comparison, i - 1


_LOWER_BOUNDS = (Approx.more_than, Approx.at_least)
_UPPER_BOUNDS = (Approx.less_than, Approx.up_to)


def _join_bounds(figures: list[Figure], text: str, table: ExtractionTable) -> list[Figure]:
    """ "above 1,000 and below 1,500", "au plus 100 et au moins 20": two bounds of one quantity
    joined by a conjunction are one range."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.unit == f.unit
            and {prev.approx, f.approx} & set(_LOWER_BOUNDS)
            and {prev.approx, f.approx} & set(_UPPER_BOUNDS)
            and prev.approx != f.approx
            and table.bound_join_re.fullmatch(text, prev.end, f.start)
        ):
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


def _join_compounds(figures: list[Figure], text: str, table: ExtractionTable) -> list[Figure]:
    """ "5ft 10in", "5 feet and 10 inches", "7lb 4oz": one measure in the larger unit, the
    smaller part (a figure of its own, or glued digits the number reader left) added to it."""
    out: list[Figure] = []
    for k, f in enumerate(figures):
        if out and f.start < out[-1].end:
            continue  # the smaller part, already in the figure before
        out.append(f)
        rx = table.compound_res.get(f.unit)
        if rx is None or f.value is None or f.approx is Approx.range:
            continue
        per = table.units.compounds[f.unit].per
        minor = figures[k + 1] if k + 1 < len(figures) else None
        if (m := rx.match(text, f.end)) is not None and float(m.group("n")) < per:
            part, end = float(m.group("n")), m.end()
        elif (
            # "thirteen dollars and forty-five cents": the smaller part read as a figure
            minor is not None
            and minor.unit in table.compound_minor_units[f.unit]
            and minor.value is not None
            and minor.approx is Approx.exact
            and 0 < minor.value < per
            and table.compound_join_re.fullmatch(text, f.end, minor.start)
        ):
            part, end = minor.value, minor.end
        else:
            continue
        f.value = round(f.value + part / per, 6)
        f.decimals, f.end = max(f.decimals, 2), end
    return out


def _share_list_unit(figures: list[Figure], text: str, table: ExtractionTable) -> None:
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


def main_figures(figures: list[Figure]) -> list[int]:
    """Indices of the figures that are not conversions in parentheses of the one before."""
    return [i for i, f in enumerate(figures) if not f.parenthetical]


def read_figures(
    s: Sentence,
    numbers: list[NumberMatch],
    lang: str,
    table: ExtractionTable,
    published: date | None,
    previous: list[Period],
    stats: ExtractionStats,
) -> tuple[list[Figure], list[PeriodMatch]]:
    """The figures of one sentence and its period phrases; ``previous`` holds the periods of
    the sentences before, for phrases that refer back."""
    text = s.text
    stats.numbers_seen += len(numbers)
    periods = find_periods(text, s.start, lang, published, previous)
    kept: list[NumberMatch] = []
    code_end = -2
    for n in numbers:
        if n.kind == "digits" and 0 <= n.start - code_end <= 1:
            stats.skip("phone number or code")  # the rest of "020 7946 0321"
            code_end = n.end
        elif n.kind in NOT_QUANTITIES:
            stats.skip(NOT_QUANTITIES[n.kind])
        elif _within(n, periods, s.start):
            stats.skip("part of a period phrase")
        elif n.kind == "year" and not table.qualifier_re.search(text_before(text, n.start, 30)):
            stats.skip("year")
        elif _is_code(n, text, table):
            stats.skip("phone number or code")
            code_end = n.end
        elif _is_date(n, text, table):
            stats.skip("date")
        elif _is_modifier(n, text, table):
            stats.skip("part of a compound modifier")
        else:
            kept.append(n)
    figures: list[Figure] = []
    for f in _join_ranges(kept, text, table, stats):
        if figures and f.start < figures[-1].end:
            stats.skip("part of a unit")  # "64,2 cents": the unit word is no number of its own
            continue
        if _is_age(f, f.start, text, table):
            stats.skip("age")
            continue
        if _is_place_number(f, text, table):
            stats.skip("name with a number")
            continue
        _apply_unit(f, text, table)
        _apply_price_per(f, text, table)
        if _is_clock(f, text, table):
            stats.skip("time of day")
            continue
        _apply_qualifier(f, text, table)
        if _is_age_bound(f, figures[-1].end if figures else None, text, table):
            stats.skip("age")
            continue
        figures.append(f)
    figures = _join_bounds(figures, text, table)
    if table.units.compounds:
        figures = _join_compounds(figures, text, table)
    _share_list_unit(figures, text, table)
    kept_figures: list[Figure] = []
    for k, f in enumerate(figures):
        previous_end = figures[k - 1].end if k else None
        if _is_window(f, text, table, previous_end):
            stats.skip("length of a window")
            continue
        if _is_witness_time(f, text, table):
            stats.skip("a witness's own time")
            continue
        if previous_end is not None and _is_rate_base(f, text, table):
            stats.skip("base of a rate")
            continue
        _apply_direction(f, text, table)
        kept_figures.append(f)
    figures = kept_figures
    result: list[Figure] = []
    for f in _join_proportions(figures, text, table):
        if _is_bare_word(f, text, table):
            stats.skip("number word stating no figure")
        else:
            result.append(f)
    for prev, f in itertools.pairwise(result):
        if _OPEN_PAREN.fullmatch(text[prev.end : f.start]) and _CLOSE_PAREN.match(text, f.end):
            f.parenthetical = True
    main = main_figures(result)
    principal = [result[i] for i in main]
    _link_changes(principal, text, table)
    for f in principal:  # partners were found among the main figures: back to all indices
        if f.partner is not None:
            f.partner = main[f.partner]
    return result, periods


def lower_bound(f: Figure) -> float | None:
    """The lower bound a figure states: its range's, or its value after "plus de"."""
    if f.approx in (Approx.range, Approx.vague):
        return f.lower
    return f.value if f.approx in (Approx.more_than, Approx.at_least) else None


def upper_bound(f: Figure) -> float | None:
    """The upper bound a figure states: its range's, or its value after "jusqu'à"."""
    if f.approx in (Approx.range, Approx.vague):
        return f.upper
    return f.value if f.approx in (Approx.up_to, Approx.less_than) else None
