"""Which figure a figure breaks down (its antecedent): "dont 19 mineurs", "27 of whom",
"Of the 396 staff, 282", "Of them, 118 ...", "The suspects included 95".

A breakdown inherits what its antecedent measures (``claims.frame``); this module only finds
the antecedent, in the sentence or among the counts of the sentences before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.figure_model import Figure
from claims.frame_patterns import FramePatterns
from claims.frame_slots import words_of
from claims.models import Claim

if TYPE_CHECKING:
    from claims.frame import FrameState


def states_share_of(
    i: int, claims: list[Claim], figures: list[Figure], text: str, pat: FramePatterns
) -> bool:
    """ "282, or 71.2 percent": a percentage restating the count right before it."""
    if i == 0 or pat.stated_share is None or claims[i].unit != "percent":
        return False
    if claims[i - 1].unit != "count":
        return False
    return bool(pat.stated_share.match(text[figures[i - 1].end : figures[i].start]))


def antecedents(
    claims: list[Claim], figures: list[Figure], text: str, pat: FramePatterns, state: FrameState
) -> list[Claim | None]:
    """The figure each claim breaks down, if any: in the sentence ("dont 19", "27 of whom",
    "Of the 396 staff, 282"), or before it ("Of them, 118 ...", "The suspects included 95")."""
    reading = _Sentence(claims, figures, text, pat, state)
    whole_stated: Claim | None = None
    for i, (claim, f) in enumerate(zip(claims, figures, strict=True)):
        if not _may_break_down(i, claims, figures, text, pat):
            continue
        if _states_a_population(claim, f, text, pat):
            whole_stated = claim  # "Of the 396 staff": later figures are parts of it
            continue
        found = reading.marked(i, whole_stated) or reading.whole_after(i)
        reading.out[i] = None if found is claim else found
    return reading.out


def _may_break_down(
    i: int, claims: list[Claim], figures: list[Figure], text: str, pat: FramePatterns
) -> bool:
    """Claim ``i`` is a count or share stated as a value, neither a conversion nor a share
    restating the count before it: the kind of figure that may be part of another."""
    claim = claims[i]
    if claim.unit not in ("count", "percent") or claim.role.value != "value":
        return False
    return not figures[i].parenthetical and not states_share_of(i, claims, figures, text, pat)


def _states_a_population(claim: Claim, f: Figure, text: str, pat: FramePatterns) -> bool:
    """ "Of the 396 staff": a count after a population phrase, the whole of later figures.
    Not a noun's measure ("La tour de douze étages ... comptait 96 logements": the flats
    are no part of the storeys; "a crowd of 5,000")."""
    if claim.unit != "count" or pat.population is None:
        return False
    found = pat.population.search(text[: f.start])
    return found is not None and not _measure_of_a_noun(found, text, pat)


def _measure_of_a_noun(found: re.Match[str], text: str, pat: FramePatterns) -> bool:
    """A population word with no determiner ("de", "of") in a noun phrase, right after its
    noun and that noun's article: the figure is the noun's measure, its attribute ("un immeuble
    de douze étages", "une famille de cinq personnes", "a family of four"). Opening its clause
    ("Of 396 staff, 282 were women"), after a verb or a particle ("disposera de 31 sièges",
    "cast out of 2,408,115"), or after a figure noun's count ("un total de 527 victimes", "a
    total of 31 people": the figure counts those people) it still names a population."""
    if found.group(0).strip().lower() not in pat.measure_links:
        return False
    words = _LAST_WORDS.findall(text[max(0, found.start() - 60) : found.start()])
    if len(words) < 2:
        return False
    article, noun = words[-2].lower(), words[-1].lower()
    return article in pat.articles and noun not in pat.figure_nouns


_LAST_WORDS = re.compile(r"\w+['’]?")


@dataclass
class _Sentence:
    """One sentence's figures and the antecedents found so far (read left to right)."""

    claims: list[Claim]
    figures: list[Figure]
    text: str
    pat: FramePatterns
    state: FrameState

    def __post_init__(self) -> None:
        self.out: list[Claim | None] = [None] * len(self.claims)
        self.opener = self.pat.opener.match(self.text) if self.pat.opener is not None else None

    def main_before(self, i: int) -> Claim | None:
        """The nearest count before figure ``i`` that is not a conversion, or what it breaks
        down."""
        for k in range(i - 1, -1, -1):
            if self.claims[k].unit == "count" and not self.figures[k].parenthetical:
                return self.out[k] or self.claims[k]
        return None

    def _last_count(self) -> Claim | None:
        """The count the sentence before named last, as a noun phrase: in "came first in 230 of
        the 520 districts. Of these, 141 ...", "these" are the 230 districts, the part the
        phrase is about, not the whole its "of the" names after it (``part_named_first``)."""
        return part_named_first(self.state.previous) if self.state.previous else None

    def marked(self, i: int, whole_stated: Claim | None) -> Claim | None:
        """The antecedent a marker names: a breakdown word before or after the figure, a
        population stated earlier in the sentence (before an opener: "Of those 820 candidates,
        615" breaks down the 820 it states, not the sentence before), a sentence opener ("Of
        them"), or a breakdown verb whose subject repeats a recent count's words."""
        if self._breakdown_word_before(i):
            return self._broken_down_before(i)
        if self._breakdown_word_after(i):
            return self.main_before(i)
        if whole_stated is not None:
            # "Of those 820 candidates, 615": the opener's number states the population
            return whole_stated
        if self.opener is not None and self.state.previous:
            return self._last_count()
        if i == 0:
            return self._subject_of_breakdown_verb(i)
        return None

    def _breakdown_word_before(self, i: int) -> bool:
        """A breakdown word ("dont", "including") between figure ``i`` and the one before."""
        found = self.pat.breakdown_before
        gap_start = self.figures[i - 1].end if i > 0 else 0
        gap = self.text[gap_start : self.figures[i].start]
        return found is not None and bool(found.search(gap))

    def _breakdown_word_after(self, i: int) -> bool:
        """A breakdown word right after figure ``i`` ("27 of whom")."""
        found = self.pat.breakdown_after
        return found is not None and bool(found.match(self.text, self.figures[i].end))

    def _broken_down_before(self, i: int) -> Claim | None:
        """What a breakdown word before figure ``i`` refers to: the count before it, else,
        for a sentence's first figure without an opener, the last count read."""
        return self.main_before(i) or (
            self._last_count() if self.opener is None and i == 0 else None
        )

    def _subject_of_breakdown_verb(self, i: int) -> Claim | None:
        """ "The suspects included 95": the recent count the verb's subject repeats, else the
        last count read; None without a breakdown verb before figure ``i``."""
        if self.pat.breakdown_verb is None:
            return None
        head = self.text[: self.figures[i].start]
        verbs = list(self.pat.breakdown_verb.finditer(head))
        if not verbs:
            return None
        return _referred(head[: verbs[-1].start()], self.state) or self._last_count()

    def whole_after(self, i: int) -> Claim | None:
        """ "282 of the 396 staff": the figure after "of the" is the whole; so is the figure
        after a part's noun and a whole's link ("187 députés sur 300 ont voté", "1 126 jeunes
        reconnus sur 2 310 évalués", "187 lawmakers out of 300 voted") when what follows it is
        its verb, not a noun of its own ("5 000 manifestants sur 30 sites")."""
        if i + 1 >= len(self.claims) or self.claims[i + 1].unit != "count":
            return None
        between = self.text[self.figures[i].end : self.figures[i + 1].start]
        if self.pat.population_after is not None and self.pat.population_after.match(between):
            return self.claims[i + 1]
        over = self.pat.part_over_whole
        if over is not None and over.match(between) and self._a_verb_after(i + 1):
            return self.claims[i + 1]
        return None

    def _a_verb_after(self, k: int) -> bool:
        """Figure ``k`` ends its phrase or a verb follows it: a participle or a verb of the
        table (``part_whole_verbs``), not a noun it counts."""
        words = [w.strip(",;:.!?»\"'()").lower() for w in self.text[self.figures[k].end :].split()]
        word = words[0] if words else ""
        if not word or not word[0].isalpha() or word in self.pat.whole_verbs:
            return True
        # a participle that ends its phrase ("sur 2 310 évalués, ..."), not one before a
        # noun ("out of 3 collapsed buildings")
        after = words[1] if len(words) > 1 else ""
        ends = not after or not after[0].isalpha() or after in self.pat.whole_verbs
        return word.endswith(self.pat.participles_any) and ends


def part_named_first(counts: list[Claim]) -> Claim:
    """The last of a sentence's ``counts``, or the part before it when that last count is
    the whole the part was stated of ("230 of the 520 districts", "311 des 577
    circonscriptions": ``_Sentence.whole_after`` made it the part's antecedent). A phrase
    "A of the B" names the A things; a later "of these" points at them."""
    last = counts[-1]
    if len(counts) < 2:
        return last
    part = counts[-2]
    same_sentence = (part.line, part.sentence) == (last.line, last.sentence)
    if same_sentence and part.antecedent == last.id and part.start < last.start:
        return part
    return last


def _referred(subject: str, state: FrameState) -> Claim | None:
    """The recent count whose counted words the subject repeats ("The apprehended suspects")."""
    words = {w.lower() for w in words_of(subject) if len(w) > 3}
    for claim in reversed(state.recent):
        if words & {w.lower() for w in claim.lemmas} or words & {
            w.lower() for w in words_of(claim.counted)
        }:
            return claim
    return None
