"""Extraction time on hostile shapes of text, from 1 KB to 1 MB (run by hand; prints figures).

    python bench/adversarial.py [--sizes 1,10,100,1000] [--lang fr] [--families dots,...]

For each family of ``bench/adversarial_shapes.py`` (shapes that once made extraction time grow
with the square of the length, issue 15) it prints ms per KB at each size and the growth
exponent from 10 KB to the largest size (1.0 is linear; the target is <= 1.1, and <= 20 ms per
KB at 100 KB). CPU time of this process, so other processes on the machine matter less.
Each text is read as one article within the default budget except the time limit (off), so
what is measured is the extraction itself.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from adversarial_shapes import FAMILIES, make  # noqa: E402

from claims.budget import Budget, extract_article  # noqa: E402
from claims.models import Article  # noqa: E402


def measure(family: str, kb: float, lang: str) -> float:
    """CPU milliseconds per KB to extract ``kb`` KB of ``family``."""
    text = make(family, int(kb * 1000), lang)
    article = Article(id=f"{family}.txt", text=text, language=lang)
    started = time.process_time()
    extract_article(article, budget=Budget(timeout=0, max_claims=10**9))
    return (time.process_time() - started) * 1000 / kb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100,1000", help="sizes in KB, comma-separated")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--families", default=",".join(FAMILIES))
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    extract_article(Article(id="warm", text=make("real_text", 2000), language=args.lang))
    head = "".join(f"{s:>10g} KB" for s in sizes)
    since = sizes[min(1, len(sizes) - 1)]
    print(f"{'family':<18}{head}   exponent (ms per KB; growth from {since:g} KB)")
    for family in args.families.split(","):
        per_kb = []
        for kb in sizes:
            per_kb.append(measure(family, kb, args.lang))
        print(f"{family:<18}" + "".join(f"{v:>13.2f}" for v in per_kb), end="", flush=True)
        first = min(1, len(sizes) - 1)
        if len(sizes) > 1 and sizes[-1] > sizes[first]:
            total_a, total_b = per_kb[first] * sizes[first], per_kb[-1] * sizes[-1]
            exponent = math.log(total_b / total_a) / math.log(sizes[-1] / sizes[first])
            print(f"   {exponent:8.2f}")
        else:
            print()


if __name__ == "__main__":
    main()
