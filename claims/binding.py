"""Which period each figure covers: the phrase that belongs to it, or one carried over.

A phrase right after a figure is its own; a phrase that frames the sentence or the clause
applies to the figures after it; "cette période de sept mois" or "Cette enquête ..." carry a
period from the sentences before; "a year earlier" is read against the figure compared with.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from claims.figures import DURATIONS as _DURATIONS
from claims.figures import Figure, main_figures
from claims.lang import ExtractionTable
from claims.modality import modality_of
from claims.models import Claim, Modality, Period, PeriodKind, Role
from claims.period_match import add_months, add_years, month_end, shift
from claims.periods import SCENE_KINDS, PeriodMatch
from claims.phrase_kinds import Phrase
from claims.sentence_memo import last_mark
from claims.sentences import Sentence

_FRAME = re.compile(r"[\s\u00a0\u202f]*[,;:]")
_WORDS = re.compile(r"[^\W\d_]+")
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")
CLAUSE_EDGE = re.compile(r"[;:]|,(?!\d)")  # a clause's edge; "26,000" is no comma


def clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: right after the last clause edge before it."""
    cuts = [m.end() for m in CLAUSE_EDGE.finditer(text, 0, at)]
    return cuts[-1] if cuts else 0


def clause_end(text: str, at: int) -> int:
    """Where the clause holding ``at`` ends: at the first clause edge from it on."""
    after = CLAUSE_EDGE.search(text, at)
    return after.start() if after else len(text)


def _same_clause(gap: str, table: ExtractionTable) -> bool:
    """No comma and no clause link ("et", "and") between a period phrase and a figure."""
    if any(c in gap for c in ",;:"):
        return False
    return not any(w.lower() in table.context.clause_links for w in gap.split())


_BASELINES = frozenset({Phrase.year_earlier, Phrase.same_point, Phrase.unit_earlier})
_DAYS = frozenset({Phrase.day, Phrase.weekday, Phrase.relative_day})


# "a 2023 report": dates a figure only when nothing else does.
_WEAK = frozenset({Phrase.report_year})


def bind_periods(
    figures: list[Figure], periods: list[PeriodMatch], s: Sentence, table: ExtractionTable
) -> list[PeriodMatch | None]:
    """Periods for every figure; a conversion in parentheses shares the period of the figure
    it converts, and neither takes nor blocks a period phrase.

    The day something was said ("police said Wednesday") and the year of a report date a
    figure only when no other phrase does; a running window ("this year") ends at the as-of
    date the sentence gives ("as of Oct. 31"), and an as-of total starts where that window does.
    """
    main = main_figures(figures)
    usable = [p for p in periods if not p.announced and p.kind not in _WEAK]
    weak = [p for p in periods if p.kind in _WEAK]
    said = [_as_of(p) for p in periods if p.announced and p.period.end is not None]
    # "(2024 : 13,3 milliards)": a phrase opening a parenthesis labels the figure in it only
    labels = [p for p in usable if s.text[: p.start - s.start].rstrip().endswith("(")]
    mains = [figures[i] for i in main]
    bound_main = _bind_main_periods(mains, [p for p in usable if p not in labels], s, table)
    bound_main = [
        _with_as_of(b, usable) if b
        else next(iter(weak + ([] if ahead(f, mains, s.text, table) else said)), None)
        for f, b in zip(mains, bound_main, strict=True)
    ]
    bound: list[PeriodMatch | None] = []
    for i, f in enumerate(figures):
        opened = s.text.rfind("(", 0, f.start)
        label = [
            p for p in labels
            if opened >= 0 and opened < p.start - s.start < f.start
            and ")" not in s.text[opened : f.start]
        ]
        if label:  # "(2024 : 13,3 milliards)": the year it names
            bound.append(label[-1])
        elif not f.parenthetical:
            bound.append(bound_main[main.index(i)])
        else:
            bound.append(bound[-1] if bound else None)
    return bound


def ahead(f: Figure, figures: list[Figure], text: str, table: ExtractionTable) -> bool:
    """ "The company said on Monday it would cut 4,000 jobs", "expects to carry 4.2 million
    passengers": a plan or a forecast in the figure's own clause, which the day it was said
    does not date (it is no total as of that day), nor the time of the sentence before."""
    left, right = clause_of(f, figures, text)
    return table.forecast_re.search(text, left, right) is not None


def _bind_main_periods(
    figures: list[Figure], periods: list[PeriodMatch], s: Sentence, table: ExtractionTable
) -> list[PeriodMatch | None]:
    """The period phrase each figure belongs to.

    First, a phrase right after a figure ("64,6 % en 2021") is that figure's own. Otherwise a
    figure takes the last phrase before it in the sentence, unless that phrase is another
    figure's own and a free phrase follows ("297 cas ... contre 180 pour toute l'année 2023"),
    or the first phrase after it when no figure of the same unit stands between.
    """
    text, base = s.text, s.start
    local = [(p.start - base, p.end - base, p) for p in periods]
    own: list[PeriodMatch | None] = []
    for i, f in enumerate(figures):
        next_start = figures[i + 1].start if i + 1 < len(figures) else len(text)
        adjacent = None
        for start, _, p in local:
            if f.end <= start < next_start:
                gap = text[f.end : start]
                if (
                    len(gap.split()) <= (8 if _definite(f, text, table) else 3)
                    and "," not in gap.strip(" ,")
                    and not table.baseline_before_re.search(gap)
                    and (len(gap.split()) <= 3 or _same_clause(gap, table))
                    and not ("," in gap and not _same_clause(gap.replace(",", " "), table))
                ):  # ", but June now shows ...": a new clause's phrase
                    adjacent = p
                break
        own.append(adjacent)
    # A duration ("within four hours in February") does not own the clause's period. Phrases
    # do not overlap: a phrase is known by where it starts.
    taken = {
        p.start
        for f, p in zip(figures, own, strict=True)
        if p is not None and f.unit not in _DURATIONS
    }
    bound: list[PeriodMatch | None] = []
    for i, f in enumerate(figures):
        if own[i] is not None and not _framed_baseline(f, own[i], local, text, table):
            bound.append(own[i])
            continue
        # Before a figure, only a framing phrase counts: one that opens the sentence or is set
        # off by a comma ("Entre 2021 et 2023, ..."), not "créé en 2020 et compte 1 200".
        preceding = [
            p
            for start, end, p in local
            if end <= f.start
            and (start <= 1 or _FRAME.match(text, end) or _same_clause(text[end : f.start], table))
            and not _day_of_the_subject(f, start, end, p, text, table)
        ]
        blockers = [g.start for g in figures[i + 1 :] if g.unit == f.unit]
        limit = blockers[0] if blockers else len(text)
        following = [
            p for start, _, p in local if f.end <= start < limit and p.start not in taken
            and not table.baseline_before_re.search(text[f.end : start])
        ]  # "soit 3,5 % de moins qu'en 2023", "a 13 percent decline from February": what it
        # is compared with, not its own time
        free_preceding = [p for p in preceding if p.start not in taken]
        shared = (
            _shared_phrase(i, figures, local, own, text, table)
            or _over_a_modifier(i, figures, local, own, text, table)
            or _totals_by(i, figures, local, text, table)
            or _listed_in_parentheses(i, figures, local, own, text, table)
        )
        # A baseline another figure owns dates only that one: "a loss of RM96m a year earlier,
        # as average fares rose 11%" keeps the fares in the sentence's quarter.
        borrowable = [p for p in preceding if not (p.kind in _BASELINES and p.start in taken)]
        if free_preceding:
            bound.append(free_preceding[-1])
        elif following:
            bound.append(following[0])
        elif shared is not None:
            bound.append(shared)
        elif borrowable:
            bound.append(borrowable[-1])
        else:
            bound.append(None)
    return bound


def _framed_baseline(
    f: Figure, p: PeriodMatch, local: list[tuple[int, int, PeriodMatch]], text: str,
    table: ExtractionTable,
) -> bool:
    """ "In July, detections fell 6 percent from a year earlier to 31,400": a baseline phrase
    right after a change, whose own first word says it is what the change is measured from,
    is not the change's time when a phrase opening the sentence frames it."""
    if p.kind not in _BASELINES:
        return False
    start = next(begin for begin, _, q in local if q is p)
    first = re.match(r"\S+", text[start:])
    opened = f"{text[f.end : start]}{first.group()} " if first else ""
    if not opened or table.baseline_before_re.search(opened) is None:
        return False
    return any(
        end <= f.start and (begin <= 1 or _FRAME.match(text, end)) and q.kind not in _BASELINES
        for begin, end, q in local
    )


def _day_of_the_subject(
    f: Figure, start: int, end: int, p: PeriodMatch, text: str, table: ExtractionTable
) -> bool:
    """ "The death toll from the quake that struck on May 14 has climbed to 1,204", "The number
    of people known to have died after a boat capsized on Monday night has risen to 29": a day
    inside the subject, before a verb in the perfect taking a total to its level, dates the
    event the total counts, not the total, which holds as of the day it was said (or of
    publication). A day opening the sentence still frames it ("On Sunday, the toll had risen
    to 41")."""
    if p.kind not in _DAYS:
        return False
    head = text[:start].rstrip()
    if not head or head[-1] in ",;:":
        return False
    if table.perfect_level_re.search(text, end, f.start) is not None and _of_an_event(
        text, start, end, table
    ):
        return True
    # "Le bilan du séisme qui a frappé vendredi s'est alourdi à 1 644 morts": the day stands
    # between a running total's subject (a toll, a stock) and the verb taking it to its level;
    # not "le nombre de migrants arrivés samedi a atteint 1 200", a count of that day.
    level = table.level_re.search(text, 0, f.start)
    return (
        level is not None and level.start() < start
        and table.stock_re.search(text, level.start(), start) is not None
    )


def _of_an_event(text: str, start: int, end: int, table: ExtractionTable) -> bool:
    """The day belongs to an event the subject names ("the quake that struck on May 14", "after
    a boat capsized on Monday", "Monday's landslide"), not to the subject itself ("Prices on
    Monday had climbed to $91"). A table naming no such links asks for none."""
    if not table.periods.event_links:
        return True
    if text[start:end].rstrip().endswith(("'s", "’s")):
        return True
    return table.event_link_re.search(text, 0, start) is not None


def _next_phrase(
    f: Figure, local: list[tuple[int, int, PeriodMatch]]
) -> tuple[int, PeriodMatch] | None:
    """The first period phrase after a figure in its sentence, with where it starts."""
    return next(((start, p) for start, _, p in local if start >= f.end), None)


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
    nxt = _next_phrase(f, local)
    if nxt is None or nxt[1].kind in _BASELINES or nxt[1].start in {
        p.start for p in own if p is not None
    }:
        return None
    start, phrase = nxt
    between = [g for g in figures[i + 1 :] if g.start < start]
    if not between or any(g.role is not Role.value or g.partner is not None for g in between):
        return None
    gap = _DIGIT_COMMA.sub("", text[f.end : start])  # "about 1,070 people" keeps the clause
    gap = _without_appositive(gap, table)
    last = between[-1]
    after = text[last.end : start].split()
    if (len(after) > 2 and after[1].lower() in table.context.clause_links
            and not any(c in " ".join(after[:3]) for c in ",;:")):
        # "8,420 people in 11 cities and provinces had evacuated since Tuesday": the link
        # joins the modifier's nouns, not two clauses
        gap = gap.replace(f" {after[1]} ", " ", 1)
    return phrase if _same_clause(gap, table) else None


_LIST_GAP = re.compile(r"[^;:.()]{0,60}")


def _listed_in_parentheses(
    i: int,
    figures: list[Figure],
    local: list[tuple[int, int, PeriodMatch]],
    own: list[PeriodMatch | None],
    text: str,
    table: ExtractionTable,
) -> PeriodMatch | None:
    """ "cosmétiques (2,1 milliards en octobre), boissons (1,4 milliard) et produits
    pharmaceutiques (0,8 milliard)": a list of items, each with its figure in parentheses, says
    the time once, in its first item; the later items' figures share it. Not a comparison's
    time ("(contre 0,3 % en juin)"), and not past a sentence's clause edge (";", ":")."""
    f = figures[i]
    opened = text.rfind("(", 0, f.start)
    if opened < 0 or ")" in text[opened : f.start] or len(text[opened + 1 : f.start].split()) > 2:
        return None
    groups = []  # the parentheses before f's, latest first, while they are items of one list
    at = opened
    while True:
        closed = text.rfind(")", 0, at)
        if closed < 0:
            break
        start = text.rfind("(", 0, closed)
        gap = text[closed + 1 : at]
        if start < 0 or not _LIST_GAP.fullmatch(gap) or len(gap.split()) > 5:
            break
        if not (gap.lstrip().startswith(",") or (gap.split() and gap.split()[0].lower() in {
            w.lower() for w in table.context.clause_links
        })):
            break
        groups.append((start, closed))
        at = start
    where = {id(p): begin for begin, _, p in local}  # a phrase's start in the sentence
    for start, closed in reversed(groups):  # the list's first dated item
        for j, g in enumerate(figures[:i]):
            p = own[j]
            if not start < g.start < closed or p is None or p.kind in _BASELINES:
                continue
            if where[id(p)] < closed and g.role is Role.value and (
                not table.baseline_before_re.search(text[start + 1 : g.start])
            ):
                return p
    return None


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
    not across a comma."""
    f = figures[i]
    nxt = _next_phrase(f, local)
    if nxt is None or nxt[1].period.kind is not PeriodKind.as_of or nxt[1].kind in _BASELINES:
        return None
    start, phrase = nxt
    if CLAUSE_EDGE.search(text, f.end, start):
        return None
    # "said four people had died and three were missing as of 6 a.m. Thursday": the perfect
    # may follow the figure, before the next figure.
    later = [g.start for g in figures[i + 1 :] if g.start < start]
    stop = later[0] if later else start
    return phrase if table.perfect_re.search(text, clause_start(text, f.start), stop) else None


def _definite(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "the 1.27 million people counted by the ministry on Feb. 27": a figure named with a
    determiner, whose own clause runs on past its noun to the phrase that dates it."""
    words = text[: f.start].split()
    return (
        bool(words)
        and words[-1].lower() in table.determiners_set
        and words[-1] not in table.periods.not_definite
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
    if phrase.kind in _BASELINES:
        return None  # "a year earlier" dates the figure compared with, not the others
    owner = next((j for j in range(i + 1, len(figures)) if own[j] is phrase), None)
    if owner is None:
        return None
    for g in figures[i + 1 : owner + 1]:
        if g.role is not Role.value or g.partner is not None:
            return None
    gap = text[f.end : start]
    if _same_clause(gap, table):
        return phrase
    if phrase.period.kind is PeriodKind.as_of:
        return None  # "arrested 12 people and seized 30 guns by Monday": _totals_by's, if any
    return phrase if _coordinated(f, gap, text, table) else None


def _coordinated(f: Figure, gap: str, text: str, table: ExtractionTable) -> bool:
    """ "distributed 5,200 blankets and 1,600 tents since Monday", "Sales rose 5% and profit
    jumped 12% in the second quarter": figures joined by "and", with no comma, share the phrase
    ending the clause; not a standing state in the present ("employs 4,000 people and sold
    12,000 cars in 2024")."""
    if CLAUSE_EDGE.search(gap):  # the pattern already takes "5,200" for no comma
        return False
    links = {w.lower() for w in table.context.clause_links}
    words = {w.lower() for w in gap.split()}
    shared = {w.lower() for w in table.periods.shared_links}
    if not (words & links) or (words & links) - shared:
        return False
    return not table.present_re.search(text, clause_start(text, f.start), f.end + len(gap))


def _as_of(p: PeriodMatch) -> PeriodMatch:
    """An announcement's day, as a figure's last resort: the total as of that day."""
    period = p.period.model_copy(update={"start": None, "kind": PeriodKind.as_of})
    return replace(p, period=period)  # still ``announced``: a frame said before may win


def _with_as_of(bound: PeriodMatch, periods: list[PeriodMatch]) -> PeriodMatch:
    """ "611 people held this year ..., as of Oct. 31": the window ends at the as-of date;
    an as-of total in a sentence that names its window starts where the window does."""
    period = bound.period
    if period.kind is PeriodKind.to_date and period.start is not None:
        for p in periods:
            end = p.period.end
            if (
                p.period.kind is PeriodKind.as_of
                and end is not None
                and period.start <= end
                and (period.end is None or end <= period.end)
            ):
                if bound.kind in TRAILING and period.end is not None:
                    return replace(bound, period=trailing_to(period, period.end, end))
                return replace(bound, period=period.model_copy(update={"end": end}))
    if period.kind is PeriodKind.as_of and period.end is not None:
        for p in periods:
            start = p.period.start
            if p.period.kind is PeriodKind.to_date and start is not None and start <= period.end:
                if p.kind in TRAILING and p.period.end is not None:
                    moved = trailing_to(p.period, p.period.end, period.end)
                    return replace(bound, period=moved.model_copy(update={"text": period.text}))
                update = {"start": start, "kind": PeriodKind.to_date}
                return replace(bound, period=period.model_copy(update=update))
    return bound


# "the past 12 months", "au cours des douze derniers mois": a window counted back from
# publication, unless an as-of date in the sentence says where it ends.
TRAILING = frozenset({Phrase.trailing_window, Phrase.window_to_publication})


def trailing_to(window: Period, old_end: date, end: date) -> Period:
    """ "Les transactions des douze derniers mois, à fin juin": the same length of window,
    ending at the as-of date (a closed window), not at publication."""
    start = window.start
    assert start is not None
    after = old_end + timedelta(days=1)
    if start.day == after.day:  # whole months back: count them again from the new end
        months = (after.year - start.year) * 12 + after.month - start.month
        new_start = add_months(end + timedelta(days=1), -months)
    else:
        new_start = end - (old_end - start)
    return window.model_copy(update={"start": new_start, "end": end, "kind": PeriodKind.interval})


class ArticleContext:
    """What carries from one sentence to the next: recent periods and the last sentence."""

    def __init__(self) -> None:
        self.recent: list[PeriodMatch] = []
        self.previous_text = ""
        self.baselines: set[str] = set()  # ids of figures dated by a comparison ("a year earlier")
        self.said: set[str] = set()  # ids of figures dated only by the day it was said
        self.referring: set[str] = set()  # ids of figures dated by "over the same period"
        self.continuing: set[str] = set()  # sentences right after a sentence with figures
        self._last: Sentence | None = None  # the latest sentence with figures
        # The day a sentence without figures is about, and that sentence's index.
        self.scene: tuple[int, Period] | None = None
        self.event: Period | None = None  # "Tuesday's election": the day results are about
        # "au premier tour, le 16 mars": the day each named stage of an event took place.
        self.named: dict[str, Period] = {}
        # "since the first case was identified on Aug. 24": the window the story counts in,
        # the first one stated from an event's start (not a calendar year's).
        self.story: Period | None = None
        # The words of each sentence that named one day of an event, with that day ("A tunnel
        # collapsed at the mine on Monday"), latest last: "when the tunnel collapsed" names it.
        self.dated: list[tuple[frozenset[str], Period]] = []

    def follow(self, s: Sentence) -> None:
        """Note whether a sentence with figures comes right after the last one (a paragraph
        break between is fine, wire copy has one sentence a paragraph; a sentence between,
        a caption or a new story, is not): only then does it go on about the same time."""
        last = self._last
        if last is not None and s.index <= last.index + 2:
            self.continuing.add(s.text)
        self._last = s

    def set_scene(self, s: Sentence, periods: list[PeriodMatch]) -> None:
        """A sentence without figures that names one day or a few days ("Protesters clashed
        with police on Thursday."): the figures right after it are about that day. A sentence
        naming something else, or more than one time, ends any scene before it."""
        self.remember(s, periods)
        stated = [p for p in periods if not p.announced and p.kind not in _BASELINES]
        if len(stated) != 1 or stated[0].kind not in SCENE_KINDS:
            self.scene = None if stated else self.scene
            return
        period = stated[0].period
        if period.start is None or period.end is None:
            return
        self.scene = (s.index, period.model_copy(update={"resolution": "carried"}))

    def scene_for(self, s: Sentence, f: Figure, table: ExtractionTable) -> Period | None:
        """The day of the sentence just before (a paragraph break between is fine), for a
        figure stating no period: a count of that day's events, unless the sentence speaks of
        the present ("now has 1,400 volunteers") or the figure is an estimate or a baseline."""
        if self.scene is None or s.index > self.scene[0] + 2:
            return None
        if f.role is not Role.value or f.hedge or f.unit in _DURATIONS:
            return None
        if table.present_re.search(s.text):
            return None
        return self.scene[1]

    def event_for(
        self, s: Sentence, f: Figure, figures: list[Figure], table: ExtractionTable,
        periods: list[PeriodMatch],
    ) -> Period | None:
        """The day of the election the article dated, for a result stating no period ("rejected
        by 312 votes", "won with 58% of the vote") in a sentence naming no time of its own,
        unless its clause speaks of the present."""
        if self.event is None or f.role is not Role.value or f.unit in _DURATIONS:
            return None
        if any(not p.announced for p in periods):
            return None  # "in last year's presidential election, when 74,912 ballots were cast"
        left, right = clause_of(f, figures, s.text)
        if not table.event_cue_re.search(s.text, left, right):
            return None
        return None if table.present_re.search(s.text, left, right) else self.event

    def note_named_events(
        self, s: Sentence, periods: list[PeriodMatch], table: ExtractionTable
    ) -> None:
        """Remember the day a named stage is given with ("Dimanche, au second tour", "au
        premier tour, le 16 mars"): the first day said right next to it."""
        pattern = table.named_event_re
        if pattern is None:
            return
        for m in pattern.finditer(s.text):
            name = " ".join(m.group().lower().split())
            if name in self.named:
                continue
            for p in periods:
                start, end = p.start - s.start, p.end - s.start
                gap = s.text[end : m.start()] if end <= m.start() else s.text[m.end() : start]
                if (
                    p.kind in _DAYS
                    and not p.announced
                    and p.period.start is not None
                    and len(gap) <= 6
                    and not any(c.isdigit() for c in gap)
                ):
                    self.named[name] = p.period.model_copy(update={"resolution": "carried"})
                    break

    def named_event_for(
        self, s: Sentence, f: Figure, periods: list[PeriodMatch], table: ExtractionTable
    ) -> Period | None:
        """ "Au premier tour, trois listes étaient en lice": a figure stating no time, in a
        sentence naming a stage whose day the article gave, is of that day."""
        pattern = table.named_event_re
        if pattern is None or not self.named or f.role is not Role.value:
            return None
        if f.unit in _DURATIONS or any(not p.announced for p in periods):
            return None
        m = pattern.search(s.text)
        if m is None or m.start() > f.start:
            return None
        return self.named.get(" ".join(m.group().lower().split()))

    @property
    def periods(self) -> list[Period]:
        return [p.period for p in self.recent]

    def remember(
        self, s: Sentence, periods: list[PeriodMatch], table: ExtractionTable | None = None
    ) -> None:
        """Keep the last few resolved periods, for phrases that refer back."""
        # A baseline ("a year earlier") is not what later sentences refer back to.
        kept = [
            p
            for p in periods
            if (p.period.start or p.period.end)
            and p.kind not in (Phrase.year_earlier, Phrase.same_point, Phrase.unit_earlier)
            and not p.announced
            and not (table is not None and _after_a_baseline(s, p, table))
        ]
        for p in periods:
            if p.kind is Phrase.event_day and p.period.start is not None and not p.announced:
                self.event = p.period.model_copy(update={"resolution": "carried"})
        if self.story is None:
            self.story = next(
                (p.period.model_copy(update={"resolution": "carried"}) for p in kept
                 if p.kind in _STORY_STARTS and p.period.kind is PeriodKind.to_date
                 and p.period.start is not None),
                None,
            )
        self.recent = (self.recent + kept)[-16:]  # "in the quarter" may refer a way back
        self.previous_text = s.text
        days = [p for p in kept if p.kind in _DAYS and p.period.start is not None]
        if len(days) == 1 and len(kept) == 1 and days[0].period.start == days[0].period.end:
            words = frozenset(w.lower() for w in _WORDS.findall(s.text))
            day = days[0].period.model_copy(update={"resolution": "carried"})
            self.dated = [*self.dated, (words, day)][-8:]

    def when_event_for(
        self, s: Sentence, f: Figure, figures: list[Figure], periods: list[PeriodMatch],
        table: ExtractionTable,
    ) -> Period | None:
        """ "The company says about 50 people were underground when the tunnel collapsed", after
        "A tunnel collapsed at the mine on Monday": a figure stating no time, whose clause ties it
        to an event ("when ...") the article dated, is of that event's day. The event is known by
        its words: every word of the "when" clause that is not a small word stands in the
        sentence that dated it."""
        if not self.dated or f.role is not Role.value or f.unit in _DURATIONS:
            return None
        if any(not p.announced for p in periods):
            return None
        right = clause_of(f, figures, s.text)[1]
        link = table.when_link_re.search(s.text, f.end, right)
        if link is None:
            return None
        small = table.stop_words_set | {w.lower() for w in table.context.determiners}
        words = {
            w.lower() for w in _WORDS.findall(s.text[link.end() : right])
        } - small
        if len(words) < 2:
            return None
        for said, day in reversed(self.dated):
            if words <= said:
                return day
        return None

    def story_for(
        self, period: Period | None, f: Figure, figures: list[Figure], s: Sentence,
        table: ExtractionTable,
    ) -> Period | None:
        """ "Eleven patients have been hospitalized", "There have been 14 deaths": a count in
        the present perfect that no phrase dates, in an article counting since an event's
        start ("62 cases since the first case was identified on Aug. 24"), is counted in that
        window up to publication, not a stock of unknown start."""
        story = self.story
        if story is None or period is None or period.resolution != "publication":
            return period
        if f.role is not Role.value or f.unit != "count" or f.hedge or period.end is None:
            return period
        left, right = clause_of(f, figures, s.text)
        if not table.running_perfect_re.search(s.text, left, right):
            return period
        if story.start is None or story.start > period.end:
            return period
        return story.model_copy(update={"end": period.end, "kind": PeriodKind.to_date})


# Windows from an event's start ("since the campaign began on May 2", "since Tuesday", "since
# the outbreak began in mid-March"), not from a calendar year's ("so far this year").
_STORY_STARTS = frozenset({
    Phrase.since_day, Phrase.since_weekday, Phrase.since_month, Phrase.since_month_part,
})


def _after_a_baseline(s: Sentence, p: PeriodMatch, table: ExtractionTable) -> bool:
    """ "more than in the previous five years combined": what a figure is measured against,
    which "over the same period" after it does not mean."""
    return bool(table.baseline_before_re.search(s.text[: max(0, p.start - s.start)]))


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
    if last.is_point and last.period.start is not None:
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


def total_at_day(period: Period, f: Figure, figures: list[Figure], s: Sentence,
                 table: ExtractionTable, partner: Period | None = None) -> Period:
    """ "The death toll stood at 64 on Friday", "1.2 million homes remained without power on
    Friday", "le bilan s'élevait à 64 morts mardi": a total or a stock known on a day, not a
    count of that day's events (its start is unknown); so is a total its subject names, taken
    to a level ("The death toll from Monday's quake rose to 143 on Wednesday", "the tally rose
    from 12 on Saturday to 40 on Sunday"). Read in the figure's own clause only:
    "pulled 41 people out on Tuesday, bringing the total to 260" dates 41 to the day. The
    figure a total is compared with ("down from 700,000 on Tuesday") is a total too."""
    if (
        period.kind is PeriodKind.interval
        and partner is not None
        and partner.kind is PeriodKind.as_of
        and f.role is not Role.value
        and _whole_month(period)
    ):  # "stood at 7.36 million at the end of June, down from 7.39 million in May"
        return period.model_copy(update={"start": None, "kind": PeriodKind.as_of})
    if period.kind is not PeriodKind.day:
        return period
    if partner is not None and partner.kind is PeriodKind.as_of and f.role is not Role.value:
        return period.model_copy(update={"start": None, "kind": PeriodKind.as_of})
    left, right = _past_an_appositive(*clause_of(f, figures, s.text), s.text, table)
    if not (table.stock_re.search(s.text, left, right)
            or table.level_re.search(s.text[: f.start])
            or table.perfect_level_re.search(s.text[: f.start])):
        return period
    return period.model_copy(update={"start": None, "kind": PeriodKind.as_of})


def _past_an_appositive(
    left: int, right: int, text: str, table: ExtractionTable
) -> tuple[int, int]:
    """ "More than 150 rescuers, including police and firefighters, were at the site": a part
    set off by commas listing some of the figure's members does not end its clause."""
    m = re.match(r"[\s\u00a0\u202f]*,([^,;:]*),", text[right:])
    if m is None or not table.carry_before_re.match(m.group(1).strip()):
        return left, right
    return left, clause_end(text, right + m.end())


def _whole_month(period: Period) -> bool:
    start, end = period.start, period.end
    return (
        start is not None and end is not None and start.day == 1
        and end == month_end(start.year, start.month)
    )


def clause_of(f: Figure, figures: list[Figure], text: str) -> tuple[int, int]:
    """The figure's own stretch of the sentence: from the figure (or punctuation) before it
    to the figure (or punctuation) after it."""
    at = figures.index(f)
    left = figures[at - 1].end if at else 0
    right = figures[at + 1].start if at + 1 < len(figures) else len(text)
    cut = last_mark(text, ",;:", f.start)
    if cut >= left:
        left = cut + 1
    after = re.search(r"[,;:]", text[f.end : right])
    if after:
        right = f.end + after.start()
    return left, right


def said_of_an_event(
    f: Figure, figures: list[Figure], s: Sentence, table: ExtractionTable, said: PeriodMatch
) -> bool:
    """Whether a figure dated only by the day it was said counts an event ("Police made 61
    arrests during the march, the minister said on Friday"), which the day the text was about
    may date, rather than a total up to that day ("said on Monday that 800 had returned"). A
    report's day ("According to the agency's Wednesday report, 1,087 people were injured")
    dates the totals in it, as of that day."""
    if table.report_noun_re.match(s.text, said.end - s.start):
        return False
    left, right = clause_of(f, figures, s.text)
    return not any(
        cue.search(s.text, left, right)
        for cue in (table.perfect_re, table.present_re, table.stock_re)
    )


def forecast_window(
    period: Period | None, bound: PeriodMatch | None, f: Figure, figures: list[Figure],
    s: Sentence, table: ExtractionTable, published: date | None,
) -> Period | None:
    """A forecast or a plan looks ahead: "now expects an operating margin of 6-7% this year"
    is the whole year (a count so far never is); "would cut waits to 52 weeks by September",
    read in March, is this September, not last. Read in the figure's clause, or in that of
    the figure it changes from or to ("6-7% this year, up from 4-5% previously")."""
    if period is None or bound is None or published is None:
        return period
    clauses = [clause_of(f, figures, s.text)]
    if f.partner is not None and f.partner < len(figures):
        clauses.append(clause_of(figures[f.partner], figures, s.text))
    at = bound.start - s.start  # and the clause of the phrase: "6-7% this year, up from 4-5%"
    clauses.append((clause_start(s.text, at), clause_end(s.text, bound.end - s.start)))
    if not any(table.forecast_re.search(s.text, left, right) for left, right in clauses):
        return period
    year_start = date(published.year, 1, 1)
    if (
        period.kind is PeriodKind.to_date
        and period.start == year_start
        and period.end == published
        and bound.kind in (Phrase.yearref, Phrase.year)
    ):
        end = date(published.year, 12, 31)
        return period.model_copy(update={"end": end, "kind": PeriodKind.interval})
    if (
        bound.kind is Phrase.as_of_month
        and period.end is not None
        and period.end < published
        and not _YEAR_WRITTEN.search(period.text)
    ):
        end = add_years(period.end, 1)
        return period.model_copy(update={"end": month_end(end.year, end.month)})
    return period


_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def present_stock(
    period: Period | None, f: Figure, figures: list[Figure], s: Sentence,
    table: ExtractionTable, published: date | None,
) -> Period | None:
    """ "The death toll now stands at 134", "Police have arrested 412 people", "Unemployment
    currently stands at 4.1%": a figure no phrase dates, whose own clause speaks of the present
    or of a stock, holds as of publication (kind ``as_of``; still read as publication's, since
    no phrase stated it). An estimate or a plan is not a level known now."""
    if period is not None and period.resolution != "publication":
        return period
    if published is None or f.role is not Role.value or f.hedge or f.unit in _DURATIONS:
        return period
    if modality_of(s.text, f.start, f.end, table, f.hedge) is Modality.planned:
        return period
    left, right = clause_of(f, figures, s.text)
    at = figures.index(f)
    if at and left == figures[at - 1].end and len(s.text[left : f.start].split()) <= 3:
        left = clause_of(figures[at - 1], figures, s.text)[0]  # "61 homes and 24 sheds"
    if not (table.present_re.search(s.text, left, right)
            or table.stock_re.search(s.text, left, right)):
        return period
    return Period(end=published, resolution="publication", kind=PeriodKind.as_of)


def dated_elsewhere(
    bound: PeriodMatch | None, f: Figure, figures: list[Figure], s: Sentence,
    table: ExtractionTable,
) -> bool:
    """ "... killed when a tunnel collapsed on Monday, as rescuers dug to reach seven workers
    who are still trapped", "Two miners are still missing at the mine, where the tunnel gave
    way on Monday": a figure whose own clause states a present state is not dated by a day
    another clause names (the event's day); it holds now. A phrase opening the sentence or a
    clause of its own ("On Sunday, 40 remain ...") still frames it."""
    if bound is None or bound.announced:
        return False
    left, right = clause_of(f, figures, s.text)
    if not table.present_state_re.search(s.text, left, right):
        return False
    start, end = bound.start - s.start, bound.end - s.start
    if left <= start and end <= right:
        return False  # the figure's own clause
    head = s.text[:start].rstrip()
    return bool(head) and head[-1] not in ",;:"


def present_today(
    period: Period | None, bound: PeriodMatch, f: Figure, figures: list[Figure], s: Sentence,
    table: ExtractionTable,
) -> Period | None:
    """ "L'établissement emploie aujourd'hui 1 050 agents", "le bilan s'établit aujourd'hui à
    12 morts": "today" with a state in the present is a level as of publication, not a count of
    that day's events (which "ont défilé aujourd'hui" is). So is a value "today" gives a noun
    with no verb ("l'indemnité de garde, aujourd'hui de 290 euros")."""
    if (
        period is None
        or bound.kind is not Phrase.relative_day
        or period.kind is not PeriodKind.day
        or period.start != period.end
    ):
        return period
    left, right = clause_of(f, figures, s.text)
    link = s.text[bound.end - s.start : f.start].strip().lower()
    if not (table.present_re.search(s.text, left, right)
            or table.state_re.search(s.text, left, right)
            or link in table.periods.value_links):  # "l'indemnité, aujourd'hui de 290 euros"
        return period
    return period.model_copy(update={"start": None, "kind": PeriodKind.as_of})


def next_period_start(periods: list[PeriodMatch], s: Sentence, end: int) -> int:
    """Where the next period phrase starts: what a figure counts ends there."""
    starts = [p.start - s.start for p in periods if p.start - s.start >= end]
    return min(starts, default=len(s.text))


def year_earlier(
    f: Figure,
    done: list[Claim],
    bound: PeriodMatch,
    fallback: Period | None,
    s: Sentence,
    before: list[Claim],
    table: ExtractionTable,
) -> Period | None:
    """ "up from 2,210 a year earlier", "4,100 in the previous week": the period of the figure
    compared with, one step back.

    With no figure linked to it: a change ("up 8.4 percent from a year earlier") covers the
    current period, the latest one stated; a figure the phrase follows directly ("That is up
    from 61,000 a year earlier") is the latest stated figure's period stepped back; otherwise the
    phrase names a baseline, not the figure's own period. "At the same point last year" names
    one anyway: the year to date, a year back.
    """
    partner = done[f.partner].period if f.partner is not None and f.partner < len(done) else None
    if (
        partner is not None
        and partner.resolution == "publication"
        and bound.kind is not Phrase.same_point
        and _latest_stated([*before, *done]) is not None
    ):
        partner = None  # "rose to 5.8 million from 5.1 million a year earlier": the time before
    if partner is None or partner.end is None:
        if f.role is Role.comparison and f.partner is not None and bound.kind is Phrase.same_point:
            # "atteint 46 %, contre 54 % à la même date l'an dernier": the figure it answers
            # states no time, so the same point of last year, not a time said before
            return bound.period
        current = _latest_stated([*before, *done])
        # "Last week, 4,200 claims were filed. The previous week, 3,900", "4 120 demandes au
        # 31 octobre. L'an dernier à la même date, 3 870", "En 2025, 310 éleveurs ...
        # L'année précédente, ils étaient 280": a step back from the period just said, when
        # the phrase opens the sentence (a level then, even as a percentage: "Un an plus
        # tôt, il atteignait 7,5 %").
        opening = bound.kind in (Phrase.unit_earlier, Phrase.same_point, Phrase.year_earlier) and (
            bound.start - s.start <= 1 or s.text[: bound.start - s.start].rstrip().endswith("(")
        )
        if current is not None and f.unit == "percent" and not opening and not _compared_level(
            f, bound, s, table
        ):
            return current
        gap = s.text[f.end : bound.start - s.start] if bound.start - s.start >= f.end else ","
        if current is not None and table.baseline_before_re.search(gap):
            return current  # "61 000 de plus qu'au trimestre précédent": a change, now
        adjacent = "," not in gap and len(gap.split()) <= 4
        day_before = bound.kind is Phrase.unit_earlier and bound.step == "day"
        if opening and bound.kind is Phrase.same_point:
            # "the same period" is a window: not the day of a record said just before
            current = _latest_stated([*before, *done], _WINDOWS)
        if current is not None and (adjacent or day_before or opening) and current.end is not None:
            partner = current
        elif bound.kind is Phrase.same_point:
            return bound.period
        else:
            return fallback
    if bound.kind is Phrase.same_point and partner.resolution == "publication":
        return bound.period  # "reached 29,578, up from 26,501 at the same point last year"
    try:
        start, end = _stepped(partner.start, partner.end, bound)
    except (ValueError, OverflowError):  # before year 1
        return fallback
    kind = PeriodKind.as_of if start is None else (
        PeriodKind.day if start == end else PeriodKind.interval
    )
    return Period(start=start, end=end, text=bound.period.text, resolution="relative", kind=kind)


def _compared_level(f: Figure, bound: PeriodMatch, s: Sentence, table: ExtractionTable) -> bool:
    """ "..., compared with a rise of 0.5% a year earlier": a percentage the clause compares
    with, right before its own time (no "from" opening the phrase), is the level of that time,
    not a change measured from it ("up 8.4 percent from a year earlier")."""
    at = bound.start - s.start
    gap = s.text[f.end : at] if at >= f.end else ","
    if len(gap.split()) > 2 or any(c in gap for c in ",;:") or any(c.isdigit() for c in gap):
        return False  # "a 2% rise a year earlier": a noun between is fine
    first = s.text[at:].split(maxsplit=1)
    if first and table.baseline_word_re.fullmatch(first[0]):
        return False
    return table.lookback_re.search(s.text, clause_start(s.text, f.start), f.start) is not None


def _latest_stated(
    claims: list[Claim], kinds: frozenset[PeriodKind] | None = None
) -> Period | None:
    """The latest period a phrase stated (not a comparison's, not publication's), of one of
    ``kinds`` when given."""
    for claim in reversed(claims):
        period = claim.period
        if (
            period is not None
            and period.end is not None
            and period.resolution in ("explicit", "relative", "carried")
            and claim.role is not Role.comparison
            and (kinds is None or period.kind in kinds)
        ):
            return period
    return None


def _stepped(start: date | None, end: date, bound: PeriodMatch) -> tuple[date | None, date]:
    if bound.kind is Phrase.unit_earlier and bound.step not in (None, "year"):
        if start is None:
            start_back, end_back = end, end
            for _ in range(bound.steps):
                start_back, end_back = _step_back(start_back, end_back, bound.step)
            return None, end_back
        for _ in range(bound.steps):
            start, end = _step_back(start, end, bound.step)
        return start, end
    years = bound.steps if bound.kind is Phrase.unit_earlier else 1  # "deux ans plus tôt"
    named = bound.period.end
    explicit = bound.period.resolution == "explicit"
    if bound.kind is Phrase.same_point and named is not None and explicit:
        years = max(0, end.year - named.year)  # "at this stage in 2022", read in 2024: two back
    last = add_years(end, -years)
    if (end + timedelta(days=1)).day == 1:  # a month's end stays one: February 2024 has 29
        last = month_end(last.year, last.month)
    return (None if start is None else add_years(start, -years)), last


def _step_back(start: date, end: date, unit: str) -> tuple[date, date]:
    """A window one unit earlier: a whole month (quarter) stays whole; a week, 7 days back."""
    if unit in ("month", "quarter"):
        months = 1 if unit == "month" else 3
        whole = start.day == 1 and (end + timedelta(days=1)).day == 1
        first = add_months(start, -months)
        if whole:
            last = add_months(end.replace(day=1), -months)
            return first, month_end(last.year, last.month)
        return first, add_months(end, -months)
    step = shift(start, unit, -1) - start
    return start + step, end + step


def compared_to_date(done: list[Claim], bound: PeriodMatch, published: date | None) -> None:
    """ "28,100 arrivals, 9% more than the 25,800 at the same point last year": the figure
    compared with a same-point figure, stating no period of its own, is the year to date."""
    if bound.kind is not Phrase.same_point or published is None:
        return
    for claim in reversed(done):
        period = claim.period
        if claim.unit == "count" and (period is None or period.resolution == "publication"):
            claim.period = Period(
                start=date(published.year, 1, 1), end=published, text=bound.period.text,
                resolution="relative", kind=PeriodKind.to_date,
            )
            return


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
    """The latest total said before with a figure's value and unit, dated by a phrase: the
    total "Of the 62 cases" or "41 of the 62 cases" restates."""
    for claim in reversed(earlier):
        period = claim.period
        if (
            claim.value == f.value
            and claim.unit == f.unit
            and claim.role is Role.value
            and period is not None
            and period.resolution in ("explicit", "relative", "carried")
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
    found: dict[int, Claim | None] = {}
    text = s.text
    if figures and table.restating_opener_re.match(text[: figures[0].start]):
        edge = CLAUSE_EDGE.search(text, figures[0].end)
        if edge is not None:
            total = restated_total(figures[0], earlier)
            found[0] = total
            found.update({i: total for i, g in enumerate(figures) if g.start > edge.start()})
    for i in range(len(figures) - 1):
        f, g = figures[i], figures[i + 1]
        if i in found or not table.restating_link_re.match(text[f.end : g.start]):
            continue
        total = restated_total(g, earlier)
        if total is not None and f.value is not None and g.value is not None and f.value < g.value:
            found[i] = found[i + 1] = total
    return found


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
    recent = earlier[-8:]
    before = [c for c in reversed(recent) if c.sentence == previous_text]
    if before and all(c.id in baselines for c in before):
        older = recent[: recent.index(before[-1])]
        if older:
            before += [c for c in reversed(older) if c.sentence == older[-1].sentence]
    for claim in [*reversed(done), *before]:
        if (
            claim.unit == "count" and claim.role is Role.value and claim.period is not None
            and claim.id not in baselines
        ):
            return claim
    return None


def carried_from(source: Claim) -> Period:
    """The source's period, marked as carried from it."""
    assert source.period is not None
    return source.period.model_copy(update={"resolution": "carried", "source": source.id})


def borrow_frame_periods(
    claims: list[Claim],
    table: ExtractionTable,
    baselines: set[str] | frozenset[str] = frozenset(),
    continuing: set[str] | frozenset[str] = frozenset(),
    said: set[str] | frozenset[str] = frozenset(),
    referring: set[str] | frozenset[str] = frozenset(),
    published: date | None = None,
) -> None:
    """Figures stating no period take the article's frame, in one pass over its claims (not
    its text):

    * the same figure dated elsewhere: a headline or lead figure borrows the body's period
      ("640 arrests" above "640 people arrested this year, as of Oct. 15");
    * else the period of the sentence right before, when that sentence
      dated its figures (``continuing`` holds such sentences): news
      goes on about the same time until it says otherwise ("Thousands marched on Thursday.
      Police counted 1.1 million."), unless the sentence speaks of the present ("now"). A
      figure dated only by the day it was said (``said``: "Police made 57 arrests during the
      march, the minister said on Friday") takes that frame too.
    """
    _headline_to_body_as_of(claims)
    by_id = {c.id: c for c in claims}
    _running_totals_at(claims, table)
    dated: dict[tuple[float, str], Claim] = {}
    for claim in claims:
        if claim.value is not None and _stated(claim.period):
            dated.setdefault((claim.value, claim.unit_label), claim)
    lead = set(list(dict.fromkeys(c.sentence for c in claims))[:2])  # headline and lead
    ahead = {c.id for c in claims if _looks_ahead(c, table)}
    asides = _comparisons_only(claims, baselines, table, ahead)
    previous_sentence, current_sentence = "", ""
    before_previous = ""  # the sentence before ``previous_sentence``
    frame: Claim | None = None  # the latest dated claim of the sentence before
    latest: Claim | None = None  # the latest dated claim of the current sentence
    first: Claim | None = None  # the first dated claim of the sentence ``latest`` is in
    entering: Claim | None = None  # ``latest`` when the current sentence began
    story: Claim | None = None  # the frame before a flashback ("Le 27 février, ... avaient")
    updated: dict[str, Claim] = {}  # claims dated by this pass, by id
    window: Claim | None = None  # the latest claim this pass gave a window
    for claim in claims:
        if claim.sentence != current_sentence:
            before_previous = previous_sentence
            previous_sentence, current_sentence = current_sentence, claim.sentence
            follows = latest is not None and (
                latest.sentence == previous_sentence
                or (previous_sentence in asides and latest.sentence == before_previous)
            )
            frame = latest if follows and current_sentence in continuing else None
            if frame is not None and entering is not None and table.revision_re.search(
                frame.sentence
            ):  # "Le taux du deuxième trimestre a été révisé à 7,5 %.": an aside
                frame = entering if entering.sentence != frame.sentence else frame
            frame = _main_unless_looking_back(frame, first)
            entering = latest
            story, frame = _after_flashback(frame, story, current_sentence, continuing, table)
        period = claim.period
        if period is not None and period.source in updated:
            period = claim.period = carried_from(updated[period.source])  # "dont 47" after it
        if (
            claim.id in referring
            and window is not None
            and window.sentence == previous_sentence
            and period is not None
            and period.source is None
            and window.period is not None
            and (period.start, period.end) != (window.period.start, window.period.end)
        ):  # "Parmi les 44 victimes, 26 .... Sur la même période, 9 ...": the window this
            # pass gave the sentence before, which the phrase read too early to know
            period = claim.period = carried_from(window).model_copy(
                update={"text": period.text}
            )
        if claim.id in said:
            here = latest if latest is not None and latest.sentence == current_sentence else None
            framing = here if _frames(here, period) else frame
            if _frames(framing, period):
                assert framing is not None
                claim.period = carried_from(framing)
                updated[claim.id] = claim
            continue  # the day it was said frames nothing after it
        other_source = _other_source_of(claim, by_id, table) if not _stated(period) else None
        if other_source is not None:
            claim.period = carried_from(other_source)
            updated[claim.id] = claim
            continue
        if (
            _stated(period)
            or (period is not None and period.resolution == "unresolved")  # a time named,
            or claim.unit in _DURATIONS  # undated ("au plus fort de la crue", "2023-24")
            or claim.role is not Role.value
            or claim.hedge  # "could reach 220,000": an estimate, not a count of that time
        ):
            if (
                _stated(period) and claim.role is Role.value and claim.id not in baselines
                and not _still_to_come(period, published) and claim.id not in ahead
                and claim.sentence not in asides  # "The rise followed a 4.2% gain in Sept."
            ):
                # a comparison's period ("contre 119 000 le 11 mars") frames nothing, nor a
                # forecast's ("expects exports to grow 4 percent this year")
                latest = claim
                if first is None or first.sentence != claim.sentence:
                    first = claim
            continue
        if latest is not None and latest.sentence == current_sentence:
            frame = latest  # a figure earlier in the same sentence frames it first
        source = dated.get((claim.value, claim.unit_label)) if claim.value is not None else None
        whole = _whole_of_share(claim, claims, table)
        if source is not None and source is not claim and _same_figure(
            claim, source, claim.sentence in lead or _restated(claim, table)
        ):
            claim.period = carried_from(source)
        elif whole is not None:
            claim.period = carried_from(whole)
        elif (
            frame is not None
            and frame.period is not None
            and (frame.period.kind in _FRAMES or _goes_on_as_of(frame, claim, table)
                 or _dated_average(frame, table))
            and not table.present_re.search(claim.sentence)
        ):
            claim.period = _level_at_end(carried_from(frame), claim, table)
        else:
            continue
        _rate_if_per(claim, table)
        updated[claim.id] = claim
        if claim.period is not None and claim.period.kind in _WINDOWS:
            window = claim
        latest = claim  # what it took frames the figures after it
        if first is None or first.sentence != claim.sentence:
            first = claim


def _an_average(claim: Claim, table: ExtractionTable) -> bool:
    """ "Average daily exports ... rose to $2.21 billion", "Output averaged 412,000 barrels per
    day": an average named before the figure."""
    at = claim.sentence.find(claim.surface)
    head = claim.sentence[: max(at, 0)]
    return bool(
        table.rate_average_re.search(head) or table.rate_average_verb_re.search(head)
        or table.averaged_before_re.search(head)
    )


def _dated_average(frame: Claim, table: ExtractionTable) -> bool:
    """An average over a stated window ("Average daily exports rose to $2.21 billion in
    November"): the window goes on for the sentence after it."""
    period = frame.period
    return (
        period is not None and period.kind is PeriodKind.rate
        and period.start is not None and period.end is not None and _an_average(frame, table)
    )


def _rate_if_per(claim: Claim, table: ExtractionTable) -> None:
    """A carried window is a rate's for an average per unit of time ("Average daily exports ...
    rose to $2.21 billion" after "in November"), and no rate's for a figure that is none."""
    period = claim.period
    if period is None or period.kind is PeriodKind.none:
        return
    if claim.per and period.kind is not PeriodKind.rate and _an_average(claim, table):
        claim.period = period.model_copy(update={"kind": PeriodKind.rate})
    elif not claim.per and period.kind is PeriodKind.rate:
        claim.period = period.model_copy(update={"kind": PeriodKind.interval})


_FRAMES = frozenset({PeriodKind.day, PeriodKind.interval, PeriodKind.to_date})
_WINDOWS = frozenset({PeriodKind.interval, PeriodKind.to_date})


def _looks_ahead(claim: Claim, table: ExtractionTable) -> bool:
    """A forecast or a plan in the figure's own clause ("The ministry expects exports to grow
    4 percent this year"): its time is ahead of the story's, and frames no figure after it."""
    text = claim.sentence
    at = text.find(claim.surface)
    if at < 0:
        return False
    left, right = clause_start(text, at), clause_end(text, at + len(claim.surface))
    return table.forecast_re.search(text, left, right) is not None


def _comparisons_only(
    claims: list[Claim], baselines: set[str] | frozenset[str], table: ExtractionTable,
    ahead: set[str] | frozenset[str] = frozenset(),
) -> set[str]:
    """Sentences that do not move the story's time, so that the frame of the sentence before
    goes on past them ("Cargo flights rose 3.3 percent to 14,210."): those whose dated figures
    are all baselines ("The total, up from 2.19 million a year earlier, reached 91 percent of
    its 2019 level."), forecasts, or looks back at a time over before the story's ("The rise
    followed a 4.2% gain in September", after October's figures); and those whose only
    figures are the lengths of streaks, with no period of their own ("The country has logged a
    trade surplus for 19 months in a row.")."""
    by_sentence: dict[str, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    asides: set[str] = set()
    story: Period | None = None  # the time of the latest sentence that framed the story
    for sentence, group in by_sentence.items():
        stated = [
            c for c in group
            if c.role is Role.value and _stated(c.period) and c.id not in baselines
        ]
        framing = [
            c for c in stated if c.id not in ahead and not _looks_back(c, story, table)
        ]
        if stated and not framing:
            asides.add(sentence)  # forecasts and looks back only
        elif not stated and any(c.id in baselines for c in group):
            asides.add(sentence)  # baselines only
        elif not stated and all(_a_streak(c, table) and not _stated(c.period) for c in group):
            asides.add(sentence)  # streaks only
        if framing:
            story = framing[0].period
    return asides


def _looks_back(claim: Claim, story: Period | None, table: ExtractionTable) -> bool:
    """A figure of a time over before the story's began, which its clause gives as what the
    story's figure follows or is compared with ("The rise followed a 4.2% gain in September",
    after October's figures); not a past figure the story goes on about ("In 2023, the median
    income was $84,500")."""
    period = claim.period
    if (
        story is None or story.start is None or period is None or period.end is None
        or period.end >= story.start
    ):
        return False
    at = claim.sentence.find(claim.surface)
    return at > 0 and table.lookback_re.search(
        claim.sentence, clause_start(claim.sentence, at), at
    ) is not None


def _a_streak(claim: Claim, table: ExtractionTable) -> bool:
    """ "for 19 months in a row", "for 94 straight months": the length of a streak."""
    at = claim.sentence.find(claim.surface)
    return at >= 0 and table.streak_re.match(claim.sentence, at + len(claim.surface)) is not None


def _still_to_come(period: Period | None, published: date | None) -> bool:
    """A time after publication ("Au second tour, dimanche 22 mars, trois listes pourront se
    maintenir", read on the 17th): what the sentences after it count cannot have happened
    then, so it frames nothing."""
    return (
        period is not None and published is not None and period.start is not None
        and period.start > published
    )


def _whole_of_share(claim: Claim, claims: list[Claim], table: ExtractionTable) -> Claim | None:
    """ "87 % des décès en excès", "58 % des cas concernent des enfants": a share of a whole
    the body counted before, stating no period, is a share of that count over its period: the
    body's first dated count of it (the article's total, not last week's new cases nor an
    aside about another year). None when the share names no whole."""
    if claim.unit != "percent" or not claim.lemmas or not table.periods.share_links:
        return None
    at = claim.sentence.find(claim.surface)
    if at < 0:
        return None
    after = claim.sentence[at + len(claim.surface) :].lstrip().lower()
    if not any(after.startswith(link + " ") for link in table.periods.share_links):
        return None
    lemmas = set(claim.lemmas)
    if table.present_re.search(claim.sentence):
        return None
    for i, other in enumerate(claims):
        if other is claim:
            return None
        period = other.period
        if (
            other.unit == "count"
            and other.role is Role.value
            and lemmas & set(other.lemmas)
            and _stated(period)
            and period is not None
            and period.kind in _FRAMES
        ):
            # A headline's figure the body restates: the body says its period best.
            restated = (
                c for c in claims[i + 1 :]
                if c.value == other.value and c.unit_label == other.unit_label
                and c.sentence != other.sentence and _stated(c.period)
            )
            return next(restated, other)
    return None


def _running_totals_at(claims: list[Claim], table: ExtractionTable) -> None:
    """ "Le cap des 10 000 traversées avait été franchi fin mai, celui des 20 000 le 27 août, et
    le total atteignait 30 120 au 31 octobre": in an article that counts a thing since a start
    ("33 410 traversées depuis janvier"), a total of that thing at a date (a threshold passed,
    "le total", "le cumul") is the running count from that start to the date, not a stock."""
    cues = table.running_total_cue_re
    if cues is None:
        return
    running = [
        c for c in claims
        if c.period is not None and c.period.kind is PeriodKind.to_date and c.period.start
        and c.period.end and c.unit == "count" and c.role is Role.value
    ]
    if not running:
        return
    sentence_start: tuple[str, date] | None = None  # the start a sentence's first total took
    for claim in claims:
        period = claim.period
        if (
            period is None
            or period.end is None
            or not _a_moment(period)
            or period.resolution not in ("explicit", "relative")
            or claim.unit != "count"
            or claim.role is not Role.value
            or not cues.search(claim.sentence)
        ):
            continue
        end = period.end
        start = next(
            (
                r.period.start for r in running
                if r.period is not None and r.period.start is not None
                and r.period.end is not None and set(r.lemmas) & set(claim.lemmas)
                and r.period.start <= end <= r.period.end
            ),
            None,
        )
        if start is None and sentence_start is not None and sentence_start[0] == claim.sentence:
            start = sentence_start[1]  # "et le total atteignait 30 120": the same count
        if start is None:
            continue
        sentence_start = (claim.sentence, start)
        claim.period = period.model_copy(update={"start": start, "kind": PeriodKind.to_date})


def _other_source_of(
    claim: Claim, by_id: dict[str, Claim], table: ExtractionTable
) -> Claim | None:
    """ "74 000 manifestants selon la police, contre 350 000 selon la CGT": a figure compared
    with another and given by another source, with no time of its own, counts the same thing
    at the same time."""
    if claim.role is not Role.comparison or claim.linked is None:
        return None
    partner = by_id.get(claim.linked)
    if partner is None or not _stated(partner.period):
        return None
    at = claim.sentence.find(claim.surface)
    if at < 0:
        return None
    after = claim.sentence[at + len(claim.surface) :].lstrip(" \u00a0\u202f").lower()
    intro = [w.lower() for w in table.context.source_intro]
    return partner if any(after.startswith(w + " ") for w in intro) else None


def _a_moment(period: Period) -> bool:
    """A date, a day, or a part of a month ("début mai"): when a total stood, not a window."""
    if period.kind in (PeriodKind.as_of, PeriodKind.day):
        return True
    start, end = period.start, period.end
    return (
        period.kind is PeriodKind.interval
        and start is not None
        and end is not None
        and (end - start).days <= 10
    )


def _main_unless_looking_back(frame: Claim | None, first: Claim | None) -> Claim | None:
    """The frame a sentence leaves: its latest dated figure, unless that one looks back to a
    time over before the sentence's first figure's ("48,7 % dimanche, contre 41,2 % au premier
    tour et 39,9 % lors des municipales de 2020"; "1,0 % sur un an en octobre, après 1,2 % en
    septembre"): the news goes on about the first one's time, not the look back."""
    if frame is None or first is None or first.sentence != frame.sentence or first is frame:
        return frame
    back, main = frame.period, first.period
    if back is None or main is None or back.end is None or main.start is None:
        return frame
    return first if back.end < main.start else frame


def _headline_to_body_as_of(claims: list[Claim]) -> None:
    """ "44 morts depuis janvier" in a headline over "Au 31 octobre, 44 personnes ... depuis le
    1er janvier": the headline's running window ends where the body's same figure says it
    does (its as-of date), not at publication."""
    if not claims:
        return
    headline = claims[0].sentence
    body = [c for c in claims if c.sentence != headline]
    for claim in claims:
        if claim.sentence != headline:
            break
        period = claim.period
        if period is None or period.kind is not PeriodKind.to_date or period.end is None:
            continue
        for other in body:
            p = other.period
            if (
                other.value == claim.value
                and other.unit_label == claim.unit_label
                and p is not None
                and p.kind is PeriodKind.to_date
                and p.start == period.start
                and p.end is not None
                and p.end < period.end
            ):
                claim.period = carried_from(other)
                break


def _after_flashback(
    frame: Claim | None,
    story: Claim | None,
    sentence: str,
    continuing: set[str] | frozenset[str],
    table: ExtractionTable,
) -> tuple[Claim | None, Claim | None]:
    """The story's frame kept across a flashback, and the frame of ``sentence``: after a
    sentence telling what had happened before ("Le 27 février, les autorités avaient recensé
    1,27 million de manifestants."), news goes back to its own time, the frame before the
    flashback, not the flashback's day ("À Lyon, 21 000 personnes ont défilé.")."""
    if frame is None:
        return (story if sentence in continuing else None), None
    recalled = frame.period is not None and frame.period.kind in _FRAMES
    if not recalled or not table.flashback_re.search(frame.sentence):
        return frame, frame  # "avaient été annoncés à la date du 27 juin": a state, as of
    if story is None or table.flashback_re.search(sentence):
        return story, frame  # the flashback goes on, or nothing came before it
    if story.period is None or story.period.kind is not PeriodKind.day:
        return story, frame  # only the day of the story's event is sure to be resumed
    return story, story


def _frames(frame: Claim | None, said: Period | None) -> bool:
    """Whether the sentence before (or a figure before in the sentence) frames a figure dated
    only by the day it was said: a day, a window or an as-of date that ended by then."""
    if frame is None or frame.period is None or said is None or said.end is None:
        return False
    end = frame.period.end
    kinds = (*_FRAMES, PeriodKind.as_of)
    return frame.period.kind in kinds and end is not None and end <= said.end


def _said_day_only(frame: Claim, table: ExtractionTable) -> bool:
    """ "Two men have been arrested, prosecutors said on Wednesday": a total dated only by the
    day its source said it."""
    period = frame.period
    if period is None or not period.text:
        return False
    at = frame.sentence.find(period.text)
    return at > 0 and table.announcement_re.search(frame.sentence[:at]) is not None


def _goes_on_as_of(frame: Claim, claim: Claim, table: ExtractionTable) -> bool:
    """ "The fires had burned 60,000 acres by Thursday evening. The Ridge fire had burned
    38,200 acres and was 35% contained.": a total as of a time frames the totals right after
    it (a past perfect, a stock, or a total its subject names taken to a level: "The number
    of patients waiting more than a year fell to 1,904"; or a count of the same tally), not
    the events."""
    period = frame.period
    if period is None or period.kind is not PeriodKind.as_of or period.resolution == "publication":
        return False
    text = claim.sentence
    if _said_day_only(frame, table) and table.statement_re.search(text):
        return False  # another statement ("The mayor said the cemetery had room for 12"): the
        # day the one before was said dates nothing of it
    at = text.find(claim.surface)
    if at > 0 and table.restating_re.search(text[clause_start(text, at) : at]):
        return True  # "In cash terms it was about £2.9tn": the figure before, restated
    level = at > 0 and table.level_re.search(text[:at]) is not None  # "The number ... fell to"
    if table.perfect_re.search(text) or table.stock_re.search(text) or level:
        return True
    # "As of Thursday evening, 212 people had died. Another 340 were injured and 64 were
    # missing.": the next sentence's counts are the same tally, unless a clause ties them to
    # another moment ("about 50 were underground when the tunnel collapsed"). Only a count
    # its clause states as such (it opens the clause, or follows "was"): "Crews restored
    # 20,000 connections" is an event, of no time said.
    if claim.unit != "count" or at < 0 or table.when_link_re.search(text):
        return False
    head = text[clause_start(text, at) : at].split()
    links = {w.lower() for w in table.context.clause_links}
    cut = [i for i, w in enumerate(head) if w.lower() in links]
    head = head[cut[-1] + 1 :] if cut else head  # "... were injured and 64 were missing"
    stated = {w.lower() for w in table.periods.passive_auxiliaries}
    return len(head) <= 1 or head[-1].lower() in stated


def _level_at_end(period: Period, claim: Claim, table: ExtractionTable) -> Period:
    """ "... had burned 41,000 acres since Saturday. It was 18% contained.": a level (its
    clause says so) carried from a window still running holds as of the window's end. So does
    a running total the day's events took to a figure ("Cinq corps ont été repêchés mercredi
    par les plongeurs, portant le bilan à 31 morts"): as of that day, not a count of it."""
    if period.kind not in (PeriodKind.to_date, PeriodKind.day) or period.end is None:
        return period
    text = claim.sentence
    at = text.find(claim.surface)
    if at < 0:
        return period
    left, right = clause_start(text, at), clause_end(text, at + len(claim.surface))
    if period.kind is PeriodKind.day:
        if not table.total_link_re.search(text, left, at):
            return period
    elif not table.state_re.search(text, left, right):
        return period
    return period.model_copy(update={"start": None, "kind": PeriodKind.as_of})


def _stated(period: Period | None) -> bool:
    """A period a phrase gave (perhaps through another figure), not publication's."""
    return (
        period is not None
        and period.resolution in ("explicit", "relative", "carried")
        and period.kind is not PeriodKind.none
        and (period.start is not None or period.end is not None)
    )


def _restated(claim: Claim, table: ExtractionTable) -> bool:
    """ "Parmi les 44 victimes, 26 ...": a figure after a definite determiner names a total
    the text gave before, whatever it now calls it."""
    words = table.periods.restating_determiners
    if not words:
        return False
    at = claim.sentence.find(claim.surface)
    while at >= 0:
        before = claim.sentence[:at].split()
        if before and before[-1].lower() in words:
            return True
        at = claim.sentence.find(claim.surface, at + 1)
    return False


def _same_figure(a: Claim, b: Claim, in_lead: bool) -> bool:
    """Two figures of the same value are one figure when they count the same thing, or when
    the first is in the headline or lead, which restate the body's figures in fewer words."""
    if a.value is not None and a.value < 10 and a.unit == "count":
        return False  # "2" and "2" are too common to be the same figure by value alone
    if in_lead:
        return True
    return not (a.lemmas and b.lemmas) or bool(set(a.lemmas) & set(b.lemmas))
