"""Peer bench: run the number lexer over the Recognizers-Text number specs and print pass rates.

Run by hand (``.venv/bin/python bench/peer_suites.py [-v]``). A case passes when our list of
(text span, value) equals the spec's, values compared with a small relative tolerance. The
reference figures are those of Recognizers' own Python port on the same files.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

from claims.numbers import NumberMatch, find_numbers, load_number_table

SUITES = Path("/work/shared/peer-suites/recognizers/Number")
LANGS = {"French": "fr", "English": "en"}
REFERENCE = {
    ("French", "NumberModel"): 155,
    ("French", "PercentModel"): 22,
    ("English", "NumberModel"): 177,
    ("English", "PercentModel"): 17,
}
NUMBER_KINDS = frozenset({"digits", "words", "fraction", "proportion", "multiplier", "year"})


def spec_value(raw: str, lang: str) -> float | None:
    """A Resolution.value in the spec's notation ("0,2", "1E-12", "59,8%") as a float."""
    s = raw.strip().rstrip("%")
    if lang == "fr":
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _percent_after(text: str, end: int, lang: str) -> int | None:
    """End of a percent sign or word right after a number, if any."""
    words = load_number_table(lang).percent_words
    alts = "|".join(
        r"\s+".join(re.escape(p) for p in w.split())
        for w in sorted(words, key=len, reverse=True)
    )
    m = re.compile(rf"[^\S\n]?(?:{alts})s?(?!\w)", re.I).match(text, end)
    return m.end() if m else None


def ours(text: str, lang: str, model: str) -> list[tuple[str, float | None]]:
    """Our results for one input, in the spec's shape (surface, value)."""
    found: list[NumberMatch] = [m for m in find_numbers(text, lang) if m.kind in NUMBER_KINDS]
    if model == "NumberModel":
        return [(text[m.start : m.end], m.value) for m in found]
    out = []
    for m in found:
        end = _percent_after(text, m.end, lang)
        if end is not None:
            out.append((text[m.start : end], m.value))
    return out


def same(a: list[tuple[str, float | None]], b: list[tuple[str, float | None]]) -> bool:
    """Equal spans (case-insensitive) and values within a small relative tolerance."""
    if len(a) != len(b):
        return False
    for (ta, va), (tb, vb) in zip(a, b, strict=True):
        if ta.lower() != tb.lower():
            return False
        if va is None or vb is None:
            if va is not vb:
                return False
        elif not math.isclose(va, vb, rel_tol=1e-6, abs_tol=1e-9):
            return False
    return True


def run(verbose: bool = False) -> None:
    """Print the pass rate of each file next to the reference, and what failed if asked."""
    for language, lang in LANGS.items():
        for model in ("NumberModel", "PercentModel"):
            path = SUITES / language / f"{model}.json"
            cases = json.loads(path.read_text(encoding="utf-8-sig"))
            passed = failed_unsupported = 0
            failures = []
            for case in cases:
                expected = [
                    (r["Text"], spec_value(str(r["Resolution"]["value"]), lang))
                    for r in case["Results"]
                ]
                got = ours(case["Input"], lang, model)
                if same(got, expected):
                    passed += 1
                else:
                    unsupported = "dotnet" in case.get("NotSupported", "")
                    failed_unsupported += unsupported
                    failures.append((case["Input"], expected, got, unsupported))
            print(
                f"{language} {model}: {passed}/{len(cases)} "
                f"(Recognizers' Python port: {REFERENCE[(language, model)]}); "
                f"{failed_unsupported} of {len(failures)} failures are NotSupported for dotnet"
            )
            if verbose:
                for inp, exp, got, unsupported in failures:
                    flag = " [dotnet n/s]" if unsupported else ""
                    print(f"    {inp[:70]!r}{flag}\n      want {exp}\n      got  {got}")


if __name__ == "__main__":
    run(verbose="-v" in sys.argv)
