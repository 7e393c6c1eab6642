"""A place that "remains" first in a ranking is no state of the present.

"Le Nord reste le département le plus touché, avec 27 épisodes, devant le Pas-de-Calais (15)
et l'Aisne (9)", "Paris remains the hardest-hit area, with 180 arrests": the verb of
continuing is a present cue ("Le camp reste ouvert", "12 people remain in hospital": a state
held now), but here it says the place still leads the count told before, and its figures
(the leader's and those of the places after it) count over that count's time. A continuing
verb is set aside only when a ranking word (the table's ``ranking_words``: "le plus touché",
"hardest-hit") follows it within a few words of the same clause; every other present cue of
the sentence still speaks of now.
"""

from __future__ import annotations

import re
from functools import cache

from claims.clauses import clause_end
from claims.lang import ExtractionTable
from claims.lang.regex import _alternation
from claims.models import Claim

_REACH = 40  # the characters after the verb where the ranking stands ("le département le plus")


@cache
def _ranking_re(words: tuple[str, ...]) -> re.Pattern[str] | None:
    pattern = _alternation(list(words))
    return re.compile(rf"(?<![\w'’])(?:{pattern})(?!\w)", re.I) if pattern else None


def speaks_of_now(claim: Claim, table: ExtractionTable) -> bool:
    """Whether the claim's sentence speaks of the present ("The toll now stands at 34",
    "Désormais, 1 200 personnes sont hébergées"), so that the article's frame does not date it.
    A state in the present passive after the claim's clause is its own figures' only: "7 140
    personnes ont été secourues et 88 sont mortes en mer, alors que onze sont portées
    disparues" keeps the first two in the frame."""
    text = claim.sentence
    if _a_present_cue(text, table):
        return True
    at = claim.at_in_sentence()
    end = len(text) if at < 0 else clause_end(text, at + len(claim.surface))
    return bool(table.present_passive_re.search(text, 0, end))


def _a_present_cue(text: str, table: ExtractionTable) -> bool:
    """Whether a present cue of the sentence speaks of now: one that is no continuing verb
    before a ranking ("reste le département le plus touché")."""
    periods = table.periods
    ranking = _ranking_re(tuple(periods.ranking_words))
    continuing = {w.lower() for w in periods.ranking_verbs}
    for cue in table.present_re.finditer(text):
        if ranking is None or cue.group().lower() not in continuing:
            return True
        after = text[cue.end() : cue.end() + _REACH]
        edge = re.search(r"[,;:(]", after)
        if not ranking.search(after[: edge.start()] if edge else after):
            return True
    return False
