"""Loading hostile files: limits on size and nesting, devices and pipes, one rule everywhere."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from claims.load import InputError, load_articles, read_folder_metadata
from claims.models import Article

BODY = "Le ministère a recensé 12 cas en 2024.\n"


def _problems(items: list[Article | InputError]) -> list[str]:
    return [item.problem for item in items if isinstance(item, InputError)]


def test_article_past_max_bytes_is_one_line_and_the_next_loads(tmp_path: Path) -> None:
    (tmp_path / "a_big.txt").write_text(BODY * 100)
    (tmp_path / "b_small.txt").write_text(BODY)
    items = list(load_articles([str(tmp_path)], max_bytes=1000))
    assert _problems(items) == [
        "article larger than the limit of 1,000 bytes (4,100 bytes) (see --max-article-bytes)"
    ]
    assert [a.id for a in items if isinstance(a, Article)] == ["b_small.txt"]


def test_stdin_past_max_bytes_is_one_line() -> None:
    stdin = io.TextIOWrapper(io.BytesIO((BODY * 100).encode()))
    (item,) = load_articles(["-"], stdin=stdin, max_bytes=1000)
    assert isinstance(item, InputError) and item.path == "<stdin>"
    assert "larger than the limit of 1,000 bytes" in item.problem


def test_huge_integers_in_front_matter_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: {'9' * 5000}\nbig: !!int {'9' * 5000}\n---\n{BODY}")
    (article,) = load_articles([str(path)])
    assert isinstance(article, Article) and article.title == "9" * 5000


def test_front_matter_past_its_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\n" + "x: y\n" * 20000 + "---\n" + BODY)
    (item,) = load_articles([str(path)])
    assert isinstance(item, InputError)
    assert item.problem == "front matter: larger than the limit of 65,536 characters"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("metadata.yaml", "a.txt:\n  title: " + "[" * 3000 + "]" * 3000, "nested deeper"),
        ("metadata.yaml", "x: &x [1, 2]\na.txt: {title: *x}", "anchors and aliases"),
        ("metadata.json", '{"a.txt": {"title": ' + "[" * 100000 + "]" * 100000 + "}}", "nested"),
    ],
)
def test_hostile_metadata_is_one_line(
    tmp_path: Path, name: str, content: str, problem: str
) -> None:
    (tmp_path / name).write_text(content)
    entries, errors = read_folder_metadata(tmp_path)
    assert entries == {}
    (error,) = errors
    assert error.path == str(tmp_path / name) and problem in error.problem


def test_huge_integer_in_metadata_json_is_text(tmp_path: Path) -> None:
    (tmp_path / "metadata.json").write_text('{"a.txt": {"title": ' + "9" * 10000 + "}}")
    entries, errors = read_folder_metadata(tmp_path)
    assert errors == [] and entries["a.txt"]["title"] == "9" * 10000


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_link_to_a_device_is_named_a_device(tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere")
    given = [str(tmp_path / "zero.txt"), str(tmp_path / "gone.txt"), "/dev/zero"]
    assert _problems(list(load_articles(given))) == [
        "a device file, not an article",
        "broken link",
        "a device file, not an article",
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_one_rule_for_special_files_named_or_in_a_folder(tmp_path: Path) -> None:
    """Named or met in a folder, an article-named entry that cannot be read is an error; other
    names in a folder are ignored whatever they are."""
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.csv")  # not an article name: ignored in a folder
    (tmp_path / "ok.txt").write_text(BODY)
    in_folder = list(load_articles([str(tmp_path)]))
    named = list(load_articles([str(tmp_path / "pipe.txt")]))
    assert _problems(in_folder) == _problems(named) == ["a named pipe (FIFO), not an article"]
    assert [a.id for a in in_folder if isinstance(a, Article)] == ["ok.txt"]


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads unreadable files"
)
def test_unreadable_file_in_a_folder_is_an_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(BODY)
    locked.chmod(0)
    (tmp_path / "ok.txt").write_text(BODY)
    try:
        items = list(load_articles([str(tmp_path)]))
    finally:
        locked.chmod(0o600)
    assert _problems(items) == ["permission denied"]
