"""The quantity frame of a counted figure in a Korean story (what is counted, the event, the
whole a share or a part is of, the place and the source), and the figures of one sentence that
refer to each other: the two sides of a change, a share in parentheses restating a count.

``claims.counted_claims`` builds each claim and hands it here once its period is known.
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.counted_morphemes import Counted, a_whole_named, clause_break
from claims.counted_owners import one_owner, owner_of, owns
from claims.counted_periods import SaidBefore
from claims.counted_places import PlaceSpan
from claims.counted_rates import rate_counted
from claims.counted_vote_day import a_share_of_the_vote
from claims.counted_windows import parenthesised
from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.frame import NATIONAL
from claims.lang import ExtractionTable
from claims.lexicon import Lexicon
from claims.models import STATED, Claim, Frame, Role, Slot
from claims.morpheme_tags import CONNECTIVE, ELLIPSIS, FINAL
from claims.sentences import Sentence
from claims.tokenizers import Morpheme, Part
from claims.vote_owner import vote_owner

# Tags of the morphemes that end a clause: an ellipsis ("…", a headline's clause break) or a
# final ending; a connective ending (``CONNECTIVE``) ends one unless it joins two verbs
_CLAUSE_ENDS = frozenset({ELLIPSIS, FINAL})


def frame(
    claim: Claim,
    f: CountedFigure,
    s: Sentence,
    morphs: Sequence[Morpheme],
    ctx: CounterContext,
    table: ExtractionTable,
    said: SaidBefore,
    read: Counted | None = None,
    place: PlaceSpan | None = None,
    from_article: bool = False,
    places: Sequence[PlaceSpan] = (),
) -> None:
    """The quantity frame: what is counted, the event (the verb, or a noun of the counted
    phrase naming one: "검거 인원"), the source, and, for a share ("피의자 가운데 절반") or a
    part ("이 가운데 10대가 324명"), the whole it is part of. A percent its subject takes
    ("순이자마진(NIM)은 1.83%로") measures that subject: no share of it."""
    lexicon = Lexicon.shipped()
    lang = claim.language
    counted, whole = _counted_or_whole(claim, read, _slot(lexicon, lang, claim.counted,
                                                          claim.lemmas))
    if claim.unit == "percent" and (claim.direction is None or claim.role in _LEVELS):
        counted, whole = _rate_read(claim, f, s, said, ctx, counted, whole)
    if table.carry_before_re.search(s.text, 0, f.start):
        whole = _whole_said_before(claim, said) or whole
    # the clause that modifies what is counted says what happened to the things counted
    # ("다친 14명"), not to an amount ("주택이 파손된 경우 최대 3천6백만 원": a condition)
    modifier = read.modifier if read is not None and claim.unit == "count" else ()
    event = _event(claim, f, morphs, ctx, lexicon, modifier)
    if _counter_alone(claim, f, event, whole, lexicon):
        counted = None
        claim.counted, claim.lemmas = _counted_by_event(event)
    where = _place_slot(place, from_article, lexicon, lang)
    if place is not None and _held_there(place, s.text, ctx) and (
        a_share_of_the_vote(claim, f, s.text, ctx)
    ):
        where = None  # where the vote was held: the whole vote's setting, not a region of it
    owner = _owner(claim, f, s, morphs, ctx, said, counted, places)
    claim.frame = Frame(counted=counted, event=event, whole=whole, place=where, entity=owner,
                        source=_slot(lexicon, lang, claim.actor or ""))
    claim.place, claim.event, claim.whole = _text(where), _text(event), _text(whole)
    claim.entity = _text(owner)
    claim.source = claim.actor


def _held_there(place: PlaceSpan, text: str, ctx: CounterContext) -> bool:
    """The place, or the one venue word after it, is where a vote or a convention was held
    ("서울 잠실실내체육관에서 열린 전당대회", "서울 올림픽체조경기장에서 열린")."""
    rest = text[place.end:]
    for mark in ctx.vote_venue:
        at = rest.find(mark)
        if at >= 0 and len(rest[:at].split()) <= 1 and not any(ch.isdigit() for ch in rest[:at]):
            return True
    return False


def _owner(claim: Claim, f: CountedFigure, s: Sentence, morphs: Sequence[Morpheme],
           ctx: CounterContext, said: SaidBefore, counted: Slot | None,
           places: Sequence[PlaceSpan]) -> Slot | None:
    """Whose the figure is: the owner of an owned thing, named in the sentence or the one
    before; or the candidate or party that took a share of the vote ("정민수 후보는 ...
    40.02%를"); else no one."""
    lexicon, lang = Lexicon.shipped(), claim.language
    if counted is not None and owns(counted.concepts, lexicon):
        return _owner_named(f, s, morphs, ctx, lexicon, lang, places) or _owner_said_before(
            said, lexicon)
    if a_share_of_the_vote(claim, f, s.text, ctx):
        return _slot(lexicon, lang, vote_owner(f.start, morphs, said.done, ctx, places) or "")
    return None


def _owner_named(f: CountedFigure, s: Sentence, morphs: Sequence[Morpheme], ctx: CounterContext,
                 lexicon: Lexicon, lang: str, places: Sequence[PlaceSpan]) -> Slot | None:
    """The owner the sentence names for an owned figure (``counted_owners.owner_of``)."""
    return _slot(lexicon, lang, owner_of(morphs, s.text, f.start, ctx, lexicon, lang, places,
                                         s.index == 0) or "")


def _owner_said_before(said: SaidBefore, lexicon: Lexicon) -> Slot | None:
    """The one owner of the owned figures the article gave before: Korean results copy names
    the company once and leaves it out of the sentences after ("태일제철은 ... 영업이익이 ...
    집계됐다. 같은 기간 매출은 ..."), as English says "its". An article that has named two
    owners (a rival's results) leaves an unnamed figure unnamed."""
    owners: dict[str, Slot] = {}
    for claim in [*said.earlier, *said.done]:
        frame = claim.frame
        if frame is not None and frame.entity is not None and frame.counted is not None and (
            owns(frame.counted.concepts, lexicon)
        ):
            owners.setdefault(frame.entity.text, frame.entity)
    only = one_owner(owners)
    return only.model_copy(update={"inherited": "article"}) if only is not None else None


def _counter_alone(claim: Claim, f: CountedFigure, event: Slot | None, whole: Slot | None,
                   lexicon: Lexicon) -> bool:
    """ "361명" and nothing else: people of any kind, doing anything; grouped with no one. A
    counter that names no thing ("34만8천650대를 판매했다": 대 counts vehicles and machines
    alike) is a unit, never what is counted: the event says what it measures."""
    if claim.counted != f.counter:
        return False
    return ((event is None and whole is None) or not f.counter  # no counter names no concept
            or lexicon.concept(f.counter, claim.language) is None)


_LEVELS = (Role.change_from, Role.change_to)  # "80.1%에서 76.4%로": levels, not the change


def _rate_read(claim: Claim, f: CountedFigure, s: Sentence, said: SaidBefore,
               ctx: CounterContext, counted: Slot | None,
               whole: Slot | None) -> tuple[Slot | None, Slot | None]:
    """A percentage a rate noun says the measure of (``claims.counted_rates``): that rate is
    what it counts, and no whole; else the reading stands."""
    if not any(c.isdigit() for c in claim.surface):
        return counted, whole  # "절반을 밑돌았다": a word for a share, a threshold
    if s.text[f.end:].lstrip(")").lstrip().startswith(tuple(ctx.compared_marks)):
        return counted, whole  # "2월(2.8%)보다": the base a stated change reads as it stands
    read = counted or whole
    rated = rate_counted(read.text if read else "", s.text, f.start, said.previous_text, ctx)
    if rated is None or (counted is not None and rated == counted.text):
        return counted, whole
    claim.counted, claim.lemmas = rated, rated.split()
    return _slot(Lexicon.shipped(), claim.language, rated), None


def _counted_by_event(event: Slot | None) -> tuple[str, list[str]]:
    """What a figure counted by its counter alone counts: the event's instances when the event
    names a concept ("34만8천650대를 판매했다" counts sales, as "Sejin sold 348,650 vehicles"
    does), else nothing."""
    if event is not None and event.concepts:
        return event.text, list(event.lemmas)
    return "", []


def _counted_or_whole(claim: Claim, read: Counted | None,
                      counted: Slot | None) -> tuple[Slot | None, Slot | None]:
    """What a figure counts and the whole it is part of: a percent's counted phrase is the
    whole it is a share of ("피의자 가운데 절반": of the suspects), and the claim counts
    nothing of its own, unless it is what its subject takes (a topic) or what changed by so
    much (a change: "내수 4.6% 늘었지만")."""
    topic = read is not None and read.topic
    # "내수 4.6% 늘었지만", "수출 물량 12.3% 감소": a change of N % is the change of what
    # stands before it, not a share of it
    if claim.unit == "percent" and counted is not None and not topic and claim.direction is None:
        claim.counted, claim.lemmas = "", []
        return None, counted
    return counted, None


def _text(slot: Slot | None) -> str | None:
    """A slot's text, for the claim's flat fields (None: the slot is empty)."""
    return slot.text if slot else None


def _slot(lexicon: Lexicon, lang: str, text: str,
          words: Sequence[str] | None = None) -> Slot | None:
    """A frame slot of ``text``, with the concepts its words name."""
    text = " ".join(text.split())
    if not text:
        return None
    found = lexicon.normalise(text, lang)
    concepts = tuple(dict.fromkeys(w[1:] for w in found if w.startswith("#")))
    return Slot(text=text, lemmas=tuple(words or text.split()), concepts=concepts)


def _whole_said_before(claim: Claim, said: SaidBefore) -> Slot | None:
    """ "이 가운데 10대가 324명": what the figure said before counts, the whole of this part
    (not a bare figure's counter: "2천여 명"); the claim takes that figure as antecedent."""
    source = said.antecedent()
    bare = source is not None and source.surface.endswith(source.counted)  # "2천여 명"
    if source is None or source.frame is None or source.frame.counted is None or bare:
        return None
    claim.antecedent = source.id
    return source.frame.counted


def _event(claim: Claim, f: CountedFigure, morphs: Sequence[Morpheme], ctx: CounterContext,
           lexicon: Lexicon, modifier: Sequence[str] = ()) -> Slot | None:
    """What happened to the counted: two events joined ("사망·실종 21명"), else the verb, a
    word of the counted phrase, a word of the clause that modifies it ("다친 14명은", "정전
    피해를 본 가구는") or one of the three nouns after the figure that names one."""
    lang = claim.language
    combined = _combined_event(claim, ctx, lexicon)
    if combined is not None:
        return combined
    item = _in_its_item(morphs, f.end, ctx)
    if a_whole_named(item, ctx.share_links):
        item = []  # "181명 가운데 2명만 구조됐다": the part's event, not the whole's
    following = [m.form for m in item if m.part is Part.noun][:3]
    for word in [claim.verb or "", *claim.lemmas, *modifier, *following]:
        concept = lexicon.concept(word, lang) if word else None
        if concept in lexicon.events:
            return Slot(text=word, lemmas=(word,), concepts=(concept,))
    return None


def _in_its_item(morphs: Sequence[Morpheme], end: int, ctx: CounterContext) -> list[Morpheme]:
    """The words after a figure up to the comma that ends its item ("주택침수는 1천368건,
    주택파손은 83건이다": the next item's noun, "파손", says what happened to its own figure, not
    to this one), or up to the end of its clause: a headline's "…" ("반출입 평시 70% 회복…경찰
    "12명 체포"": the arrests are the next clause's), a final ending, or a connective that ends
    a clause ("내수 3.1% 늘었지만 해외 판매 부진": the sales are the next clause's), not one
    that joins two verbs or makes a postposition ("1만 건에 대해 삭제": ``serial_endings``)."""
    after = [m for m in morphs if m.start >= end]
    cut = next((k for k, m in enumerate(after) if m.form == "," or _ends_a_clause(m, ctx)),
               len(after))
    return after[:cut]


def _ends_a_clause(m: Morpheme, ctx: CounterContext) -> bool:
    """The morpheme closes the figure's clause: "…", a final ending, or a connective ending
    that starts another clause ("늘었지만"), not one joining two verbs ("투입돼 수색")."""
    if m.tag == CONNECTIVE:
        return m.form not in ctx.serial_endings
    return m.tag in _CLAUSE_ENDS


def _combined_event(claim: Claim, ctx: CounterContext, lexicon: Lexicon) -> Slot | None:
    """ "사망·실종 21명": the dead and the missing together, neither one alone."""
    if not any(mark in claim.counted for mark in ctx.combined_marks):
        return None
    joined = {lexicon.concept(w, claim.language) for w in claim.lemmas}
    joined = {c for c in joined if c in lexicon.events}
    if len(joined) <= 1:
        return None
    concept = "+".join(sorted(joined))
    return Slot(text=claim.counted, lemmas=tuple(claim.lemmas), concepts=(concept,))


def _place_slot(place: PlaceSpan | None, from_article: bool, lexicon: Lexicon,
                lang: str) -> Slot | None:
    """The place slot: the whole country's concept for a national place, else the concepts
    its words name ("파리": Paris); marked inherited when it is the article's."""
    if place is None:
        return None
    named = tuple(dict.fromkeys(w[1:] for w in lexicon.normalise(place.text, lang)
                                if w.startswith("#")))  # "파리": the place "Paris" names
    return Slot(text=place.text, lemmas=tuple(place.text.split()),
                concepts=(NATIONAL,) if place.national else named,
                inherited="article" if from_article else None)


def listed_parts_take_the_event(figures: Sequence[CountedFigure], done: Sequence[Claim],
                                text: str, morphs: Sequence[Morpheme],
                                ctx: CounterContext) -> None:
    """ "국내 6만1천240대, 해외 28만7천140대 등 모두 34만8천650대를 판매했다", "서울 3명, 부산
    2명 등 5명이 숨졌다": the parts listed before the total they add up to (joined by commas,
    closed by a list word, in one clause, one counter) took place as the total did: each part
    with no event of its own takes the total's."""
    for j in range(1, len(figures)):
        total = done[j]
        if total.frame is None or total.frame.event is None:
            continue
        for k in _listed_before(figures, j, text, morphs, ctx):
            part = done[k]
            if part.frame is not None and part.frame.event is None:
                part.frame = part.frame.model_copy(update={"event": total.frame.event})
                part.event = total.frame.event.text
                if not part.counted:  # "서울 3명, 경기 2명 등 5명이": what the total counts
                    part.counted, part.lemmas = total.counted, list(total.lemmas)


def _listed_before(figures: Sequence[CountedFigure], j: int, text: str,
                   morphs: Sequence[Morpheme], ctx: CounterContext) -> list[int]:
    """The indices of the parts listed right before the ``j``-th figure: the last one closed
    by a list word, the ones before it each followed by a comma; none when the run breaks (a
    clause ends, another counter, nothing closes it)."""
    total = figures[j]
    last = figures[j - 1]
    if last.counter != total.counter or not _closes_a_list(text[last.end : total.start], ctx):
        return []
    if clause_break(morphs, last.end, total.start):
        return []
    parts = [j - 1]
    for k in range(j - 2, -1, -1):
        between = text[figures[k].end : figures[k + 1].start]
        if figures[k].counter != total.counter or not between.lstrip().startswith(","):
            break
        if any(c.isdigit() for c in between) or "." in between:
            break
        parts.insert(0, k)
    return parts


def _closes_a_list(between: str, ctx: CounterContext) -> bool:
    """The words between a list's last part and its total open with a list word ("등 모두")."""
    words = between.split()
    return bool(words) and words[0] in ctx.list_close


def link_stated_shares(figures: Sequence[CountedFigure], done: Sequence[Claim], text: str,
                       ctx: CounterContext, claims: Sequence[Claim]) -> None:
    """ "12만4천 명 가운데 4만1천 명(39.5%)", "경로별로는 국제우편이 214건(47.1%)": a share in
    parentheses restates the count before it, a part of a total (the figure "가운데" follows
    in the sentence, else for a breakdown the total whose window the count took), so that the
    share can be checked against the count over its total."""
    for k in range(1, len(figures)):
        share, count = done[k], done[k - 1]
        if not _restates_count(share, count, figures[k - 1], figures[k], text):
            continue
        total = _total(k, figures, done, text, ctx, claims)
        if total is None or not _larger_of_same_counter(total, count):
            continue  # a total of the same counter, larger than its part
        share.antecedent = count.id
        count.antecedent = count.antecedent or total.id


def _total(k: int, figures: Sequence[CountedFigure], done: Sequence[Claim], text: str,
           ctx: CounterContext, claims: Sequence[Claim]) -> Claim | None:
    """The total the count before the ``k``-th figure is part of: the figure "가운데" follows
    ("12만4천 명 가운데 4만1천 명(39.5%)"), else the whole the count breaks down, read before
    ("이 가운데 첫째아는 1만2천910명(60.1%)" after the births), else for a breakdown
    ("경로별로는") the total whose window the count took."""
    count = done[k - 1]
    if k >= 2 and text[figures[k - 2].end : figures[k - 1].start].strip() in ctx.share_links:
        return done[k - 2]
    if count.antecedent is not None:  # "이 가운데 첫째아는 1만2천910명(60.1%)": its whole, read
        return next((c for c in claims if c.id == count.antecedent), None)
    if count.period is None or count.period.resolution != "carried":
        return None
    words = text[: figures[k - 1].start].split()
    if any(w.endswith(m) for w in words for m in ctx.breakdown_marks):
        return _breakdown_total(count, claims)
    return None


def _restates_count(share: Claim, count: Claim, g: CountedFigure, f: CountedFigure,
                    text: str) -> bool:
    """ "214건(47.1%)": a share with no antecedent, in parentheses right after a count."""
    return (share.unit == "percent" and count.unit == "count" and not share.antecedent
            and text[g.end : f.start].strip() == "(" and parenthesised(text, f))


def _breakdown_total(count: Claim, claims: Sequence[Claim]) -> Claim | None:
    """ "경로별로는 국제우편이 214건(47.1%)": the latest total of the same counter and window
    stated before the breakdown."""
    return next((c for c in reversed(claims)
                 if c.sentence != count.sentence and _stated_same_window(c, count)
                 and c.surface.rstrip()[-1:] == count.surface.rstrip()[-1:]
                 and c.value is not None and c.value > (count.value or 0)), None)


def _stated_same_window(c: Claim, count: Claim) -> bool:
    """Whether ``c`` stated its own period, the same window as ``count``'s."""
    return (c.period is not None and count.period is not None
            and c.period.resolution in STATED
            and (c.period.start, c.period.end) == (count.period.start, count.period.end))


def _larger_of_same_counter(total: Claim, count: Claim) -> bool:
    """Whether ``total`` is a count of the same counter as ``count``, and larger."""
    return not (total.unit != "count" or total.value is None
                or count.value is None or total.value <= count.value
                or total.surface.rstrip()[-1:] != count.surface.rstrip()[-1:])


def expose_change(claim: Claim, other: Claim) -> None:
    """Both sides of "5년에서 7년으로" carry the pair (from, to)."""
    pair = {Role.change_from: (claim.value, other.value),
            Role.change_to: (other.value, claim.value)}.get(claim.role)
    if pair is not None and pair[0] is not None and pair[1] is not None:
        claim.change = (pair[0], pair[1])
