"""The reconciliation pipeline as a whole: findings carry their group's id and label, and
claims left out are counted by reason. (Where it runs changes nothing: tests/mechanism.)"""

from __future__ import annotations

import random
from datetime import date

from claims.models import Approx, Claim, Period, Role
from reconcile.pipeline import ALONE, NOTHING_COUNTED, UNREADABLE, reconcile

TOPICS = ["seoul", "busan", "daegu", "incheon", "gwangju", "ulsan"]
THINGS = [
    ("suspects arrêtés à {}", "arrested suspects in {}", "count", None),
    ("vidéos supprimées à {}", "videos removed in {}", "count", None),
    ("victimes mineures à {}", "minor victims in {}", "percent", None),
    ("cas signalés à {}", "reported cases in {}", "count", "week"),
]


def corpus(n: int = 400, seed: int = 3) -> list[Claim]:
    """Claims about a few dozen quantities across articles, in both languages, with years,
    months, undated figures, rates with their totals, changes and breakdowns."""
    rng = random.Random(seed)
    claims: list[Claim] = []
    while len(claims) < n:
        fr, en, unit, per = rng.choice(THINGS)
        topic = rng.choice(TOPICS)
        english = rng.random() < 0.4
        counted = (en if english else fr).format(topic)
        article = f"a{rng.randrange(40)}"
        year = rng.choice([2022, 2023, 2024, None])
        period = None if year is None else Period(
            start=date(year, 1, 1), end=date(year, 12, 31), text=str(year)
        )
        base = (hash((fr, topic)) % 900) + 100
        value = float(base if rng.random() < 0.8 else rng.randrange(50, 2000))
        role, linked = Role.value, None
        if rng.random() < 0.05:
            role, linked = Role.change_from, f"c{len(claims) + 1}"
        sentence = f"{article}-{rng.randrange(5)}"
        claims.append(_claim(len(claims), article, sentence, value, unit, per, counted,
                             period, role, linked, english))
        if role is Role.change_from:
            claims.append(_claim(len(claims), article, sentence, value * 2, unit, per, counted,
                                 period, Role.change_to, f"c{len(claims) - 1}", english))
        if per is not None:  # the total the rate is read against, in its sentence
            claims.append(_claim(len(claims), article, sentence, value * 52, unit, None,
                                 counted, period, Role.value, None, english))
    return claims


def _claim(
    k: int, article: str, sentence: str, value: float, unit: str, per: str | None,
    counted: str, period: Period | None, role: Role, linked: str | None, english: bool,
) -> Claim:
    return Claim(
        id=f"c{k}", article=article, line=k, start=0, end=3, sentence=sentence,
        surface=f"{value:g}", value=value, unit=unit, per=per, counted=counted,
        period=period, role=role, linked=linked, language="en" if english else "fr",
        approx=Approx.about if k % 7 == 0 else Approx.exact,
    )


def test_findings_carry_their_groups_id_and_label() -> None:
    result = reconcile(corpus(200))
    groups = {g.id: g for g in result.groups}
    for finding in result.findings:
        if finding.group_id is None:
            continue  # a breakdown check, made outside groups
        group = groups[finding.group_id]
        assert finding.id.startswith(f"{group.id}-")
        assert finding.quantity == group.label
        assert set(finding.claim_ids) & set(group.claim_ids)


def test_a_group_with_nothing_written_is_named_by_its_unit() -> None:
    # What is counted survives only as lemmas: the group and its finding say "count".
    claims = [
        Claim(id=f"x{k}", article=f"b{k}", line=1, start=0, end=3, sentence="s", surface="387",
              value=387.0, counted="", lemmas=["suspect", "arrêter"])
        for k in range(2)
    ]
    result = reconcile(claims)
    assert [g.label for g in result.groups] == ["count"]
    assert [(f.verdict.value, f.quantity) for f in result.findings] == [("consistent", "count")]


def test_claims_left_out_are_counted_by_reason() -> None:
    claims = [
        Claim(id="n1", article="b1", line=1, start=0, end=3, sentence="s", surface="12",
              value=12.0, counted=""),  # nothing counted
        Claim(id="u1", article="b1", line=2, start=0, end=3, sentence="t", surface="12",
              value=12.0, unit="zorkmid", counted="chevaux"),  # a unit pint cannot read
        Claim(id="a1", article="b2", line=1, start=0, end=3, sentence="s", surface="40",
              value=40.0, counted="écoles fermées"),  # alone
        Claim(id="a2", article="b3", line=1, start=0, end=3, sentence="s", surface="7",
              value=7.0, unit="percent", counted="taux de chômage"),  # alone
    ]
    result = reconcile(claims)
    assert result.findings == []
    assert result.uncomparable == {ALONE: 2, NOTHING_COUNTED: 1, UNREADABLE: 1}
