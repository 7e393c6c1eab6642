"""From an article to typed claims: the extraction pipeline.

Per sentence: find the numbers (``claims.numbers``) and the period phrases (``claims.periods``),
drop what is not a quantity (dates, years used as anchors, ages, numbers inside period phrases),
join ranges, then read around each figure its qualifier, unit, what it counts, who says it and
the period it covers. Every word used for that comes from the language table.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from claims.context import (
    actor_of,
    change_subject,
    counted_after,
    counted_before,
    lemmas_of,
    rate_after,
    share_phrase,
    verb_of,
)
from claims.lang import ExtractionTable, load_table
from claims.models import Approx, Article, Claim, ExtractionStats, Period, Role
from claims.numbers import NumberMatch, find_numbers
from claims.periods import PeriodMatch, find_periods
from claims.sentences import LineIndex, Sentence, split_sentences

NOT_QUANTITIES = {
    "ordinal": "ordinal",
    "iso_date": "date",
    "time": "time of day",
    "phone": "phone number",
}
_DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_OPEN_PAREN = re.compile(r"[\s\u00a0]*\([\s\u00a0]*")
_CLOSE_PAREN = re.compile(r"[\s\u00a0]*\)")
_FRAME = re.compile(r"[\s\u00a0\u202f]*[,;:]")
_SPACES = r"[\s\u00a0\u202f]*"


@dataclass(slots=True)
class Figure:
    """A quantity being assembled: one number, or two joined as a range."""

    start: int  # offsets relative to the sentence
    end: int
    value: float | None
    lower: float | None
    upper: float | None
    decimals: int
    kind: str
    approx: Approx = Approx.exact
    unit: str = "count"
    per: str | None = None
    hedge: str | None = None
    role: Role = Role.value
    partner: int | None = None  # index of the figure on the other side of a change/comparison
    counted: str = ""
    period: PeriodMatch | None = None
    parenthetical: bool = False  # "612 million euros ($661 million)": a conversion
    notes: list[str] = field(default_factory=list)


def _before(sentence: str, pos: int, width: int = 60) -> str:
    return sentence[max(0, pos - width) : pos]


def _is_date(n: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "le 30 août", "Aug. 30", "a annoncé le 22": a day of the month, not a quantity."""
    if n.kind not in ("digits", "words") or n.value is None or n.decimals:
        return False
    if not (1 <= n.value <= 31) or n.value != int(n.value):
        return False
    after = text[n.end : n.end + 30]
    if table.month_after_re.match(after) or table.month_before_re.search(
        _before(text, n.start, 25)
    ):
        return True
    # "le 30 auprès de la police", "a annoncé le 22.": a day after a singular article, with
    # nothing counted after it ("on 14 homes" is a count).
    if n.kind != "digits" or not table.day_article_re.search(_before(text, n.start, 20)):
        return False
    return not counted_after(text, n.end, table)


def _is_code(n: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "020 7946 0321", "0900 GMT", "dial 1366": phone numbers, times and codes."""
    if n.kind != "digits":
        return False
    surface = text[n.start : n.end]
    if len(surface) > 1 and surface[0] == "0" and surface[1].isdigit():
        return True
    return bool(table.phone_cue_re.search(_before(text, n.start, 25)))


def _is_modifier(n: NumberMatch, text: str, table: ExtractionTable) -> bool:
    """ "a 30-year mortgage", "a two-bedroom flat" (where the language glues such modifiers)."""
    if not table.context.hyphen_modifiers:
        return False
    return bool(re.match(r"-[^\W\d_]", text[n.end : n.end + 2]))


_APPOSITION_BEFORE = re.compile(r"(?<!\w)[A-Z][\w'’-]+,[\s\u00a0]*$")
_APPOSITION_AFTER = re.compile(r"^[\s\u00a0]*(?:,|\))")


def _is_age(f: Figure, opener_start: int, text: str, table: ExtractionTable) -> bool:
    """ "âgés de 10 à 19 ans", "les 20 à 29 ans", "une vingtaine d'années", "a 34-year-old"."""
    after = text[f.end : f.end + 25]
    if f.kind == "vague" and table.age_after_vague_re.match(after):
        return True
    if table.age_self_unit_re is not None and table.age_self_unit_re.match(after):
        return True
    before = _before(text, opener_start, 30)
    small = f.kind == "digits" and f.value is not None and f.value < 120 and f.unit == "count"
    if small and _APPOSITION_BEFORE.search(before) and _APPOSITION_AFTER.match(after):
        return True  # "Maria Delgado, 41, a nurse": an age in apposition to a name
    if table.age_strong_before_re.search(before):
        return True
    return bool(table.age_unit_re.match(after) and table.age_before_re.search(before))


def _is_bare_word(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "tolérance zéro", "les deux parties": a number word with nothing counted, or one that
    names a known set, states no figure. Digits are kept: "a atteint 246" is a claim."""
    if f.kind != "words" or f.unit != "count" or f.approx is not Approx.exact:
        return False
    if table.reference_article_re.search(_before(text, f.start, 12)) and (f.value or 0) <= 10:
        return True
    if table.change_to_re.match(text[f.end : f.end + 40]):
        return False  # "from five to seven years": the first side of a change
    return not counted_after(text, f.end, table)


def _within(n: NumberMatch, periods: list[PeriodMatch], base: int) -> bool:
    return any(p.start <= base + n.start and base + n.end <= p.end for p in periods)


def _join_ranges(numbers: list[NumberMatch], text: str, table: ExtractionTable) -> list[Figure]:
    """Figures from numbers, joining "20 à 30", "entre 20 et 30", "20-30" into one range."""
    join_re, opener_re = table.range_join_re, table.range_opener_re
    figures: list[Figure] = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        if i + 1 < len(numbers):
            m = numbers[i + 1]
            gap = text[n.end : m.start]
            both = n.kind in ("digits", "words") and m.kind in ("digits", "words")
            if both and join_re.match(gap) and n.value is not None and m.value is not None:
                opener = opener_re.search(_before(text, n.start, 12))
                from_word = opener and opener.group().strip().lower() in table.changes.from_words
                # "est passé de 20 à 30" is a change; "de 20 à 30 appels" a range.
                change = from_word and table.change_verb_re.search(_before(text, n.start, 40))
                if n.value < m.value and not change:
                    start = opener.start() + max(0, n.start - 12) if opener else n.start
                    figures.append(
                        Figure(
                            start,
                            m.end,
                            None,
                            n.value,
                            m.value,
                            max(n.decimals, m.decimals),
                            "range",
                            Approx.range,
                        )
                    )
                    i += 2
                    continue
        figures.append(Figure(n.start, n.end, n.value, n.lower, n.upper, n.decimals, n.kind))
        i += 1
    return figures


def _apply_qualifier(f: Figure, text: str, table: ExtractionTable) -> None:
    if f.approx == Approx.range:
        return
    if f.kind == "vague":
        f.approx = Approx.vague
        return
    before = _before(text, f.start, 40)
    match = table.qualifier_re.search(before)
    if not match:
        return
    phrase = re.sub(r"[\s\u00a0\u202f]+", " ", match.group().strip().lower()).replace("’", "'")
    approx = table.qualifiers.get(phrase) or table.hedges.get(phrase)
    if approx is None:
        for key, value in {**table.qualifiers, **table.hedges}.items():
            if key.lower().replace("’", "'") == phrase:
                approx = value
    if approx is None:
        return
    if f.unit in _DURATIONS and phrase in table.duration_prepositions:
        return  # "over 30 years": during, not more than
    f.approx = Approx(approx)
    if phrase in {k.lower().replace("’", "'") for k in table.hedges}:
        f.hedge = match.group().strip()  # a hedge verb is kept aside, not in the surface
        return
    f.start = f.start - len(before) + match.start()


def _apply_unit(f: Figure, text: str, table: ExtractionTable) -> None:
    """Percent, duration, money or count; fractions and proportions become percents."""
    after = text[f.end : f.end + 40]
    if f.kind in ("fraction", "proportion"):
        f.unit = "percent"
        f.value = None if f.value is None else round(f.value * 100, 6)
        return
    if f.kind == "multiplier":
        f.unit, f.role = "ratio", Role.ratio
        return
    if m := table.percent_re.match(after):
        f.unit, f.end = "percent", f.end + m.end()
        return
    if m := table.money_after_re.match(after):
        word = m.group().strip().lower()
        word = re.sub(r"^(de|d['’])\s*", "", word)
        f.unit, f.end = _money_code(word, table), f.end + m.end()
        return
    if m := table.money_before_re.search(_before(text, f.start, 6)):
        f.unit = _money_code(m.group().strip(), table)
        f.start -= len(_before(text, f.start, 6)) - m.start()
        return
    if m := table.duration_re.match(after):
        word = m.group().strip().lower()
        f.unit, f.end = table.units.duration.get(word, "year"), f.end + m.end()


def _money_code(word: str, table: ExtractionTable) -> str:
    for key, code in table.units.money.items():
        if key.lower() == word.lower():
            return code
    return "money"


def _same_clause(gap: str, table: ExtractionTable) -> bool:
    """No comma and no clause link ("et", "and") between a period phrase and a figure."""
    if any(c in gap for c in ",;:"):
        return False
    return not any(w.lower() in table.context.clause_links for w in gap.split())


def _main_figures(figures: list[Figure]) -> list[int]:
    """Indices of the figures that are not conversions in parentheses of the one before."""
    return [i for i, f in enumerate(figures) if not f.parenthetical]


def _bind_periods(
    figures: list[Figure], periods: list[PeriodMatch], s: Sentence, table: ExtractionTable
) -> list[PeriodMatch | None]:
    """Periods for every figure; a conversion in parentheses shares the period of the figure
    it converts, and neither takes nor blocks a period phrase."""
    main = _main_figures(figures)
    bound_main = _bind_main_periods([figures[i] for i in main], periods, s, table)
    bound: list[PeriodMatch | None] = []
    for i, f in enumerate(figures):
        bound.append(
            bound_main[main.index(i)] if not f.parenthetical else (bound[-1] if bound else None)
        )
    return bound


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
                if len(gap.split()) <= 3 and "," not in gap.strip(" ,"):
                    adjacent = p
                break
        own.append(adjacent)
    taken = {id(p) for p in own if p is not None}
    bound: list[PeriodMatch | None] = []
    for i, f in enumerate(figures):
        if own[i] is not None:
            bound.append(own[i])
            continue
        # Before a figure, only a framing phrase counts: one that opens the sentence or is set
        # off by a comma ("Entre 2021 et 2023, ..."), not "créé en 2020 et compte 1 200".
        preceding = [
            p
            for start, end, p in local
            if end <= f.start
            and (start <= 1 or _FRAME.match(text, end) or _same_clause(text[end : f.start], table))
        ]
        blockers = [g.start for g in figures[i + 1 :] if g.unit == f.unit]
        limit = blockers[0] if blockers else len(text)
        following = [p for start, _, p in local if f.end <= start < limit and id(p) not in taken]
        free_preceding = [p for p in preceding if id(p) not in taken]
        if free_preceding:
            bound.append(free_preceding[-1])
        elif following:
            bound.append(following[0])
        elif preceding:
            bound.append(preceding[-1])
        else:
            bound.append(None)
    return bound


class _ArticleState:
    """What carries from one sentence to the next: recent periods and the last sentence's words."""

    def __init__(self) -> None:
        self.recent: list[PeriodMatch] = []
        self.previous_text = ""


def _back_reference(
    s: Sentence, table: ExtractionTable, state: _ArticleState, published: date | None
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
        )
    return last.period.model_copy(
        update={"text": f"{words[0]} {words[1]}", "resolution": "carried"}
    )


def _link_changes(figures: list[Figure], text: str, table: ExtractionTable) -> None:
    """Mark "de 64,6 % ... à 52,9 %" as a change and "74 %, contre 65 %" as a comparison."""
    from_re, to_re = table.change_from_end_re, table.change_to_end_re
    has_verb = table.change_verb_re.search(text) is not None
    for i in range(1, len(figures)):
        f, prev = figures[i], figures[i - 1]
        if f.role is Role.ratio:
            f.partner = i - 1  # "6 500 demandes, soit quatre fois ...": the figure it describes
            continue
        before = text[prev.end : f.start]
        shared_unit = prev.unit == "count" and f.unit != "count" and to_re.search(before)
        if has_verb and shared_unit and re.fullmatch(rf"{_SPACES}\S+{_SPACES}", before):
            prev.unit = f.unit  # "from five to seven years": the unit is written once
        if f.unit != prev.unit or prev.role is Role.ratio:
            continue
        head = _before(text, f.start, 20)
        if (
            has_verb
            and to_re.search(head)
            and (
                prev.role in (Role.change_to, Role.change_from)
                or from_re.search(_before(text, prev.start, 12))
            )
        ):
            if prev.role is Role.value:
                prev.role = Role.change_from
            f.role, f.partner = Role.change_to, i - 1
            if prev.partner is None:
                prev.partner = i
        elif table.comparison_re.search(before.rstrip()):
            f.role, f.partner = Role.comparison, i - 1


def _sentence_figures(
    s: Sentence,
    numbers: list[NumberMatch],
    lang: str,
    table: ExtractionTable,
    published: date | None,
    state: _ArticleState,
    stats: ExtractionStats,
) -> tuple[list[Figure], list[PeriodMatch]]:
    text = s.text
    stats.numbers_seen += len(numbers)
    previous = [p.period for p in state.recent]
    periods = find_periods(text, s.start, lang, published, previous)
    kept: list[NumberMatch] = []
    code_end = -2
    for n in numbers:
        if n.kind == "digits" and 0 <= n.start - code_end <= 1:
            stats.skip("phone number or code")  # the rest of "020 7946 0321"
            code_end = n.end
        elif n.kind in NOT_QUANTITIES:
            stats.skip(NOT_QUANTITIES[n.kind])
        elif _within(n, periods, s.start):
            stats.skip("part of a period phrase")
        elif n.kind == "year" and not table.qualifier_re.search(_before(text, n.start, 30)):
            stats.skip("year")
        elif _is_code(n, text, table):
            stats.skip("phone number or code")
            code_end = n.end
        elif _is_date(n, text, table):
            stats.skip("date")
        elif _is_modifier(n, text, table):
            stats.skip("part of a compound modifier")
        else:
            kept.append(n)
    figures: list[Figure] = []
    for f in _join_ranges(kept, text, table):
        if _is_age(f, f.start, text, table):
            stats.skip("age")
            continue
        _apply_unit(f, text, table)
        _apply_qualifier(f, text, table)
        figures.append(f)
    result: list[Figure] = []
    for f in _join_proportions(figures, text, table):
        if _is_bare_word(f, text, table):
            stats.skip("number word stating no figure")
        else:
            result.append(f)
    for prev, f in itertools.pairwise(result):
        if _OPEN_PAREN.fullmatch(text[prev.end : f.start]) and _CLOSE_PAREN.match(text, f.end):
            f.parenthetical = True
    main = _main_figures(result)
    main_figures = [result[i] for i in main]
    _link_changes(main_figures, text, table)
    for f in main_figures:  # partners were found among the main figures: back to all indices
        if f.partner is not None:
            f.partner = main[f.partner]
    return result, periods


def extract(article: Article, stats: ExtractionStats | None = None) -> list[Claim]:
    """All claims of one article, in text order."""
    stats = stats if stats is not None else ExtractionStats()
    lang = article.language
    table = load_table(lang).extraction
    lines = LineIndex(article.text)
    state = _ArticleState()
    claims: list[Claim] = []
    body = article.text[article.body_start :]
    pending = iter(find_numbers(body, lang))  # one pass over the article, not one per sentence
    upcoming = next(pending, None)
    for s in split_sentences(article.text, table, article.body_start):
        numbers: list[NumberMatch] = []
        while upcoming is not None and article.body_start + upcoming.start < s.end:
            start = article.body_start + upcoming.start - s.start
            if start >= 0:
                end = start + upcoming.end - upcoming.start
                u = upcoming
                numbers.append(
                    NumberMatch(start, end, u.value, u.decimals, u.kind, u.lower, u.upper)
                )
            upcoming = next(pending, None)
        if not numbers:
            state.previous_text = s.text
            continue  # no figure, and no year or number word for a period phrase to carry
        figures, periods = _sentence_figures(
            s, numbers, lang, table, article.published, state, stats
        )
        carried = _back_reference(s, table, state, article.published) if figures else None
        sentence_claims: list[Claim] = []
        bindings = _bind_periods(figures, periods, s, table)
        previous_share: str | None = None
        for f, bound in zip(figures, bindings, strict=True):
            claims_before = len(claims) + len(sentence_claims)
            period = bound.period if bound else carried
            if bound is not None and bound.kind == "day":
                # A figure stated on a given day holds as of that day.
                period = bound.period.model_copy(update={"start": None})
            if bound is not None and bound.kind == "year_earlier":
                period = _year_earlier(f, sentence_claims, bound, carried)
            limit = _next_period_start(periods, s, f.end)
            counted = counted_after(s.text[:limit], f.end, table) or counted_before(
                s.text, f.start, table
            )
            if f.unit == "percent":
                population, own = share_phrase(s.text[:limit], f.start, f.end, table)
                if not own:  # "65,4 % en 2021, puis ... 61,2 % en 2022": the series goes on
                    own = previous_share or change_subject(s.text, f.start, table)
                previous_share = own or previous_share
                counted = " ".join(p for p in (f.counted, population, own) if p) or counted
            if f.role is Role.change_from and f.unit != "percent":
                # "La peine maximale sera augmentée de cinq ans à sept ans": the subject changes.
                counted = counted_before(s.text, f.start, table) or counted
            twin = (
                sentence_claims[f.partner]
                if f.partner is not None and f.partner < len(sentence_claims)
                else None
            )
            if twin is not None and (not counted or f.role is Role.change_to):
                counted = twin.counted or counted
            if f.parenthetical and sentence_claims:
                counted = sentence_claims[-1].counted  # a conversion counts the same thing
            if not counted and sentence_claims and sentence_claims[-1].unit == f.unit:
                counted = sentence_claims[-1].counted  # "3 000 selon la préfecture, 12 000 ..."
            per = f.per or rate_after(s.text[:limit], f.end, table)
            if period is None and f.unit == "count" and article.published is not None:
                period = Period(end=article.published, resolution="publication")
            claim = Claim(
                id=f"{article.id}#{claims_before + 1}",
                article=article.id,
                line=lines.line(s.start + f.start),
                start=s.start + f.start,
                end=s.start + f.end,
                sentence=s.text,
                surface=s.text[f.start : f.end],
                value=f.value,
                lower=f.lower if f.approx in (Approx.range, Approx.vague) else _lower(f),
                upper=f.upper if f.approx in (Approx.range, Approx.vague) else _upper(f),
                approx=f.approx,
                decimals=f.decimals,
                unit=f.unit,
                per=per,
                counted=counted,
                lemmas=lemmas_of(counted, lang, table),
                actor=actor_of(s.text, f.start, table),
                verb=verb_of(s.text, f.start, f.end, table),
                hedge=f.hedge,
                period=period,
                role=f.role,
                language=lang,
            )
            sentence_claims.append(claim)
        for f, claim in zip(figures, sentence_claims, strict=True):
            if f.partner is not None:
                claim.linked = sentence_claims[f.partner].id
        claims.extend(sentence_claims)
        stats.claims += len(sentence_claims)
        state.recent = (state.recent + [p for p in periods if p.period.start or p.period.end])[-4:]
        state.previous_text = s.text
    return claims


def _next_period_start(periods: list[PeriodMatch], s: Sentence, end: int) -> int:
    """Where the next period phrase starts: what a figure counts ends there."""
    starts = [p.start - s.start for p in periods if p.start - s.start >= end]
    return min(starts, default=len(s.text))


def _join_proportions(figures: list[Figure], text: str, table: ExtractionTable) -> list[Figure]:
    """ "six victimes sur dix", "nine voters in ten": a share with its noun inside; also "un
    Français sur trois", "one adult in five", whose "un" the number lexer leaves as an article."""
    for f in figures:
        head = _before(text, f.start, 50)
        match = table.one_in_re.search(head)
        if match and f.kind in ("digits", "words") and f.unit == "count" and (f.value or 0) > 1:
            f.start -= len(head) - match.start()
            f.value, f.unit, f.kind = round(100 / (f.value or 1), 6), "percent", "proportion"
            f.counted = match.group("noun").strip()
            _apply_qualifier(f, text, table)  # "Près d'un Français sur trois"
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        f = figures[i]
        if i + 1 < len(figures) and f.kind in ("digits", "words") and f.unit == "count":
            g = figures[i + 1]
            whole = g.value if g.kind in ("digits", "words") else None
            gap = table.proportion_gap_re.match(text[f.end : g.start])
            if (
                gap
                and whole
                and f.value is not None
                and whole in (10, 100, 1000)
                and f.value <= whole
            ):
                f.value, f.unit, f.kind = round(f.value / whole * 100, 6), "percent", "proportion"
                f.counted = gap.group("noun").strip()
                f.end = g.end
                out.append(f)
                i += 2
                continue
        out.append(f)
        i += 1
    return out


def _year_earlier(
    f: Figure, done: list[Claim], bound: PeriodMatch, fallback: Period | None
) -> Period | None:
    """ "up from 2,210 a year earlier": the period of the figure compared with, a year back.
    Without such a figure the phrase names a baseline, not the figure's own period."""
    partner = done[f.partner].period if f.partner is not None and f.partner < len(done) else None
    if partner is None or partner.start is None or partner.end is None:
        return fallback
    return Period(
        start=_add_years(partner.start, -1),
        end=_add_years(partner.end, -1),
        text=bound.period.text,
        resolution="relative",
    )


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _lower(f: Figure) -> float | None:
    if f.approx in (Approx.more_than, Approx.at_least):
        return f.value
    return None


def _upper(f: Figure) -> float | None:
    if f.approx in (Approx.up_to, Approx.less_than):
        return f.value
    return None


def extract_text(
    text: str, *, lang: str, published: date | None = None, article_id: str = "-"
) -> list[Claim]:
    """Claims of a bare text: the convenience entry point for tests and notebooks."""
    article = Article(
        id=article_id,
        text=text,
        language=lang,
        published=published,
        published_source="cli" if published else "none",
    )
    return extract(article)
