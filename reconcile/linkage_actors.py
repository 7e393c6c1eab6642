"""Which pairs of claims compare their actors (who gives the figure) by spelling.

A source named in two languages is most often a translation: "the civil aviation office" /
"la direction de l'aviation civile", "the weather agency" / "기상청". Spelling cannot judge a
translation: scored by rapidfuzz, the one source looked like two, and its low score pulled
apart the figures of one quantity told in two languages ("26 flights were scrapped there that
day, the civil aviation office said" / "Vendredi, 38 vols y avaient été supprimés, d'après la
direction de l'aviation civile"), while a figure of the same article that named no source met
them freely. Across languages an actor counts only when spelled alike (a name: "Eurostat",
"Reuters", "CGT"); otherwise its weight is dropped, as for an actor unknown, for or against.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

ACROSS_LANGUAGES = 0.8  # spelled at least this alike (token_set ratio, 0-1): one name


def compared_actors(languages: Sequence[str], alike: np.ndarray) -> np.ndarray:
    """Pairs whose actors' spelling says something: both of one language, or spelled alike
    (``alike``: the actors' pairwise token_set ratios, 0-1)."""
    codes: dict[str, int] = {}
    index = np.array([codes.setdefault(language, len(codes)) for language in languages])
    return np.equal.outer(index, index) | (alike >= ACROSS_LANGUAGES)
