"""Stable output: groups, their ids and the findings depend on what the articles say, never on
the order they are read in, nor on an unrelated article read with them (issue 9, item 4)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claims import extract
from claims.load import InputError, load_articles
from claims.models import Article, Claim
from reconcile.execution import Inline
from reconcile.models import Finding, Group
from reconcile.pipeline import Reconciliation, reconcile

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
UNRELATED = FIXTURES / "order" / "marathon_en.md"


@cache
def _claims_by_article() -> tuple[tuple[Claim, ...], ...]:
    paths = [ROOT / "seeds", FIXTURES / "report" / "police_fr.md",
             FIXTURES / "report" / "police_en.md", FIXTURES / "articles"]
    articles = [a for a in load_articles([str(p) for p in paths]) if isinstance(a, Article)]
    return tuple(tuple(extract(a)) for a in articles)


def _reconcile(per_article: list[tuple[Claim, ...]]) -> Reconciliation:
    with Inline() as run:
        return reconcile([c for claims in per_article for c in claims], executor=run)


@cache
def _in_file_order() -> Reconciliation:
    return _reconcile(list(_claims_by_article()))


@settings(max_examples=8, deadline=None)
@given(st.permutations(range(len(_claims_by_article()))))
def test_shuffled_articles_give_byte_identical_groups_ids_and_findings(order: list[int]) -> None:
    articles = _claims_by_article()
    shuffled = _reconcile([articles[k] for k in order])
    assert shuffled.model_dump_json() == _in_file_order().model_dump_json()


@settings(max_examples=4, deadline=None)
@given(st.permutations(range(len(_claims_by_article()) + 1)))
def test_an_unrelated_article_changes_no_group_id_or_finding(order: list[int]) -> None:
    assert not any(isinstance(a, InputError) for a in load_articles([str(UNRELATED)]))
    extra = tuple(extract(next(iter(load_articles([str(UNRELATED)])))))
    assert extra  # the unrelated article does state figures
    articles = [*_claims_by_article(), extra]
    before, after = _in_file_order(), _reconcile([articles[k] for k in order])
    mine = {c.id for c in extra}

    def others(groups: list[Group]) -> list[tuple]:
        # Id, label, kind and members; not the scores, which weigh words by their rarity in
        # the bucket, so another article's words may move them in the third decimal.
        return [(g.id, g.label, g.kind, g.claim_ids) for g in groups
                if not mine & set(g.claim_ids)]

    def about_others(findings: list[Finding]) -> list[str]:
        return [f.model_dump_json() for f in findings if not mine & set(f.claim_ids)]

    assert others(after.groups) == others(before.groups)
    assert about_others(after.findings) == [f.model_dump_json() for f in before.findings]
    assert all(set(g.claim_ids) <= mine for g in after.groups if mine & set(g.claim_ids))
