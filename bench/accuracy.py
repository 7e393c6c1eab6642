"""Accuracy of the extractor against hand-checked gold claims (run by hand; prints figures).

    python bench/accuracy.py [SET ...] [--verbose] [--no-report]

A SET is a folder of articles, optionally with its gold: ``FOLDER=GOLD.csv``. Without ``=`` the
gold is ``<parent>/<folder name>_claims.csv`` (``bench/data/en`` -> ``bench/data/en_claims.csv``).
With no SET, the defaults are scored:

* the French seeds against ../shared/gold/seed_claims.csv (skipped with a note when absent);
* the English set in bench/data/en (the first bench set, partly written against the extractor);
* the held-out real-style sets in bench/data/real_style/{en,fr,ko} (see its README: written before
  any extractor ran on them; never tune against them).

A set whose articles are in a language with no table in claims/lang/ yet (Korean, today) is
skipped with a note.

Claim scoring: extracted claims are matched one to one to gold rows of the same article by value
(value-less rows -- ranges, vague words -- by their bounds), preferring the same approximation and
surface. ``optional`` rows neither help nor hurt; an extracted claim that matches no gold row counts
against precision. Approximation accuracy is over matched ``claim`` rows.

Period scoring, over matched ``claim`` rows whose gold gives a period date (an ``as_of`` row gives
only its end, and then the claim must have no start):
* ``exact``: both ends the same day (a missing end must be missing);
* ``month``: both ends in the same month;
* ``+-7d``: the earlier measure (both gold dates given, each end within a week), kept so figures
  stay comparable with the ones printed before;
* ``kind``: the claim's ``period_kind`` against the gold's, once claims carry one.

Figures are printed per set and, within a set, per language. The report-level check
(``<folder>_findings.csv`` next to a set's gold) runs ``reconcile report --format json`` once
over every set that has one, and counts conflicts that are not expected (false conflicts),
planted errors found, and the other expected readings (period mismatch, consistent, change,
never compared) that held. Which planted errors were found or missed is listed only with
``--verbose``: each names its story, and a blind set's run must print aggregates only.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import extract  # noqa: E402
from claims.lang import available_languages  # noqa: E402
from claims.load import InputError, load_articles  # noqa: E402
from claims.models import Claim  # noqa: E402

PERIOD_SLACK_DAYS = 7
SHARED_GOLD = ROOT.parent / "shared" / "gold" / "seed_claims.csv"
REAL_STYLE = ROOT / "bench" / "data" / "real_style"
DEFAULT_SETS = [
    f"{ROOT / 'seeds'}={SHARED_GOLD}",
    str(ROOT / "bench" / "data" / "en"),
    str(REAL_STYLE / "en"),
    str(REAL_STYLE / "fr"),
    str(REAL_STYLE / "ko"),
]
LANGUAGE_NAMES = {"en": "English", "fr": "French", "ko": "Korean"}
_FRONT_LANGUAGE = re.compile(r"^(?:language|lang):\s*['\"]?([A-Za-z-]+)", re.MULTILINE)


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
    period_kind: str = ""
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
            approx=row.get("approx", "") or "",
            lower=_float(row.get("lower", "")),
            upper=_float(row.get("upper", "")),
            period_start=_date(row.get("period_start", "")),
            period_end=_date(row.get("period_end", "")),
            period_kind=(row.get("period_kind") or "").strip(),
            half_unit=0.5 * 10**-decimals if decimals else 0.0,
        )

    @property
    def has_period(self) -> bool:
        return self.period_start is not None or self.period_end is not None


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


def _claim_period_kind(claim: Claim) -> str | None:
    """The claim's period kind, on the claim or its period (None while claims carry none)."""
    kind = getattr(claim, "period_kind", None)
    if kind is None and claim.period is not None:
        kind = getattr(claim.period, "kind", None) or getattr(claim.period, "period_kind", None)
    return None if kind is None else str(getattr(kind, "value", kind))


@dataclass
class Score:
    claim_rows: int = 0
    matched_claims: int = 0
    matched_optional: int = 0
    extracted: int = 0
    approx_ok: int = 0
    period_rows: int = 0
    period_exact: int = 0
    period_month: int = 0
    slack_rows: int = 0
    slack_ok: int = 0
    kind_rows: int = 0
    kind_ok: int = 0
    kinds_seen: bool = False
    articles: int = 0
    exact_by_kind: dict[str, list[int]] = field(default_factory=dict)  # gold kind -> [ok, rows]
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

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, bool):
                setattr(self, name, getattr(self, name) or value)
            elif isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
            elif isinstance(value, list):
                getattr(self, name).extend(value)
            elif isinstance(value, dict):
                for key, (ok, rows) in value.items():
                    tally = getattr(self, name).setdefault(key, [0, 0])
                    tally[0] += ok
                    tally[1] += rows


def _same_day(a: date | None, b: date | None) -> bool:
    return a == b


def _same_month(a: date | None, b: date | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.year, a.month) == (b.year, b.month)


def _within_slack(gold: Gold, claim: Claim) -> bool:
    p = claim.period
    if p is None or p.start is None or p.end is None:
        return False
    assert gold.period_start and gold.period_end
    return (
        abs((p.start - gold.period_start).days) <= PERIOD_SLACK_DAYS
        and abs((p.end - gold.period_end).days) <= PERIOD_SLACK_DAYS
    )


def _score_period(g: Gold, c: Claim, score: Score) -> None:
    start = c.period.start if c.period else None
    end = c.period.end if c.period else None
    kind = _claim_period_kind(c)
    score.kinds_seen = score.kinds_seen or kind is not None
    if g.period_kind:
        score.kind_rows += 1
        score.kind_ok += kind == g.period_kind
    if not g.has_period:
        return
    score.period_rows += 1
    exact = _same_day(start, g.period_start) and _same_day(end, g.period_end)
    score.period_exact += exact
    tally = score.exact_by_kind.setdefault(g.period_kind or "?", [0, 0])
    tally[0] += exact
    tally[1] += 1
    score.period_month += _same_month(start, g.period_start) and _same_month(end, g.period_end)
    if g.period_start and g.period_end:
        score.slack_rows += 1
        score.slack_ok += _within_slack(g, c)
    if not exact:
        got = f"{start or ''}..{end or ''} {kind or ''}".strip()
        want = f"{g.period_start or ''}..{g.period_end or ''} {g.period_kind}".strip()
        score.wrong.append(f"{g.article}: {g.surface!r} period {got} != {want}")


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
        _score_period(g, c, score)
    for ci, c in enumerate(claims):
        if ci not in claim_used:
            score.false_positives.append(f"{c.article}:{c.line}: {c.surface!r} ({c.counted})")


def read_gold(gold_csv: Path) -> list[Gold]:
    with gold_csv.open(encoding="utf-8") as fh:
        return [Gold.from_row(r) for r in csv.DictReader(fh)]


def score_set(articles_dir: Path, gold_csv: Path) -> dict[str, Score]:
    """Scores of one set, one per article language."""
    by_article: dict[str, list[Gold]] = {}
    for g in read_gold(gold_csv):
        by_article.setdefault(g.article, []).append(g)
    scores: dict[str, Score] = {}
    seen: set[str] = set()
    fallback = "?"
    for item in load_articles([str(articles_dir)]):
        if isinstance(item, InputError):
            print(f"  input error: {item}", file=sys.stderr)
            continue
        seen.add(item.id)
        fallback = item.language
        score = scores.setdefault(item.language, Score())
        score.articles += 1
        score_article(by_article.get(item.id, []), extract(item), score)
    for article, rows in by_article.items():
        if article not in seen:
            score_article(rows, [], scores.setdefault(fallback, Score()))
    return scores


# --- which sets ------------------------------------------------------------------------------


@dataclass
class BenchSet:
    name: str
    folder: Path
    gold: Path

    @property
    def findings(self) -> Path:
        return self.gold.with_name(self.gold.name.replace("_claims.csv", "_findings.csv"))


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def parse_set(spec: str) -> BenchSet:
    folder_text, _, gold_text = spec.partition("=")
    folder = Path(folder_text)
    gold = Path(gold_text) if gold_text else folder.parent / f"{folder.name}_claims.csv"
    name = "seeds (fr)" if folder.resolve() == (ROOT / "seeds").resolve() else _display(folder)
    return BenchSet(name, folder, gold)


def _languages_of(folder: Path) -> set[str]:
    """Languages named in the articles' front matter (a quick look, before loading anything)."""
    found: set[str] = set()
    for path in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.md")):
        head = path.read_text(encoding="utf-8", errors="replace")[:2000]
        if head.startswith("---"):
            match = _FRONT_LANGUAGE.search(head.split("---", 2)[1])
            if match:
                found.add(match.group(1).lower())
    return found


def skip_reason(bench: BenchSet) -> str | None:
    if not bench.folder.is_dir():
        return f"{_display(bench.folder)} not found"
    if not bench.gold.is_file():
        return f"{_display(bench.gold)} not found"
    missing = sorted(_languages_of(bench.folder) - set(available_languages()))
    if missing:
        names = ", ".join(f"{LANGUAGE_NAMES.get(m, m)} (claims/lang/{m}/)" for m in missing)
        return f"no language table yet for {names}"
    return None


# --- printing ---------------------------------------------------------------------------------


def _ratio(ok: int, total: int) -> str:
    return f"{ok / total:.3f} ({ok}/{total})" if total else "n/a (0)"


def format_score(name: str, s: Score) -> str:
    kind = _ratio(s.kind_ok, s.kind_rows) if s.kinds_seen else "n/a (claims carry no period_kind)"
    return (
        f"{name}: {s.articles} articles\n"
        f"    recall {_ratio(s.matched_claims, s.claim_rows)}  "
        f"precision {_ratio(s.matched_claims, s.extracted - s.matched_optional)}  "
        f"approx {_ratio(s.approx_ok, s.matched_claims)}\n"
        f"    period exact {_ratio(s.period_exact, s.period_rows)}  "
        f"month {_ratio(s.period_month, s.period_rows)}  "
        f"+-7d {_ratio(s.slack_ok, s.slack_rows)}  kind {kind}\n"
        f"    period exact by gold kind: "
        + "  ".join(f"{k} {ok}/{n}" for k, (ok, n) in sorted(s.exact_by_kind.items()))
    )


def print_details(s: Score) -> None:
    for line in s.misses:
        print(f"  miss   {line}")
    for line in s.false_positives:
        print(f"  extra  {line}")
    for line in s.wrong:
        print(f"  wrong  {line}")


# --- report-level check ------------------------------------------------------------------------


@dataclass
class Expected:
    key: str
    sides: tuple[tuple[str, str, float], tuple[str, str, float]]
    expected: str
    also: str
    detail: str
    planted: bool
    why: str

    @classmethod
    def from_row(cls, row: dict[str, str]) -> Expected:
        return cls(
            key=row["key"],
            sides=(
                (row["article_a"], row["surface_a"], float(row["value_a"])),
                (row["article_b"], row["surface_b"], float(row["value_b"])),
            ),
            expected=row["expected"],
            also=row.get("also_acceptable", "") or "",
            detail=row.get("detail", "") or "",
            planted=(row.get("planted", "") or "").strip().lower() == "yes",
            why=row.get("why", "") or "",
        )

    def pair(self) -> frozenset[tuple[str, float]]:
        return frozenset((a, v) for a, _, v in self.sides)


def run_report(folders: Iterable[Path]) -> dict:
    """``reconcile report --format json`` over the folders, as a user would run it, with no time
    limit per article: on a loaded machine the default limit would stop an article, and the figures
    would then measure the load, not the reading."""
    cmd = [sys.executable, "-m", "reconcile_cli", "report", *map(str, folders), "--format", "json",
           "--article-timeout", "0"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"reconcile report exited {done.returncode}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def _candidates(claims: list[dict], article: str, surface: str, value: float) -> set[str]:
    """Ids of the report's claims that are this side of an expected pair."""
    same = [c for c in claims if c.get("article") == article and c.get("value") is not None
            and math.isclose(float(c["value"]), value, rel_tol=1e-6, abs_tol=1e-9)]
    exact = [c for c in same if _norm(c.get("surface", "")) == _norm(surface)]
    return {c["id"] for c in (exact or same)}


def _has_pair_findings(bench: BenchSet) -> bool:
    """A findings file of pairs (real_style format); the seeds' findings use another format."""
    if not bench.findings.is_file():
        return False
    with bench.findings.open(encoding="utf-8") as fh:
        return "article_a" in (csv.DictReader(fh).fieldnames or [])


def _closures(sets: list[BenchSet]) -> list[list[BenchSet]]:
    """For each set with expected findings, it and the sets its findings name, smallest first:
    en and fr name each other, ko names en and fr, so [en, fr] is checked alone (the hidden
    measure's languages) and [en, fr, ko] with Korean (cross-language grouping)."""
    folder_of = {p.name: b for b in sets for p in b.folder.glob("*") if p.is_file()}
    closures: list[list[BenchSet]] = []
    for bench in (b for b in sets if _has_pair_findings(b)):
        with bench.findings.open(encoding="utf-8") as fh:
            named = {row[f"article_{side}"] for row in csv.DictReader(fh) for side in "ab"}
        members = {bench.name} | {folder_of[a].name for a in named if a in folder_of}
        closure = [b for b in sets if b.name in members]
        if closure not in closures:
            closures.append(closure)
    return sorted(closures, key=len)


def report_check(sets: list[BenchSet], verbose: bool) -> None:
    """The report-level check over each closure of sets (see ``_closures``)."""
    for closure in _closures(sets):
        _report_check(closure, verbose)


def _report_check(sets: list[BenchSet], verbose: bool) -> None:
    with_findings = [b for b in sets if _has_pair_findings(b)]
    names = " + ".join(b.name for b in sets)
    try:
        report = run_report(b.folder for b in sets)
        reverse = run_report(b.folder for b in reversed(sets))
    except (RuntimeError, json.JSONDecodeError) as exc:
        print(f"report-level check ({names}): could not run: {exc}")
        return
    expected: list[Expected] = []
    for b in with_findings:
        with b.findings.open(encoding="utf-8") as fh:
            expected.extend(Expected.from_row(r) for r in csv.DictReader(fh))
    claims = report.get("claims", [])
    findings = report.get("findings", [])
    conflicts = [f for f in findings if f.get("verdict") == "conflict"]

    def verdicts(e: Expected) -> set[str]:
        a = _candidates(claims, *e.sides[0])
        b = _candidates(claims, *e.sides[1])
        got: set[str] = set()
        for f in findings:
            ids = set(f.get("claim_ids", []))
            if ids & a and ids & b:
                got.add(f.get("verdict", ""))
        return got

    seen_pairs: set[frozenset[tuple[str, float]]] = set()
    planted: dict[str, list[str]] = {}  # key -> the planted error's description, found or not
    planted_found: set[str] = set()
    sources = sources_found = 0
    held: dict[str, list[int]] = {}
    notes: list[str] = []
    expected_conflict_ids: list[tuple[set[str], set[str]]] = []
    for e in expected:
        if e.pair() in seen_pairs:
            continue
        seen_pairs.add(e.pair())
        got = verdicts(e)
        if e.expected == "conflict":
            expected_conflict_ids.append(
                (_candidates(claims, *e.sides[0]), _candidates(claims, *e.sides[1]))
            )
        ok = _held(e, got)
        if e.expected == "conflict" and e.planted:
            # One planted error may show as several pairs (across articles): found if any is.
            planted.setdefault(e.key, []).append(re.sub(r"^PLANTED[^:]*:\s*", "", e.why))
            if ok:
                planted_found.add(e.key)
        elif e.expected == "conflict":
            sources += 1
            sources_found += ok
        else:
            tally = held.setdefault(e.expected, [0, 0])
            tally[0] += ok
            tally[1] += 1
        if not ok:
            a, b = e.sides
            notes.append(
                f"  {'PLANTED ' if e.planted else ''}{e.expected} not seen: "
                f"{a[1]!r} ({a[0]}) | {b[1]!r} ({b[0]}): got {sorted(got) or 'no common finding'}"
                f" [{_failure_class(e, claims, got)}]"
            )
            if verbose:
                notes.extend(_side_lines(claims, e))
    false = []
    for f in conflicts:
        ids = set(f.get("claim_ids", []))
        if not any(ids & a and ids & b for a, b in expected_conflict_ids):
            false.append(f)
    total_ok = sum(t[0] for t in held.values())
    total = sum(t[1] for t in held.values())
    parts = "  ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(held.items()))
    print(f"report-level check ({names}; reconcile report --format json):")
    print(f"    conflicts reported {len(conflicts)}: false conflicts {len(false)}")
    print(f"    planted errors found {len(planted_found)} of {len(planted)}  "
          f"source disagreements shown as conflicts {sources_found} of {sources}")
    print(f"    other expected readings held {total_ok} of {total} ({parts})")
    moved = _order_differences(report, reverse)
    print(f"    order (R5): folders read in reverse give {moved} differing group or finding rows"
          f" of {len(report.get('groups', [])) + len(findings)}")
    if verbose:  # each planted error names its story: a blind set's run must not show them
        for key, whys in sorted(planted.items()):
            print(f"    {'found ' if key in planted_found else 'missed'} {key}: {whys[0][:110]}")
        for line in notes:
            print(line)
        for f in false:
            print(f"  false conflict {f.get('id')}: {f.get('explanation', '')[:200]}")


def _failure_class(e: Expected, claims: list[dict], got: set[str]) -> str:
    """Why an expected reading failed, by class: a side not read, the two figures never met in
    one group, met under another verdict, or a period difference read as a conflict/consistent."""
    sides = [_candidates(claims, *side) for side in e.sides]
    if not all(sides):
        return "a side not extracted"
    if not got:
        groups = [{c.get("group_id") for c in claims if c["id"] in ids} for ids in sides]
        if groups[0] & groups[1]:
            return "same group, no finding"
        return "never met in one group"
    if e.expected == "period_mismatch" and got & {"conflict", "consistent", "minor_discrepancy"}:
        return f"period difference read as {'/'.join(sorted(got))}"
    return "met, different verdict"


def _side_lines(claims: list[dict], e: Expected) -> list[str]:
    """What the tool read for each side of a failed pair: frame, period, group."""
    lines = []
    for side in e.sides:
        for c in claims:
            if c["id"] not in _candidates(claims, *side):
                continue
            frame = " ".join(f"{k}={c.get(k)!r}" for k in
                             ("unit", "counted", "event", "place", "whole", "entity", "source")
                             if c.get(k))
            period = f"{c.get('period_kind')} {c.get('period_start')}..{c.get('period_end')}"
            lines.append(f"      {c['id']} {c.get('surface')!r}: {frame}; period {period};"
                         f" group {c.get('group_id')}")
    return lines


def _order_differences(a: dict, b: dict) -> int:
    """Rows (groups and findings, by id, members and verdict) present in one run only."""

    def rows(report: dict) -> set[tuple]:
        groups = {("group", g["id"], tuple(sorted(m["claim_id"] for m in g.get("members", []))))
                  for g in report.get("groups", [])}
        found = {("finding", f["id"], f.get("verdict"), tuple(sorted(f.get("claim_ids", []))))
                 for f in report.get("findings", [])}
        return groups | found

    return len(rows(a) ^ rows(b))


def _held(e: Expected, got: set[str]) -> bool:
    accepted = {e.expected, *filter(None, e.also.split("|"))}
    if e.expected == "not_compared":
        return "conflict" not in got or "conflict" in accepted
    if "not_compared" in accepted and not got:
        return True
    return bool(got & accepted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", metavar="SET",
                        help="FOLDER or FOLDER=GOLD.csv (default: every set of the repository)")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list misses and extras, and each planted error found or missed")
    parser.add_argument("--no-report", action="store_true", help="skip the report-level check")
    args = parser.parse_args()
    benches = [parse_set(spec) for spec in (args.sets or DEFAULT_SETS)]
    scored: list[BenchSet] = []
    for bench in benches:
        reason = skip_reason(bench)
        if reason:
            print(f"{bench.name}: skipped ({reason})")
            continue
        scored.append(bench)
        scores = score_set(bench.folder, bench.gold)
        for language, s in sorted(scores.items()):
            if args.verbose:
                print_details(s)
            print(format_score(f"{bench.name} [{LANGUAGE_NAMES.get(language, language)}]", s))
    if not args.no_report:
        report_check(scored, args.verbose)


if __name__ == "__main__":
    main()
