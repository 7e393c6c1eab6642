"""A poll's fieldwork window dates its shares told in the sentences around the one that names
it, and nothing else of the article. Copy names the window once, often apart from the shares:
in a methodology sentence after them ("The survey ... was conducted Monday to Wednesday",
"Sondage réalisé les 3 et 4 février auprès de 1 012 personnes"), or before a run of share
sentences; the shares then went undated, took the day the pollster said them, or publication.
The other way round, the window used to go on to whatever the next sentence counted: seats,
votes in parliament, a party's governors.

A union's ballot is dated the same way ("in a postal ballot that ran from 9 November until
Monday"): a closed window, not a count running to its end.

Real instances read (paraphrased): a UCU branch's ballot results "which closed at 5pm on 21
October" (yes shares and a turnout); a union branch's "92.2% ... voted in favour of strike
action on a 57.8% turnout"; Full Fact on a ballot where 90% of those voting backed strikes on a
turnout just over 55%; a Moneyvox piece giving the shares for and against a tax
reform in its body, its fieldwork ("réalisé les 18 et 19 juin") in a footnote after them; a
France Matin piece on interest in a campaign whose LH2 fieldwork sentence closes it; an IWPR
release closing with "conducted between October 10-12" among 2,207 adults; a Fox News
methodology sentence ("conducted by telephone ... September 24-26"); Korean copy of Gallup Korea
polls (Injournal, TV Chosun, KRVIP) naming the window in one sentence and the minor parties'
shares, the impeachment for and against and the leaders' preference in the sentences after.
Read as false positives: Public Sénat's margin-of-error note after its fieldwork sentence
("si le pourcentage observé est de 20 %"), made of hypothetical shares (kept out here because
"enquête" is no poll noun); a Korean Gallup sentence's "95% 신뢰수준" (a confidence level, read in
the window's own sentence already).
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN = [
    case("Approval of Governor Maya Lindqvist sank to 31 percent, Norland Research said Friday. "
         "The survey of 1,240 registered voters was conducted Monday to Wednesday.",
         "2026-02-14", E("31 percent", "2026-02-09", "2026-02-11", "interval"),
         id="en-share-said-friday-then-window"),
    case("The survey of 1,240 registered voters was conducted Monday to Wednesday.\n\nSome 58 "
         "percent oppose the fuel tax, while 37 percent support it.", "2026-02-14",
         E("Some 58 percent", "2026-02-09", "2026-02-11", "interval"),
         E("37 percent", "2026-02-09", "2026-02-11", "interval"),
         id="en-for-and-against-after-window"),
    case("Only 46 percent of residents said they trusted the council. The poll was conducted "
         "between October 6 and 8 among a sample of 1,850 adults.", "2026-10-15",
         E("46 percent", "2026-10-06", "2026-10-08", "interval"), id="en-methodology-after"),
    case("A Norland poll of 1,240 voters conducted Monday to Wednesday put the Greens at 24 "
         "percent. The governing party holds 64 of the 120 seats in the assembly.",
         "2026-02-14", E("24 percent", "2026-02-09", "2026-02-11", "interval"),
         E("64", None, "2026-02-14", "none"), E("120", None, "2026-02-14", "none"),
         id="en-seats-after-poll-not-its-window"),
    case("Unemployment stands at 7.1 percent. A Norland poll of 1,240 voters conducted Monday "
         "to Wednesday put the Greens at 24 percent.", "2026-02-14",
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
    case("The hearing was moved Tuesday to Thursday, and 40 people attended.", "2026-02-14",
         E("40", "2026-02-12", "2026-02-12", "day"), id="en-moved-tuesday-to-thursday-no-span"),
]

FR = [
    case("Quelque 61 % des sondés jugent la réforme injuste, contre 36 % qui l'approuvent.\n\n"
         "Sondage réalisé les 3 et 4 février auprès d'un échantillon de 1 012 personnes.",
         "2026-02-06", E("Quelque 61 %", "2026-02-03", "2026-02-04", "interval"),
         E("36 %", "2026-02-03", "2026-02-04", "interval"), id="fr-footnote-after-shares"),
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
