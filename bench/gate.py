"""How the CI gate scales: run by hand, prints figures.

    python bench/gate.py [--articles 10000] [--new 10] [--changed 0.01] [--jobs N] [--keep DIR]

Builds a synthetic corpus (French and English articles with figures, periods and actors) in a
temporary folder, then times: the first ingest (and the store's size), a gate run over a few
new articles with a warm store (target: under 2 s), and the re-ingest after 1 % of the
articles changed. The gate runs in-process through the CLI entry point, so imports count.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FR_ACTORS = ["la police", "la préfecture", "le ministère de l'Intérieur", "la mairie", "l'Insee"]
EN_ACTORS = ["police", "the ministry", "the council", "the statistics office", "the agency"]
FR_THINGS = [
    ("{n} suspects ont été arrêtés", "suspects arrêtés"),
    ("{n} plaintes ont été déposées", "plaintes"),
    ("{n} logements ont été construits", "logements"),
    ("{n} accidents de la route ont été recensés", "accidents"),
    ("{n} emplois ont été créés", "emplois"),
]
EN_THINGS = [
    "{n} suspects were arrested",
    "{n} complaints were filed",
    "{n} homes were built",
    "{n} road accidents were recorded",
    "{n} jobs were created",
]
FR_PERIODS = ["en {y}", "entre janvier et juin {y}", "au premier trimestre {y}", "en {y}"]
EN_PERIODS = ["in {y}", "between January and June {y}", "in the first quarter of {y}"]
PLACES = ["Lyon", "Lille", "Nantes", "Brest", "Toulouse", "Leeds", "Bristol", "Cardiff", "Metz"]


def fr_number(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def sentence(rng: random.Random, lang: str) -> str:
    n = rng.choice([rng.randint(10, 999), rng.randint(1000, 250_000)])
    year = rng.randint(2019, 2024)
    place = rng.choice(PLACES)
    if lang == "fr":
        kind = rng.random()
        if kind < 0.6:
            thing, _ = rng.choice(FR_THINGS)
            return (
                f"Selon {rng.choice(FR_ACTORS)}, {thing.format(n=fr_number(n))} à {place} "
                f"{rng.choice(FR_PERIODS).format(y=year)}."
            )
        if kind < 0.8:
            rate = f"{rng.randint(1, 30)},{rng.randint(0, 9)}"
            return f"Le taux de chômage a atteint {rate} % à {place} en {year}."
        return (
            f"La mairie de {place} a dépensé {rng.randint(2, 90)} millions d'euros "
            f"pour les écoles en {year}."
        )
    kind = rng.random()
    if kind < 0.6:
        return (
            f"According to {rng.choice(EN_ACTORS)}, {rng.choice(EN_THINGS).format(n=f'{n:,}')} "
            f"in {place} {rng.choice(EN_PERIODS).format(y=year)}."
        )
    if kind < 0.8:
        return (
            f"Unemployment reached {rng.randint(1, 30)}.{rng.randint(0, 9)}% in {place} in {year}."
        )
    return f"The {place} council spent £{rng.randint(2, 90)} million on schools in {year}."


def article(rng: random.Random, n: int) -> str:
    lang = "fr" if rng.random() < 0.6 else "en"
    filler = {
        "fr": "Les responsables locaux ont commenté ces chiffres lors d'une conférence de presse.",
        "en": "Local officials commented on the figures at a press conference.",
    }[lang]
    body = []
    for _ in range(rng.randint(4, 9)):
        body.append(sentence(rng, lang))
        if rng.random() < 0.4:
            body.append(filler)
    month = rng.randint(1, 12)
    return (
        f"---\ntitle: Article {n}\npublished: 2025-{month:02}-15\nlanguage: {lang}\n---\n"
        + "\n\n".join(body)
        + "\n"
    )


def timed(args: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", "from reconcile_cli.main import main; main()", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - start, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--new", type=int, default=10)
    parser.add_argument("--changed", type=float, default=0.01)
    parser.add_argument("--jobs", type=int, default=0, help="ingest --jobs (0: one per CPU)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    opts = parser.parse_args()

    root = opts.keep or Path(tempfile.mkdtemp(prefix="reconcile-bench-"))
    rng = random.Random(7)
    corpus = root / "articles"
    start = time.perf_counter()
    for n in range(opts.articles):
        path = corpus / f"{n // 1000:02}" / f"a{n:05}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(rng, n), encoding="utf-8")
    print(f"corpus: {opts.articles} articles generated in {time.perf_counter() - start:.1f} s")

    jobs = ["--jobs", str(opts.jobs)]
    seconds, done = timed(["ingest", "articles", *jobs, "--no-findings"], root)
    store = corpus / ".reconcile" / "claims.sqlite"
    size = sum(p.stat().st_size for p in store.parent.iterdir()) / 1e6
    print(f"first ingest: {seconds:.1f} s, store {size:.1f} MB; {done.stderr.strip()}")
    seconds, done = timed(["ingest", "articles", *jobs, "-v"], root)
    print(f"findings of the whole corpus into the store (ingest, nothing to extract): "
          f"{seconds:.1f} s; {done.stderr.strip().splitlines()[-1]}")

    drafts = root / "drafts"
    drafts.mkdir(exist_ok=True)
    new = []
    for n in range(opts.new):
        path = drafts / f"draft{n}.md"
        path.write_text(article(rng, 100_000 + n), encoding="utf-8")
        new.append(f"drafts/{path.name}")
    for attempt in ("cold process", "again"):
        seconds, done = timed(["gate", *new, "--corpus", "articles", "--format", "json"], root)
        findings = done.stdout.count('"fingerprint"')
        print(
            f"gate over {opts.new} new articles, warm store ({attempt}): {seconds:.2f} s, "
            f"exit {done.returncode}, {findings} findings"
        )
        if done.returncode == 2:
            print(done.stderr.strip())

    changed = rng.sample(sorted(corpus.rglob("*.md")), int(opts.articles * opts.changed))
    for path in changed:
        path.write_text(article(rng, 200_000), encoding="utf-8")
    seconds, done = timed(["ingest", "articles", *jobs, "--no-findings"], root)
    print(f"re-ingest after {len(changed)} changed: {seconds:.1f} s; {done.stderr.strip()}")
    seconds, done = timed(["ingest", "articles", *jobs], root)
    print(f"then the corpus's findings refreshed: {seconds:.1f} s")
    seconds, done = timed(["ingest", "articles", *jobs], root)
    print(f"re-ingest, nothing changed: {seconds:.2f} s; {done.stderr.strip()}")

    if not opts.keep:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
