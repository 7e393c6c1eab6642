"""Days inside a total's subject or object: "The death toll from Monday's landslide has risen
to 62", "bringing the death toll from Sunday's ferry sinking to 23", "portant le bilan de
l'accident de dimanche à 12 morts". Such a day names the event the total counts; the total
holds as of when it was told, so the day is none of the figure's framing phrases."""

from __future__ import annotations

import re

from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.periods import PeriodMatch
from claims.phrase_kinds import DAYS

_CLAUSE_MARK = re.compile(r"[;:]")


def day_of_the_subject(
    f: Figure, start: int, end: int, p: PeriodMatch, text: str, table: ExtractionTable
) -> bool:
    """ "The death toll from the quake that struck on May 14 has climbed to 1,204", "The number
    of people known to have died after a boat capsized on Monday night has risen to 29": a day
    inside the subject, before a verb in the perfect taking a total to its level, dates the
    event the total counts, not the total, which holds as of the day it was said (or of
    publication). A day opening the sentence still frames it ("On Sunday, the toll had risen
    to 41")."""
    head = text[:start].rstrip()
    if not head or head[-1] in ",;:":
        return False
    if p.kind not in DAYS:  # "revised the death toll from last week's earthquake up to 90"
        return _possessive(text, start, end, table) and _in_a_moved_totals_object(
            f, start, end, text, table)
    if table.perfect_level_re.search(text, end, f.start) is not None and (
        _of_an_event(text, start, end, table) or _inside_a_total(start, f, text, table)
    ):
        return True
    return (_inside_a_running_totals_subject(f, start, text, table)
            or _in_a_moved_totals_object(f, start, end, text, table))


def _inside_a_running_totals_subject(f: Figure, start: int, text: str,
                                     table: ExtractionTable) -> bool:
    """ "Le bilan du séisme qui a frappé vendredi s'est alourdi à 1 644 morts": the day stands
    between a running total's subject (a toll, a stock) and the verb taking it to its level;
    not "le nombre de migrants arrivés samedi a atteint 1 200", a count of that day."""
    level = table.level_re.search(text, 0, f.start)
    return (
        level is not None and level.start() < start
        and table.stock_re.search(text, level.start(), start) is not None
        # the day before the verb, in the subject: not "le bilan s'élevait mardi à 14 morts"
        and table.level_verb_re.search(text, level.start(), start) is None
    )


def _in_a_moved_totals_object(f: Figure, start: int, end: int, text: str,
                              table: ExtractionTable) -> bool:
    """ "bringing the death toll from Sunday's ferry sinking to 23", "portant le bilan de
    l'accident de dimanche à 12 morts": a day inside the total a verb moves to the figure, in
    one clause, dates the event the total counts, not the total; not a day right after the
    total's noun ("portant le bilan mardi à 12 morts"), nor (in English) one no event link or
    possessive ties to an event ("raising the toll on Tuesday to 12")."""
    links = list(table.total_link_re.finditer(text, 0, start))
    link = links[-1] if links else None
    if link is None or not _of_an_event(text, start, end, table):
        return False
    gaps = (text[link.end() : start], text[end : f.start])
    named = len(gaps[0].split()) >= 2 or _possessive(text, start, end, table)
    return (named and len(gaps[1].split()) <= 6
            and not any(_CLAUSE_MARK.search(g) or "," in g for g in gaps))


def _possessive(text: str, start: int, end: int, table: ExtractionTable) -> bool:
    """Whether the phrase ends with a possessive mark, or one follows it ("Monday's", "last
    week's"): it names a noun's time."""
    marks = tuple(table.periods.event_possessives)
    return bool(marks) and (text[start:end].rstrip().endswith(marks)
                            or text.startswith(marks, end))


def _inside_a_total(start: int, f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "The number of people killed in a crush outside the stadium on Sunday has risen to 37":
    the day stands inside the subject of a total ("the number of", "the toll"), whose verb
    takes it to the figure; the day is that of what the total counts."""
    level = table.level_re.search(text, 0, f.start)
    return level is not None and level.start() < start


def _of_an_event(text: str, start: int, end: int, table: ExtractionTable) -> bool:
    """The day belongs to an event the subject names ("the quake that struck on May 14", "after
    a boat capsized on Monday", "Monday's landslide"), not to the subject itself ("Prices on
    Monday had climbed to $91"). A table naming no such links asks for none."""
    if not table.periods.event_links:
        return True
    if _possessive(text, start, end, table):
        return True
    return table.event_link_re.search(text, 0, start) is not None
