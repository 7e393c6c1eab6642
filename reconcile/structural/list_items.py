"""The items of a list of parts: which figures open an item ("1 100 postes en usine et 500 au
siège"), and the language table's words that join two items (``[conversion] part_joins``).
Shared by the checks that read a list as the parts of a total (``breakdown``, ``rest_list``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from claims.models import Claim
from reconcile.structural.table_words import alternatives, conversion_table, one_pattern


def items(parts: Sequence[Claim]) -> list[Claim]:
    """The parts that open an item of the list: the first, and each one a comma, a semicolon
    or a join of the table's ``[conversion] part_joins`` (``part_join_endings``, glued to the
    part before: "1천100명과") stands before. "four for two parties": "two" is inside the
    item "four" opens, the number of parties that share its seats, not a part."""
    if not parts:
        return []
    joined = joins(parts[0].language)
    kept = [parts[0]]
    for before, part in itertools.pairwise(parts):
        after_before = before.at_in_sentence() + len(before.surface)
        between = part.sentence[after_before: part.at_in_sentence()].casefold()
        if "," in between or ";" in between or (joined is not None and joined.search(between)):
            kept.append(part)
    return kept


@lru_cache(maxsize=8)
def joins(language: str) -> re.Pattern[str] | None:
    """The table's words that join two parts (``part_joins``, whole words; ``part_join_endings``
    at the start of the text between two parts, glued to the part before), as one pattern."""
    table = conversion_table(language)
    words = alternatives(table.get("part_joins", []), bounded=True)
    endings = alternatives(table.get("part_join_endings", []), bounded=False)
    return one_pattern([words, rf"^(?:{endings})" if endings else ""])


