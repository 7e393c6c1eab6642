"""Claims and findings as pandas DataFrames, for notebooks: the CSV's columns, typed.

Columns and their order are those of the CSV exports (``reports.rows``, ``findings_csv``), so
a notebook and a spreadsheet speak of the same ``period_end``; types come from the same column
tables as the workbook's cells: values as floats, periods as datetimes, lines and offsets as
nullable integers, empty cells missing. pandas is imported here only, when a frame is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from claims.models import Claim
from reports.rows import CLAIM_COLUMNS, DATE_COLUMNS, FLOAT_COLUMNS, INTEGER_COLUMNS, claim_row

if TYPE_CHECKING:
    import pandas as pd

    from reconcile.models import Report


def typed_frame(rows: Iterable[Mapping[str, object]], columns: Sequence[str]) -> pd.DataFrame:
    """A DataFrame of flat rows (CSV cells), each column converted by its name."""
    import pandas as pd

    frame = pd.DataFrame.from_records(list(rows), columns=list(columns))
    for column in frame.columns:
        cells = frame[column].replace("", None)
        if column in FLOAT_COLUMNS:
            frame[column] = pd.to_numeric(cells, errors="coerce").astype("float64")
        elif column in INTEGER_COLUMNS:
            frame[column] = pd.to_numeric(cells, errors="coerce").astype("Int64")
        elif column in DATE_COLUMNS:
            frame[column] = pd.to_datetime(cells, errors="coerce", format="ISO8601")
        else:
            frame[column] = cells
    return frame


def claims_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    """One row per claim, the ``extract`` CSV's columns."""
    rows = (claim_row(c) for c in claims)
    return typed_frame(rows, CLAIM_COLUMNS)


def report_claims_frame(report: Report) -> pd.DataFrame:
    """One row per claim with its group: the ``report --what claims`` CSV's columns."""
    from reports.findings_csv import GROUP_COLUMNS, claim_rows

    return typed_frame(claim_rows(report), (*CLAIM_COLUMNS, *GROUP_COLUMNS))


def findings_frame(report: Report) -> pd.DataFrame:
    """One row per shown finding: the ``report`` CSV's columns, plus ``group_id``,
    ``claim_ids`` (a list) and ``confidence`` (float) when findings carry them."""
    from reports.findings_csv import FINDING_COLUMNS, finding_rows

    findings = report.shown()
    extra = ["group_id", "claim_ids"]
    has_confidence = any(getattr(f, "confidence", None) is not None for f in findings)
    rows = []
    for finding, row in zip(findings, finding_rows(report), strict=True):
        row = {**row, "group_id": finding.group_id, "claim_ids": list(finding.claim_ids)}
        if has_confidence:
            row["confidence"] = getattr(finding, "confidence", None)
        rows.append(row)
    columns = [*FINDING_COLUMNS, *(c for c in extra if c not in FINDING_COLUMNS)]
    if has_confidence and "confidence" not in columns:
        columns.append("confidence")
    return typed_frame(rows, columns)
