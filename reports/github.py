"""GitHub Actions output: workflow-command annotations on the draft's lines, and a step summary.

GitHub shows at most ten annotations of each kind per step, so every finding is also printed
as a plain log line, and listed in the Markdown step summary when ``$GITHUB_STEP_SUMMARY`` is set.
"""

from __future__ import annotations

import contextlib
import errno
import os
from typing import BinaryIO, TextIO

from reconcile.models import GateFinding, GateResult
from reports import register
from reports.safe import markdown_cell, visible, workflow_safe

SUMMARY_ENV = "GITHUB_STEP_SUMMARY"
_COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message, as the Actions runner unescapes it."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(text)  # an escape sequence in a name or a text is shown, never run


def escape_property(text: str) -> str:
    """Escape a property value (file, title): the message escapes plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(item: GateFinding) -> str:
    """``::error file=...,line=N,col=C,title=...::message`` for one finding."""
    loc = item.location
    props = ",".join(
        f"{name}={escape_property(str(value))}"
        for name, value in (
            ("file", loc.path),
            ("line", loc.line),
            ("col", loc.column),
            ("title", f"reconcile: {item.title}"),
        )
    )
    return f"::{_COMMANDS[item.level]} {props}::{escape_data(item.message())}"


def log_line(item: GateFinding) -> str:
    """The same finding as a plain line, for when GitHub drops annotations past ten."""
    loc = item.location
    return workflow_safe(
        f"{loc.path}:{loc.line}:{loc.column}: {item.level}: {item.title}: "
        f"{' '.join(item.message().split())} (fingerprint {item.fingerprint})"
    )


@register("gate", "github")
def render(result: GateResult, out: TextIO) -> None:
    for item in result.findings:
        out.write(annotation(item) + "\n")
    for item in result.findings:
        out.write(log_line(item) + "\n")
    out.write(workflow_safe(_verdict_line(result)) + "\n")
    summary_path = os.environ.get(SUMMARY_ENV)
    if summary_path:
        append_whole(summary_path, step_summary(result))


def append_whole(path: str, text: str) -> None:
    """Append ``text`` to a file shared with the other steps of a job (the step summary), whole
    or not at all: a full disk cuts the file back to its size before, and the error (one line
    at the CLI) names the file."""
    try:
        with open(path, "ab", buffering=0) as handle:
            write_all(handle, text.encode("utf-8"))
    except OSError as err:
        raise OSError(err.errno, err.strerror or str(err), path) from None


def write_all(handle: BinaryIO, data: bytes) -> None:
    """Write every byte of ``data`` at the end of ``handle`` (an unbuffered file), or, if the
    write fails part-way, nothing: the file is truncated back to where it ended."""
    start = handle.seek(0, os.SEEK_END)
    view = memoryview(data)
    try:
        while view:
            written = handle.write(view)
            if not written:  # nothing more fits
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            view = view[written:]
    except OSError:
        with contextlib.suppress(OSError):  # a device cannot be truncated, and has no file
            handle.truncate(start)
        raise


def step_summary(result: GateResult) -> str:
    """A Markdown section with one table row per finding."""
    lines = ["## Claim reconciler gate", "", _verdict_line(result), ""]
    if result.findings:
        lines += [
            "| status | verdict | where | figures | explanation |",
            "| --- | --- | --- | --- | --- |",
        ]
        for item in result.findings:
            status = "**new, fails**" if item.failing else item.status
            figures = "; ".join(
                f"{c.surface} ({item.where[c.id].path}:{item.where[c.id].line})"
                for c in item.claims
            )
            cells = [
                status,
                item.title,
                f"{item.location.path}:{item.location.line}",
                figures,
                item.finding.explanation,
            ]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n\n"


def _cell(text: str) -> str:
    return markdown_cell(text)


def _verdict_line(result: GateResult) -> str:
    failing = len(result.failing)
    state = "FAIL" if result.failed else "pass"
    return (
        f"reconcile gate: {state}: {failing} new finding(s) at or above {result.fail_on}, "
        f"{len(result.findings)} finding(s) in all, {result.new_articles} new article(s)"
    )
