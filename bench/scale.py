"""Scale bench for grouping and verdicts: ``python bench/scale.py [N ...]``, run by hand.

Builds realistic synthetic claims (many quantities, each stated several times across articles,
in French or English wording, with repeated and rounded figures, a few conflicts and varied
periods), then times ``reconcile.pipeline.reconcile`` and reports peak memory. Each size runs
in its own process so peak memory is that size's alone. Target: 1M claims <= 60 s, <= 4 GB.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import time
from datetime import date

from claims.models import Approx, Claim, Period

# (French, English) phrases for what is counted; the topic word makes quantities distinct.
HEADS = [
    ("suspects arrêtés", "arrested suspects"),
    ("victimes mineures", "minor victims"),
    ("plaintes déposées", "complaints filed"),
    ("vidéos supprimées", "videos removed"),
    ("demandes reçues", "requests received"),
    ("cas signalés", "reported cases"),
    ("membres du groupe", "group members"),
    ("utilisateurs actifs", "active users"),
    ("écoles touchées", "schools affected"),
    ("appels reçus", "calls received"),
    ("images diffusées", "images shared"),
    ("comptes bloqués", "accounts blocked"),
]
NOISE = [("", ""), ("selon la police", "according to police"), ("au total", "in total"),
         ("cette année", "this year"), ("en ligne", "online")]
KINDS = [("count", None), ("count", None), ("count", None), ("percent", None),
         ("count", "day"), ("EUR", None), ("year", None)]
SYLLABLES = ["ka", "lo", "mi", "ra", "su", "te", "vo", "ni", "pa", "zu", "be", "do", "fi", "gu"]
YEARS = range(2015, 2025)


def topic(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(4))


def make_claims(n: int, seed: int = 7) -> list[Claim]:
    """``n`` claims about roughly ``n / 8`` quantities, spread over ``n / 20`` articles."""
    rng = random.Random(seed)
    quantities = []
    for _ in range(max(1, n // 8)):
        unit, per = rng.choice(KINDS)
        base = rng.uniform(1, 100) if unit == "percent" else 10 ** rng.uniform(1, 6)
        quantities.append((rng.choice(HEADS), topic(rng), unit, per, base))
    articles = max(1, n // 20)
    claims = []
    for i in range(n):
        (fr, en), word, unit, per, base = rng.choice(quantities)
        english = rng.random() < 0.4
        noise = rng.choice(NOISE)[english]
        counted = f"{en} in {word} {noise}" if english else f"{fr} à {word} {noise}"
        value = round(base, 1 if unit == "percent" else 0)
        roll = rng.random()
        approx = Approx.exact
        if roll < 0.1:
            value = round(value * rng.uniform(0.5, 1.5))  # a conflicting figure
        elif roll < 0.3:
            value, approx = float(f"{value:.2g}"), Approx.about  # rounded, "près de"
        year = rng.choice(YEARS)
        period = Period.model_construct(start=date(year, 1, 1), end=date(year, 12, 31),
                                        text=str(year), resolution="explicit")
        claims.append(Claim.model_construct(
            id=f"c{i}", article=f"a{rng.randrange(articles)}", line=rng.randrange(1, 80),
            start=0, end=1, sentence="", surface=str(value), value=float(value), lower=None,
            upper=None, approx=approx, decimals=1 if unit == "percent" else 0, unit=unit,
            per=per, counted=counted, lemmas=[], actor=rng.choice([None, "police", "KCSC"]),
            verb=None, hedge=None, period=period if rng.random() < 0.8 else None,
            role="value", linked=None, language="en" if english else "fr",
        ))
    return claims


def measure(n: int) -> None:
    """One size, in this process: prints claims, groups, findings, seconds and peak memory."""
    from reconcile.pipeline import reconcile

    claims = make_claims(n)
    inputs_mb = _peak_mb()
    start = time.perf_counter()
    result = reconcile(claims)
    total = time.perf_counter() - start
    print(f"{n:>9} claims  {len(result.groups):>8} groups  {len(result.findings):>8} findings  "
          f"grouping+verdicts {total:6.1f} s  "
          f"peak {_peak_mb():6.0f} MB (claims alone {inputs_mb:.0f} MB)", flush=True)


def _peak_mb() -> float:
    """Peak resident memory of this process and its finished children (the grouping pool)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def main(sizes: list[int]) -> None:
    for n in sizes:
        subprocess.run([sys.executable, __file__, "--one", str(n)], check=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        measure(int(sys.argv[2]))
    else:
        main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
