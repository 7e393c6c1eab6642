"""The claims store and incremental ingest, with a stand-in extractor (one claim per number)."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from claims.models import Article, Claim
from reconcile import ingest as ingest_module
from reconcile.ingest import ingest
from reconcile.store import SCHEMA_VERSION, ClaimStore, StoreError, block_of, concept_words
from reconcile_cli.commands.ingest import ingest_command

_NUMBER = re.compile(r"\d+")


def fake_extract(article: Article) -> list[Claim]:
    """One count claim per number in the body; "%" after it makes it a percent."""
    out = []
    for n, m in enumerate(_NUMBER.finditer(article.text, article.body_start)):
        percent = article.text[m.end() : m.end() + 2].strip().startswith("%")
        out.append(
            Claim(
                id=f"{article.id}#{n}",
                article=article.id,
                line=article.text.count("\n", 0, m.start()) + 1,
                start=m.start(),
                end=m.end(),
                sentence="",
                surface=m.group(),
                value=float(m.group()),
                unit="percent" if percent else "count",
            )
        )
    return out


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def fixed_extractor(monkeypatch) -> None:
    """Other work on the extractor must not make a run stale in the middle of a test."""
    monkeypatch.setattr(ingest_module, "extractor_signature", lambda: "this extractor")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    write(folder, "a.md", "---\ntitle: A\n---\nPolice arrested 120 suspects in 2023.\n")
    write(folder, "b.txt", "Selon la police, 387 suspects ont été arrêtés.\n")
    write(folder, "sub/c.md", "Unemployment stood at 7 % last year.\n")
    return folder


def open_default(folder: Path) -> ClaimStore:
    return ClaimStore.open(folder / ".reconcile" / "claims.sqlite")


def run_ingest(folder: Path) -> tuple[int, int, int, int]:
    with open_default(folder) as store:
        s = ingest(store, [folder], extract=fake_extract)
    return s.added, s.updated, s.unchanged, s.removed


def test_first_ingest_stores_every_article_with_its_claims(corpus: Path) -> None:
    assert run_ingest(corpus) == (3, 0, 0, 0)
    with open_default(corpus) as store:
        assert sorted(store.articles()) == ["a.md", "b.txt", "sub/c.md"]
        assert store.counts() == (3, 4)
        assert {c.article for c in store.claims()} == {"a.md", "b.txt", "sub/c.md"}


def test_second_ingest_reads_nothing_and_changes_nothing(corpus: Path) -> None:
    run_ingest(corpus)
    assert run_ingest(corpus) == (0, 0, 3, 0)


def test_changed_article_is_re_extracted_and_touched_one_only_restamped(corpus: Path) -> None:
    run_ingest(corpus)
    write(corpus, "b.txt", "Selon la police, 390 suspects ont été arrêtés.\n")
    touched = corpus / "a.md"
    os.utime(touched, ns=(1, 1))  # same bytes, new mtime
    assert run_ingest(corpus) == (0, 1, 2, 0)
    with open_default(corpus) as store:
        assert {c.surface for c in store.claims() if c.article == "b.txt"} == {"390"}
        assert store.articles()["a.md"].mtime_ns == 1


def test_parallel_extraction_stores_the_same_claims(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "many"
    for n in range(12):
        write(folder, f"a{n:02}.md", f"Line one.\nThey counted {n} boats and {n + 1} cars.\n")
    monkeypatch.setattr(ingest_module, "PARALLEL_MIN", 2)
    with open_default(folder) as store:
        summary = ingest(store, [folder], extract=fake_extract, jobs=2)
        assert (summary.added, store.counts()) == (12, (12, 24))
        claims = {c.id: (c.surface, c.line) for c in store.claims()}
    assert claims["a07.md#0"] == ("7", 2) and claims["a07.md#1"] == ("8", 2)


def test_deleted_and_added_articles(corpus: Path) -> None:
    run_ingest(corpus)
    (corpus / "sub" / "c.md").unlink()
    write(corpus, "d.md", "Tax rose by 3 %.\n")
    assert run_ingest(corpus) == (1, 0, 2, 1)
    with open_default(corpus) as store:
        assert sorted(store.articles()) == ["a.md", "b.txt", "d.md"]
        assert store.counts() == (3, 4)  # the deleted article's claims went with it


def test_ingesting_one_root_never_drops_articles_of_another(tmp_path: Path, corpus: Path) -> None:
    other = tmp_path / "other"
    write(other, "x.md", "There were 5 of them.\n")
    with open_default(corpus) as store:
        ingest(store, [corpus, other], extract=fake_extract)
        summary = ingest(store, [other], extract=fake_extract)
        assert summary.removed == 0
        assert "../other/x.md" in store.articles()


def test_metadata_change_re_extracts_with_the_new_fields(corpus: Path) -> None:
    run_ingest(corpus)
    write(corpus, "metadata.yaml", "b.txt:\n  published: 2024-05-01\n")
    assert run_ingest(corpus) == (0, 1, 2, 0)
    with open_default(corpus) as store:
        assert store.articles()["b.txt"].published == "2024-05-01"


def test_changed_extractor_makes_every_article_stale(corpus: Path, monkeypatch) -> None:
    run_ingest(corpus)
    monkeypatch.setattr(ingest_module, "extractor_signature", lambda: "another extractor")
    assert run_ingest(corpus) == (0, 3, 0, 0)
    assert run_ingest(corpus) == (0, 0, 3, 0)


def test_claims_in_blocks_reads_only_the_blocks_asked(corpus: Path) -> None:
    run_ingest(corpus)
    with open_default(corpus) as store:
        counts = store.claims_in_blocks({("count", 0)})
        assert {c.surface for _, c in counts} == {"120", "2023", "387"}
        assert {block_of(c) for _, c in counts} == {("count", 0)}
        percents = store.claims_in_blocks({("percent", 0)})
        assert [(key, c.surface) for key, c in percents] == [("sub/c.md", "7")]
        assert (
            store.claims_in_blocks(
                {("count", 0)}, exclude_paths=["a.md"], exclude_articles=["b.txt"]
            )
            == []
        )
        assert store.claims_in_blocks(set()) == []


def test_store_is_in_wal_mode_with_the_current_schema(corpus: Path) -> None:
    run_ingest(corpus)
    conn = sqlite3.connect(corpus / ".reconcile" / "claims.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    assert int(version) == SCHEMA_VERSION


def test_other_schema_version_is_rejected_with_the_fix(corpus: Path) -> None:
    run_ingest(corpus)
    path = corpus / ".reconcile" / "claims.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        ClaimStore.open(path)
    assert str(err.value) == (
        f"store {path} was written by a newer reconcile (schema version 99; this one reads up "
        f"to {SCHEMA_VERSION}): upgrade reconcile, or give another --store (--rebuild would "
        "throw the newer store away)"
    )
    with ClaimStore.open(path, rebuild=True) as store:
        assert store.counts() == (0, 0)


def downgrade_to_v3(path: Path) -> None:
    """Give a current store the shape of schema 3: the tool's tables under the plain names,
    no public views, no findings tables, no title/url/outlet."""
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        DROP VIEW claims;
        DROP VIEW articles;
        DROP TABLE finding_claims;
        DROP TABLE findings;
        ALTER TABLE stored_articles RENAME TO articles;
        ALTER TABLE stored_claims RENAME TO claims;
        ALTER TABLE articles DROP COLUMN title;
        ALTER TABLE articles DROP COLUMN url;
        ALTER TABLE articles DROP COLUMN outlet;
        DELETE FROM meta WHERE key = 'findings_signature';
        UPDATE meta SET value = '3' WHERE key = 'schema_version';
        """
    )
    conn.close()


def downgrade_to_v2(path: Path) -> None:
    """Give a current store the shape of schema 2: claims without key or period, no words."""
    downgrade_to_v3(path)
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        DROP TABLE claim_words;
        CREATE TABLE claims_v2 (
            id TEXT NOT NULL,
            article_path TEXT NOT NULL REFERENCES articles (path) ON DELETE CASCADE,
            unit TEXT NOT NULL, per TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL
        );
        INSERT INTO claims_v2 SELECT id, article_path, unit, per, kind, data FROM claims
            ORDER BY cid;
        DROP TABLE claims;
        ALTER TABLE claims_v2 RENAME TO claims;
        CREATE INDEX claims_block ON claims (kind, per);
        CREATE INDEX claims_article ON claims (article_path);
        DELETE FROM meta WHERE key = 'words_signature';
        UPDATE meta SET value = '2' WHERE key = 'schema_version';
        """
    )
    conn.close()


def test_store_of_schema_1_is_migrated_and_re_extracted(corpus: Path) -> None:
    run_ingest(corpus)
    path = corpus / ".reconcile" / "claims.sqlite"
    downgrade_to_v2(path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE articles DROP COLUMN extractor")
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    assert run_ingest(corpus) == (0, 3, 0, 0)
    assert run_ingest(corpus) == (0, 0, 3, 0)


def test_store_of_schema_2_is_migrated_and_indexed_without_extracting(corpus: Path) -> None:
    run_ingest(corpus)
    path = corpus / ".reconcile" / "claims.sqlite"
    with open_default(corpus) as store:
        before = store.claims_in_blocks({("count", 0), ("percent", 0)})
        words = store.word_counts(("count", 0), ["police", "suspect", "#suspect"])
    downgrade_to_v2(path)

    def no_extraction(article: Article) -> list[Claim]:
        raise AssertionError(f"{article.id} extracted again")

    with open_default(corpus) as store:
        summary = ingest(store, [corpus], extract=no_extraction)
        assert (summary.unchanged, summary.reindexed) == (3, 4)
        assert "concept words of 4 claims re-indexed" in summary.line(path)
        assert store.claims_in_blocks({("count", 0), ("percent", 0)}) == before
        assert store.word_counts(("count", 0), words) == words
        assert ingest(store, [corpus], extract=no_extraction).reindexed == 0


def test_changed_grouping_code_reindexes_words_only(corpus: Path, monkeypatch) -> None:
    from reconcile import store as store_module

    run_ingest(corpus)
    monkeypatch.setattr(store_module, "words_signature", lambda: "other grouping code")
    with open_default(corpus) as store:
        assert ingest(store, [corpus], extract=fake_extract).reindexed == 4
    assert run_ingest(corpus) == (0, 0, 3, 0)


def test_corrupt_store_is_one_clear_error_and_rebuild_recreates_it(corpus: Path) -> None:
    path = corpus / ".reconcile" / "claims.sqlite"
    path.parent.mkdir()
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match=r"not a claims store.*--rebuild"):
        ClaimStore.open(path)
    with ClaimStore.open(path, rebuild=True) as store:
        assert store.counts() == (0, 0)


def test_foreign_sqlite_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a claims store"):
        ClaimStore.open(path)


def test_two_connections_read_while_one_writes(corpus: Path) -> None:
    run_ingest(corpus)
    with open_default(corpus) as writer, open_default(corpus) as reader:
        writer._conn.execute("BEGIN IMMEDIATE")
        writer._conn.execute("DELETE FROM stored_claims")
        assert reader.counts() == (3, 4)  # WAL: the reader sees the last commit
        writer._conn.execute("ROLLBACK")


# -- the command ---------------------------------------------------------------------------


@pytest.fixture
def cli(monkeypatch) -> CliRunner:
    monkeypatch.setattr(ingest_module, "_default_extract", lambda: fake_extract)
    return CliRunner()


def invoke(runner: CliRunner, *args: str) -> click.testing.Result:
    return runner.invoke(ingest_command, list(args), catch_exceptions=False)


def test_command_prints_one_summary_line(cli: CliRunner, corpus: Path) -> None:
    result = invoke(cli, str(corpus))
    assert result.exit_code == 0
    store = corpus / ".reconcile" / "claims.sqlite"
    assert result.stderr == f"ingest: 3 added, 0 updated, 0 unchanged, 0 removed (store {store})\n"
    assert invoke(cli, str(corpus)).stderr.startswith("ingest: 0 added, 0 updated, 3 unchanged")


def test_command_store_option_and_rebuild(cli: CliRunner, corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "elsewhere" / "s.sqlite"
    assert invoke(cli, str(corpus), "--store", str(store)).exit_code == 0
    assert store.exists()
    result = invoke(cli, str(corpus), "--store", str(store), "--rebuild")
    assert result.stderr.startswith("ingest: 3 added")


def test_command_corrupt_store_exits_2_with_one_line(cli: CliRunner, corpus: Path) -> None:
    store = corpus / "bad.sqlite"
    store.write_bytes(b"\x00garbage" * 512)
    result = invoke(cli, str(corpus), "--store", str(store))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--rebuild" in lines[0] and "Traceback" not in result.output
    assert invoke(cli, str(corpus), "--store", str(store), "--rebuild").exit_code == 0


def test_command_missing_path_exits_2(cli: CliRunner, tmp_path: Path) -> None:
    result = invoke(cli, str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"Error: corpus {tmp_path / 'nowhere'}: no such file or directory"
    ]


def counted_claim(article: str, n: int, counted: str, year: int, value: float = 10) -> Claim:
    from datetime import date

    from claims.models import Period

    return Claim(
        id=f"{article}#{n}", article=article, line=1, start=0, end=2, sentence="",
        surface=str(value), value=value, unit="count", counted=counted,
        period=Period(start=date(year, 1, 1), end=date(year, 12, 31)),
    )


def test_nearest_ranks_by_shared_words_then_period_then_recency(tmp_path: Path) -> None:
    phrases = [
        ("a.md", "suspects arrested in Lyon", 2023),
        ("b.md", "suspects arrested in Lyon", 2022),
        ("c.md", "suspects arrested", 2023),
        ("d.md", "homes built in Lyon", 2023),
        ("e.md", "rain in Brest", 2023),
        ("f.md", "suspects arrested in Lyon", 2023),
    ]
    with ClaimStore.open(tmp_path / "s.sqlite") as store:
        for name, counted, year in phrases:
            claim = counted_claim(name, 0, counted, year)
            store.put(name, Article(id=name, text=""), [claim], sha256="", size=0, mtime_ns=0)
        store.sync_words()
        new = counted_claim("new.md", 0, "suspects arrested in Lyon", 2023)
        words = store.word_counts(block_of(new), concept_words(new))
        assert all(words.values()) and len(words) >= 2
        weights = {w: 1.0 for w in words}
        period = ("2023-01-01", "2023-12-31")
        key_of = {_cid(store, name): name for name, _, _ in phrases}
        order = [key_of[cid] for cid in store.nearest(block_of(new), weights, period, limit=10)]
        assert order[:3] == ["f.md", "a.md", "b.md"]  # all words: same period, newest first
        assert "e.md" not in order  # shares no word
        assert store.nearest(block_of(new), weights, period, limit=2, exclude_paths=["f.md"]) \
            == [_cid(store, "a.md"), _cid(store, "b.md")]


def _cid(store: ClaimStore, key: str) -> int:
    [(cid,)] = store._conn.execute("SELECT cid FROM stored_claims WHERE article_path = ?", (key,))
    return cid
