"""What a figure of a sentence counts, beside its period (``claims.sentence_claims``): the
phrase after it, else before it, a share's population, what the figures before it in the
sentence count ("3 000 selon la préfecture, 12 000 selon les organisateurs": the marchers
both), and the rate a level before its figure makes of it ("Average daily shipments climbed 3.1
percent to $1.86 billion": a rate per day)."""

from __future__ import annotations

import re

from claims.context import (
    change_subject,
    counted_after,
    counted_before,
    partitive_counted,
    past_its_quotes,
    rate_before,
    second_change_subject,
    share_phrase,
)
from claims.figure_model import Figure, partner_claim
from claims.lang import ExtractionTable
from claims.listed import after_a_list
from claims.models import Claim, Role
from claims.sentences import Sentence


def what_is_counted(
    f: Figure,
    text: str,
    limit: int,
    done: list[Claim],
    previous_share: str | None,
    table: ExtractionTable,
) -> tuple[str, str | None]:
    """The phrase a figure counts (for a share, its population), and the share phrase a
    following percentage of the same series may reuse."""
    after = counted_after(text, past_its_quotes(text, f.start, f.end), table, stop=limit) or (
        partitive_counted(text, f.end, table))
    if after.lower() in table.context.counter_nouns:
        after = ""  # "to 61,240 units": a unit of count; the clause says what is counted
    counted = after or counted_before(text, f.start, table, f.end)
    if not after and _subject_of_the_figure_before(f, counted, text, done, table):
        counted = ""  # "... a recensé 690 oiseaux mardi et 1 240 mercredi": the birds again
    if f.unit == "percent":
        share, previous_share = _share_counted(f, text, limit, previous_share, table)
        counted = share or counted
    if f.role is Role.change_from and f.unit != "percent":
        # "La peine maximale sera augmentée de cinq ans à sept ans": the subject changes.
        counted = counted_before(text, f.start, table) or counted
    return _counted_as_before(f, counted, done, table), previous_share


def _share_counted(
    f: Figure, text: str, limit: int, previous_share: str | None, table: ExtractionTable,
) -> tuple[str, str | None]:
    """What a percentage is a share of (its population and share phrase, "" when none), and
    the share phrase the series' next percentage may reuse."""
    population, own = share_phrase(text, f.start, f.end, table, stop=limit)
    if not own:  # "65,4 % en 2021, puis ... 61,2 % en 2022": the series goes on
        own = (second_change_subject(text, f.start, table) or previous_share
               or change_subject(text, f.start, table))
    return " ".join(p for p in (f.counted, population, own) if p), own or previous_share


def _counted_as_before(f: Figure, counted: str, done: list[Claim],
                       table: ExtractionTable) -> str:
    """What a figure counts as the figures before it in its sentence do: its change's other
    side, the figure a conversion restates, the figure before of the same unit ("3 000 selon
    la préfecture, 12 000 selon les organisateurs"), not after a list of several things."""
    twin = partner_claim(f, done)
    if twin is not None and (not counted or f.role is Role.change_to):
        counted = twin.counted or counted
    if f.parenthetical and done:
        counted = done[-1].counted  # a conversion counts the same thing
    if not counted and _same_count_as_before(f, done, table):
        counted = done[-1].counted
    return counted


def _subject_of_the_figure_before(f: Figure, subject: str, text: str, done: list[Claim],
                                  table: ExtractionTable) -> bool:
    """A figure with no noun after it whose clause's subject comes before the figure before
    it, which names its noun right after itself, with no verb of its own between: the two
    share the subject's verb, and the second says again what the first counts ("Le ministère
    avait dénombré 690 oiseaux mardi soir et 1 240 mercredi soir", "Police reported 412
    arrests on Monday, then 530 on Tuesday": birds and arrests, not the ministry or the
    police; a link alone read as the subject, "then", is none). A subject between the two is
    the second's own ("690 oiseaux mardi, et les bénévoles 1 240"), and so is a verb after it
    ("2 946 morts, et 5 674 ont été blessées": the injured, not the dead); nothing after it
    is a headline cut short ("... à 2 946 morts et 5 674"); without a link between
    them the second is an apposition ("ramené à cinq voix, 411 contre 406"). Counts only: a share
    after a share is a contrast of sources ("34 % selon la direction, et 58 % selon la
    CGT"), and a figure compared with ("412 voix contre 405") the other side of a vote,
    both read by the frame."""
    if not subject or f.unit != "count" or not _same_count_as_before(f, done, table):
        return False
    before_figure = text[: f.start].rstrip().lower()
    if any(re.search(rf"(?<!\w){re.escape(w)}$", before_figure) for w in _compared_with(table)):
        return False  # "412 voix contre 405": the other side, unsaid (``claims.frame``)
    before = done[-1]
    if not before.counted or before.sentence_start is None:
        return False
    start, end = before.start - before.sentence_start, before.end - before.sentence_start
    noun = text.find(before.counted, end, f.start)
    if not 0 <= noun - end < _NOUN_GAP:
        return False
    between, after = text[noun + len(before.counted) : f.start], its_clause(text, f.end)
    links = table.clause_links_set
    if not after.strip() or a_verb_between(between, table) or a_verb_between(after, table):
        return False
    if all(w.lower() in links for w in subject.split()):
        return True  # "..., then 530 on Tuesday"
    linked = any(w.lower() in links for w in re.findall(r"[^\W\d_][\w'’-]*", between))
    return linked and 0 <= text.rfind(subject, 0, f.start) < start


def _compared_with(table: ExtractionTable) -> tuple[str, ...]:
    """The words before a figure another is compared with ("contre", "than the")."""
    return tuple(w.lower() for w in table.context.compared_with)


_NOUN_GAP = 6  # "2 900 tonnes de déchets": a link word between a figure and its noun


def its_clause(text: str, end: int) -> str:
    """The words after a figure up to its clause's next mark: where a verb of its own would
    make it the subject of a clause of its own ("..., et 5 674 ont été blessées")."""
    found = re.search(r"[,;:.()]", text[end:])
    return text[end : end + found.start()] if found else text[end:]


def a_verb_between(words: str, table: ExtractionTable) -> bool:
    """A verb of its own before the second figure ("removed 2,350 tonnes of sand and pumped
    6,400"): what it says it did is not what the first counted, which stays unsaid."""
    ctx, stops = table.context, table.stop_words_set
    endings = (*ctx.participle_suffixes, *ctx.finite_verb_endings)
    verbs = {w.lower() for w in (*ctx.subject_verbs, *ctx.object_verbs)}
    for word in re.findall(r"[^\W\d_][\w'’-]*", words):
        lower = word.lower()
        if lower in stops:
            continue
        if lower in verbs or (len(lower) > _STEM and lower.endswith(endings)):
            return True
    return False


_STEM = 4  # "soit", "puis" end like a participle; a verb's ending follows a longer stem


_NOUN_GAP = 6  # "2 900 tonnes de déchets": a link word between a figure and its noun


def _same_count_as_before(f: Figure, done: list[Claim], table: ExtractionTable) -> bool:
    """The figure before is of the same unit and ends no list of several things: "3 000 selon
    la préfecture, 12 000 selon les organisateurs" counts one thing twice; after "2 300
    manifestants et 640 tracteurs", what a bare figure counts is unsaid."""
    return bool(done) and done[-1].unit == f.unit and not after_a_list(done, table)


def average_before(
    f: Figure, figures: list[Figure], s: Sentence, table: ExtractionTable
) -> str | None:
    """ "Average daily shipments climbed 3.1 percent to $1.86 billion": the level is a rate per
    day; its change (a percentage) and a level after another of its unit are not."""
    if f.unit == "percent" or f.role not in (Role.value, Role.change_to):
        return None
    before = [g.end for g in figures if g.end <= f.start and g.unit == f.unit]
    return rate_before(s.text, f.start, before[-1] if before else 0, table)
