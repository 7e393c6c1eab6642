"""Claims travel between processes as columns, and come back equal, whatever their fields."""

from __future__ import annotations

import pickle
from dataclasses import fields
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from claims.models import Approx, Claim, Period, Role
from reconcile.execution.codec import TABLE, TEXT, Block, pack, unpack
from reconcile.slim import SlimClaim

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


@given(claims())
def test_slim_claims_come_back_equal(batch: list[Claim]) -> None:
    slim = [SlimClaim.of(c) for c in batch]
    back = unpack(pack(slim))
    assert back == slim and all(type(c) is SlimClaim for c in back)
    assert pickle.loads(pickle.dumps(Block(slim))).claims == slim


def test_every_claim_field_travels_without_naming_it() -> None:
    claim = Claim(id="c1", article="a", line=1, start=0, end=1, sentence="s", surface="1",
                  value=1.0)
    cls, columns = pack([claim])
    assert cls is Claim and len(columns) == len(Claim.model_fields)
    slim_cls, slim_columns = pack([SlimClaim.of(claim)])
    assert slim_cls is SlimClaim and len(slim_columns) == len(fields(SlimClaim))


def make(counted: str, sentence: str = "s") -> Claim:
    return Claim(id="c", article="a", line=1, start=0, end=1, sentence=sentence, surface="1",
                 value=1.0, counted=counted)


def test_text_columns_travel_as_one_string_unless_a_text_holds_a_nul() -> None:
    at = list(Claim.model_fields).index("counted")
    assert pack([make("x"), make("y")])[1][at] == (TEXT, "x\0y", [])
    mixed = pack([make("a\0b"), make("c")])
    assert mixed[1][at][0] != TEXT
    assert [c.counted for c in unpack(mixed)] == ["a\0b", "c"]


def test_repeated_texts_travel_once() -> None:
    """The sentence of several figures travels once, as a table, and comes back shared."""
    at = list(Claim.model_fields).index("sentence")
    packed = pack([make(str(k), sentence="One long sentence.") for k in range(4)])
    kind, table, numbers = packed[1][at]
    assert kind == TABLE and table == ["One long sentence."] and list(numbers) == [0, 0, 0, 0]
    back = unpack(packed)
    assert all(c.sentence is back[0].sentence for c in back)
