"""Claims as CSV, one row per claim, streamed (memory flat in the number of articles)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from claims.models import Claim
from reports import register
from reports.rows import CLAIM_COLUMNS, claim_row


@register("claims", "csv")
def write_claims_csv(claims: Iterable[Claim], out: TextIO, **_: object) -> None:
    writer = csv.DictWriter(out, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for claim in claims:
        writer.writerow(claim_row(claim))
