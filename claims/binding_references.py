"""Figures that refer to figures said before: a part of a total ("of them, 26 ..."), a total
restated ("the 44 victims"), a list's subject named before, and the antecedent a breakdown
refers back to. Their periods are carried from the figure they refer to; so is the period of a
sentence that opens by naming what the one before counted ("Cette enquête a conduit à ...")."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from claims.binding_as_of import with_as_of
from claims.binding_asides import looked_back_from
from claims.clauses import CLAUSE_EDGE
from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import DATED, Claim, Period, PeriodKind, Role
from claims.periods import PeriodMatch
from claims.sentences import Sentence

if TYPE_CHECKING:
    from claims.binding_context import ArticleContext


def refers_back(f: Figure, s: Sentence, bound: PeriodMatch | None, table: ExtractionTable,
                previous_text: str) -> bool:
    """Whether a figure counts part of a figure said before it ("Of them, 118", "dont 19",
    "27 of whom", "The apprehended suspects included 95"), with no period phrase of its own
    clause: then it takes that figure's period."""
    text = s.text
    own_from = -1  # a phrase after the cue governs the figure's own clause
    window = text[max(0, f.start - 40) : f.start]
    cues = list(table.carry_before_re.finditer(window))
    if cues and not any(ch.isdigit() for ch in window[cues[-1].end() :]):
        own_from = s.start + f.start - len(window) + cues[-1].start()
    elif table.carry_after_re.match(text, f.end):
        own_from = s.start + f.start
    elif bound is None and _listed_subject(f, text, table, previous_text):
        return True
    if own_from < 0:
        return False
    return bound is None or bound.start < own_from or bound.period.resolution == "publication"


def restated_total(
    f: Figure, earlier: list[Claim]
) -> Claim | None:
    """The latest total said before with a figure's value and unit, dated by a phrase, or a
    toll its sentence states as known now ("has risen to 47, the agency says": as of
    publication): the total "Of the 62 cases", "Of the 47 people killed" or "41 of the 62
    cases" restates."""
    for claim in reversed(earlier):
        period = claim.period
        if (
            claim.value == f.value
            and claim.unit == f.unit
            and claim.role is Role.value
            and period is not None
            and (period.resolution in DATED or period.kind is PeriodKind.as_of)
            and period.kind is not PeriodKind.none
        ):
            return claim
    return None


def parts_of_a_total(
    figures: list[Figure], s: Sentence, earlier: list[Claim], table: ExtractionTable
) -> dict[int, Claim | None]:
    """Figures that restate a total said before, or count part of it, by index, with the
    total they take their time from (None: the restated figure of the sentence is that
    total, but no total said before has its value):

    * "Of the 62 cases, 41, or 58.6%, were unvaccinated, the department said Wednesday": the
      figure opening the sentence after "Of the" is the total, and the figures after its
      clause are its parts;
    * "Officials said Tuesday that 31 of the 48 cases were children": a figure, "of the",
      then a figure restating a total.

    All are of the total's time, not of the day the breakdown was said."""
    found = _parts_after_an_opener(figures, s.text, earlier, table)
    for i in range(len(figures) - 1):
        f, g = figures[i], figures[i + 1]
        if i in found or not table.restating_link_re.match(s.text[f.end : g.start]):
            continue
        total = restated_total(g, earlier)
        if total is not None and _smaller(f, g):
            found[i] = found[i + 1] = total
    return found


def _parts_after_an_opener(
    figures: list[Figure], text: str, earlier: list[Claim], table: ExtractionTable
) -> dict[int, Claim | None]:
    """ "Of the 62 cases, 41, or 58.6%, were ...": the figure after the opener is the total,
    and the figures after its clause are its parts, all with the total said before."""
    if not figures or not table.restating_opener_re.match(text[: figures[0].start]):
        return {}
    edge = CLAUSE_EDGE.search(text, figures[0].end)
    if edge is None:
        return {}
    total = restated_total(figures[0], earlier)
    found: dict[int, Claim | None] = {0: total}
    found.update({i: total for i, g in enumerate(figures) if g.start > edge.start()})
    return found


def _smaller(f: Figure, g: Figure) -> bool:
    """ "31 of the 48 cases": the part is smaller than the total (both with values)."""
    return f.value is not None and g.value is not None and f.value < g.value


def _listed_subject(f: Figure, text: str, table: ExtractionTable, previous_text: str) -> bool:
    """ "The apprehended suspects included 95 ...": a definite subject whose noun the sentence
    before used, then a verb that lists its parts."""
    head = text[: f.start]
    first = head.split(None, 1)[:1]  # the first word only: no split of the whole head
    if not first or first[0].lower() not in table.determiners_set:
        return False
    verb = table.carry_verb_re.search(head)
    if verb is None:
        return False
    subject = {w.lower().strip(",.;:") for w in head[: verb.start()].split()[1:]}
    before = {w.lower().strip(',.;:«»"') for w in previous_text.split()}
    return any(len(w) > 3 and w in before for w in subject)


def antecedent(
    done: list[Claim], earlier: list[Claim], previous_text: str,
    baselines: set[str] | frozenset[str] = frozenset(),
) -> Claim | None:
    """The figure a back-referring figure counts part of: the latest plain count before it,
    in its sentence or else in the sentence before (further back, "of them" means people the
    text named, not a figure). A baseline is never it; a sentence that gave only baselines
    ("4 120 demandes au 31 octobre. L'an dernier à la même date, 3 870. Parmi ces
    demandeurs, 1 310 ...") is an aside, and the sentence before it is the one referred to."""
    before = _sentence_referred_to(earlier[-8:], previous_text, baselines)
    for claim in [*reversed(done), *before]:
        if (
            claim.unit == "count" and claim.role is Role.value and claim.period is not None
            and claim.id not in baselines
        ):
            # "At 9 p.m. on Monday the count had stood at 2,870. Of those treated, 312 ...":
            # those are the count the look back was compared with, not its earlier reading
            later = looked_back_from(claim, earlier) if claim not in done else None
            return later if later is not None and later.id not in baselines else claim
    return None


def _sentence_referred_to(
    recent: list[Claim], previous_text: str, baselines: set[str] | frozenset[str]
) -> list[Claim]:
    """The claims of the sentence before, latest first; when they are all baselines (an
    aside), those of the sentence before that follow them."""
    before = [c for c in reversed(recent) if c.sentence == previous_text]
    if before and all(c.id in baselines for c in before):
        older = recent[: recent.index(before[-1])]
        if older:
            before += [c for c in reversed(older) if c.sentence == older[-1].sentence]
    return before


def back_reference(
    s: Sentence, table: ExtractionTable, state: ArticleContext, published: date | None
) -> Period | None:
    """ "Cette enquête a conduit à ..." carries the previous sentence's period; an event dated at a
    point ("fin août 2024") runs from that point to publication."""
    words = s.text.split()
    if len(words) < 2 or words[0].lower() not in table.periods.back_demonstratives:
        return None
    noun = words[1].lower().strip(",.;:")
    previous_words = {w.lower().strip(',.;:«»"') for w in state.previous_text.split()}
    if noun not in previous_words or not state.recent:
        return None
    last = state.recent[-1]
    # "8 350 migrants sont arrivés ... depuis le début de l'année au 15 octobre. Ces migrants
    # ...": the window the as-of date closes, not that day
    if last in state.last_kept:
        last = with_as_of(last, state.last_kept)
    if (last.is_point and last.period.start is not None
            and last.period.kind is not PeriodKind.to_date):
        return Period(
            start=last.period.start,
            end=published,
            text=f"{words[0]} {words[1]}",
            resolution="carried",
            kind=PeriodKind.to_date,
        )
    return last.period.model_copy(
        update={"text": f"{words[0]} {words[1]}", "resolution": "carried"}
    )
