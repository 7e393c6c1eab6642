"""statcheck for news, a part of a whole stated in the sentence before: "Housing starts totalled
18,940 in October. Quebec accounted for 5,210 of those starts, or 27.5 per cent"; "les
indépendants ont remporté 9 des 13 communes en jeu, soit 69 % d'entre elles". The part refers
back to its whole ("of those", "d'entre eux"), or the share does ("d'entre elles"), so the share
is the part over a count of the sentence before, to the precision printed; in Korean, "이
가운데 첫째아는 1만2천910명(60.1%)" after the births. Articles of our own in
the style of housing releases, election nights, exam results, surveys and hospital bulletins."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Finding, Verdict
from tests.article_conflicts import detail_findings

PUBLISHED = date(2026, 11, 30)


def _share_findings(lang: str, text: str) -> list[Finding]:
    if lang == "ko":
        pytest.importorskip("kiwipiepy")
    return detail_findings(text, lang, PUBLISHED, "share_of_total")


# (language, paragraph with {p} for the share, a share that holds, one that does not)
CHECKED = [
    ("en", "Actual starts in urban centres totalled 18,940 in October, down from 19,930 a year "
           "earlier. Quebec accounted for 5,210 of those starts, or {p}.", "27.5 per cent",
     "31 per cent"),
    ("en", "The pollster reached 2,480 adults in the first week of November. In all, 1,116 of "
           "those surveyed, or {p}, said rents were their main worry.", "45 per cent",
     "51 per cent"),
    ("en", "The regional health board counted 3,460 flu cases in October. Of the cases, it said "
           "that 412 of them, or {p}, needed a hospital stay.", "11.9 per cent", "14.2 per cent"),
    ("fr", "Dans le district, les indépendants ont remporté 9 des 13 communes en jeu, soit {p} "
           "d'entre elles. Ils y ont obtenu 52,4 % des voix.", "69 %", "75 %"),
    ("fr", "Cette session, 2 716 candidats libres ont passé l'examen dans l'académie. Au total, "
           "1 043 d'entre eux ont été reçus, soit {p}.", "38,4 %", "43,8 %"),
    ("fr", "Le département compte 57 cantons. Le parti centriste en a gagné 21, soit {p} "
           "d'entre eux.", "36,8 %", "63,8 %"),
    # Korean: the part opens with "이 가운데" / "이 중" and the share follows it in parentheses
    ("ko", "올해 9월 출생아 수는 2만1천480명으로 집계됐다. 이 가운데 첫째아는 1만2천910명({p})"
           "이었다.", "60.1%", "61.0%"),
    ("ko", "지난달 접수된 민원은 4천350건이었다. 이 중 교통 민원은 1천120건({p})으로 가장 "
           "많았다.", "25.7%", "27.5%"),
]


@pytest.mark.parametrize(("lang", "text", "right", "wrong"), CHECKED)
def test_a_share_of_a_whole_stated_in_the_sentence_before_is_recomputed(
    lang: str, text: str, right: str, wrong: str
) -> None:
    (ok,) = _share_findings(lang, text.format(p=right))
    assert ok.verdict is Verdict.consistent, ok.explanation
    (bad,) = _share_findings(lang, text.format(p=wrong))
    assert bad.verdict is Verdict.conflict, bad.explanation
    assert bad.confidence >= 0.5


def test_the_whole_is_the_count_of_the_sentence_before_that_gives_the_share() -> None:
    """Two counts in the sentence before (this month's and a year earlier's): the share agrees
    with one of them, so it is no conflict, and the finding cites that one."""
    text = ("Sales of new cars reached 12,600 in May, against 14,000 a year earlier. Electric "
            "models made up 4,200 of those sales, or 30 per cent.")
    (ok,) = _share_findings("en", text)
    assert ok.verdict is Verdict.consistent
    assert '"14,000"' in ok.explanation


NOT_CHECKED = [
    # the share names a whole of its own: the votes, not the communes
    ("fr", "Les indépendants ont remporté 9 des 13 communes en jeu, soit 61 % des voix."),
    # a bound in the sentence before may round the whole the share was worked from
    ("en", "More than 19,000 homes were started in October. Quebec accounted for 5,210 of those "
           "starts, or 31 per cent."),
    # an approximate whole: the same
    ("fr", "Environ 2 700 candidats libres ont passé l'examen. Au total, 1 043 d'entre eux ont "
           "été reçus, soit 43,8 %."),
    # the whole two paragraphs up: not read
    ("en", "Urban starts totalled 18,940 in October.\n\nThe agency gave no reason.\n\nQuebec "
           "accounted for 5,210 of those starts, or 31 per cent."),
    # no word refers back: the share is of something else
    ("en", "Urban starts totalled 18,940 in October. Quebec recorded 5,210 starts, or 31 per "
           "cent more than a year earlier."),
    # an approximate part is no base for a recomputation to the decimal
    ("en", "Urban starts totalled 18,940 in October. About 5,200 of those starts, or 31 per "
           "cent, were in Quebec."),
    # a change in parentheses, not a share of the whole
    ("ko", "올해 9월 출생아 수는 2만1천480명으로 집계됐다. 이 가운데 첫째아는 1만2천910명"
           "(5.1% 증가)이었다."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_no_check_without_an_exact_whole_referred_back_to(lang: str, text: str) -> None:
    assert not [f for f in _share_findings(lang, text) if f.verdict is Verdict.conflict]
