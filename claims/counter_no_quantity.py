"""Korean figures whose words say they state no quantity of anything (``claims.counters`` drops
them): a rule's threshold or a speed it sets ("경보 기준(15.2명)을 넘어선", "제한속도 시속
50㎞"), the extent of an injury ("전신의 40%에 화상"), the unit a price is given for, a position,
band or base ("두 번째", "2%대 성장", "인구 10만 명당"), a year or "none at all" ("2024년", "한 명도
없다"), a month and day naming an event ("6·3 대선"), an age band or rank ("40대 남성", "국내 500대
기업"), a generation or a stage ("1기 신도시", "폐암 4기"). The words are the ``[counters]``
table's; none is written here."""

from __future__ import annotations

from collections.abc import Sequence

from claims.counter_bases import one_unit_per, unit_of_a_price
from claims.counter_figures import CountedFigure
from claims.counter_table import CounterTable, CounterWords
from claims.figure_model import SPEEDS
from claims.models import Approx


def names_no_quantity(f: CountedFigure, text: str, after: str, table: CounterTable) -> bool:
    """A figure whose words make it a rule's threshold, the unit a price is given for, a
    position, band or base, a year, an age band or rank, a generation or a stage: it states
    no quantity of anything."""
    w = table.words
    return (
        _a_speed_limit(f, text, w)
        or _an_injury_extent(f, text, w)
        or _a_threshold(f, text, w)
        or unit_of_a_price(f, text, table)
        or _position_or_base(f, text, after, w)
        or _year_or_none(f, text, after, w)
        or _a_day_naming_an_event(f, text, w)
        or _age_band_or_rank(f, text, w)
        or _generation_or_stage(f, text, w)
    )


def _a_threshold(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """ "경보 기준(15.2명)을 넘어선", "경보기준인 6명은 넘어섰다": the figure a rule's threshold
    names, or a zone's radius, no measurement ("기준금리 3.5%", "5일 기준 4천380원" state
    figures)."""
    before = text[: f.start]
    if w.zone_nouns and _word_before_ends(text, f.start, w.zone_nouns):
        bounded = text[f.start : f.end + 4]  # "10㎞ 이내" (the bound read as the qualifier)
        return any(bound in bounded for bound in w.zone_bounds)  # a zone's radius
    for link in w.threshold_links:
        if before.endswith(link):
            word = before[: len(before) - len(link)].rsplit(None, 1)[-1:]
            return bool(word) and word[0].endswith(tuple(w.threshold_nouns))
    return False


_SPEEDS = SPEEDS | {"kilometer"}
"""The units a speed is read in: those of a speed limit, and kilometres ("시속 50㎞" is read in
kilometres, "시속" before it)."""


def _a_speed_limit(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """ "제한속도 시속 50㎞", "제한속도가 시속 70㎞로 돼 있으나", "시속 50㎞로 제한된다": the
    speed a rule sets, no speed measured (a figure between the noun and this one ends the
    rule's reach)."""
    if f.unit not in _SPEEDS:
        return False
    if any(text.startswith(a, f.end) for a in w.speed_limit_after):
        return True
    words = text[max(0, f.start - 30) : f.start].split()
    while words and words[-1] in w.speed_limit_fillers:
        words.pop()
    if not words:
        return False
    if _ends_with_a_limit_noun(words[-1], w):
        return True
    # "제한 속도가": a noun of two words
    return len(words) >= 2 and _ends_with_a_limit_noun(f"{words[-2]} {words[-1]}", w)


def _ends_with_a_limit_noun(phrase: str, w: CounterWords) -> bool:
    """The phrase ends with a speed-limit noun, bare or with its particle ("제한속도가")."""
    return any(phrase.endswith(n) or (phrase[:-1].endswith(n)
                                      and phrase[-1:] in w.speed_limit_particles)
               for n in w.speed_limit_nouns)


def _an_injury_extent(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """ "전신의 40%에 화상": a share of the body, the extent of an injury, no quantity."""
    return (f.unit == "percent" and bool(w.body_words)
            and _word_before_ends(text, f.start, w.body_words))


def _position_or_base(f: CountedFigure, text: str, after: str, w: CounterWords) -> bool:
    """An ordinal, a band of values or the base of a rate: no figure stated."""
    if after.startswith(w.ordinal_after_all) or _ordinal_prefix(text, f.start, w):
        return True  # "두 번째", "제3회"
    if after.startswith(w.band_after_all) or after.rstrip() in w.band_after_stripped:
        return True  # "10만 명대로 회복", "2%대 성장": a band of values, no figure stated
    if f.unit == "count" and after.startswith(w.base_after_all):
        return True  # "배추 24포기 기준 38만6천원": the quantity a cost is given for
    if f.unit == "count" and f.value == 1 and one_unit_per(text, f.end, w):
        return True  # "한 채에 2천만 원": the one unit a cost is given for ("3채에 2억 원의
        # 피해" counts houses)
    # "외래환자 1천 명당 4.6명", "인구 10만 명당": the base of a rate
    return after.startswith(w.denominator_after_all)


def _ordinal_prefix(text: str, start: int, w: CounterWords) -> bool:
    """ "제3회", "제 12차": the ordinal prefix as a word of its own; a noun that ends with the
    same syllable ("경제 3% 성장", "규제 12건", "수면제 120정") makes no ordinal."""
    before = text[:start].rstrip()
    for word in w.ordinal_before_all:
        if before.endswith(word):
            ahead = before[: len(before) - len(word)]
            return not ahead or not ahead[-1].isalnum()
    return False


def _a_day_naming_an_event(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """ "6·3 대선", "3·9 대선", "4·10 총선": the month and day that name an event (the
    presidential election of June 3); the day after the dot is no count ("3 대" read with the
    counter of vehicles)."""
    if not w.date_name_dots or f.value is None or not 1 <= f.value <= 31:
        return False
    before = text[max(0, f.start - 3) : f.start]
    return len(before) >= 2 and before[-1] in w.date_name_dots and before[-2].isdigit()


def _year_or_none(f: CountedFigure, text: str, after: str, w: CounterWords) -> bool:
    """A year, "none at all", or a "once" that is the base of the figure after it."""
    if f.counter == w.year_counter and f.value is not None and 1900 <= f.value <= 2099:
        return True  # "2024년": a year
    if f.value != 1:
        return False
    if after.lstrip().startswith(w.none_particles_all):
        return True  # "한 명도 없다": none at all
    # "한도를 1회 50만 원에서": the base of the figure that follows
    return (f.unit == "count" and f.approx is Approx.exact
            and text[f.end : f.end + 1].isspace() and text[f.end + 1 : f.end + 2].isdigit())


def _age_band_or_rank(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """ "10대", "40대 남성": an age band; "30대 그룹", "국내 500대 기업": a rank ("헬기 42대"
    is a count)."""
    if f.counter != w.age_band_counter:
        return False
    ends = [f.value] if f.value is not None else [f.lower, f.upper]  # "20∼30대": two bands
    if (f.scale == 1.0 and all(v is not None and v <= w.age_band_top and v % 10 == 0
                               for v in ends)):
        # "장비 80대", "소방차 20대": machines counted, no age band
        return not _word_before_ends(text, f.start, w.machine_nouns)
    return any(text[f.end :].lstrip().startswith(r) for r in w.rank_after)


def _generation_or_stage(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """ "1기 신도시", "2기 지도부": a generation; "폐암 4기": a stage ("원전 2기가 멈췄다" is a
    count)."""
    after = w.not_count_after.get(f.counter)
    if after and text[f.end :].lstrip().startswith(tuple(after)):
        return True
    if _a_generation(f, text, w):
        return True
    return _word_before_ends(text, f.start, w.not_count_before.get(f.counter, ()))


def _a_generation(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """ "6세대 전투기", "5세대 이동통신": a small bare number whose counter qualifies the noun
    after it names a generation ("150세대에 전달", "1천200세대 아파트", "3세대가 대피" count)."""
    top = w.generation_counters.get(f.counter)
    if top is None or f.value is None or f.scale != 1.0 or f.value > top:
        return False
    after = text[f.end : f.end + 2]
    return len(after) == 2 and after[0] == " " and "\uac00" <= after[1] <= "\ud7a3"


def _word_before_ends(text: str, start: int, endings: Sequence[str]) -> bool:
    """Whether the word right before ``start`` ends with one of ``endings`` ("소방차 20대")."""
    word = text[:start].rstrip().rsplit(None, 1)[-1:]
    return bool(word) and word[0].endswith(tuple(endings))
