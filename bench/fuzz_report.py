"""Report fuzz on real-style text: paragraphs of the bench articles, shuffled into new articles,
read by ``reconcile report`` (run by hand; prints what broke).

    nice -n 19 python bench/fuzz_report.py [--batches 40] [--articles 5] [--paragraphs 6]
        [--sentences] [--seed 1] [--keep DIR] FOLDER [FOLDER ...]

Why: the report's checks read across sentences ("The figure was 18 % higher than in October"
refers back to the sentence before) and across articles, so a shape no test wrote can reach a
check that assumed something about its neighbours, and one such shape stopped the whole report
on a blind set. Each batch builds ``--articles`` articles of one language, each of
``--paragraphs`` paragraphs drawn from the given folders' articles (their real-style
sentences, so the reads are news-like; the mix makes neighbours nobody wrote together), writes
them with front matter (with ``--sentences``, each paragraph is two sentences drawn apart, so
that a sentence that refers back meets a neighbour nobody wrote before it: paragraphs drawn
whole keep the pairs their authors wrote), runs ``reconcile report --format json`` on the
batch and counts it broken if the command printed a traceback or no JSON. A broken batch is
kept under ``--keep`` (default ``.fuzz_report/``) with its seed, to rerun by hand. Pass only
development folders: never the blind set.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_CLI = "from reconcile_cli.main import main; main()"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_FIELD = re.compile(r"^(published|language):\s*(\S+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Source:
    """One bench article: its language, publication day and paragraphs."""

    language: str
    published: str
    paragraphs: tuple[str, ...]


def read_sources(folders: list[Path]) -> dict[str, list[Source]]:
    """The articles under ``folders`` (``*.txt`` and ``*.md`` with front matter), by language."""
    by_language: dict[str, list[Source]] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".txt", ".md") or path.name.lower() == "readme.md":
                continue
            text = path.read_text(encoding="utf-8")
            front = _FRONT.match(text)
            if front is None:
                continue
            fields = dict(_FIELD.findall(front.group(1)))
            if "language" not in fields or "published" not in fields:
                continue
            body = text[front.end():]
            paragraphs = tuple(p.strip() for p in body.split("\n\n") if p.strip())
            by_language.setdefault(fields["language"], []).append(
                Source(fields["language"], fields["published"], paragraphs))
    return by_language


def mixed_article(sources: list[Source], paragraphs: int, rng: random.Random,
                  sentences: bool = False) -> str:
    """One article of ``paragraphs`` paragraphs drawn from several sources, dated as the first;
    with ``sentences``, each paragraph two sentences drawn from any of them."""
    first = rng.choice(sources)
    drawn = [" ".join(_sentence(sources, rng) for _ in range(2)) if sentences
             else rng.choice(rng.choice(sources).paragraphs) for _ in range(paragraphs)]
    return (f"---\ntitle: fuzz\noutlet: fuzz\npublished: {first.published}\n"
            f"language: {first.language}\n---\n" + "\n\n".join(drawn) + "\n")


def _sentence(sources: list[Source], rng: random.Random) -> str:
    """One sentence of one paragraph of one source, cut at a sentence end."""
    return rng.choice(_SENTENCE_END.split(rng.choice(rng.choice(sources).paragraphs)))


def run_batch(folder: Path) -> str | None:
    """``reconcile report --format json`` on ``folder``: the last lines of what went wrong, or
    None when it printed a report."""
    done = subprocess.run(
        [sys.executable, "-c", _CLI, "report", str(folder), "--format", "json"],
        capture_output=True, text=True, cwd=ROOT, check=False)
    if "Traceback" in done.stderr:
        return "\n".join(done.stderr.strip().splitlines()[-4:])
    try:
        json.loads(done.stdout)
    except json.JSONDecodeError:
        return f"exit {done.returncode}, no JSON: {done.stderr.strip()[:300]}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--batches", type=int, default=40)
    parser.add_argument("--articles", type=int, default=5)
    parser.add_argument("--paragraphs", type=int, default=6)
    parser.add_argument("--sentences", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=ROOT / ".fuzz_report")
    args = parser.parse_args(argv)
    by_language = read_sources(args.folders)
    if not by_language:
        print("fuzz_report: no articles with front matter under the given folders")
        return 2
    languages = sorted(by_language)
    broken = 0
    for batch in range(args.batches):
        seed = args.seed * 100_000 + batch
        rng = random.Random(seed)
        language = languages[batch % len(languages)]
        folder = args.keep / f"batch-{seed}"
        folder.mkdir(parents=True, exist_ok=True)
        for number in range(args.articles):
            text = mixed_article(by_language[language], args.paragraphs, rng, args.sentences)
            (folder / f"a{number:02d}.txt").write_text(text, encoding="utf-8")
        problem = run_batch(folder)
        if problem is None:
            shutil.rmtree(folder)
            continue
        broken += 1
        print(f"BROKEN batch {seed} ({language}), kept in {folder}:\n{problem}\n", flush=True)
    print(f"fuzz_report: {args.batches} batches of {args.articles} articles, "
          f"{broken} broken ({', '.join(languages)})")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
