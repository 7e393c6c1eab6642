"""The long fuzz run: the four families of ``tests/test_fuzz.py`` at 12 500 cases each (50 000
in all), through extraction and every claims renderer (run by hand; prints what it found).

    python bench/fuzz_long.py [--cases 12500] [--families number_dense,qualifier_soup,...]

A family stops at its first failure and prints it (hypothesis shrinks it to a small example);
the last line sums the cases run and the failures.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, settings  # noqa: E402

from tests import test_fuzz  # noqa: E402

FAMILIES = {
    "number_dense": test_fuzz.test_number_dense_text,
    "qualifier_soup": test_fuzz.test_qualifier_soup,
    "mutated_sentences": test_fuzz.test_mutated_real_style_sentences,
    "random_unicode": test_fuzz.test_random_unicode,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=12_500, help="cases per family")
    parser.add_argument("--families", default=",".join(FAMILIES))
    args = parser.parse_args()
    long = settings(
        max_examples=args.cases,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    total = failures = 0
    for name in args.families.split(","):
        test = FAMILIES[name]
        calls = 0
        inner = test.hypothesis.inner_test

        def counted(*a: object, _inner: object = inner, **k: object) -> None:
            nonlocal calls
            calls += 1
            _inner(*a, **k)  # type: ignore[operator]

        test.hypothesis.inner_test = counted
        started = time.perf_counter()
        try:
            long(test)()
            result = "0 failures"
        except Exception:
            failures += 1
            result = "FAILED:\n" + traceback.format_exc(limit=3)
        finally:
            test.hypothesis.inner_test = inner
        total += calls
        print(
            f"{name:<20} {calls:>7} cases  {time.perf_counter() - started:8.1f} s  {result}",
            flush=True,
        )
    print(f"total {total} cases, {failures} failing families")


if __name__ == "__main__":
    main()
