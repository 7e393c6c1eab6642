"""The same findings, byte for byte, inline, on a local pool and on a Dask cluster; and the
garbage collector left as a caller expects it."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile import group as grouping
from reconcile.execution import Inline
from reconcile.execution.local import LocalPool
from reconcile.pipeline import reconcile
from reconcile_cli.main import main
from tests.test_pipeline import corpus

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grouping, "MAX_BUCKET", 10)  # many blocks, most cut from one
    monkeypatch.setattr(grouping, "PHRASES_PER_BLOCK", 7)  # phrases reduced in blocks too


def _run(executor: object) -> str:
    with executor as run:  # type: ignore[attr-defined]
        return reconcile(corpus(), executor=run).model_dump_json()


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A real Dask cluster on this machine: two worker processes. Its scheduler's address."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local.scheduler_address


@pytest.mark.usefixtures("small_blocks")
def test_local_pool_and_dask_give_the_inline_findings(cluster: str) -> None:
    from reconcile.execution.cluster import DaskCluster

    inline = _run(Inline())
    assert '"conflict"' in inline and '"period_mismatch"' in inline and '"change"' in inline
    assert _run(LocalPool(2, chunk=1)) == inline
    assert _run(DaskCluster(cluster, chunk=1)) == inline


def test_report_extracts_and_groups_the_same_on_a_pool_and_on_dask(cluster: str) -> None:
    def report(*how: str) -> str:
        result = CliRunner().invoke(main, ["report", str(SEEDS), "--format", "json", *how])
        assert result.exit_code == 0, result.stderr
        return result.stdout

    here = report("--jobs", "1")
    assert '"findings"' in here
    assert report("--jobs", "2") == here
    assert report("--scheduler", cluster) == here


def test_an_unreachable_scheduler_is_one_error_line() -> None:
    pytest.importorskip("distributed")
    result = CliRunner().invoke(main, ["extract", str(SEEDS), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "scheduler" in result.stderr


def test_a_scheduler_without_dask_installed_is_one_error_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as after `pip install -e .`
    result = CliRunner().invoke(main, ["extract", str(SEEDS), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "claim-reconciler[dask]" in result.stderr


def test_what_reconciling_made_counts_as_old_for_the_collector() -> None:
    # Left young, the first collections after reconciling walk every finding and group.
    claims = corpus(200)
    result = reconcile(claims)
    gc.disable()  # look at the generations as reconcile left them
    try:
        young = {id(o) for generation in (0, 1) for o in gc.get_objects(generation)}
        made = [*result.findings, *result.groups, *(m for g in result.groups for m in g.members)]
        assert made and not any(id(o) in young for o in made)
    finally:
        gc.enable()


def test_objects_the_caller_froze_stay_frozen() -> None:
    kept = [["frozen by the caller"]]
    gc.freeze()
    try:
        reconcile(corpus(50))
        gc.disable()
        visible = {id(o) for generation in (0, 1, 2) for o in gc.get_objects(generation)}
        assert id(kept) not in visible  # still in the permanent generation
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_local_pool_lets_its_workers_go_once_grouping_is_done() -> None:
    # The parent builds findings and reads weak points after grouping: the workers' memory
    # (their caches) is let go meanwhile, and a later run starts them again.
    pool = LocalPool(2, chunk=1)
    started: list[object] = []
    with pool as run:
        first = reconcile(corpus(), executor=run)
        started.append(pool._pool)
        second = reconcile(corpus(), executor=run)
        started.append(pool._pool)
    assert started == [None, None]
    assert first.model_dump_json() == second.model_dump_json()


@pytest.mark.usefixtures("small_blocks")
def test_what_comes_back_from_the_workers_is_held_once() -> None:
    # Findings and memberships come back from the workers as copies (one per chunk of work);
    # the run keeps one object per claim id, assumption, confidence, score and slot list.
    claims = corpus()
    with LocalPool(2, chunk=1) as run:
        result = reconcile(claims, executor=run)
    own_ids = {id(c.id) for c in claims}
    members = {g.id: set(g.claim_ids) for g in result.groups}
    named = [i for f in result.findings if f.group_id for i in f.claim_ids
             if i in members[f.group_id]]
    assert named and all(id(i) in own_ids for i in named)
    for values in (
        # (the weak points of a conflict are read here, in this process, each its own text)
        [a for f in result.findings if f.group_id for a in f.assumptions
         if not a.startswith("not a sure conflict")],
        [f.confidence for f in result.findings if f.group_id and f.verdict != "conflict"],
        [m.score for g in result.groups for m in g.members],
        [m.slots for g in result.groups for m in g.members],
    ):
        assert len({id(v) for v in values}) == len({repr(v) for v in values}) < len(values)


def test_work_beside_runs_at_once_inline_and_in_a_thread_beside_a_pool() -> None:
    def where() -> str:
        return threading.current_thread().name

    def fails() -> None:
        raise ValueError("beside")

    with Inline() as run:
        assert run.beside(where).result() == threading.current_thread().name
        with pytest.raises(ValueError, match="beside"):
            run.beside(fails).result()
    with LocalPool(2) as run:
        assert run.beside(where).result(timeout=60) == "beside"
        with pytest.raises(ValueError, match="beside"):
            run.beside(fails).result(timeout=60)


def test_the_checks_beyond_groups_run_beside_a_pool_while_groups_are_visited(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reconcile import pipeline

    ran: list[str] = []
    across = pipeline._across_groups

    def spy(*args: object) -> object:
        ran.append(threading.current_thread().name)
        return across(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_across_groups", spy)
    inline = _run(Inline())
    assert ran == [threading.current_thread().name]
    assert _run(LocalPool(2, chunk=1)) == inline
    assert ran[1:] == ["beside"]
