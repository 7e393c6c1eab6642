"""Hand-built claims for the reconciler tests, so a test row reads like the article it mimics."""

from __future__ import annotations

from datetime import date

from claims.models import Approx, Claim, Period, PeriodResolution, Role

A001 = "001_c3740744aff0f29a.txt"
A003 = "003_a7087908bd869efb.txt"
A004 = "004_245e8568ac06c6d9.txt"


def period(start: str | None, end: str | None, resolution: PeriodResolution = "explicit") -> Period:
    """``period("2024-01-01", "2024-07-31")``; either end may be None."""
    return Period(
        start=date.fromisoformat(start) if start else None,
        end=date.fromisoformat(end) if end else None,
        resolution=resolution,
    )


def claim(
    id: str,
    surface: str,
    value: float | None,
    *,
    article: str = A004,
    line: int = 1,
    unit: str = "count",
    per: str | None = None,
    approx: Approx = Approx.exact,
    decimals: int = 0,
    lower: float | None = None,
    upper: float | None = None,
    when: Period | None = None,
    role: Role = Role.value,
    linked: str | None = None,
    sentence: str | None = None,
    language: str = "fr",
) -> Claim:
    """A claim with only what the reconciler reads; the sentence defaults to one per line."""
    return Claim(
        id=id,
        article=article,
        line=line,
        start=0,
        end=len(surface),
        sentence=sentence if sentence is not None else f"{article}:{line}",
        surface=surface,
        value=value,
        lower=lower,
        upper=upper,
        approx=approx,
        decimals=decimals,
        unit=unit,
        per=per,
        period=when,
        role=role,
        linked=linked,
        language=language,
    )
