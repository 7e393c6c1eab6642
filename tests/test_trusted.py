"""``reconcile.models.trusted`` must build what ``model_construct`` builds: it skips pydantic's
generic path for speed, so a pydantic upgrade that changes that path shows up here."""

from __future__ import annotations

from reconcile.models import Finding, Group, Membership, Verdict, trusted


def _same(a: object, b: object) -> None:
    assert a == b
    assert a.model_fields_set == b.model_fields_set  # type: ignore[attr-defined]
    assert a.model_dump() == b.model_dump()  # type: ignore[attr-defined]
    assert a.model_dump_json() == b.model_dump_json()  # type: ignore[attr-defined]


def test_trusted_finding_is_model_construct() -> None:
    fields = frozenset(Finding.model_fields)
    values = {
        "id": "g1-f1", "verdict": Verdict.conflict, "detail": "", "group_id": "g1",
        "quantity": "suspects", "claim_ids": ["c1", "c2"], "explanation": "They differ.",
        "confidence": 0.8, "assumptions": ["same quantity by similarity 0.80"],
    }
    _same(trusted(Finding, fields, dict(values)), Finding.model_construct(fields, **values))


def test_trusted_group_is_model_construct() -> None:
    member = frozenset(Membership.model_fields)
    fields = frozenset(Group.model_fields)
    members = [trusted(Membership, member, {"claim_id": "c1", "score": 0.9, "slots": []})]
    built = trusted(
        Group, fields, {"id": "g1", "label": "x", "kind": "count", "members": members}
    )
    reference = Group.model_construct(
        fields, id="g1", label="x", kind="count",
        members=[Membership.model_construct(member, claim_id="c1", score=0.9, slots=[])],
    )
    _same(built, reference)
