"""A number word after a part and "of the" is the whole of a breakdown, a figure: "Three of the
four students injured", "Three out of the five people involved". "the four" alone names a known
set ("the two parties", "the three injured people"), and the whole was dropped with it. Read in
US local news (IBTimes on a school shooting: three of the four students injured still in
critical condition; WITN on a crash: three out of the five people involved seriously injured;
KING 5: two of the victims in critical condition; al.com on a barge explosion: "the three
injured people", a set, no figure).

Every sentence is our own, written in the style of what was read."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row(
        "en",
        "Two of the six hikers rescued on Sunday were treated for hypothermia.",
        [{"surface": "Two", "value": 2}, {"surface": "six", "value": 6}],
        id="en-part-of-the-whole",
    ),
    row(
        "en",
        "Four out of the seven people in the van were seriously hurt, troopers said.",
        [{"surface": "Four", "value": 4}, {"surface": "seven", "value": 7}],
        id="en-part-out-of-the-whole",
    ),
    row(
        "en",
        "The three injured workers were cleaning a tank when it exploded.",
        [],
        id="en-the-three-names-a-set",
    ),
    row(
        "en",
        "The two unions signed the agreement on Monday.",
        [],
        id="en-the-two-names-a-set",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_the_whole_after_its_part_is_a_figure(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
