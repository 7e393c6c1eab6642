"""Flat rows for claims: the column contract of CSV and JSON exports, in one place."""

from __future__ import annotations

import math
from datetime import date

from claims.models import Claim, Period
from reconcile.models import period_text

CLAIM_COLUMNS: tuple[str, ...] = (
    "claim_id",
    "article",
    "line",
    "start",
    "end",
    "surface",
    "value",
    "lower",
    "upper",
    "approx",
    "unit",
    "counted",
    "actor",
    "period_start",
    "period_end",
    "period_text",
    "sentence",
    "role",
    "linked",
    "hedge",
    "verb",
    "period_resolution",
    "period_kind",
    "period_from",
    "language",
    # The quantity frame (README "What a figure measures"); ``actor`` above is ``source``.
    "event",
    "place",
    "whole",
    "entity",
    "source",
    "direction",
    "modality",
)


def number(value: float | None) -> str:
    """Dot decimal, no exponent, no trailing ".0": what a spreadsheet reads in any locale."""
    if value is None or not math.isfinite(value):
        return ""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10f}".rstrip("0").rstrip(".")


def iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def claim_row(claim: Claim) -> dict[str, str | int]:
    """One claim as the columns users see, in contract order; unknown fields are empty."""
    period = _period_columns(claim.period)
    return {
        "claim_id": claim.id,
        "article": claim.article,
        "line": claim.line,
        "start": claim.start,
        "end": claim.end,
        "surface": claim.surface,
        "value": number(claim.value),
        "lower": number(claim.lower),
        "upper": number(claim.upper),
        "approx": claim.approx.value,
        "unit": claim.unit_label,
        "counted": claim.counted,
        "actor": _text(claim.actor),
        "period_start": period["period_start"],
        "period_end": period["period_end"],
        "period_text": period["period_text"],
        "sentence": claim.sentence,
        "role": claim.role.value,
        "linked": _text(claim.linked),
        "hedge": _text(claim.hedge),
        "verb": _text(claim.verb),
        "period_resolution": period["period_resolution"],
        "period_kind": period["period_kind"],
        "period_from": period["period_from"],
        "language": claim.language,
        "event": _text(claim.event),
        "place": _text(claim.place),
        "whole": _text(claim.whole),
        "entity": _text(claim.entity),
        "source": claim.source or claim.actor or "",
        "direction": claim.direction.value if claim.direction else "",
        "modality": claim.modality.value,
    }


def _text(value: str | None) -> str:
    """An optional text column: empty when unknown."""
    return value or ""


def _period_columns(period: Period | None) -> dict[str, str]:
    """A claim's period columns; empty (kind "none") when it has no period."""
    if period is None:
        return {"period_start": "", "period_end": "", "period_text": "",
                "period_resolution": "", "period_kind": "none", "period_from": ""}
    return {
        "period_start": iso(period.start),
        "period_end": iso(period.end),
        "period_text": period.text,
        "period_resolution": period.resolution,
        "period_kind": period.kind.value,
        "period_from": period.source or "",
    }


def claim_record(claim: Claim) -> dict[str, object]:
    """One claim for JSON: the CSV columns with numbers as numbers and ``None`` for unknown,
    and ``id`` for ``claim_id`` (the report's JSON contract)."""
    row: dict[str, object] = {"id": claim.id, **claim_row(claim)}
    del row["claim_id"]
    for key in ("value", "lower", "upper"):
        row[key] = getattr(claim, key)
    for key, value in row.items():
        if value == "":
            row[key] = None
    if claim.change is not None:
        # one side of "from X to Y": the pair, and the pair read as one range
        before, after = claim.change
        row["change"] = {
            "from": before,
            "to": after,
            "lower": min(before, after),
            "upper": max(before, after),
        }
    return row


def period_kind_label(claim: Claim) -> str:
    """ "to_date", or "interval ← #3" when the period was carried from another claim (its
    article named only when it is another article's)."""
    p = claim.period
    if p is None:
        return "none"
    if not p.source:
        return p.kind.value
    article, _, number = p.source.rpartition("#")
    return f"{p.kind.value} ← {'#' + number if article == claim.article else p.source}"


def period_label(claim: Claim) -> str:
    """The claim's period as every output writes it (``reconcile.models.period_text``):
    "2024-01-01..2024-07-31", "..2024-09-02" (as of), or "" when unknown."""
    return period_text(claim.period)


# What each column holds, for formats that type their cells (xlsx, DataFrames): a column named
# here is typed, any other is text. New columns flow through as text until named here.
FLOAT_COLUMNS: frozenset[str] = frozenset({"value", "lower", "upper", "confidence", "score"})
INTEGER_COLUMNS: frozenset[str] = frozenset({"line", "start", "end"})
DATE_COLUMNS: frozenset[str] = frozenset({"period_start", "period_end", "published"})


def typed_cell(column: str, cell: object) -> object:
    """A cell of a flat row as its type: floats, integers and dates for the columns named
    above, ``None`` for an empty cell, text otherwise (a cell that will not parse stays
    text: nothing is lost)."""
    if cell == "" or cell is None:
        return None
    if not isinstance(cell, str):
        return float(cell) if column in FLOAT_COLUMNS and isinstance(cell, int) else cell
    try:
        if column in FLOAT_COLUMNS:
            return float(cell)
        if column in INTEGER_COLUMNS:
            return int(cell)
        if column in DATE_COLUMNS:
            return date.fromisoformat(cell)
    except ValueError:
        return cell
    return cell


def typed_row(row: dict[str, object]) -> dict[str, object]:
    """Every cell of a flat row (``claim_row``, ``finding_rows``) typed by ``typed_cell``."""
    return {column: typed_cell(column, cell) for column, cell in row.items()}
