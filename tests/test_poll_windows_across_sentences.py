"""A poll's fieldwork window dates what the poll found, in its sentence and the ones after,
and nothing else of the article. The frame used to carry the window to whatever the next
sentence counted: seats in an assembly, votes in parliament, a Korean party's governors ("6곳을
차지하고 있다" after a Gallup Korea window). A poll of people finds shares and gaps in points;
a survey of firms or universities counts them, and its counts keep its window. A union's ballot
("in a postal ballot that ran from 9 November until Monday") is over by publication: its shares
and the counts of members who voted are of a closed window, an interval.

Real instances read (paraphrased): Korean copy of Gallup Korea polls (Injournal, TV Chosun,
KRVIP) naming the window in one sentence and the minor parties' shares, the impeachment for and
against and the leaders' preference in the next ones; a UCU branch's ballot results "which closed
at 5pm on 21 October" (yes shares and a turnout); a union branch's "92.2% ... voted in favour of
strike action on a 57.8% turnout"; Full Fact on a ballot where 90% of those voting backed strikes
on a turnout just over 55%. Read as a false positive: a Korean Gallup sentence's "95% 신뢰수준" (a
confidence level, inside the window's own sentence).
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN = [
    case("A Norland poll of 1,240 voters conducted Monday through Wednesday put the Greens at 24 "
         "percent. The governing party holds 64 of the 120 seats in the assembly.",
         "2026-02-14", E("24 percent", "2026-02-09", "2026-02-11", "interval"),
         E("64", None, "2026-02-14", "none"), E("120", None, "2026-02-14", "none"),
         id="en-seats-after-poll-not-its-window"),
    case("A Norland poll of 1,240 voters conducted Monday through Wednesday put the Greens at 24 "
         "percent. Some 58 percent oppose the fuel tax.", "2026-02-14",
         E("Some 58 percent", "2026-02-09", "2026-02-11", "interval"),
         id="en-share-after-poll-takes-its-window"),
    case("Unemployment stands at 7.1 percent. A Norland poll of 1,240 voters conducted Monday "
         "through Wednesday put the Greens at 24 percent.", "2026-02-14",
         E("7.1 percent", None, "2026-02-14", "as_of"),
         E("24 percent", "2026-02-09", "2026-02-11", "interval"),
         id="en-share-before-a-polls-lead-keeps-its-own"),
    # a union's ballot: its window, over by publication, dates its shares and the counts of
    # members who voted, in its sentence and the next
    case("Members of the Allied Rail Union backed strikes by 88.6% in an online ballot that ran "
         "from 2 March until Friday, on a turnout of 61.3%. Of the 5,210 members balloted, 3,194 "
         "took part. The company employs 7,400 people.", "2026-03-24",
         E("88.6%", "2026-03-02", "2026-03-20", "interval"),
         E("61.3%", "2026-03-02", "2026-03-20", "interval"),
         E("3,194", "2026-03-02", "2026-03-20", "interval"),
         E("7,400", None, "2026-03-24", "as_of"), id="en-union-ballot-ran-from-until"),
    case("A poll that ran in the Herald on Sunday found 54% backing the mayor.", "2026-03-24",
         E("54%", "2026-03-22", "2026-03-22", "day"), id="en-poll-ran-in-a-paper-on-a-day"),
]

FR = [
    case("Selon un sondage Elabe réalisé du 10 au 12 mars auprès de 1 004 personnes, 57 % des "
         "Français soutiennent la motion. Le texte a été adopté par 289 voix contre 204.",
         "2026-03-14", E("57 %", "2026-03-10", "2026-03-12", "interval"),
         E("289", None, "2026-03-14", "none"), id="fr-votes-after-poll-not-its-window"),
]

KO = [
    case("한국갤럽이 지난 8~10일 전국 성인 1천5명을 대상으로 실시한 조사에서 국민희망당 지지율은 "
         "31%였다. 이어 정의연대(6%), 새물결당(4%) 순이었다.", "2026-04-11",
         E("31%", "2026-04-08", "2026-04-10", "interval"),
         E("6%", "2026-04-08", "2026-04-10", "interval"), id="ko-minor-parties-next-sentence"),
    case("한국갤럽이 지난 8~10일 전국 성인 1천5명을 대상으로 실시한 조사에서 국민희망당 지지율은 "
         "31%였다.\n\n국민희망당은 현재 17개 광역자치단체장 가운데 5곳을 차지하고 있다.",
         "2026-04-11", E("5곳", None, "2026-04-11", "none"),
         id="ko-governors-after-poll-not-its-window"),
    # a survey of firms counts them: its window goes on to the count of those undecided
    case("연합회가 지난달 3∼14일 회원 기업 240곳을 조사한 결과, 152곳이 내년 채용을 줄이겠다고 "
         "답했다. 아직 정하지 못한 기업은 27곳이었다.", "2026-12-03",
         E("27곳", "2026-11-03", "2026-11-14", "interval"), id="ko-survey-of-firms-counts-them"),
]


@pytest.mark.parametrize("c", EN)
def test_poll_window_across_sentences_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", FR)
def test_poll_window_across_sentences_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", KO)
def test_poll_window_across_sentences_ko(c: PeriodCase) -> None:
    check(c, "ko")
