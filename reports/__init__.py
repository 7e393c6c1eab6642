"""Renderers, registered by name: every verb speaks every format it supports the same way.

A renderer is registered for one kind of payload ("claims", "report", "gate") and one format
name. ``FORMATS`` below is the one registry the CLI reads: its ``--format`` choices and their
help come from it, without importing any renderer (renderers import rich and the reconciler,
which ``reconcile --help`` must not load). Adding an output format means adding a module that
registers a function with ``@register(kind, name)`` and one line in ``FORMATS``; a test checks
that both agree.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

Renderer = Callable[..., None]


@dataclass(frozen=True)
class Format:
    """Where a renderer lives, what it is for (shown in ``--help``), and whether it writes
    bytes (a workbook) rather than text."""

    module: str
    help: str
    binary: bool = False


FORMATS: dict[str, dict[str, Format]] = {
    "claims": {
        "table": Format("reports.claims_table", "a table for the terminal"),
        "csv": Format("reports.claims_csv", "one row per claim"),
        "json": Format("reports.claims_json", "a JSON list of claims"),
        "jsonl": Format("reports.jsonl", "one JSON object per claim per line"),
        "xlsx": Format("reports.xlsx", "an Excel workbook, typed cells", binary=True),
    },
    "report": {
        "table": Format("reports.findings_table", "panels for the terminal"),
        "csv": Format("reports.findings_csv", "one row per finding (or per claim, --what)"),
        "json": Format("reports.findings_json", "articles, claims, groups and findings"),
        "jsonl": Format("reports.jsonl", "one JSON object per finding (or claim) per line"),
        "html": Format("reports.html", "a self-contained page to read and share"),
        "xlsx": Format("reports.xlsx", "a workbook: findings and claims sheets", binary=True),
    },
    "gate": {
        "text": Format("reports.gate_text", "for people"),
        "github": Format("reports.github", "GitHub Actions annotations"),
        "sarif": Format("reports.sarif", "SARIF for code scanning"),
        "json": Format("reports.gate_json", "the findings as JSON"),
    },
    "ingest": {
        "text": Format("reports.ingest_summary", "one line (on stderr without --output)"),
        "json": Format("reports.ingest_summary", "counts and unreadable files"),
    },
}

_REGISTRY: dict[str, dict[str, Renderer]] = {}


def register(kind: str, fmt: str) -> Callable[[Renderer], Renderer]:
    """Decorator: ``@register("claims", "csv")``."""

    def decorate(func: Renderer) -> Renderer:
        _REGISTRY.setdefault(kind, {})[fmt] = func
        return func

    return decorate


def formats(kind: str) -> list[str]:
    """Format names for a payload kind (each verb names its own default); imports nothing."""
    names = list(FORMATS.get(kind, {}))
    names += [name for name in _REGISTRY.get(kind, {}) if name not in names]
    return names


def describe(kind: str) -> str:
    """``csv: one row per claim; json: ...``: the choices of ``--format``, for its help."""
    return "; ".join(f"{name}: {entry.help}" for name, entry in FORMATS.get(kind, {}).items())


def is_binary(kind: str, fmt: str) -> bool:
    entry = FORMATS.get(kind, {}).get(fmt)
    return bool(entry and entry.binary)


def renderer(kind: str, fmt: str) -> Renderer:
    """The function registered for ``kind``/``fmt``, importing its module on first use."""
    if fmt not in _REGISTRY.get(kind, {}) and fmt in FORMATS.get(kind, {}):
        importlib.import_module(FORMATS[kind][fmt].module)
    return _REGISTRY[kind][fmt]
