"""Readers: how a language's sentences become claims, chosen by ``[pipeline] reader``.

French and English name none and go through ``claims.extract``'s own path (qualifier, figure,
then what is counted). A language with another word order names a reader here; its module is
imported only when an article in that language is read.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from claims.hooks import named_hook
from claims.models import Article, Claim, ExtractionStats

Reader = Callable[[Article, ExtractionStats], list[Claim]]

READERS = {"counters": "claims.counted_claims:extract_counted"}
"""Reader name -> ``module:function``."""


@cache
def reader_for(lang: str) -> Reader | None:
    """The reader a language's table names; None for the default path."""
    reader: Reader | None = named_hook(lang, "reader", READERS)
    return reader
