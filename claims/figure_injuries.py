"""The extent of an injury is no figure of the story: "burns to 90% of their bodies", "more
than half of their bodies", "brûlés à plus de 50 %", "brûlé sur 40 % du corps" describe the
patients, whom the story counts ("12 of them", "trois ouvriers"). The gold of the development
sets reads such shares optional at most, never as claims."""

from __future__ import annotations

from claims.figure_model import Figure, text_before
from claims.lang import ExtractionTable


def is_injury_extent(f: Figure, text: str, table: ExtractionTable) -> bool:
    """A percent (or a fraction word) followed by a share of the body, or right after a burn
    word."""
    if f.unit != "percent":
        return False
    t = table.thresholds
    after = text[f.end : f.end + 60]
    body = t.body_share_after_re.match(after)
    if body is not None:  # "14% of their body weight" measures the weight lost
        return t.body_measure_after_re.match(after[body.end() :]) is None
    return t.burned_before_re.search(text_before(text, f.start, 30)) is not None
