"""Claims kept for a run share equal frames, slots, periods and field sets, and read the same."""

from __future__ import annotations

from datetime import date

from claims.models import Claim, Frame, Period, Slot
from claims.shared import Sharing


def make(k: int) -> Claim:
    return Claim(
        id=f"c{k}", article="a", line=1, start=k, end=k + 1, sentence="s", surface=str(k),
        value=float(k), period=Period(start=date(2024, 1, 1), end=date(2024, 12, 31)),
        frame=Frame(counted=Slot(text="suspects", lemmas=("suspect",)),
                    place=Slot(text="Séoul", inherited="article")),
    )


def test_equal_parts_become_one_object_and_claims_read_the_same() -> None:
    claims = [make(1), make(2)]
    before = [c.model_dump() for c in claims]
    shared = Sharing().claims(claims)
    assert [c.model_dump() for c in shared] == before
    first, second = shared
    assert first.frame is second.frame and first.period is second.period
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    assert first.model_fields_set == make(1).model_fields_set


def test_different_values_stay_apart() -> None:
    one, two = make(1), make(2)
    two.frame = Frame(counted=Slot(text="victims"))
    shared = Sharing().claims([one, two])
    assert shared[0].frame != shared[1].frame
    assert shared[1].frame.counted.text == "victims"
