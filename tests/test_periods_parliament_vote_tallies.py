"""A parliament's vote told over several sentences: the lead names the vote ("impeached",
"survived a no-confidence vote", "ont destitué", "a échappé samedi à une motion de
destitution") and its day once, and the tallies follow with no time of their own ("131 voted
yes", "Another four abstained", "Deux élus se sont abstenus", "trois bulletins étaient nuls",
"141 members were present"): they are of the vote's day.

Read on real news: Xinhua on a Madagascar impeachment ("impeached ... early Wednesday", then
"121 voted yes ... four voted no", "125 members participated"); Reuters in French ("Les
députés malgaches ont destitué mardi le président, avec 130 voix pour et un bulletin blanc");
Linfo ("Sur 131 votants, 130 ont voté pour et le dernier élu s'est abstenu", after the
Tuesday of the vote); WION ("survive no-confidence vote" on Monday, then "146 voted in support
of the motion"); a Lok Sabha report ("451 members of the parliament present and voting").
Our own sentences, other names and numbers.

Not the vote's day: the size of the chamber ("The parliament has 193 seats"), a threshold
("the 200 needed"), a past vote told with its own day."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN = [
    case("Malawi parliament impeaches president\n\n"
         "LILONGWE, Oct 15 (Xinhua) - Malawi's parliament impeached President John Banda early "
         "on Wednesday, a month after the protests of Sept. 12.\n\n"
         "Among the lawmakers, 131 voted yes while only six voted no, the speaker said. Another "
         "four abstained.\n\n"
         "The parliament has 193 seats.\n\n"
         "A total of 141 members were present, the official result said.", "2026-10-15",
         E("131", "2026-10-14", "2026-10-14", "day"),
         E("six", "2026-10-14", "2026-10-14", "day"),
         E("four", "2026-10-14", "2026-10-14", "day"),
         E("141", "2026-10-14", "2026-10-14", "day"),
         E("193", None, "2026-10-15", "as_of"), id="impeached-then-tallies"),
    case("Latvian premier survives no-confidence vote\n\n"
         "Latvian Prime Minister Ilze Ozola survived a no-confidence vote on Thursday, three "
         "weeks after the budget row of June 2.\n\n"
         "Only 38 lawmakers backed the motion, and 12 abstained.", "2026-06-26",
         E("38", "2026-06-25", "2026-06-25", "day"),
         E("12", "2026-06-25", "2026-06-25", "day"), id="survived-a-no-confidence-vote"),
]

FR = [
    case("Madagascar : les députés destituent le président\n\n"
         "Les députés malgaches ont destitué mardi le président Hery Randria, deux semaines "
         "après les manifestations du 25 septembre.\n\n"
         "Au total, 131 des 163 députés ont pris part au scrutin.\n\n"
         "Deux élus se sont abstenus et trois bulletins étaient nuls.", "2026-10-15",
         E("131", "2026-10-13", "2026-10-13", "day"),
         E("Deux", "2026-10-13", "2026-10-13", "day"),
         E("trois", "2026-10-13", "2026-10-13", "day"), id="ont-destitue-mardi"),
    case("Lettonie : la Première ministre sauve son poste\n\n"
         "La Première ministre lettone Ilze Ozola a échappé jeudi à une motion de destitution, "
         "trois semaines après la crise budgétaire du 2 juin.\n\n"
         "Seuls 38 députés ont voté la motion, et 12 se sont abstenus.", "2026-06-26",
         E("38", "2026-06-25", "2026-06-25", "day"),
         E("12", "2026-06-25", "2026-06-25", "day"), id="a-echappe-jeudi-a-une-motion"),
]

# The threshold a motion needed is no result of the vote (Europe 1: "Son adoption
# nécessitait au moins 287 suffrages"; Tonic Radio: "181 voix, loin des 289 nécessaires";
# WION: "the motion needed an absolute majority of 289 votes"; 1lurer: "271 of the required
# 289 votes"): it states no time, while the tally beside it is of the vote's day.
THRESHOLDS_FR = [
    case("Estonie : la présidente échappe à la destitution\n\n"
         "Les députés estoniens ont rejeté mardi la motion visant la présidente Maret Kask, "
         "trois semaines après son décret du 26 mai.\n\n"
         "La motion n'a recueilli que 58 voix, loin des 68 nécessaires.\n\n"
         "Son adoption nécessitait au moins 68 suffrages.", "2026-06-17",
         E("58", "2026-06-16", "2026-06-16", "day"),
         E("au moins 68", None, "2026-06-17", "none"), id="nécessitait"),
]

THRESHOLDS_EN = [
    case("Estonian president survives impeachment vote\n\n"
         "Estonia's parliament rejected on Tuesday a motion to impeach President Maret Kask, "
         "three weeks after her decree of May 26.\n\n"
         "The motion won only 58 votes.\n\n"
         "It needed a two-thirds majority of 68 votes to pass.", "2026-06-17",
         E("58", "2026-06-16", "2026-06-16", "day"),
         E("68", None, "2026-06-17", "none"), id="needed"),
]

NOT_THE_DAY_EN = [
    case("Latvian premier faces no-confidence vote\n\n"
         "Latvian Prime Minister Ilze Ozola survived a no-confidence vote on Thursday.\n\n"
         "In 2019, a similar motion won 41 votes, and 9 lawmakers abstained.", "2026-06-26",
         E("41", "2019-01-01", "2019-12-31", "interval"), id="a-past-vote-with-its-year"),
]


@pytest.mark.parametrize("c", EN + NOT_THE_DAY_EN + THRESHOLDS_EN)
def test_en_parliament_vote_tallies(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", FR + THRESHOLDS_FR)
def test_fr_parliament_vote_tallies(c: PeriodCase) -> None:
    check(c, "fr")
