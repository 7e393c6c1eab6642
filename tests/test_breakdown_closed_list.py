"""Parts against their total when the parts' own words close the list (issue 9, "parts against
their total"): "184,220 valid ballots were cast. Of those, 81,310 backed the recall and 104,910
opposed it" adds up to 186,220, more than the ballots: a conflict.

The class, as read in referendum and recall results (yes and no, "찬성"/"반대" against the ballots
cast), parliamentary votes ("dont 331 pour et 181 contre"), and health or casualty counts whose
last part names the rest ("and the remaining 64 ..."). A breakdown word ("of those", "dont",
"이 가운데") names the total, in the sentence or the one before. Two opposite answers cannot hold
more than their total, but a total of voters may hold blank ballots too: a sum below the total
says nothing, a sum above it is a conflict. A list closed by "the remaining" states every part.
Its traps: "N autres" (N more, not the rest), a comparison told with "contre" ("120 pour le RN
contre 80 en 2022"), a list its words leave open ("notamment"), three answers with abstentions,
and no breakdown word. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2025, 10, 12)


def _breakdowns(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    return findings_of(text, lang, PUBLISHED, "breakdown")


CHECKED = [
    ("en", "The board said 184,220 valid ballots were cast in the recall vote.\n\nOf those, "
           "81,310 backed the recall and 104,910 opposed it.", Verdict.conflict,
     ["104,910", "184,220", "81,310"]),
    ("en", "The board said 184,220 valid ballots were cast in the recall vote.\n\nOf those, "
           "81,310 backed the recall and 102,910 opposed it.", Verdict.consistent,
     ["102,910", "184,220", "81,310"]),
    ("en", "The council counted 96 motions this year, of which 41 were approved and 60 were "
           "rejected.", Verdict.conflict, ["41", "60", "96"]),
    ("fr", "Le texte a recueilli 512 suffrages exprimés, dont 331 pour et 201 contre.",
     Verdict.conflict, ["201", "331", "512"]),
    ("fr", "Le texte a recueilli 512 suffrages exprimés, dont 331 pour et 181 contre.",
     Verdict.consistent, ["181", "331", "512"]),
    ("fr", "Le scrutin a réuni 4 210 votants.\n\nParmi eux, 2 300 ont voté oui et 2 050 ont voté "
           "non.", Verdict.conflict, ["2 050", "2 300", "4 210"]),
    ("ko", "주민투표에는 3만6천940명이 참여했다.\n\n"
           "이 가운데 찬성은 1만6천200표, 반대는 2만1천100표였다.",
     Verdict.conflict, ["1만6천200표", "2만1천100표", "3만6천940명"]),
    # the population stated first: every later count of the sentence breaks it down
    ("en", "Of the 184,220 valid ballots, 81,310 supported the recall, or 44.1%, while 104,910 "
           "opposed it, officials said.", Verdict.conflict, ["104,910", "184,220", "81,310"]),
    ("en", "Of the 184,220 valid ballots, 81,310 supported the recall, or 44.1%, while 102,910 "
           "opposed it, officials said.", Verdict.consistent, ["102,910", "184,220", "81,310"]),
    ("fr", "Sur les 4 210 suffrages exprimés, 2 300 sont allés au oui et 2 050 au non.",
     Verdict.conflict, ["2 050", "2 300", "4 210"]),
    ("en", "The agency counted 436 cases, of which 205 were children, 150 adults and the "
           "remaining 91 elderly people.", Verdict.conflict, ["150", "205", "436", "91"]),
    ("en", "The agency counted 436 cases, of which 205 were children, 150 adults and the "
           "remaining 81 elderly people.", Verdict.consistent, ["150", "205", "436", "81"]),
]


@pytest.mark.parametrize(("lang", "text", "verdict", "figures"), CHECKED)
def test_a_list_its_words_close_is_checked_against_its_total(
    lang, text, verdict, figures
) -> None:
    assert _breakdowns(lang, text) == [(verdict, figures)]


NOT_CHECKED = [
    # two answers below the total: blank ballots or abstentions may make the rest
    ("ko", "주민투표에는 3만6천940명이 참여했다.\n\n"
           "이 가운데 찬성은 1만6천200표, 반대는 2만200표였다."),
    ("en", "The board said 184,220 ballots were cast in the recall vote.\n\nOf those, 81,310 "
           "backed the recall and 99,910 opposed it."),
    # "N autres" is N more, not the rest
    ("fr", "Le duel aura lieu dans 190 circonscriptions, dont 67 entre le RN et le NFP et 32 "
           "autres face à la majorité."),
    # "contre" compares with another year
    ("fr", "La région compte 150 élus, dont 120 pour le RN contre 80 en 2022."),
    # a list the words leave open
    ("fr", "Le texte a recueilli 512 suffrages, dont notamment 331 pour et 201 contre."),
    # three answers
    ("en", "Of the 300 delegates, 120 voted for the motion and 90 against, while 40 abstained."),
    # a population and two parts that are no opposite answers (they may overlap)
    ("en", "Of the 300 staff, 120 were women and 195 were under 30."),
    # no breakdown word: the figures need not be parts of the first
    ("en", "The city counted 96 motions this year; 41 were approved in March and 60 rejected "
           "in April."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_a_list_its_words_do_not_close_is_not_checked(lang, text) -> None:
    assert _breakdowns(lang, text) == []
