"""The CI files users copy: the example workflow and the composite action run their shell steps
as GitHub would (bash -eo pipefail, values through env:), with changed file names that a shell
would split or run; a stand-in ``reconcile`` records the arguments it was given."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / "examples" / "github-actions.yml"
ACTION = ROOT / "action.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
NASTY = ["articles/a b.md", "articles/$(touch pwned).md"]

pytestmark = pytest.mark.skipif(
    shutil.which("bash") is None or shutil.which("git") is None, reason="needs bash and git"
)

_EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def _load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _steps(path: Path, job: str | None = None) -> list[dict[str, Any]]:
    data = _load(path)
    return data["runs"]["steps"] if job is None else data["jobs"][job]["steps"]


def _step(steps: list[dict[str, Any]], name: str) -> dict[str, Any]:
    (found,) = [s for s in steps if s.get("name") == name]
    return found


def _env(step: dict[str, Any], values: dict[str, str]) -> dict[str, str]:
    """The step's env:, its ``${{ ... }}`` expressions replaced as the runner would."""

    def value(match: re.Match[str]) -> str:
        return values[match.group(1)]

    return {key: _EXPRESSION.sub(value, str(raw)) for key, raw in step.get("env", {}).items()}


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture()
def pull_request(tmp_path: Path) -> Path:
    """A checkout of a pull request adding two articles with awkward names to articles/."""
    repo = tmp_path / "repo"
    (repo / "articles").mkdir(parents=True)
    (repo / "articles" / "old.md").write_text("Old article.\n", encoding="utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base")
    _git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    _git(repo, "checkout", "-q", "-b", "pr")
    for name in NASTY:
        (repo / name).write_text("New article.\n", encoding="utf-8")
    (repo / "README.md").write_text("not an article\n", encoding="utf-8")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "pr")
    return repo


@pytest.fixture()
def stand_in(tmp_path: Path) -> tuple[Path, Path]:
    """A ``reconcile`` on PATH that writes its arguments, NUL-separated, to a file."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "argv"
    script = bin_dir / "reconcile"
    script.write_text(
        f"#!{sys.executable}\nimport sys\n"
        f"open({str(record)!r}, 'w').write('\\0'.join(sys.argv[1:]))\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return bin_dir, record


def _run(script: str, env: dict[str, str], cwd: Path, bin_dir: Path) -> None:
    full = {**os.environ, **env, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=cwd, env=full, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_workflow_passes_two_awkward_file_names_as_two_arguments(
    pull_request: Path, stand_in: tuple[Path, Path], tmp_path: Path
) -> None:
    bin_dir, record = stand_in
    runner = {"github.base_ref": "main", "runner.temp": str(tmp_path)}
    steps = _steps(WORKFLOW, "gate")
    for name in ("Articles changed by this pull request", "Gate"):
        step = _step(steps, name)
        _run(step["run"], _env(step, runner), pull_request, bin_dir)
    argv = record.read_text(encoding="utf-8").split("\0")
    assert argv[-3:] == ["--", *sorted(NASTY)]
    assert argv[:3] == ["gate", "--corpus", "articles/"]
    assert not (pull_request / "pwned").exists()
    assert not list(pull_request.rglob("pwned"))


def test_workflow_gate_passes_when_no_article_changed(
    pull_request: Path, stand_in: tuple[Path, Path], tmp_path: Path
) -> None:
    bin_dir, record = stand_in
    (tmp_path / "changed-articles").write_bytes(b"")
    step = _step(_steps(WORKFLOW, "gate"), "Gate")
    _run(step["run"], _env(step, {"runner.temp": str(tmp_path)}), pull_request, bin_dir)
    assert not record.exists()


def test_action_passes_the_listed_files_and_inputs(
    pull_request: Path, stand_in: tuple[Path, Path], tmp_path: Path
) -> None:
    bin_dir, record = stand_in
    listing = tmp_path / "changed"
    listing.write_bytes(b"\0".join(n.encode() for n in NASTY))
    inputs = {k: str(v.get("default", "")) for k, v in _load(ACTION)["inputs"].items()}
    inputs.update(files=str(listing), baseline=".reconcile/baseline.json")
    step = _step(_steps(ACTION), "Gate")
    _run(step["run"], _env(step, {f"inputs.{k}": v for k, v in inputs.items()}),
         pull_request, bin_dir)  # fmt: skip
    argv = record.read_text(encoding="utf-8").split("\0")
    assert argv == [
        "gate", "--corpus", "articles/", "--format", "github", "--fail-on", "conflict",
        "--baseline", ".reconcile/baseline.json", "--", *NASTY,
    ]  # fmt: skip
    assert not list(pull_request.rglob("pwned"))


@pytest.mark.parametrize("path", [WORKFLOW, ACTION])
def test_no_expression_is_pasted_into_a_shell_script(path: Path) -> None:
    data = _load(path)
    jobs = data["jobs"].values() if "jobs" in data else [data["runs"]]
    for job in jobs:
        for step in job["steps"]:
            assert "${{" not in step.get("run", ""), step.get("name")


def test_workflow_keeps_the_store_warm_from_main() -> None:
    data = _load(WORKFLOW)
    triggers = data.get("on", data.get(True))
    assert triggers["push"]["branches"] == ["main"]
    warm = data["jobs"]["warm-store"]
    uses = [s.get("uses", "") for s in warm["steps"]]
    assert any(u.startswith("actions/cache/restore@") for u in uses)
    (save,) = [s for s in warm["steps"] if s.get("uses", "").startswith("actions/cache/save@")]
    assert save["if"] == "always()"
    assert any("reconcile ingest" in s.get("run", "") for s in warm["steps"])
    gate_uses = [s.get("uses", "") for s in data["jobs"]["gate"]["steps"]]
    assert any(u.startswith("actions/cache/restore@") for u in gate_uses)


@pytest.mark.parametrize("path", [WORKFLOW, ACTION, HOOKS])
def test_no_placeholder_or_made_up_tag(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "OWNER" not in text
    assert "v0.1.0" not in text
    executable = yaml.safe_dump(_load(path))  # comments may explain; what runs may not guess
    assert not re.search(r"<[\w -]+>", executable)
