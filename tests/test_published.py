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
        # A dateline names the day of writing, later than the last day the text dates.
        (
            "LYON, 14 mars (AFP) - Quelque 9 000 personnes ont défilé jeudi, contre 21 000 le "
            "28 février 2025.",
            "fr",
            date(2025, 3, 14),
        ),
        (
            "BORDEAUX, 6 janvier (AFP) \u2014 Le 19 décembre 2024, 400 foyers étaient privés "
            "d'électricité.",
            "fr",
            date(2025, 1, 6),
        ),
        (
            "RENNES, 3 mars (AFP) - Une marche est prévue le 15 mars 2025 ; 800 personnes ont "
            "défilé samedi.",
            "fr",
            date(2025, 3, 3),
        ),
        (
            "NANTES, 4 décembre (AFP) - 310 cas pour toute l'année 2023. L'année dernière, le "
            "taux était de 12 %.",
            "fr",
            date(2024, 12, 4),
        ),
        ("Publié le 14/03/2025 à 18h32\n\nLe 28 février 2025, 300 cas.", "fr", date(2025, 3, 14)),
        (
            "LEEDS, March 14 (Reuters) - Police held 320 people on Thursday, against 1,200 on "
            "Feb. 28, 2025.",
            "en",
            date(2025, 3, 14),
        ),
        ("Posted 03/14/2025\n\nOn Feb. 28, 2025, 300 cases.", "en", date(2025, 2, 28)),
        ("PARIS (AFP) - Le 28 février 2025, 300 cas.", "fr", date(2025, 2, 28)),
        ("Au total, 320 000 - 400 000 manifestants le 28 février 2025.", "fr", date(2025, 2, 28)),
        ("PARIS, 14 mars (AFP) - 300 cas jeudi.", "fr", None),
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


# A weekday read against the day the article was written, not against an older day it dates:
# read against the older one it lands one or two weeks early.
WEEKDAYS_AFTER_A_DATELINE = [
    pytest.param(
        "TOULOUSE, 14 mars (AFP) - Quelque 5 200 personnes ont manifesté jeudi, contre 9 800 le "
        "28 février 2025. Mardi, 310 lycéens ont bloqué leur établissement.",
        {"Quelque 5 200": "2025-03-13", "310": "2025-03-11", "9 800": "2025-02-28"},
        id="jeudi-et-mardi-apres-une-depeche",
    ),
    pytest.param(
        "Publié le 17/03/2025 à 07h10\n\nLe 1er mars 2025, la crue avait touché 90 maisons. "
        "Dimanche, 420 habitants ont été évacués.",
        {"420": "2025-03-16", "90": "2025-03-01"},
        id="dimanche-sous-une-date-en-chiffres",
    ),
]


@pytest.mark.parametrize(("text", "days"), WEEKDAYS_AFTER_A_DATELINE)
def test_weekdays_read_against_the_dateline(tmp_path, text: str, days: dict[str, str]) -> None:
    from claims import extract
    from claims.load import load_articles

    (tmp_path / "a.txt").write_text(text, "utf-8")
    [article] = load_articles([str(tmp_path)])
    assert article.published_source == "inferred"
    got = {
        c.surface: c.period.end.isoformat() for c in extract(article) if c.period and c.period.end
    }
    for surface, day in days.items():
        assert got.get(surface) == day, (surface, got)
