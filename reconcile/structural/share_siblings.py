"""``share_of_total`` when the total a share names ("전체의", "of the total") was told before and
the article's periods do not say which earlier count it is, but the other shares of its
breakdown do: "... 인정된 피해자는 모두 1만8천240명이다. 같은 기간 접수된 신청은
2만6천900건이었다." then "지역별로는 부산이 5천310명으로 전체의 31.6%를 차지했다. 이어 대구
4천20명(22.0%), 광주 2천740명(15.0%) ..." (5,310 of 18,240 is 29.1 %).

The breakdown's other shares are the counts restated as shares ("6천744명(21.4%)", "6,744, or
21.4%") in the share's sentence and the few around it, in the count's unit. Each earlier plain
exact count above them all is a candidate total; the total is the one value every other share
agrees with, to the precision printed (22.0 allows 21.95 to 22.05: 4,020 of 18,240 is 22.04 %,
of 26,900 it is 14.9 %). Precision first: at least two other shares, all agreeing with one
value, whose counts with the share's own fit in it; otherwise nothing is read, and the share
stays unchecked (its total may be another period's, or another scope's).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence

from claims.models import Approx, Claim
from reconcile.compare import cite, claim_order
from reconcile.models import Finding
from reconcile.structural.base import VALUE, Check, findings_per_article, one_value
from reconcile.structural.conversion import gap_between, restates
from reconcile.structural.share_told_total import (
    may_be_the_total,
    names_the_total,
    restated_over_the_total,
)
from reconcile.structural.shares import share_verdict

_SIBLINGS = 2  # other shares of the breakdown that must agree on its total
_BRACKET_GAP = 2  # " (": a bracket, with a space or none
_AROUND = 2  # sentences after (and one before) the share's where the breakdown goes on


def sibling_share_findings(claims: Iterable[Claim], checked: set[str]) -> list[Finding]:
    """The checks as findings, numbered per article; ``checked``: figures another reading of
    ``share_of_total`` checked already (left alone). Only the articles holding an exact share
    that names the total are read."""
    claims = list(claims)
    read = {c.article for c in claims if _a_share_of_the_total(c)}
    return findings_per_article(
        (c for c in claims if c.article in read),
        lambda members: _checks(sorted(members, key=claim_order), checked),
        "siblings", "share of a stated total")


def _checks(article: list[Claim], checked: set[str]) -> Iterator[Check]:
    """Each share of the total, restating the count right before it, whose total the other
    shares of its breakdown agree on: its count over that total, against it."""
    for count, share in itertools.pairwise(article):
        if (share.id in checked or count.id in checked or not _a_share_of_the_total(share)
                or (count.line, count.sentence) != (share.line, share.sentence)
                or count.unit == "percent" or count.approx is not Approx.exact
                or not (restates(count, share) or restated_over_the_total(count, share))):
            continue
        total = sibling_total(count, share, article)
        if total is None:
            continue
        assert count.value is not None and total.value
        percent = 100 * count.value / total.value
        cited = f"{cite([count])} of {cite([total])} is {percent:.{share.decimals + 1}f} %"
        yield share_verdict(_agrees(count, share, total), cited, share, (count, total, share))


def _a_share_of_the_total(claim: Claim) -> bool:
    return (claim.unit == "percent" and claim.approx is Approx.exact and claim.value is not None
            and claim.direction is None and claim.role is VALUE and names_the_total(claim))


def sibling_total(count: Claim, share: Claim, article: Sequence[Claim]) -> Claim | None:
    """The total told before the count's sentence that the breakdown's other shares agree on
    (see the module); ``article``: its claims in reading order."""
    pairs = _other_pairs(count, share, article)
    if len(pairs) < _SIBLINGS:
        return None
    parts = [count.value or 0, *(p.value or 0 for p, _ in pairs)]
    where = (count.line, count.sentence)
    candidates = []
    for claim in article:
        if (claim.line, claim.sentence) == where:
            break
        if may_be_the_total(claim, count) and (claim.value or 0) >= sum(parts):
            candidates.append(claim)
    # the nearest first: "전체" names the total told last
    return one_value(t for t in reversed(candidates) if all(_agrees(p, s, t) for p, s in pairs))


def _other_pairs(count: Claim, share: Claim, article: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """The counts restated as shares ("6천744명(21.4%)") in the share's sentence, the one before
    and the ``_AROUND`` after it, in the count's unit, other than the share itself."""
    sentences: list[tuple[int, str]] = []
    for claim in article:
        key = (claim.line, claim.sentence)
        if not sentences or sentences[-1] != key:
            sentences.append(key)
    at = sentences.index((share.line, share.sentence))
    near = set(sentences[max(0, at - 1): at + _AROUND + 1])
    pairs = []
    for a, b in itertools.pairwise(article):
        if ((a.line, a.sentence) in near and (a.line, a.sentence) == (b.line, b.sentence)
                and b.id != share.id and _restated_share(a, b, count)):
            pairs.append((a, b))
    return pairs


def _restated_share(part: Claim, share: Claim, count: Claim) -> bool:
    """An exact count in the count's unit, restated as an exact share with no direction."""
    return (part.unit == count.unit and part.role is VALUE and part.value
            and part.approx is Approx.exact and share.unit == "percent"
            and share.role is VALUE and share.direction is None
            and share.approx is Approx.exact and share.value is not None
            and (restates(part, share) or _bracketed(part, share))) is True


def _bracketed(part: Claim, share: Claim) -> bool:
    """The share in a bracket right after the count ("6천744명(21.4%)"): a restatement in
    every language's typography, whatever its table's restating words."""
    gap = gap_between(part, share, _BRACKET_GAP)
    return gap is not None and gap.strip() == "("


def _agrees(part: Claim, share: Claim, total: Claim) -> bool:
    """The part over the total is the share, to the precision printed."""
    assert share.value is not None and total.value
    slack = 0.5 * 10 ** -share.decimals + 1e-9
    return abs(100 * (part.value or 0) / total.value - share.value) <= slack
