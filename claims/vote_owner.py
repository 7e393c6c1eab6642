"""Whose a share of the vote is, in Korean results copy: the candidate or the party its own
stretch of the sentence names.

Results copy names every candidate in turn, each as the topic, subject or genitive of the
stretch that holds the figure: "정민수 후보는 1,388만 2,100표, 득표율 40.02%를 기록했다",
"박지훈 당선인의 최종 득표율은 50.12%다", "더불어민주당이 158석을 확보했다".
Without the name two candidates' shares of one vote day met as one quantity and "conflicted"
("최종 득표율" 50.12 % against 2.41 %). The name is the figure's ``entity``: the first proper
noun of the last noun run before the figure, after the figure before it in the sentence, that
a topic, subject or genitive particle closes ("정민수 후보는": "정민수"). A stretch with no such
run goes on with the figure before it ("1,388만 2,100표, 득표율 40.02%": the same candidate's);
one whose subject is no name ("국민의힘은", read as common nouns) has none, rather than the
name of the sentence's first candidate, and so has one a verb after it gives to a name after
it ("33.21%를 득표한 최 후보와"). A place is no owner ("서울에서의"); of a party and a person
("더불어민주당 한지수 당선인") the person is.
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.counted_places import PlaceSpan
from claims.counter_table import CounterContext
from claims.models import Claim
from claims.tokenizers import Morpheme, Part

_PROPER = "NNP"
_AFTER = 8  # "33.21%를 득표한 최 후보": the object's particle, the verb, its adnominal ending


def vote_owner(start: int, morphs: Sequence[Morpheme], before: Sequence[Claim],
               ctx: CounterContext, places: Sequence[PlaceSpan]) -> str | None:
    """The candidate or party that took the figure starting at ``start`` (offsets in the
    sentence); ``before``: the claims of the figures before it in the sentence."""
    last = before[-1] if before else None
    lo = _after_the_figure_before(last)
    run = _closed_run([m for m in morphs if lo <= m.start and m.end <= start], ctx)
    named = None if run is None else _the_name(run, ctx, places)
    if named is None and _modifies_a_noun_after(morphs, start, ctx):
        return _named_after(morphs, start, ctx, places)  # "33.21%를 득표한 최 후보"
    if run is None:
        return last.entity if last is not None else None
    return named


def _after_the_figure_before(last: Claim | None) -> int:
    """Where the figure's own stretch of the sentence begins: after the figure before it in
    the sentence ("1,388만 2,100표, 득표율 40.02%": the 40.02%'s begins after the votes)."""
    if last is None or last.sentence_start is None:
        return 0
    return last.end - last.sentence_start


def _the_name(run: Sequence[Morpheme], ctx: CounterContext,
              places: Sequence[PlaceSpan]) -> str | None:
    """The first proper noun of the run that is no place; of a party and a person, the person
    ("더불어민주당 한지수 당선인", "최은영 정의당 후보")."""
    names = [m for m in run if m.tag == _PROPER
             and not any(p.start <= m.start and m.end <= p.end for p in places)]
    person = [m for m in names if not m.form.endswith(tuple(ctx.party_endings))]
    return (person or names)[0].form if names else None


def _named_after(morphs: Sequence[Morpheme], start: int, ctx: CounterContext,
                 places: Sequence[PlaceSpan]) -> str | None:
    """The name the figure's verb modifies, in the noun run right after its adnominal ending
    ("19.42%를 얻은 이수진 후보였고": "이수진"); None when no name opens that run."""
    after = [m for m in morphs if m.start >= start][:_AFTER]
    ending = next((n for n, m in enumerate(after) if m.tag in ctx.adnominal_tags), None)
    if ending is None:
        return None
    run: list[Morpheme] = []
    for m in [m for m in morphs if m.start >= start][ending + 1:]:
        if not m.tag.startswith("NN"):
            break
        run.append(m)
    return _the_name(run, ctx, places) if run else None


def _modifies_a_noun_after(morphs: Sequence[Morpheme], start: int,
                           ctx: CounterContext) -> bool:
    """The figure is the object of a verb that modifies a name after it ("33.21%를 득표한 최
    후보와"): an adnominal ending in the few morphemes after it, before any comma."""
    after = [m for m in morphs if m.start >= start][:_AFTER]
    for m in after:
        if m.form == ",":
            return False
        if m.tag in ctx.adnominal_tags:
            return True
    return False


def _closed_run(morphs: Sequence[Morpheme], ctx: CounterContext) -> list[Morpheme] | None:
    """The last run of nouns a topic, subject or genitive particle closes ("정민수 후보는")."""
    found: list[Morpheme] | None = None
    run: list[Morpheme] = []
    for m in morphs:
        if m.tag.startswith("NN"):
            run.append(m)
            continue
        if run and m.part is Part.particle and m.form in ctx.vote_owner_particles:
            found = run
        run = []
    return found
