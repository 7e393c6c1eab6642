"""The gate's findings as JSON, for scripts: fingerprint, status and location of each."""

from __future__ import annotations

import json
from typing import Any, TextIO

from reconcile.models import GateFinding, GateResult, period_text
from reports import register
from reports.safe import finite


def as_dict(result: GateResult) -> dict[str, Any]:
    return {
        "failed": result.failed,
        "fail_on": str(result.fail_on),
        "new_articles": result.new_articles,
        "new_claims": result.new_claims,
        "corpus_claims_compared": result.corpus_claims,
        "findings": [_finding(item) for item in result.findings],
    }


@register("gate", "json")
def render(result: GateResult, out: TextIO) -> None:
    json.dump(finite(as_dict(result)), out, ensure_ascii=False, indent=2, allow_nan=False)
    out.write("\n")


def _finding(item: GateFinding) -> dict[str, Any]:
    loc = item.location
    return {
        "fingerprint": item.fingerprint,
        "status": item.status,
        "fails": item.failing,
        "verdict": str(item.verdict),
        "detail": item.finding.detail,
        "quantity": item.finding.quantity,
        "explanation": item.finding.explanation,
        "reason": item.reason,
        "location": {"path": loc.path, "line": loc.line, "column": loc.column},
        "claims": [
            {
                "id": c.id,
                "article": c.article,
                "path": item.where[c.id].path,
                "line": item.where[c.id].line,
                "column": item.where[c.id].column,
                "surface": c.surface,
                "value": c.value,
                "period": period_text(c.period) or None,
                "sentence": c.sentence,
            }
            for c in item.claims
        ],
    }
