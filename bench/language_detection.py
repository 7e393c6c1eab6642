"""Language detection speed (run by hand; a timing is never a test):

    python bench/language_detection.py ARTICLE [--repeat 20] [--rounds 50]

Detects the language of ARTICLE's text repeated ``--repeat`` times, ``--rounds`` times after
one warm-up, and prints the mean time per call. The target is under 20 ms per call for a
seed article repeated 20 times (about 100 KB).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from claims.language import detect_language


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", type=Path, help="a text file to detect the language of")
    parser.add_argument("--repeat", type=int, default=20, help="copies of the text per call")
    parser.add_argument("--rounds", type=int, default=50, help="timed calls")
    args = parser.parse_args()
    text = args.article.read_text(encoding="utf-8") * args.repeat
    language = detect_language(text)  # warm-up: tables loaded outside the timing
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(args.rounds):
        detect_language(text)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"{language}: {len(text):,} characters, {wall / args.rounds * 1000:.1f} ms per call "
          f"(cpu {cpu / args.rounds * 1000:.1f} ms; target < 20 ms)")


if __name__ == "__main__":
    main()
