"""Compare extracted claims with the small expectation dicts of the sentence tables.

A row of ``tests/test_extract_fr.py`` or ``tests/test_extract_en.py`` lists the claims it expects
as dicts that name only the fields the row is about::

    {"surface": "près de 6 500", "value": 6500, "approx": "about", "unit": "count",
     "counted_contains": "demandes", "period": ("2024-01-01", "2024-07-31")}

Keys understood by :func:`assert_claims`:

``surface``
    the quantity as written; compared after folding every Unicode space (U+00A0, U+202F, thin
    spaces...) to a plain space, so a row need not spell the text's space characters.
``value``, ``lower``, ``upper``
    numbers compared with ``pytest.approx`` (relative 1e-4, absolute 0.01, so "two-thirds" may be
    written 66.67); ``None`` means the field must be empty.
``unit``
    ``claim.unit``; a value with " per " ("count per day") is compared with ``claim.unit_label``.
``per``
    the rate denominator (``"day"``, ``"week"``, ``"month"``, ``"year"``), or ``None``.
``approx``, ``role``
    compared with the enum's string value ("about", "change_from"...).

``unit``, ``per``, ``approx`` and ``role`` also take a tuple of acceptable values, for the few
cases where the model offers two defensible readings (a multiplier is a ``comparison`` or a
``ratio``).
``counted_contains``, ``actor_contains``
    a case-insensitive substring of ``claim.counted`` / ``claim.actor``; a tuple or list means
    any one of the alternatives.
``period``
    ``(start, end)`` as ISO strings, ``None`` for an open end; each end may also be a tuple of
    acceptable ISO strings when the rule for the day is a matter of convention. ``period: None``
    means the claim carries no period (or one with neither end).
``period_start``, ``period_end``
    one end of the period alone, same forms as above.

With ``exact_count=True`` (the default) the extraction must give exactly as many claims as
expected and they are compared pairwise, in text order. With ``exact_count=False`` the expected
claims must appear in that order among the extracted ones, others allowed in between.
``absent`` lists number texts ("30", "2024-08-31") that must not be the surface of any claim
(nor a whole token inside one).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import pytest

KNOWN_KEYS = frozenset(
    {
        "surface",
        "value",
        "lower",
        "upper",
        "unit",
        "per",
        "approx",
        "role",
        "direction",
        "counted_contains",
        "actor_contains",
        # the quantity frame: a phrase the slot contains, or None for an empty slot
        "event",
        "place",
        "whole",
        "entity",
        "source",
        "antecedent",
        "period",
        "period_start",
        "period_end",
    }
)

_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f]+")


def _norm_text(s: str | None) -> str:
    if s is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", s)).strip()


def _enum_str(v: Any) -> Any:
    return getattr(v, "value", v)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _end_ok(actual: str | None, expected: Any) -> bool:
    if isinstance(expected, (tuple, list, set, frozenset)):
        return actual in expected
    return actual == expected


def _period_ends(claim: Any) -> tuple[str | None, str | None]:
    p = getattr(claim, "period", None)
    if p is None:
        return (None, None)
    return (_iso(p.start), _iso(p.end))


def _alternatives(want: Any) -> tuple[Any, ...]:
    if isinstance(want, (tuple, list, set, frozenset)):
        return tuple(want)
    return (want,)


def _num_ok(actual: Any, expected: Any) -> bool:
    if expected is None:
        return actual is None
    if actual is None:
        return False
    return actual == pytest.approx(expected, rel=1e-4, abs=0.01)


def _contains(haystack: str | None, needles: Any) -> bool:
    hay = _norm_text(haystack).casefold()
    if isinstance(needles, str):
        needles = (needles,)
    return any(_norm_text(n).casefold() in hay for n in needles)


def mismatches(claim: Any, expected: dict[str, Any]) -> list[str]:
    """The fields of ``expected`` that ``claim`` does not satisfy, as readable lines."""
    unknown = set(expected) - KNOWN_KEYS
    if unknown:
        raise KeyError(f"unknown expectation keys: {sorted(unknown)}")
    bad: list[str] = []
    for key, want in expected.items():
        if key == "surface":
            got = claim.surface
            ok = _norm_text(got) == _norm_text(want)
        elif key in ("value", "lower", "upper"):
            got = getattr(claim, key)
            ok = _num_ok(got, want)
        elif key == "unit":
            alternatives = _alternatives(want)
            got = claim.unit_label if any(" per " in w for w in alternatives) else claim.unit
            ok = got in alternatives
        elif key in ("per", "approx", "role", "direction"):
            got = _enum_str(getattr(claim, key))
            ok = got in _alternatives(want)
        elif key == "counted_contains":
            got = claim.counted
            ok = _contains(got, want)
        elif key == "actor_contains":
            got = claim.actor
            ok = got is not None and _contains(got, want)
        elif key in ("event", "place", "whole", "entity", "source"):
            got = getattr(claim, key)
            ok = got is None if want is None else got is not None and _contains(got, want)
        elif key == "antecedent":  # the surface of the figure a breakdown refers to
            got = claim.antecedent
            ok = (got is None) if want is None else got is not None
        elif key == "period":
            got = _period_ends(claim)
            if want is None:
                ok = got == (None, None)
            else:
                ok = _end_ok(got[0], want[0]) and _end_ok(got[1], want[1])
        elif key == "period_start":
            got = _period_ends(claim)[0]
            ok = _end_ok(got, want)
        else:  # period_end
            got = _period_ends(claim)[1]
            ok = _end_ok(got, want)
        if not ok:
            bad.append(f"{key}: expected {want!r}, got {got!r}")
    return bad


def describe(claim: Any) -> str:
    """One line per claim for failure messages."""
    start, end = _period_ends(claim)
    return (
        f"{claim.surface!r} value={claim.value} [{claim.lower}, {claim.upper}] "
        f"{_enum_str(claim.approx)} {claim.unit_label} counted={claim.counted!r} "
        f"actor={claim.actor!r} period=({start}, {end}) role={_enum_str(claim.role)}"
    )


def _listing(actual: Sequence[Any]) -> str:
    if not actual:
        return "  (no claims)"
    return "\n".join(f"  [{i}] {describe(c)}" for i, c in enumerate(actual))


def _token_in(needle: str, surface: str) -> bool:
    n, s = _norm_text(needle), _norm_text(surface)
    return re.search(r"(?<![\w.,])" + re.escape(n) + r"(?![\w])", s) is not None


def assert_claims(
    actual: Sequence[Any],
    expected: Sequence[dict[str, Any]],
    *,
    exact_count: bool = True,
    absent: Iterable[str] = (),
) -> None:
    """Fail with a readable listing unless ``actual`` satisfies ``expected`` (see module doc)."""
    actual = list(actual)
    for needle in absent:
        hits = [c for c in actual if _token_in(needle, c.surface)]
        if hits:
            pytest.fail(
                f"{needle!r} is not a claim here, but was extracted as:\n{_listing(hits)}\n"
                f"all claims:\n{_listing(actual)}"
            )
    if exact_count:
        if len(actual) != len(expected):
            pytest.fail(
                f"expected {len(expected)} claim(s), got {len(actual)}:\n{_listing(actual)}\n"
                f"expected:\n" + "\n".join(f"  [{i}] {e}" for i, e in enumerate(expected))
            )
        problems = []
        for i, (claim, want) in enumerate(zip(actual, expected, strict=True)):
            bad = mismatches(claim, want)
            if bad:
                problems.append(f"claim [{i}] {describe(claim)}\n    " + "\n    ".join(bad))
        if problems:
            pytest.fail("\n".join(problems) + f"\nall claims:\n{_listing(actual)}")
        return
    # ordered subsequence: each expectation takes the first later claim that satisfies it
    pos = 0
    for i, want in enumerate(expected):
        for j in range(pos, len(actual)):
            if not mismatches(actual[j], want):
                pos = j + 1
                break
        else:
            closest = [
                f"  [{j}] {describe(c)}\n      " + "; ".join(mismatches(c, want))
                for j, c in enumerate(actual)
                if j >= pos
            ]
            pytest.fail(
                f"expected claim [{i}] {want} not found (in order) among:\n"
                + ("\n".join(closest) if closest else "  (no remaining claims)")
            )


def row(lang: str, text: str, expected: list[dict[str, Any]], *, id: str) -> Any:
    """One row of a sentence table: the language, the sentence, and the claims expected."""
    return pytest.param(lang, text, expected, id=id)


def assert_absent_and_kept(
    surfaces: Sequence[str], absent: Iterable[str], kept: Iterable[str]
) -> None:
    """No surface holds a number of ``absent`` as a number of its own ("48" is not in "148"
    nor in "48,5"), whatever its case ("Deux"); every surface of ``kept`` is found as is."""
    for number in absent:
        pattern = rf"(?<![\d,.]){re.escape(number)}(?![\d,.]|\s\d)"
        found = [s for s in surfaces if re.search(pattern, s, re.I)]
        assert not found, (number, list(surfaces))
    for surface in kept:
        assert surface in surfaces, (surface, list(surfaces))


def counted_and_event(text: str, lang: str, surface: str, published: date) -> tuple[str, str]:
    """What the last figure printed as ``surface`` counts and the event it names, as written
    ("" for a slot left empty): what the tests of a frame's slots ask."""
    from claims.extract import extract_text

    claims = extract_text(text, lang=lang, published=published)
    found = [c for c in claims if c.surface.endswith(surface)]
    assert found, [c.surface for c in claims]
    frame = found[-1].frame
    assert frame is not None
    return (frame.counted.text if frame.counted else "", frame.event.text if frame.event else "")
