"""Claims as CSV, one row per claim, streamed (memory flat in the number of articles).

No cell is one a spreadsheet would run as a formula (``reports.safe.formula_safe``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from claims.models import Claim
from reports import register
from reports.rows import CLAIM_COLUMNS, claim_row
from reports.safe import formula_safe


@register("claims", "csv")
def write_claims_csv(claims: Iterable[Claim], out: TextIO, **_: object) -> None:
    writer = csv.DictWriter(out, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for claim in claims:
        writer.writerow({k: formula_safe(v) for k, v in claim_row(claim).items()})
