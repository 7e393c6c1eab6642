"""``share_of_total`` for a rate named by its noun: a rate whose name says what it divides by
what ("case fatality rate": deaths over cases; "taux de participation": votants over inscrits;
"치명률": 사망자 over 확진자) is checked against the two counts the article states for it, often
in an earlier sentence ("has recorded 8,240 cholera cases and 196 deaths since August" ... "The
ministry put the case fatality rate at 3.4 percent": 2.4 %, not 3.4 %).

The names and the words of each side are data (``[rates]`` of the language tables). Precision
first, since a wrong pair makes a false conflict:

* the rate is an exact percentage stated as a level (no direction), its name in its counted
  words or among the few words before it, with no other figure between them;
* the pair is an exact part and an exact whole of one sentence at or before the rate's, the
  part's counted words naming the rate's part and not its whole, the whole's naming its whole
  and not its part, the part below the whole; no place of the rate contradicts theirs;
* of the pairs of the article, those of the rate's sentence, or (when none is there) those over
  the rate's own period, are read; one pair is judged; several are ``consistent`` when one of
  them gives the rate and unread otherwise ("312 new cases and nine deaths" in the last day
  beside the outbreak's totals);
* the pair over the rate is compared with the precision of all three printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claims.lang import raw_table
from claims.models import Approx, Claim
from reconcile.compare import cite, claim_order, plain_interval
from reconcile.intervals import Interval
from reconcile.models import Finding
from reconcile.periods import is_bounded
from reconcile.structural.base import (
    VALUE,
    Check,
    findings_per_article,
    is_exact_share,
    of_articles_holding,
    words_of,
)
from reconcile.structural.conversion import conversion_words
from reconcile.structural.joined_pairs import joined_pairs, words_after
from reconcile.structural.shares import share_verdict

_NAME_WINDOW = 8  # words before a rate where its name may stand ("put the turnout at")
_SENTENCE_GAP = 3  # characters between two sentences next to each other: a space, a blank line


@dataclass(frozen=True)
class RateName:
    """A rate named by its noun: its names, the words of its part and of its whole."""

    names: tuple[tuple[str, ...], ...]
    parts: tuple[tuple[str, ...], ...]
    wholes: tuple[tuple[str, ...], ...]


def named_rate_findings(claims: Iterable[Claim], checked: set[str]) -> list[Finding]:
    """The checks as findings, numbered per article; ``checked``: shares another reading of
    ``share_of_total`` checked already (left alone)."""
    return findings_per_article(
        claims, lambda members: _article_checks(sorted(members, key=claim_order), checked),
        "rate", "a rate and its two counts")


def named_rate_figures(claims: Iterable[Claim]) -> list[Claim]:
    """The claims of the articles holding an exact share whose language names rates."""
    return of_articles_holding(claims, lambda c: is_exact_share(c) and bool(_rates(c.language)))


def _is_count(claim: Claim) -> bool:
    """An exact count stated as a level, no rate of its own ("196 deaths", "8,240 cases"):
    a part or a whole a rate may divide; a rounded or changed figure makes no sure check."""
    return (claim.unit == "count" and claim.approx is Approx.exact and claim.role is VALUE
            and claim.direction is None and claim.per is None and bool(claim.value))


def _article_checks(claims: Sequence[Claim], checked: set[str]) -> Iterator[Check]:
    """The check of each exact share of the article that a rate's name names, in text order,
    but for those another share check has read."""
    for rate in claims:
        if rate.id in checked or not is_exact_share(rate):
            continue
        name = _name_of(rate, claims)
        if name is None:
            continue
        check = _check(rate, name, claims)
        if check is not None:
            yield check


def _name_of(rate: Claim, claims: Sequence[Claim]) -> RateName | None:
    """The rate the figure is, by a name in its counted words or among the words before it
    in its sentence, after the figure before it."""
    counted = words_of(rate.counted or "")
    before = words_of(_words_before(rate, claims))[-_NAME_WINDOW:]
    for name in _rates(rate.language):
        if any(_holds(counted, n, rate.language) or _holds(before, n, rate.language)
               for n in name.names):
            return name
    return None


def _words_before(rate: Claim, claims: Sequence[Claim]) -> str:
    """The rate's sentence before it, from the end of the figure before it."""
    start = max((c.end for c in claims if c.sentence == rate.sentence and c.line == rate.line
                 and c.end <= rate.start), default=_sentence_start(rate))
    return _text_of(rate, start, rate.start)


def _sentence_start(claim: Claim) -> int:
    """Where the claim's sentence starts, in the offsets of its figures."""
    return claim.start - max(claim.at_in_sentence(), 0)


def _next_to(earlier: Claim, later: Claim) -> bool:
    """The earlier claim's sentence ends where the later's starts, but for the spaces or the
    blank line between them: no sentence stands between the two."""
    gap = _sentence_start(later) - (_sentence_start(earlier) + len(earlier.sentence))
    return 0 <= gap <= _SENTENCE_GAP


def _text_of(rate: Claim, start: int, end: int) -> str:
    """The text of the rate's sentence between two article offsets (clipped to it)."""
    base = _sentence_start(rate)
    return rate.sentence[max(start - base, 0): max(end - base, 0)]


def _check(rate: Claim, name: RateName, claims: Sequence[Claim]) -> Check | None:
    """The rate against the part and whole it divides: one pair is judged; of several, one
    that gives the rate makes it consistent, and none leaves it unread (which pair the rate
    is of is not known)."""
    pairs = _pairs(rate, name, claims)
    if not pairs:
        return None
    verdicts = [(pair, _meets(rate, *pair)) for pair in pairs]
    agreeing = [(pair, held) for pair, held in verdicts if held]
    if len(pairs) > 1 and not agreeing:
        return None  # which pair the rate is of is not known
    (part, whole), held = (agreeing or verdicts)[0]
    if held is None:
        return None
    implied = _implied(part, whole)
    assert implied is not None
    said = (f"{cite([part])} over {cite([whole])}, the two counts the rate's name divides, "
            f"is {implied.lo:.2f} % to {implied.hi:.2f} %")
    return share_verdict(held, said, rate, (part, whole, rate))


def _pairs(rate: Claim, name: RateName, claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """The part and whole pairs the rate may be of: of its own sentence; else of the earlier
    sentences, over the rate's period or in the sentence just before the rate's ("국내
    확진자는 6,240명, 사망 71명이다. 따라서 국내 치명률은 0.62%")."""
    sentences = _sentences_up_to(rate, claims)
    own = _pair_in(sentences.pop((rate.line, rate.sentence), []), name, rate.language, claims)
    if own:
        return own
    joined = _joined_near(rate, name, claims)
    if joined:
        return joined
    return [(part, whole) for figures in sentences.values()
            for part, whole in _pair_in(figures, name, rate.language, claims)
            if _an_earlier_pair_of(rate, part, whole)]


def _joined_near(
    rate: Claim, name: RateName, claims: Sequence[Claim]
) -> list[tuple[Claim, Claim]]:
    """The pairs told as a part of its whole (``joined_pairs``: "187,300 of the 341,900
    registered voters", "유권자 4천412만명 가운데 2천014만명") in the rate's sentence, after it
    too, or in the sentence just before or after it: the whole naming the rate's whole, the
    part what the rate counts (its counted words, or the words after it: "casting a ballot",
    "이 투표를 마쳤다"), neither of a place the rate does not name nor dated apart from it."""
    return [(part, whole) for figures in _sentences_near(rate, claims).values()
            for part, whole in joined_pairs(figures)
            if _names_the_whole(whole, name, rate.language, claims)
            and _names_the_part(part, name, rate.language)
            and not _placed_apart(rate, part) and not _placed_apart(rate, whole)
            and not _ends_apart(rate, part, whole)]


def _sentences_near(rate: Claim, claims: Sequence[Claim]) -> dict[tuple[int, str], list[Claim]]:
    """The figures of the rate's sentence and of the sentences just before and after it, by
    sentence."""
    near: dict[tuple[int, str], list[Claim]] = {}
    for claim in claims:
        if ((claim.line, claim.sentence) == (rate.line, rate.sentence)
                or _next_to(rate, claim) or _next_to(claim, rate)):
            near.setdefault((claim.line, claim.sentence), []).append(claim)
    return near


def _names_the_whole(whole: Claim, name: RateName, lang: str, claims: Sequence[Claim]) -> bool:
    """The whole of a joined pair names the rate's whole, as its counted words or right
    before it ("the 341,900 registered voters", "총선거인 수 4천402만1천300명")."""
    return (_names(whole, name.wholes, lang, "")
            or _names_before(whole, name.wholes, lang, claims))


def _names_the_part(part: Claim, name: RateName, lang: str) -> bool:
    """The part of a joined pair is what the rate counts, as its counted words or the words
    after it ("casting a ballot", "이 투표를 마쳤다")."""
    return (_names(part, name.parts, lang, "")
            or any(_holds(words_of(words_after(part)), p, lang) for p in name.parts))


def _names_before(
    claim: Claim, phrases: Sequence[tuple[str, ...]], lang: str, claims: Sequence[Claim]
) -> bool:
    """The words before the count, after the figure before it, name one of the phrases
    ("총선거인 수 4천402만1천300명", whose counted word is only its counter)."""
    before = words_of(_words_before(claim, claims))[-_NAME_WINDOW:]
    return any(_holds(before, p, lang) for p in phrases)


def _sentences_up_to(rate: Claim, claims: Sequence[Claim]) -> dict[tuple[int, str], list[Claim]]:
    """The counts of each sentence up to the rate's, and the rate, by sentence; none of a place
    the rate does not name."""
    sentences: dict[tuple[int, str], list[Claim]] = {}
    for claim in claims:
        if claim_order(claim) <= claim_order(rate) and (
                _is_count(claim) or claim.id == rate.id) and not _placed_apart(rate, claim):
            sentences.setdefault((claim.line, claim.sentence), []).append(claim)
    return sentences


def _an_earlier_pair_of(rate: Claim, part: Claim, whole: Claim) -> bool:
    """A pair of an earlier sentence is the rate's when its sentence stands just before the
    rate's and the two are not dated apart, or when it is over the rate's own period."""
    return ((_next_to(part, rate) and not _ends_apart(rate, part, whole))
            or _over_rate_period(rate, part, whole))


def _ends_apart(rate: Claim, *counts: Claim) -> bool:
    """The rate and a count end on two known days: the rate of an earlier bulletin ("le
    précédent rapport du 5 août faisait état d'un taux de létalité de 1,4 %") is not of
    today's counts."""
    end = rate.period.end if rate.period is not None else None
    return end is not None and any(
        c.period is not None and c.period.end is not None and c.period.end != end
        for c in counts)


def _pair_in(
    figures: Sequence[Claim], name: RateName, lang: str, claims: Sequence[Claim]
) -> list[tuple[Claim, Claim]]:
    """The (part, whole) pairs of one sentence's counts: one part and one whole, the part
    below the whole."""
    figures = [c for c in figures if _is_count(c)]
    before = {c.id: _words_before(c, claims) for c in figures if not (c.counted or "").strip()}
    part = _only_naming(figures, name.parts, name.wholes, lang, before)
    whole = _only_naming(figures, name.wholes, name.parts, lang, before)
    if part is None or whole is None or not _below(part, whole):
        return []
    return [(part, whole)]


def _below(part: Claim, whole: Claim) -> bool:
    """The part is below its whole: "390 décès" are no part of "deux Régions"."""
    return (part.value or 0) < (whole.value or 0)


def _only_naming(figures: Sequence[Claim], side: Sequence[tuple[str, ...]],
                 other: Sequence[tuple[str, ...]], lang: str,
                 before: dict[str, str]) -> Claim | None:
    """The one count that names ``side`` and not ``other`` ("196 deaths": a part of a case
    fatality rate, not its whole), None when none or several do."""
    found = [c for c in figures if _names(c, side, lang, before.get(c.id, ""))
             and not _names(c, other, lang, before.get(c.id, ""))]
    return found[0] if len(found) == 1 else None


def _over_rate_period(rate: Claim, part: Claim, whole: Claim) -> bool:
    """One of the pair is over the rate's own bounded period."""
    if not is_bounded(rate.period) or rate.period is None:
        return False
    span = (rate.period.start, rate.period.end)
    return any(c.period is not None and is_bounded(c.period)
               and (c.period.start, c.period.end) == span for c in (part, whole))


def _placed_apart(rate: Claim, count: Claim) -> bool:
    """The rate names a place the count does not name ("In Lusaka, the case fatality rate" after
    the country's counts), or the two name two places."""
    return bool(rate.place) and words_of(rate.place or "") != words_of(count.place or "")


def _names(claim: Claim, phrases: Sequence[tuple[str, ...]], lang: str, before: str) -> bool:
    """The count's counted words name one of the phrases; a count whose counted words were not
    read ("국내 확진자는 6,240명", "The cumulative number of cholera cases ... is 41 230") is
    read by the words before it, after the figure before it (``before``)."""
    counted = words_of(claim.counted or "") or words_of(before)[-_NAME_WINDOW:]
    return any(_holds(counted, p, lang) for p in phrases)


def _implied(part: Claim, whole: Claim) -> Interval | None:
    """The percentage the part makes of the whole, widened by the rounding both are printed
    with ("196" over "8,240": 2.37 % to 2.39 %, each count read to its last digit)."""
    p, w = plain_interval(part), plain_interval(whole)
    if p is None or w is None or w.lo <= 0:
        return None
    return Interval(100 * p.lo / w.hi, 100 * p.hi / w.lo)


def _meets(rate: Claim, part: Claim, whole: Claim) -> bool | None:
    """Whether the rate, within its printed precision, is what the pair makes; None when a
    figure has no interval."""
    implied, said = _implied(part, whole), plain_interval(rate)
    if implied is None or said is None:
        return None
    return implied.meets(said)


def _holds(tokens: Sequence[str], phrase: Sequence[str], lang: str) -> bool:
    """The phrase's words stand in ``tokens`` in a row; in a language whose nouns take their
    particles glued (Korean) the last may carry one ("사망자는")."""
    n = len(phrase)
    glued = _glues_particles(lang)
    for i in range(len(tokens) - n + 1):
        window = tokens[i:i + n]
        if list(window[:-1]) == list(phrase[:-1]) and (
            window[-1] == phrase[-1] or (glued and window[-1].startswith(phrase[-1]))
        ):
            return True
    return False


def _glues_particles(lang: str) -> bool:
    """The language table names particles a noun carries glued (``[conversion] particles``:
    Korean's "는" of "사망자는"), so a word of a rate's table may stand with one."""
    return bool(conversion_words(lang, "particles"))


@lru_cache(maxsize=8)
def _rates(language: str) -> tuple[RateName, ...]:
    """The language table's ``[rates]``: each rate's names, part words and whole words."""
    try:
        table = raw_table(language).get("rates", {})
    except ValueError:
        return ()
    return tuple(
        RateName(*(tuple(tuple(words_of(w)) for w in entry.get(key, []) if words_of(w))
                   for key in ("names", "parts", "wholes")))
        for _, entry in sorted(table.items())
    )
