"""Rows as jobs carry them: columns, text columns joined by NUL unless a text holds one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reconcile.group import _PERIOD_AT, ROW, pack, unpack

WIDTH = _PERIOD_AT + 4  # the view's fields, period, actor, verb, lemmas
TEXTS = [ROW["id"], ROW["article"], ROW["surface"], ROW["unit"], ROW["counted"],
         _PERIOD_AT + 1, _PERIOD_AT + 2]
texts = st.text(alphabet=st.sampled_from("ab \0é"), max_size=4)


@st.composite
def rows(draw: st.DrawFn) -> list[tuple]:
    count = draw(st.integers(0, 6))
    out = []
    for _ in range(count):
        row: list[object] = [draw(st.integers(-3, 3)) for _ in range(WIDTH)]
        for k in TEXTS:
            row[k] = draw(texts)
        row[ROW["per"]] = draw(st.none() | texts)
        out.append(tuple(row))
    return out


@given(rows())
def test_columns_give_back_the_rows(table: list[tuple]) -> None:
    columns = unpack(pack(table))
    assert [tuple(row) for row in zip(*columns, strict=True)] == table
    if table:
        assert len(columns) == WIDTH


def test_text_columns_travel_as_one_string_unless_a_text_holds_a_nul() -> None:
    row = [0] * WIDTH
    for k in TEXTS:
        row[k] = "x"
    plain = pack([tuple(row), tuple(row)])
    assert all(plain[k] == "x\0x" for k in TEXTS)
    row[ROW["counted"]] = "a\0b"
    mixed = pack([tuple(row), tuple(row)])
    assert mixed[ROW["counted"]] == ("a\0b", "a\0b")  # left as it was, so it splits right
    assert unpack(mixed)[ROW["counted"]] == ("a\0b", "a\0b")
