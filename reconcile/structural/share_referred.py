"""``share_of_total`` across sentences: a share of a whole the article stated earlier and names
again ("Northline Rail carried 6.24 million passengers in November." ... "Of the passengers
carried last month, 1.86 million, or 35%, travelled on its intercity routes": 29.8 %, not 35 %;
"1∼10월 관세 수입은 84조2천억 원" ... "원유 관세가 21조3천억 원으로 ... 원유 관세는 전체 관세
수입의 29.6%를 차지했다": 25.3 %, not 29.6 %).

Two shapes: the share restates a count of its sentence, the whole named before that count
(``Of the passengers carried last month, 1.86 million, or 35%``); or the share's sentence
names the part and then the whole before the share, the part stated as a figure in an earlier
sentence (``원유 관세는 전체 관세 수입의 29.6%``).

Precision first: the whole is a figure of an earlier sentence whose counted words are named
again; every other word of the phrase naming it comes from that figure's own sentence
("carried"), from a period phrase ("last month"), or from the table's ``[conversion]
whole_referred`` words ("of the", "전체", "sur ce total"); so "of the passengers who
complained" is no reference to "6.24 million passengers". Part, whole and share are exact and
for one period; the whole's candidates must all give one value, and be above the part. The
share is checked with the precision of all three figures printed (interval arithmetic).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from claims.models import Approx, Claim
from claims.periods import find_periods
from reconcile.compare import cite, claim_order, plain_interval
from reconcile.intervals import Interval
from reconcile.models import Finding
from reconcile.periods import is_bounded
from reconcile.structural.base import (
    READ_FOR_SPAN,
    VALUE,
    Check,
    findings_per_article,
    fmt,
    is_exact_share,
    of_articles_holding,
    one_value,
    words_of,
)
from reconcile.structural.conversion import conversion_words, restates
from reconcile.structural.share_named_after import part_and_named_whole
from reconcile.structural.shares import share_verdict

_WORD = re.compile(r"\w+")
_JOIN_LIMIT = 12  # "1.86 million, or 35%": the words between a count and its share


def referred_share_findings(claims: Iterable[Claim], checked: set[str]) -> list[Finding]:
    """The checks as findings, numbered per article; ``checked``: shares another reading of
    ``share_of_total`` checked already (left alone)."""
    return findings_per_article(
        claims, lambda members: _article_checks(sorted(members, key=claim_order), checked),
        "whole", "share of a stated total")


def referred_share_figures(claims: Iterable[Claim]) -> list[Claim]:
    """The claims of the articles holding an exact share: only those are read."""
    return of_articles_holding(claims, is_exact_share)


def _article_checks(claims: Sequence[Claim], checked: set[str]) -> Iterator[Check]:
    for share in claims:
        if share.id in checked or not is_exact_share(share) or not is_bounded(share.period):
            continue
        check = _check(share, claims)
        if check is not None:
            yield check


def _check(share: Claim, claims: Sequence[Claim]) -> Check | None:
    mine = [c for c in claims if (c.line, c.sentence) == (share.line, share.sentence)]
    first = min(mine, key=claim_order)
    earlier = claims[: claims.index(first)]  # reading order: the sentences before
    found = (_restated_count(share, first, mine) if first is not share
             else _named_part(share, _before(share), earlier))
    pair = None
    if found is not None:
        part, phrase, part_noun = found
        total = _named_total(share, part, phrase, part_noun, earlier)
        pair = None if total is None else (part, total)
    if pair is None:  # "2.41 million, 44.0% of the ballots cast": the whole named after
        pair = part_and_named_whole(share, mine, claims)
    return None if pair is None else _share_check(share, *pair)


def _restated_count(
    share: Claim, count: Claim, mine: Sequence[Claim]
) -> tuple[Claim, str, str] | None:
    """The count the share restates, the first figure of its sentence ("Of the passengers
    carried last month, 1.86 million, or 35%"), and the words before it, which name the
    whole; None when another figure stands between them."""
    if not _plain(count) or count.start > share.start or not restates(count, share, _JOIN_LIMIT):
        return None
    if len(mine) > 2 and any(count.start < c.start < share.start for c in mine):
        return None
    return count, _before(count), ""


def _before(claim: Claim) -> str:
    """The claim's sentence before it (its surface's first place in the sentence)."""
    at = claim.sentence.find(claim.surface)
    return claim.sentence[: max(at, 0)]


def _plain(claim: Claim) -> bool:
    return (claim.role is VALUE and claim.direction is None and claim.approx is Approx.exact
            and claim.unit != "percent" and claim.per is None and bool(claim.value))


def _same_time(a: Claim, b: Claim) -> bool:
    return (is_bounded(a.period) and is_bounded(b.period) and a.period is not None
            and b.period is not None
            and (a.period.start, a.period.end) == (b.period.start, b.period.end))


def _named_part(
    share: Claim, phrase: str, earlier: Sequence[Claim]
) -> tuple[Claim, str, str] | None:
    """The part a share's sentence names before its whole ("원유 관세는 전체 관세 수입의
    29.6%"): the one value of the earlier figures, for the share's period, whose counted words
    open ``phrase``; with the phrase and the part's counted words."""
    tokens, lang = words_of(phrase), share.language
    found = one_value(c for c in earlier if _plain(c) and _same_time(c, share)
                      and c.counted.strip() and _at(tokens, words_of(c.counted), lang) == 0)
    return None if found is None else (found, phrase, found.counted)


def _named_total(
    share: Claim, part: Claim, phrase: str, part_noun: str, earlier: Sequence[Claim]
) -> Claim | None:
    """The one value of the earlier figures in the part's unit, for its period, above it,
    whose counted words the phrase names (after the part's), every other word of the phrase
    being the total's sentence's, a period phrase's or a ``whole_referred`` word."""
    lang = share.language
    tokens = words_of(_without_periods(phrase, lang))
    after_part = tokens[len(words_of(part_noun)):]
    return one_value(total for total in earlier
                     if _may_total(total, part) and _names_only(after_part, total, lang))


def _may_total(total: Claim, part: Claim) -> bool:
    """An earlier exact figure in the part's unit, for its period, above it."""
    return (total.id != part.id and _plain(total) and total.unit == part.unit
            and _same_time(total, part) and bool(total.counted.strip())
            and bool(part.value) and bool(total.value) and total.value > part.value)


def _names_only(tokens: Sequence[str], total: Claim, lang: str) -> bool:
    """``tokens`` name what ``total`` counts, every other word being the total's sentence's
    or a ``whole_referred`` word ("of the passengers carried": "carried" is the total's)."""
    noun = words_of(total.counted)
    at = _at(tokens, noun, lang)
    if at is None:
        return False
    rest = [*tokens[:at], *tokens[at + len(noun):]]
    allowed = _words(lang) | set(words_of(total.sentence))
    return all(_allowed(t, allowed, lang) for t in rest)


_ENDING = 2  # "transportés" / "transporté": an ending of agreement at most


def _allowed(token: str, allowed: set[str], lang: str) -> bool:
    """The token is an allowed word, bare of its particle or of an ending of agreement."""
    if token in allowed or _bare(token, lang) in allowed:
        return True
    return any(len(a) >= 4 and token.startswith(a) and len(token) - len(a) <= _ENDING
               for a in allowed)


def _at(tokens: Sequence[str], noun: Sequence[str], lang: str) -> int | None:
    """Where the noun's words stand in ``tokens`` (the last may carry a particle), or None."""
    n = len(noun)
    if not n:
        return None
    for i in range(len(tokens) - n + 1):
        if list(tokens[i:i + n - 1]) == list(noun[:-1]) and _bare(tokens[i + n - 1], lang) == (
            noun[-1]
        ):
            return i
    return None


def _bare(token: str, lang: str) -> str:
    """The token without a particle of ``[conversion] particles`` ("수입의" -> "수입")."""
    for particle in _particles(lang):
        if token.endswith(particle) and len(token) > len(particle):
            return token[: -len(particle)]
    return token


def _without_periods(text: str, lang: str) -> str:
    """The text with its period phrases ("last month") blanked."""
    for match in reversed(find_periods(text, 0, lang, READ_FOR_SPAN)):
        text = text[: match.start] + " " * (match.end - match.start) + text[match.end:]
    return text


def _words(lang: str) -> set[str]:
    return {w for phrase in conversion_words(lang, "whole_referred") for w in _WORD.findall(phrase)}


def _particles(lang: str) -> list[str]:
    return sorted(conversion_words(lang, "particles"), key=lambda p: (-len(p), p))


def _share_check(share: Claim, part: Claim, total: Claim) -> Check | None:
    """The part over the total, with the precision of both, against the share's."""
    p, t, s = plain_interval(part), plain_interval(total), plain_interval(share)
    if p is None or t is None or s is None or t.lo <= 0:
        return None
    implied = Interval(100 * p.lo / t.hi, 100 * p.hi / t.lo)
    said = f"{cite([part])} of {cite([total])} is {fmt(implied.lo)} % to {fmt(implied.hi)} %"
    return share_verdict(implied.meets(s), said, share, (part, total, share))
