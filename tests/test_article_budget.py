"""A budget per article: size, time and internal errors cost one line, never the run.

Every verb and both execution paths (in-process, ``--jobs`` workers) are checked: the bad
article is one ``reconcile: error:`` line naming it, the others are still processed, exit 2.
"""

from __future__ import annotations

import importlib
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims import budget
from claims.budget import ArticleFailed, Budget, GuardedExtract, extract_article
from claims.models import Article
from reconcile_cli.main import main

EXTRACT_MODULE = importlib.import_module("claims.extract")  # ``claims.extract`` is the function

GOOD = "Selon la police, 1 200 personnes ont manifesté samedi à Lyon.\n"
BIG = "Le ministère a recensé 12 cas en 2023 et 15 cas en 2024.\n" * 400


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(autouse=True)
def _reset_budget() -> Iterator[None]:
    yield
    defaults = Budget()
    budget.configure(max_bytes=defaults.max_bytes, timeout=defaults.timeout, debug=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a_big.txt").write_text(BIG, encoding="utf-8")
    (tmp_path / "b_good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def _errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("reconcile: error:")]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_max_article_bytes_is_one_line_and_the_others_go_on(folder: Path, jobs: str) -> None:
    code, out, err = run(
        "extract", str(folder), "--format", "csv", "--max-article-bytes", "1000", "--jobs", jobs
    )
    assert code == 2
    (line,) = _errors(err)
    assert str(folder / "a_big.txt") in line and "larger than the limit of 1,000 bytes" in line
    assert "b_good.txt" in out and "a_big.txt" not in out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_article_timeout_in_process_and_in_workers(folder: Path, jobs: str) -> None:
    code, _out, err = run(
        "extract", str(folder), "--format", "csv", "--article-timeout", "0.000001", "--jobs", jobs
    )
    assert code == 2
    assert len(_errors(err)) == 2  # both articles are past a microsecond
    assert all(
        "extraction stopped after 1e-06 s (see --article-timeout)" in e for e in _errors(err)
    )


def test_default_timeout_lets_real_articles_through(folder: Path) -> None:
    code, out, err = run("extract", str(folder), "--format", "csv")
    assert code == 0, err
    assert "a_big.txt" in out and "b_good.txt" in out


def test_internal_error_is_one_line_and_debug_shows_the_traceback(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = EXTRACT_MODULE.extract

    def flaky(article: Article, stats: object = None) -> list:
        if "a_big" in article.id:
            raise ZeroDivisionError("a bug\nover two lines")
        return real(article, stats)

    monkeypatch.setattr(EXTRACT_MODULE, "extract", flaky)
    code, out, err = run("extract", str(folder), "--format", "csv")
    assert code == 2
    (line,) = _errors(err)
    assert "a_big.txt: internal error while extracting (ZeroDivisionError: a bug over two" in line
    assert "Traceback" not in err
    assert "b_good.txt" in out
    code, out, err = run("extract", str(folder), "--format", "csv", "--debug")
    assert code == 2 and "Traceback (most recent call last)" in err and "ZeroDivisionError" in err


def test_report_goes_on_past_a_failed_article(folder: Path) -> None:
    code, _out, err = run("report", str(folder), "--max-article-bytes", "1000", "--format", "json")
    assert code == 2 and len(_errors(err)) == 1


def test_too_many_figures_stops_the_article() -> None:
    article = Article(id="dump.txt", text="12 cas.\n" * 500, language="fr")
    with pytest.raises(ArticleFailed) as caught:
        extract_article(article, budget=Budget(max_claims=100))
    assert str(caught.value) == "dump.txt: more than 100 figures: not read as an article"


def test_failure_pickles_with_its_traceback() -> None:
    article = Article(id="x.txt", text=GOOD, language="fr")

    def boom(article: Article, stats: object) -> list:
        raise ValueError("boom")

    with pytest.raises(ArticleFailed) as caught:
        extract_article(article, extract=boom)
    copy = pickle.loads(pickle.dumps(caught.value))
    assert str(copy) == str(caught.value) and "ValueError: boom" in copy.detail
    found, _ = pickle.loads(pickle.dumps(GuardedExtract(Budget(timeout=1e-9))))(article)
    assert isinstance(found, ArticleFailed)


def test_ingest_and_gate_exit_2_after_storing_the_others(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_big.txt").write_text(BIG, encoding="utf-8")
    (corpus / "b_good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "c_latin1.txt").write_bytes("Décès : 12 cas.\n".encode("latin-1"))
    store = str(tmp_path / "claims.sqlite")
    code, _out, err = run("ingest", str(corpus), "--store", store, "--max-article-bytes", "1000")
    assert code == 2
    assert len(_errors(err)) == 2 and "1 added" in err
    draft = tmp_path / "draft.txt"
    draft.write_text(GOOD, encoding="utf-8")
    code, _out, err = run("gate", str(draft), "--corpus", str(corpus), "--store", store)
    assert code == 2 and any("c_latin1.txt" in e for e in _errors(err))


def test_cli_defaults_are_the_budget_defaults() -> None:
    from reconcile_cli import common

    assert Budget().max_bytes == common.MAX_ARTICLE_BYTES
    assert Budget().timeout == common.ARTICLE_TIMEOUT
