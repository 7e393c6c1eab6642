"""JSON Lines for pipelines: one object per line, written as it comes (``jq -c``, ``split``,
a database's bulk loader). Claims carry the JSON report's claim fields, findings its finding
fields, so a script reads either format with the same keys.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from claims.models import Claim
from reconcile.models import Report
from reports import register
from reports.findings_json import claim_dict, finding_dict
from reports.rows import claim_record
from reports.safe import finite


def _write_lines(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(finite(record), ensure_ascii=False, allow_nan=False))
        out.write("\n")


@register("claims", "jsonl")
def write_claims_jsonl(claims: Iterable[Claim], out: TextIO, **_: object) -> None:
    _write_lines(map(claim_record, claims), out)


def report_records(report: Report, what: str) -> Iterator[dict[str, Any]]:
    """The shown findings, or every claim with its group (``--what claims``)."""
    if what == "claims":
        group_of = report.group_of()
        return (claim_dict(c, group_of.get(c.id)) for c in report.claims)
    return (finding_dict(f) for f in report.shown())


@register("report", "jsonl")
def write_report_jsonl(report: Report, out: TextIO, *, what: str = "findings",
                       **_: object) -> None:
    _write_lines(report_records(report, what), out)
