"""A change in points told right after the rate it changes: "The average factory operation rate
stood at 73.5 percent in May, up 0.4 percentage point from a month earlier", "The jobless rate
was 3.1 percent, down 0.2 percentage point", "le taux de chômage s'établit à 7,4 %, en baisse de
0,2 point". Statistics releases and their coverage write a rate's level and its change in one
sentence; the change names nothing counted of its own ("en baisse" names only the change), so
it was "unclear what it measures" and never met the same change told in another article or
language ("평균가동률은 70.4%로 전월보다 1.3%포인트 하락했다"). It measures the rate before it.
"""

from __future__ import annotations

from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import Claim, Frame, Slot

POINTS = "percentage_point"
RATE = "percent"
MAX_LINK_WORDS = 4  # ", down", ", en baisse de", ", a drop of": the change, nothing else


def points_of_its_rate(claims: list[Claim], figures: list[Figure], i: int, text: str,
                       slots: dict[str, Slot | None], table: ExtractionTable) -> None:
    """Claim ``i``, a change in points whose counted slot is empty or names only the change
    ("baisse"), takes what the rate stated just before it in its sentence counts, and that
    rate's place, entity and whole where it names none, when only a comma and the change
    stand between them: "et l'écart s'est réduit à 1,5 point" after a share is another
    clause, with a subject of its own."""
    if i == 0 or claims[i].unit != POINTS or _names_its_own(slots["counted"], table):
        return
    between = text[figures[i - 1].end : figures[i].start]
    if not (_appended_change(between, table) or _compared_after(claims[i], between)):
        return
    rate = claims[i - 1].frame if claims[i - 1].unit == RATE else None
    if rate is None or rate.counted is None:
        return
    slots["counted"] = rate.counted.model_copy(update={"inherited": "list"})
    _fill_from(rate, slots)


def _fill_from(rate: Frame, slots: dict[str, Slot | None]) -> None:
    """The rate's place, entity and whole, where the change names none: "In Busan, the jobless
    rate was 3.1 percent, down 0.2 percentage point" is a change of Busan's rate."""
    for name in ("place", "entity", "whole"):
        found = getattr(rate, name)
        if slots[name] is None and found is not None:
            slots[name] = found.model_copy(update={"inherited": "list"})


def _names_its_own(counted: Slot | None, table: ExtractionTable) -> bool:
    """The change names what it counts ("turnout rose 1.8 points"), not only the change
    ("en baisse" of "en baisse de 0,3 point", "lower" of "four points lower")."""
    if counted is None or table.change_verb_re.fullmatch(counted.text):
        return False
    words = table.changes.direction_words
    text = counted.text.lower()  # "mieux" read of "de mieux"
    return not any(w == text or w.endswith(f" {text}") for w in (*words.points_up,
                                                                 *words.points_down))


def _compared_after(change: Claim, between: str) -> bool:
    """ "38 percent, four points lower than last month", "62 %, soit quatre points de moins":
    a change whose way its comparative gave after it, set off from the rate by a comma and at
    most a restating word."""
    if change.direction is None or "," not in between:
        return False
    return len(between.rsplit(",", 1)[1].split()) <= 1


def _appended_change(between: str, table: ExtractionTable) -> bool:
    """The words between a rate and its change are a comma, perhaps after a time ("in May"),
    then the change alone (", down", ", en baisse de"): a word that gives a change its
    direction or a change verb."""
    if "," not in between:
        return False
    words = between.rsplit(",", 1)[1].split()
    return len(words) <= MAX_LINK_WORDS and any(
        table.direction_word_re.fullmatch(w) or table.change_verb_re.fullmatch(w) for w in words)
