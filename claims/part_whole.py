"""A part told over its whole: "187 of the 300 deputies voted in favour", "187 députés sur 300
ont voté pour", "1 126 jeunes reconnus sur 2 310 évalués", "nine of the 14 districts".

The whole (the part's antecedent stated after it, ``claims.frame_antecedents.whole_after``) is
the size of what the part is of: an assembly's seats, the people assessed, the districts. The
clause's verb tells what happened to the part, never to the whole: read as a count of the vote,
"300" took the vote's event and side and met another outlet's "204 deputies voted in favor"
(a false conflict, real set 10). So the whole keeps what it counts without the event, and the
part takes the event when it names none, with the whole's counted thing as its ``whole``
(as "dont" / "of whom" parts have it). ``claims.tally_sides`` reads the side after the whole
for the part, never for the whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claims.context import lemmas_of
from claims.frame_patterns import patterns
from claims.frame_slots import slot_of
from claims.lang import ExtractionTable
from claims.models import Claim, Frame, Slot


def wholes_told_after(claims: Iterable[Claim]) -> dict[str, Claim]:
    """The whole of each part whose whole its sentence states after it, by the part's id."""
    listed = list(claims)
    by_id = {c.id: c for c in listed}
    found: dict[str, Claim] = {}
    for part in listed:
        whole = by_id.get(part.antecedent or "")
        if whole is not None and whole.sentence == part.sentence and whole.start > part.start:
            found[part.id] = whole
    return found


def settle_wholes(claims: list[Claim], lang: str, table: ExtractionTable,
                  memo: dict[tuple[str, str | None], Slot] | None = None) -> None:
    """Give each part of one sentence told before its whole the clause's event and its
    whole; strip the whole of the event (``memo``: the article's slots read so far)."""
    by_id = {c.id: c for c in claims}
    for part_id, whole in wholes_told_after(claims).items():
        _settle(by_id[part_id], whole, lang, table, memo)


def _settle(part: Claim, whole: Claim, lang: str, table: ExtractionTable,
            memo: dict[tuple[str, str | None], Slot] | None) -> None:
    """One part and its whole (see the module)."""
    theirs, mine = whole.frame or Frame(), part.frame or Frame()
    event, counted = theirs.event, theirs.counted
    between = _between(part, whole, table)
    if between is not None and not _a_word_of_its_own(whole, table):
        noun, link = between.group("noun"), between.group("link")
        counted = slot_of(noun, lang, table, memo=memo) or counted  # "412 candidats sur 1 950"
        whole.counted, whole.lemmas = counted.text, lemmas_of(counted.text, lang, table)
        if mine.counted is not None and mine.counted.text.startswith(noun) and (
            link.lower().startswith(mine.counted.text[len(noun):].strip().lower())
        ):  # "264 lawmakers out of 450": the part counts lawmakers, not "lawmakers out"
            mine = mine.model_copy(update={"counted": counted})
            part.counted, part.lemmas = noun, lemmas_of(noun, lang, table)
    elif event is not None and counted is not None:
        if _names_its_own(counted.text, event.text, table):
            return  # "512,300 of the 1,061,800 valid votes counted": votes are the whole's own
        cut = _before_event(counted.text, event.text)
        if cut != counted.text:
            counted = slot_of(cut, lang, table, memo=memo) or counted
            whole.counted, whole.lemmas = counted.text, lemmas_of(counted.text, lang, table)
    whole.frame = theirs.model_copy(update={"event": None, "counted": counted})
    whole.event = None
    update: dict[str, Slot] = {}
    if event is not None and (mine.event is None or mine.event.inherited == "antecedent"):
        update["event"] = event.model_copy(update={"inherited": None})
        part.event = event.text
    if counted is not None and (mine.whole is None or not mine.whole.text.strip()):
        update["whole"] = counted.model_copy(update={"inherited": None})
        part.whole = counted.text
    if update:
        part.frame = mine.model_copy(update=update)


def _between(part: Claim, whole: Claim, table: ExtractionTable) -> re.Match[str] | None:
    """The part's noun and the link to its whole, when they stand between the two figures
    ("187 députés sur 300"): the whole counts what that noun names."""
    over = patterns(table).part_over_whole
    if over is None or part.sentence_start is None:
        return None
    start = part.start - part.sentence_start + len(part.surface)
    return over.match(part.sentence[start : whole.start - part.sentence_start])


def _a_word_of_its_own(whole: Claim, table: ExtractionTable) -> bool:
    """The whole is followed by a word naming what it counts, not by its verb ("18 412 voix sur
    47 930 inscrits", "1 126 jeunes reconnus sur 2 310 évalués"): it keeps its own reading."""
    at = whole.start - (whole.sentence_start or 0) + len(whole.surface)
    after = whole.sentence[at:].split()[:1]
    word = after[0].strip(",;:.!?»\"'()").lower() if after else ""
    return bool(word) and word[0].isalpha() and word not in patterns(table).whole_verbs


def _names_its_own(counted: str, event: str, table: ExtractionTable) -> bool:
    """The event is a noun of what the whole counts ("valid votes"), not the clause's verb
    ("deputies voted in favor", "ont voté pour")."""
    word = event.lower()
    return word in counted.lower().split() and not word.endswith(
        tuple(table.context.participle_suffixes))


def _before_event(counted: str, event: str) -> str:
    """What is counted, up to the event's words when it holds them ("deputies voted in favor"
    -> "deputies"); the phrase as it is when the event opens it or is not in it."""
    at = counted.lower().find(event.lower())
    return counted[:at].strip() if at > 0 else counted
