"""Every file a verb writes is whole or absent: a full disk, a failing device or an interrupt
gives one error line, exit 2, and never a partial file; the file that was there stays as it was.
Likewise a store on a full disk: one line, and the store holds whole articles only."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import reconcile.atomic as atomic
import reconcile.store as store_module
from reconcile.atomic import WriteFailed, atomic_open, write_text_atomic
from reconcile_cli.main import main

ARTICLE = """---
title: Bilan
published: 2024-01-15
language: fr
---
Selon la police, {n} suspects ont été arrêtés en 2023, contre {m} selon le parquet.
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _one_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("reconcile: error:")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(4):
        (folder / f"a{n}.md").write_text(ARTICLE.format(n=100 + n, m=300 + n), encoding="utf-8")
    return folder


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(ARTICLE.format(n=387, m=100), encoding="utf-8")
    return path


def _verb(name: str, corpus: Path, draft: Path, fmt: str) -> list[str]:
    if name == "gate":
        return ["gate", str(draft), "--corpus", str(corpus), "--format", fmt]
    return [name, str(corpus), "--format", fmt]


VERBS = [("extract", "csv"), ("extract", "xlsx"), ("report", "csv"), ("report", "html"),
         ("report", "json"), ("report", "xlsx"), ("ingest", "json"), ("gate", "sarif")]


class FullDisk:
    """A file object whose disk fills after ``room`` bytes: what was written before stays in
    the file (a partial file, if anyone left it there), then every write fails with ENOSPC."""

    def __init__(self, handle: Any, room: int) -> None:
        self._handle = handle
        self._room = room

    def write(self, data: Any) -> int:
        if len(data) > self._room:
            self._handle.write(data[: self._room])
            self._handle.flush()
            self._room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return int(self._handle.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> FullDisk:
        return FullDisk(real(fd, *args, **kwargs), room=40)

    monkeypatch.setattr(atomic.os, "fdopen", fdopen)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.mark.parametrize(("verb", "fmt"), VERBS)
def test_output_to_dev_full_is_one_line_for_every_verb(
    verb: str, fmt: str, corpus: Path, draft: Path
) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    code, _out, err = run(*_verb(verb, corpus, draft, fmt), "--output", "/dev/full")
    line = _one_error(err)
    assert code == 2 and "/dev/full" in line and "No space left on device" in line


@pytest.mark.parametrize(("verb", "fmt"), VERBS)
def test_a_disk_that_fills_leaves_no_partial_file(
    verb: str, fmt: str, corpus: Path, draft: Path, tmp_path: Path, full_disk: None
) -> None:
    target = tmp_path / "out" / f"result.{fmt}"
    code, _out, err = run(*_verb(verb, corpus, draft, fmt), "--output", str(target))
    line = _one_error(err)
    assert code == 2 and str(target) in line and "No space left on device" in line
    assert not target.exists()
    assert _leftovers(target.parent) == []


def test_a_disk_that_fills_keeps_the_previous_file(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "claims.csv"
    assert run("extract", str(corpus), "--format", "csv", "--output", str(target))[0] == 0
    before = target.read_bytes()
    (corpus / "a9.md").write_text(ARTICLE.format(n=999, m=998), encoding="utf-8")
    real = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, *a, **k: FullDisk(real(fd, *a, **k), 100))
    code, _out, err = run("extract", str(corpus), "--format", "csv", "--output", str(target))
    assert code == 2 and "nothing was written" in _one_error(err)
    assert target.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_a_disk_that_fills_at_sync_leaves_nothing(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    target = tmp_path / "report.json"
    code, _out, err = run("report", str(corpus), "--format", "json", "--output", str(target))
    assert code == 2 and "No space left on device" in _one_error(err)
    assert not target.exists() and _leftovers(tmp_path) == []


def test_the_new_file_replaces_the_old_one_whole_with_its_permissions(
    corpus: Path, tmp_path: Path
) -> None:
    target = tmp_path / "claims.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    assert run("extract", str(corpus), "--format", "csv", "--output", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith("claim_id,")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.csv"
    assert run("extract", str(corpus), "--format", "csv", "--output", str(fresh))[0] == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~mask
    assert _leftovers(tmp_path) == []


def test_writing_through_a_symlink_keeps_the_link(corpus: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert run("extract", str(corpus), "--format", "csv", "--output", str(link))[0] == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("claim_id,")


def test_an_exception_in_the_middle_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_open(target) as handle:
        handle.write("<html>half")
        raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "previous"
    assert _leftovers(tmp_path) == []


def test_errors_that_are_not_about_the_file_pass_through(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    unrelated = PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "corpus.md"))
    with pytest.raises(PermissionError) as caught, atomic_open(target):
        raise unrelated
    assert caught.value is unrelated and not isinstance(caught.value, WriteFailed)
    assert not target.exists() and _leftovers(tmp_path) == []


def test_a_read_only_file_is_not_replaced(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kept.csv"
    target.write_text("kept\n", encoding="utf-8")
    target.chmod(0o444)
    if os.geteuid() == 0:  # root may write any file: answer as the file's permissions say
        real = os.access
        monkeypatch.setattr(
            atomic.os, "access",
            lambda p, mode, **k: False if Path(p) == target and mode & os.W_OK else real(p, mode),
        )
    code, _out, err = run("extract", str(corpus), "--format", "csv", "--output", str(target))
    assert code == 2 and "Permission denied" in _one_error(err)
    assert target.read_text(encoding="utf-8") == "kept\n"


def test_a_folder_as_target_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(WriteFailed) as caught, atomic_open(tmp_path):
        pass
    assert str(caught.value).startswith(f"{tmp_path}: cannot write")


def test_baseline_and_python_api_write_whole_files(
    corpus: Path, draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = tmp_path / "baseline.json"
    code, _out, _err = run("gate", str(draft), "--corpus", str(corpus),
                           "--baseline", str(baseline), "--update-baseline")
    assert code == 0 and baseline.exists()
    before = baseline.read_bytes()
    real = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, *a, **k: FullDisk(real(fd, *a, **k), 10))
    code, _out, err = run("gate", str(draft), "--corpus", str(corpus),
                          "--baseline", str(baseline), "--update-baseline")
    line = _one_error(err)
    assert code == 2 and str(baseline) in line and "No space left on device" in line
    assert baseline.read_bytes() == before and _leftovers(tmp_path) == []

    import claims
    import reconcile

    found = claims.extract_text("Selon la police, 387 suspects ont été arrêtés en 2023.",
                                lang="fr")
    result = reconcile.reconcile(found)
    with pytest.raises(WriteFailed):
        result.save(tmp_path / "api.html")
    assert not (tmp_path / "api.html").exists() and _leftovers(tmp_path) == []


def test_write_text_atomic_writes_the_text(tmp_path: Path) -> None:
    write_text_atomic(tmp_path / "a" / "b.json", "{}\n")
    assert (tmp_path / "a" / "b.json").read_text(encoding="utf-8") == "{}\n"


def test_ingest_on_a_full_disk_is_one_line_and_keeps_whole_articles(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("ingest", str(corpus))[0] == 0
    store = corpus / ".reconcile" / "claims.sqlite"
    with sqlite3.connect(store) as conn:
        before = conn.execute("SELECT COUNT(*) FROM stored_articles").fetchone()[0]
    for n in range(10, 40):  # more than the pages left can hold
        (corpus / f"b{n}.md").write_text(ARTICLE.format(n=n, m=n + 1) * 30, encoding="utf-8")
    configure = store_module.configure

    def full(conn: sqlite3.Connection) -> None:  # the disk has no page left past this size
        configure(conn)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    monkeypatch.setattr(store_module, "configure", full)
    code, _out, err = run("ingest", str(corpus))
    assert code == 2 and "disk full" in _one_error(err)
    with sqlite3.connect(store) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [row[0] for row in conn.execute("SELECT id FROM stored_articles")]
        orphans = conn.execute(
            "SELECT COUNT(*) FROM stored_claims WHERE article_path NOT IN "
            "(SELECT path FROM stored_articles)"
        ).fetchone()[0] if _has_column(conn, "stored_articles", "path") else 0
    assert len(ids) >= before and orphans == 0


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(row[1] == column for row in conn.execute(f"PRAGMA table_info({table})"))


def test_step_summary_on_a_full_disk_is_one_line(
    corpus: Path, draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "/dev/full")
    code, _out, err = run("gate", str(draft), "--corpus", str(corpus), "--format", "github")
    line = _one_error(err)
    assert code == 2 and "/dev/full" in line and "No space left on device" in line


class FillingFile:
    """An unbuffered file on a disk with ``room`` bytes left."""

    def __init__(self, content: bytes, room: int) -> None:
        self.data = bytearray(content)
        self.room = room

    def seek(self, offset: int, whence: int) -> int:
        return len(self.data)

    def write(self, data: memoryview) -> int:
        if not self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        part = bytes(data[: self.room])
        self.data += part
        self.room -= len(part)
        return len(part)

    def truncate(self, size: int) -> None:
        del self.data[size:]


def test_a_step_summary_append_is_whole_or_nothing() -> None:
    from reports.github import write_all

    full = FillingFile(b"## earlier step\n", room=10)
    with pytest.raises(OSError):
        write_all(full, b"## Claim reconciler gate\n| a | b |\n")  # type: ignore[arg-type]
    assert bytes(full.data) == b"## earlier step\n"
    roomy = FillingFile(b"x\n", room=1000)
    write_all(roomy, b"## gate\n")  # type: ignore[arg-type]
    assert bytes(roomy.data) == b"x\n## gate\n"
