"""Peer bench: score the extractor on other projects' public test data and print pass rates.

    python bench/peer_suites.py SUITES_DIR [-v] [--causes] [--baseline FILE] [--save FILE]

``SUITES_DIR`` holds ``quantulum3/`` and ``recognizers/`` as in ``../shared/peer-suites`` (kept
byte for byte; data only). Nothing here knows a suite sentence: each case goes through the same
reader as an article, and only the suites' vocabularies (their unit names) are mapped to ours.

A fraction or proportion, a percent in our claims ("two thirds": 66.67 percent), is read back
as the ratio the suites write (0.667) when its text has no percent word.

What is read: every claim the extractor makes from the case's text, plus the numbers it reads
but does not make a claim of (years, bare number words) as plain counts, so the number reader is
measured, not the choice of what is a claim. Names with numbers in them ("Voyager 2") are
expected by quantulum3 and are misses here by design.

Scores:
- quantulum3: per expected quantity, whether a reading has its value (a range: its bounds), and
  whether it has the value and the same unit (compared through pint);
- Recognizers Number / Percent: a case passes when the (text, value) list is the spec's;
- Recognizers NumberRange: a case passes when the bounds (and open/closed ends of one-sided
  bounds) are the spec's;
- Recognizers Currency / Dimension: a case passes when the (value, unit) list of readings of
  that kind is the spec's.

``--causes`` groups each file's failures by class: what went wrong (missed, read too many,
unit not read...) and how the expected quantity is written (glued to its unit, a fraction, a
comparison symbol, number words...), largest class first, so work goes to classes, not cases.

``--baseline FILE`` prints each rate next to the one saved in FILE (``--save FILE`` writes the
current figures), so a change is read against the figures before it.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# bench/ holds scripts whose names shadow modules (html.py): import from the project root only
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from claims import extract_text  # noqa: E402
from claims.models import Claim  # noqa: E402
from claims.number_table import load_number_table  # noqa: E402
from claims.numbers import NumberMatch, find_numbers  # noqa: E402
from reconcile.units import registry, unit_kind  # noqa: E402

LANGS = {"French": "fr", "English": "en"}
# Recognizers-Text's Python port (recognizers-text-suite 1.0.2a2) on the same files, scored by
# this script's own rules: Number and Percent as given in ../shared/peer-suites/README.md;
# Currency and Dimension measured on 2026-12-05 by feeding that package's results (Text, value,
# unit) through ``score_recognizers`` with its unit names mapped by the tables below.
REFERENCE = {
    "recognizers/Number/French/NumberModel.json": 155 / 273,
    "recognizers/Number/French/PercentModel.json": 22 / 35,
    "recognizers/Number/English/NumberModel.json": 177 / 235,
    "recognizers/Number/English/PercentModel.json": 17 / 20,
    "recognizers/NumberWithUnit/English/CurrencyModel.json": 139 / 180,
    "recognizers/NumberWithUnit/English/DimensionModel.json": 59 / 100,
    "recognizers/NumberWithUnit/French/CurrencyModel.json": 100 / 114,
    "recognizers/NumberWithUnit/French/DimensionModel.json": 47 / 59,
}
NUMBER_KINDS = frozenset({"digits", "words", "fraction", "proportion", "multiplier", "year"})


@dataclass(frozen=True)
class Reading:
    """One quantity read from a case: value, bounds and unit (ours, or pint's name)."""

    text: str
    value: float | None
    lower: float | None
    upper: float | None
    unit: str
    approx: str = "exact"
    per: str | None = None  # a rate's time ("$15.4/hour": USD, per hour)

    @property
    def rate_unit(self) -> str:
        """The unit with its rate's time, as quantulum3 names rates: "USD/hour"."""
        return f"{self.unit}/{self.per}" if self.per else self.unit


# --------------------------------------------------------------------------- our reader


def as_reading(c: Claim, lang: str) -> Reading:
    """A claim as a reading. A fraction or proportion is a percent in our claims ("two thirds"
    is 66.67 percent); the suites write it as the plain ratio (0.667), so a percent with no
    percent word in its text is read back as that ratio: the same quantity, not a new guess."""
    reading = Reading(c.surface, c.value, c.lower, c.upper, c.unit, str(c.approx), c.per)
    if c.unit != "percent":
        return reading
    low = c.surface.lower()
    if any(w in low for w in load_number_table(lang).percent_words):
        return reading

    def ratio(v: float | None) -> float | None:
        return None if v is None else v / 100

    return Reading(
        c.surface, ratio(c.value), ratio(c.lower), ratio(c.upper), "count", reading.approx, c.per
    )


def read(text: str, lang: str) -> list[Reading]:
    """Every quantity the extractor reads in ``text``: its claims, then the numbers it skipped."""
    claims = extract_text(text, lang=lang)
    out = [as_reading(c, lang) for c in claims]
    spans = [(c.start, c.end) for c in claims]
    for n in find_numbers(text, lang):
        if n.kind not in NUMBER_KINDS or any(s <= n.start < e for s, e in spans):
            continue
        out.append(Reading(text[n.start : n.end], n.value, n.lower, n.upper, "count"))
    return out


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-9)


# --------------------------------------------------------------------------- units


_QUANTULUM_NAMES = {
    "dimensionless": "count",
    "percentage": "percent",
    "dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "degree Celsius": "degC",
    "degree fahrenheit": "degF",
    "degree Fahrenheit": "degF",
    "pound-mass": "lb",
    "count per week": "count/week",
    "penny": "GBX",
    "cent": "USX",
    "dime": "dime",
}
# Recognizers' unit names (English, and French in the French files) as ISO codes or pint units.
_RECOGNIZERS_CURRENCY = {
    "dollar": "USD",
    "united states dollar": "USD",
    "dollar états-unis": "USD",
    "euro": "EUR",
    "chinese yuan": "CNY",
    "yuan chinois": "CNY",
    "pound": "GBP",
    "british pound": "GBP",
    "livre": "GBP",
    "canadian dollar": "CAD",
    "dollar canadien": "CAD",
    "japanese yen": "JPY",
    "yen japonais": "JPY",
    "australian dollar": "AUD",
    "dollar australien": "AUD",
    "swiss franc": "CHF",
    "franc suisse": "CHF",
    "hong kong dollar": "HKD",
    "dollar de hong kong": "HKD",
    "new zealand dollar": "NZD",
    "dollar néo-zélandais": "NZD",
    "mexican peso": "MXN",
    "turkish lira": "TRY",
    "rupee": "INR",
    "roupie": "INR",
    "roupie indienne": "INR",
    "sri lankan rupee": "LKR",
    "bitcoin": "BTC",
    # a franc with no country (the suites' 1989 wire copy): ours is money of an unsaid country
    "franc": "money:franc",
    "cent": "USX",
    "centimes": "USX",
    "pence": "GBX",
    "penny": "GBX",
    "finnish markka": "FIM",
    "mark finlandais": "FIM",
    "peseta": "ESP",
    "netherlands guilder": "NLG",
    "florins néerlandais": "NLG",
    "costa rican colón": "CRC",
    "georgian lari": "GEL",
    "lao kip": "LAK",
    "sen": "sen",
    "satoshi": "satoshi",
    "pesewa": "pesewa",
}
_RECOGNIZERS_DIMENSION = {
    "mètres": "meter",
    "mètre carré": "meter**2",
    "kilomètres": "kilometer",
    "kilomètre carré": "kilometer**2",
    "millimètres": "millimeter",
    "centimètres": "centimeter",
    "décimètres": "decimeter",
    "hectomètre": "hectometer",
    "pied": "foot",
    "pieds cube": "foot**3",
    "pouce": "inch",
    "livre": "lb",
    "pound": "lb",
    "onces": "ounce",
    "tonne": "metric_ton",  # a French tonne is 1,000 kg, never a short ton
    "tonne métrique": "metric_ton",
    "litre": "liter",
    "millilitre": "milliliter",
    "baril": "barrel",
    "microgramme": "microgram",
    "miles par heure": "mile/hour",
    "metric ton": "metric_ton",
    "square meter": "meter**2",
    "square kilometer": "kilometer**2",
    "cubic foot": "foot**3",
    "kilometer per hour": "kilometer/hour",
    "mile per hour": "mile/hour",
    "meter per millisecond": "meter/millisecond",
    "turn": "turn",
    "degree": "degree",
    "centimeter per millisecond": "centimeter/millisecond",
    "megabit": "megabit",
    "kilometer per millisecond": "kilometer/millisecond",
    "dram": "dram",
    "radian": "radian",
}


def quantulum_unit(name: str) -> str:
    """A quantulum3 unit name as ours: ISO codes for money, pint for the rest."""
    if name in _QUANTULUM_NAMES:
        return _QUANTULUM_NAMES[name]
    head, sep, rest = name.partition(" per ")
    if sep and head in _QUANTULUM_NAMES:  # "dollar per hour": a price per unit, "USD/hour"
        return f"{_QUANTULUM_NAMES[head]}/{quantulum_unit(rest)}"
    name = name.replace("metre", "meter").replace("litre", "liter")
    name = re.sub(r"square (\w+)", r"\1**2", name)
    name = re.sub(r"cubic (\w+)", r"\1**3", name)
    name = re.sub(r"inverse (\w+)", r"1/\1", name)
    return name.replace(" per ", "/").replace(" ", "_")


def _factor(unit: str) -> tuple[object, float] | None:
    """(dimensionality, factor to base units) of a pint unit, None if pint cannot read it."""
    try:
        q = registry().Quantity(1.0, unit).to_base_units()
    except Exception:  # any pint refusal means "not a pint unit"
        return None
    return q.dimensionality, float(q.magnitude)


def same_unit(ours: str, theirs: str) -> bool:
    """The same unit: equal names, the same money code, or pint units of one size."""
    if ours == theirs:
        return True
    if unit_kind(ours) != unit_kind(theirs) and not (
        unit_kind(ours) == "other" or unit_kind(theirs) == "other"
    ):
        return False
    a, b = _factor(ours), _factor(theirs)
    return a is not None and b is not None and a[0] == b[0] and math.isclose(a[1], b[1])


# --------------------------------------------------------------------------- causes


# How the expected text is written: the first of these that matches names the failure's class.
_FRACTION = (
    r"\d\s*/\s*\d|[½⅓⅔¼¾⅛]|\b(?:half|halves|third|quarter|sixth|fifth|demi|tiers|quart|cinqui)"
)
_WRITTEN = [
    ("scientific notation", re.compile(r"\d[eE][-+]?\d|\d\s*[x×]\s*\d+\^?|\^")),
    ("comparison symbol", re.compile(r"[<>≤≥~]")),
    ("fraction", re.compile(_FRACTION, re.I)),
    ("currency sign or code", re.compile(r"[$€£¥₩₹₿元₡₾₭]|ரூ|\b[A-Z]{3,4}\b|\b[a-z]{3}\$")),
    ("number and unit glued", re.compile(r"\d[^\W\d_]|[^\W\d_]\d")),
    ("hyphenated modifier", re.compile(r"\w-[^\W\d_]")),
    ("number then a unit word", re.compile(r"\w[\s\u00a0]+[^\W\d_]{1,}(?:[\s\u00a0]|$)")),
    ("number words", re.compile(r"^[^\d]*$")),
]


def written_as(text: str) -> str:
    """The way a quantity is written that most likely explains a miss."""
    for name, rx in _WRITTEN:
        if rx.search(text):
            return name
    return "digits"


def cause_of(want: list[str], got: list[Reading], what: str) -> str:
    """A failure's class: what went wrong (``what``: missed, unit, bounds...) and how the
    expected quantities are written."""
    forms = sorted({written_as(w) for w in want}) or ["nothing expected"]
    return f"{what} / {', '.join(forms)}"


def _shape(want_n: int, got_n: int) -> str:
    if got_n < want_n:
        return "missed"
    if got_n > want_n:
        return "read too many"
    return "wrong value, unit or bounds"


# --------------------------------------------------------------------------- suites


@dataclass
class Score:
    name: str
    passed: int
    total: int
    label: str = "cases"
    failures: list[str] | None = None
    causes: list[tuple[str, str]] | None = None  # (cause, example) per failure

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


def score_quantulum(path: Path, reader: Callable[[str, str], list[Reading]]) -> list[Score]:
    """Per expected quantity: value found, and value found with its unit."""
    cases = json.loads(path.read_text(encoding="utf-8"))
    values = with_unit = total = 0
    misses: list[str] = []
    causes: list[tuple[str, str]] = []
    for case in cases:
        got = reader(case["req"], "en")
        for want in case["res"]:
            total += 1
            centre, spread = float(want["value"]), float(want.get("uncertainty") or 0)
            unit = quantulum_unit(want["unit"])

            def hit(r: Reading, centre: float = centre, spread: float = spread) -> bool:
                if spread:
                    return close(r.lower, centre - spread) and close(r.upper, centre + spread)
                return close(r.value, centre)

            hits = [r for r in got if hit(r)]
            values += bool(hits)
            # quantulum3 names rates as units ("dollar per hour"); Recognizers has no rates
            good = any(same_unit(r.rate_unit, unit) for r in hits)
            with_unit += good
            if not good:
                units = sorted({r.rate_unit for r in hits})
                what = f"unit read as {units[0]}" if hits else "missed"
                if hits and any(r.unit in ("count", "percent") for r in hits):
                    what = "unit not read"
                causes.append((cause_of([want["surface"]], got, what), want["surface"]))
                seen = [(r.text, r.value, r.unit) for r in got]
                misses.append(
                    f"{case['req'][:80]!r}\n      want {want['surface']!r} "
                    f"{centre}±{spread} {unit}\n      got  {seen}"
                )
    name = f"quantulum3/{path.name}"
    return [
        Score(f"{name} values", values, total, "quantities"),
        Score(f"{name} value+unit", with_unit, total, "quantities", misses, causes),
    ]


def _spec_number(raw: str, lang: str) -> float | None:
    s = raw.strip().rstrip("%")
    if lang == "fr":
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _percent_after(text: str, end: int, lang: str) -> int | None:
    words = load_number_table(lang).percent_words
    alts = "|".join(
        r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(words, key=len, reverse=True)
    )
    m = re.compile(rf"[^\S\n]?(?:{alts})s?(?!\w)", re.I).match(text, end)
    return m.end() if m else None


def _numbers(text: str, lang: str, model: str) -> list[tuple[str, float | None]]:
    found: list[NumberMatch] = [m for m in find_numbers(text, lang) if m.kind in NUMBER_KINDS]
    if model == "NumberModel":
        return [(text[m.start : m.end], m.value) for m in found]
    out = []
    for m in found:
        end = _percent_after(text, m.end, lang)
        if end is not None:
            out.append((text[m.start : end], m.value))
    return out


def _same_pairs(a: list[tuple[str, float | None]], b: list[tuple[str, float | None]]) -> bool:
    return len(a) == len(b) and all(
        ta.lower() == tb.lower() and close(va, vb) for (ta, va), (tb, vb) in zip(a, b, strict=True)
    )


_INTERVAL = re.compile(r"^([\[(])([^,]*),([^,\])]*)([\])])$")


def _bounds_of(r: Reading) -> tuple[float | None, float | None, str, str] | None:
    """A reading as an interval: (lower, upper, left bracket, right bracket)."""
    approx = r.approx
    if approx in ("range", "vague") and r.lower is not None and r.upper is not None:
        return r.lower, r.upper, "[", "]"
    if approx == "more_than":
        return r.value, None, "(", ")"
    if approx == "at_least":
        return r.value, None, "[", ")"
    if approx == "less_than":
        return None, r.value, "(", ")"
    if approx == "up_to":
        return None, r.value, "(", "]"
    return None


def _range_case(case: dict, lang: str, reader: Callable[[str, str], list[Reading]]) -> bool:
    want = []
    for res in case["Results"]:
        m = _INTERVAL.match(str(res["Resolution"]["value"]).replace(" ", ""))
        if not m:
            return False
        lo = _spec_number(m.group(2), lang) if m.group(2) else None
        hi = _spec_number(m.group(3), lang) if m.group(3) else None
        want.append((lo, hi, m.group(1), m.group(4)))
    got = [b for r in reader(case["Input"], lang) if (b := _bounds_of(r)) is not None]
    if len(got) != len(want):
        return False
    for (glo, ghi, gl, gr), (wlo, whi, wl, wr) in zip(got, want, strict=True):
        if not (close(glo, wlo) and close(ghi, whi)):
            return False
        one_sided = wlo is None or whi is None
        if one_sided and (gl, gr) != (wl, wr):
            return False
    return True


def _unit_case(
    case: dict, lang: str, kind: str, reader: Callable[[str, str], list[Reading]]
) -> bool:
    table = _RECOGNIZERS_CURRENCY if kind == "Currency" else _RECOGNIZERS_DIMENSION
    want = []
    for res in case["Results"]:
        name = str(res["Resolution"].get("unit", ""))
        unit = table.get(name.lower(), name.lower())
        if kind == "Dimension" and unit == name.lower():
            unit = quantulum_unit(unit)
        want.append((_spec_number(str(res["Resolution"].get("value", "")), lang), unit))
    got = [
        r
        for r in reader(case["Input"], lang)
        if (
            unit_kind(r.unit).startswith("money:")
            if kind == "Currency"
            # Recognizers' Dimension has no time subtype (durations are its DateTime model's)
            else unit_kind(r.unit).startswith(("measure:", "temperature:", "other"))
        )
    ]
    if len(got) != len(want):
        return False
    if kind == "Currency":
        # the suite names the currency of a price, not what it is the price of: "$98 a share"
        # is Dollar there, USD/share here
        got = [replace(r, unit=r.unit.split("/")[0]) for r in got]
    return all(
        close(r.value, v) and same_unit(r.unit, u) for r, (v, u) in zip(got, want, strict=True)
    )


def score_recognizers(path: Path, root: Path, reader: Callable[[str, str], list[Reading]]) -> Score:
    language, kind = path.parent.name, path.stem.removesuffix("Model")
    lang = LANGS[language]
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    passed = 0
    failures: list[str] = []
    causes: list[tuple[str, str]] = []
    for case in cases:
        if kind in ("Number", "Percent"):
            want = [
                (r["Text"], _spec_number(str(r["Resolution"]["value"]), lang))
                for r in case["Results"]
            ]
            got_pairs = _numbers(case["Input"], lang, path.stem)
            ok = _same_pairs(got_pairs, want)
        elif kind == "NumberRange":
            ok = _range_case(case, lang, reader)
        else:
            ok = _unit_case(case, lang, kind, reader)
        passed += ok
        if not ok:
            want_s = [(r.get("Text"), r["Resolution"]) for r in case["Results"]]
            got_s = [
                (r.text, r.value, r.lower, r.upper, r.unit, r.approx)
                for r in reader(case["Input"], lang)
            ]
            failures.append(f"{case['Input'][:80]!r}\n      want {want_s}\n      got  {got_s}")
            texts = [str(r.get("Text", "")) for r in case["Results"]]
            got = reader(case["Input"], lang)
            if kind == "NumberRange":
                got = [r for r in got if _bounds_of(r) is not None]
            elif kind in ("Currency", "Dimension"):
                got = [r for r in got if r.unit != "count"]
            what = _shape(len(texts), len(got))
            causes.append((cause_of(texts, got, what), " | ".join(texts) or case["Input"][:60]))
    return Score(str(path.relative_to(root)), passed, len(cases), failures=failures, causes=causes)


RECOGNIZER_FILES = [
    "Number/English/NumberModel.json",
    "Number/English/PercentModel.json",
    "Number/English/NumberRangeModel.json",
    "Number/French/NumberModel.json",
    "Number/French/PercentModel.json",
    "Number/French/NumberRangeModel.json",
    "NumberWithUnit/English/CurrencyModel.json",
    "NumberWithUnit/English/DimensionModel.json",
    "NumberWithUnit/French/CurrencyModel.json",
    "NumberWithUnit/French/DimensionModel.json",
]


def run_all(suites: Path, reader: Callable[[str, str], list[Reading]] = read) -> list[Score]:
    scores: list[Score] = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        path = suites / "quantulum3" / name
        if path.exists():
            scores += score_quantulum(path, reader)
    for rel in RECOGNIZER_FILES:
        path = suites / "recognizers" / rel
        if path.exists():
            scores.append(score_recognizers(path, suites, reader))
    return scores


def print_causes(causes: list[tuple[str, str]], examples: int = 2) -> None:
    """Failures per class, the largest classes first, with a few examples of each."""
    groups: dict[str, list[str]] = {}
    for cause, example in causes:
        groups.setdefault(cause, []).append(example)
    for cause, found in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        shown = "; ".join(repr(e) for e in found[:examples])
        print(f"    {len(found):3d}  {cause}" + (f": {shown}" if shown else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suites", type=Path, help="folder holding quantulum3/ and recognizers/")
    parser.add_argument("-v", "--verbose", action="store_true", help="list what failed")
    parser.add_argument(
        "--causes", action="store_true", help="group the failures by class, largest first"
    )
    parser.add_argument("--baseline", type=Path, help="JSON of earlier rates to print beside")
    parser.add_argument("--save", type=Path, help="write the rates to this JSON file")
    args = parser.parse_args()
    if not args.suites.is_dir():
        print(f"error: {args.suites}: not a folder", file=sys.stderr)
        raise SystemExit(2)
    before = json.loads(args.baseline.read_text()) if args.baseline else {}
    scores = run_all(args.suites)
    for s in scores:
        line = f"{s.name}: {s.passed}/{s.total} {s.label} = {s.rate:.1%}"
        if s.name in before:
            line += f"  (before {before[s.name]:.1%})"
        ref = REFERENCE.get(s.name)
        if ref is not None:
            line += f"  [Recognizers' Python port: {ref:.1%}]"
        print(line)
        if args.verbose and s.failures:
            for f in s.failures:
                print("    " + f)
        if args.causes and s.causes:
            print_causes(s.causes)
    if args.save:
        args.save.write_text(
            json.dumps({s.name: round(s.rate, 4) for s in scores}, indent=1) + "\n"
        )


if __name__ == "__main__":
    main()
