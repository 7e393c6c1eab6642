"""Claims travel between processes as columns, and come back equal, whatever their fields."""

from __future__ import annotations

import pickle
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from claims.models import Approx, Claim, Period, Role
from reconcile.execution.codec import TEXT, Block, pack, unpack

texts = st.text(alphabet=st.sampled_from("ab \0é"), max_size=4)
periods = st.none() | st.builds(
    Period, start=st.none() | st.dates(date(2000, 1, 1), date(2030, 1, 1)),
    end=st.none() | st.dates(date(2000, 1, 1), date(2030, 1, 1)), text=texts,
)


@st.composite
def claims(draw: st.DrawFn) -> list[Claim]:
    shared = draw(periods)
    out = []
    for k in range(draw(st.integers(0, 6))):
        out.append(Claim(
            id=f"c{k}", article=draw(texts), line=draw(st.integers(1, 9)), start=k, end=k + 1,
            sentence=draw(texts), surface=draw(texts),
            value=draw(st.none() | st.floats(allow_nan=False)),
            approx=draw(st.sampled_from(Approx)),
            counted=draw(texts), lemmas=draw(st.lists(texts, max_size=2)),
            actor=draw(st.none() | texts), per=draw(st.none() | st.sampled_from(["day", "week"])),
            period=shared if draw(st.booleans()) else draw(periods),
            role=draw(st.sampled_from(Role)),
        ))
    return out


@given(claims())
def test_claims_come_back_equal(batch: list[Claim]) -> None:
    back = unpack(pack(batch))
    assert [c.model_dump() for c in back] == [c.model_dump() for c in batch]
    travelled = pickle.loads(pickle.dumps(Block(batch, {"x": 1})))
    assert travelled.claims == batch and travelled.data == {"x": 1}


def test_every_claim_field_travels_without_naming_it() -> None:
    claim = Claim(id="c1", article="a", line=1, start=0, end=1, sentence="s", surface="1",
                  value=1.0)
    assert len(pack([claim])) == len(Claim.model_fields)


def test_text_columns_travel_as_one_string_unless_a_text_holds_a_nul() -> None:
    def make(counted: str) -> Claim:
        return Claim(id="c", article="a", line=1, start=0, end=1, sentence="s", surface="1",
                     value=1.0, counted=counted)

    at = list(Claim.model_fields).index("counted")
    assert pack([make("x"), make("y")])[at] == (TEXT, "x\0y", [])
    mixed = pack([make("a\0b"), make("c")])
    assert mixed[at][0] != TEXT
    assert [c.counted for c in unpack(mixed)] == ["a\0b", "c"]
