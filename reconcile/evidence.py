"""Whether a conflict rests on strong evidence that its figures measure one quantity.

One false conflict is enough for a fact-checker to stop trusting the report, and in CI it
fails a pull request for nothing. Grouping lets a slot that one side leaves empty pass (the
other figures of a group may fill it); a conflict needs more. Its figures must not be told
apart by anything the text says (this module applies the rules; the readings they need are in
``evidence_slots``, what each side names, and ``evidence_articles``, what the rest of an
article says):

* **Places, entities and wholes.** Both name one and they differ (a place read from the
  article's lead counts too: "in Harlan County" against "en Bretagne"), or one side names one
  and the other none: the one that names it may be about that place, fire or whole alone
  ("21 000 à Lyon" against a figure of the same sentence given for Rennes). Within one
  sentence a place or entity written before both figures governs both ("In Paris, police
  counted 74,000, while the CGT said 350,000").
* **An event on one side only.** "52.4 % of the votes" and "had won 9.8 % of the votes" may
  be two candidates' shares.
* **A change against a level.** "The claimant count fell by 9,800 in May" says how much it
  moved, not what it was: never a contradiction of "the claimant count was 12,400 in May".
* **A part not read.** A breakdown whose counted thing is its whole ("Of those, 870,000 had
  card details taken": customers of customers) may be any part of it.
* **No period on either side**, in two articles: nothing says they are about the same time.
* **Shares summed as parts** must all name one whole; a rate and its total must be in one
  kind of unit.
* **Two figures of one sentence** that no two named sources give are a list or a contrast
  ("21,000 in Lyon, 16,000 in Toulouse"; "91 new cases, against 132 the week before"): a
  writer does not contradict himself within a sentence, so what tells them apart was not
  read. Two sources in one sentence ("350 according to the union, 210 according to the
  management") are the disagreement a reader wants to see.
* **Two times of one day.** A running toll "as of 11 a.m." and another "as of 6 p.m." (or
  one that names no hour) on the same day: the count may have moved between them
  ("오전 11시 기준 31명" / "오후 6시 기준 34명"; "samedi matin" / "samedi à 18 heures").
* **A local article's own figures.** An article that brings in a national figure ("while the
  national rate held at 3.9%", "contre 90,7 % au niveau national") is about one place: its
  figures that name none are that place's, not the country's ("Ohio employers added 6,300
  jobs" against "employers added 142,000 jobs" nationwide).
* **Changes against two bases.** A growth rate "sur un an" (year on year) and one "par
  rapport au trimestre précédent" (or one that names no base) for the same quarter are two
  quantities: "0,9 %" and "0,5 %" are both right ("up 5.0% from a year earlier" / "rose 0.6%
  from July"; "전년 동월 대비" / "전월 대비").
* **Two kinds of one thing.** "Household debt" and "public debt", "the trade deficit" and
  "the budget deficit", "confirmed cases" and "suspected cases" share the concept that made them
  meet, and name exclusive kinds of it (``reconcile.kinds``).
* **An undated figure in a dated sentence.** "The fire had burned 12,400 acres by Monday
  evening and was 15% contained": the 15 % was read with no period, but its sentence dates
  its figures to Monday; against "32% contained as of Tuesday" it is another day.
* **A place the other article gives its own figure.** "Texas has confirmed 702 cases" (the
  article's place) against "The United States has recorded 1,001 cases ... In Texas, 702":
  the second article names Texas for another figure, so its figure with no place is not
  Texas's.
* **A place its sentence states.** A figure with no place whose sentence states one before
  it, in the same clause, for another of its figures is that place's ("passengers at Gimhae
  airport rose 4.2 percent on-year in March to 1.31 million": the frame read the place for the
  change only); a comma or a clause link ("while") between them keeps the place to its clause.
* **A figure another article gives for another period.** "$662.5 billion" for November in one
  article is the figure the other article gives for January to November: one of the periods
  was misread (a year to date read as its last month), so its conflict with the other
  article's November figure is not one. Only uncommon values (three significant digits or
  more) count: two articles giving "50" for two periods is no sign.
* **A destination or origin on one side.** "Exports to China fell to $10.2 billion" (the
  place named right after what is counted, which the frame does not read as a place) against
  "Exports totaled $53.8 billion": a part against the total ("les exportations vers la
  Chine"; ``[grouping.destinations]`` in the language tables).
* **A structural check across articles** (a sub-period above its whole, parts above an
  aggregate) needs the same place or entity named on both sides: without it, two articles'
  counts of arrests in two towns meet as one counter. Within one article, a place, entity or
  whole named on one side only is enough to doubt it ("44 morts depuis janvier" and "sur la
  même période, 9 dans l'agglomération de Lorient": a part by place, not by period).
* **Parts of the area.** "à près de 55 % dans plusieurs petites communes rurales", "Dans les
  bureaux de Tulle, ... 24,5 %": a figure given for some of the area's parts, against another
  part's or the whole's (``reconcile.subareas``).
* **Two stories.** Articles that share no name ("Savoie", "Arcep", "충남소방본부") and no uncommon
  figure ("10 417") are not known to tell the same story, whatever their frames say: an
  avalanche's injured and a pile-up's on the same day (``reconcile.story``), unless the two
  figures' own sentences name something in common.
* **An earlier figure its article says was revised.** "The ministry had put the toll at 12
  late on Sunday" is a reading its own article says was since replaced (``superseded``):
  against another article's figure it is a toll read at another time, not known to be wrong.

A conflict with a weak point stays in the findings, with its reasons among its assumptions,
and a confidence under ``WEAK_CAP``: below the default ``--min-confidence`` of ``report`` and
``gate``, so it is not shown and never fails a gate unless asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from claims.lang import load_table
from claims.lexicon import Lexicon, fold
from claims.models import Claim, Modality, Role
from claims.number_table import load_number_table
from claims.tokens import tokens_in
from reconcile.evidence_articles import (
    Corpus,
    bases_apart,
    destinations_apart,
    local_beside_national,
    national_beside_unplaced,
    place_given_apart,
    times_apart,
    undated_beside_dated,
    value_given_elsewhere,
)
from reconcile.evidence_slots import (
    event_one_sided,
    generic_ids,
    named_alike,
    one_named_source,
    owned_ids,
    side_of,
    slot_key,
    slots_apart,
    sources_differ,
    unowned_vote_shares,
)
from reconcile.internal import same_quantity
from reconcile.kinds import kinds_apart
from reconcile.structural.change_rate import DETAIL as STATED_CHANGE
from reconcile.structural.change_rate import is_change
from reconcile.structural.counter import CUMULATIVE_DECREASE
from reconcile.subareas import subareas_apart
from reconcile.units import split_rate, unit_kind

SAME_WORDS = 90  # rapidfuzz token_set_ratio of two counted phrases read as one counter
WEAK_CAP = 0.4  # the most a conflict with a weak point keeps: under the default threshold
PAIRWISE = ("values", "sources_differ", "internal")  # verdicts of compared figures
# within one sentence, or tied by the text (a split stated whole: "split into")
ALONE = ("share_of_total", "rate", "unit_conversion", "conversion", "breakdown")


def weak_points(
    claims: Sequence[Claim], detail: str, corpus: Corpus | Mapping[str, Claim] | None = None,
    *, slots_checked: bool = False, headline: bool = False, typo: bool = False,
    timeless: bool = False,
) -> list[str]:
    """Why a conflict of ``detail`` between ``claims`` may be about different things (empty:
    the evidence is strong); ``corpus``: the run's claims (``Corpus``, or every claim by id),
    for the figures shares lean on and what the other figures of an article say;
    ``slots_checked``: the check that made the conflict (``reconcile.internal``) made sure the
    article names no second place, entity, whole or source for the quantity, so a slot one side
    leaves empty is the other's; ``headline``: the check that made it
    (``reconcile.headline``) found the one body figure that measures what the headline's does,
    so the two need not count it in the same words; ``typo``: the two values are one with two
    neighbouring digits swapped, which no count moving between two times of a day explains;
    ``timeless``: the two figures are a standing fact of one thing (``reconcile.standing``: a
    venue's capacity), which holds at no time of its own, so their periods tell them apart
    no more than their words do."""
    if len(claims) < 2:
        return []
    if detail in ALONE:
        return _kinds_apart(claims) if detail == "rate" else []
    if corpus is not None and not isinstance(corpus, Corpus):
        corpus = Corpus(corpus)
    if detail in PAIRWISE:
        return _pair_apart(claims, corpus, slots_checked=slots_checked, headline=headline,
                           typo=typo, timeless=timeless)
    return _check_apart(claims, detail, corpus)


def _pair_apart(
    claims: Sequence[Claim], corpus: Corpus | None, *, slots_checked: bool, headline: bool,
    typo: bool = False, timeless: bool = False,
) -> list[str]:
    """``weak_points`` of figures compared two by two: what the text says of each side."""
    several = len({c.article for c in claims}) > 1
    one_sentence = _one_sentence(claims)
    placed = _sentence_placed(claims, corpus)
    # "1,28 million de manifestants selon l'Intérieur, 2,4 millions selon la CGT": one
    # article setting two sources' figures side by side reports their disagreement (Q7)
    contrast = not several and sources_side_by_side(claims)
    said = _read_apart(claims, placed, corpus, one_sentence=one_sentence, several=several,
                       contrast=contrast, slots_checked=slots_checked,
                       headline=headline or timeless)
    if not timeless:
        said += _counted_differently(claims, corpus, several=several, typo=typo,
                                     headline=headline)
    said += _placed_apart(claims, placed, corpus, several=several, contrast=contrast)
    return said


def _read_apart(
    claims: Sequence[Claim], placed: Sequence[Claim], corpus: Corpus | None, *,
    one_sentence: bool, several: bool, contrast: bool, slots_checked: bool, headline: bool,
) -> list[str]:
    """How the text sets the two figures down: as a list in one sentence, in slots that
    differ, as one article's two quantities, with one side's verb elided, or with a part
    unread. Said first: they explain the pair before any difference of time or kind."""
    said: list[str] = []
    if one_sentence and not sources_differ(claims):
        said.append("figures of one sentence that no two sources give: read as a list "
                    "of different things, not a contradiction")
    said += slots_apart(placed, one_sentence, one_sided=not slots_checked,
                         told=corpus.tells if corpus is not None else None)
    if (not several and not one_sentence and not headline and not contrast
            and not same_quantity(claims)):
        said.append("two figures of one article that do not count the same thing in the "
                    "same words: not read as the article contradicting itself")
    # "Y according to B" elides X's verb; a headline's verb ("24 véhicules impliqués") is
    # its own shorthand for the one body figure the headline check found answering it
    said += [] if contrast or headline else event_one_sided(claims)
    return said + _part_unread(claims, corpus)


def _articles_apart(claims: Sequence[Claim], corpus: Corpus | None) -> list[str]:
    """What may set two articles' figures apart: no period stated on either side, no story
    told in common, an owner neither names, a reading its own article says was revised."""
    said: list[str] = []
    if not any(_dated(c) for c in claims):
        said.append("figures of two articles that state no period: not known to be about "
                    "the same time")
    if corpus is not None and not corpus.one_story(claims):
        said.append("figures of articles that share no name and no uncommon figure: not "
                    "known to tell the same story")
    if _owner_unnamed(claims):
        said.append("figures of two articles of what a company or body owns (its revenue, "
                    "profit or share price) that name no owner: not known to be of one company")
    if _only_superseded_gives(claims):
        said.append("an earlier figure its own article says was since revised: a reading "
                    "at another time, not known to be wrong")
    return said


def _counted_differently(
    claims: Sequence[Claim], corpus: Corpus | None, *, several: bool, typo: bool,
    headline: bool = False,
) -> list[str]:
    """When and what the figures count: no period stated, periods or bases apart, kinds of
    the quantity, an undated figure beside a dated one. ``headline``: a headline's figure and
    the body's one answer to it, which the headline check found; a headline states no time of
    day of its own, it restates the body's reading ("climb to 47" over "Texas executed a man
    on Wednesday evening, bringing the number ... to 44")."""
    said = _articles_apart(claims, corpus) if several else []
    said += [] if typo else times_apart(claims, untimed_agree=headline)
    said += bases_apart(claims)
    said += [
        f"they count different kinds of it ({' / '.join(kinds)}, by {dimension}): two "
        "quantities that may both be right"
        for dimension, kinds in kinds_apart(claims)
    ]
    return said + undated_beside_dated(claims, corpus)


def _only_superseded_gives(claims: Sequence[Claim]) -> bool:
    """A value only an earlier, since revised figure gives ("had put the toll at 12"), no
    figure stated as current ("On Tuesday, the coast guard had put the toll at 23" beside the
    wire's own 23 on Tuesday is the same reading)."""
    stated = {c.value for c in claims if c.modality is not Modality.superseded}
    return any(c.modality is Modality.superseded and c.value not in stated for c in claims)


def _placed_apart(
    claims: Sequence[Claim], placed: Sequence[Claim], corpus: Corpus | None, *,
    several: bool, contrast: bool,
) -> list[str]:
    """Where the figures are and what they measure: places, a value another article gives,
    destinations, a change against a level. Said last, after what the text and the counts
    say."""
    said: list[str] = []
    if several:
        said += _places_apart(placed, corpus)
    elif not contrast:
        said += national_beside_unplaced(placed)
    said += value_given_elsewhere(claims, corpus) if several else []
    said += destinations_apart(claims)
    said += subareas_apart(claims) + unowned_vote_shares(claims)
    # the sides of "from 80.1% to 76.4%" carry the change's direction, and are levels
    if len({c.direction is not None and c.role is Role.value for c in claims}) > 1:
        said.append("a change ('rose by', 'fell by') against a level: an amount of change "
                    "is not the quantity itself")
    return said


def sources_side_by_side(claims: Sequence[Claim]) -> bool:
    """A sentence of the article gives both sides' figures, each from its own named source
    ("1,28 million de manifestants selon l'Intérieur, 2,4 millions selon la CGT"; "police put
    the crowd at 74,000, the CGT at 350,000"): the article reports two sources disagreeing
    on one quantity, not two quantities, nor itself contradicting itself."""
    by_sentence: dict[tuple[str, int, str], list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault((claim.article, claim.line, claim.sentence), []).append(claim)
    return any(
        len({side_of(c) for c in found}) > 1 and sources_differ(found)
        for found in by_sentence.values()
    )


def _sentence_placed(claims: Sequence[Claim], corpus: Corpus | None) -> list[Claim]:
    """The figures with the place their sentence states before them, when the frame read it
    for another figure of the sentence only ("Passengers at Gimhae airport rose 4.2 percent
    to 1.31 million": both figures are Gimhae's)."""
    if corpus is None:
        return list(claims)
    out = []
    for claim in claims:
        governs = corpus.sentence_place(claim)
        if governs is None or claim.frame is None or governs.frame is None:
            out.append(claim)
            continue
        frame = type(claim.frame).model_construct(
            **{**dict(claim.frame), "place": governs.frame.place})
        out.append(type(claim).model_construct(
            **{**dict(claim), "place": governs.place, "frame": frame}))
    return out


def _one_sentence(claims: Sequence[Claim]) -> bool:
    return len({(c.article, c.sentence) for c in claims}) == 1


def _places_apart(claims: Sequence[Claim], corpus: Corpus | None) -> list[str]:
    """Figures of several articles: a place one article gives its own figure, or a local
    article's own figures against a national one."""
    return place_given_apart(claims, corpus) + local_beside_national(claims, corpus)


def _check_apart(claims: Sequence[Claim], detail: str, corpus: Corpus | None) -> list[str]:
    """``weak_points`` of a structural check (parts, sub-period, aggregate...)."""
    if detail == "parts":
        return _wholes_apart(claims)
    said: list[str] = []
    if detail in ("sub_period", "aggregate"):
        said += _counted_apart(claims)
    # within one article too: "Sur la même période, 9 personnes ont été tuées dans
    # l'agglomération de Lorient" is a part of the article's 44 by place, not by period
    said += slots_apart(_levels_of(claims, detail), _one_sentence(claims))
    if len({c.article for c in claims}) > 1 and not (
        named_alike(claims) or _one_bulletin(claims, detail, corpus)
    ):
        said.append("articles that name no common place or entity: not read as one counter")
    return said


def _levels_of(claims: Sequence[Claim], detail: str) -> Sequence[Claim]:
    """The figures whose slots must agree: for a stated change, its two levels, not the change
    itself ("5 310 arrivées ..., contre 4 020 ..., soit une hausse de 38 %": what the 38 %
    is read as a share of says nothing of the two levels it compares), nor an amount of change
    ("a augmenté de 1 350 pour atteindre 14 300, contre 12 950")."""
    if detail != STATED_CHANGE:
        return claims
    return [c for c in claims if not is_change(c) and c.direction is None]


def _one_bulletin(claims: Sequence[Claim], detail: str, corpus: Corpus | None) -> bool:
    """A running count's readings in articles that name no place nor entity for it are one
    counter when every article gives it from one named source, and the articles tell one
    story: a disaster agency's tally of damage "as of 6 p.m. Thursday" in one report and "as
    of 6 a.m. Friday" in the next are two readings of that agency's counter, wherever it
    counts (the counter check made sure no side names a place the other leaves open)."""
    if detail != CUMULATIVE_DECREASE or corpus is None:
        return False
    if any(c.place or c.entity for c in claims):  # a place on one side only stays unsure
        return False
    return one_named_source(claims) and corpus.one_story(claims)


def _wholes_apart(claims: Sequence[Claim]) -> list[str]:
    """Parts of one population must name one whole: shares of different wholes do not add."""
    wholes = [slot_key(c, "whole") for c in claims]
    if not all(wholes) or any(a.isdisjoint(b) for a in wholes for b in wholes):
        return ["shares that do not all name one whole: not read as parts of one population"]
    return []


def _counted_apart(claims: Sequence[Claim]) -> list[str]:
    """A period or an aggregate against its parts is one counter only when the figures count
    the same thing in so many words, or in words that read as the same concepts and nothing
    more ("48 tués" and "44 morts", both the concept of dying): "312 votes" (a margin) and
    "180 ballots with signature problems" share a concept and are two counters."""
    texts = sorted({fold(c.counted or "") for c in claims})
    if len(texts) > 1 and any(
        fuzz.token_set_ratio(a, b, processor=default_process) < SAME_WORDS
        for a in texts for b in texts
    ) and not _one_concept(claims):
        return [f"they count {' / '.join(repr(t) for t in texts)}: not read as one counter"]
    return []


def _one_concept(claims: Sequence[Claim]) -> bool:
    """Every figure counts the same concepts and nothing more, one of them not generic, and
    names the same event, one that is only ever added to (the table's ``[cumulative]``): "48
    tués" and "44 morts" count deaths, and so do "44 personnes ont perdu la vie" (people in
    general, named by what happened to them); "personnes" and "participants" alone count
    people in general, and a margin ("failed by 312 votes") is not a tally of "180 ballots ...
    set aside")."""
    events = {slot_key(c, "event") for c in claims}
    if len(events) != 1:
        return False
    event = next(iter(events))
    generic = generic_ids() if event else frozenset()
    keys = {(slot_key(c, "counted") - generic) or event for c in claims}
    if len(keys) != 1:
        return False
    return _a_cumulative_event(event) and _a_specific_concept(next(iter(keys)))


def _a_cumulative_event(event: frozenset[str]) -> bool:
    """The event names a concept only ever added to (the table's ``[cumulative]``): a tally
    of it grows, so two tallies of it are one counter."""
    cumulative, _ = Lexicon.default_cumulative()
    return any(w.startswith("#") and w[1:] in cumulative for w in event)


def _a_specific_concept(counted: frozenset[str]) -> bool:
    """What is counted names a concept that is not generic ("personnes", "participants"
    count people in general)."""
    return any(w.startswith("#") and w not in generic_ids() for w in counted)


def _owner_unnamed(claims: Sequence[Claim]) -> bool:
    """Every figure counts what a company or body owns (the table's ``[owned]``: revenue,
    profit, a share price), none names whose it is, by entity or place, and all are in one
    language: "순이익은 4조9천810억 원" in one company's results and "당기순이익이 1조1천380억
    원" in another's. One language's results copy covers many companies each quarter, and
    Korean copy names the company as the topic, which no entity slot reads; a foreign wire
    giving the same quarter's figure of the same kind is most often on the same filing, so a
    pair across languages keeps its conflict (a mistyped figure in a translation)."""
    return len({c.language for c in claims}) == 1 and all(
        not (c.entity or c.place) and not slot_key(c, "counted").isdisjoint(owned_ids())
        for c in claims
    )


def _dated(claim: Claim) -> bool:
    period = claim.period
    return period is not None and period.resolution not in ("publication", "unresolved") and (
        period.start is not None or period.end is not None)


def _kinds_apart(claims: Sequence[Claim]) -> list[str]:
    """A rate and its total in two kinds of unit (a sum of money a month, a count of soles)."""
    kinds = {unit_kind(split_rate(c.unit)[0]) for c in claims}
    return ["a rate and a total of different kinds of unit"] if len(kinds) > 1 else []


def _part_unread(claims: Sequence[Claim], corpus: Corpus | None = None) -> list[str]:
    """A breakdown or share whose part was not read: what it counts is its whole ("Of those,
    870,000 had card details taken": customers of customers; "about a quarter of the dead"
    and "87 % des décès": which of the dead is not read), or it leans on a count that is one
    ("118 of the deaths, or 82.5 %")."""
    for claim in claims:
        if slot_key(claim, "whole"):
            if _counts_its_whole(claim):
                return [f"what part of '{claim.whole}' \"{claim.surface}\" counts is not read"]
            continue
        if _share_part_unread(claim, corpus):
            return [f"\"{claim.surface}\" is a share of {claim.counted or 'a whole'}; "
                    "what part of it is not read"]
    return []


def _counts_its_whole(claim: Claim) -> bool:
    """What a breakdown counts is within its whole: the part itself was not read."""
    counted = slot_key(claim, "counted")
    return bool(counted) and counted <= slot_key(claim, "whole")


def _share_part_unread(claim: Claim, corpus: Corpus | None) -> bool:
    """A figure with no whole read, followed by its whole, or leaning on one that is: a share
    whose part is not read, unless its event names the part ("34 % des conducteurs étaient en
    grève": the part is who went on strike)."""
    event = slot_key(claim, "event")  # what is counted is read only when needed: a lemma each
    if event and not event <= slot_key(claim, "counted"):
        return False
    leans = corpus.get(claim.antecedent) if corpus is not None else None
    return any(c is not None and _share_of_follows(c) for c in (claim, leans))


def _share_of_follows(claim: Claim) -> bool:
    """The figure is followed by its whole ("of the dead", "des décès"): a share of it, or a
    part ("118 of the deaths"), whose own part the frame did not read."""
    if claim.unit not in ("percent", "count"):
        return False
    at = claim.sentence.find(claim.surface)
    if at < 0:
        return False
    try:
        table = load_table(claim.language).extraction
    except ValueError:
        return False
    if claim.unit == "count" and _ends_with_scale(claim):
        return False  # "1,28 million de manifestants": the scale's noun, not a share of it
    tokens = tokens_in(claim.sentence, at + len(claim.surface), at + len(claim.surface) + 40)
    return bool(tokens) and tokens[0].lower() in table.determiners_set and (
        claim.unit == "percent" or tokens[0].lower() not in table.stop_words_set
        or len(tokens) > 1
    )


def _ends_with_scale(claim: Claim) -> bool:
    """The figure as written ends with a scale word ("1,28 million", "2.4 millions")."""
    words = claim.surface.split()
    try:
        scales = load_number_table(claim.language).scales
    except (ValueError, KeyError):  # a language with no [numbers] table (Korean counters)
        return False
    return len(words) > 1 and words[-1].casefold() in scales
