"""Changes: the way a figure's change goes (a change verb or noun before or after it, a sign
in parentheses: "rose 5%", "(-2.1%)"), and the two sides of a change from one level to another
("from 10% to 12%"), linked."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache

from claims.counter_figures import CountedFigure
from claims.figure_model import Figure, text_before
from claims.figure_units import unit_at, unit_kind_is_money
from claims.lang import ExtractionTable
from claims.lang.regex import literal_alternation
from claims.models import Approx, Direction, Role
from claims.numbers import NumberMatch

_SPACES = r"[\s\u00a0\u202f]*"


_VERB_REACH = 40
"""How far before "de 20 à 30" a change verb makes it a change ("est passé de 20 à 30")."""
_MONEY_VERB_REACH = 90
"""The same for amounts, percents and durations, whose verb often has its object between
("porter l'amende pour usage du téléphone au volant de 135 à 200 euros", "portera la durée
hebdomadaire de travail des agents de 35 à 37 heures"), within the clause."""
_CLAUSE_MARKS = re.compile(r"[,;:()«»\"]")


def change_verb(
    n: NumberMatch, m: NumberMatch, text: str, table: ExtractionTable
) -> re.Match[str] | None:
    """The change verb that makes "de X à Y" / "from X to Y" a change, the nearest before."""
    duration = table.duration_re.match(text[m.end : m.end + 40]) is not None
    reach = _MONEY_VERB_REACH if duration or _amount_or_percent(n, m, text, table) else _VERB_REACH
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


def _amount_or_percent(n: NumberMatch, m: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """Money before the first figure, or a percent or a currency after the second."""
    if table.money_before_re.search(text_before(text, n.start, 6)):
        return True
    unit = unit_at(text, m.end, table)
    return unit is not None and (unit[0] == "percent" or unit_kind_is_money(unit[0], table))


_SMALL_CHANGE_POINTS = 20
"""Up to this many bare "points", a stated change is of a rate (polls, shares), not an index."""


_OPEN_BEFORE = re.compile(r"\([\s\u00a0\u202f]*$")
_OPEN_SIGN_BEFORE = re.compile(r"\([\s\u00a0\u202f]*(?P<sign>[-+\u2212\u2013])[\s\u00a0\u202f]+$")
_MINUS_SIGNS = ("-", "\u2212", "\u2013")
_SIGNED_CHANGE_UNITS = frozenset({"percent", "percentage_point"})


def _bare_points_after(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "(+1 point)", "(-0,1 pt)": a small count followed by bare points, which a sign makes
    a change of a rate like a percent ("fell by 3 points"), not an index's or a player's."""
    if f.unit != "count" or f.value is None or abs(f.value) > _SMALL_CHANGE_POINTS:
        return False
    after = text[f.end : f.end + 40]
    m = table.bare_points_re.match(after)
    return m is not None and not table.tally_points_re.match(after, m.end())


def _signed_change(f: Figure, text: str, table: ExtractionTable) -> Direction | None:
    """ "4 612 contre 4 705 (-2 %)", "closed at $41.20 (-3.1%)", "(- 27,4 % sur le
    trimestre)": a percent or points with its sign, opening a parenthesis after the figures
    it compares, is a change written with its sign (read like "+8 %"); a negative level stays
    negative ("un taux de -0,5 %"). A fall's value is made positive, as "fell 2%" is."""
    if f.value is None or not _an_exact_signed_unit(f, text, table):
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


def _an_exact_signed_unit(f: Figure, text: str, table: ExtractionTable) -> bool:
    """An exact percent or points, or a small count of bare points ("(+1 point)")."""
    signed_unit = f.unit in _SIGNED_CHANGE_UNITS or _bare_points_after(f, text, table)
    return signed_unit and f.approx is Approx.exact


_PLUS_BEFORE = re.compile(r"\+[\u00a0\u202f ]?$")
"""A plus sign right before a figure, glued or after one space as French copy sets it."""


def apply_direction(f: Figure, text: str, table: ExtractionTable) -> None:
    """ "rose 5%", "fell by 3 points", "en hausse de 0,2 point", "the 7% rise", "doubled":
    the way a stated change goes, read by the first of ``_DIRECTION_READERS`` that finds one;
    a small count of bare points is then a change of a rate ("fell by 3 points")."""
    if f.kind == "multiplier":
        word = table.direction_word_re.fullmatch(text, f.start, f.end)
        if word is not None:  # "doubled", "halved" (not "four times")
            f.direction = Direction.up if (f.value or 0) > 1 else Direction.down
        return
    way = next(
        (found for read in _DIRECTION_READERS if (found := read(f, text, table)) is not None),
        None,
    )
    if way is not None:
        f.direction = way
    if f.direction is not None:
        _as_points(f, text, table)


_OPENS = re.compile(r"\s*\(\s*")  # "\s" holds the no-break spaces of French copy
_CLOSES = re.compile(r"\s*\)")


def in_parentheses_after(text: str, before: Figure | CountedFigure,
                         figure: Figure | CountedFigure) -> bool:
    """The figure stands alone in parentheses right after the one before it: "fell by 16,000
    tonnes (6.2%)", "1만6천t(6.2%)", "764명(3.8%)"."""
    return bool(_OPENS.fullmatch(text, before.end, figure.start)
                and _CLOSES.match(text, figure.end))


def parenthesised_rates_go_their_way(figures: list[CountedFigure], text: str) -> None:
    """ "1만6천t(6.2%) 감소했다": a rate in parentheses right after a change's amount restates
    that change and goes its way."""
    for f, g in itertools.pairwise(figures):
        if in_parentheses_after(text, f, g):
            restated_change_way(f, g)


def restated_change_way(amount: Figure | CountedFigure, rate: Figure | CountedFigure) -> None:
    """A percentage in parentheses right after the amount of a change restates that change
    as a rate and goes its way: "fell by 16,000 tonnes (6.2%)", "a reculé de 16 000 tonnes
    (6,2 %)", "1만6천t(6.2%) 감소했다"."""
    if (rate.unit == "percent" and rate.direction is None and amount.direction is not None
            and amount.unit not in ("percent", "percentage_point")):
        rate.direction = amount.direction


def _as_points(f: Figure, text: str, table: ExtractionTable) -> None:
    """ "fell by 3 points": a small count of bare points is a change of a rate."""
    if f.unit != "count" or f.value is None or abs(f.value) > _SMALL_CHANGE_POINTS:
        return
    m = table.bare_points_re.match(text[f.end : f.end + 12])
    if m:
        f.unit, f.end = "percentage_point", f.end + m.end()


def _plus_sign(f: Figure, text: str, table: ExtractionTable) -> Direction | None:
    """ "+48 %", "+ 1,6 %", "+1 point": a change written with its sign (a count is not)."""
    if f.unit == "count" and not _bare_points_after(f, text, table):
        return None
    if not _PLUS_BEFORE.search(text, max(0, f.start - 2), f.start):
        return None
    return Direction.up


def _sign_in_parentheses(f: Figure, text: str, table: ExtractionTable) -> Direction | None:
    """ "(-2 %)": a fall of 2 % (``_signed_change``)."""
    return _signed_change(f, text, table)


def _word_before(f: Figure, text: str, table: ExtractionTable) -> Direction | None:
    """ "rose 5%", "en hausse de 0,2 point": a word of the change's way before the figure."""
    before = table.direction_before_re.search(text_before(text, f.start, 40))
    if before is None or _gathered(f, before, table):
        return None  # "raised $45 million": an amount gathered
    return Direction.up if before.group("up") else Direction.down


def _word_after(f: Figure, text: str, table: ExtractionTable) -> Direction | None:
    """ "a 7% rise", "a $5 billion cut": the change named after the figure (not a count's)."""
    if f.unit == "count":
        return None
    after = table.direction_after_re.match(text[f.end : f.end + 20])
    if after is None:
        return None
    return Direction.up if after.group("up") else Direction.down


def _points_way(f: Figure, text: str, table: ExtractionTable) -> Direction | None:
    """ "four points lower than last month", "soit 4 points de moins qu'en février": a small
    count of bare points with a comparative after them is a change of a rate (a poll's share
    against the previous poll's), not a count of points."""
    if f.unit != "count" or f.value is None or abs(f.value) > _SMALL_CHANGE_POINTS:
        return None
    way = table.points_way_re.match(text[f.end : f.end + 40])
    if way is None or not _names_a_share(text, table):
        return None
    return Direction.up if way.group("up") else Direction.down


def _names_a_share(text: str, table: ExtractionTable) -> bool:
    """A percent in the sentence: points beside a share are a rate's ("38 percent, four points
    lower"); alone they may be a league's ("3 points de plus que Lyon")."""
    low = text.lower()
    return any(word in low for word in table.units.percent)


def _gathered(f: Figure, verb: re.Match[str], table: ExtractionTable) -> bool:
    """ "raised $45 million", "raised more than €2m from donors": money a gathering verb takes
    as its object (no "by" between) is the amount gathered, no change."""
    return gathering_verb(verb, table) and unit_kind_is_money(f.unit, table)


def gathering_verb(verb: re.Match[str], table: ExtractionTable) -> bool:
    """Whether a change verb found before a figure is one word of ``changes.gather_verbs``
    ("raised", "raise"): with money as its object, it gathers the amount."""
    return verb.group().lower().strip() in table.changes.gather_verbs


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


# The ways a change's direction is read, tried in order: a sign, a sign in parentheses, a word
# before, the verb whose object stands before "by" ("cut its key rate by 50 basis points"), a
# word after.
_DIRECTION_READERS: tuple[Callable[[Figure, str, ExtractionTable], Direction | None], ...] = (
    _plus_sign, _sign_in_parentheses, _word_before, _verb_before_by, _word_after, _points_way,
)


def link_changes(figures: list[Figure], text: str, table: ExtractionTable) -> None:
    """Mark "de 64,6 % ... à 52,9 %" as a change and "74 %, contre 65 %" as a comparison."""
    has_verb = table.change_verb_re.search(text) is not None
    for i in range(1, len(figures)):
        f, prev = figures[i], figures[i - 1]
        if f.role is Role.ratio:
            f.partner = i - 1  # "6 500 demandes, soit quatre fois ...": the figure it describes
            continue
        before = text[prev.end : f.start]
        compared = _compared(before, has_verb, table)
        _share_unit(f, prev, before, compared, has_verb, table)
        if f.unit != prev.unit or prev.role is Role.ratio:
            continue
        if has_verb and _change_to(f, prev, text, table):
            _link_change(f, prev, i)
        elif compared:
            f.role, f.partner = Role.comparison, i - 1


def _compared(before: str, has_verb: bool, table: ExtractionTable) -> bool:
    """Whether the text between two figures compares the second with the first ("contre",
    "from" when a change verb is about or a comma sets it off; not "firefighters from three
    provinces")."""
    loose = table.comparison_with_change_re.search(before.rstrip())
    return bool(table.comparison_re.search(before.rstrip())) or (
        loose is not None and (has_verb or loose.group("comma") is not None)
    )


def _share_unit(f: Figure, prev: Figure, before: str, compared: bool, has_verb: bool,
                table: ExtractionTable) -> None:
    """A unit written once for two figures: "1 500 milliards d'euros, contre 1 450
    milliards", "from five to seven years". A percentage is not lent to a level above a hundred
    ("rose 3 percent from 41,200 units", "down one per cent from 246,300"): that is the level
    the change started from, in its own unit."""
    lends = prev.unit not in ("count", "ratio") and not _above_a_percent_scale(f, prev)
    if f.unit == "count" and lends and compared:
        f.unit = prev.unit
    shared_unit = prev.unit == "count" and f.unit != "count" and table.change_to_end_re.search(
        before
    )
    if has_verb and shared_unit and re.fullmatch(rf"{_SPACES}\S+{_SPACES}", before):
        prev.unit = f.unit


def _above_a_percent_scale(f: Figure, prev: Figure) -> bool:
    """Whether ``f`` is too large to be the same kind of percentage as ``prev``."""
    return prev.unit == "percent" and f.value is not None and abs(f.value) > 100


def _change_to(f: Figure, prev: Figure, text: str, table: ExtractionTable) -> bool:
    """Whether "to" stands right before the figure, and the one before is a change's side or
    follows "from"."""
    return bool(table.change_to_end_re.search(text_before(text, f.start, 20))) and (
        prev.role in (Role.change_to, Role.change_from)
        or bool(table.change_from_end_re.search(text_before(text, prev.start, 12)))
    )


def _link_change(f: Figure, prev: Figure, i: int) -> None:
    """The two sides of a change, linked, going the way the values do ("from 5 to 7 years":
    up)."""
    if prev.role is Role.value:
        prev.role = Role.change_from
    f.role, f.partner = Role.change_to, i - 1
    if prev.partner is None:
        prev.partner = i
    if prev.value is not None and f.value is not None and prev.value != f.value:
        way = Direction.up if f.value > prev.value else Direction.down
        f.direction = f.direction or way
        prev.direction = prev.direction or way


_LIST_GAP = 30  # a short phrase of the rate's base or time before the join ("on the month and")


def shared_change_way(figures: list[Figure], text: str, table: ExtractionTable) -> None:
    """ "rose 0.4% in October and 2.9% from a year earlier", "ont augmenté de 0,3 % sur un mois
    et de 1,4 % sur un an": one change word over a list of rates. A rate with no way of its own goes
    the way of the rate before it when the two are joined by a word of ``rate_list_joins``
    after at most a short phrase (no figure, no stop), and it ends its clause or opens its own
    base or time (``rate_list_after``): "and 20% remained unsold", "and 12% of them" are no
    change of the list."""
    joins, after = _list_words(table)
    if joins is None:
        return
    for a, b in itertools.pairwise(figures):
        if not _may_share_its_way(a, b):
            continue
        between = text[a.end : b.start]
        if len(between) > _LIST_GAP + 10 or not joins.search(between):
            continue
        rest = text[b.end : b.end + 30]
        if _LIST_END.match(rest) or (after is not None and after.match(rest)):
            b.direction = a.direction


_LIST_END = re.compile(r"\s*(?:[,.;:)]|$)")


def _may_share_its_way(a: Figure, b: Figure) -> bool:
    """Two rates, the first with a way, the second a plain value with none: the second may go
    the first's way as an item of its list."""
    return (a.unit == "percent" and b.unit == "percent" and a.direction is not None
            and b.direction is None and b.role is Role.value)


def _list_words(table: ExtractionTable) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The table's list joins (ending the text between two rates, after a short phrase with no
    digit nor stop) and the words that may open right after the second rate."""
    if not table.rate_list_joins:
        return None, None
    return _list_patterns(tuple(table.rate_list_joins), tuple(table.rate_list_after))


@cache
def _list_patterns(joins: tuple[str, ...], after: tuple[str, ...]
                   ) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """``_list_words``' patterns, compiled once per table rather than for every sentence."""
    joined, opened = literal_alternation(joins), literal_alternation(after)
    return (re.compile(rf"^[^\d.;:!?()]{{0,{_LIST_GAP}}}?(?<!\w)(?:{joined})\s*$", re.I),
            re.compile(rf"\s+(?:{opened})(?!\w)", re.I) if opened else None)
