"""A period phrase a figure shares with the figures around it, when it has none of its own:
the phrase ending a clause of several figures ("164 suspects in 12 cities in April"), past a
modifier ("Three people died when a dinghy carrying about 70 people sank on Sept. 15"), an
as-of time ending totals in the perfect, a list's label in parentheses. ``claims.binding``
asks it last, after the figure's own phrases and the framing ones.
"""

from __future__ import annotations

import re

from claims.binding_lists import in_an_aside_after, listed_in_parentheses
from claims.clauses import CLAUSE_EDGE, clause_start
from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import PeriodKind, Role
from claims.periods import PeriodMatch
from claims.phrase_kinds import BASELINES

_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")


def same_clause(gap: str, table: ExtractionTable) -> bool:
    """No comma and no clause link ("et", "and") between a period phrase and a figure."""
    if any(c in gap for c in ",;:"):
        return False
    return not any(w.lower() in table.context.clause_links for w in gap.split())


def shared_with_neighbours(
    i: int,
    figures: list[Figure],
    local: list[tuple[int, int, PeriodMatch]],
    own: list[PeriodMatch | None],
    text: str,
    table: ExtractionTable,
) -> PeriodMatch | None:
    """A phrase the figure shares with the figures around it, tried in order: one ending the
    whole clause, one past a modifier, an as-of time ending totals in the perfect, one
    labelling a list in parentheses."""
    return (
        _shared_phrase(i, figures, local, own, text, table)
        or _over_a_modifier(i, figures, local, own, text, table)
        or _totals_by(i, figures, local, text, table)
        or listed_in_parentheses(i, figures, local, own, text, table)
    )


def _shared_phrase(
    i: int,
    figures: list[Figure],
    local: list[tuple[int, int, PeriodMatch]],
    own: list[PeriodMatch | None],
    text: str,
    table: ExtractionTable,
) -> PeriodMatch | None:
    """ "164 suspects in 12 cities in April", "rose 12% to $4.2 billion in the year ended
    March 31": the phrase that ends a clause is the whole clause's, though it stands right after
    a later figure. Not across a comma or a clause link ("164, up from 120 in March"), nor
    past a figure that is one side of a change or a comparison."""
    f = figures[i]
    nxt = _next_phrase(f, local)
    if nxt is None:
        return None
    start, phrase = nxt
    if phrase.kind in BASELINES:
        return None  # "a year earlier" dates the figure compared with, not the others
    if not _owned_past_plain_values(i, figures, own, phrase, start) or in_an_aside_after(
            f.end, start, text, table):
        return None
    gap = text[f.end : start]
    if same_clause(gap, table):
        return phrase
    if phrase.period.kind is PeriodKind.as_of:
        return None  # "arrested 12 people and seized 30 guns by Monday": _totals_by's, if any
    return phrase if _coordinated(f, gap, text, table, phrase.period.kind) else None


def _owned_past_plain_values(i: int, figures: list[Figure], own: list[PeriodMatch | None],
                             phrase: PeriodMatch, start: int) -> bool:
    """Whether a later figure owns ``phrase``, with only plain values from figure ``i`` to it."""
    owner = next((j for j in range(i + 1, len(figures)) if own[j] is phrase), None)
    if owner is None:  # "17,000 cases and 517 deaths have been reported so far this year": no
        # figure owns the phrase ending the clause; the figures up to it must be plain values
        owner = max((j for j in range(i + 1, len(figures)) if figures[j].start < start),
                    default=None)
    return owner is not None and _plain_values(figures[i + 1 : owner + 1])


def _coordinated(f: Figure, gap: str, text: str, table: ExtractionTable,
                 phrase_kind: PeriodKind | None = None) -> bool:
    """ "distributed 5,200 blankets and 1,600 tents since Monday", "Sales rose 5% and profit
    jumped 12% in the second quarter": figures joined by "and", with no comma, share the phrase
    ending the clause; not a standing state in the present ("employs 4,000 people and sold
    12,000 cars in 2024"), but for a perfect before a running window ("has recorded 14,870
    cases and 312 deaths since the outbreak was declared")."""
    if CLAUSE_EDGE.search(gap):  # the pattern already takes "5,200" for no comma
        return False
    links = table.clause_links_set
    words = {w.lower() for w in gap.split()}
    shared = table.shared_links_set
    if not (words & links) or (words & links) - shared:
        return False
    start = clause_start(text, f.start)
    present = table.present_re.finditer(text, start, f.end + len(gap))
    if phrase_kind is PeriodKind.to_date:  # "has recorded 14,870 cases and 312 deaths since
        # the outbreak began": a perfect's auxiliary goes with a running window, no present state
        return all(table.perfect_re.fullmatch(m.group()) for m in present)
    return next(present, None) is None


def _over_a_modifier(
    i: int,
    figures: list[Figure],
    local: list[tuple[int, int, PeriodMatch]],
    own: list[PeriodMatch | None],
    text: str,
    table: ExtractionTable,
) -> PeriodMatch | None:
    """ "Three people died when a dinghy carrying about 70 people sank on Sept. 15": the day
    ending the clause dates its first figure too, past a figure of the same unit inside it that
    owns no phrase (a modifier), with no comma or clause link between (but for a list of its
    members set off by commas: "Three people, including a girl of seven, died when ...", and
    a link joining the modifier's own nouns: "in 11 cities and provinces")."""
    f = figures[i]
    nxt = _unowned_next_phrase(f, local, own)
    if nxt is None:
        return None
    start, phrase = nxt
    between = [g for g in figures[i + 1 :] if g.start < start]
    if not between or not _plain_values(between):
        return None
    gap = _DIGIT_COMMA.sub("", text[f.end : start])  # "about 1,070 people" keeps the clause
    gap = _without_appositive(gap, table)
    gap = _without_modifier_link(gap, text[between[-1].end : start], table)
    return phrase if same_clause(gap, table) else None


def _unowned_next_phrase(
    f: Figure, local: list[tuple[int, int, PeriodMatch]], own: list[PeriodMatch | None]
) -> tuple[int, PeriodMatch] | None:
    """The phrase after the figure, when it is neither a baseline (which dates the figure
    compared with) nor any figure's own phrase: only such a phrase can end a shared clause."""
    nxt = _next_phrase(f, local)
    if nxt is None or nxt[1].kind in BASELINES:
        return None
    owned = {p.start for p in own if p is not None}
    return None if nxt[1].start in owned else nxt


def _next_phrase(
    f: Figure, local: list[tuple[int, int, PeriodMatch]]
) -> tuple[int, PeriodMatch] | None:
    """The first period phrase after a figure in its sentence, with where it starts."""
    return next(((start, p) for start, _, p in local if start >= f.end), None)


def _plain_values(figures: list[Figure]) -> bool:
    """Figures that are plain values, no side of a change or a comparison: a phrase may be
    shared past them."""
    return all(g.role is Role.value and g.partner is None for g in figures)


def _without_modifier_link(gap: str, after: str, table: ExtractionTable) -> str:
    """ "8,420 people in 11 cities and provinces had evacuated since Tuesday": a link right
    after the modifier's first noun, with no comma, joins the modifier's nouns, not two
    clauses, so it is dropped from the gap."""
    words = after.split()
    if (len(words) > 2 and words[1].lower() in table.context.clause_links
            and not any(c in " ".join(words[:3]) for c in ",;:")):
        return gap.replace(f" {words[1]} ", " ", 1)
    return gap


def _without_appositive(gap: str, table: ExtractionTable) -> str:
    """ "Eleven people, among them three children, were killed on Sunday": the part set off by
    commas that lists some of the figure's members is inside its clause."""
    parts = gap.split(",")
    if len(parts) != 3 or not table.carry_before_re.match(parts[1].strip()):
        return gap
    return f"{parts[0]} {parts[2]}"


def _totals_by(
    i: int,
    figures: list[Figure],
    local: list[tuple[int, int, PeriodMatch]],
    text: str,
    table: ExtractionTable,
) -> PeriodMatch | None:
    """ "had destroyed at least 134 homes and forced some 26,000 people to evacuate by Monday
    evening", "four people had died and three were missing as of 6 a.m. Thursday": totals in
    the past perfect share the as-of time that ends the sentence's clauses, across "and" but
    not across a comma, save the one that sets the phrase off at the end ("had burned 21,596
    acres and was 8% contained, as of Thursday at 9 p.m.")."""
    f = figures[i]
    nxt = _next_phrase(f, local)
    if nxt is None or nxt[1].period.kind is not PeriodKind.as_of or nxt[1].kind in BASELINES:
        return None
    start, phrase = nxt
    later = [g.start for g in figures[i + 1 :] if g.start < start]
    end = _set_off_from(later[-1], start, text) if later else start
    if CLAUSE_EDGE.search(text, f.end, end):
        return None
    # "said four people had died and three were missing as of 6 a.m. Thursday": the perfect
    # may follow the figure, before the next figure.
    stop = later[0] if later else start
    return phrase if table.perfect_re.search(text, clause_start(text, f.start), stop) else None


def _set_off_from(last: int, start: int, text: str) -> int:
    """Where the as-of phrase's clause ends for the figures before it: at the comma that sets
    the phrase off at the end ("had burned 21,596 acres and was 8% contained, as of Thursday at
    9 p.m."), when it is the only edge after the last figure; else at the phrase."""
    tail = text[last:start].rstrip()
    if tail.endswith(",") and not CLAUSE_EDGE.search(tail[:-1]):
        return last + len(tail) - 1
    return start
