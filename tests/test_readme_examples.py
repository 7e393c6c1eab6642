"""README's console examples are real output: each one is run and compared with what README shows.

An example that needs something beside the project (a Dask cluster, a user's own folder) is not
run. When a change alters the seeds' output on purpose, rewrite the examples with
``python tests/test_readme_examples.py --write`` and read the diff before committing it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_BLOCK = re.compile(r"```console\n(.*?)```", re.S)
# Examples that need what a fresh clone does not have: a running Dask scheduler, a background
# process, or a folder of the reader's own.
_NOT_RUN = re.compile(r"--scheduler|&\s*$|\barticles/|here\.json", re.M)


@dataclass(frozen=True)
class Example:
    command: str
    shown: str
    start: int  # offset of the shown output in README
    end: int


def examples(text: str) -> list[Example]:
    """Every ``$ command`` of a console block that can run in a fresh clone, with its output."""
    found = []
    for block in _BLOCK.finditer(text):
        if _NOT_RUN.search(block.group(1)):
            continue
        offset = block.start(1)
        parts = re.split(r"(?m)^\$ (.*)\n", block.group(1))
        # parts: [before, command, output, command, output, ...]
        position = offset + len(parts[0])
        for command, output in zip(parts[1::2], parts[2::2], strict=True):
            position += len(f"$ {command}\n")
            found.append(Example(command, output, position, position + len(output)))
            position += len(output)
    return found


def run(command: str) -> str:
    """The command's standard output, run by bash in the project folder, as a pipe would see it."""
    reconcile = shutil.which("reconcile") or str(Path(sys.executable).parent / "reconcile")
    env = {**os.environ, "PATH": f"{Path(reconcile).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("FORCE_COLOR", None)
    done = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, capture_output=True, text=True, env=env, timeout=300
    )
    return done.stdout


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.rstrip("\n").split("\n")]


@pytest.mark.parametrize(
    "example", examples(README.read_text(encoding="utf-8")), ids=lambda e: e.command[:60]
)
def test_readme_example_is_real_output(example: Example) -> None:
    assert _lines(run(example.command)) == _lines(example.shown), (
        "README shows stale output: rewrite it with `python tests/test_readme_examples.py --write`"
    )


def test_examples_are_found() -> None:
    commands = [e.command for e in examples(README.read_text(encoding="utf-8"))]
    assert any(c.startswith("reconcile report seeds") for c in commands)
    assert any("examples/ko_" in c for c in commands)


def _write() -> None:
    text = README.read_text(encoding="utf-8")
    for example in reversed(examples(text)):
        output = "\n".join(_lines(run(example.command))) + "\n"
        text = text[: example.start] + output + text[example.end :]
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    _write()
