"""A dateline ("PARIS, March 14 (Reuters) -") dates the writing, not the figures, and relative
days count from it when the site stamped the article a day or three later."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract
from claims.models import Article

CASES = [
    # (text, published, surface, expected start, expected end, expected kind)
    ("PARIS, March 14 (Reuters) - More than 800,000 people marched across France on "
     "Thursday, the interior ministry said.", "2025-03-15",
     "More than 800,000", "2025-03-13", "2025-03-13", "day"),
    ("PARIS, March 14 (Reuters) - Police made 41 arrests yesterday.", "2025-03-16",
     "41", "2025-03-13", "2025-03-13", "day"),
    ("LONDON, Oct 24 (Reuters) - Regulators received 412 complaints.", "2024-10-24",
     "412", None, "2024-10-24", "none"),
    ("BERLIN, Oct 2 (Reuters) - Police made 57 arrests on Thursday.", "2024-10-24",
     "57", "2024-10-24", "2024-10-24", "day"),
    ("GRANT SPRINGS, Ore. (AP) — The fire had burned 9,800 acres by Thursday evening.",
     "2024-08-09", "9,800 acres", None, "2024-08-08", "as_of"),
]


@pytest.mark.parametrize(("text", "published", "surface", "start", "end", "kind"), CASES)
def test_dateline(
    text: str, published: str, surface: str, start: str | None, end: str, kind: str
) -> None:
    article = Article(id="a", text=text, language="en",
                      published=date.fromisoformat(published), published_source="front_matter")
    claim = next(c for c in extract(article) if c.surface == surface)
    p = claim.period
    assert p is not None
    got = (p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None)
    assert (*got, p.kind.value) == (start, end, kind)
