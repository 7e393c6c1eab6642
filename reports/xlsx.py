"""An Excel workbook for editors: typed cells, frozen headers, filters on, links to sources.

Numbers and dates are typed cells, so a spreadsheet in any locale sorts and sums them (the CSV's
dot decimals read as text in a French LibreOffice). No text cell can run as a formula: text is
stored as text, and a cell that starts like a formula (``= + - @``, their fullwidth forms, a tab
or a carriage return) also gets Excel's quote prefix, so editing it keeps it text. Negative
numbers are numbers, not text. Characters a workbook cannot hold (control characters) are
dropped, and a cell is cut at Excel's 32 767 characters.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import IO, Any, TextIO

from claims.models import Claim
from reconcile.models import Report
from reports import register
from reports.findings_csv import FINDING_COLUMNS, GROUP_COLUMNS, claim_rows, finding_rows
from reports.rows import CLAIM_COLUMNS, claim_row, typed_row

FORMULA_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\t", "\r")
MAX_CELL = 32_767
WIDE = {"sentence": 80, "explanation": 80, "counted": 30, "quantity": 30, "surface": 18,
        "values": 24, "periods": 24, "lines": 24, "articles": 24, "group_label": 30,
        "title": 50, "url": 40, "period_text": 24}
ARTICLE_COLUMNS = ("article", "title", "outlet", "published", "language", "url", "path")


def binary_stream(out: TextIO | IO[bytes]) -> IO[bytes]:
    """The byte stream under a text output (a file opened by the CLI, or standard output)."""
    if isinstance(out, io.TextIOBase) or hasattr(out, "buffer"):
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            raise TypeError("an xlsx workbook is binary: give a file or a byte stream")
        out.flush()
        return buffer
    return out  # type: ignore[return-value]


class SheetWriter:
    """One sheet of a write-only workbook (rows streamed to disk, memory flat)."""

    def __init__(self, book: Any, title: str, columns: Sequence[str]) -> None:
        from openpyxl.styles import Font

        self.sheet = book.create_sheet(title)
        self.columns = list(columns)
        self.rows = 0
        self.link_font = Font(color="0563C1", underline="single")
        for n, name in enumerate(self.columns, start=1):
            self.sheet.column_dimensions[_letter(n)].width = WIDE.get(name, max(10, len(name) + 2))
        self.sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        self.sheet.append([self._cell(name, font=bold) for name in self.columns])

    def _cell(self, value: object, *, link: str | None = None, font: Any = None) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet, value=_storable(value))
        if isinstance(cell.value, str):
            cell.data_type = "s"  # never a formula, whatever the text
            if cell.value.startswith(FORMULA_STARTS):
                cell.quotePrefix = True
        elif isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
        if link:
            cell.hyperlink = link
            cell.font = self.link_font
        if font is not None:
            cell.font = font
        return cell

    def append(self, row: Mapping[str, object], links: Mapping[str, str] | None = None) -> None:
        typed = typed_row(dict(row))
        links = links or {}
        self.sheet.append([self._cell(typed.get(c), link=links.get(c)) for c in self.columns])
        self.rows += 1

    def close(self) -> None:
        self.sheet.auto_filter.ref = f"A1:{_letter(len(self.columns))}{self.rows + 1}"


def _letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def _storable(value: object) -> object:
    if not isinstance(value, str):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL]


def _workbook() -> Any:
    from openpyxl import Workbook

    return Workbook(write_only=True)


def _save(book: Any, stream: IO[bytes]) -> None:
    """``book.save``, and when the stream fails half-way (a full disk) nothing is left to write
    at exit: openpyxl would leave its zip archive and unfinished sheets open, and their clean-up
    would print tracebacks after the one error line."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    archive = ZipFile(stream, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(book, archive).save()
    except BaseException:
        archive.fp = None  # the stream is gone: closing must not write to it again
        for sheet in book.worksheets:
            if not getattr(sheet, "closed", True):
                with contextlib.suppress(Exception):
                    sheet.close()
        raise


def _claim_links(article: object, urls: Mapping[str, str]) -> dict[str, str]:
    url = urls.get(str(article))
    return {"article": url, "surface": url} if url else {}


@register("claims", "xlsx")
def write_claims_xlsx(claims: Iterable[Claim], out: TextIO, *,
                      urls: Mapping[str, str] | None = None, **_: object) -> None:
    """One sheet of claims, the CSV's columns; a claim's article and figure link to the
    article's URL when its front matter (or metadata) gives one."""
    book = _workbook()
    sheet = SheetWriter(book, "claims", CLAIM_COLUMNS)
    urls = urls if urls is not None else {}
    for claim in claims:
        sheet.append(claim_row(claim), _claim_links(claim.article, urls))
    sheet.close()
    _save(book, binary_stream(out))


@register("report", "xlsx")
def write_report_xlsx(report: Report, out: TextIO, **_: object) -> None:
    """Sheets ``findings`` (the shown findings), ``claims`` (every claim with its group) and
    ``articles`` (title, outlet, date, URL), columns as in the CSV."""
    urls = {a.id: a.url for a in report.articles if a.url}
    book = _workbook()
    findings = SheetWriter(book, "findings", FINDING_COLUMNS)
    for row in finding_rows(report):
        findings.append(row)
    findings.close()
    claims = SheetWriter(book, "claims", (*CLAIM_COLUMNS, *GROUP_COLUMNS))
    for row in claim_rows(report):
        claims.append(row, _claim_links(row["article"], urls))
    claims.close()
    articles = SheetWriter(book, "articles", ARTICLE_COLUMNS)
    for a in report.articles:
        articles.append(
            {"article": a.id, "title": a.title, "outlet": a.outlet, "published": a.published,
             "language": a.language, "url": a.url, "path": a.path},
            {"url": a.url} if a.url else None,
        )
    articles.close()
    _save(book, binary_stream(out))
