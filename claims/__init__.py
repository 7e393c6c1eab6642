"""Extraction: article text to typed claim records (see claims.models)."""

from claims.extract import extract, extract_text
from claims.models import Approx, Article, Claim, ExtractionStats, Period, Role

__all__ = [
    "Approx",
    "Article",
    "Claim",
    "ExtractionStats",
    "Period",
    "Role",
    "extract",
    "extract_text",
]
