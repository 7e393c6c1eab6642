"""What a counted figure's morphemes say: the nouns it counts, the event, the source and a
rate's words ("하루 평균"), read back from the figure in a counter language's word order (the
counted noun before the figure, the verb and the source's "said" after it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from claims import morpheme_tags as tags
from claims.counted_change_subject import subject_across_adverbials, subject_of_a_rate
from claims.counted_neighbours import listed, paired
from claims.counted_places import PlaceSpan
from claims.counted_skips import past_unsaying_words
from claims.counted_topic_values import told_without_predicate
from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.tokenizers import Morpheme, Part

MAX_COUNTED_NOUNS = 4
MAX_GLOSS = 6  # "순이자마진(NIM)은": the morphemes a gloss in parentheses may hold
RATE_REACH = 30  # "일평균 국제선 이용객은 22만 명": how far back an average's words may stand
RATE_NOUNS = 2
_CLOSING_QUOTES = "\"'”’」』"
MAX_CLAUSE = 6  # morphemes of a relative clause read back for what happened
MAX_DETAIL = 5  # morphemes after a day read for the verb of a clause it dates
MAX_RELATIVE = 12  # morphemes between a subject and its figure, across a relative clause


def rate_of(text: str, start: int, ctx: CounterContext) -> str | None:
    """ "하루 평균 12.66건", "일평균 1.85건": a count per day, week, month or year."""
    per = _rate_right_before(text[max(0, start - 12) : start].rstrip(), ctx)
    if per is not None:
        return per
    return _rate_across_a_noun(text[max(0, start - RATE_REACH) : start], ctx)


def _rate_right_before(before: str, ctx: CounterContext) -> str | None:
    """The rate whose words end right before the figure ("하루 평균 12.66건")."""
    if not before.endswith(ctx.rate_words):  # most figures: no rate's words before them
        return None
    for words, per in ctx.rate_before_longest_first:
        if before.endswith(words):
            return per
    return None


def _rate_across_a_noun(head: str, ctx: CounterContext) -> str | None:
    """ "하루 평균 이용객은 22만 명": an average's rate words with the noun counted between them
    and the figure (a few words, no other figure, no clause break)."""
    if not any(a in head for a in ctx.average_words):
        return None  # the rate's words hold an average word, which must stand in the head
    for words, per in ctx.rate_before_longest_first:
        at = head.rfind(words)
        if not _average_words_at(head, at, words, ctx):
            continue
        between = head[at + len(words) :].split()
        if (len(between) <= RATE_NOUNS and not any(c.isdigit() or c in ",." for c in
                                                   "".join(between))):
            return per
    return None


def _average_words_at(head: str, at: int, words: str, ctx: CounterContext) -> bool:
    """Whether rate ``words`` holding an average word stand at ``at`` as words of their own
    (a blank, or the head's start, before them; a blank after)."""
    if at < 0 or (at > 0 and not head[at - 1].isspace()):
        return False
    return (any(a in words for a in ctx.average_words)
            and head[at + len(words) : at + len(words) + 1].isspace())


def _is_noun(m: Morpheme, ctx: CounterContext) -> bool:
    return m.part is Part.noun and m.form not in ctx.not_counted_set


def joined(morphs: Sequence[Morpheme], text: str) -> tuple[str, list[str]]:
    if not morphs:
        return "", []
    return text[morphs[0].start : morphs[-1].end], [m.form for m in morphs]


def _whole_word(nouns: list[Morpheme], text: str) -> list[Morpheme]:
    """ "찾은 온열질환자가": the counted nouns start where their word starts, though the
    tagger read its first letters as another part ("온" as a determiner, "열질환자")."""
    first = nouns[0]
    start = text.rfind(" ", 0, first.start) + 1
    prefix = text[start : first.start]
    if not prefix or not prefix.isalpha():
        return nouns
    return [Morpheme(prefix + first.form, first.part, first.tag, start, first.end), *nouns[1:]]


class Counted(NamedTuple):
    """What a figure counts: the phrase as written, its nouns, and whether it is the subject
    the figure is the value of ("순이자마진(NIM)은 1.83%로": the margin is 1.83 %, not a
    share of it)."""

    text: str
    nouns: list[str]
    topic: bool = False
    # the words of a clause that modifies what is counted, the nearest first: "다친 14명",
    # "정전 피해를 본 가구는 1만4천120가구로" (what happened to them, when no word after says)
    modifier: tuple[str, ...] = ()


def counted_of(
    morphs: Sequence[Morpheme], text: str, f: CountedFigure, ctx: CounterContext,
    others: Sequence[CountedFigure] = (),
    dated: Sequence[tuple[int, int]] = (),
    places: Sequence[PlaceSpan] = (),
) -> Counted:
    """The nouns right before the figure ("피의자 387명"), across a topic particle when the
    figure is what they number ("피의자는 387명으로 집계됐다", "비이자이익은 8천120억 원이었고");
    else the nouns a particle hangs on it after ("387명의 피의자")."""
    lead, tail = paired(f, others, text)
    value = listed(tail or f, others, text, places, forward=True)
    first = listed(lead or f, others, text, places, forward=False)
    i, topic = _last_before(morphs, text, first, ctx, dated, value)
    nouns = _nouns_before(morphs, i, text, ctx, others, dated)
    if nouns:
        first = next(k for k, m in enumerate(morphs) if m.start >= nouns[0].start)
        return Counted(*joined(_whole_word(nouns, text), text), topic=topic,
                       modifier=_modifier(morphs, first - 1))
    before = _last_ending_by(morphs, f.start)
    return Counted(*_nouns_after(morphs, text, f, ctx), modifier=_modifier(morphs, before))


def _last_ending_by(morphs: Sequence[Morpheme], pos: int) -> int:
    """The index of the last morpheme that ends at ``pos`` or before it (-1: none)."""
    return max((k for k, m in enumerate(morphs) if m.end <= pos), default=-1)


def _modifier(morphs: Sequence[Morpheme], i: int) -> tuple[str, ...]:
    """The words of the relative clause that ends at ``morphs[i]`` (an adnominal ending), the
    nearest first: its verb ("다친 14명": 다치; "대피한 주민": the noun made a verb, 대피),
    then its nouns back to the clause's start ("정전 피해를 본 가구": 피해, 정전)."""
    if i < 1 or morphs[i].tag != tags.ADNOMINAL or morphs[i - 1].part is not Part.verb:
        return ()
    k = i - 1
    if morphs[k].tag.startswith(tags.VERB_SUFFIX) and k >= 1 and morphs[k - 1].part is Part.noun:
        k -= 1  # "대피한": the noun before "하" names what happened
    return (morphs[k].form, *_clause_nouns(morphs, k))


def _clause_nouns(morphs: Sequence[Morpheme], k: int) -> list[str]:
    """The nouns of a relative clause before its verb at ``morphs[k]``, the nearest first, back
    to where the clause starts (a comma, a connective, a topic or a subject)."""
    nouns: list[str] = []
    for m in reversed(morphs[max(0, k - MAX_CLAUSE) : k]):
        if m.part in (Part.punctuation, Part.ending, Part.copula) or m.tag in tags.CLAUSE_PARTICLES:
            break
        if m.part is Part.noun:
            nouns.append(m.form)
    return nouns


def _last_before(
    morphs: Sequence[Morpheme], text: str, f: CountedFigure, ctx: CounterContext,
    dated: Sequence[tuple[int, int]], value: CountedFigure,
) -> tuple[int, bool]:
    """The index of the last morpheme that may be counted before the figure (-1: none), and
    whether it is reached across a subject particle (the figure is what the subject numbers;
    ``value``: the figure whose predicate says so, the last of a pair "102세대 157명으로")."""
    i = past_unsaying_words(morphs, _last_ending_by(morphs, f.start), ctx, dated, text)
    if i >= 1 and f.unit == "percent" and morphs[i].form in ctx.share_links:
        i -= 1  # "피의자 가운데 절반": a share of the suspects
    k = _subject_it_numbers(morphs, i, text, ctx, dated, value)
    if k >= 0:
        return _before_gloss(morphs, k - 1), True
    if i >= 0 and morphs[i].part is Part.particle:
        return _across_a_particle(morphs, i, text, value, ctx)
    return i, False


def _subject_it_numbers(morphs: Sequence[Morpheme], i: int, text: str, ctx: CounterContext,
                        dated: Sequence[tuple[int, int]], value: CountedFigure) -> int:
    """The index of the subject particle whose noun the figure numbers, across what ends at
    ``morphs[i]``, else -1: a change's base, time or level ("소매판매는 전월보다 1.1%
    감소했다": what changed), or a relative clause that numbers it ("이자이익은 1년 전보다
    4.2% 늘어난 2조7천100억 원을 기록했다"; an adnominal ending is no particle, so the two
    never meet one morpheme); a rate told after its base or its cause (``subject_of_a_rate``)."""
    if value.unit == "percent" and (k := subject_of_a_rate(morphs, i, ctx)) >= 1:
        return k
    if i >= 0 and morphs[i].tag == tags.ADVERBIAL_CASE and value.direction is not None:
        k = subject_across_adverbials(morphs, i, ctx, dated)
        return k if k >= 1 else -1
    if i >= 1 and morphs[i].tag == tags.ADNOMINAL and _numbered(morphs, text, value, ctx):
        return _subject_of_clause(morphs, i - 1, ctx)
    return -1


def _across_a_particle(morphs: Sequence[Morpheme], i: int, text: str, f: CountedFigure,
                       ctx: CounterContext) -> tuple[int, bool]:
    """A particle at ``morphs[i]`` before the figure: a subject's, when the figure is what
    the subject numbers, or an object's, when a verb of counting or setting takes it at the
    figure (``_set_at``), lets the noun before it be counted (-1: none is)."""
    form = morphs[i].form
    if not ((form in ctx.subject_particles and _numbered(morphs, text, f, ctx))
            or (form in ctx.object_particles and _set_at(text, f, ctx))):
        return -1, False
    return _before_gloss(morphs, i - 1), True


def _set_at(text: str, f: CountedFigure, ctx: CounterContext) -> bool:
    """Whether a verb of counting or setting takes its object at the figure: "파업 참여 인원을
    1만2천400명으로 집계했다", "추산 인원을 25만 명으로 상향했다" (the object is what the figure
    counts); "환자를 병원 3곳으로 옮겼다" is a move, and its object is not counted."""
    after = text[f.end :].lstrip()
    return after.startswith(ctx.object_set_at_all)


def _subject_of_clause(morphs: Sequence[Morpheme], i: int, ctx: CounterContext) -> int:
    """The index of the subject particle a relative clause ending at ``morphs[i]`` follows
    ("주가는 전 거래일보다 2.3% 오른 6만8천400원에": the figure is what the price is), or -1
    when the clause opens otherwise (a comma, a connective, the sentence's start)."""
    for k in range(i, max(-1, i - MAX_RELATIVE), -1):
        m = morphs[k]
        if m.tag in tags.CLAUSE_PARTICLES:
            return k if m.form in ctx.subject_particles and k >= 1 else -1
        if (m.part in (Part.ending, Part.copula) and m.tag != tags.ADNOMINAL) or m.form == ",":
            return -1
    return -1


def _numbered(morphs: Sequence[Morpheme], text: str, f: CountedFigure,
              ctx: CounterContext) -> bool:
    """Whether the figure is the value its subject takes: a predicate of "numbering" follows
    it ("387명으로 집계됐다", "900건에 달했다"), or the copula ("8천120억 원이었고",
    "1.83%였다", "4명이며"), or the figure is a change ("1.2%포인트 올랐다")."""
    if f.direction is not None:
        return True  # "영업이익률은 1.2%포인트 올랐다": the subject is what changed by so much
    after = text[f.end :].lstrip().lstrip(_CLOSING_QUOTES)  # '"... 19건"이라며': a quote's
    if text.startswith(ctx.numbered_after_all, f.end) or after.startswith(ctx.numbered_after_all):
        return True
    if _passed_within(text[f.start : f.end], ctx) and text[f.end : f.end + 1].isalpha():
        return True  # "136만명을 넘어|섰다": the verb of passing read into the figure's bound
    if _closes_a_list(after, ctx):
        return True
    following = next((m for m in morphs if m.start >= f.end), None)
    if following is not None and following.part is Part.copula:
        return True
    return told_without_predicate(text, f, ctx)  # "참가자는 7천370명, 복귀자는 364명"


def _passed_within(surface: str, ctx: CounterContext) -> bool:
    """A predicate of numbering that opens with an object particle, read into the figure as its
    bound ("5만명을 넘어": more than 50,000); the caller wants its word to go on right after
    ("넘어섰다"), for "넘어 역대 최대를 달성할 것" opens another clause."""
    return any(w in surface for w in ctx.numbered_after_all
               if w.split()[0] in ctx.object_particles)


def _closes_a_list(after: str, ctx: CounterContext) -> bool:
    """ "강원 평창 18.4㎝ 등입니다": a word closing a list, then the list's predicate of
    numbering, after the figure (``after``: the text after it)."""
    return any(after.startswith(w) and after[len(w):].lstrip().startswith(ctx.numbered_after_all)
               for w in ctx.list_close)


def _before_gloss(morphs: Sequence[Morpheme], j: int) -> int:
    """ "순이자마진(NIM)은", "NIM(순이자마진)은": the index of the noun before a gloss in
    parentheses between it and its particle (``j`` itself when there is none)."""
    if j < 0 or morphs[j].form != ")":
        return j
    k = j - 1
    while k >= 0 and j - k <= MAX_GLOSS and morphs[k].form != "(":
        k -= 1
    if k < 1 or morphs[k].form != "(" or morphs[k - 1].end != morphs[k].start:
        return -1  # no gloss glued to a noun: "(사진)" after a clause
    return k - 1


def _nouns_before(
    morphs: Sequence[Morpheme], i: int, text: str, ctx: CounterContext,
    others: Sequence[CountedFigure], dated: Sequence[tuple[int, int]],
) -> list[Morpheme]:
    """The run of nouns ending at ``morphs[i]``, read back to the first that is not counted."""
    nouns: list[Morpheme] = []
    while i >= 0 and len(nouns) < MAX_COUNTED_NOUNS:
        joined = _age_band(morphs, i, text, ctx) or _glossed(morphs, i, nouns, ctx)
        if joined is not None:
            noun, i = joined
            nouns.insert(0, noun)
            continue
        if not _counted_noun(morphs[i], nouns, text, ctx, others, dated):
            break
        nouns.insert(0, morphs[i])
        i -= 1
    return _joined_by_a_dot(morphs, i, nouns, ctx)


def _age_band(morphs: Sequence[Morpheme], i: int, text: str,
              ctx: CounterContext) -> tuple[Morpheme, int] | None:
    """An age band ending at ``morphs[i]`` read as one noun, a group ("10대", "40대 이상 7명":
    the band and its bound), with the index before it; None when there is none."""
    m = morphs[i]
    if m.form == ctx.age_band and i > 0 and morphs[i - 1].part is Part.number:
        band = morphs[i - 1]
        return Morpheme(band.form + m.form, Part.noun, m.tag, band.start, m.end), i - 2
    if (m.form in ctx.age_bounds and i > 1 and morphs[i - 1].form == ctx.age_band
            and morphs[i - 2].part is Part.number):
        band = morphs[i - 2]
        return Morpheme(text[band.start : m.end], Part.noun, m.tag, band.start, m.end), i - 3
    return None


def _glossed(morphs: Sequence[Morpheme], i: int, nouns: list[Morpheme],
             ctx: CounterContext) -> tuple[Morpheme, int] | None:
    """ "보통주자본(CET1)비율은": a gloss inside the name, glued to the nouns read so far; the
    noun before the gloss, with the index before it (None: no such gloss)."""
    m = morphs[i]
    if m.form != ")" or not nouns or m.end != nouns[0].start:
        return None
    j = _before_gloss(morphs, i)
    if j >= 0 and _is_noun(morphs[j], ctx):
        return morphs[j], j - 1
    return None


def _counted_noun(m: Morpheme, nouns: list[Morpheme], text: str, ctx: CounterContext,
                  others: Sequence[CountedFigure], dated: Sequence[tuple[int, int]]) -> bool:
    """Whether ``m`` goes on the run of counted nouns: a noun glued to it, not another figure's
    counter ("2,841세대 4,120명") nor a period phrase's last word ("지난 8월 한 달간 음주운전")."""
    if not _is_noun(m, ctx) or (nouns and text[m.end : nouns[0].start].strip()):
        return False
    return not (any(g.start <= m.start < g.end for g in others)
                or any(a <= m.start < b for a, b in dated))


def _joined_by_a_dot(morphs: Sequence[Morpheme], k: int, nouns: list[Morpheme],
                     ctx: CounterContext) -> list[Morpheme]:
    """ "사망·실종 21명": nouns joined by a middle dot (at ``morphs[k]``) are counted
    together."""
    if (nouns and k >= 1 and morphs[k].form in ctx.combined_marks
            and morphs[k].end == nouns[0].start and _is_noun(morphs[k - 1], ctx)
            and morphs[k - 1].end == morphs[k].start):
        nouns.insert(0, morphs[k - 1])
    return nouns


def _nouns_after(
    morphs: Sequence[Morpheme], text: str, f: CountedFigure, ctx: CounterContext
) -> tuple[str, list[str]]:
    """The nouns a particle hangs on the figure after it ("387명의 피의자", "3천억 원 규모의
    자사주 매입"), or the noun after a bare counter ("7개 시도에서")."""
    j = _first_after(morphs, f, ctx)
    if j < len(morphs) and morphs[j].form == ctx.of_particle and morphs[j].part is Part.particle:
        return joined(_nouns_hung_on(morphs[j + 1 :], ctx), text)
    if f.counter in ctx.counted_after and j < len(morphs) and _is_noun(morphs[j], ctx):
        return joined(_nouns_after_counter(morphs[j : j + 2], text, ctx), text)
    return "", []


def _first_after(morphs: Sequence[Morpheme], f: CountedFigure, ctx: CounterContext) -> int:
    """The index of the first morpheme after the figure, past a word of size ("3천억 원 규모의
    자사주 매입": the amount of the buyback)."""
    j = min((k for k, m in enumerate(morphs) if m.start >= f.end), default=len(morphs))
    if j + 1 < len(morphs) and morphs[j].form in ctx.size_after:
        j += 1
    return j


def _nouns_hung_on(following: Sequence[Morpheme], ctx: CounterContext) -> list[Morpheme]:
    """The counted nouns after the "of" particle, a period word first skipped ("900원의 분기
    배당": it says not what is paid)."""
    after: list[Morpheme] = []
    for m in following:
        if not after and m.part is Part.noun and m.form in ctx.not_counted_set:
            continue
        if not _is_noun(m, ctx) or len(after) >= MAX_COUNTED_NOUNS:
            break
        after.append(m)
    return after


def _nouns_after_counter(following: Sequence[Morpheme], text: str,
                         ctx: CounterContext) -> list[Morpheme]:
    """ "7개 시도에서": the nouns right after a bare counter, glued to each other, are what it
    counts."""
    after: list[Morpheme] = []
    for m in following:
        if not _is_noun(m, ctx) or (after and text[after[-1].end : m.start].strip()):
            break
        after.append(m)
    return after


def event_of(morphs: Sequence[Morpheme], f: CountedFigure,
             wholes: Sequence[str] = ()) -> str | None:
    """What happened to the counted things: the verb after the figure ("387명이 검거됐다"), a
    noun made a verb ("검거" + "되다") given as the noun. A figure one of ``wholes`` follows
    ("탑승객 181명 가운데 2명만 구조됐다") is the whole the next figure is part of: what happened
    after it happened to the part, and the whole has no event of its own."""
    following = [m for m in morphs if m.start >= f.end][:5]
    if a_whole_named(following, wholes):
        return None
    if _headline_noun(following):
        return following[0].form  # a headline's "387명 검거"
    for k, m in enumerate(following):
        if _names_what_happened(following, k):
            return m.form
        if m.part in (Part.punctuation, Part.ending) and m.tag != tags.ADNOMINAL:
            break
    return None


_NOUNS = (Part.noun, Part.other)  # "가운데" a noun, "중" a bound noun


def a_whole_named(following: Sequence[Morpheme], wholes: Sequence[str]) -> bool:
    """The figure these morphemes follow is a whole a part is named out of: "가운데", "중"
    right after it ("181명 가운데", "181명 중")."""
    return bool(following) and following[0].part in _NOUNS and following[0].form in wholes


def _headline_noun(following: list[Morpheme]) -> bool:
    """ "387명 검거": a noun alone after the figure, or before a punctuation mark."""
    return bool(following) and following[0].part is Part.noun and (
        len(following) == 1 or following[1].part is Part.punctuation
    )


def _names_what_happened(following: list[Morpheme], k: int) -> bool:
    """A noun made a verb ("검거" + "되다"), or a verb, not an adjective ("크게", "많았다")."""
    m = following[k]
    if m.part is Part.noun:
        return k + 1 < len(following) and following[k + 1].tag.startswith(tags.VERB_SUFFIX)
    return m.part is Part.verb and m.tag.startswith("VV")


def names_a_group(morphs: Sequence[Morpheme], start: int, events: Callable[[str], bool]) -> bool:
    """Whether the figure at ``start`` counts a group the story names ("숨진 3명", "사망자 5명"):
    a relative clause, or a noun naming what happened to them, stands right before it."""
    k = _last_ending_by(morphs, start)
    if k < 0:
        return False
    last = morphs[k]
    return last.tag == tags.ADNOMINAL or (last.part is Part.noun and events(last.form))


def dates_a_clause(morphs: Sequence[Morpheme], end: int) -> bool:
    """Whether the day phrase ending at ``end`` opens a relative clause ("지난 21일 마감한
    희망퇴직에", "지난 3일 오전 발생한 사고로"): a verb and its adnominal ending follow it, a
    time or a noun made a verb between at most; it dates that clause's noun."""
    after = [m for m in morphs if m.start >= end][:MAX_DETAIL]
    for k, m in enumerate(after):
        if m.part is Part.verb:
            return k + 1 < len(after) and after[k + 1].tag == tags.ADNOMINAL
        if m.part is Part.determiner and k > 0 and after[k - 1].end == m.start:
            return True  # "마감한": the analyser read the glued ending as a determiner
        if m.part is not Part.noun:
            return False
    return False


def clause_break(morphs: Sequence[Morpheme], start: int, end: int) -> bool:
    """Whether a clause ends between ``start`` and ``end``: a comma, a full stop, a connective
    or a final ending ("2조 원으로 늘었고, 4.2%는 ...")."""
    return any(start <= m.start < end and (m.tag in (tags.CONNECTIVE, tags.FINAL) or m.form in ",.")
               for m in morphs)
