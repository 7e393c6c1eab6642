"""A figure read from a sentence (``Figure``: a number with its unit, qualifier, role and the
figure it is linked to), and the small questions every step asks of one: its bounds, the text
before it, the main figures of a sentence. ``claims.figures`` reads them."""

from __future__ import annotations

from dataclasses import dataclass

from claims.models import Approx, Claim, Direction, Role

NOT_QUANTITIES = {
    "ordinal": "ordinal",
    "iso_date": "date",
    "time": "time of day",
    "phone": "phone number",
    "label": "name with a number",
}
DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
SPEEDS = frozenset({"kilometer/hour", "mile/hour", "meter/second", "knot"})
"""Units of speed (pint's names), which a speed limit is written in."""
def compound_value(larger: float, smaller: float, per: float, in_smaller: bool) -> float:
    """A measure written in two units ("2 hours 40 minutes", "8분 12초", "5ft 10in"), ``per``
    of the smaller making one of the larger: in the smaller unit (160 minutes) or the larger
    (8.2 minutes, 5.83 feet)."""
    return round(larger * per + smaller if in_smaller else larger + smaller / per, 6)


AMOUNTS = frozenset({
    "metric_ton", "tonne", "ton", "megametric_ton", "kilogram", "gram", "hectare", "acre",
    "kilometer**2", "meter**2", "liter", "hectoliter", "centiliter", "milliliter", "meter**3",
    "cubic_centimeter", "barrel",
})
"""Amounts of stuff (pint's names) a later report may give grown: tonnes of garbage in the
streets, hectares burned, cubic metres of oil spilled. Not a share, money, a duration, a length
or weather."""


def read_at_publication(unit: str) -> bool:
    """A figure of this unit that no phrase dates is read at publication: a count, or an amount
    of stuff, which two articles of different days give as two readings, not one figure twice."""
    return unit == "count" or unit in AMOUNTS


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


def position_of(f: Figure, figures: list[Figure]) -> int:
    """Where ``f`` stands in ``figures``: ``figures.index(f)``, found by identity. Two figures
    of a sentence never hold the same span, so no other figure equals ``f``, and comparing each
    figure before it field by field (a figure of a chain of percentages has a dozen before
    it) is skipped (speed)."""
    for at, other in enumerate(figures):
        if other is f:
            return at
    raise ValueError("figure not in its sentence's figures")


def text_before(sentence: str, pos: int, width: int = 60) -> str:
    return sentence[max(0, pos - width) : pos]


def first_digit(f: Figure, text: str) -> int | None:
    """Where the figure's first digit stands in ``text``, None for a figure in words: a
    qualifier read into the figure ("dépasse 50 %", "de 5 à 14 ans") ends right before it."""
    return next((i for i in range(f.start, f.end) if text[i].isdigit()), None)


def main_figures(figures: list[Figure]) -> list[int]:
    """Indices of the figures that are not conversions in parentheses of the one before."""
    return [i for i, f in enumerate(figures) if not f.parenthetical]


def _rough(f: Figure) -> bool:
    """ "une vingtaine": about 20 within its span, whose ends are the bounds it states."""
    return f.approx is Approx.about and f.lower is not None and f.upper is not None


def lower_bound(f: Figure) -> float | None:
    """The lower bound a figure states: its range's, or its value after "plus de"."""
    if f.approx in (Approx.range, Approx.vague) or _rough(f):
        return f.lower
    return f.value if f.approx in (Approx.more_than, Approx.at_least) else None


def upper_bound(f: Figure) -> float | None:
    """The upper bound a figure states: its range's, or its value after "jusqu'à"."""
    if f.approx in (Approx.range, Approx.vague) or _rough(f):
        return f.upper
    return f.value if f.approx in (Approx.up_to, Approx.less_than) else None


def partner_claim(f: Figure, done: list[Claim]) -> Claim | None:
    """The claim of the figure this one is paired with in its sentence, once it is read
    ("contre 306 l'an passé": the claim of "335 morts en août")."""
    return done[f.partner] if f.partner is not None and f.partner < len(done) else None
