"""A rule's threshold or a set's definition is no measurement: "a recount only when the margin
is under 0.5%", "lorsque l'écart est inférieur à 25 voix" (a condition), "à condition d'avoir
perdu au moins 40 % de son cheptel" (a condition of eligibility), "starts in centres with
10,000 or more people", "les communes de 1 000 habitants et plus" (the bound that defines what
is counted), "within 100 feet of its home", "dans un rayon de 150 mètres" (a zone), and the
wait that defines a waiting list ("41.3% had been waiting more than 18 weeks", "3,150 patients
waiting more than six months"). The figures counted inside such a set stay."""

from __future__ import annotations

import re

from claims.context import counted_after
from claims.figure_model import DURATIONS, SPEEDS, Figure, first_digit, text_before
from claims.lang import ExtractionTable
from claims.lang.thresholds import Thresholds
from claims.models import Approx

LENGTHS = frozenset(
    {"meter", "kilometer", "centimeter", "foot", "mile", "yard", "inch", "nautical_mile"}
)
"""Units of distance (pint's names): a zone's radius is written in one of them."""

_REACH = 80
_COUNT_REACH = 40
"""How close (in characters) a count must stand before a wait for the wait to define it."""
_REQUIRED_UNITS = frozenset({"count", "percent"})
"""What a requirement asks for: a number of votes, seats or signatures, or a share of a vote."""
_BOUNDS = frozenset({Approx.more_than, Approx.at_least, Approx.less_than, Approx.up_to})
"""The bounds a rule sets (and a wait that defines a waiting list is bounded by)."""


def is_threshold(
    f: Figure, text: str, table: ExtractionTable, previous_end: int | None = None
) -> bool:
    """A figure in a condition, a bound defining a set, a zone's radius, or the wait that
    defines the count before it."""
    thresholds = table.thresholds
    before = text_before(text, f.start, _REACH)
    if thresholds.condition_before_re.search(before) or _condition_in_its_qualifier(f, text, table):
        return True
    if f.approx in _BOUNDS and thresholds.eligibility_before_re.search(before):
        return True  # "à condition d'avoir perdu au moins 40 %": who may claim, no measure
    if f.approx in _BOUNDS and _a_bar_not_a_level(before, thresholds):
        return True  # "failed to obtain more than 50%", "only if ... reach at least 25%"
    if thresholds.required_before_re.search(before):
        return True  # "did not reach the minimum 28% required by law"
    if f.unit in LENGTHS and thresholds.zone_before_re.search(before):
        return True
    if _set_by_a_rule(f, text, before, table, previous_end):
        return True
    return _defines_a_set(f, text, before, table)


def _set_by_a_rule(
    f: Figure, text: str, before: str, table: ExtractionTable, previous_end: int | None
) -> bool:
    """A speed a rule sets, an income bound that says who qualifies, the wait that defines a
    waiting list, what a rule requires or the limit it sets: no measure."""
    return (_a_speed_limit(f, before, table) or _an_income_bound(f, text, table)
            or _defines_a_waiting_list(f, before, table, previous_end)
            or _a_requirement(f, text, before, table) or _a_rule_limit(f, text, before, table))


def _an_income_bound(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "single filers who made less than $80,000", "individuals earning $80,000 or less", "les
    ménages gagnant moins de 1 800 euros": a bound on an income after a defining relative or
    participle says who qualifies, and a tax band's bounds ("applies to income above £125,140",
    "aux revenus entre 28 798 et 82 341 euros") where a rate applies: no income measured."""
    if (f.approx not in _BOUNDS and f.approx is not Approx.range) or (
            f.unit not in table.money_units):
        return False
    before = text_before(text, f.start, 50)
    found = table.thresholds.income_bound_before_re.search(before)
    if found is None:
        return False
    # "many workers are earning less than $2 a day": a progressive states what they earn
    words = before[: found.start()].split()
    return not (words and table.lengths.copula_re.fullmatch(words[-1]))


def _a_speed_limit(f: Figure, before: str, table: ExtractionTable) -> bool:
    """ "The speed limit for heavy trucks is 50 km per hour", "une route limitée à 80 km/h": the
    speed a rule sets, no speed measured ("the driver was doing 140 km/h" stays). A speed may be
    read as a length when "per hour" is written out ("50 km per hour")."""
    if f.unit not in SPEEDS and f.unit not in LENGTHS:
        return False
    return table.thresholds.speed_limit_before_re.search(before) is not None


def _a_bar_not_a_level(before: str, thresholds: Thresholds) -> bool:
    """A bound stated as a bar a vote failed to clear ("Candidates in both races failed to
    obtain more than 50% of the votes", "No candidate won more than 50%") or as a rule's
    condition further into its clause ("removed only if yes votes outnumber no votes and also
    reach at least 25% of registered voters"): the rule's figure, not a level reached."""
    return bool(thresholds.unmet_before_re.search(before)
                or thresholds.bounded_condition_before_re.search(before))


def _condition_in_its_qualifier(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "Si le taux d'incidence dépasse 50 %": the condition's verb was read as the figure's
    qualifier ("dépasse 50 %" is more than 50 %), so the condition ends at its digits."""
    if f.approx is Approx.exact:
        return False
    digit = first_digit(f, text)
    if digit is None or digit == f.start:
        return False
    return table.thresholds.condition_before_re.search(text_before(text, digit, _REACH)) is not None


def _a_rule_limit(f: Figure, text: str, before: str, table: ExtractionTable) -> bool:
    """What a rule sets rather than what was measured: a limit it names ("le seuil de 10 %",
    "the 5% threshold"), a limit it sets ("capping applications at 50 a day"), what it allows
    per unit, or a bound it requires ("la règle exige qu'une pharmacie soit joignable en trente
    minutes au plus")."""
    thresholds = table.thresholds
    return bool(
        thresholds.limit_before_re.search(before)
        or thresholds.threshold_after_re.match(text[f.end : f.end + 20])
        or thresholds.limit_verb_before_re.search(before)
        or _allowed_per_unit(f, text, before, table)
        or (f.approx in _BOUNDS and thresholds.requirement_re.search(before))
    )


def _allowed_per_unit(f: Figure, text: str, before: str, table: ExtractionTable) -> bool:
    """ "Chaque club est autorisé à s'entraîner trois jours par semaine, 90 minutes par séance",
    "up to 30 kg per boat": what a rule allows, given per unit of something, after a permission
    in the text before it, or as a bound "up to" per thing (a quota); "landed 900 kg per boat",
    "gusts of up to 40 mm per hour" state what was measured, and an amount of money allowed
    ("entitled to £1,568 a year") is what an entitlement is worth."""
    t = table.thresholds
    if f.unit in table.money_units:
        return False  # "entitled to £1,568 a year": what an entitlement is worth is a figure
    per = t.distributive_after_re.match(text, f.end)
    if per is None:
        return False
    if t.permission_re.search(before):
        return True
    return f.approx is Approx.up_to and table.per_re.search(per.group()) is None


def is_scale_level(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "had rated the fire danger at 3 on a scale of 4", "évalué à 2 sur une échelle de 10": a
    rating and the top of its scale, no quantity ("a magnitude 6.1 quake" is a measure); and a
    confidence interval's level and bounds ("IC 95% [13 ; 35]", "95% CI 1.2 to 3.4")."""
    t = table.thresholds
    if t.interval_before_re.search(text_before(text, f.start, 40)):
        return True
    if f.unit == "percent" and t.interval_level_after_re.match(text[f.end : f.end + 30]):
        return True
    if t.scale_after_re.match(text[f.end : f.end + 40]):
        return True
    return t.scale_before_re.search(text_before(text, f.start, 30)) is not None


def _a_requirement(f: Figure, text: str, before: str, table: ExtractionTable) -> bool:
    """ "needed 176 votes to pass", "avait besoin de 176 voix pour passer", "the 184 votes
    needed", "needed 4% of the vote to win seats", "must receive at least 5% of votes to
    enter": the count or share a purpose requires is a target, not a count of anything done
    ("needed hospital treatment", "300 workers needed treatment" stay)."""
    if f.unit not in _REQUIRED_UNITS:
        return False
    t = table.thresholds
    if t.need_before_re.search(before) and t.purpose_after_re.match(text, f.end):
        return True
    if t.needed_after_re.match(text, f.end) is None:
        return False
    # "the 184 votes needed", "au-delà des 300 000 nécessaires" (the article read before the
    # digits, a qualifier being part of the figure), "with 60 votes needed to pass"
    digit = first_digit(f, text)
    lead = text_before(text, f.start if digit is None else digit, _REACH)
    return bool(t.definite_before_re.search(lead) or t.set_link_end_re.search(lead))


def _defines_a_waiting_list(
    f: Figure, before: str, table: ExtractionTable, previous_end: int | None
) -> bool:
    """ "41.3% had been waiting more than 18 weeks": a bounded wait right after the
    participle of waiting whose subject is the count or share just before; "1,020 patients
    waited more than 12 hours" and "People waited in line for more than two hours" state the
    wait itself."""
    if f.unit not in DURATIONS or f.approx not in _BOUNDS or previous_end is None:
        return False
    if f.start - previous_end > _COUNT_REACH:
        return False
    return table.thresholds.wait_before_re.search(before) is not None


def _defines_a_set(f: Figure, text: str, before: str, table: ExtractionTable) -> bool:
    """ "centres with 10,000 or more people", "les communes de 1 000 habitants et plus": a
    bound after the figure (or its noun) and a noun with a link word before it."""
    thresholds = table.thresholds
    link = thresholds.set_link_before_re.search(before)
    if link is None:
        return False
    if _one_thing(link, before, table):
        return False  # "a crowd of 10,000 or more": an estimate of one thing
    if table.lengths.copula_re.fullmatch(link["noun"]):
        return False  # "son score est de 200 ou plus": a value, no set
    if f.approx in (Approx.at_least, Approx.up_to) and thresholds.set_bound_end_re.search(
        text, f.start, f.end
    ):
        return True
    if _a_bounded_count(f, text, before, link, table):
        return True
    # "firms with 80 employees or more than €20m in sales": no set's bound
    return thresholds.set_bound_after_re.match(text, f.end) is not None


def _a_bounded_count(
    f: Figure, text: str, before: str, link: re.Match[str], table: ExtractionTable
) -> bool:
    """A bound on a count that defines the set: the set a ban covers ("banned gatherings of
    more than 50 people"), or an upper bound on a count of something ("les PME de moins de 50
    salariés"; "gusts of up to 75mph", "fines of up to €10,000" state a measure's or a
    penalty's top; "les records de moins de 3000" count nothing named)."""
    if f.unit != "count":
        return False
    if f.approx in _BOUNDS and _under_a_ban(f, text, before, link, table):
        return True
    return (f.approx is Approx.less_than and _several(link, table.thresholds)
            and counted_after(text, f.end, table))


def _under_a_ban(
    f: Figure, text: str, before: str, link: re.Match[str], table: ExtractionTable
) -> bool:
    """A ban word in the clause before the set's noun ("banned gatherings of"), or a ban said
    right after the counted noun ("gatherings with more than 50 people are not allowed")."""
    t = table.thresholds
    clause = _CLAUSE_BREAK.split(before[: link.start("noun")])[-1]
    if t.prohibition_re.search(clause):
        return True
    return t.prohibited_after_re.match(text[f.end : f.end + 60]) is not None


_CLAUSE_BREAK = re.compile(r"[;:()]|,(?=[\s\u00a0\u202f]+(?:and|but|et|mais)\b)")


def _several(link: re.Match[str], thresholds: Thresholds) -> bool:
    """The noun before the link names several things: a plural article ("les PME de"), or a
    plural ending ("firms with")."""
    article = link["article"]
    if article and thresholds.plural_re.fullmatch(article):
        return True
    return bool(thresholds.plural_endings) and link["noun"].endswith(
        tuple(thresholds.plural_endings))


def _one_thing(link: re.Match[str], before: str, table: ExtractionTable) -> bool:
    """The noun before the link has an article of one thing ("a crowd of"), and no link
    before that article ("centres with a population of" defines a set)."""
    article = link["article"]
    if not article or not table.thresholds.singular_re.fullmatch(article):
        return False
    return table.thresholds.link_ending_re.search(before, 0, link.start()) is None
