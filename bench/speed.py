"""Extraction speed on the seeds repeated to at least 5 MB, in one process (run by hand).

    python bench/speed.py [ARTICLES] [--mb 5]

ARTICLES: a folder of articles (by default the project's seeds).

Articles are streamed one at a time, as the CLI does, so peak memory should not grow with the
number of articles: the figures printed are the process's peak resident size, and how much it
grew between the first tenth of the run and its end.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import extract  # noqa: E402
from claims.load import InputError, load_articles  # noqa: E402
from claims.models import Article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", default=str(ROOT / "seeds"),
                        help="folder of articles to read (default: the seeds)")
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text to read")
    args = parser.parse_args()
    seeds = [a for a in load_articles([args.articles]) if not isinstance(a, InputError)]
    seed_bytes = sum(len(a.text.encode("utf-8")) for a in seeds)
    rounds = max(1, int(args.mb * 1_000_000 // seed_bytes) + 1)
    for article in seeds[:1]:
        extract(article)  # warm the caches (tables, compiled patterns) outside the timing

    def stream() -> list[Article]:
        return [a.model_copy(update={"id": f"{r}/{a.id}"}) for r in range(1) for a in seeds]

    total_bytes = claims = articles = 0
    marks: list[float] = []
    started = time.perf_counter()
    cpu_started = time.process_time()
    for r in range(rounds):
        for article in stream():
            claims += len(extract(article))
            total_bytes += len(article.text.encode("utf-8"))
            articles += 1
        if r in (rounds // 10, rounds - 1):
            marks.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mb = total_bytes / 1_000_000
    print(f"read {mb:.2f} MB in {articles} articles, {claims} claims, {elapsed:.2f} s")
    print(
        f"speed: {mb / elapsed:.2f} MB/s, {claims / elapsed:,.0f} claims/s, "
        f"{articles / elapsed:,.0f} articles/s (one process, wall clock)"
    )
    print(
        f"per core: {mb / cpu:.2f} MB/s of CPU time ({cpu:.2f} s), the figure to compare with "
        "the 2 MB/s target when other work shares the machine"
    )
    print(
        f"memory: peak RSS {peak_mb:.0f} MB; growth from 10% to 100% of the run "
        f"{marks[-1] - marks[0]:+.1f} MB"
    )


if __name__ == "__main__":
    main()
