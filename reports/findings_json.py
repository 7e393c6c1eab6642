"""A report as one JSON document for scripts: articles, claims, groups and findings.

Claims keep their numbers as numbers (null when absent) and dates as ISO strings; every claim
names its group, every finding its claims, so a script can walk either way.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from claims.models import Article, Claim
from reconcile.models import Finding, Group, Report
from reports import register
from reports.rows import claim_record, iso
from reports.safe import finite


def article_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": article.path,
        "language": article.language,
        "published": iso(article.published) or None,
        "published_source": article.published_source,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
    }


def claim_dict(claim: Claim, group: Group | None) -> dict[str, Any]:
    """A claim's record, its group, and the fingerprint a review file names it by."""
    return {
        **claim_record(claim),
        "group_id": group.id if group else None,
        "fingerprint": claim.fingerprint,
    }


def group_dict(group: Group) -> dict[str, Any]:
    return {
        "id": group.id,
        "label": group.label,
        "kind": group.kind,
        "members": [{"claim_id": m.claim_id, "score": m.score, "slots": m.slots}
                    for m in group.members],
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "verdict": finding.verdict.value,
        "detail": finding.detail,
        "group_id": finding.group_id,
        "quantity": finding.quantity,
        "claim_ids": finding.claim_ids,
        "explanation": finding.explanation,
        "confidence": finding.confidence,
        "assumptions": finding.assumptions,
    }


def report_dict(report: Report) -> dict[str, Any]:
    group_of = report.group_of()
    result = report.reconciliation
    return {
        "articles": [article_dict(a) for a in report.articles],
        "claims": [claim_dict(c, group_of.get(c.id)) for c in report.claims],
        "groups": [group_dict(g) for g in result.groups],
        "findings": [finding_dict(f) for f in report.shown()],
        "summary": {
            "articles": len(report.articles),
            "numbers_seen": report.stats.numbers_seen,
            "claims": len(report.claims),
            "groups": len(result.groups),
            "findings": report.verdict_counts(),
            "conflicts_below_min_confidence": report.below_confidence(),
            "min_confidence": report.min_confidence,
            "uncomparable": result.uncomparable,
            "reviewed": result.reviewed,
        },
    }


@register("report", "json")
def write_report_json(report: Report, out: TextIO, **_: object) -> None:
    json.dump(finite(report_dict(report)), out, ensure_ascii=False, indent=2, allow_nan=False)
    out.write("\n")
