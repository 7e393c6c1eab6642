"""A digest of everything extraction says, to prove a speed change changed no output (run by hand).

    python bench/extract_snapshot.py [--save FILE] [--compare FILE] [--dump DIR] [--no-peers]
                                     [--shared DIR]

Reads the seeds, bench/data/en, the real-style sets (en, fr, ko) and, when ../shared is beside
the project (or ``--shared DIR`` names it), the seeds there and every sentence of the peer
suites (quantulum3 and Recognizers); extracts each through the same API as ``reconcile
extract``, and prints one SHA-256 per set and one for all. ``--save`` writes the per-article
digests as JSON; ``--compare`` names the articles whose claims differ from a saved file;
``--dump DIR`` writes each set's claims as JSON Lines, to diff the records themselves.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# bench/ holds scripts whose names shadow modules (html.py): import from the project root only
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from claims import extract, extract_text  # noqa: E402
from claims.load import InputError, load_articles  # noqa: E402

SHARED = ROOT.parent / "shared"
FOLDERS = {
    "seeds": ROOT / "seeds",
    "en": ROOT / "bench" / "data" / "en",
    "real_en": ROOT / "bench" / "data" / "real_style" / "en",
    "real_fr": ROOT / "bench" / "data" / "real_style" / "fr",
    "real_ko": ROOT / "bench" / "data" / "real_style" / "ko",
}
LANGS = {"English": "en", "French": "fr"}


def _articles(folder: Path) -> Iterator[tuple[str, list[str]]]:
    for item in load_articles([str(folder)]):
        if isinstance(item, InputError):
            yield f"{folder.name}: {item}", []
            continue
        yield item.id, [c.model_dump_json() for c in extract(item)]


def _peer_sentences(suites: Path) -> Iterator[tuple[str, str, str]]:
    """(case id, language, text) for every case of the peer suites."""
    q = suites / "quantulum3" / "quantities.json"
    if q.is_file():
        for i, case in enumerate(json.loads(q.read_text(encoding="utf-8"))):
            yield f"quantulum3/{i}", "en", case["req"]
    for path in sorted((suites / "recognizers").rglob("*.json")):
        lang = next((code for name, code in LANGS.items() if name in path.parts), None)
        if lang is None:
            continue
        cases = json.loads(path.read_text(encoding="utf-8-sig"))
        for i, case in enumerate(cases):
            yield f"{path.relative_to(suites)}/{i}", lang, case["Input"]


def _peers(suites: Path) -> Iterator[tuple[str, list[str]]]:
    for case_id, lang, text in _peer_sentences(suites):
        claims = extract_text(text, lang=lang, article_id="case")
        yield case_id, [c.model_dump_json() for c in claims]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder")
    args = parser.parse_args()
    sets: dict[str, Iterator[tuple[str, list[str]]]] = {
        name: _articles(folder) for name, folder in FOLDERS.items()
    }
    if args.shared.is_dir():
        sets["shared_seeds"] = _articles(args.shared / "seeds")
        if not args.no_peers:
            sets["peers"] = _peers(args.shared / "peer-suites")
    digests: dict[str, str] = {}
    whole = hashlib.sha256()
    for name, items in sets.items():
        one = hashlib.sha256()
        lines: list[str] = []
        for item_id, claims in items:
            text = "\n".join(claims)
            digests[f"{name}/{item_id}"] = hashlib.sha256(text.encode()).hexdigest()
            one.update(f"{item_id}\n{text}\n".encode())
            lines.extend(claims)
        whole.update(one.digest())
        print(f"{name:<14}{one.hexdigest()[:16]}  {len(lines)} claims")
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{'all':<14}{whole.hexdigest()[:16]}")
    if args.save:
        args.save.write_text(json.dumps(digests, indent=0, sort_keys=True), encoding="utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        changed = sorted(
            k for k in before.keys() | digests.keys() if before.get(k) != digests.get(k)
        )
        for key in changed:
            print(f"changed: {key}")
        print(f"{len(changed)} of {len(digests)} items differ")


if __name__ == "__main__":
    main()
