"""Publication dates inferred from the text when no metadata gives one."""

from datetime import date

import pytest

from claims.published import infer_published


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "nouvelles\n\n2024-08-31\n\nle 30 août, des internautes ont réagi.",
            "fr",
            date(2024, 8, 31),
        ),
        ("Annoncée le 30 septembre 2024, cette initiative ouvre la voie.", "fr", date(2024, 9, 30)),
        (
            "Le 30 août, la police a publié des chiffres : 180 cas pour toute l'année 2023. "
            "L'année dernière, le taux était de 48 %.",
            "fr",
            date(2024, 8, 30),
        ),
        (
            "In a report published on Aug. 26, 2024, the group said 220,000 took part.",
            "en",
            date(2024, 8, 26),
        ),
        ("Last year, 180 cases were reported, against 150 in 2022.", "en", date(2023, 12, 31)),
        ("La police a arrêté sept suspects.", "fr", None),
        ("Police arrested 12 suspects last week.", "en", None),
    ],
)
def test_infer_published(text: str, lang: str, expected: date | None) -> None:
    assert infer_published(text, lang) == expected


def test_loader_marks_an_inferred_date(tmp_path) -> None:
    from claims.load import load_articles

    (tmp_path / "a.txt").write_text(
        "Annoncée le 30 septembre 2024, 148 vidéos supprimées.", "utf-8"
    )
    (tmp_path / "b.txt").write_text("La police a arrêté 387 suspects.", "utf-8")
    articles = {a.id: a for a in load_articles([str(tmp_path)])}
    assert articles["a.txt"].published == date(2024, 9, 30)
    assert articles["a.txt"].published_source == "inferred"
    assert articles["b.txt"].published is None
    assert articles["b.txt"].published_source == "none"
