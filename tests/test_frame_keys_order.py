"""The frame keys of a claim read without a frame (claims loaded from a store or built by
hand) do not depend on which claim was read first: two phrases that reduce to the same words
may still name different kinds ("total cases", "cases"), and the kinds are read from the
phrase itself."""

from __future__ import annotations

import pytest

from claims.lexicon import Lexicon
from reconcile.features import TextReader, reduce_phrase
from reconcile.slim import SlimClaim
from tests.claim_factory import claim

LEX = Lexicon.default()
PAIRS = [("total cases", "cases"), ("overseas sales", "sales"), ("public debt", "debt")]


def _kinds(order: tuple[str, ...]) -> dict[str, frozenset[tuple[str, str]]]:
    reader = TextReader(LEX)
    read = {}
    for counted in order:
        base = claim("c1", "412", 412, language="en").model_copy(update={"counted": counted})
        read[counted] = reader.frame(SlimClaim.of(base), reduce_phrase(LEX, counted, "en")).kinds
    return read


@pytest.mark.parametrize("pair", PAIRS)
def test_kinds_of_unframed_claims_do_not_depend_on_reading_order(pair: tuple[str, str]) -> None:
    assert _kinds(pair) == _kinds(pair[::-1])
