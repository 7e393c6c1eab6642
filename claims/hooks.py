"""Code a language table names by a word (``[pipeline]``: a reader, a tokenizer hook), imported
only when that language is first read, so other languages never pay for it."""

from __future__ import annotations

import importlib
from typing import Any

from claims.lang import raw_table


def named_hook(lang: str, key: str, registry: dict[str, str]) -> Any | None:
    """The object ``[pipeline] key`` of a language's table names (``module:attribute`` in
    ``registry``), imported on first use; None when the table names none."""
    name = raw_table(lang).get("pipeline", {}).get(key)
    if name is None:
        return None
    if name not in registry:
        raise ValueError(f"claims/lang/{lang}/: unknown {key} '{name}'")
    module, attribute = registry[name].split(":")
    return getattr(importlib.import_module(module), attribute)
