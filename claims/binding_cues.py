"""What a figure's own clause says of its time, besides a period phrase: a total at a day
("the toll stood at 143 on Monday"), a figure said of an event, a forecast's window, a stock
held now, a figure dated in another clause, one counted today; and where the next period
phrase of a sentence starts."""

from __future__ import annotations

import re
from datetime import date

from claims.binding import carried_from
from claims.clauses import clause_end, clause_of, clause_start
from claims.figure_model import DURATIONS as _DURATIONS
from claims.figure_model import Figure, position_of
from claims.lang import ExtractionTable
from claims.lexicon import Lexicon
from claims.modality import modality_of
from claims.models import DATED, Claim, Modality, Period, PeriodKind, Role
from claims.period_match import add_years, month_end
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase
from claims.sentence_memo import found_between
from claims.sentences import Sentence


def total_at_day(period: Period, f: Figure, figures: list[Figure], s: Sentence,
                 table: ExtractionTable, partner: Period | None = None) -> Period:
    """ "The death toll stood at 64 on Friday", "1.2 million homes remained without power on
    Friday", "le bilan s'élevait à 64 morts mardi": a total or a stock known on a day, not a
    count of that day's events (its start is unknown); so is a total its subject names, taken
    to a level ("The death toll from Monday's quake rose to 143 on Wednesday", "the tally rose
    from 12 on Saturday to 40 on Sunday"). Read in the figure's own clause only:
    "pulled 41 people out on Tuesday, bringing the total to 260" dates 41 to the day. The
    figure a total is compared with ("down from 700,000 on Tuesday") is a total too."""
    compared = _compared_with_a_total(f, partner)
    if compared and period.kind is PeriodKind.interval and _whole_month(period):
        # "stood at 7.36 million at the end of June, down from 7.39 million in May"
        return period.as_of_end()
    if period.kind is not PeriodKind.day:
        return period
    if compared or _a_level_in_its_clause(period, f, figures, s, table):
        return period.as_of_end()
    return period


def _compared_with_a_total(f: Figure, partner: Period | None) -> bool:
    """The figure a total as of a time is compared with ("down from 700,000 on Tuesday")."""
    return partner is not None and partner.kind is PeriodKind.as_of and f.role is not Role.value


def _a_level_in_its_clause(period: Period, f: Figure, figures: list[Figure], s: Sentence,
                           table: ExtractionTable) -> bool:
    """The figure's own clause (past an appositive) names a stock, or a state in the past
    that the figure is the subject of ("41 enfants étaient hospitalisés lundi"; not "la
    grève était suivie par 21 % des enseignants", a passive's agent), or takes a total to its
    level, or joins the figure to a stock's object."""
    left, right = _past_an_appositive(*clause_of(f, figures, s.text), s.text, table)
    return bool(found_between(table.stock_re, s.text, left, right)
                or found_between(table.past_state_re, s.text, f.end, right)  # its subject's
                or _stock_around_its_time(period, s.text[left:right], table)
                or _a_toll_counted(f, s.text, left, right, table)
                or table.level_re.search(s.text[: f.start])
                or table.perfect_level_re.search(s.text[: f.start])
                or _coordinated_stock(f, left, period, s.text, table))


def _a_toll_counted(f: Figure, text: str, left: int, right: int,
                    table: ExtractionTable) -> bool:
    """ "Les autorités ont recensé mardi 31 morts et 140 blessés", "Police reported 14 deaths
    on Monday": casualties or a stock named right after the figure (the concept table's
    ``tolls`` and ``stocks``), in a clause whose verb counts or reports them (its ``report``
    concept), are a toll known at that time, not a count of the day's events ("a recensé
    lundi soir 14 départs de feu" stays the day's)."""
    lexicon = Lexicon.shipped()
    after = _WORD.search(text, f.end, right)
    if after is None or after.start() - f.end > 1:
        return False
    if lexicon.concept(after.group(), table.code) not in lexicon.tolls | lexicon.stocks:
        return False
    start = min(left, clause_start(text, f.start))  # "confirmed 9 dead and 31 injured"
    return any(lexicon.concept(w.group(), table.code) == _REPORTED
               for w in _WORD.finditer(text, start, right))


_WORD = re.compile(r"[^\W\d_]+")
_REPORTED = "report"  # the concept table's id of verbs that count or report


def _stock_around_its_time(period: Period, clause: str, table: ExtractionTable) -> bool:
    """ "faisait état dimanche soir de 412 blessés", "Le bilan officiel fait état mardi de 2 140
    morts": the time stands inside the verb phrase of a stock; read without it."""
    if not period.text or period.text not in clause:
        return False
    return table.stock_re.search(" ".join(clause.replace(period.text, " ", 1).split())) is not None


def _coordinated_stock(f: Figure, left: int, period: Period, text: str,
                       table: ExtractionTable) -> bool:
    """ "Jeudi matin, les secours dénombraient 27 morts et 140 blessés", "le BNGRC recensait
    26 400 personnes déplacées, hébergées dans des écoles, et plus de 9 000 maisons détruites":
    a figure joined by "et" (maybe "et de") to the object of a verb of a stock, with no verb
    of its own (a word or two, then the link, before it), is a stock too; not one with its
    own time ("et mardi 12 morts")."""
    head = text[left : f.start].split()
    if len(head) > 1 and head[-1].lower() in table.periods.repeated_prepositions:
        head = head[:-1]  # "faisait état de 61 morts et de 23 disparus"
    links = table.clause_links_set
    if not head or len(head) > 3 or head[-1].lower() not in links:
        return False
    if period.text and period.text in text[left : f.start]:
        return False
    return table.stock_re.search(text, 0, left) is not None


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
    if not _looks_ahead(bound, f, figures, s, table):
        return period
    if _this_year_so_far(period, bound, published):
        end = date(published.year, 12, 31)
        return period.model_copy(update={"end": end, "kind": PeriodKind.interval})
    if _a_month_gone_by(period, bound, published):
        assert period.end is not None
        end = add_years(period.end, 1)
        return period.model_copy(update={"end": month_end(end.year, end.month)})
    return period


def _looks_ahead(bound: PeriodMatch, f: Figure, figures: list[Figure], s: Sentence,
                 table: ExtractionTable) -> bool:
    """A forecast or a plan in the figure's clause, that of the figure it changes from or to,
    or that of the phrase ("6-7% this year, up from 4-5%")."""
    clauses = [clause_of(f, figures, s.text)]
    if f.partner is not None and f.partner < len(figures):
        clauses.append(clause_of(figures[f.partner], figures, s.text))
    at = bound.start - s.start
    clauses.append((clause_start(s.text, at), clause_end(s.text, bound.end - s.start)))
    return any(found_between(table.forecast_re, s.text, left, right) for left, right in clauses)


def _this_year_so_far(period: Period, bound: PeriodMatch, published: date) -> bool:
    """ "this year" read as the year to date: a forecast means the whole year."""
    return (
        period.kind is PeriodKind.to_date
        and period.start == date(published.year, 1, 1)
        and period.end == published
        and bound.kind in (Phrase.yearref, Phrase.year)
    )


def _a_month_gone_by(period: Period, bound: PeriodMatch, published: date) -> bool:
    """ "by September" with no year, read past it: a plan means the next one."""
    return (
        bound.kind is Phrase.as_of_month
        and period.end is not None
        and period.end < published
        and not _YEAR_WRITTEN.search(period.text)
    )


_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def present_stock(
    period: Period | None, f: Figure, figures: list[Figure], s: Sentence,
    table: ExtractionTable, published: date | None,
) -> Period | None:
    """ "The death toll now stands at 134", "Police have arrested 412 people", "Unemployment
    currently stands at 4.1%": a figure no phrase dates, whose own clause speaks of the present
    or of a stock, or whose sentence is a passive in the present ("Quelque 140 agents sont
    mobilisés, renforcés par 35 militaires"), holds as of publication (kind ``as_of``; still
    read as publication's, since no phrase stated it). An estimate or a plan is not a level
    known now."""
    if period is not None and period.resolution != "publication":
        return period
    if published is None or not _a_known_level(f, s, table):
        return period
    left, right = _stock_clause(f, figures, s.text)
    if not (found_between(table.present_re, s.text, left, right)
            or found_between(table.stock_re, s.text, left, right)
            or found_between(table.present_passive_re, s.text, 0, right)):
        return period
    return Period(end=published, resolution="publication", kind=PeriodKind.as_of)


def _a_known_level(f: Figure, s: Sentence, table: ExtractionTable) -> bool:
    """A plain value, no estimate, duration or plan: what could be a level known now."""
    if f.role is not Role.value or f.hedge or f.unit in _DURATIONS:
        return False
    return modality_of(s.text, f.start, f.end, table, f.hedge) is not Modality.planned


def _stock_clause(f: Figure, figures: list[Figure], text: str) -> tuple[int, int]:
    """The figure's clause, opened back to the figure before it when a word or three join
    them ("61 homes and 24 sheds")."""
    left, right = clause_of(f, figures, text)
    at = position_of(f, figures)
    if at and left == figures[at - 1].end and len(text[left : f.start].split()) <= 3:
        left = clause_of(figures[at - 1], figures, text)[0]
    return left, right


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
    if not found_between(table.present_state_re, s.text, left, right):
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
    if not (found_between(table.present_re, s.text, left, right)
            or found_between(table.state_re, s.text, left, right)
            or link in table.periods.value_links):  # "l'indemnité, aujourd'hui de 290 euros"
        return period
    return period.as_of_end()


def next_period_start(periods: list[PeriodMatch], s: Sentence, end: int) -> int:
    """Where the next period phrase starts: what a figure counts ends there."""
    starts = [p.start - s.start for p in periods if p.start - s.start >= end]
    return min(starts, default=len(s.text))


def same_toll(period: Period | None, bound: PeriodMatch | None, before: Claim | None,
              f: Figure, g: Figure | None, s: Sentence, table: ExtractionTable) -> Period | None:
    """ "At least 31 people were killed and more than 150 injured in a crush ... on Sunday, the
    ministry said on Monday": casualties joined by "and" to the casualties right before them,
    with no verb nor time of their own, are the same toll, of the same time (carried)."""
    if before is None or g is None or before.period is None:
        return period
    if before.period.resolution not in DATED or before.period.kind is PeriodKind.none:
        return period
    gap = s.text[g.end : f.start]
    words = gap.split()
    links = table.shared_links_set
    if not words or words[-1].lower() not in links or CLAUSE_MARKS.search(gap):
        return period
    if bound is not None and len(s.text[f.end : bound.start - s.start].split()) <= 3:
        return period  # "... and 30 injured on Tuesday": its own time
    lexicon = Lexicon.shipped()
    tolls = lexicon.tolls | lexicon.stocks
    after = _WORD.search(s.text, f.end)
    if after is None or lexicon.concept(after.group(), table.code) not in tolls:
        return period
    if not any(lexicon.concept(w, table.code) in tolls for w in words[:-1]):
        return period
    return carried_from(before)


CLAUSE_MARKS = re.compile(r"[,;:]")
