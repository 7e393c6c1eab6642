"""Which named thing a Korean figure measures, when its article tells several apart: "세라노 산불은
... 진화율 22%", "벨몬트 산불로 인한 사망자 4명".

Korean disaster copy follows two or three fires (storms, blazes) at once, each named by a name
and a head noun ("세라노 산불", "벨몬트 파이어"), and gives each one's containment, area and
toll in turn. The name stands as the sentence's topic ("세라노 산불은"), as what the toll is from
("세라노 산불로 인한 사망자"), or as "X 역시" / "X도" ("also X"); the sentence after it often
names it no more ("진화율은 어제 아침 23%"). Read without it, two fires' containment the same
morning is one rate told twice, and conflicts. So, in an article that names two different
things of one of the table's ``entity_heads`` or more:

* a figure takes the named thing its sentence names last before it;
* a figure whose sentence names none takes the one thing the sentence before names;
* two things named together ("세라노 산불과 벨몬트 산불로 인한 사망자 7명", "세라노와 벨몬트
  산불") are the figure's sum: it takes neither, nor do the sentences after them.

An article that names one such thing only needs no name to tell its figures apart, and its
figures are left as they were read: an entity only ever keeps two figures from meeting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.counter_table import CounterContext
from claims.lexicon import Lexicon
from claims.models import Claim, Slot
from claims.sentences import Sentence


@dataclass(frozen=True)
class _Named:
    """One named thing in a sentence: where its phrase ends, its name ("" for a thing of the
    kind named by no name: "야산 산불"), and whether it is named together with another."""

    end: int
    name: str
    together: bool


def name_the_things(claims: Sequence[Claim], sentences: Sequence[Sentence],
                    ctx: CounterContext) -> None:
    """Set the entity of each claim of one article whose frame names none (module rules)."""
    if not ctx.entity_heads or not claims:
        return
    found = _named_in(sentences, ctx)
    if len({n.name for named in found for n in named if n.name}) < 2:
        return
    at = {s.start: k for k, s in enumerate(sentences)}
    for claim in claims:
        k = at.get(claim.sentence_start) if claim.sentence_start is not None else None
        if k is None or claim.frame is None or claim.frame.entity is not None:
            continue
        name = _its_name(found, k, claim.start - sentences[k].start)
        if name:
            _set_entity(claim, name)


def _its_name(found: list[list[_Named]], k: int, offset: int) -> str | None:
    """The name a figure at ``offset`` in sentence ``k`` takes, or None."""
    before = [n for n in found[k] if n.end <= offset]
    if before:
        last = before[-1]
        return None if last.together else last.name or None
    if found[k] or k == 0:
        return None
    previous = found[k - 1]
    names = {n.name for n in previous}
    if len(names) == 1 and "" not in names and not any(n.together for n in previous):
        return next(iter(names))
    return None


def _named_in(sentences: Sequence[Sentence], ctx: CounterContext) -> list[list[_Named]]:
    """The named things of each sentence, in text order."""
    pattern = _pattern(tuple(ctx.entity_heads))
    joins = tuple(ctx.entity_joins)
    # nor a word that dates or places a figure ("6시 기준 산불로": the table's not_counted)
    not_names = frozenset(ctx.entity_not_names) | ctx.not_counted_set
    not_endings = tuple(ctx.entity_not_endings)
    out: list[list[_Named]] = []
    for s in sentences:
        named: list[_Named] = []
        for m in pattern.finditer(s.text):
            name, head, tail = m.group(1), m.group(2), m.group(3)
            if name in not_names or name.endswith(not_endings):
                # "야산 산불은", "발생한 산불": a thing of the kind, named by no name
                named.append(_Named(m.end(), "", together=False))
                continue
            # "세라노 산불과 벨몬트 산불", "세라노와 벨몬트 산불": two named as one
            before = s.text[: m.start()].split()
            joined = bool(before) and before[-1].endswith(joins) and not _has_digit(before[-1])
            together = joined or tail.startswith(joins)
            named.append(_Named(m.end(), f"{name} {head}", together))
        out.append(named)
    return out


def _has_digit(word: str) -> bool:
    """ "사망자 8명과": a figure's word, not a name joined to the next."""
    return any(ch.isdigit() for ch in word)


def _pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    """A name word, then a head noun and what ends its word ("벨몬트 산불로")."""
    alternation = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<!\S)([^\s\d,.()]+)\s+({alternation})(\S*)")


def _set_entity(claim: Claim, name: str) -> None:
    """The claim's frame and entity column name ``name``."""
    assert claim.frame is not None
    found = Lexicon.shipped().normalise(name, claim.language)
    concepts = tuple(dict.fromkeys(w[1:] for w in found if w.startswith("#")))
    slot = Slot(text=name, lemmas=tuple(name.split()), concepts=concepts)
    claim.frame = claim.frame.model_copy(update={"entity": slot})
    claim.entity = name
