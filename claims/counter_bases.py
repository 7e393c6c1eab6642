"""Korean figures that are the base of another figure or a level stated bare: the unit a price
is given for ("배추 1포기 평균 소매가는"), one unit a cost is given for ("한 채에 2천만 원"), and an
index's level, written with no counter ("소비자물가지수는 116.37로"). ``claims.counters`` asks
these before it keeps or drops a figure."""

from __future__ import annotations

import re

from claims.counter_figures import CountedFigure
from claims.counter_table import CounterTable, CounterWords

_SHARES = frozenset({"percent", "percentage_point", "ratio"})
_CLAUSE_MARK = re.compile(r"[…,.!?·;:]")  # "2천700t 그쳐…도매가": the headline's next clause


def a_bare_count(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """A bare figure that counts something all the same: an index's level, or a headcount
    whose counter the copy leaves out."""
    return an_index_level(f, text, w) or a_bare_headcount(f, text, w) or a_tally(f, text, w)


def an_index_level(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """A bare decimal right after an index noun and its subject particle ("소비자물가지수는
    116.37(2020=100)로"), or before a market's close, open or swing with the index named in
    its clause ("코스피는 ... 내린 2,558.55에 장을 마쳤다"): the index's level. Not an open or
    an intraday swing ("2,651.20으로 개장한", "2,386.96까지 떨어졌다"): another reading of the
    day that the close would meet as the same quantity."""
    if f.decimals == 0 or f.value is None:
        return False
    if text[f.end :].lstrip(" ").startswith(tuple(w.index_moment_after)):
        return False
    before = text[: f.start].rstrip()
    for particle in w.index_particles:
        if before.endswith(particle):
            noun = _ASIDE_AT_END.sub("", before[: len(before) - len(particle)])
            return noun.endswith(tuple(w.index_nouns))
    return _a_market_level(f, text, w)


INDEX_AFTER = 16  # characters after a market verb where the index it opens may stand


def _a_market_level(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """ "...내린 2,558.55에 장을 마쳤다", "716.30으로 개장한 코스닥 지수는": a market verb right
    after the figure, and an index noun earlier in its clause, or in the few words the verb
    opens; a share price or a rate with its unit left out names no index."""
    rest = text[f.end :].lstrip(" ")
    verb = next((v for v in w.index_level_after if rest.startswith(v)), None)
    if verb is None or not w.index_nouns:
        return False
    head = text[: f.start]
    last = max(head.rfind(noun) for noun in w.index_nouns)
    clause_end = w.clause_end_re  # "코스피는 올랐고, 환율은 1,388.4에 마감": another clause's
    if last >= 0 and not clause_end.search(head, last):
        return True
    opened = rest[len(verb) : len(verb) + INDEX_AFTER]
    opened = clause_end.split(opened.split(",", 1)[0], maxsplit=1)[0]
    return any(noun in opened for noun in w.index_nouns)


_HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]$")


def a_tally(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """ "찬성 204·반대 85·기권 3·무효 8", "찬성은 109, 반대는 179", "재석 289 가운데 찬성
    258표": a whole number right after a side of a vote is its count of votes, when another
    side is counted in the sentence too (a tally); "찬성 3" alone is no tally."""
    if f.decimals or f.value is None or not w.tally_words:
        return False
    before = text[: f.start].rstrip()
    heads = [before] + [before[: -len(p)] for p in w.tally_particles
                        if before.endswith(p)]
    if not any(_ends_with_word(head, w.tally_words) for head in heads):
        return False
    sides = "|".join(map(re.escape, w.tally_words))
    return len(re.findall(rf"(?:{sides})\S?\s*\d", text)) > 1


def _ends_with_word(text: str, words: list[str]) -> bool:
    """Whether ``text`` ends with one of ``words`` as a whole word ("찬성", not "예찬성")."""
    return any(text.endswith(word) and not _HANGUL_SYLLABLE.search(text[: len(text) - len(word)])
               for word in words)


_MAN = 1e4
_EOK = 1e8


def a_bare_headcount(f: CountedFigure, text: str, w: CounterWords) -> bool:
    """ "경찰은 참가 인원을 15만 안팎으로 보고 있다", "주최 측은 30만 추산": a bare number in 만
    (no counter, no 억 or 조: an amount has its 원) right before an estimate's word is a
    headcount whose counter the copy leaves out ("100만이라고" stays a bare number)."""
    if f.unit or f.value is None or not _MAN <= f.scale < _EOK or not w.headcount_after:
        return False
    return text[f.end :].lstrip(" ").startswith(tuple(w.headcount_after))


# A bracketed aside right after a noun: "생산지수(계절조정·농림어업 제외)는 108.7": what the
# index leaves out, not the noun the level is of.
_ASIDE_AT_END = re.compile(r"\s*\([^()]*\)\s*$")


def unit_of_a_price(f: CountedFigure, text: str, table: CounterTable) -> bool:
    """ "냉동 고등어 1마리의 소매가격은 4천380원", "대란 10개 소매가격은", "배추 1포기 평균
    소매가는", "양파 1㎏ 가격은": the counted or measured things are the unit the price after
    them (the next word, or the one after a modifier like "평균") is given for, no figure
    ("1마리가 5천 원에 팔렸다", "달걀 30개를 샀다" count; "2천700t 그쳐…도매가 12% 올라" is two
    clauses of a headline)."""
    w = table.words
    if not w.unit_price_nouns or f.unit in table.money_units or f.unit in _SHARES:
        return False
    rest = text[f.end :]
    if w.class_of:
        rest = rest.removeprefix(w.class_of)
    words = _CLAUSE_MARK.split(rest, maxsplit=1)[0].split(None, 2)[:2]
    if words and words[0] in w.unit_price_modifiers:
        words = words[1:]  # "배추 1포기 평균 소매가는"
    return bool(words) and any(noun in words[0] for noun in w.unit_price_nouns)


def one_unit_per(text: str, end: int, w: CounterWords) -> bool:
    """A per-unit particle right after a count of one, then a figure in digits ("한 동에
    3천만 원")."""
    for particle in w.per_unit_particles:
        if text.startswith(particle, end):
            rest = text[end + len(particle) : end + len(particle) + 3]
            return rest[:1].isspace() and rest.lstrip()[:1].isdigit()
    return False


def in_a_unit_gloss(found: list[CountedFigure], text: str, w: CounterWords) -> set[int]:
    """The figures (their starts) of a bracket that glosses a unit: one of it and a topic
    particle right after the opening bracket, and what it equals ("(1TEU는 20피트 컨테이너
    1개)", "(1㏊는 1만㎡)")."""
    inside: set[int] = set()
    for f in found:
        if (f.value == 1 and f.unit and text[: f.start].rstrip().endswith("(")
                and text[f.end :].startswith(tuple(w.gloss_particles))):
            close = text.find(")", f.end)
            stop = close if close >= 0 else len(text)
            glossed = {g.start for g in found if f.start <= g.start < stop}
            if len(glossed) > 1:  # "(1채는 전소)": one house of the story, no gloss
                inside |= glossed
    return inside
