"""Reconciliation: claims -> groups of the same quantity -> findings (verdicts).

From a notebook::

    import claims, reconcile
    result = reconcile.reconcile(found, articles=articles)
    result.findings_frame(), result.claims_frame(), result.save("report.html")

``reconcile`` and ``Result`` load the pipeline on first use, so importing a model
(``reconcile.models``) stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reconcile.api import Result, reconcile

__all__ = ["Result", "reconcile"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from reconcile import api

        return getattr(api, name)
    raise AttributeError(f"module 'reconcile' has no attribute {name!r}")
