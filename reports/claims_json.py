"""Claims as a JSON array, written claim by claim so memory stays flat."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from claims.models import Claim
from reports import register
from reports.rows import claim_record
from reports.safe import finite


@register("claims", "json")
def write_claims_json(claims: Iterable[Claim], out: TextIO, **_: object) -> None:
    out.write("[")
    first = True
    for claim in claims:
        record = json.dumps(finite(claim_record(claim)), ensure_ascii=False, allow_nan=False)
        out.write(("\n  " if first else ",\n  ") + record)
        first = False
    out.write("\n]\n" if not first else "]\n")
