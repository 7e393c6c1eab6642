"""A share told beside its count that names its whole right after it, the whole's total told in
another sentence (issue 9, "a share that does not match its part and its whole"): "Spoiled
ballots came to 1.37 million, 31.0% of the ballots cast" after "4.85 million ballots were
cast" (28.2 %); "Some 96 senators voted for the bill, 61.2% of those who voted" before "In all,
171 senators took part in the vote" (56.1 %). Read by reconcile/structural/share_named_after.py.

The class, as read in election and ballot copy (null and blank votes over the ballots cast,
a chamber's vote over those who voted), trade releases ("48,5 Md€, soit 8,3 % de ses
exportations totales") and turnout reports. Its traps: a whole of another kind than the total
told ("valid votes" against "the ballots cast"; registered voters against "the vote"), a share
of the count itself ("30% of them children"), a total of another period, two totals, and shares
that hold. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2026, 3, 9)


def _shares(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    return findings_of(text, lang, PUBLISHED, "share_of_total")


CHECKED = [
    ("en", "A total of 4.85 million ballots were cast on Sunday, the electoral council said. "
           "Spoiled ballots came to 1.37 million, 31.0% of the ballots cast, while 210,000 "
           "were left blank.",
     Verdict.conflict, ["1.37 million", "31.0%", "4.85 million"]),
    ("en", "A total of 4.85 million ballots were cast on Sunday, the electoral council said. "
           "Spoiled ballots came to 1.37 million, 28.2% of the ballots cast, while 210,000 "
           "were left blank.",
     Verdict.consistent, ["1.37 million", "28.2%", "4.85 million"]),
    ("en", "The upper house passed the pension bill on Tuesday. In favour were 96 senators, "
           "61.2% of those who voted, and nine abstained. In all, 171 senators took part in "
           "the vote.",
     Verdict.conflict, ["171", "61.2%", "96"]),
    ("en", "A total of 3.62 million votes were cast on Sunday. The ruling party won 1.93 million "
           "votes on Sunday, 53.3% of the votes cast.",
     Verdict.consistent, ["1.93 million", "3.62 million", "53.3%"]),
    ("fr", "Le ministère a compté 3 912 400 votants dimanche, dans tout le pays. Les "
           "bulletins nuls ont atteint 402 100, soit 12,4 % des votants, un record.",
     Verdict.conflict, ["12,4 %", "3 912 400", "402 100"]),
    ("fr", "Le ministère a compté 3 912 400 votants dimanche, dans tout le pays. Les "
           "bulletins nuls ont atteint 402 100, soit 10,3 % des votants, un record.",
     Verdict.consistent, ["10,3 %", "3 912 400", "402 100"]),
]


@pytest.mark.parametrize(("lang", "text", "verdict", "figures"), CHECKED)
def test_a_share_naming_its_whole_is_read_against_the_total_told(
    lang, text, verdict, figures
) -> None:
    assert _shares(lang, text) == [(verdict, figures)]


NOT_READ = [
    # the total told is of the valid votes, not of the ballots cast
    ("en", "Some 3.96 million valid votes were cast on Sunday. Spoiled ballots came to 1.37 "
           "million, 31.0% of the ballots cast."),
    # registered voters are no total of "the vote"
    ("en", "Some 7.4 million voters were registered for Sunday's vote. The ruling party won "
           "2.2 million votes on Sunday, 41.0% of the vote."),
    # "of the vote" (often the valid votes) is no share of the votes cast
    ("en", "A total of 3.62 million votes were cast on Sunday. The ruling party won 1.93 million "
           "votes on Sunday, 52.3% of the vote."),
    # a share of the count itself: its part follows
    ("en", "About 9,400 people were evacuated on Monday. Some 1,210 were hurt on Monday, 30% "
           "of them children."),
    # the total told is of another day
    ("en", "A total of 4.85 million ballots were cast in the first round on March 1. Spoiled "
           "ballots came to 1.37 million on Sunday, 31.0% of the ballots cast."),
    # two totals the phrase may name, of two values
    ("en", "A total of 4.85 million ballots were cast on Sunday for president, the council "
           "said.\n\nIn the senate race, held the same Sunday, 4.12 million ballots were cast on "
           "Sunday.\n\nSpoiled ballots came to 1.37 million on Sunday, 31.0% of the ballots "
           "cast."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_READ)
def test_a_share_whose_whole_is_not_the_total_told_is_not_read(lang, text) -> None:
    assert _shares(lang, text) == []
