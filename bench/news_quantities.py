"""News-quantities bench: value and value+unit precision, recall and F1 on a set of news sentences.

    python bench/news_quantities.py FOLDER [-v] [--claims-only]

``FOLDER`` holds ``sentences.jsonl`` (one sentence a line: ``text`` and its gold ``quantities``,
each with ``value`` or ``lower``/``upper``, ``unit`` and the ``surface`` it is written as; see
``bench/data/newsq/README.md``). It stands in for the public news benchmark of issue 11, whose
scorer compares each sentence's quantities with the gold by value, then by value and unit.

Each sentence goes through the same reader as the peer suites (``peer_suites.read``: the
extractor's claims, plus the numbers it reads but makes no claim of); ``--claims-only`` scores
the claims alone. Readings and gold quantities are matched one to one per sentence by a maximum
matching, so neither the order of the readings nor a repeated value changes the score:

- value: a single gold value matches a reading that is not a range and whose value is close; a
  gold range matches a reading whose two bounds are close;
- value+unit: the same, and the units are the same (``peer_suites.same_unit``).

Precision is over every reading, recall over every gold quantity. The misses are counted by class
(what went wrong, and how the quantity is written: glued to its unit, a currency sign, number
words...) so work goes to classes. newsq is a blind proxy: only ``--verbose`` shows its text (each
sentence that failed, and examples per class); without it the classes print counts only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# bench/ holds scripts whose names shadow modules (html.py): import from the project root only
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from bench.peer_suites import (  # noqa: E402
    Reading,
    as_reading,
    close,
    print_causes,
    read,
    same_unit,
    written_as,
)
from claims import extract_text  # noqa: E402

Reader = Callable[[str, str], list[Reading]]
LANG = "en"  # the benchmark it stands in for is English news


@dataclass(frozen=True)
class Gold:
    """One annotated quantity: a value, or a range's bounds, and its unit."""

    surface: str
    value: float | None
    lower: float | None
    upper: float | None
    unit: str

    @property
    def is_range(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Sentence:
    id: str
    text: str
    gold: tuple[Gold, ...]


class BadSet(ValueError):
    """A sentence file that cannot be read: the message names the file and the line."""


def load_sentences(path: Path) -> list[Sentence]:
    """The sentences of a ``sentences.jsonl`` file, with their gold quantities."""
    out: list[Sentence] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            gold = tuple(
                Gold(
                    str(g.get("surface", "")),
                    None if g.get("value") is None else float(g["value"]),
                    None if g.get("lower") is None else float(g["lower"]),
                    None if g.get("upper") is None else float(g["upper"]),
                    str(g["unit"]),
                )
                for g in row["quantities"]
            )
            sentence = Sentence(str(row.get("id", number)), str(row["text"]), gold)
        except (ValueError, KeyError, TypeError) as exc:
            raise BadSet(f"{path}:{number}: not a sentence record ({exc})") from exc
        for g in gold:
            if g.value is None and (g.lower is None or g.upper is None):
                raise BadSet(f"{path}:{number}: {g.surface!r} has neither a value nor two bounds")
        out.append(sentence)
    return out


# --------------------------------------------------------------------------- matching


def reading_is_range(r: Reading) -> bool:
    """A reading that states two ends ("$30 to $40 billion"), not one value with a bound."""
    return r.approx in ("range", "vague") and r.lower is not None and r.upper is not None


def value_hit(g: Gold, r: Reading) -> bool:
    """The reading has the gold quantity's value: the same number, or the same two bounds."""
    if g.is_range:
        return reading_is_range(r) and close(r.lower, g.lower) and close(r.upper, g.upper)
    return not reading_is_range(r) and close(r.value, g.value)


def unit_hit(g: Gold, r: Reading) -> bool:
    """Value and unit: a rate's time is part of the unit ("GBP/year")."""
    return value_hit(g, r) and same_unit(r.rate_unit, g.unit)


def max_matching(
    gold: Sequence[Gold], got: Sequence[Reading], edge: Callable[[Gold, Reading], bool]
) -> dict[int, int]:
    """A largest one-to-one matching, gold index -> reading index (augmenting paths: the sets
    are a handful of quantities per sentence)."""
    fits = [[j for j, r in enumerate(got) if edge(g, r)] for g in gold]
    owner: dict[int, int] = {}  # reading index -> gold index

    def place(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        place(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class Tally:
    """Counts over a set: readings, gold quantities, and the matches by value and by value+unit."""

    readings: int = 0
    gold: int = 0
    value: int = 0
    value_unit: int = 0
    causes: list[tuple[str, str]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.readings += other.readings
        self.gold += other.gold
        self.value += other.value
        self.value_unit += other.value_unit
        self.causes += other.causes
        self.failures += other.failures


def _unit_cause(r: Reading, g: Gold) -> str:
    if r.unit in ("count", "percent") and g.unit not in ("count", "percent"):
        return "unit not read"
    return f"unit read as {r.rate_unit} (want {g.unit})"


def score_sentence(sentence: Sentence, got: Sequence[Reading]) -> Tally:
    """One sentence's matches, and the class of each miss and each extra reading."""
    by_value = max_matching(sentence.gold, got, value_hit)
    by_unit = max_matching(sentence.gold, got, unit_hit)
    tally = Tally(len(got), len(sentence.gold), len(by_value), len(by_unit))
    for i, g in enumerate(sentence.gold):
        if i in by_unit:
            continue
        what = _unit_cause(got[by_value[i]], g) if i in by_value else "missed"
        tally.causes.append((f"{what} / {written_as(g.surface)}", g.surface))
    matched = set(by_value.values())
    for j, r in enumerate(got):
        if j not in matched:
            tally.causes.append((f"read but not in gold / {written_as(r.text)}", r.text))
    if tally.value_unit < max(tally.gold, tally.readings):
        want = [
            (g.surface, (g.lower, g.upper) if g.is_range else g.value, g.unit)
            for g in sentence.gold
        ]
        seen = [
            (r.text, (r.lower, r.upper) if reading_is_range(r) else r.value, r.rate_unit)
            for r in got
        ]
        tally.failures.append(
            f"{sentence.id} {sentence.text!r}\n      want {want}\n      got  {seen}"
        )
    return tally


def score(sentences: Sequence[Sentence], reader: Reader) -> Tally:
    total = Tally()
    for s in sentences:
        total.add(score_sentence(s, reader(s.text, LANG)))
    return total


def prf(matches: int, readings: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where a count is empty)."""
    p = matches / readings if readings else 0.0
    r = matches / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def claims_only(text: str, lang: str) -> list[Reading]:
    """The extractor's claims alone, read as ``peer_suites.read`` reads them."""
    return [as_reading(c, lang) for c in extract_text(text, lang=lang)]


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder holding sentences.jsonl")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each failed sentence")
    parser.add_argument(
        "--claims-only", action="store_true", help="score the claims, not the skipped numbers"
    )
    args = parser.parse_args(argv)
    path = args.folder / "sentences.jsonl"
    if not path.is_file():
        print(f"error: {path}: no such file", file=sys.stderr)
        return 2
    try:
        sentences = load_sentences(path)
    except BadSet as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    reader: Reader = claims_only if args.claims_only else read
    tally = score(sentences, reader)
    what = "claims only" if args.claims_only else "claims and the numbers read beside them"
    print(
        f"{args.folder}: {len(sentences)} sentences, {tally.gold} quantities, "
        f"{tally.readings} readings ({what})"
    )
    for name, matches in (("value", tally.value), ("value+unit", tally.value_unit)):
        p, r, f = prf(matches, tally.readings, tally.gold)
        print(f"  {name:<11} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({matches} matched)")
    print("  misses and extras by class:")
    # newsq is a blind proxy: its sentences' text is shown only when asked for with --verbose
    print_causes(tally.causes, examples=2 if args.verbose else 0)
    if args.verbose:
        for line in tally.failures:
            print("    " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
