"""A figure printed twice in one sentence, once inside a relative clause and once in the main
clause (claims/binding_frames.py, ``_told_in_a_relative_clause``): where each stands decides,
not where the number is first found.

"Mardi, la digue, qui protégeait 120 maisons, a cédé et 120 personnes ont été évacuées": the
evacuees' 120 is the main clause's, so Tuesday frames the next sentence ("Les pompiers ont
mené 45 interventions"). Looked up by its text, the second 120 was found at the first, inside
"qui protégeait", and the frame was dropped; with 130 houses it was kept. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

PUBLISHED = date(2026, 12, 3)
TUESDAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("fr", "Mardi, la digue, qui protégeait 120 maisons, a cédé et 120 personnes ont été "
               "évacuées. Les pompiers ont mené 45 interventions.", "45"),
        ("fr", "Mardi, la digue, qui protégeait 130 maisons, a cédé et 120 personnes ont été "
               "évacuées. Les pompiers ont mené 45 interventions.", "45"),
        ("en", "On Tuesday the dike, which protected 120 homes, gave way and 120 people were "
               "evacuated. Firefighters carried out 45 rescues.", "45"),
    ],
)
def test_the_main_clause_twin_frames_the_next_sentence(lang: str, text: str, surface: str) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.txt")
    period = next(c.period for c in claims if c.surface == surface)
    assert period is not None and period.start == TUESDAY, period
