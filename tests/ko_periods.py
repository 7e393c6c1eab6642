"""What period extraction gives one claim of a Korean text, as the Korean period tests compare
it: (start, end, kind), dates as ISO strings."""

from __future__ import annotations

from datetime import date

from claims.extract import extract_text


def period_of(text: str, surface: str, published: date) -> tuple[str | None, str | None, str]:
    """The period of the claim printed ``surface`` in ``text`` (the first such claim)."""
    claim = next(c for c in extract_text(text, lang="ko", published=published)
                 if c.surface == surface)
    p = claim.period
    assert p is not None
    return (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)


def period_or_none(text: str, surface: str, published: date) -> tuple[str | None, str | None, str]:
    """Like ``period_of``, but a claim with no period at all reads as (None, None, "none")."""
    claim = next(c for c in extract_text(text, lang="ko", published=published)
                 if c.surface == surface)
    p = claim.period
    if p is None:
        return (None, None, "none")
    return (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)
