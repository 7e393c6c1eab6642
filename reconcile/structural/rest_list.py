"""``rest_list``: a list whose last item names the rest states every part of its total, though
no split word says so: "Suivent l'immigration familiale (91 300 titres), le motif économique
(56 900) et les motifs divers (18 700)"; "Next came Syria (2,140) and the rest (1,310)"; "제조업
70명, 기타 업종 74명". The parts must add up to the total told before them.

The parts are the plain counts of one sentence, each opening an item, two or more, of one
period, the last named by a rest word (``closed_list.names_the_rest``). A sentence whose list
goes on from the one before (a word of ``[conversion] list_continues`` before its first count:
"Suivent", "Next came") takes that sentence's last count, its leader ("les étudiants arrivent en
tête avec 112 400 titres"), as the first part. No word of the table's ``partial`` or
``open_list`` stands in the list's sentences (the words that only rank the parts aside: the rest
closes a ranked list too).

The total is a plain count before the parts in the leader's sentence, else the one value of
the nearest earlier sentence for the parts' period (for any period when the parts have no time
of their own but publication's) that is no base of a change (``age_breakdown.total_before``);
parts that name what they count count what it counts, one of them at least says so, and their
sum stands within a fifth of it (``age_breakdown.split_of``): a sum far off says the list
splits another figure, not that the writer erred.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claims.lexicon import Lexicon
from claims.models import Claim, PeriodKind
from reconcile.evidence_slots import claim_position
from reconcile.periods import span
from reconcile.structural.age_breakdown import split_of, total_ahead, total_before
from reconcile.structural.base import VALUE
from reconcile.structural.closed_list import names_the_rest
from reconcile.structural.list_items import items
from reconcile.structural.table_words import alternatives, conversion_table, one_pattern

_MIN_PARTS = 2


def rest_split(
    figures: Sequence[Claim], before: Sequence[Sequence[Claim]]
) -> tuple[Claim, list[Claim]] | None:
    """The total and the parts of a list closed by its rest, or None (see the module).
    ``figures``: one sentence's claims in order; ``before``: the sentences before it, nearest
    first."""
    parts = _counts(figures)
    if len(parts) < _MIN_PARTS or items(parts) != parts or not names_the_rest(parts[-1]):
        return None
    ahead: list[Claim] = []
    earlier = list(before)
    if _goes_on(parts[0]) and earlier:
        led = _counts(earlier[0])
        if not led:
            return None
        ahead, parts = led[:-1], [led[-1], *parts]
        earlier = earlier[1:]
    if any(_open(c) for c in (parts[0], parts[-1])) or not _one_period(parts):
        return None
    untimed = all(_no_time_of_its_own(p) for p in parts)
    total = total_ahead(ahead, parts) or total_before(parts, earlier, any_time=untimed)
    if total is None or not (untimed or span(total.period) == span(parts[0].period)):
        return None
    return (total, parts) if split_of(total, parts) and _counts_alike(total, parts) else None


def _counts_alike(total: Claim, parts: Sequence[Claim]) -> bool:
    """A part says it counts what the total counts (a word in common: "premiers titres de
    séjour" and "112 400 titres"): with no such word, "22 millions de votants" before "A 8,7
    millions, B 6,1 millions et les autres 1,2 million" (votes cast, less blank ballots) would
    be read as a split of the voters."""
    lexicon = Lexicon.shipped()
    mine = set(lexicon.normalise(total.counted, total.language))
    return bool(mine) and any(mine & set(lexicon.normalise(p.counted, p.language))
                              for p in parts if p.counted.strip())


def _counts(figures: Sequence[Claim]) -> list[Claim]:
    """The sentence's counts stated as values (a base compared with is no part)."""
    return [c for c in figures if c.unit == "count" and c.role is VALUE]


def _no_time_of_its_own(part: Claim) -> bool:
    """No period, or only the day of publication: a part that takes its total's time ("Les
    étudiants restent le premier motif, avec 104 600 titres" after the year's total)."""
    period = part.period
    return period is None or period.kind is PeriodKind.none or (
        period.resolution == "publication")


def _one_period(parts: Sequence[Claim]) -> bool:
    return len({span(p.period) for p in parts}) == 1


def _goes_on(first: Claim) -> bool:
    """A word of the table's ``list_continues`` stands before the sentence's first count: the
    list began in the sentence before."""
    word = _words(first.language)[0]
    head = first.sentence[: claim_position(first)].casefold()
    return word is not None and word.search(head) is not None


def _open(claim: Claim) -> bool:
    """The claim's sentence says its list names only some parts (``partial`` but the ranking
    words, ``open_list``)."""
    word = _words(claim.language)[1]
    return word is not None and word.search(claim.sentence.casefold()) is not None


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The table's ``list_continues`` words, and its words of a partial or open list less
    those that only rank (``ranking``), as patterns on casefolded text."""
    table = conversion_table(language)
    ranking = set(table.get("ranking", []))
    goes_on = one_pattern([alternatives(table.get("list_continues", []), bounded=True)])
    partial = [w for w in (*table.get("partial", []), *table.get("open_list", []))
               if w not in ranking]
    return goes_on, one_pattern([
        alternatives(partial, bounded=True),
        alternatives(table.get("partial_endings", []), bounded=False),
        alternatives(table.get("open_list_endings", []), bounded=False)])
