"""Text that cannot be turned against its reader, one escape per medium.

File names and article texts come from whoever wrote them, and a renderer must show them, not
obey them: rich markup in a name (``[link=...]``), terminal escape sequences, a newline that
starts a GitHub workflow command, a cell a spreadsheet runs as a formula, a ``NaN`` that a
JSON parser rejects. Every renderer passes what it did not write itself through here.
"""

from __future__ import annotations

import math
import re
from typing import Any

from rich.text import Text

# C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder what a
# reader sees ("Trojan source"); tab is kept in free text, shown in single-line fields.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_LINE_CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def _shown(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, one_line: bool = True) -> str:
    """``text`` with every control character shown as ``\\xNN`` (``\\uNNNN``): an escape
    sequence is printed, never run; with ``one_line``, line breaks and tabs too."""
    return (_LINE_CONTROLS if one_line else _CONTROLS).sub(_shown, text)


def rich_text(text: str, style: str = "") -> Text:
    """A rich ``Text`` holding ``text`` literally: no markup read, controls visible."""
    return Text(visible(text), style=style)


# A cell a spreadsheet runs: = + - @ (and their fullwidth forms, which some spreadsheets
# fold to ASCII), tab and carriage return; a plain number ("-5", "+3.2") stays a number.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def formula_safe(cell: object) -> object:
    """A text cell that would start a formula, prefixed with ``'`` so it stays text; numbers
    (and text that is only a number) are left as they are, so they stay numeric."""
    if not isinstance(cell, str):
        return cell
    stripped = cell.lstrip(" ")
    if stripped.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(stripped):
        return "'" + cell
    return cell


def finite(value: Any) -> Any:
    """``value`` with every NaN or infinite float replaced by ``None``, in nested dicts, lists
    and tuples: JSON has no such numbers, and JavaScript's parser rejects them."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def markdown_cell(text: str) -> str:
    """A Markdown table cell: one line, ``|`` escaped, no HTML or link markup run."""
    text = visible(" ".join(text.split()))
    for char, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        text = text.replace(char, escaped)
    for char in "\\|[]`*_":
        text = text.replace(char, "\\" + char)
    return text


def workflow_safe(line: str) -> str:
    """A plain log line GitHub Actions never reads as a workflow command: one line (``%``,
    CR and LF escaped as the runner does), controls visible, and never starting with ``::``
    (the runner trims leading blanks first; our plain lines start with a path, so ``./``)."""
    line = line.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    line = visible(line)
    return "./" + line.lstrip() if line.lstrip().startswith("::") else line
