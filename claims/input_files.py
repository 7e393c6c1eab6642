"""One input file's bytes and text, read safely, and the one-line error for a bad input.

Only a regular file is ever opened, never more than the byte limit is read, and a binary file,
UTF-16/32 text or bytes that are not UTF-8 become one ``InputError`` naming the file. Split from
``claims.load`` (which settles an article's fields) because front matter and metadata files are
read through the same checks.
"""

from __future__ import annotations

import stat
from pathlib import Path

BOM = "\ufeff"
MAX_ARTICLE_BYTES = 5_000_000  # --max-article-bytes: a larger article is one error line

# A text file has almost no control characters; past this share it is something else.
MAX_CONTROL_SHARE = 0.05
SNIFF_CHARS = 8192
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")  # ESC: some exports keep colour codes


class InputError(Exception):
    """One bad input: ``str(err) == f"{path}: {problem}"``, one line that names the file.

    Yielded (not raised) by ``load_articles`` so that callers can report it and carry on.
    """

    path: str
    problem: str

    def __init__(self, path: str, problem: str) -> None:
        problem = " ".join(str(problem).split())  # one line, whatever the parser said
        super().__init__(path, problem)  # args kept, so errors pickle across processes
        self.path = str(path)
        self.problem = problem

    def __str__(self) -> str:
        return f"{_visible(self.path)}: {self.problem}"


def _visible(name: str) -> str:
    """A file name as printed: control characters (an escape sequence, a line break that would
    start a forged line) shown as ``\\xNN``, never run."""
    return "".join(f"\\x{ord(c):02x}" if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in name)


def read_bytes(path: Path, max_bytes: int = MAX_ARTICLE_BYTES, what: str = "article") -> bytes:
    """The file's bytes, never more than ``max_bytes`` read; only a regular file is opened, so
    a FIFO or a device named in place of one is an error, never a read that blocks or never
    ends."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(str(path), not_a_file(path))
        if info.st_size > max_bytes:
            raise InputError(str(path), too_large(max_bytes, what, info.st_size))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since
    except OSError as err:
        raise InputError(str(path), os_problem(err)) from None
    if len(data) > max_bytes:
        raise InputError(str(path), too_large(max_bytes, what))
    return data


def too_large(limit: int, what: str = "article", size: int | None = None) -> str:
    has = f" ({size:,} bytes)" if size is not None else ""
    hint = " (see --max-article-bytes)" if what == "article" else ""
    return f"{what} larger than the limit of {limit:,} bytes{has}{hint}"


def not_a_file(path: Path) -> str:
    """What a path that is neither a regular file nor a folder is, in a user's words."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "broken link" if path.is_symlink() else "cannot read"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device file, not an article"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not an article"
    if stat.S_ISSOCK(mode):
        return "a socket, not an article"
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    return "not a regular file or folder"


def os_problem(err: OSError) -> str:
    if isinstance(err, FileNotFoundError):
        return "no such file or directory"
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read: {err.strerror or err}"


def decode(raw: bytes, where: str) -> str:
    """Decode UTF-8 strictly, telling binary files and other encodings apart."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise InputError(where, "UTF-32 text, not UTF-8; re-save it as UTF-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(where, "UTF-16 text, not UTF-8; re-save it as UTF-8")
    if b"\x00" in raw:
        raise InputError(where, "binary file, not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        if mostly_control(raw[:SNIFF_CHARS].decode("latin-1")):
            raise InputError(where, "binary file, not text") from None
        bad = raw[err.start]
        raise InputError(
            where, f"not UTF-8 text (byte 0x{bad:02X} at offset {err.start}); re-save it as UTF-8"
        ) from None
    return text


def mostly_control(sample: str) -> bool:
    """Whether too many characters are ASCII controls other than tab, newlines and form feed.

    C1 controls are not counted: Latin-1 decoding of Windows-1252 quotes produces them.
    """
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ch < " " or ch == "\x7f") and ch not in _TEXT_CONTROLS)
    return controls / len(sample) > MAX_CONTROL_SHARE
