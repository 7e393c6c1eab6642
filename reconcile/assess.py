"""How far to trust each finding: what it assumed, a confidence, and what kind of conflict.

A verdict is only as good as the reading behind it. Each finding lists what it took for granted
("states no period; read as of its publication", "same quantity by similarity 0.71", "place
inherited from the article") and its ``confidence`` falls with each assumption, so a reader (and
``gate --min-confidence``) can act on the findings the tool is sure of first. A conflict says
what kind it is: two named sources disagreeing (``sources_differ``), an article contradicting
itself (``internal``), or plain ``values``. A conflict whose figures the text may tell apart
(``reconcile.evidence``) keeps a confidence under the default ``--min-confidence``. Two figures
of one named source a little apart, for the same period, are a ``revision``, not a
discrepancy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from claims.lexicon import Lexicon, fold
from claims.models import Claim, Modality
from reconcile.compare import RawFinding, cite
from reconcile.evidence import WEAK_CAP, Corpus, sources_differ, weak_points
from reconcile.evidence_slots import counting_verb, entity_is_its_source, side_of
from reconcile.headline import HEADLINE_ID
from reconcile.internal import TYPO
from reconcile.models import Finding, Group, Verdict
from reconcile.share_precision import shares_beyond_rounding
from reconcile.slim import INHERITABLE, SlimClaim
from reconcile.standing import STANDING
from reconcile.stock_day import STOCK_ON_DAY
from reconcile.structural.counter import NO_START
from reconcile.value_verdict import beyond_precision, transposed

_FIELDS = frozenset(Finding.model_fields)

# What each assumption costs: the confidence is the product of the factors that apply.
NO_PERIOD = 0.85  # a figure that states no period, read as of its article's publication
INHERITED = 0.95  # a frame slot taken from the figure referred to
FROM_ARTICLE = 0.9  # a place taken from the article's lead, not the figure's sentence
ONE_SIDED = 0.8  # a slot (event, place, whole, entity) only one side names
HEDGED = 0.85  # "pourrait atteindre", "des centaines": the writer is not sure either
GENERIC = 0.7  # figures that count people in general, not all said to do the same thing
SIMILARITY_FLOOR = 0.4  # confidence at similarity 0; 1.0 at similarity 1
SURE = 0.9  # memberships at or above this similarity are not worth a word
STOCK_ON_DAY_COST = 0.85  # a stock counted on a day read as its level as of the day
NO_START_COST = 0.8  # a running count's start read as 1 January when it states none
NO_PERIOD_NOTE = "states no period; read as of its article's publication"
REVISION_GAP = 0.01  # a revised figure moves by a little: 52 310 -> 52 327
MIN_CONFIDENCE = 0.5  # the gate's default: conflicts below it are warnings, not failures
CONFLICT_DETAILS = ("values", "sources_differ", "internal")
FRAME_SLOTS = INHERITABLE
# Details of structural checks whose figures the text links (antecedents), not grouping.
LINKED_DETAILS = ("share_of_total", "stated_change", "breakdown")
# Details of findings that compare figures two by two (not structural checks).
PAIRWISE_DETAILS = ("", "identical", "rounding", "bounds", "values")


Notes = dict[str, tuple[list[str], float]]  # each claim's own assumptions, by claim id
# A raw finding (``compare.RawFinding``) judged: what it assumed, and its confidence.
Judged = tuple[str, Verdict, str, list[str], str, list[str], float]


def judge(
    raw: Iterable[RawFinding], known: Mapping[str, SlimClaim], notes: Notes
) -> list[Judged]:
    """A group's raw findings judged where the group was visited (``known``: the claims they
    may name, by id): all that ``assess`` does but the weak points of a conflict, which read
    the whole corpus (``weaken``, in the process that holds it)."""
    out: list[Judged] = []
    for suffix, verdict, detail, ids, text in raw:
        values = {"verdict": verdict, "detail": detail, "explanation": text}
        _judge(values, [known[i] for i in ids if i in known], notes)
        out.append((suffix, values["verdict"], values["detail"], ids, values["explanation"],
                    values["assumptions"], values["confidence"]))
    return out


def assess(
    findings: Iterable[Finding], claims: Sequence[Claim], groups: Sequence[Group],
    *, judged: Iterable[Finding] = (), corpus: Corpus | None = None,
) -> list[Finding]:
    """The findings with their confidence, assumptions and conflict detail set, here: each
    finding is updated where it is (copies of a million findings held 0.4 GB more at the peak
    of a run), and the list of them returned. ``judged``: findings judged already where their
    group was visited (``judge``), listed first; only their weak points are read here.
    ``corpus``: the run's (``Corpus`` of ``claims``), when the caller reads weak points
    elsewhere too."""
    by_id = {c.id: c for c in claims} if corpus is None else corpus.by_id
    notes: Notes = {}
    out = list(judged)
    for finding in findings:
        named = [SlimClaim.of(by_id[i]) for i in finding.claim_ids if i in by_id]
        _judge(finding.__dict__, named, notes)  # built trusted by the pipeline: its own dict
        out.append(finding)
    weaken(out, by_id, corpus)
    return out


def _judge(values: dict, named: Sequence[SlimClaim], notes: Notes) -> None:
    """A finding's verdict read again (a revision, a planned change), its conflict detail, what
    it assumed and its confidence, set in ``values`` (a finding's field dict)."""
    shares_beyond_rounding(values, named)  # before a revision: no share is revised silently
    _revision(values, named)
    _superseded(values, named)
    _planned(values, named)
    if values["verdict"] is Verdict.conflict and values["detail"] in ("", "values"):
        values["detail"] = conflict_detail(named)
    # the standing check read both figures as one venue's capacity: how alike their phrases
    # are ("capacity", "room for ... spectators") says nothing more
    linked = values["detail"] in LINKED_DETAILS or STANDING in values.get("id", "")
    # the headline check made sure no slot of the body's figure contradicts the headline's:
    # one the terse headline leaves unsaid ("25 cas" over "l'ARS recensait 27 cas") is none
    terse = values.get("group_id") is None and HEADLINE_ID in values.get("id", "")
    values["assumptions"], values["confidence"] = assumptions(
        named, notes, linked=linked, terse=terse)
    _beyond_precision(values, named)
    if NO_START in values["explanation"]:  # a counter's start taken from the others
        values["assumptions"] = [*values["assumptions"], NO_START]
        values["confidence"] = round(values["confidence"] * NO_START_COST, 2)
    if STOCK_ON_DAY in values["explanation"]:  # a day's count read as the day's level
        values["assumptions"] = [*values["assumptions"], STOCK_ON_DAY]
        values["confidence"] = round(values["confidence"] * STOCK_ON_DAY_COST, 2)


def weaken(
    findings: Iterable[Finding], by_id: Mapping[str, Claim], corpus: Corpus | None = None
) -> None:
    """Each conflict whose figures the text may tell apart (``evidence.weak_points``, which
    reads every claim of the corpus: ``by_id``) says why, and keeps a confidence under
    ``WEAK_CAP``; updated in place. ``corpus``: the run's ``Corpus`` of ``by_id``, for a
    caller that weakens its findings a few at a time (what is read of an article is read
    once per run)."""
    if corpus is None:
        corpus = Corpus(by_id)
    for finding in findings:
        values = finding.__dict__
        if values["verdict"] is not Verdict.conflict:
            continue
        weak = _why_weak(values, by_id, corpus)
        if weak:
            values["assumptions"] = [
                *values["assumptions"], *(f"not a sure conflict: {w}" for w in weak)
            ]
            values["confidence"] = min(values["confidence"], WEAK_CAP)


def _why_weak(values: dict, by_id: Mapping[str, Claim], corpus: Corpus) -> list[str]:
    """What the text says of a conflict's figures that may tell them apart, told which check
    made the conflict: a check that found its own evidence that the figures are one vouches
    for them."""
    named = [by_id[i] for i in values["claim_ids"] if i in by_id]
    # an internal conflict made outside any group is reconcile.internal's check
    checked = values["group_id"] is None and values["detail"] == "internal"
    # the headline check and the typo check each found their evidence that the two
    # figures are one: the body's one figure, or two digits swapped
    vouched = checked and (HEADLINE_ID in values["id"] or TYPO in values["id"])
    typo = len(named) == 2 and transposed(*named)  # one figure, mistyped: not moved
    if values["detail"] == "internal":  # compared in a group
        vouched = vouched or typo
    # the standing check read two capacities of one venue, which hold at no time of their own
    timeless = checked and STANDING in values["id"]
    return weak_points(named, values["detail"], corpus, slots_checked=checked,
                       headline=vouched, typo=typo, timeless=timeless)


def conflict_detail(claims: Sequence[SlimClaim]) -> str:
    """``sources_differ`` when each figure has a named source and they are not all the same
    one (in one article too: "350 selon la CGT, 210 selon la direction" is a report of two
    sources, not the article contradicting itself), ``internal`` when one article holds every
    figure, else ``values``."""
    if sources_differ(claims):
        return "sources_differ"
    if len({c.article for c in claims}) == 1:
        return "internal"
    return "values"


def _revision(finding: dict, claims: Sequence[SlimClaim]) -> None:
    """Two figures a little apart from one named source for one period: a revision."""
    if finding["verdict"] is not Verdict.minor_discrepancy or len(claims) < 2:
        return
    if not _one_named_source(claims) or not _values_close(claims):
        return
    finding["verdict"] = Verdict.consistent
    finding["detail"] = "revision"
    finding["explanation"] += (
        f" Both come from {claims[0].source or claims[0].actor}: read as a revised figure."
    )


def _beyond_precision(values: dict, claims: Sequence[SlimClaim]) -> None:
    """A minor discrepancy between two rounded figures that miss by many of their printed
    steps (``value_verdict.beyond_precision``) is a conflict, when nothing but their periods
    was assumed to read them as one quantity (and owners named once for a whole article, on
    both sides): a slot named on one side only, or phrases read alike by similarity, may be
    two quantities of near values (two banks' quarterly profits)."""
    if values["verdict"] is not Verdict.minor_discrepancy or values["detail"] != "":
        return
    carried = _owners_carried(claims)
    if any(NO_PERIOD_NOTE not in note and note not in carried for note in values["assumptions"]):
        return
    steps = beyond_precision(claims)  # type: ignore[arg-type]
    if steps is None:
        return
    values["verdict"] = Verdict.conflict
    values["detail"] = conflict_detail(claims)
    values["explanation"] += (
        f" Both are rounded figures and they miss by {steps:.0f} steps of the coarser one: no "
        "rounding explains that, one of them is mistyped."
    )


def _one_named_source(claims: Sequence[SlimClaim]) -> bool:
    """Every figure names one source (or actor), the same: a source may revise its own figure."""
    sources = {fold(c.source or c.actor or "") for c in claims}
    return len(sources) == 1 and bool(next(iter(sources)))


def _values_close(claims: Sequence[SlimClaim]) -> bool:
    """Two figures or more, within ``REVISION_GAP`` of the largest: a revision moves a figure
    a little."""
    values = [c.value for c in claims if c.value]
    return len(values) >= 2 and (max(values) - min(values)) / max(values) <= REVISION_GAP


def _superseded(finding: dict, claims: Sequence[SlimClaim]) -> None:
    """An earlier figure the article itself says was revised ("up from a previous estimate of
    2,900", "avait d'abord annoncé 3 497") against its revised figure in that article: a
    revision, never a disagreement. Against another article's figure it stays what it is."""
    if not _revisable(finding):
        return
    earlier = [c for c in claims if c.modality is Modality.superseded]
    revised = [c for c in claims if c.modality is not Modality.superseded]
    if not earlier or not revised:
        return
    articles = {c.article for c in claims}
    if len(articles) != 1:
        return
    finding["verdict"] = Verdict.consistent
    finding["detail"] = "revision"
    finding["explanation"] = (
        f"{cite(earlier)} is an earlier figure that {cite(revised)} revises, as the article "
        "says: a revision, not a disagreement."
    )


def _planned(finding: dict, claims: Sequence[SlimClaim]) -> None:
    """A planned value ("will rise to ten years") against the value that holds now ("up to six
    years"): a change someone plans, never a conflict (DESIGN.md, Verdicts)."""
    if finding["detail"] not in PAIRWISE_DETAILS or finding["verdict"] not in (
        Verdict.conflict, Verdict.minor_discrepancy, Verdict.consistent
    ):
        return
    planned = [c for c in claims if c.modality is Modality.planned]
    current = [c for c in claims if c.modality is not Modality.planned]
    if not planned or not current:
        return
    finding["verdict"] = Verdict.change
    finding["detail"] = "planned"
    finding["explanation"] = (
        f"{cite(planned)} is a planned or expected value and {cite(current)} the value that "
        "holds now: a planned change, not a disagreement."
    )


def assumptions(
    claims: Sequence[SlimClaim], notes: Notes | None = None,
    *, linked: bool = False, terse: bool = False,
) -> tuple[list[str], float]:
    """What a finding about ``claims`` assumed, and the confidence left after it (``notes``:
    each claim's own assumptions, kept across the findings that name it). ``linked``: the
    text itself ties the figures together (a share, its count and the total the count is a
    part of), so how alike their phrases are and which of them names the whole say nothing;
    ``terse``: a headline's figure, which names fewer slots than the body's it restates."""
    said, confidence = _own_notes(claims, {} if notes is None else notes, once=linked)
    if linked or len({(c.article, c.sentence) for c in claims}) == 1:
        return said, _bounded(confidence)  # one sentence reads as one
    for note, cost in (*_similarity_note(claims), *_generic_note(claims),
                       *(() if terse else _one_sided_notes(claims))):
        said.append(note)
        confidence *= cost
    return said, _bounded(confidence)


def _bounded(confidence: float) -> float:
    return round(max(0.05, min(1.0, confidence)), 2)


def _own_notes(
    claims: Sequence[SlimClaim], notes: Notes, *, once: bool = False
) -> tuple[list[str], float]:
    """Each claim's own assumptions (kept in ``notes`` by claim id), and their cost. ``once``:
    the text ties the figures together (a split, a share and its count, a change and its
    levels), so the period one sentence leaves unsaid is one assumption for all its figures,
    not one per figure: "the 67 seats ... shared as follows: 25, 19, 12, seven and four" read
    with no period costs what one undated figure does, not six times over."""
    said: list[str] = []
    confidence = 1.0
    undated: set[tuple[str, str]] = set()
    for claim in claims:
        own = notes.get(claim.id)
        if own is None:
            own = notes[claim.id] = _claim_notes(claim)
        said += own[0]
        confidence *= own[1]
        if once and _undated(claim):
            sentence = (claim.article, claim.sentence)
            if sentence in undated:
                confidence /= NO_PERIOD  # its sentence's missing period is counted already
            undated.add(sentence)
    return said, confidence


def _undated(claim: SlimClaim) -> bool:
    """The claim states no period: it is read as of its article's publication."""
    period = claim.period
    return period is None or period.resolution in ("publication", "unresolved")


Note = tuple[str, float]  # what was assumed, and the factor it costs the confidence


def _similarity_note(claims: Sequence[SlimClaim]) -> list[Note]:
    """How alike the phrases are, read from these claims alone (a membership's score depends
    on the other claims of its bucket, and a finding must not)."""
    if len(claims) < 2:
        return []
    score = _sides_alike(claims)
    if score >= SURE:
        return []
    return [(f"same quantity by similarity {score:.2f} of what they count",
             SIMILARITY_FLOOR + (1 - SIMILARITY_FLOOR) * score)]


def _generic_note(claims: Sequence[SlimClaim]) -> list[Note]:
    """Figures that all count people in general, not said to do one same thing."""
    if len(claims) < 2 or not all(_generic(c) for c in claims):
        return []
    events = {c.event_concepts[:1] for c in claims}
    if len(events) > 1 or () in events:
        return [("the figures count people in general, not all doing the same thing", GENERIC)]
    return []


def _one_sided_notes(claims: Sequence[SlimClaim]) -> list[Note]:
    """A frame slot one side names and the other leaves empty, read as the same; not an event
    that is only the source's verb of counting ("Bison Futé recensait"), nor an entity that is
    the source every side names (``evidence_slots.entity_is_its_source``): those name who
    counted, not what."""
    found = []
    body = entity_is_its_source(claims)
    for slot in FRAME_SLOTS:
        if slot == "entity" and body:
            continue
        stated = {_measured(c, slot) for c in claims}
        if None in stated and len(stated) > 1:
            value = min(v for v in stated if v)  # sorted: no hash order in the output
            found.append((f"{slot} named on one side only ('{value}'): read as the same",
                          ONE_SIDED))
    return found


def _measured(claim: SlimClaim, slot: str) -> str | None:
    """The slot's value as something the figure measures: None for an event that is only its
    source's verb of counting (``evidence_slots.counting_verb``)."""
    if slot == "event" and counting_verb(claim):
        return None
    return getattr(claim, slot)


SIDE_SAMPLE = 8  # figures of one side read for how alike the sides are


def _revisable(finding: dict) -> bool:
    """A pairwise finding that sets its figures apart (a conflict or a minor discrepancy):
    the only findings a revision can make consistent."""
    return finding["detail"] in PAIRWISE_DETAILS and finding["verdict"] in (
        Verdict.conflict, Verdict.minor_discrepancy
    )


def _sides_alike(claims: Sequence[SlimClaim]) -> float:
    """How alike what the figures count is, side by side: a side is the figures that give one
    value, and two sides are as alike as their closest pair. A headline's "toll at 32" and a
    body's "the death toll ... rose to 32" are one figure: a third article's "23" read with
    what it counts garbled does not make the body's "23" another quantity. Figures that all
    give one value (or one side each) are compared with the first, as before."""
    # a figure that names nothing it counts (no event, whole or entity either) was grouped on
    # the phrase of the figure it answers ("74,000 marchers, while the CGT said 350,000"; "up
    # from 5.78 million a year earlier": ``reconcile.group``): no words of its own to compare
    compared = _worded(claims)
    if compared is None:
        return 1.0
    claims = compared
    sides: dict[tuple, list[SlimClaim]] = {}
    for claim in claims:
        sides.setdefault(side_of(claim), []).append(claim)
    if len(sides) < 2 or all(len(side) == 1 for side in sides.values()):
        return _alike_to_first(claims)
    return _closest_sides([side[:SIDE_SAMPLE] for side in sides.values()])


def _worded(claims: Sequence[SlimClaim]) -> Sequence[SlimClaim] | None:
    """The figures to compare: all of them when each names what it counts, else those that
    do, or None when those hold fewer than two sides (nothing of their own sets them apart)."""
    worded = [c for c in claims if _names_what_it_counts(c)]
    if len(worded) == len(claims):
        return claims
    return worded if len({side_of(c) for c in worded}) >= 2 else None


def _names_what_it_counts(claim: SlimClaim) -> bool:
    """The figure has words of its own for what it counts: a counted phrase, an event, a
    whole or an entity."""
    return bool(claim.counted.strip() or claim.event or claim.whole or claim.entity)


def _claims_alike(a: SlimClaim, b: SlimClaim) -> float:
    """How alike what two figures count is, by words and concepts."""
    return _alike(a.counted, _concepts(a), b.counted, _concepts(b))


def _alike_to_first(claims: Sequence[SlimClaim]) -> float:
    """Figures of one side (or one each), compared with the first: the least alike pair."""
    first = claims[0]
    return min(_claims_alike(first, c) for c in claims[1:])


def _closest_sides(groups: Sequence[Sequence[SlimClaim]]) -> float:
    """Sides of figures, two sides as alike as their closest pair: the least alike two sides."""
    return min(
        max(_claims_alike(a, b) for a in one for b in two)
        for i, one in enumerate(groups) for two in groups[i + 1:]
    )


def _claim_notes(claim: SlimClaim) -> tuple[list[str], float]:
    """A claim's own assumptions (its period, hedges, inherited frame slots) and their cost."""
    said: list[str] = []
    confidence = 1.0
    quoted = f'"{claim.surface}"'
    if _undated(claim):
        said.append(f"{quoted} {NO_PERIOD_NOTE}")
        confidence *= NO_PERIOD
    if claim.hedge or claim.rough:
        said.append(f"{quoted} is hedged or vague")
        confidence *= HEDGED
    for slot, text, inherited in claim.inherited:
        said.append(_inherited_note(quoted, slot, text, inherited))
        confidence *= FROM_ARTICLE if inherited == "article" else INHERITED
    return said, confidence


def _inherited_note(quoted: str, slot: str, text: str, inherited: str) -> str:
    origin = "the article" if inherited == "article" else (
        "the figure it refers to" if inherited == "antecedent" else "the figure before it")
    return f"{quoted}: {slot} '{text}' inherited from {origin}"


def _owners_carried(claims: Sequence[SlimClaim]) -> set[str]:
    """The notes of owners each figure's article named once for all its figures ("Net profit
    came to 96 billion won, the company said"), when every figure names an owner: the
    company is named on both sides, so they are one company's figures."""
    if not all(c.entity for c in claims):
        return set()
    return {_inherited_note(f'"{c.surface}"', slot, text, inherited)
            for c in claims for slot, text, inherited in c.inherited
            if slot == "entity" and inherited == "article"}


def _concepts(claim: SlimClaim) -> tuple[str, ...]:
    return claim.counted_concepts


@lru_cache(maxsize=4096)  # pairs repeat within a group, seldom across groups
def _alike(a: str, ca: tuple[str, ...], b: str, cb: tuple[str, ...]) -> float:
    """Similarity of what two claims count, 0..1: their phrases, or their concepts, which read
    alike across languages ("people marched" / "personnes")."""
    if a == b:
        return 1.0
    score = fuzz.token_set_ratio(a, b, processor=default_process)
    if ca and cb:
        score = max(score, fuzz.token_set_ratio(" ".join(sorted(ca)), " ".join(sorted(cb))))
    return score / 100


def _generic(claim: SlimClaim) -> bool:
    """What the claim counts is only a generic concept ("personnes", "people")."""
    concepts = claim.counted_concepts
    if not concepts:
        return False
    generic = Lexicon.default_generic()
    return set(concepts) <= generic and len(claim.counted_lemmas) <= len(concepts)
