"""The rich console the table renderers print to.

Colour and the terminal's width only on the standard output: there rich decides (a terminal,
or ``FORCE_COLOR`` / ``NO_COLOR``), and a pipe gets a fixed width. Any other file (``--output
FILE``) is plain text at that fixed width, whatever the environment says.
"""

from __future__ import annotations

import sys
from typing import TextIO

from rich.console import Console


def console(out: TextIO, width: int | None, plain_width: int) -> Console:
    """A console on ``out``: ``width`` if given, else the terminal's, else ``plain_width``."""
    to_stdout = out is sys.stdout
    return Console(
        file=out,
        width=width or (None if to_stdout and out.isatty() else plain_width),
        force_terminal=None if to_stdout else False,
        soft_wrap=False,
    )
