"""What every structural check shares: the ``Check`` it yields, how checks become numbered
findings, and the phrasing helpers of their explanations."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from claims.models import Approx, Claim, Modality, Role
from reconcile.compare import Cluster, as_findings, claim_order
from reconcile.models import Finding, Verdict


@dataclass(frozen=True)
class Check:
    """A finding before it is numbered."""

    verdict: Verdict
    detail: str
    claims: tuple[Claim, ...]
    explanation: str


_ID = attrgetter("id")
# Roles read once: ``Role.value`` is looked up through the ``Enum.value`` property.
VALUE, RATIO = Role.value, Role.ratio
# The day period phrases are resolved against when only their kind or span is read (never a
# result): a check across sentences asks what a phrase says ("a year earlier", "last month").
READ_FOR_SPAN = date(2000, 6, 30)
# The units of a change told as a rate, not an amount ("6.2%", "0,4 point").
CHANGE_RATE_UNITS = ("percent", "percentage_point")


def numbered_findings(
    prefix: str, checks: Iterable[Check], quantity: str, group_id: str | None
) -> list[Finding]:
    return as_findings(numbered(checks), group_id, quantity, prefix=prefix)


def findings_per_article(
    claims: Iterable[Claim], checks_of: Callable[[list[Claim]], Iterable[Check]], tag: str,
    quantity: str,
) -> list[Finding]:
    """The checks ``checks_of`` finds in each article's claims (articles in sorted order, each
    article's claims in the order given), numbered per article (ids ``<article>-<tag>-s1``...):
    the checks that read across an article's sentences, a share's whole or a change's levels."""
    findings: list[Finding] = []
    for article, members in sorted(by_article(claims).items()):
        found = list(checks_of(members))
        if found:
            findings += numbered_findings(f"{article}-{tag}", found, quantity, None)
    return findings


def by_article(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """The claims of each article, in the order given."""
    out: dict[str, list[Claim]] = {}
    for claim in claims:
        out.setdefault(claim.article, []).append(claim)
    return out


def of_articles_holding(claims: Iterable[Claim], holds: Callable[[Claim], bool]) -> list[Claim]:
    """The claims of the articles where some claim ``holds`` (a change rate, an exact share):
    a check across sentences reads only those."""
    claims = list(claims)
    articles = {c.article for c in claims if holds(c)}
    return [c for c in claims if c.article in articles]


def is_exact_share(claim: Claim) -> bool:
    """An exact percentage stated as a level ("196 deaths ..., a case fatality rate of 2.4
    percent", "166 étaient mineures, soit 40 %"): a share a check may read against its part and
    whole; not a change ("turnout fell 3.8 percent") nor a rounded one ("about 40 %")."""
    return (claim.unit == "percent" and claim.approx is Approx.exact and claim.role is VALUE
            and claim.direction is None and claim.value is not None)


_WORD = re.compile(r"\w+")


def words_of(text: str) -> list[str]:
    """The text's words, casefolded: "The Case Fatality Rate" -> ["the", "case", "fatality",
    "rate"], so a table's phrase is matched word by word whatever the case."""
    return _WORD.findall(text.casefold())


def one_value(claims: Iterable[Claim]) -> Claim | None:
    """The first of the claims when they all give one value, else None (none, or two candidate
    figures of two values: which one the text means is not known)."""
    claims = list(claims)
    if not claims or len({c.value for c in claims}) != 1:
        return None
    return claims[0]


def held_apart(check: Check, change: Claim) -> list[Check]:
    """A stated change check as it is reported: a conflict names the change and both its
    levels (they cannot all be right); one that holds names the change with each level apart,
    for the two levels are of two periods and no ``consistent`` pair of each other
    (DESIGN.md: consistent is the same quantity over the same period)."""
    if check.verdict is not Verdict.consistent:
        return [check]
    others = [c for c in check.claims if c.id != change.id]
    return [Check(check.verdict, check.detail, (change, other), check.explanation)
            for other in others]


def numbered(checks: Iterable[Check]) -> list[tuple[str, Verdict, str, list[str], str]]:
    """Checks as (id suffix ``-s1``..., verdict, detail, claim ids, explanation): plain tuples,
    cheap to send back from a worker process."""
    return [
        (
            f"-s{n}",
            check.verdict,
            check.detail,
            list(dict.fromkeys(map(_ID, sorted(check.claims, key=claim_order)))),
            check.explanation,
        )
        for n, check in enumerate(checks, start=1)
    ]


def join_all(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def a_year_before(day: date) -> date:
    """The same day a year before; a month's last day goes to that month's last day, so
    February 2025 (1-28) a year before is February 2024 (1-29), and 29 February goes to 28."""
    last = calendar.monthrange(day.year, day.month)[1]
    before = calendar.monthrange(day.year - 1, day.month)[1]
    return day.replace(year=day.year - 1, day=before if day.day == last else min(day.day, before))


def fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".") if abs(x) < 1e6 else f"{x:.3g}"


def plainly_stated(cluster: Cluster) -> bool:
    """Every figure of the cluster is stated (``Modality.stated``) and not vague: a forecast,
    a target or a hedged figure is no count of what happened."""
    return all(
        not c.rough and c.modality is Modality.stated for c in cluster.claims
    )
