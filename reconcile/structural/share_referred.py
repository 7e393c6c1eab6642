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
from datetime import date

from claims.lang import raw_table
from claims.models import Approx, Claim
from claims.periods import find_periods
from reconcile.compare import cite, claim_order, plain_interval
from reconcile.intervals import Interval
from reconcile.models import Finding, Verdict
from reconcile.periods import is_bounded
from reconcile.structural.base import VALUE, Check, fmt, numbered_findings
from reconcile.structural.conversion import conversion_joins, gap_between

_READ_ON = date(2000, 6, 30)  # period phrases are read for their span only
_WORD = re.compile(r"\w+")
_JOIN_LIMIT = 12  # "1.86 million, or 35%": the words between a count and its share


def referred_share_findings(claims: Iterable[Claim], checked: set[str]) -> list[Finding]:
    """The checks as findings, numbered per article; ``checked``: shares another reading of
    ``share_of_total`` checked already (left alone)."""
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.article, []).append(claim)
    findings: list[Finding] = []
    for article, members in sorted(by_article.items()):
        found = list(_article_checks(sorted(members, key=claim_order), checked))
        if found:
            findings += numbered_findings(f"{article}-whole", found, "share of a stated total",
                                          None)
    return findings


def referred_share_figures(claims: Iterable[Claim]) -> list[Claim]:
    """The claims of the articles holding an exact share: only those are read."""
    claims = list(claims)
    articles = {c.article for c in claims if _is_share(c)}
    return [c for c in claims if c.article in articles]


def _is_share(claim: Claim) -> bool:
    return (claim.unit == "percent" and claim.approx is Approx.exact and claim.role is VALUE
            and claim.direction is None and claim.value is not None)


def _article_checks(claims: Sequence[Claim], checked: set[str]) -> Iterator[Check]:
    for share in claims:
        if share.id in checked or not _is_share(share) or not is_bounded(share.period):
            continue
        check = _check(share, claims)
        if check is not None:
            yield check


def _check(share: Claim, claims: Sequence[Claim]) -> Check | None:
    mine = [c for c in claims if (c.line, c.sentence) == (share.line, share.sentence)]
    first = min(mine, key=claim_order)
    earlier = claims[: claims.index(first)]  # reading order: the sentences before
    if first is not share:  # "Of the passengers carried last month, 1.86 million, or 35%"
        if not _plain(first) or first.start > share.start or not _restates(first, share):
            return None
        if len(mine) > 2 and any(first.start < c.start < share.start for c in mine):
            return None
        part, phrase, part_noun = first, _before(first), ""
    else:  # "원유 관세는 전체 관세 수입의 29.6%": the part named, then the whole
        phrase = _before(share)
        found = _named_part(share, phrase, earlier)
        if found is None:
            return None
        part, part_noun = found
    total = _named_total(share, part, phrase, part_noun, earlier)
    return None if total is None else _share_check(share, part, total)


def _before(claim: Claim) -> str:
    """The claim's sentence before it (its surface's first place in the sentence)."""
    at = claim.sentence.find(claim.surface)
    return claim.sentence[: max(at, 0)]


def _plain(claim: Claim) -> bool:
    return (claim.role is VALUE and claim.direction is None and claim.approx is Approx.exact
            and claim.unit != "percent" and claim.per is None and bool(claim.value))


def _restates(count: Claim, share: Claim) -> bool:
    """The share follows the count, joined by a restating word (``[conversion] joins``)."""
    gap = gap_between(count, share, _JOIN_LIMIT)
    if gap is None:
        return False
    gap = " ".join(gap.casefold().split())
    return any(gap.endswith(j) for j in conversion_joins(share.language))


def _same_time(a: Claim, b: Claim) -> bool:
    return (is_bounded(a.period) and is_bounded(b.period) and a.period is not None
            and b.period is not None
            and (a.period.start, a.period.end) == (b.period.start, b.period.end))


def _named_part(
    share: Claim, phrase: str, earlier: Sequence[Claim]
) -> tuple[Claim, str] | None:
    """The part a share's sentence names before its whole: the one value of the earlier
    figures, for the share's period, whose counted words open the phrase."""
    tokens = _tokens(phrase, share.language)
    found = [c for c in earlier if _plain(c) and _same_time(c, share) and c.counted.strip()
             and _at(tokens, _tokens(c.counted, share.language), share.language) == 0]
    if not found or len({c.value for c in found}) != 1:
        return None
    return found[0], found[0].counted


def _named_total(
    share: Claim, part: Claim, phrase: str, part_noun: str, earlier: Sequence[Claim]
) -> Claim | None:
    """The one value of the earlier figures in the part's unit, for its period, above it,
    whose counted words the phrase names (after the part's), every other word of the phrase
    being the total's sentence's, a period phrase's or a ``whole_referred`` word."""
    lang = share.language
    tokens = _tokens(_without_periods(phrase, lang), lang)
    skip = len(_tokens(part_noun, lang)) if part_noun else 0
    found = []
    for total in earlier:
        if total.id == part.id or not _plain(total) or total.unit != part.unit:
            continue
        if not _same_time(total, part) or not total.counted.strip():
            continue
        if not part.value or not total.value or total.value <= part.value:
            continue
        noun = _tokens(total.counted, lang)
        at = _at(tokens[skip:], noun, lang)
        if at is None:
            continue
        rest = tokens[:skip] + tokens[skip:][:at] + tokens[skip:][at + len(noun):]
        allowed = _words(lang) | set(_tokens(total.sentence, lang))
        if all(_allowed(t, allowed, lang) for t in rest[skip:]):
            found.append(total)
    if not found or len({c.value for c in found}) != 1:
        return None
    return found[0]


_ENDING = 2  # "transportés" / "transporté": an ending of agreement at most


def _allowed(token: str, allowed: set[str], lang: str) -> bool:
    """The token is an allowed word, bare of its particle or of an ending of agreement."""
    if token in allowed or _bare(token, lang) in allowed:
        return True
    return any(len(a) >= 4 and token.startswith(a) and len(token) - len(a) <= _ENDING
               for a in allowed)


def _tokens(text: str, lang: str) -> list[str]:
    return _WORD.findall(text.casefold())


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
    for match in reversed(find_periods(text, 0, lang, _READ_ON)):
        text = text[: match.start] + " " * (match.end - match.start) + text[match.end:]
    return text


def _table(lang: str, key: str) -> list[str]:
    try:
        return list(raw_table(lang).get("conversion", {}).get(key, []))
    except ValueError:
        return []


def _words(lang: str) -> set[str]:
    phrases = _table(lang, "whole_referred")
    return {w for phrase in phrases for w in _WORD.findall(phrase.casefold())}


def _particles(lang: str) -> list[str]:
    return sorted(_table(lang, "particles"), key=len, reverse=True)


def _share_check(share: Claim, part: Claim, total: Claim) -> Check | None:
    """The part over the total, with the precision of both, against the share's."""
    p, t, s = plain_interval(part), plain_interval(total), plain_interval(share)
    if p is None or t is None or s is None or t.lo <= 0:
        return None
    implied = Interval(100 * p.lo / t.hi, 100 * p.hi / t.lo)
    said = f"{cite([part])} of {cite([total])} is {fmt(implied.lo)} % to {fmt(implied.hi)} %"
    figures = (part, total, share)
    if implied.meets(s):
        return Check(Verdict.consistent, "share_of_total", figures,
                     f"{said}, as {cite([share])} says.")
    return Check(Verdict.conflict, "share_of_total", figures,
                 f"{said}, not {cite([share])}: the share and its count disagree even "
                 "allowing for the rounding printed.")
