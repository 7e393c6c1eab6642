"""Extraction speed per language, on real-style articles, in one process (run by hand).

    python bench/speed.py [FOLDER ...] [--mb 2]

FOLDER: folders (or files) of articles; by default the French seeds, the English set in
bench/data/en and the Korean real-style set (Korean is tagged by kiwi only in sentences that
hold a figure, and its model load falls in the warm-up). Articles are grouped by language and
each language is timed on its own: its articles repeated to at least ``--mb`` megabytes, after
a warm-up that reads every one of them once (real text, so the tables, the compiled patterns
and the lemma data are loaded before the clock starts). The figure to compare with the 2 MB/s
target is MB per second of CPU time, which holds when other work shares the machine. Claims
per KB and CPU per claim tell a dense text (news with a figure every 90 characters) from a
slow reading: speed per byte is roughly their product. For a language read with a tokenizer
hook (Korean: kiwi), the CPU the hook spends tagging is printed apart from the rest, since the
two halves are made faster in different ways (what is tagged, and our own Python).

Articles are streamed one at a time, as the CLI does, so peak memory should not grow with the
number of articles: the figures printed are the process's peak resident size, and how much it
grew between the first tenth of a language's run and its end.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# bench/ holds scripts whose names shadow modules (html.py): import from the project root only
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from claims import extract  # noqa: E402
from claims.load import InputError, load_articles  # noqa: E402
from claims.models import Article  # noqa: E402
from claims.tokenizers import Morpheme, tokenizer_for  # noqa: E402

KOREAN = ROOT / "bench" / "data" / "real_style" / "ko"
DEFAULT = [ROOT / "seeds", ROOT / "bench" / "data" / "en", KOREAN]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def _tagging_clock(lang: str) -> Iterator[list[float]]:
    """CPU seconds and bytes the language's tokenizer hook spends tagging while the block runs
    ([0.0, 0] when it has none): the hook's ``morphemes`` is wrapped on its one instance."""
    spent = [0.0, 0]
    hook = tokenizer_for(lang)
    if hook is None:
        yield spent
        return
    tag: Callable[[str], list[Morpheme]] = hook.morphemes

    def timed(text: str) -> list[Morpheme]:
        started = time.process_time()
        try:
            return tag(text)
        finally:
            spent[0] += time.process_time() - started
            spent[1] += len(text.encode("utf-8"))

    hook.morphemes = timed  # type: ignore[method-assign]
    try:
        yield spent
    finally:
        del hook.morphemes  # type: ignore[attr-defined]


def time_language(lang: str, articles: list[Article], mb: float) -> None:
    """Warm up on every article, then read them again and again to ``mb`` megabytes."""
    for article in articles:
        extract(article)  # warm-up on real text, outside the timing
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    rounds = max(1, int(mb * 1_000_000 // size) + 1)
    total_bytes = claims = count = 0
    marks: list[float] = []
    with _tagging_clock(lang) as tagging:
        started, cpu_started = time.perf_counter(), time.process_time()
        for r in range(rounds):
            for article in articles:
                copy = article.model_copy(update={"id": f"{r}/{article.id}"})
                claims += len(extract(copy))
                total_bytes += len(article.text.encode("utf-8"))
                count += 1
            if r in (rounds // 10, rounds - 1):
                marks.append(_rss_mb())
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
    read = total_bytes / 1_000_000
    print(
        f"{lang}: {read:.2f} MB in {count} articles ({len(articles)} distinct), {claims} claims; "
        f"per core {read / cpu:.2f} MB/s of CPU ({cpu:.2f} s), wall {read / elapsed:.2f} MB/s; "
        f"{claims / (total_bytes / 1000):.1f} claims per KB, {cpu * 1000 / max(claims, 1):.2f} ms "
        "of CPU per claim; "
        f"memory growth from 10% to 100% of the run {marks[-1] - marks[0]:+.1f} MB"
    )
    if tagging[1]:
        tagged, rest = tagging[1] / 1_000_000, cpu - tagging[0]
        print(
            f"  {lang} tagging: {tagging[0]:.2f} s of the CPU ({tagging[0] / cpu:.0%}) for "
            f"{tagged:.2f} MB tagged ({tagged / read:.0%} of the text, {tagged / tagging[0]:.2f} "
            f"MB/s); the rest {rest:.2f} s, {read / rest:.2f} MB/s of text without tagging"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        default=DEFAULT,
        help="folders or files of articles (default: seeds, bench/data/en and the Korean set)",
    )
    parser.add_argument(
        "--mb", type=float, default=2.0, help="megabytes of text to read per language"
    )
    args = parser.parse_args()
    by_lang: dict[str, list[Article]] = defaultdict(list)
    for item in load_articles([str(f) for f in args.folders]):
        if isinstance(item, InputError):
            print(f"skipped: {item}", file=sys.stderr)
            continue
        by_lang[item.language].append(item)
    if not by_lang:
        print("error: no articles to read", file=sys.stderr)
        raise SystemExit(2)
    for lang in sorted(by_lang):
        time_language(lang, by_lang[lang], args.mb)
    print(f"memory: peak RSS {_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
