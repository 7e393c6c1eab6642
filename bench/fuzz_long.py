"""The long fuzz run: the four families of ``tests/test_fuzz.py`` toward 12 500 cases each
(50 000 in all), through extraction and every claims renderer (run by hand; prints what it
found). Resumable: the run goes in chunks, round-robin over the families, each chunk with its
own hypothesis seed, and every finished chunk is written to a state file, so a stopped run
(a killed job, a full day) picks up where it was with the same command.

    nice -n 19 python bench/fuzz_long.py [--cases 12500] [--chunk 500]
        [--families number_dense,qualifier_soup,...] [--state .fuzz_long.json] [--fresh]

Faster than one hypothesis run per family: the xlsx renderer (a whole workbook per case was
half of the time) gets the claims of a batch of cases at once, so every claim still goes
through it; if a batch fails, its cases are rendered one by one to name the text.

A failing chunk prints its falsifying example (hypothesis shrinks it); the state keeps it, and
the last line sums the cases run and the failures.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, seed, settings  # noqa: E402
from hypothesis.errors import InvalidArgument  # noqa: E402

from claims.models import Claim  # noqa: E402
from reports import renderer  # noqa: E402
from tests import test_fuzz  # noqa: E402

FAMILIES = {
    "number_dense": test_fuzz.test_number_dense_text,
    "qualifier_soup": test_fuzz.test_qualifier_soup,
    "mutated_sentences": test_fuzz.test_mutated_real_style_sentences,
    "random_unicode": test_fuzz.test_random_unicode,
}
XLSX_BATCH = 200
DECORATIONS = (
    "_hypothesis_internal_use_settings",
    "_hypothesis_internal_settings_applied",
    "_hypothesis_internal_use_seed",
)


class XlsxBatch:
    """Claims of many cases kept to go through the xlsx renderer together."""

    def __init__(self) -> None:
        self.cases: list[list[Claim]] = []

    def add(self, claims: list[Claim]) -> None:
        self.cases.append(claims)
        if len(self.cases) >= XLSX_BATCH:
            self.flush()

    def flush(self) -> None:
        cases, self.cases = self.cases, []
        if not cases:
            return
        try:
            _xlsx([c for case in cases for c in case])
        except Exception:
            for case in cases:  # name the case that breaks it
                try:
                    _xlsx(case)
                except Exception as exc:
                    text = case[0].sentence if case else ""
                    raise AssertionError(f"xlsx renderer failed on {text!r}") from exc
            raise


def _xlsx(claims: list[Claim]) -> None:
    renderer("claims", "xlsx")(iter(claims), io.BytesIO())


def _render_all_but_xlsx(batch: XlsxBatch) -> Callable[[list[Claim]], None]:
    original = test_fuzz._render_all
    skip = {"xlsx"}

    def render(claims: list[Claim]) -> None:
        real_formats = test_fuzz.formats
        test_fuzz.formats = lambda kind: [f for f in real_formats(kind) if f not in skip]
        try:
            original(claims)
        finally:
            test_fuzz.formats = real_formats
        batch.add(claims)

    return render


def run_chunk(name: str, index: int, cases: int, batch: XlsxBatch) -> tuple[int, str | None]:
    """One chunk of one family; the cases it ran and, if it failed, what failed."""
    test = FAMILIES[name]
    inner = test.hypothesis.inner_test
    calls = 0

    def counted(*a: object, **k: object) -> None:
        nonlocal calls
        calls += 1
        inner(*a, **k)

    test.hypothesis.inner_test = counted
    kept = {a: getattr(test, a) for a in DECORATIONS if hasattr(test, a)}
    chunk = settings(
        max_examples=cases,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    try:
        seed(1_000_003 * (index + 1) + sorted(FAMILIES).index(name))(chunk(test))()
        batch.flush()
        return calls, None
    except InvalidArgument:
        raise  # the harness is wrong, not the code under test
    except Exception as exc:
        notes = "\n".join(getattr(exc, "__notes__", []))
        return calls, notes + "\n" + traceback.format_exc(limit=4)
    finally:
        test.hypothesis.inner_test = inner
        for a in DECORATIONS:  # settings and seed mark the test; the next chunk sets its own
            if a in kept:
                setattr(test, a, kept[a])
            elif hasattr(test, a):
                delattr(test, a)


def load_state(path: Path, fresh: bool) -> dict[str, Any]:
    if fresh or not path.exists():
        return {"families": {}}
    state: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return state


def save_state(path: Path, state: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state, indent=1), encoding="utf-8")
    tmp.replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=12_500, help="cases per family")
    parser.add_argument("--chunk", type=int, default=500, help="cases per chunk (one seed)")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--state", type=Path, default=ROOT / ".fuzz_long.json")
    parser.add_argument("--fresh", action="store_true", help="forget the state, start again")
    args = parser.parse_args()
    names = args.families.split(",")
    state = load_state(args.state, args.fresh)
    batch = XlsxBatch()
    test_fuzz._render_all = _render_all_but_xlsx(batch)  # type: ignore[assignment]
    started = time.perf_counter()
    while True:
        todo = [
            n for n in names
            if state["families"].get(n, {}).get("cases", 0) < args.cases
        ]
        if not todo:
            break
        for name in todo:
            fam = state["families"].setdefault(name, {"cases": 0, "chunks": 0, "failures": []})
            size = min(args.chunk, args.cases - fam["cases"])
            t0 = time.perf_counter()
            calls, failure = run_chunk(name, fam["chunks"], size, batch)
            fam["cases"] += calls or size  # a chunk that ran nothing still moves on
            fam["chunks"] += 1
            if failure:
                fam["failures"].append(failure)
            save_state(args.state, state)
            print(
                f"{name:<20} chunk {fam['chunks']:>3}: {calls:>5} cases "
                f"{time.perf_counter() - t0:7.1f} s  (family {fam['cases']:>6})"
                + (f"  FAILED:\n{failure}" if failure else ""),
                flush=True,
            )
    total = sum(state["families"].get(n, {}).get("cases", 0) for n in names)
    failures = sum(len(state["families"].get(n, {}).get("failures", [])) for n in names)
    for n in names:
        fam = state["families"].get(n, {})
        print(f"{n:<20} {fam.get('cases', 0):>7} cases  {len(fam.get('failures', []))} failures")
    print(
        f"total {total} cases, {failures} failures "
        f"({time.perf_counter() - started:.0f} s this run; state {args.state})"
    )


if __name__ == "__main__":
    main()
