"""A line of share buttons is furniture up to six words; a line of more words is read, even
when its first words are buttons (claims.sentences.is_furniture stops at the seventh word)."""

from __future__ import annotations

import pytest

from claims.lang import load_table
from claims.sentences import is_furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Share on Facebook | Share on X | Email", False),  # "on" is no button word
        ("Facebook Twitter Email", True),
        ("Facebook Twitter LinkedIn WhatsApp Email Print", True),  # six words
        ("Facebook Twitter LinkedIn WhatsApp Email Print Share", False),  # seven
        ("Facebook Twitter LinkedIn WhatsApp Email Print Share Reddit Copy", False),
        ("Facebook Twitter 12 people", False),
        ("", False),
    ],
)
def test_share_button_lines(line: str, furniture: bool) -> None:
    assert is_furniture(line, load_table("en").extraction) is furniture
