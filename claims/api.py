"""The notebook entry points of ``claims``: read articles, extract claims, make a DataFrame.

Nothing here imports the reconciler (``import claims`` stays light: grouping, pint and pandas
load only when used), so a data journalist who only extracts pays for extraction alone.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from claims.extract import extract, extract_text
from claims.load import InputError, load_articles
from claims.models import Article, Claim

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["InputWarning", "extract_all", "extract_text", "load", "to_frame"]

OnError = Literal["warn", "raise", "ignore"]


class InputWarning(UserWarning):
    """A file that could not be read as an article (the others are still read)."""


def load(
    paths: str | Path | Sequence[str | Path],
    *,
    published: date | str | None = None,
    language: str | None = None,
    errors: OnError = "warn",
) -> list[Article]:
    """The articles at ``paths`` (files, or folders read recursively for ``*.txt`` and
    ``*.md``), as ``reconcile report`` reads them: front matter, a folder's metadata file,
    the language detected when not given.

    A file that cannot be an article is, as on the command line, named with its problem and
    skipped: with ``errors="warn"`` (the default) as an ``InputWarning``, with ``"raise"`` as
    the ``InputError`` itself, with ``"ignore"`` silently.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    articles: list[Article] = []
    for item in load_articles([str(p) for p in paths], published=published, language=language):
        if isinstance(item, InputError):
            if errors == "raise":
                raise item
            if errors == "warn":
                warnings.warn(str(item), InputWarning, stacklevel=2)
            continue
        articles.append(item)
    return articles


def extract_all(articles: Iterable[Article]) -> list[Claim]:
    """The claims of every article, in order (``extract`` one article at a time)."""
    return [claim for article in articles for claim in extract(article)]


def to_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    """The claims as a pandas DataFrame: the CSV's columns, values as floats, periods as
    datetimes, lines and offsets as integers, empty cells missing (NA)."""
    from reports.frames import claims_frame

    return claims_frame(claims)
