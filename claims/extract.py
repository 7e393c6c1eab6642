"""From an article to typed claims: the extraction pipeline.

Numbers are found once per article (``claims.numbers``); each sentence that holds some is read
for its figures (``claims.figures``) and their periods (``claims.binding``), then each figure
becomes a ``Claim`` with what it counts and who says it (``claims.sentence_claims``, with
``claims.context``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from claims.aboard import aboard_on_the_day, story_event_day
from claims.binding_context import ArticleContext
from claims.binding_frames import borrow_frame_periods
from claims.budget import spend
from claims.count_parts import parts_share_the_window
from claims.counted_headline import headlines_take_the_latest_reading
from claims.event_days import EventKind, not_after_an_earlier_event
from claims.figure_model import Figure
from claims.figures import read_figures
from claims.flow_windows import flows_keep_their_window
from claims.frame import FrameState, lead_owner, lead_place, read_frames
from claims.lang import ExtractionTable, load_table
from claims.language import detect_language, normalize_language
from claims.level_periods import levels_as_of
from claims.limits import hold_limits
from claims.models import Article, Claim, ExtractionStats, Period, PeriodKind, Role
from claims.moment_readings import readings_as_of
from claims.numbers import NumberMatch, find_numbers
from claims.parallel_windows import parallel_bases
from claims.part_whole import settle_wholes
from claims.periods import SCENE_KINDS, PeriodMatch, find_periods, may_name_a_day
from claims.phrase_kinds import Phrase
from claims.published import DATELINE_REACH, dateline
from claims.readers import reader_for
from claims.release_frame import release_claim
from claims.running_counts import running_counts_from_start
from claims.sentence_claims import read_sentence_claims
from claims.sentences import (
    LineIndex,
    Sentence,
    cut_at_numbers,
    line_blocks,
    split_sentences,
)
from claims.share_pairs import date_breakdowns
from claims.state_periods import states_as_of
from claims.tally_sides import mark_tally_sides
from claims.tolls import tolls_as_of
from claims.unit_articles import with_unit_articles
from claims.wire_dateline import without_dateline


def extract(article: Article, stats: ExtractionStats | None = None) -> list[Claim]:
    """All claims of one article, in text order."""
    stats = stats if stats is not None else ExtractionStats()
    reader = reader_for(article.language)
    if reader is not None:
        claims = reader(article, stats)
        table = load_table(article.language).extraction
        date_breakdowns(claims)
        flows_keep_their_window(claims, table)
        tolls_as_of(claims, table, article.published)
        states_as_of(claims, table, article.published)  # "55명은 체육관에 머물고 있다"
        running_counts_from_start(claims, table, article.published)
        parts_share_the_window(claims, table, article.published)
        levels_as_of(claims, table, article.published)
        hold_limits(claims, article.language)
        return claims
    lang = article.language
    table = load_table(lang).extraction
    article, opening = _dated_by_its_dateline(article)
    first = ExtractionStats()
    claims, context = _read_sentences(article, opening, table, first)
    told_late = _a_vote_day_told_late(context)
    if told_late is None:
        stats.merge(first)
    else:  # read again, every result dated by the vote's day the article names further on
        claims, context = _read_sentences(article, opening, table, stats, told_late)
    borrow_frame_periods(
        claims, table, context.baselines, context.continuing, context.said, context.referring,
        article.published, context.days_named,
        release_claim(claims, context.reference, context.baselines, article.published),
    )
    parallel_bases(claims, table)  # "fell to 181,000 from 264,000": the year-long window before
    date_breakdowns(claims)  # "남성이 75.0%(1,800명)": of the total, not of the day before
    # the story's day, read before its tolls become levels as of when they are told
    event_day = story_event_day(claims, context.days_named.values(), article.published)
    tolls_as_of(claims, table, article.published, context.action_day)
    states_as_of(claims, table, article.published)  # after the tolls: theirs come first
    readings_as_of(claims, table, article.published)  # after the frames: they keep the day
    flows_keep_their_window(claims, table)  # "자산별 수익률은": not the stock's as-of day
    running_counts_from_start(claims, table, article.published)  # a toll read at a day too
    parts_share_the_window(claims, table, article.published)
    levels_as_of(claims, table, article.published)  # "le pic avait atteint 812 km": as of
    aboard_on_the_day(claims, table, event_day)
    headlines_take_the_latest_reading(claims, article.published)  # once the body is dated
    hold_limits(claims, lang)
    mark_tally_sides(claims, lang)  # "85 contre": against, not the list's "voix"
    return claims


def _read_sentences(article: Article, opening: tuple[int, int, date | None] | None,
                    table: ExtractionTable, stats: ExtractionStats,
                    vote: tuple[Period, int] | None = None) -> tuple[list[Claim], _ReadContext]:
    """The claims of every sentence in order, with the context they carried; ``vote``: the
    day of the vote the article reports and the sentence naming it, known before reading."""
    lang = article.language
    lines = LineIndex(article.text)
    context = _ReadContext()
    if vote is not None:
        context.event, context.event_sentence = vote
    frames = FrameState()
    _read_the_title(article.title, table, lang, frames)
    context.note_headline(article.title or "", table)
    claims: list[Claim] = []
    for s, numbers in _sentences_with_numbers(article, table):
        spend(len(claims))  # the article's time and size budget (claims.budget)
        if s.index == 0:
            lead_place(s.text, table, lang, frames)
        if not numbers:
            _read_without_numbers(s, lang, article.published, context, table)
            continue
        figures, periods = read_figures(
            s, numbers, lang, table, article.published, context.periods, stats
        )
        periods = context.from_story_start(_outside_the_dateline(periods, s, opening))
        _note_days_stated(context, s, periods, table)
        context.note_days_named(s, periods, table, article.published)
        if not figures:  # no figure to date: an earlier event's day dates nothing after it
            periods = not_after_an_earlier_event(periods, s.text, s.start, table)
        if not figures and _a_day_for_the_next(s, periods, article.published):
            # Its only numbers are the date it opens with ("Jeudi 26 novembre, la grève a été
            # largement suivie.") or no figure ("A march that drew thousands ... Saturday"): a
            # sentence without figures, naming the day of the next ones (not a date further
            # in: "appelle à manifester le 25 mars").
            _note_the_scene(context, s, periods, table, article.published)
            continue
        read = _without_its_dateline(s, article)
        sentence_claims = _as_printed(
            read_sentence_claims(article, read, figures, periods, context, table, lines, claims),
            s,
        )
        if sentence_claims:
            context.follow(s)
            context.note_reference(sentence_claims, article.published)
            if context.first_results < 0:
                context.first_results = s.index
        claims.extend(sentence_claims)
        read_frames(sentence_claims, figures, read.text, table, frames, lang)
        settle_wholes(sentence_claims, lang, table, frames.slots)  # "187 députés sur 300"
        _link_partners(figures, sentence_claims)
        stats.claims += len(sentence_claims)
        # an earlier event's day ("après les élections européennes du 9 juin") is not kept
        context.remember(s, not_after_an_earlier_event(periods, s.text, s.start, table), table)
        _note_a_vote_day(context, s, periods, table, article.published)
        context.scene = None
    return claims, context


def _note_the_scene(context: ArticleContext, s: Sentence, periods: list[PeriodMatch],
                    table: ExtractionTable, published: date | None) -> None:
    """A sentence without figures that names the day of the next ones: the context keeps the
    day; a past day told in full ("Le 3 octobre 2013 a eu lieu ...") dates the sentence right
    after it only."""
    _note_the_day(context, s, periods, table, published)
    context.scene_reach = 1 if not (_opens_with_a_day(s, periods)
                                    or _numbers_in_words(s)) else 2
    context.previous_text = s.text


class _ReadContext(ArticleContext):
    """The context of one reading, with what the told-late re-read asks of it: the first
    sentence with claims, the first stating one day, and the days sentences about a vote
    state."""

    def __init__(self) -> None:
        super().__init__()
        self.first_results = -1
        self.first_day = -1
        self.vote_days: set[date] = set()


# Not a day: what the days of a vote are marked with when the article names a round ("first
# round", "au second tour"), so that it is never re-read with one vote's day.
_A_ROUND = date.min


def _a_vote_day_told_late(context: _ReadContext) -> tuple[Period, int] | None:
    """The day of the vote the article reports and the sentence that named it, when that
    sentence comes after the first figures ("... won 43.2% of the vote, the commission said on
    Friday. ... The election was held on July 21."): results told before it are of that day
    too. None when the day came first or no vote was dated."""
    if (context.event is None or context.event_kind is not EventKind.vote
            or context.first_results < 0 or context.event_sentence <= context.first_results
            or 0 <= context.first_day < context.event_sentence
            or len(context.vote_days) > 1):
        return None  # the day came first, another day was the story's, two votes, or rounds
    return context.event, context.event_sentence


def _note_days_stated(context: _ReadContext, s: Sentence, periods: list[PeriodMatch],
                      table: ExtractionTable) -> None:
    """The first sentence stating one day (not when something was said), and the days the
    sentences about a vote state: a story with a day of its own before the vote's sentence
    ("la victoire libérale de lundi", then "Mercredi, Élections Nouveau-Brunswick a terminé la
    vérification"), or an article telling two rounds ("the first round on June 30", "Sunday's
    runoff"), is not re-read with one vote's day."""
    stated = [p for p in not_after_an_earlier_event(periods, s.text, s.start, table)
              if not p.announced and p.period.start is not None and p.period.start == p.period.end]
    if stated and context.first_day < 0:
        context.first_day = s.index
    if stated and table.periods.vote_words and table.vote_word_re.search(s.text):
        named = [p for p in stated if p.kind is Phrase.event_day]  # "the vote, held on Sunday"
        context.vote_days |= {p.period.start for p in named or stated if p.period.start}
    rounds = table.named_event_re
    if rounds is not None and rounds.search(s.text):  # "au second tour": each round its day
        context.vote_days.add(_A_ROUND)


def _note_a_vote_day(context: ArticleContext, s: Sentence, periods: list[PeriodMatch],
                     table: ExtractionTable, published: date | None) -> None:
    """ "155 femmes ont été élues députées dimanche": a vote's day said with figures dates the
    results after it too, past a look back ("élue en 2007")."""
    if table.periods.vote_words and table.vote_word_re.search(s.text):
        context.note_event_day(s, not_after_an_earlier_event(periods, s.text, s.start, table),
                               table, published)


def _dated_by_its_dateline(article: Article) -> tuple[Article, tuple[int, int, date | None] | None]:
    """The article as of the day its dateline says it was written (when it says one), and the
    dateline's span and day (None: no dateline)."""
    opening = dateline(article.text, article.body_start, article.language, article.published)
    if opening is not None and opening[2] is not None:
        article = article.model_copy(update={"published": opening[2]})  # written that day
    return article, opening


def _read_the_title(title: str | None, table: ExtractionTable, lang: str,
                    frames: FrameState) -> None:
    """The place and the owner a title names, which frame the body's first figures."""
    if title:
        lead_place(title, table, lang, frames)
        lead_owner(title, table, lang, frames)


def _as_printed(claims: list[Claim], s: Sentence) -> list[Claim]:
    """The claims of a sentence read without its dateline, quoting it as printed, dateline and
    all: a figure the dateline pattern took in ("Depuis janvier, près de 387 suspects ont été-
    arrêtés") keeps its printed surface, not the blanks it was read from."""
    for c in claims:
        c.sentence = s.text
        c.surface = s.text[c.start - s.start:c.end - s.start]
    return claims


def _without_its_dateline(s: Sentence, article: Article) -> Sentence:
    """The sentence as its claims and frames are read: without the wire dateline an article's
    body opens with ("LONDON (AP) — Britain's economy grew 0.3%"), whose city and agency are
    neither what a figure counts nor who gives it (blanked: offsets stay)."""
    if s.start - article.body_start > DATELINE_REACH:
        return s
    text = without_dateline(s.text)
    return s if text is s.text else replace(s, text=text)


def _outside_the_dateline(periods: list[PeriodMatch], s: Sentence,
                          opening: tuple[int, int, date | None] | None) -> list[PeriodMatch]:
    """The sentence's periods less the dateline's own date, which dates the writing, not a
    figure."""
    if opening is None or s.start > opening[0]:
        return periods
    return [p for p in periods if not opening[0] <= p.start < opening[1]]


def _read_without_numbers(s: Sentence, lang: str, published: date | None,
                          context: _ReadContext, table: ExtractionTable) -> None:
    """No figure, but perhaps the day the next figures are about ("Protesters clashed with
    police on Thursday. Officers arrested 412 people.")."""
    if may_name_a_day(s.text, lang):
        found = find_periods(s.text, s.start, lang, published, context.periods)
        found = not_after_an_earlier_event(found, s.text, s.start, table)
        _note_days_stated(context, s, found, table)
        _note_the_day(context, s, found, table, published)
        # "A ferry sank late on Wednesday.": the story's day
        context.note_days_named(s, found, table, published)
    context.previous_text = s.text


def _note_the_day(context: ArticleContext, s: Sentence, periods: list[PeriodMatch],
                  table: ExtractionTable, published: date | None) -> None:
    """A sentence without figures may name the day (a named event, a vote, the scene) that the
    figures after it are about: the context keeps it; not an earlier event's ("convoquées après
    les élections européennes du 9 juin")."""
    periods = not_after_an_earlier_event(periods, s.text, s.start, table)
    context.note_named_events(s, periods, table)
    context.note_event_day(s, periods, table, published)
    context.set_scene(s, periods)


def _link_partners(figures: list[Figure], claims: list[Claim]) -> None:
    """Each claim of a paired figure ("from X to Y", "X against Y") links to its partner's."""
    for f, claim in zip(figures, claims, strict=True):
        if f.partner is not None:
            other = claims[f.partner]
            claim.linked = other.id
            _expose_change(claim, other)


def _expose_change(claim: Claim, other: Claim) -> None:
    """Both sides of "from X to Y" carry the pair (from, to), so a reader sees the change as
    one range without following the link."""
    if claim.role is Role.change_from and other.role is Role.change_to:
        pair = (claim.value, other.value)
    elif claim.role is Role.change_to and other.role is Role.change_from:
        pair = (other.value, claim.value)
    else:
        return
    if pair[0] is not None and pair[1] is not None:
        claim.change = (pair[0], pair[1])


def _sentences_with_numbers(
    article: Article, table: ExtractionTable
) -> Iterator[tuple[Sentence, list[NumberMatch]]]:
    """Each sentence with its numbers (offsets relative to the sentence), the numbers found in
    one pass over a block of lines rather than one per sentence. Blocks (``line_blocks``)
    keep memory and the time before the next budget check bounded, whatever the article."""
    index = 0
    for block_start, block_end in line_blocks(article.text, article.body_start):
        sentences = split_sentences(article.text, table, block_start, index, block_end)
        for s, numbers in _with_numbers(article, block_start, block_end, sentences):
            index = s.index + 1
            yield s, with_unit_articles(numbers, s.text, table)


def _with_numbers(
    article: Article, body_start: int, body_end: int, sentences: Iterator[Sentence]
) -> Iterator[tuple[Sentence, list[NumberMatch]]]:
    pending = iter(find_numbers(article.text[body_start:body_end], article.language))
    upcoming = next(pending, None)
    for s in sentences:
        numbers: list[NumberMatch] = []
        while upcoming is not None and body_start + upcoming.start < s.end:
            u, start = upcoming, body_start + upcoming.start - s.start
            if start >= 0 and body_start + u.end <= s.end and _readable(u):
                end = start + u.end - u.start
                numbers.append(
                    NumberMatch(
                        start, end, u.value, u.decimals, u.kind, u.lower, u.upper, u.scale
                    )
                )
            upcoming = next(pending, None)
        yield from _bounded(s, numbers)


def _bounded(
    s: Sentence, numbers: list[NumberMatch]
) -> Iterator[tuple[Sentence, list[NumberMatch]]]:
    """The sentence with its numbers, or, past ``MAX_SENTENCE_NUMBERS`` of them (a table on
    one line, a chain of percentages), its pieces: what each figure reads stays bounded."""
    pieces = cut_at_numbers(s, [(n.start, n.end) for n in numbers])
    if len(pieces) == 1:
        yield s, numbers
        return
    for i, (piece, first) in enumerate(pieces):
        last = pieces[i + 1][1] if i + 1 < len(pieces) else len(numbers)
        shift = piece.start - s.start
        yield (
            piece,
            [
                NumberMatch(
                    n.start - shift, n.end - shift, n.value, n.decimals, n.kind, n.lower, n.upper
                )
                for n in numbers[first:last]
                if n.start >= shift and n.end - shift <= len(piece.text)
            ],
        )


def _readable(n: NumberMatch) -> bool:
    """A figure a reader can use: 400 digits overflow a float, and no news count comes near
    1e250 (the margin keeps a scale word from overflowing it later)."""
    return all(v is None or abs(v) < 1e250 for v in (n.value, n.lower, n.upper))


def _a_day_for_the_next(s: Sentence, periods: list[PeriodMatch], published: date | None) -> bool:
    """A sentence without figures that opens with its day, writes its numbers in words only,
    or tells of one past day it dates in full: it names the day of the figures after it."""
    return _opens_with_a_day(s, periods) or _numbers_in_words(s) or _a_past_day_told(
        periods, published) or _a_past_year_told(periods, published)


def _a_past_year_told(periods: list[PeriodMatch], published: date | None) -> bool:
    """ "La délinquance a encore progressé en 2023, selon le bilan publié mercredi.", "Crime
    rose in 2023, the ministry said.": an annual report's sentence without figures whose one
    time is a year that has ended; the figures right after it are of that year."""
    return _one_past_time(periods, published, frozenset({Phrase.year}), PeriodKind.interval)


def _a_past_day_told(periods: list[PeriodMatch], published: date | None) -> bool:
    """ "Le 3 octobre 2013 a eu lieu l'un des plus grands naufrages", "The Valdivia earthquake
    struck on May 22, 1960": the one time the sentence names is a past day with its year, the
    day of an event the figures after it count ("Cette tragédie a causé la mort de 368
    personnes"); not a day without its year further in ("appelle à manifester le 25 mars")."""
    return _one_past_time(periods, published, SCENE_KINDS, PeriodKind.day)


def _one_past_time(periods: list[PeriodMatch], published: date | None,
                   phrases: frozenset[Phrase], kind: PeriodKind) -> bool:
    """The one time the sentence states is a phrase of ``phrases``, dated in full (``kind``),
    that ended before publication."""
    stated = [p for p in periods if not p.announced]
    if len(stated) != 1 or stated[0].kind not in phrases or published is None:
        return False
    period = stated[0].period
    return (period.resolution == "explicit" and period.kind is kind
            and period.end is not None and period.end < published)


def _numbers_in_words(s: Sentence) -> bool:
    """Whether a sentence without figures writes its numbers in words only ("Des milliers de
    personnes ont défilé jeudi pour la quatrième journée de grève"): like a sentence without
    numbers, it names the day of the figures after it. Not one with digits: a date further
    in ("appelle à manifester le 25 mars"), an age ("a 71-year-old man was found dead")."""
    return not any(ch.isdigit() for ch in s.text)


def _opens_with_a_day(s: Sentence, periods: list[PeriodMatch]) -> bool:
    """ "Jeudi 26 novembre, ...", "Le 14 mars, ...": a day set off by a comma at the start."""
    return any(
        p.kind in SCENE_KINDS and not p.announced and p.start - s.start <= 1
        and s.text[p.end - s.start :].lstrip().startswith(",")
        for p in periods
    )


_TEXT_IDS = itertools.count(1)


def extract_text(
    text: str,
    *,
    lang: str | None = None,
    published: date | None = None,
    article_id: str | None = None,
) -> list[Claim]:
    """Claims of a bare text, for tests and notebooks. Each call is its own article: without
    ``article_id`` it gets ``text-1``, ``text-2``... (unique in this process), so the claims
    of two texts are compared as two articles' claims. ``lang`` is detected when not given."""
    article = Article(
        id=article_id if article_id is not None else f"text-{next(_TEXT_IDS)}",
        text=text,
        language=normalize_language(lang) if lang else detect_language(text),
        published=published,
        published_source="cli" if published else "none",
    )
    return extract(article)
