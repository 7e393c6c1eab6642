"""Loading articles: every nasty input gives one line naming the file, the rest still loads."""

from __future__ import annotations

import io
import os
import pickle
import shutil
from datetime import date
from pathlib import Path

import pytest

from claims.language import available_languages, detect_language, normalize_language
from claims.load import (
    ArticleFile,
    InputError,
    iter_article_files,
    load_article,
    load_articles,
    read_folder_metadata,
)
from claims.models import Article

FIXTURES = Path(__file__).parent / "fixtures"
BAD = FIXTURES / "bad"
GOOD = FIXTURES / "good"
SEEDS = Path(__file__).parent.parent / "seeds"

# Each nasty file and the problem it must be reported with (after "<path>: ").
BAD_CASES = {
    "binary.txt": "binary file, not text",
    "latin1.txt": "not UTF-8 text (byte 0xE8 at offset 2); re-save it as UTF-8",
    "utf16.txt": "UTF-16 text, not UTF-8; re-save it as UTF-8",
    "empty.txt": "empty file",
    "blank.md": "empty file",
    "front_matter_only.md": "empty file (front matter only, no text)",
    "bad_front_matter.md": "front matter: while parsing a flow sequence (line 3): expected ','",
    "unclosed_front_matter.md": "front matter: no closing '---' line",
    "front_matter_list.md": "front matter: expected 'key: value' lines, got a list",
    "bad_date.md": (
        "front matter: published: '2024-13-45' is not a valid date (expected YYYY-MM-DD)"
    ),
    "bad_language.md": "front matter: unknown language 'de' (available: en, fr, ko)",
    "utf32.txt": "UTF-32 text, not UTF-8; re-save it as UTF-8",
    "deep_front_matter.md": "front matter: nested deeper than 20 levels",
    "deep_flow_front_matter.md": "front matter: nested deeper than 20 levels",
    "alias_front_matter.md": "front matter: anchors and aliases are not allowed (line 2",
}

GOOD_IDS = [
    "bom.txt",
    "crlf.txt",
    "plain_en.txt",
    "plain_fr.txt",
    "sub/dated.txt",
    "sub/overridden.md",
    "with_front_matter.md",
]


def articles(items: list[Article | InputError]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def errors(items: list[Article | InputError]) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


def by_id(items: list[Article | InputError]) -> dict[str, Article]:
    return {a.id: a for a in articles(items)}


# --- bad inputs -----------------------------------------------------------------------------


def test_every_bad_fixture_has_a_case() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(BAD_CASES)


@pytest.mark.parametrize(("name", "problem"), sorted(BAD_CASES.items()))
def test_bad_file_gives_one_clean_line(name: str, problem: str) -> None:
    given = str(BAD / name)
    (item,) = list(load_articles([given]))
    assert isinstance(item, InputError)
    message = str(item)
    assert message.startswith(f"{given}: ")
    assert problem in message
    assert "\n" not in message
    assert item.path == given


@pytest.mark.parametrize(("name", "problem"), sorted(BAD_CASES.items()))
def test_load_article_raises_the_same_error(name: str, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        load_article(BAD / name, article_id=name)
    assert problem in str(caught.value)
    assert name in str(caught.value)


def test_missing_path_is_reported_and_loading_continues() -> None:
    items = list(load_articles(["does/not/exist.txt", str(GOOD / "plain_en.txt")]))
    assert str(items[0]) == "does/not/exist.txt: no such file or directory"
    assert isinstance(items[1], Article) and items[1].id == str(GOOD / "plain_en.txt")


def test_folder_without_articles_is_named(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("caché\n", encoding="utf-8")
    (item,) = list(load_articles([str(tmp_path)]))
    assert str(item) == f"{tmp_path}: no .txt or .md articles found"


def test_unknown_language_argument_fails_before_reading() -> None:
    with pytest.raises(ValueError, match=r"^unknown language 'xx' \(available: en, fr, ko\)$"):
        load_articles(["does/not/exist.txt"], language="xx")


def test_invalid_published_argument_fails_before_reading() -> None:
    with pytest.raises(ValueError, match=r"'2024-02-30' is not a valid date"):
        load_articles(["does/not/exist.txt"], published="2024-02-30")  # type: ignore[arg-type]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("La police a arrêté 387 suspects.\n", encoding="utf-8")
    path.chmod(0)
    try:
        (item,) = load_articles([str(path)])
    finally:
        path.chmod(0o644)
    assert str(item) == f"{path}: permission denied"


def test_input_error_is_one_line_and_pickles() -> None:
    err = InputError("a.md", "front matter: bad\n  thing")
    assert str(err) == "a.md: front matter: bad thing"
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.path, copy.problem, str(copy)) == (err.path, err.problem, str(err))


# --- folders --------------------------------------------------------------------------------


def test_mixed_folder_yields_every_good_article_and_one_error_per_bad_file(
    tmp_path: Path,
) -> None:
    shutil.copytree(GOOD, tmp_path / "mixed")
    for name in BAD_CASES:
        shutil.copy(BAD / name, tmp_path / "mixed" / name)
    items = list(load_articles([str(tmp_path / "mixed")]))
    assert sorted(by_id(items)) == sorted(GOOD_IDS)
    errs = errors(items)
    assert sorted(Path(e.path).name for e in errs) == sorted(BAD_CASES)
    for err in errs:
        assert BAD_CASES[Path(err.path).name] in err.problem


def test_ids_are_relative_posix_paths_in_sorted_order() -> None:
    items = list(load_articles([str(GOOD)]))
    assert errors(items) == []
    assert [a.id for a in articles(items)] == GOOD_IDS  # hidden and non-article files skipped
    assert articles(items)[4].path == str(GOOD / "sub" / "dated.txt")


def test_iter_article_files_finds_without_reading() -> None:
    items = list(iter_article_files([str(GOOD), "-", "nope"]))
    found = [i for i in items if isinstance(i, ArticleFile)]
    assert [f.id for f in found] == [*GOOD_IDS, "-"]
    assert found[4].meta == {
        "published": date(2024, 8, 31),
        "outlet": "Agence Exemple",
        "language": "en",
    }
    assert found[-1].path is None
    assert str(items[-1]) == "nope: no such file or directory"


def test_a_file_keeps_the_path_as_given() -> None:
    given = "tests/fixtures/good/plain_fr.txt"
    (item,) = list(load_articles([given]))
    assert isinstance(item, Article) and item.id == given


def test_loading_is_lazy(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"La police a arrêté {i} suspects.\n", encoding="utf-8")
    stream = load_articles([str(tmp_path)])
    first = next(stream)
    assert isinstance(first, Article) and first.id == "0.txt"
    (tmp_path / "2.txt").unlink()  # a file removed mid-run is reported, not a crash
    rest = list(stream)
    assert [getattr(x, "id", None) for x in rest] == ["1.txt", None]
    assert str(rest[1]).endswith("2.txt: no such file or directory")


def test_stdin_is_read_once_with_id_dash() -> None:
    stdin = io.StringIO("La police a arrêté 387 suspects depuis le début de l'année.\n")
    first, second = load_articles(["-", "-"], stdin=stdin)
    assert isinstance(first, Article)
    assert (first.id, first.path, first.language) == ("-", None, "fr")
    assert str(second) == "-: standard input given more than once"


def test_stdin_bytes_are_checked_like_files() -> None:
    stdin = io.TextIOWrapper(io.BytesIO("Près de 6 500".encode("latin-1")))
    (item,) = load_articles(["-"], stdin=stdin)
    assert str(item) == "<stdin>: not UTF-8 text (byte 0xE8 at offset 2); re-save it as UTF-8"


def test_seed_corpus_loads_with_its_metadata() -> None:
    items = list(load_articles([str(SEEDS)]))
    assert errors(items) == []
    loaded = by_id(items)
    assert len(loaded) == 5
    assert all(a.language == "fr" for a in loaded.values())
    dated = loaded["004_245e8568ac06c6d9.txt"]
    assert (dated.published, dated.published_source) == (date(2024, 8, 31), "metadata")
    undated = loaded["000_7fa4b82461e4b1e8.txt"]
    assert (undated.published, undated.published_source) == (None, "none")
    assert loaded["003_a7087908bd869efb.txt"].outlet == "NPR (French rendering)"


# --- offsets into the file as stored ---------------------------------------------------------


@pytest.mark.parametrize("article_id", GOOD_IDS)
def test_text_is_the_file_as_stored(article_id: str) -> None:
    article = load_article(GOOD / article_id, article_id=article_id)
    raw = (GOOD / article_id).read_bytes().decode("utf-8")
    assert article.text == raw
    assert article.body.strip()


def test_front_matter_body_offsets_point_into_the_raw_file() -> None:
    article = load_article(GOOD / "with_front_matter.md", article_id="x")
    raw = (GOOD / "with_front_matter.md").read_bytes().decode("utf-8")
    assert article.body.startswith("La police sud-coréenne")
    assert raw[: article.body_start].endswith("---\n")
    needle = "387 suspects"
    start = article.text.index(needle, article.body_start)
    assert raw[start : start + len(needle)] == needle
    line = raw.count("\n", 0, start) + 1
    assert raw.splitlines()[line - 1].startswith("La police")
    assert line == 9


def test_crlf_is_kept() -> None:
    article = load_article(GOOD / "crlf.txt", article_id="crlf.txt")
    assert "\r\n" in article.text
    assert article.title == "Fins de ligne Windows"
    assert article.body.startswith("La plateforme")
    assert article.text[article.body_start - 5 : article.body_start] == "---\r\n"


def test_bom_is_kept_and_skipped_by_body_start() -> None:
    article = load_article(GOOD / "bom.txt", article_id="bom.txt")
    assert article.text.startswith("\ufeff")
    assert article.body_start == 1
    assert article.body.startswith("Le régulateur")


def test_front_matter_after_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes("\ufeff---\ntitle: T\n---\nLe corps.\n".encode())
    article = load_article(path, article_id="a.md")
    assert (article.title, article.body) == ("T", "Le corps.\n")


def test_spaces_are_not_normalised() -> None:
    article = load_article(GOOD / "plain_fr.txt", article_id="plain_fr.txt")
    assert "6\u00a0500" in article.text
    assert "74\u202f%" in article.text


# --- precedence -----------------------------------------------------------------------------


def test_front_matter_fields() -> None:
    article = load_article(GOOD / "with_front_matter.md", article_id="x")
    assert article.title == "Deepfakes : la Corée du Sud hausse le ton"
    assert article.url == "https://example.org/deepfakes"
    assert article.outlet == "Exemple Hebdo"
    assert (article.published, article.published_source) == (date(2024, 9, 2), "front_matter")


def test_metadata_fills_plain_files() -> None:
    loaded = by_id(list(load_articles([str(GOOD)])))
    dated = loaded["sub/dated.txt"]
    assert (dated.published, dated.published_source) == (date(2024, 8, 31), "metadata")
    assert dated.outlet == "Agence Exemple"
    assert dated.language == "en"  # metadata beats detection, even when detection disagrees


def test_front_matter_beats_metadata_field_by_field() -> None:
    loaded = by_id(list(load_articles([str(GOOD)])))
    overridden = loaded["sub/overridden.md"]
    assert (overridden.published, overridden.published_source) == (
        date(2024, 9, 30),
        "front_matter",
    )
    assert overridden.title == "Titre du dossier"  # front matter says nothing about the title


def test_command_line_beats_front_matter_and_metadata() -> None:
    cli = date(2025, 1, 15)
    loaded = by_id(list(load_articles([str(GOOD)], published=cli, language="en")))
    for article_id in ("sub/dated.txt", "sub/overridden.md", "with_front_matter.md"):
        article = loaded[article_id]
        assert (article.published, article.published_source) == (cli, "cli")
        assert article.language == "en"


def test_language_argument_accepts_auto_and_regions() -> None:
    loaded = by_id(list(load_articles([str(GOOD)], language="auto")))
    assert loaded["plain_en.txt"].language == "en"
    loaded = by_id(list(load_articles([str(GOOD)], language="FR-ca")))
    assert loaded["plain_en.txt"].language == "fr"


def test_metadata_file_given_directly_applies() -> None:
    (article,) = load_articles([str(GOOD / "sub" / "dated.txt")])
    assert isinstance(article, Article)
    assert article.published_source == "metadata"


def test_malformed_metadata_is_one_error_and_articles_still_load(tmp_path: Path) -> None:
    (tmp_path / "metadata.yaml").write_text("a.txt:\n  published: [2024\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("La police a arrêté 387 suspects.\n", encoding="utf-8")
    items = list(load_articles([str(tmp_path)]))
    (err,) = errors(items)
    assert err.path == str(tmp_path / "metadata.yaml")
    assert "\n" not in str(err)
    (article,) = articles(items)
    assert article.published_source == "none"


def test_one_bad_metadata_entry_drops_only_that_entry(tmp_path: Path) -> None:
    (tmp_path / "metadata.yml").write_text(
        "a.txt:\n  published: 2024-02-30\nb.txt:\n  published: 2024-02-29\n", encoding="utf-8"
    )
    entries, errs = read_folder_metadata(tmp_path)
    assert [str(e) for e in errs] == [
        f"{tmp_path / 'metadata.yml'}: entry 'a.txt': published: '2024-02-30' is not a valid "
        "date (expected YYYY-MM-DD)"
    ]
    assert entries == {"b.txt": {"published": date(2024, 2, 29)}}


def test_metadata_json_and_nested_folders(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "metadata.json").write_text(
        '{"sub/a.txt": {"outlet": "Racine", "published": "2024-01-01"}}', encoding="utf-8"
    )
    (tmp_path / "sub" / "metadata.yaml").write_text(
        "a.txt:\n  published: 2024-06-01\n", encoding="utf-8"
    )
    (tmp_path / "sub" / "a.txt").write_text("La police a arrêté 387 suspects.\n", "utf-8")
    (article,) = load_articles([str(tmp_path)])
    assert isinstance(article, Article)
    assert (article.outlet, article.published) == ("Racine", date(2024, 6, 1))


def test_unknown_keys_and_aliases_in_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ndate: 2024-09-02T10:30:00\nlang: en\nauthor: X\n---\nLe corps.\n", encoding="utf-8"
    )
    article = load_article(path, article_id="a.md")
    assert (article.published, article.language) == (date(2024, 9, 2), "en")


# --- language detection ---------------------------------------------------------------------


def test_available_languages() -> None:
    assert available_languages() == ("en", "fr", "ko")
    assert normalize_language("fr_FR") == "fr"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La police a arrêté 387 suspects depuis le début de l'année.", "fr"),
        ("le gouvernement a demande a telegram de supprimer les contenus", "fr"),
        ("LE GOUVERNEMENT SUD-CORÉEN HAUSSE LE TON", "fr"),
        ("Telegram coopère avec la police", "fr"),
        ("Deepfakes : la Corée du Sud hausse le ton", "fr"),
        ("Telegram supprime 25 vidéos", "fr"),
        ("South Korean police arrested 387 suspects in the first seven months of the year.", "en"),
        ("south korea asks telegram to fight deepfake sex crimes", "en"),
        ("Police arrest 387 in deepfake crackdown", "en"),
        ("TELEGRAM REMOVED THE VIDEOS AFTER REGULATOR ASKED", "en"),
        ("", "fr"),
        ("12 345 — 2024", "fr"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_detect_language_on_fixtures_and_seeds() -> None:
    loaded = by_id(list(load_articles([str(GOOD)])))
    assert loaded["plain_fr.txt"].language == "fr"
    assert loaded["plain_en.txt"].language == "en"
    for seed in SEEDS.glob("*.txt"):
        assert detect_language(seed.read_text(encoding="utf-8")) == "fr"


def test_detect_language_respects_candidates() -> None:
    assert detect_language("The police said so.", candidates=["fr"]) == "fr"
    assert detect_language("nothing scores here", candidates=["en"]) == "en"
