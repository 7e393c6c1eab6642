"""What is counted, completed by the words after it when together they name one concept of
the table: "Output for the services sector fell 0.8 percent", "Output in the mining and
manufacturing industry tumbled 3.5 percent", "les ventes au détail ont perdu 0,2 %",
"l'investissement en biens d'équipement a augmenté de 3,6 %", "investment in construction
plunged 6.4 percent".

The subject reader stops at the preposition ("Output", "ventes", "investment"), which is right
for "sales in Paris" or "output in October" but cuts a measure's name in two: real wire copy of
one monthly release then read the services' "Output" and the factories' "Output" as one
quantity and showed a false conflict, and the French "ventes" never met "retail sales". Only a
phrase the concept table lists completes a counted phrase: no grammar guesses which
prepositional phrase names the thing.
"""

from __future__ import annotations

import re

from claims.lexicon import Lexicon, fold

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word as the concept table reads one
_BREAK = re.compile(r"[\d,;:()\[\]«»\"“”!?…–—]")  # what no concept phrase runs across
MAX_AFTER = 80  # characters read after the counted phrase: a concept phrase is short


def completed_by_a_concept(counted: str, text: str, before: int, lexicon: Lexicon) -> str:
    """``counted`` as it stands in ``text`` (its last occurrence before ``before``, the
    figure), extended to the end of a concept phrase of several words that starts inside it
    and runs past it; ``counted`` itself when none does."""
    at = text.rfind(counted, 0, before) if counted else -1
    if at < 0:
        return counted
    end = at + len(counted)
    limit = min(len(text), end + MAX_AFTER)
    stop = _BREAK.search(text, end, limit)
    words = list(_WORD.finditer(text, at, stop.start() if stop else limit))
    inside = sum(1 for w in words if w.start() < end)
    for i in range(inside):
        last = _last_word_of_a_phrase(words, i, inside, lexicon)
        if last is not None:
            return text[at : last.end()]
    return counted


def _last_word_of_a_phrase(words: list[re.Match[str]], i: int, inside: int,
                           lexicon: Lexicon) -> re.Match[str] | None:
    """The last word of the longest concept phrase of the table that starts at ``words[i]``
    and runs past the counted words (the first ``inside`` of ``words``): "services" of
    "Output for the services sector" runs on to "sector"; None when none does."""
    for key, _ in lexicon.phrases.get(fold(words[i].group()), ()):  # the longest first
        run = words[i : i + len(key)]
        if (len(run) == len(key) and i + len(key) > inside
                and tuple(fold(w.group()) for w in run) == key):
            return run[-1]
    return None
