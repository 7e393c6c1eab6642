"""The concept table, read by grouping: it lives in ``claims.lexicon`` because the extractor
reads frames through it too, and ``claims`` must not import the reconciler."""

from claims.lexicon import Lexicon, LexiconError, fold

__all__ = ["Lexicon", "LexiconError", "fold"]
