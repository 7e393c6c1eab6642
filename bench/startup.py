"""How long a notebook or a shell waits before any work: run by hand, prints figures.

    python bench/startup.py [--runs 7]

Times, each in a fresh interpreter (best and median of RUNS): ``import claims`` (target: well
under a second; it must not load the reconciler, pint's registry or pandas), ``import claims,
reconcile`` with the pipeline loaded, and ``reconcile --help`` through the console script's
entry point. Also lists the heavy modules ``import claims`` leaves loaded.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = {
    "import claims": "import claims",
    "import claims, reconcile (pipeline loaded)": "import claims, reconcile; reconcile.reconcile",
    "reconcile --help": "import sys; sys.argv = ['reconcile', '--help']\n"
                        "from reconcile_cli.main import main; main()",
}
HEAVY = ("reconcile", "pandas", "pint", "numpy", "openpyxl", "jinja2", "rich")


def timed(code: str) -> tuple[float, float]:
    """Wall clock and CPU time (user + system) of a fresh interpreter running ``code``: on a
    busy machine the wall clock measures the neighbours, the CPU time the import."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    opts = parser.parse_args()
    for name, code in {"python -c pass (the interpreter alone)": "pass", **CASES}.items():
        walls, cpus = zip(*(timed(code) for _ in range(opts.runs)), strict=True)
        print(f"{name}: wall best {min(walls):.3f} s, median {statistics.median(walls):.3f} s;"
              f" CPU best {min(cpus):.3f} s, median {statistics.median(cpus):.3f} s")
    done = subprocess.run(
        [sys.executable, "-c", "import sys, claims; print(' '.join(sorted({m.split('.')[0] "
         "for m in sys.modules})))"], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = [m for m in HEAVY if m in done.stdout.split()]
    print(f"heavy modules after import claims: {', '.join(loaded) or 'none'}")


if __name__ == "__main__":
    main()
