"""Extraction over many articles, ``--jobs 1`` against ``--jobs N`` (run by hand):

    python bench/extract_jobs.py FOLDER [--articles 2000] [--jobs 2]

Copies the articles of FOLDER (the seeds, say) into a temporary folder until it holds
``--articles`` files, then times ``reconcile extract --format csv`` over them with one process
and with ``--jobs`` processes, printing wall time and the CPU time of the command and its
workers. Target: ``--jobs 2`` beats ``--jobs 1`` on 2 000 articles.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale import PeakMemory  # bench/scale.py: RSS and CPU of a process tree, from /proc


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="articles to copy (.txt, .md)")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    opts = parser.parse_args()
    sources = sorted(p for p in opts.folder.rglob("*") if p.suffix in (".txt", ".md"))
    if not sources:
        parser.error(f"{opts.folder}: no .txt or .md article")
    reconcile = Path(sys.executable).with_name("reconcile")
    with tempfile.TemporaryDirectory(prefix="reconcile-jobs-") as tmp:
        for k, source in zip(range(opts.articles), itertools.cycle(sources), strict=False):
            shutil.copy(source, Path(tmp) / f"{k:05d}{source.suffix}")
        for jobs in (1, opts.jobs):
            cpu, wall = _cpu_children(), time.perf_counter()
            with PeakMemory() as sampled:
                command = subprocess.Popen([
                    str(reconcile), "extract", tmp, "--jobs", str(jobs), "--format", "csv",
                    "-q", "-o", str(Path(tmp) / "out.csv"),
                ])
                if command.wait():
                    raise SystemExit(f"reconcile extract --jobs {jobs}: exit {command.returncode}")
            wall, cpu = time.perf_counter() - wall, _cpu_children() - cpu
            # The pool's workers are grandchildren (a fork server's), which RUSAGE_CHILDREN
            # never counts: their CPU is sampled from /proc (scale.PeakMemory)
            workers = sum(t for pid, t in sampled.cpu.items() if pid != command.pid)
            print(f"--jobs {jobs}: {opts.articles} articles in {wall:.1f} s (cpu {cpu:.1f} s "
                  f"in the command, {workers:.1f} s in its workers, {cpu + workers:.1f} s in "
                  f"all; peak RSS {sampled.peak_kb / 1024:.0f} MB)", flush=True)


if __name__ == "__main__":
    main()
