"""From an article to typed claims: the extraction pipeline.

Numbers are found once per article (``claims.numbers``); each sentence that holds some is read
for its figures (``claims.figures``) and their periods (``claims.binding``), then each figure
becomes a ``Claim`` with what it counts and who says it (``claims.context``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from claims.binding import bind_periods, carried_from
from claims.binding_baselines import compared_to_date, year_earlier
from claims.binding_context import ArticleContext, back_reference
from claims.binding_cues import (
    dated_elsewhere,
    forecast_window,
    next_period_start,
    present_stock,
    present_today,
    said_of_an_event,
    total_at_day,
)
from claims.binding_frames import borrow_frame_periods
from claims.binding_references import antecedent, parts_of_a_total, refers_back
from claims.budget import spend
from claims.context import (
    actor_of,
    change_subject,
    counted_after,
    counted_before,
    lemmas_of,
    rate_after,
    rate_before,
    share_phrase,
    verb_of,
)
from claims.figure_model import DURATIONS, Figure, lower_bound, upper_bound
from claims.figures import read_figures
from claims.frame import FrameState, lead_place, read_frames
from claims.lang import ExtractionTable, load_table
from claims.language import detect_language, normalize_language
from claims.modality import modality_of
from claims.models import Article, Claim, ExtractionStats, Period, PeriodKind, Role
from claims.numbers import NumberMatch, find_numbers
from claims.period_clauses import (
    level_at_end,
    restates,
    rolling_to_release,
    running_totals,
    total_to_day,
    when_year,
)
from claims.periods import SCENE_KINDS, PeriodMatch, find_periods, may_name_a_day
from claims.phrase_kinds import Phrase
from claims.published import dateline
from claims.readers import reader_for
from claims.sentences import (
    LineIndex,
    Sentence,
    cut_at_numbers,
    line_blocks,
    split_sentences,
)

_COMPARED = frozenset({Phrase.year_earlier, Phrase.same_point, Phrase.unit_earlier})
_WINDOWS = frozenset({PeriodKind.interval, PeriodKind.to_date})


def extract(article: Article, stats: ExtractionStats | None = None) -> list[Claim]:
    """All claims of one article, in text order."""
    stats = stats if stats is not None else ExtractionStats()
    reader = reader_for(article.language)
    if reader is not None:
        return reader(article, stats)
    lang = article.language
    table = load_table(lang).extraction
    opening = dateline(article.text, article.body_start, lang, article.published)
    if opening is not None and opening[2] is not None:
        article = article.model_copy(update={"published": opening[2]})  # written that day
    lines = LineIndex(article.text)
    context = ArticleContext()
    frames = FrameState()
    if article.title:
        lead_place(article.title, table, lang, frames)
    claims: list[Claim] = []
    for s, numbers in _sentences_with_numbers(article, table):
        spend(len(claims))  # the article's time and size budget (claims.budget)
        if s.index == 0:
            lead_place(s.text, table, lang, frames)
        if not numbers:
            # No figure, but perhaps the day the next figures are about ("Protesters clashed
            # with police on Thursday. Officers arrested 412 people.").
            if may_name_a_day(s.text, lang):
                found = find_periods(s.text, s.start, lang, article.published, context.periods)
                context.note_named_events(s, found, table)
                context.set_scene(s, found)
            context.previous_text = s.text
            continue
        figures, periods = read_figures(
            s, numbers, lang, table, article.published, context.periods, stats
        )
        if opening is not None and s.start <= opening[0]:
            periods = [p for p in periods if not opening[0] <= p.start < opening[1]]
        if not figures and _opens_with_a_day(s, periods):
            # Its only numbers are the date it opens with ("Jeudi 26 novembre, la grève a été
            # largement suivie."): a sentence without figures, naming the day of the next ones
            # (not a date further in: "appelle à manifester le 25 mars").
            context.note_named_events(s, periods, table)
            context.set_scene(s, periods)
            context.previous_text = s.text
            continue
        sentence_claims = _sentence_claims(
            article, s, figures, periods, context, table, lines, claims
        )
        if sentence_claims:
            context.follow(s)
        claims.extend(sentence_claims)
        read_frames(sentence_claims, figures, s.text, table, frames, lang)
        for f, claim in zip(figures, sentence_claims, strict=True):
            if f.partner is not None:
                other = sentence_claims[f.partner]
                claim.linked = other.id
                _expose_change(claim, other)
        stats.claims += len(sentence_claims)
        context.remember(s, periods, table)
        context.scene = None
    borrow_frame_periods(
        claims, table, context.baselines, context.continuing, context.said, context.referring,
        article.published,
    )
    running_totals(claims, table, context.baselines)
    return claims


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
            yield s, numbers


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


def _dated_here(claim: Claim) -> bool:
    """A claim a phrase dated where it stands (not publication's, not yet carried)."""
    period = claim.period
    return period is not None and period.end is not None and period.resolution in (
        "explicit", "relative", "carried"
    )


def _average_before(
    f: Figure, figures: list[Figure], s: Sentence, table: ExtractionTable
) -> str | None:
    """ "Average daily exports climbed 2.8 percent to $2.74 billion": the level is a rate per
    day; its change (a percentage) and a level after another of its unit are not."""
    if f.unit == "percent" or f.role not in (Role.value, Role.change_to):
        return None
    before = [g.end for g in figures if g.end <= f.start and g.unit == f.unit]
    return rate_before(s.text, f.start, before[-1] if before else 0, table)


def _readable(n: NumberMatch) -> bool:
    """A figure a reader can use: 400 digits overflow a float, and no news count comes near
    1e250 (the margin keeps a scale word from overflowing it later)."""
    return all(v is None or abs(v) < 1e250 for v in (n.value, n.lower, n.upper))


def _opens_with_a_day(s: Sentence, periods: list[PeriodMatch]) -> bool:
    """ "Jeudi 26 novembre, ...", "Le 14 mars, ...": a day set off by a comma at the start."""
    return any(
        p.kind in SCENE_KINDS and not p.announced and p.start - s.start <= 1
        and s.text[p.end - s.start :].lstrip().startswith(",")
        for p in periods
    )


def _sentence_claims(
    article: Article,
    s: Sentence,
    figures: list[Figure],
    periods: list[PeriodMatch],
    context: ArticleContext,
    table: ExtractionTable,
    lines: LineIndex,
    earlier: list[Claim],
) -> list[Claim]:
    """One claim per figure of a sentence, with its period, what it counts and who says it.

    A figure's period comes from the phrase that governs it in its clause; else from the figure
    it counts part of ("Of them, 118 ...": carried, with that claim's id); else from a phrase
    referring back to the sentence before; else, for a count, it holds as of publication.
    """
    carried = back_reference(s, table, context, article.published) if figures else None
    context.note_named_events(s, periods, table)
    bindings = bind_periods(figures, periods, s, table)
    done: list[Claim] = []
    previous_share: str | None = None
    parts = parts_of_a_total(figures, s, earlier, table)  # "Of the 62 cases, 41 ..."
    for at, (f, bound) in enumerate(zip(figures, bindings, strict=True)):
        if dated_elsewhere(bound, f, figures, s, table):
            bound = None  # "seven workers who are still trapped", after "on Monday"
        period = bound.period if bound else carried
        if bound is not None and bound.kind is Phrase.back_reference:
            bound = _same_point_of_a_year(bound, periods, article.published) or bound
        if bound is not None and _last_year_of_a_shorter_partner(f, bound, done):
            bound = replace(bound, kind=Phrase.year_earlier)  # "contre 306 l'an passé"
        if bound is not None and bound.kind is Phrase.back_reference and period is bound.period:
            context.referring.add(f"{article.id}#{len(earlier) + len(done) + 1}")
        if bound is not None and bound.kind in _COMPARED:
            before = [c for c in earlier[-8:] if c.sentence == context.previous_text]
            opening = not before and bound.start - s.start <= 1
            if opening or (before and not any(_dated_here(c) for c in [*before, *done])):
                # "Sur la même période l'an dernier, ..." after a sentence without figures; "up
                # from 398,000 a year ago" after a sentence whose time is carried to it later:
                # the window the article was last about.
                before = [
                    c for c in earlier[-8:] if c.id not in context.baselines
                    and c.period is not None and c.period.kind in _WINDOWS
                ]
            period = year_earlier(f, done, bound, carried, s, before, table)
            context.baselines.add(f"{article.id}#{len(earlier) + len(done) + 1}")
            compared_to_date(done, bound, article.published)
        if not f.parenthetical and refers_back(f, s, bound, table, context.previous_text):
            source = antecedent(done, earlier, context.previous_text, context.baselines)
            if source is not None:
                period = carried_from(source)
        period = when_year(f.start, f.end, s, periods, table, article.published) or period
        if bound is not None and period is bound.period:  # "Sur douze mois glissants, ..."
            prior = [c for c in earlier[-8:] if c.sentence == context.previous_text] + done
            period = rolling_to_release(
                period, bound, [c for c in prior if c.id not in context.baselines],
                article.published, [p for p in periods if p.kind not in _COMPARED],
            )
        if bound is not None and period is bound.period:
            twin = done[f.partner] if f.partner is not None and f.partner < len(done) else None
            if twin is not None and twin.id in context.said:
                twin = None  # dated only by the day it was said ("publiés mardi"): no stock
            period = total_at_day(period, f, figures, s, table, twin.period if twin else None)
            period = forecast_window(period, bound, f, figures, s, table, article.published)
            period = present_today(period, bound, f, figures, s, table)
        period = level_at_end(period, f, figures, s, table)
        period = total_to_day(period, f, s, periods, table)
        if at in parts and (bound is None or bound.announced):
            total = parts[at] or (done[0] if at and done else None)
            if total is not None and total.period is not None and total.period.kind is not (
                PeriodKind.none
            ):
                period = carried_from(total)
        if bound is not None and bound.announced and period is not None and (
            period.text == bound.period.text and period.end == bound.period.end
        ) and said_of_an_event(f, figures, s, table, bound):
            context.said.add(f"{article.id}#{len(earlier) + len(done) + 1}")
            scene = context.scene_for(s, f, table)  # "The storm hit on Tuesday. It destroyed
            if scene is not None and scene.end is not None and period.end is not None and (
                scene.end <= period.end  # 300 homes, officials said Wednesday."
            ):
                period = scene
        if period is None or period.resolution == "publication":
            period = context.scene_for(s, f, table) or period
            if period is None or period.resolution == "publication":
                period = context.event_for(s, f, figures, table, periods) or period
            if period is None or period.resolution == "publication":
                period = context.named_event_for(s, f, periods, table) or period
            if period is None or period.resolution == "publication":
                period = context.when_event_for(s, f, figures, periods, table) or period
            period = present_stock(period, f, figures, s, table, article.published)
            period = context.story_for(period, f, figures, s, table)
        if (period is None or period.resolution == "publication") and article.published:
            period = _known_now(s.text, f, table, article.published) or period
        if (period is None or period.kind is PeriodKind.none) and done and at and restates(
            f, figures[at - 1], s, table
        ) and done[-1].period is not None:
            period = carried_from(done[-1])  # "118 of the deaths, or 82.5%"
        if period is None and f.unit == "count" and article.published is not None:
            period = Period(
                end=article.published, resolution="publication", kind=PeriodKind.none
            )
        limit = next_period_start(periods, s, f.end)
        counted, previous_share = _what_is_counted(f, s.text, limit, done, previous_share, table)
        per = f.per or rate_after(s.text[:limit], f.end, table) or _average_before(
            f, figures, s, table
        )
        if per and period is not None and period.kind is not PeriodKind.rate:
            period = period.model_copy(update={"kind": PeriodKind.rate})
        done.append(
            Claim(
                id=f"{article.id}#{len(earlier) + len(done) + 1}",
                article=article.id,
                line=lines.line(s.start + f.start),
                start=s.start + f.start,
                end=s.start + f.end,
                sentence=s.text,
                surface=s.text[f.start : f.end],
                value=f.value,
                lower=lower_bound(f),
                upper=upper_bound(f),
                approx=f.approx,
                decimals=f.decimals,
                unit=f.unit,
                per=per,
                counted=counted,
                lemmas=lemmas_of(counted, article.language, table),
                actor=actor_of(s.text, f.start, table),
                verb=verb_of(s.text, f.start, f.end, table),
                hedge=f.hedge,
                modality=modality_of(s.text, f.start, f.end, table, f.hedge),
                period=period,
                role=f.role,
                language=article.language,
                direction=f.direction,
            )
        )
    return done


def _same_point_of_a_year(
    bound: PeriodMatch, periods: list[PeriodMatch], published: date | None
) -> PeriodMatch | None:
    """ "L'année dernière, elles étaient 21 900 à la même période", "En 2022, ils étaient 3 000
    à la même époque": "the same period" after a past year said earlier in the sentence is the
    window of the figures before, in that year (a same-point comparison), not that window."""
    if published is None:
        return None
    for p in periods:
        period = p.period
        if (
            p.start < bound.start
            and p.kind in (Phrase.yearref, Phrase.year)
            and period.start is not None
            and period.end is not None
            and period.start.year == period.end.year < published.year
        ):
            return replace(bound, kind=Phrase.same_point, period=period)
    return None


def _last_year_of_a_shorter_partner(f: Figure, bound: PeriodMatch, done: list[Claim]) -> bool:
    """ "335 morts en août, contre 306 l'an passé", "up 4% in May from 1,210 last year": a
    compared figure dated "last year" when the figure it is compared with covers part of a year
    is that part a year back, not the whole of last year."""
    if bound.kind is not Phrase.yearref or f.role is not Role.comparison or f.partner is None:
        return False
    if f.partner >= len(done) or bound.period.start is None or bound.period.end is None:
        return False
    partner = done[f.partner].period
    if partner is None or partner.start is None or partner.end is None:
        return False
    if partner.resolution not in ("explicit", "relative", "carried"):
        return False
    whole_year = partner.start.month == 1 and partner.start.day == 1 and (
        partner.end.month == 12 and partner.end.day == 31
    )
    return (
        not whole_year
        and partner.start.year == partner.end.year == bound.period.start.year + 1
        and bound.period.start.year == bound.period.end.year
    )


def _known_now(text: str, f: Figure, table: ExtractionTable, published: date) -> Period | None:
    """ "À ce jour, 64 personnes sont portées disparues", "le bilan s'élève désormais à 18
    morts": a figure stating no period in a sentence that says it holds now is a total known
    at publication (as_of, its start unknown). Windows' lengths and compared figures are not."""
    if f.role is not Role.value or f.hedge or f.unit in DURATIONS:
        return None
    cue = table.now_re.search(text)
    if cue is None:
        return None
    return Period(end=published, text=cue.group(), resolution="publication", kind=PeriodKind.as_of)


def _what_is_counted(
    f: Figure,
    text: str,
    limit: int,
    done: list[Claim],
    previous_share: str | None,
    table: ExtractionTable,
) -> tuple[str, str | None]:
    """The phrase a figure counts (for a share, its population), and the share phrase a
    following percentage of the same series may reuse."""
    counted = counted_after(text, f.end, table, stop=limit) or counted_before(
        text, f.start, table, f.end
    )
    if f.unit == "percent":
        population, own = share_phrase(text, f.start, f.end, table, stop=limit)
        if not own:  # "65,4 % en 2021, puis ... 61,2 % en 2022": the series goes on
            own = previous_share or change_subject(text, f.start, table)
        previous_share = own or previous_share
        counted = " ".join(p for p in (f.counted, population, own) if p) or counted
    if f.role is Role.change_from and f.unit != "percent":
        # "La peine maximale sera augmentée de cinq ans à sept ans": the subject changes.
        counted = counted_before(text, f.start, table) or counted
    twin = done[f.partner] if f.partner is not None and f.partner < len(done) else None
    if twin is not None and (not counted or f.role is Role.change_to):
        counted = twin.counted or counted
    if f.parenthetical and done:
        counted = done[-1].counted  # a conversion counts the same thing
    if not counted and done and done[-1].unit == f.unit:
        counted = done[-1].counted  # "3 000 selon la préfecture, 12 000 selon les organisateurs"
    return counted, previous_share


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
