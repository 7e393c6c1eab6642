"""Peak memory of ``reconcile report`` by number of articles (run by hand):

    python bench/report_memory.py FOLDER [FOLDER ...] [--articles 500 1500] [--format json]

Copies the articles of the FOLDERs (the seeds and bench/data/real_style, say) into a temporary
folder until it holds each number of articles, runs ``reconcile report`` over them in a fresh
process, and prints that process's peak RSS and CPU time, then the growth in MB per 1 000
articles between the smallest and the largest size (what a newsroom archive costs per article,
the fixed cost of the interpreter and libraries set apart). Target: flat, or nearly, in the
number of articles beyond the claims themselves.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def run(command: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, CPU seconds) of one command, from its own resource usage."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(command)}: exit {os.waitstatus_to_exitcode(status)}")
    return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="articles to copy (.txt, .md)")
    parser.add_argument("--articles", type=int, nargs="+", default=[500, 1500])
    parser.add_argument("--format", default="json", dest="fmt")
    opts = parser.parse_args()
    sources = sorted(p for folder in opts.folders for p in folder.rglob("*")
                     if p.suffix in (".txt", ".md") and p.name != "README.md")
    if not sources:
        parser.error("no .txt or .md article in the folders")
    reconcile = Path(sys.executable).with_name("reconcile")
    peaks: dict[int, float] = {}
    for count in sorted(opts.articles):
        with tempfile.TemporaryDirectory(prefix="reconcile-memory-") as tmp:
            folder = Path(tmp) / "articles"
            folder.mkdir()
            for k, source in zip(range(count), itertools.cycle(sources), strict=False):
                shutil.copy(source, folder / f"{k:05d}{source.suffix}")
            peak, cpu = run([str(reconcile), "report", str(folder), "--format", opts.fmt,
                             "-q", "-o", str(Path(tmp) / f"out.{opts.fmt}")])
        peaks[count] = peak
        print(f"{count:>6} articles: peak RSS {peak:7.1f} MB, cpu {cpu:6.1f} s "
              f"({opts.fmt})", flush=True)
    low, high = min(peaks), max(peaks)
    if high > low:
        slope = (peaks[high] - peaks[low]) / (high - low) * 1000
        print(f"growth: {slope:.1f} MB per 1 000 articles ({slope / 1000:.3f} MB per article)")


if __name__ == "__main__":
    main()
