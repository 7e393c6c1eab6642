"""SARIF 2.1.0, the format code-scanning services (GitHub, GitLab, Azure) read.

One rule per verdict (``reconcile/conflict``...), one result per finding, located at the new
claim; the other figures go in ``relatedLocations``. ``partialFingerprints`` carries the
baseline fingerprint, which does not move with line numbers, so a scanner tracks a finding
across commits the way the baseline does.
"""

from __future__ import annotations

import json
from typing import Any, TextIO
from urllib.parse import quote

from reconcile.models import FINGERPRINT_KEY, SEVERITY, GateFinding, GateResult, Location, Verdict
from reports import register
from reports.safe import finite

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL = "claim-reconciler"
INFO_URI = "https://github.com/OWNER/claim-reconciler"

_RULE_TEXT = {
    Verdict.consistent: "Figures about the same quantity and period agree.",
    Verdict.change: "A stated change from one value to another.",
    Verdict.period_mismatch: "Figures about the same quantity cover different periods.",
    Verdict.minor_discrepancy: "Figures about the same quantity and period are a little apart.",
    Verdict.conflict: "Figures about the same quantity and period are incompatible.",
}


def rule_id(verdict: Verdict) -> str:
    return f"reconcile/{verdict}"


def sarif(result: GateResult) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict."""
    verdicts = list(Verdict)
    rules = [
        {
            "id": rule_id(v),
            "name": str(v),
            "shortDescription": {"text": _RULE_TEXT[v]},
            "defaultConfiguration": {
                "level": "error" if SEVERITY[v] >= SEVERITY[result.fail_on] else "warning"
            },
        }
        for v in verdicts
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL,
                        "informationUri": INFO_URI,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [
                    _result(item, verdicts.index(item.verdict)) for item in result.findings
                ],
            }
        ],
    }


@register("gate", "sarif")
def render(result: GateResult, out: TextIO) -> None:
    json.dump(finite(sarif(result)), out, ensure_ascii=False, indent=2, allow_nan=False)
    out.write("\n")


def _result(item: GateFinding, index: int) -> dict[str, Any]:
    new_id = next(i for i, loc in item.where.items() if loc == item.location)
    related = [
        {"id": n, "message": {"text": c.surface}, "physicalLocation": _physical(item.where[c.id])}
        for n, c in enumerate(item.claims)
        if c.id != new_id
    ]
    out: dict[str, Any] = {
        "ruleId": rule_id(item.verdict),
        "ruleIndex": index,
        "level": item.level,
        "message": {"text": item.message()},
        "locations": [{"physicalLocation": _physical(item.location)}],
        "partialFingerprints": {FINGERPRINT_KEY: item.fingerprint},
        "baselineState": "unchanged" if item.status == "acknowledged" else "new",
        "properties": {"status": item.status, "quantity": item.finding.quantity},
    }
    if related:
        out["relatedLocations"] = related
    if item.status == "acknowledged":
        suppression: dict[str, Any] = {"kind": "external", "status": "accepted"}
        if item.reason:
            suppression["justification"] = item.reason
        out["suppressions"] = [suppression]
    return out


def _physical(loc: Location) -> dict[str, Any]:
    return {
        "artifactLocation": {"uri": quote(loc.path, safe="/")},
        "region": {"startLine": loc.line, "startColumn": loc.column},
    }
