"""Grouping: claims about one quantity meet, across articles and languages, and nothing else.

The claims below are written the way the extractor reports the seed articles' figures (the
noun phrase after the number, noisy, sometimes with a stray verb or actor), so the gold
expectations of seed_findings.csv are checked without depending on extraction.
"""

from __future__ import annotations

from datetime import date
from itertools import count

import pytest

from claims.models import Approx, Claim, Period, Role
from reconcile.group import ID_CHARS, group_claims, group_id, label
from reconcile.lexicon import Lexicon, LexiconError
from reconcile.linkage import average_linkage

_ids = count(1)


def claim(article: str, surface: str, value: float | None, counted: str, **kw: object) -> Claim:
    period = kw.pop("period", None)
    if period is not None:
        start, end = period
        kw["period"] = Period(start=date.fromisoformat(start), end=date.fromisoformat(end))
    return Claim(
        id=f"c{next(_ids)}", article=article, line=1, start=0, end=1, sentence="",
        surface=surface, value=value, counted=counted, **kw,
    )


JAN_JUL_24 = ("2024-01-01", "2024-07-31")
Y2021 = ("2021-01-01", "2021-12-31")
Y21_23 = ("2021-01-01", "2023-12-31")


def seed_like() -> dict[str, list[Claim]]:
    """Seed figures keyed by their gold quantity."""
    pct = {"unit": "percent"}
    return {
        "kcsc_takedowns": [
            claim("001", "148", 148, "vidéos de deepfakes", actor="KCSC", verb="demander"),
            claim("001", "148", 148, "vidéos de deepfakes", actor="Telegram",
                  verb="a supprimé"),
            claim("003", "25", 25, "deepfakes spécifiés", verb="spécifiés"),
        ],
        "kcsc_requests": [
            claim("003", "près de 6 500", 6500, "demandes de lutte contre les vidéos deepfake",
                  approx=Approx.about, verb="recevoir", period=JAN_JUL_24),
        ],
        "police_arrests": [
            claim("001", "387", 387, "suspects", verb="conduire"),
            claim("003", "178", 178, "suspects arrêtés par la police", actor="police",
                  verb="arrêter", period=JAN_JUL_24),
        ],
        "police_cases": [
            claim("003", "297", 297, "cas de crimes impliquant des deepfakes", actor="police",
                  verb="signaler", period=JAN_JUL_24),
            claim("003", "180", 180, "cas de crimes impliquant des deepfakes", actor="police",
                  period=("2023-01-01", "2023-12-31")),
        ],
        "suspects_teen_share": [
            claim("003", "74 %", 74, "suspects arrêtés par la police âgés de 10 à 19 ans",
                  period=JAN_JUL_24, **pct),
            claim("003", "65 %", 65, "suspects âgés de 10 à 19 ans", period=Y2021, **pct),
            claim("004", "65,4 %", 65.4, "auteurs âgés de 10 à 19 ans", decimals=1,
                  period=Y2021, **pct),
            claim("004", "73,6 %", 73.6, "auteurs âgés de 10 à 19 ans", decimals=1,
                  period=JAN_JUL_24, **pct),
        ],
        "victims_minor_share": [
            claim("001", "60 %", 60, "victimes ... mineures", **pct),
            claim("004", "près de 60%", 60, "des victimes ... mineurs", approx=Approx.about,
                  **pct),
            claim("004", "59,8%", 59.8, "mineurs ... victimes", decimals=1, period=Y21_23,
                  **pct),
            claim("004", "64,6%", 64.6, "proportion de mineurs", decimals=1, period=Y2021,
                  role=Role.change_from, **pct),
            claim("004", "52,9%", 52.9, "proportion de mineurs", decimals=1,
                  period=("2022-01-01", "2022-12-31"), role=Role.change_to, **pct),
        ],
        "victims_20s_share": [
            claim("004", "32,1 %", 32.1, "victimes de 20 à 29 ans", decimals=1,
                  period=Y21_23, **pct),
        ],
        "victim_room_members": [
            claim("004", "1 200", 1200, "personnes"),
            claim("004", "jusqu'à 1 200", 1200, "personnes", approx=Approx.up_to,
                  period=("2020-01-01", "2020-12-31")),
            claim("004", "au moins 1 200", 1200, "personnes", approx=Approx.at_least),
        ],
        "large_room_participants": [
            claim("004", "plus de 1 300", 1300, "participants", approx=Approx.more_than,
                  verb="compter"),
        ],
        "chatroom_participants": [
            claim("004", "220 000", 220000, "nombre de personnes impliquées",
                  approx=Approx.up_to),
            claim("004", "220 000", 220000, "nombre de participants", actor="femmes",
                  verb="a publié"),
            claim("004", "227 000", 227000, "nombre de participants"),
        ],
        "site_images": [
            claim("004", "plus de 20 000", 20000, "images sexuelles illégales",
                  approx=Approx.more_than, verb="recevoir"),
        ],
        "generation_time": [claim("004", "5 secondes", 5, "générer une image nue",
                                  unit="second")],
        "max_sentence": [
            claim("004", "cinq ans", 5, "peine maximale", unit="year", role=Role.change_from),
            claim("004", "sept ans", 7, "peine maximale", unit="year", role=Role.change_to),
        ],
    }


@pytest.fixture(scope="module")
def seeds() -> tuple[dict[str, list[Claim]], dict[str, str]]:
    """The seed-like claims and, for each claim id, the id of the group it landed in."""
    by_key = seed_like()
    claims = [c for group in by_key.values() for c in group]
    group_of = {m.claim_id: g.id for g in group_claims(claims) for m in g.members}
    return by_key, group_of


def groups_of(seeds, key: str) -> set[str]:
    by_key, group_of = seeds
    return {group_of[c.id] for c in by_key[key]}


@pytest.mark.parametrize("key", [k for k, v in seed_like().items() if len(v) > 1])
def test_gold_quantities_group_together(seeds, key: str) -> None:
    assert len(groups_of(seeds, key)) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("large_room_participants", "victim_room_members"),  # never a false conflict
        ("large_room_participants", "chatroom_participants"),
        ("victim_room_members", "chatroom_participants"),
        ("suspects_teen_share", "victims_minor_share"),
        ("victims_minor_share", "victims_20s_share"),
        ("kcsc_takedowns", "kcsc_requests"),
        ("kcsc_requests", "site_images"),
        ("police_arrests", "police_cases"),
        ("generation_time", "max_sentence"),
    ],
)
def test_different_quantities_stay_apart(seeds, a: str, b: str) -> None:
    assert not groups_of(seeds, a) & groups_of(seeds, b)


def test_french_and_english_phrases_meet_through_concepts() -> None:
    fr = claim("fr", "178", 178, "suspects arrêtés par la police", language="fr")
    en = claim("en", "180", 180, "suspects arrested by police", language="en")
    other = claim("en", "180", 180, "victims who reported crimes", language="en")
    groups = group_claims([fr, en, other])
    # In reading order (article "en" before "fr"), whatever the order they were given in.
    assert [g.claim_ids for g in groups] == [[en.id, fr.id], [other.id]]


def test_never_across_unit_kinds() -> None:
    same_words = "suspects arrêtés"
    claims = [
        claim("a", "74", 74, same_words),
        claim("b", "74 %", 74, same_words, unit="percent"),
        claim("c", "74 ans", 74, same_words, unit="year"),
        claim("d", "74 par jour", 74, same_words, per="day"),
    ]
    assert len(group_claims(claims)) == 4


def test_ids_labels_and_scores_are_deterministic() -> None:
    claims = [
        claim("a", "9", 9, "unrelated things"),
        claim("a", "178", 178, "suspects arrêtés"),
        claim("b", "178", 178, "suspects arrêtés par la police"),
        claim("c", "178", 178, "suspects arrêtés"),
    ]
    groups = group_claims(claims)
    assert [g.id for g in groups] == [
        group_id("count", [claims[0].id]), group_id("count", [c.id for c in claims[1:]])
    ]
    assert all(len(g.id) == 1 + ID_CHARS for g in groups)
    assert groups[0].claim_ids == [claims[0].id]
    assert groups[0].members[0].score == 1.0
    assert groups[1].label == "suspects arrêtés"
    assert groups[1].kind == "count"
    assert all(0 < m.score <= 1 for m in groups[1].members)
    again = group_claims(claims)
    assert [g.model_dump() for g in again] == [g.model_dump() for g in groups]


def test_nothing_counted_stays_alone() -> None:
    claims = [claim("a", "12", 12, ""), claim("b", "12", 12, "")]
    assert [len(g.members) for g in group_claims(claims)] == [1, 1]


def test_average_linkage_does_not_chain() -> None:
    import numpy as np

    # a~b and b~c are close, a and c are not: single linkage would chain all three.
    sim = np.array([[1, 0.9, 0.1], [0.9, 1, 0.9], [0.1, 0.9, 1]])
    assert average_linkage(sim, 0.6) == [[0, 1], [2]]


def test_label_is_the_most_common_phrase_cut_short() -> None:
    assert label(["b", "a", "a", ""]) == "a"
    assert len(label(["mot " * 40])) <= 61


def test_user_lexicon_extends_concepts(tmp_path) -> None:
    lex = tmp_path / "mine.toml"
    lex.write_text('[concepts]\nremove = ["gommer", "gommé"]\n', encoding="utf-8")
    lexicon = Lexicon.load(lex)
    assert lexicon.concept("Gommées") == lexicon.concept("supprimé") == "remove"


@pytest.mark.parametrize(
    "text", ["[concepts\n", "concepts = 3\n", '[concepts]\nx = "word"\n', "[other]\n"]
)
def test_malformed_lexicon_names_the_file(tmp_path, text: str) -> None:
    lex = tmp_path / "bad.toml"
    lex.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.toml"):
        Lexicon.load(lex)


def test_big_blocks_are_split_but_still_group() -> None:
    from reconcile import group as grouping

    claims = [claim(f"a{i}", "10", 10 + i % 3, f"thing{i % 50} widgets") for i in range(200)]
    old = grouping.MAX_BUCKET
    grouping.MAX_BUCKET = 30
    try:
        groups = group_claims(claims)
    finally:
        grouping.MAX_BUCKET = old
    assert sum(len(g.members) for g in groups) == 200
    assert len(groups) < 200


def test_one_article_never_contradicts_itself_inside_a_group() -> None:
    # Same words, same article, no period: "plus de 1 300" cannot be the "1 200" room.
    room = [
        claim("004", "1 200", 1200, "personnes"),
        claim("004", "jusqu'à 1 200", 1200, "personnes", approx=Approx.up_to),
        claim("004", "plus de 1 300", 1300, "participants", approx=Approx.more_than),
        claim("004", "220 000", 220000, "nombre de participants"),
        claim("004", "227 000", 227000, "nombre de participants"),  # 3 % apart: rounding
    ]
    assert [g.claim_ids for g in group_claims(room)] == [
        [room[0].id, room[1].id], [room[2].id], [room[3].id, room[4].id]
    ]
