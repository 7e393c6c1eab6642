"""Files written whole or not at all.

A report, a workbook or a baseline is written to a temporary file in the target's own folder
and renamed over the target only once it is complete and on disk. A full disk, a crash or an
interrupt half-way therefore never leaves a truncated CSV for a spreadsheet, a CI step or a
person to read: the target is either the new file or the file it was before. Devices and pipes
(``/dev/stdout``, ``/dev/full``, a FIFO) have nothing to rename over and are written through.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

# Errors that mean "this file could not be written", as opposed to a fault elsewhere in the work.
_WRITE_FAILURES = frozenset(
    code
    for code in (
        errno.ENOSPC,
        getattr(errno, "EDQUOT", None),
        errno.EFBIG,
        errno.EIO,
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
        errno.EISDIR,
        errno.ENOTDIR,
    )
    if code is not None
)


class WriteFailed(OSError):
    """A file that could not be written; ``str()`` is one line naming it, and nothing of it
    was left behind."""

    def __init__(self, path: Path | str, cause: OSError) -> None:
        reason = cause.strerror or str(cause)
        super().__init__(cause.errno, f"cannot write ({reason}); nothing was written", str(path))
        self.path = str(path)
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


def _is_special(path: Path) -> bool:
    """A device, FIFO or socket: written in place (no rename can replace it)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _new_file_mode(path: Path) -> int:
    """The permissions the target would get from a plain ``open``: its own if it exists, else
    the usual 0o666 less the umask (``mkstemp`` makes 0o600 files)."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(os.stat(path).st_mode)
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _open_mode(binary: bool) -> str:
    return "wb" if binary else "w"


@contextlib.contextmanager
def atomic_open(
    path: str | Path,
    *,
    binary: bool = False,
    encoding: str | None = "utf-8",
    newline: str | None = "",
) -> Iterator[IO[Any]]:
    """Yield a handle for ``path``; the file appears, whole, when the ``with`` ends without an
    exception. Any failure (a full disk on write, flush, sync or rename; an exception in the
    body) removes the temporary file and leaves the target as it was. Failures to write are
    raised as ``WriteFailed`` (an ``OSError``), other exceptions unchanged."""
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()  # replace the file the link names, keep the link
    text_options: dict[str, Any] = {} if binary else {"encoding": encoding, "newline": newline}
    write = _in_place if _is_special(target) else _via_temporary
    with write(path, target, _open_mode(binary), text_options) as handle:
        yield handle


@contextlib.contextmanager
def _in_place(
    path: str | Path, target: Path, mode: str, text_options: dict[str, Any]
) -> Iterator[IO[Any]]:
    """A device, FIFO or socket, written through: no rename can replace it."""
    try:
        handle = open(target, mode, **text_options)  # noqa: SIM115
    except OSError as err:
        raise WriteFailed(path, err) from None
    try:
        with handle:
            yield handle
    except WriteFailed:
        raise
    except OSError as err:
        _raise_if_write_failed(path, err, (None, str(target)))
        raise


@contextlib.contextmanager
def _via_temporary(
    path: str | Path, target: Path, mode: str, text_options: dict[str, Any]
) -> Iterator[IO[Any]]:
    """A temporary file beside the target, synced and renamed over it once whole; removed on
    any failure."""
    _refuse_unwritable(path, target)
    fd, tmp_name = _temporary(path, target)
    tmp = Path(tmp_name)
    done = False
    try:
        with _fdopen(fd, mode, text_options) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _new_file_mode(target))
        os.replace(tmp, target)
        done = True
    except WriteFailed:
        raise
    except OSError as err:
        _raise_if_write_failed(path, err, (None, str(tmp), tmp_name, str(target)))
        raise
    finally:
        if not done:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _refuse_unwritable(path: str | Path, target: Path) -> None:
    """A folder, or a file the user may not write (a rename would get past it), is refused."""
    if target.is_dir():
        raise WriteFailed(path, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
    if target.exists() and not os.access(target, os.W_OK):
        raise WriteFailed(path, PermissionError(errno.EACCES, os.strerror(errno.EACCES)))


def _temporary(path: str | Path, target: Path) -> tuple[int, str]:
    """A new temporary file in the target's folder (made if missing)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as err:
        raise WriteFailed(path, err) from None


def _fdopen(fd: int, mode: str, text_options: dict[str, Any]) -> IO[Any]:
    """The handle of a temporary file's descriptor, closed if it cannot be made."""
    try:
        return os.fdopen(fd, mode, **text_options)
    except BaseException:
        os.close(fd)
        raise


def _raise_if_write_failed(
    path: str | Path, err: OSError, names: tuple[str | None, ...]
) -> None:
    """A failure to write one of our files (``names``) is ``WriteFailed``; others go on."""
    if err.errno in _WRITE_FAILURES and err.filename in names:
        raise WriteFailed(path, err) from None


def write_text_atomic(path: str | Path, text: str, *, encoding: str = "utf-8") -> None:
    """``Path.write_text``, whole or not at all."""
    with atomic_open(path, encoding=encoding, newline=None) as handle:
        handle.write(text)
