"""CPU time of starting the command line: ``reconcile --help`` (target <= 0.3 s) and
``reconcile extract`` on one small article, each run in a fresh process.

    python bench/cli_startup.py [ARTICLE] [--runs N]

Prints the median user+system CPU seconds of the child processes (``getrusage``), and the
heavy modules each command imported (it must be none for these two).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

_PROBE = (
    "import sys\n"
    "from reconcile_cli.main import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "finally:\n"
    "    heavy = [m for m in ('numpy', 'pint', 'rapidfuzz') if m in sys.modules]\n"
    "    print('heavy modules: ' + (', '.join(heavy) or 'none'), file=sys.stderr)\n"
)
ARTICLE = (
    "---\npublished: 2024-01-15\nlanguage: fr\n---\n"
    "Selon la police, 120 suspects ont été arrêtés en 2023.\n"
)


def cpu_of(command: list[str]) -> tuple[float, str]:
    """CPU seconds (user + system) of one child process, and what it said on stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", help="an article for extract [default: a small one]")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        article = args.article
        if article is None:
            article = str(Path(tmp) / "article.md")
            Path(article).write_text(ARTICLE, encoding="utf-8")
        script = Path(sys.executable).with_name("reconcile")
        cases = {
            "reconcile --help (console script)": [str(script), "--help"],
            "reconcile --help (imports checked)": [sys.executable, "-c", _PROBE, "--help"],
            "reconcile extract ARTICLE --format csv": [
                sys.executable, "-c", _PROBE, "extract", article, "--format", "csv",
            ],
        }  # fmt: skip
        for name, command in cases.items():
            runs = [cpu_of(command) for _ in range(args.runs)]
            median = statistics.median(cpu for cpu, _ in runs)
            print(f"{name}: {median:.3f} s CPU (median of {args.runs}); {runs[-1][1]}")


if __name__ == "__main__":
    main()
