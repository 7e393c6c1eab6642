"""Renderers, registered by name: every verb speaks every format it supports the same way.

A renderer is registered for one kind of payload ("claims", "report", "gate") and one format
name; the CLI's single ``--format`` option lists the names registered for its verb. Adding an
output format means adding a module that registers a function, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

Renderer = Callable[..., None]
_REGISTRY: dict[str, dict[str, Renderer]] = {}


def register(kind: str, fmt: str) -> Callable[[Renderer], Renderer]:
    """Decorator: ``@register("claims", "csv")``."""

    def decorate(func: Renderer) -> Renderer:
        _REGISTRY.setdefault(kind, {})[fmt] = func
        return func

    return decorate


def formats(kind: str) -> list[str]:
    """Format names registered for a payload kind (each verb names its own default)."""
    _load_builtin()
    return list(_REGISTRY.get(kind, {}))


def renderer(kind: str, fmt: str) -> Renderer:
    _load_builtin()
    return _REGISTRY[kind][fmt]


def _load_builtin() -> None:
    """Import the renderer modules shipped with the package so they register themselves."""
    import importlib
    import pkgutil

    import reports

    for module in pkgutil.iter_modules(reports.__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"reports.{module.name}")
