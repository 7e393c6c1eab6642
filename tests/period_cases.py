"""Shared helper for the period tables: extract a text, find a claim by its surface, and
compare its period (start, end, kind, resolution, carried source)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from claims import extract_text
from claims.models import Claim


@dataclass(frozen=True)
class Expect:
    """What one figure's period must be; ``start``/``end`` as ISO dates, None for open."""

    surface: str
    start: str | None
    end: str | None
    kind: str
    resolution: str | None = None
    source_surface: str | None = None  # the figure a carried period came from


@dataclass(frozen=True)
class PeriodCase:
    text: str
    published: str
    expected: tuple[Expect, ...]
    id: str
    notes: dict[str, str] = field(default_factory=dict)


def case(text: str, published: str, *expected: Expect, id: str) -> object:
    return pytest.param(PeriodCase(text, published, expected, id), id=id)


def _find(claims: list[Claim], surface: str) -> Claim:
    found = [c for c in claims if c.surface == surface]
    if not found:
        listing = ", ".join(repr(c.surface) for c in claims)
        pytest.fail(f"no claim {surface!r} among: {listing}")
    return found[0]


def check(c: PeriodCase, lang: str) -> None:
    claims = extract_text(c.text, lang=lang, published=date.fromisoformat(c.published))
    for e in c.expected:
        claim = _find(claims, e.surface)
        p = claim.period
        got = (
            (p.start.isoformat() if p and p.start else None),
            (p.end.isoformat() if p and p.end else None),
            p.kind.value if p else "none",
        )
        assert got == (e.start, e.end, e.kind), f"{e.surface!r}: {p!r}"
        if e.resolution is not None:
            assert p is not None and p.resolution == e.resolution, f"{e.surface!r}: {p!r}"
        if e.source_surface is not None:
            source = _find(claims, e.source_surface)
            assert p is not None and p.source == source.id, f"{e.surface!r}: {p!r}"
