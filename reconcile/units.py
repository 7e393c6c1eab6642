"""Units to canonical form, so "5 years" and "60 months" compare, and euros never meet won.

Canonical units per kind: counts, percents, ratios and money stay as written (money only
within one currency: there is no exchange rate here); durations go to seconds; measures
("kilometer", "mile/hour", "gigabyte", "acre") go to their SI base, within the kind of what they
measure, so "30,000 acres" and "12,100 hectares" compare; temperatures stay as written.
Rates (a claim's ``per``) are expressed per day, so "9,5 par semaine"
and "1,36 par jour" compare.

Unit words are expected in the extractor's normalised English form ("year", "second", "EUR");
translating "ans" or "secondes" belongs to the language tables, not here.
"""

from __future__ import annotations

from functools import lru_cache

import pint

SECONDS_PER_DAY = 86_400.0

_PLAIN_KINDS = {
    "count": "count",
    "percent": "percent",
    "%": "percent",
    "ratio": "ratio",
    "times": "ratio",
    "percentage_point": "percentage_point",  # a change of a rate, never mixed with shares
}

_CURRENCIES = {
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "£": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "won": "KRW",
    "₩": "KRW",
    "yen": "JPY",
    "¥": "JPY",
    "yuan": "CNY",
}


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The pint registry, built once on first use: building it takes a noticeable time."""
    return pint.UnitRegistry()


def split_rate(unit: str) -> tuple[str, str | None]:
    """``"count per day"`` -> ``("count", "day")``; a plain unit has no denominator."""
    head, sep, per = unit.partition(" per ")
    return (head.strip(), per.strip() or None) if sep else (unit.strip(), None)


def _currency(unit: str) -> str | None:
    if unit.startswith("money:"):
        return unit.split(":", 1)[1].upper() or None
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return unit
    return _CURRENCIES.get(unit.lower())


@lru_cache(maxsize=256)
def _pint_units(unit: str) -> pint.Unit | None:
    try:
        return registry().parse_units(unit)
    except (pint.errors.PintError, AttributeError, TypeError, ValueError, AssertionError):
        return None


def _is_duration(unit: str) -> bool:
    parsed = _pint_units(unit)
    return parsed is not None and parsed.dimensionality == registry().second.dimensionality


_TEMPERATURES = frozenset({"degC", "degF", "kelvin"})
"""Units with an offset: never scaled to a base unit, and Celsius never meets Fahrenheit."""


@lru_cache(maxsize=256)
def _measure_kind(unit: str) -> str:
    """A pint unit's kind named by what it measures ("[length]", "[length] ** 2"), so that
    kilometres meet miles and never gigabytes; dimensionless pint units by their base unit
    (bytes and bits are information, radians angles)."""
    if unit in _TEMPERATURES:
        return f"temperature:{unit}"
    parsed = _pint_units(unit)
    if parsed is None:
        return "other"
    quantity = registry().Quantity(1.0, parsed).to_base_units()
    if quantity.dimensionless:
        return f"measure:{quantity.units}"
    return f"measure:{quantity.dimensionality}"


def _price_parts(unit: str) -> tuple[str, str] | None:
    """ "USD/gallon" -> ("USD", "gallon"): a price per unit of something; None otherwise."""
    money, slash, thing = unit.partition("/")
    currency = _currency(money) if slash and thing else None
    return None if currency is None else (currency, thing)


def _thing_factor(thing: str) -> float:
    """How many base units one ``thing`` is (a gallon in cubic metres); 1 for a thing pint
    does not measure (a share, a dozen)."""
    parsed = _pint_units(thing)
    if parsed is None:
        return 1.0
    return float(registry().Quantity(1.0, parsed).to_base_units().magnitude)


def unit_kind(unit: str) -> str:
    """count, percent, ratio, duration, money:<currency>, measure:<dimension>,
    temperature:<unit> or other (rates are per their head); a price per unit of something is
    money:<currency>/<what it measures> ("$4.50 a gallon" and "1,20 $ le litre" meet)."""
    head, _ = split_rate(unit)
    if head.lower() in _PLAIN_KINDS:
        return _PLAIN_KINDS[head.lower()]
    if (price := _price_parts(head)) is not None:
        currency, thing = price
        measured = _measure_kind(thing)
        return f"money:{currency}/{thing if measured == 'other' else measured}"
    currency = _currency(head)
    if currency:
        return f"money:{currency}"
    if _is_duration(head):
        return "duration"
    return _measure_kind(head)


@lru_cache(maxsize=1024)
def seconds(unit: str) -> float | None:
    """Length of a duration unit in seconds ("week" -> 604 800), or None if not a duration.

    Once per unit: pint takes a millisecond to ask, and every rate check asks."""
    if not _is_duration(unit):
        return None
    return float(registry().Quantity(1.0, unit).to("second").magnitude)


def canonical_factor(unit: str, per: str | None = None) -> float | None:
    """What to multiply a value by to reach the canonical unit; None when unknown."""
    head, embedded_per = split_rate(unit)
    per = per or embedded_per
    kind = unit_kind(head)
    plain = ("count", "percent", "percentage_point", "ratio")
    if (price := _price_parts(head)) is not None:
        factor: float | None = 1.0 / _thing_factor(price[1])  # per gallon -> per cubic metre
    elif kind in plain or kind.startswith(("money:", "temperature:")):
        factor = 1.0
    elif kind == "duration":
        factor = seconds(head)
    else:
        parsed = _pint_units(head)
        factor = (
            None
            if parsed is None
            else float(registry().Quantity(1.0, head).to_base_units().magnitude)
        )
    if factor is None or per is None:
        return factor
    per_seconds = seconds(per)
    if not per_seconds:
        return None
    return factor * SECONDS_PER_DAY / per_seconds


def to_canonical(value: float, unit: str, per: str | None = None) -> float:
    """``value`` in the canonical unit of its kind; raises ValueError for an unknown unit."""
    factor = canonical_factor(unit, per)
    if factor is None:
        raise ValueError(f"unknown unit {unit!r}" + (f" per {per!r}" if per else ""))
    return value * factor


def comparable(unit_a: str, per_a: str | None, unit_b: str, per_b: str | None) -> bool:
    """Same kind, and either both plain values or both rates over a duration."""
    head_a, embedded_a = split_rate(unit_a)
    head_b, embedded_b = split_rate(unit_b)
    per_a, per_b = per_a or embedded_a, per_b or embedded_b
    if unit_kind(head_a) != unit_kind(head_b) or (per_a is None) != (per_b is None):
        return False
    factors = (canonical_factor(unit_a, per_a), canonical_factor(unit_b, per_b))
    return None not in factors
