"""Extraction: article text to typed claim records (see claims.models).

From a notebook::

    import claims
    articles = claims.load("articles/")            # files or folders
    found = [c for a in articles for c in claims.extract(a)]
    claims.to_frame(found)                          # a pandas DataFrame, the CSV's columns

Importing ``claims`` never imports the reconciler (``reconcile``) nor pandas.
"""

from claims.api import InputWarning, extract_all, extract_text, load, to_frame
from claims.extract import extract
from claims.load import InputError
from claims.models import Approx, Article, Claim, ExtractionStats, Period, Role

__all__ = [
    "Approx",
    "Article",
    "Claim",
    "ExtractionStats",
    "InputError",
    "InputWarning",
    "Period",
    "Role",
    "extract",
    "extract_all",
    "extract_text",
    "load",
    "to_frame",
]
