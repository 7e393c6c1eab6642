"""Accuracy of the extractor against hand-checked gold claims (run by hand; prints figures).

    python bench/accuracy.py [--verbose]

Sets scored: the French seeds against ../shared/gold/seed_claims.csv (when that folder is
there), and our English set in bench/data/ against bench/data/en_claims.csv.

Scoring: extracted claims are matched one to one to gold rows of the same article by value
(value-less rows -- ranges, vague words -- by their bounds), preferring the same approximation
and surface. ``optional`` rows neither help nor hurt; an extracted claim that matches no gold
row counts against precision. Approximation accuracy is over matched ``claim`` rows; period
accuracy over matched rows whose gold gives both period dates, each end within a week.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import extract  # noqa: E402
from claims.load import InputError, load_articles  # noqa: E402
from claims.models import Claim  # noqa: E402

PERIOD_SLACK_DAYS = 7
SETS = [
    ("seeds (fr)", ROOT / "seeds", ROOT.parent / "shared" / "gold" / "seed_claims.csv"),
    ("english set", ROOT / "bench" / "data" / "en", ROOT / "bench" / "data" / "en_claims.csv"),
]


def _float(text: str) -> float | None:
    text = (text or "").strip()
    return float(text) if text else None


def _date(text: str) -> date | None:
    text = (text or "").strip()
    return date.fromisoformat(text) if text else None


@dataclass
class Gold:
    article: str
    kind: str
    surface: str
    value: float | None
    approx: str
    lower: float | None
    upper: float | None
    period_start: date | None
    period_end: date | None
    half_unit: float = 0.0

    @classmethod
    def from_row(cls, row: dict[str, str]) -> Gold:
        value = (row["value"] or "").strip()
        decimals = len(value.partition(".")[2])
        return cls(
            article=row["article"],
            kind=row["kind"],
            surface=row["surface"],
            value=_float(value),
            approx=row.get("approx", ""),
            lower=_float(row.get("lower", "")),
            upper=_float(row.get("upper", "")),
            period_start=_date(row.get("period_start", "")),
            period_end=_date(row.get("period_end", "")),
            half_unit=0.5 * 10**-decimals if decimals else 0.0,
        )


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _matches(gold: Gold, claim: Claim) -> bool:
    if gold.kind == "negative":
        return False
    if gold.value is not None:
        # A gold value written rounded ("33.33" for a third) matches to its last printed place.
        if claim.value is None:
            return False
        return _close(gold.value, claim.value) or abs(gold.value - claim.value) <= gold.half_unit
    if claim.value is not None and claim.approx.value not in ("range", "vague"):
        return False
    lo = claim.lower if claim.lower is not None else -math.inf
    hi = claim.upper if claim.upper is not None else math.inf
    g_lo = gold.lower if gold.lower is not None else -math.inf
    g_hi = gold.upper if gold.upper is not None else math.inf
    return lo <= g_hi and g_lo <= hi


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").lower().split())


@dataclass
class Score:
    claim_rows: int = 0
    matched_claims: int = 0
    matched_optional: int = 0
    extracted: int = 0
    approx_ok: int = 0
    period_rows: int = 0
    period_ok: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched_claims / self.claim_rows if self.claim_rows else 1.0

    @property
    def precision(self) -> float:
        scored = self.extracted - self.matched_optional
        return self.matched_claims / scored if scored else 1.0


def _period_ok(gold: Gold, claim: Claim) -> bool:
    p = claim.period
    if p is None or p.start is None or p.end is None:
        return False
    assert gold.period_start and gold.period_end
    return (
        abs((p.start - gold.period_start).days) <= PERIOD_SLACK_DAYS
        and abs((p.end - gold.period_end).days) <= PERIOD_SLACK_DAYS
    )


def score_article(golds: list[Gold], claims: list[Claim], score: Score) -> None:
    """Greedy one-to-one matching, best pairs first: same approximation, same surface, order."""
    pairs = []
    for gi, g in enumerate(golds):
        for ci, c in enumerate(claims):
            if _matches(g, c):
                rank = (
                    g.approx != c.approx.value,
                    _norm(g.surface) != _norm(c.surface),
                    g.kind != "claim",
                    ci,
                    gi,
                )
                pairs.append((rank, gi, ci))
    pairs.sort()
    gold_used: dict[int, int] = {}
    claim_used: set[int] = set()
    for _, gi, ci in pairs:
        if gi in gold_used or ci in claim_used:
            continue
        gold_used[gi] = ci
        claim_used.add(ci)
    score.extracted += len(claims)
    for gi, g in enumerate(golds):
        if g.kind == "claim":
            score.claim_rows += 1
        ci = gold_used.get(gi)
        if ci is None:
            if g.kind == "claim":
                score.misses.append(f"{g.article}: {g.surface!r} ({g.value})")
            continue
        c = claims[ci]
        if g.kind == "optional":
            score.matched_optional += 1
            continue
        score.matched_claims += 1
        if g.approx == c.approx.value:
            score.approx_ok += 1
        else:
            score.wrong.append(f"{g.article}: {g.surface!r} approx {c.approx.value} != {g.approx}")
        if g.period_start and g.period_end:
            score.period_rows += 1
            if _period_ok(g, c):
                score.period_ok += 1
            else:
                got = f"{c.period.start}..{c.period.end}" if c.period else "none"
                score.wrong.append(
                    f"{g.article}: {g.surface!r} period {got} != {g.period_start}..{g.period_end}"
                )
    for ci, c in enumerate(claims):
        if ci not in claim_used:
            score.false_positives.append(f"{c.article}:{c.line}: {c.surface!r} ({c.counted})")


def score_set(articles_dir: Path, gold_csv: Path) -> Score:
    with gold_csv.open(encoding="utf-8") as fh:
        golds = [Gold.from_row(r) for r in csv.DictReader(fh)]
    by_article: dict[str, list[Gold]] = {}
    for g in golds:
        by_article.setdefault(g.article, []).append(g)
    score = Score()
    seen: set[str] = set()
    for item in load_articles([str(articles_dir)]):
        if isinstance(item, InputError):
            print(f"  input error: {item}", file=sys.stderr)
            continue
        seen.add(item.id)
        score_article(by_article.get(item.id, []), extract(item), score)
    for article, rows in by_article.items():
        if article not in seen:
            score_article(rows, [], score)
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and extras")
    args = parser.parse_args()
    for name, folder, gold in SETS:
        if not gold.is_file() or not folder.is_dir():
            print(f"{name}: skipped ({gold if not gold.is_file() else folder} not found)")
            continue
        s = score_set(folder, gold)
        approx = s.approx_ok / s.matched_claims if s.matched_claims else 1.0
        period = s.period_ok / s.period_rows if s.period_rows else 1.0
        if args.verbose:
            for line in s.misses:
                print(f"  miss   {line}")
            for line in s.false_positives:
                print(f"  extra  {line}")
            for line in s.wrong:
                print(f"  wrong  {line}")
        print(
            f"{name}: recall {s.recall:.3f} ({s.matched_claims}/{s.claim_rows})  "
            f"precision {s.precision:.3f} ({s.matched_claims}/{s.extracted - s.matched_optional})  "
            f"approx {approx:.3f} ({s.approx_ok}/{s.matched_claims})  "
            f"period {period:.3f} ({s.period_ok}/{s.period_rows})"
        )


if __name__ == "__main__":
    main()
