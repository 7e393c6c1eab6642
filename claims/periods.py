"""A grammar of period phrases, resolved to date intervals against the publication date.

The phrases are data (``[extraction.periods].patterns`` in each language table: a regex template
and the kind of period it names); this module expands the templates and knows what each kind
means. A general date parser won't do: dateparser reads French "sept" (seven) as September.

Relative phrases ("l'an dernier", "last week") need the publication date; when it is unknown
they stay unresolved and say so, never resolved against today's date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from claims.lang import ExtractionTable, _alternation, load_table
from claims.models import Period
from claims.numbers import parse_number

_BLANK = r"[\s\u00a0\u202f]+"
_PLACEHOLDER = re.compile(r"\{(year|month|n|unit|yearref|part|ord|weekday|day)\}")


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    """A period phrase found in a sentence: its span (absolute offsets) and what it resolves to."""

    start: int
    end: int
    kind: str
    period: Period
    is_point: bool = False  # a moment (a day, the end of a month) rather than a span


@dataclass(frozen=True, slots=True)
class _Grammar:
    # Each pattern with the slots it needs and the words it can start with (None: any).
    patterns: tuple[tuple[re.Pattern[str], str, frozenset[str], frozenset[str] | None], ...]
    slots: dict[str, frozenset[str]]  # the first words each slot can start with


def _expand(template: str, table: ExtractionTable, named: bool = True) -> str:
    """Turn a template into a regex with numbered named groups (year1, year2, month1...)."""
    counts: dict[str, int] = {}
    periods = table.periods

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        counts[name] = counts.get(name, 0) + 1
        group = f"{name}{counts[name]}"
        body = {
            "year": r"(?:19|20)\d{2}",
            "month": _alternation(periods.months),
            "n": r"[\w-]+",
            "unit": _alternation(periods.units),
            "yearref": _alternation(periods.year_refs),
            "part": _alternation(periods.month_parts),
            "ord": _alternation(periods.ordinals) or "(?!)",
            "weekday": _alternation(periods.weekdays) or "(?!)",
            "day": r"(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?",
        }[name]
        return f"(?P<{group}>{body})" if named else f"(?:{body})"

    template = template.replace(" ", "\x00").replace("'", "\x01")
    regex = _PLACEHOLDER.sub(fill, template)
    regex = regex.replace("\x00", _BLANK).replace("\x01", "['’]")
    return rf"(?<!\w)(?:{regex})(?!\w)"


_SLOTS_NEEDING_A_WORD = ("year", "month", "unit", "yearref", "part", "ord", "weekday", "day")


@cache
def _grammar(lang: str) -> _Grammar:
    """Each pattern compiled once, with the slots it needs, so a sentence with no month name
    and no year never runs the patterns that need them (speed: most sentences have neither)."""
    table = load_table(lang).extraction
    periods = table.periods
    # A slot can only match where one of its words' first word stands in the sentence.
    slots = {
        name: frozenset(_first_word(phrase) for phrase in phrases)
        for name, phrases in (
            ("month", periods.months),
            ("unit", periods.units),
            ("yearref", periods.year_refs),
            ("part", periods.month_parts),
            ("ord", periods.ordinals),
            ("weekday", periods.weekdays),
        )
    }
    compiled = []
    for template, kind in periods.patterns:
        needs = frozenset(
            name
            for name in _PLACEHOLDER.findall(_outside_groups(template))
            if name in _SLOTS_NEEDING_A_WORD
        )
        pattern = re.compile(_expand(template, table), re.I)
        compiled.append((pattern, kind, needs, _lead_words(template)))
    return _Grammar(tuple(compiled), slots)


_WORD = re.compile(r"\w+")


def _first_word(phrase: str) -> str:
    """ "l'an dernier" -> "l", "the end of" -> "the": how a phrase shows in a word set."""
    match = _WORD.search(phrase.lower())
    return match.group() if match else phrase.lower()


def _outside_groups(template: str) -> str:
    """The template without its parenthesised parts: what every match must contain."""
    out, depth = [], 0
    for char in template:
        depth += char == "("
        if depth == 0:
            out.append(char)
        depth -= char == ")"
    return "".join(out)


def _lead_words(template: str) -> frozenset[str] | None:
    """The first word of every way a template can start ("(?:au cours|pendant) ..." ->
    {"au", "pendant"}), or None when it starts with a slot or an optional part."""
    if template.startswith("(?:"):
        depth, close = 0, -1
        for i, char in enumerate(template):
            depth += char == "("
            depth -= char == ")"
            if depth == 0:
                close = i
                break
        if close < 0 or template[close + 1 : close + 2] in ("?", "*"):
            return None
        alternatives, depth, current = [], 0, ""
        for char in template[3:close]:
            if char == "|" and depth == 0:
                alternatives.append(current)
                current = ""
                continue
            depth += (char == "(") - (char == ")")
            current += char
        alternatives.append(current)
        words = set()
        for alternative in alternatives:
            first = _lead_words(alternative) if alternative.startswith("(?:") else None
            if first is not None:
                words |= first
                continue
            match = _WORD.match(alternative)
            if not match or alternative.startswith("{"):
                return None
            words.add(match.group().lower())
        return frozenset(words)
    match = _WORD.match(template)
    return frozenset({match.group().lower()}) if match and not template.startswith("{") else None


def _lookup(mapping: dict[str, object], text: str) -> object | None:
    key = re.sub(r"[\s\u00a0\u202f]+", " ", text.lower()).replace("’", "'")
    for candidate, value in mapping.items():
        if candidate.lower().replace("’", "'") == key:
            return value
    return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _shift(day: date, unit: str, n: int) -> date:
    """``day`` moved by ``n`` calendar units (negative goes back)."""
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    return _add_months(day, months * n)


class _Resolver:
    """Resolves one match of one kind; ``published`` may be None."""

    def __init__(
        self, match: re.Match[str], table: ExtractionTable, lang: str, published: date | None
    ):
        self.m = match
        self.table = table
        self.lang = lang
        self.published = published

    def group(self, name: str) -> str | None:
        try:
            return self.m.group(name)
        except IndexError:
            return None

    def year(self, index: int = 1) -> int | None:
        """An explicit year, or one relative to publication; None when neither is known."""
        text = self.group(f"year{index}")
        if text:
            return int(text)
        ref = self.group(f"yearref{index}") if index == 1 else None
        if ref is not None:
            offset = _lookup(self.table.periods.year_refs, ref)
            return None if self.published is None else self.published.year + int(offset or 0)
        return self.published.year if self.published else None

    def month(self, index: int) -> int:
        return int(_lookup(self.table.periods.months, self.group(f"month{index}") or "") or 1)

    def unit(self) -> str:
        return str(_lookup(self.table.periods.units, self.group("unit1") or "") or "month")

    def count(self) -> int | None:
        text = self.group("n1")
        if text is None:
            return 1
        value = parse_number(text, self.lang)
        if value is None:
            value = 1 if text.lower() in self.table.article_numerators else None
        return int(value) if value is not None and value == int(value) and value > 0 else None


def _resolve(kind: str, r: _Resolver) -> tuple[date | None, date | None, bool] | None:
    """Dates for one kind of phrase; None when the match is not really a period."""
    pub = r.published
    if kind == "year":
        y = r.year()
        return (date(y, 1, 1), date(y, 12, 31), True) if y else None
    if kind == "year_range":
        y1, y2 = int(r.group("year1") or 0), int(r.group("year2") or 0)
        return (date(y1, 1, 1), date(y2, 12, 31), True) if y1 and y1 <= y2 else None
    if kind in ("month_range", "month", "month_part"):
        y = r.year()
        if y is None:
            return (None, None, False)
        m1 = r.month(1)
        m2 = r.month(2) if kind == "month_range" else m1
        if m2 < m1:
            return None
        start, end = date(y, m1, 1), _month_end(y, m2)
        if kind == "month_part":
            days = _lookup(r.table.periods.month_parts, r.group("part1") or "") or [1, 31]
            first, last = int(days[0]), int(days[1])  # type: ignore[index]
            start = date(y, m1, first)
            end = min(date(y, m1, min(last, end.day)), end)
        return (start, end, bool(r.group("year1")))
    if kind == "leading_window":
        y, n = r.year(), r.count()
        if y is None or n is None:
            return (None, None, False)
        start = date(y, 1, 1)
        return (start, _shift(start, r.unit(), n) - timedelta(days=1), bool(r.group("year1")))
    if kind in ("trailing_window", "window_to_publication"):
        n = r.count()
        if n is None:
            return None
        if pub is None:
            return (None, None, False)
        return (_shift(pub, r.unit(), -n), pub, False)
    if kind == "last_week":
        return (pub - timedelta(days=7), pub, False) if pub else (None, None, False)
    if kind == "last_month":
        if pub is None:
            return (None, None, False)
        first = _add_months(pub.replace(day=1), -1)
        return (first, _month_end(first.year, first.month), False)
    if kind in ("quarter", "half"):
        y = r.year()
        index = int(_lookup(r.table.periods.ordinals, r.group("ord1") or "") or 0)  # type: ignore[call-overload]
        months = 3 if kind == "quarter" else 6
        if y is None or not 1 <= index <= 12 // months:
            return (None, None, False) if y is None else None
        first = (index - 1) * months + 1
        return (date(y, first, 1), _month_end(y, first + months - 1), bool(r.group("year1")))
    if kind == "ago":
        n = r.count()
        if n is None or pub is None:
            return None if n is None else (None, None, False)
        point = _shift(pub, r.unit(), -n)
        return (point, point, False)
    if kind == "weekday":
        if pub is None:
            return (None, None, False)
        names = [w.lower() for w in r.table.periods.weekdays]
        wanted = names.index((r.group("weekday1") or "").lower())
        day = pub - timedelta(days=(pub.weekday() - wanted) % 7)
        return (day, day, False)
    if kind == "since_month":
        if pub is None:
            return (None, None, False)
        month = r.month(1)
        year = pub.year if month <= pub.month else pub.year - 1
        return (date(year, month, 1), pub, False)
    if kind == "year_earlier":
        # Resolved against the figure it is compared with, by the extractor; alone, last year.
        return (date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), False) if pub else None
    if kind in ("day", "as_of"):
        day_text = re.sub(r"\D", "", r.group("day1") or "")
        y = int(r.group("year1")) if r.group("year1") else (pub.year if pub else None)
        if y is None or not day_text:
            return (None, None, False)
        try:
            day = date(y, r.month(1), int(day_text))
        except ValueError:
            return None
        if pub and not r.group("year1") and day > pub:
            day = _add_months(day, -12)  # "le 30 août" in a September article of that year
        return (None if kind == "as_of" else day, day, bool(r.group("year1")))
    if kind == "window_to_month":
        y, n = r.year(), r.count()
        if y is None or n is None:
            return (None, None, False) if n is not None else None
        end = _month_end(y, r.month(1))
        if pub and not r.group("year1") and end > pub:
            end = _month_end(y - 1, r.month(1))
        return (_shift(end + timedelta(days=1), r.unit(), -n), end, bool(r.group("year1")))
    if kind == "since_year":
        y = r.year()
        if y is None:
            return None
        return (date(y, 1, 1), pub, True)
    if kind == "year_to_date":
        return (date(pub.year, 1, 1), pub, False) if pub else (None, None, False)
    if kind == "yearref":
        ref = r.group("yearref1") or ""
        offset = int(_lookup(r.table.periods.year_refs, ref) or 0)  # type: ignore[call-overload]
        if pub is None:
            return (None, None, False)
        y = pub.year + offset
        end = pub if offset == 0 else date(y, 12, 31)
        return (date(y, 1, 1), end, False)
    return None


_POINT_KINDS = frozenset({"month_part", "weekday", "ago", "day"})


def _referred(r: _Resolver, previous: Sequence[Period]) -> Period | None:
    """The earlier period a back reference means: the latest one, or, when the phrase gives a
    length ("cette période de sept mois"), the latest one that lasted that long."""
    if not previous:
        return None
    if r.group("n1") is None and r.group("unit1") is None:
        return previous[-1]
    n = r.count()  # "for the quarter": one quarter
    if n is None:
        return previous[-1]
    wanted = _shift(date(2001, 1, 1), r.unit(), n) - date(2001, 1, 1)
    for candidate in reversed(previous):
        if candidate.start and candidate.end:
            length = candidate.end - candidate.start + timedelta(days=1)
            if abs((length - wanted).days) <= 3:
                return candidate
    return None  # "for the quarter" with no quarter before: nothing to carry


def find_periods(
    sentence: str,
    offset: int,
    lang: str,
    published: date | None,
    previous: Sequence[Period] = (),
) -> list[PeriodMatch]:
    """Period phrases in a sentence, left to right, non-overlapping (earlier, then longer, wins).

    ``previous`` holds the periods of the preceding sentences, latest last, for phrases that
    refer back ("au cours de cette période de sept mois").
    """
    grammar = _grammar(lang)
    words = set(_WORD.findall(sentence.lower()))
    present = {name for name, firsts in grammar.slots.items() if firsts & words}
    if any(w.isdigit() for w in words):
        present.add("day")
        if any(len(w) == 4 and w[:2] in ("19", "20") for w in words if w.isdigit()):
            present.add("year")
    table = load_table(lang).extraction
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for pattern, kind, needs, leads in grammar.patterns:
        if not needs <= present or (leads is not None and not leads & words):
            continue
        for m in pattern.finditer(sentence):
            found.append((m.start(), m.end(), kind, m))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    results: list[PeriodMatch] = []
    taken_until = -1
    for start, end, kind, m in found:
        if start < taken_until:
            continue
        text = m.group()
        if kind == "back_reference":
            try:
                referred = _referred(_Resolver(m, table, lang, published), previous)
            except (ValueError, OverflowError):
                continue
            if referred is None:
                continue
            period = Period(start=referred.start, end=referred.end, text=text, resolution="carried")
            results.append(PeriodMatch(offset + start, offset + end, kind, period))
            taken_until = end
            continue
        try:
            resolved = _resolve(kind, _Resolver(m, table, lang, published))
        except (ValueError, OverflowError):  # a date past year 1 or 9999: no such period
            continue
        if resolved is None:
            continue
        p_start, p_end, explicit = resolved
        if p_start is not None and p_end is not None and p_start > p_end:
            continue  # "since 2022" in an article dated before it: no span to give
        if p_start is None and p_end is None:
            resolution = "unresolved"
        else:
            resolution = "explicit" if explicit else "relative"
        period = Period(start=p_start, end=p_end, text=text, resolution=resolution)
        results.append(
            PeriodMatch(offset + start, offset + end, kind, period, kind in _POINT_KINDS)
        )
        taken_until = end
    return results
