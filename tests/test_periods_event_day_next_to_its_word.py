"""A lead that tells the event and, in the same sentence, the day of what it follows ("voted on
Saturday to impeach her over her decree of March 3", "a voté samedi la destitution ...
onze jours après son décret du 3 mars") names two days: the event's is the one right next to
the word of the event, and the tallies told in the sentences after it, with no time of their
own, are of that day.

Read on real news: parliament votes told over several sentences, the day once in the lead
(Xinhua on a Madagascar impeachment, "121 voted yes ... four voted no" the sentence after;
AFP/Defimedia "a voté mardi la destitution ... Au total 130 des 163 députés ont voté", two
sentences on; Linfo "Ce mardi 14 octobre, les députés ont voté ... Sur 131 votants, 130 ont
voté pour"; Atoll Times, "Parliament on Sunday passed ..." then "45 MPs voted" after a
sentence naming the court's Thursday; The Hill, "voted Wednesday ... 227 Democrats supporting
... The final vote tally ... was 228-193"). Our own sentences, other names and numbers.

Not the event's day: a day in a relative clause ("who was impeached on March 14"), a day
no event word stands next to, two days next to event words."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN = [
    case("Estonian lawmakers impeach president over emergency decree\n\n"
         "TALLINN, May 16 - Estonia's parliament voted on Saturday to impeach President Maret "
         "Kask over her brief emergency decree of May 5, a week after a first attempt failed."
         "\n\nThe motion passed with 71 votes in favour and 24 against. Four lawmakers "
         "abstained and two ballots were declared invalid.", "2026-05-16",
         E("71", "2026-05-16", "2026-05-16", "day"),
         E("24", "2026-05-16", "2026-05-16", "day"),
         E("Four", "2026-05-16", "2026-05-16", "day"),
         E("two", "2026-05-16", "2026-05-16", "day"), id="voted-on-saturday-over-a-decree-of"),
    case("Senate shelves graft case against vice-president\n\n"
         "The Senate on Wednesday, voted to shelve the graft case against Vice-President Lito "
         "Ramos, which the House had sent up on June 2.\n\n"
         "Seventeen senators voted in favour of the motion and five against it.", "2026-06-12",
         E("Seventeen", "2026-06-10", "2026-06-10", "day"),
         E("five", "2026-06-10", "2026-06-10", "day"), id="the-day-before-the-word"),
    case("Estonian president survives recall vote\n\n"
         "Estonians voted today in a recall of President Maret Kask, a month after the "
         "court's ruling of April 14, the electoral commission said.\n\n"
         "Turnout was 38.2%, and 52.4% of ballots backed the president.", "2026-05-16",
         E("38.2%", "2026-05-16", "2026-05-16", "day"),
         E("52.4%", "2026-05-16", "2026-05-16", "day"), id="voted-today-after-a-ruling-of"),
]

FR = [
    case("Estonie : le Parlement destitue la présidente\n\n"
         "Le Parlement estonien a voté samedi la destitution de la présidente Maret Kask, onze "
         "jours après son éphémère décret d'urgence du 5 mai.\n\n"
         "La motion a été adoptée par 71 voix contre 24. Quatre députés se sont abstenus et "
         "deux bulletins ont été déclarés nuls.", "2026-05-16",
         E("71", "2026-05-16", "2026-05-16", "day"),
         E("24", "2026-05-16", "2026-05-16", "day"),
         E("deux", "2026-05-16", "2026-05-16", "day"), id="a-vote-samedi-apres-un-decret-du"),
    case("Estonie : la présidente échappe à la destitution\n\n"
         "Les députés estoniens ont rejeté mardi la motion visant la présidente Maret Kask, "
         "trois semaines après son décret du 26 mai.\n\n"
         "La motion n'a recueilli que 58 voix, loin des 68 requises.", "2026-06-17",
         E("58", "2026-06-16", "2026-06-16", "day"), id="ont-rejete-mardi"),
]

NOT_THE_DAY = [
    case("Former Estonian president appears in court\n\n"
         "Maret Kask, who was impeached on May 16, appeared in the supreme court on "
         "Tuesday.\n\nHer lawyers filed 36 objections against the charges, the court said.",
         "2026-05-20",
         E("36", None, "2026-05-20", "none"), id="impeached-in-a-relative-clause"),
    case("Estonian lawmakers meet again on decree\n\n"
         "Estonia's parliament met on Saturday to debate the decree of May 5 again, before "
         "voters go to the polls next year.\n\n"
         "The motion has 44 votes in favour so far, its sponsors said.", "2026-05-16",
         E("44", None, "2026-05-16", "as_of"), id="no-event-word-next-to-a-day"),
    case("Estonian recall vote splits the coalition\n\n"
         "Lawmakers voted on Thursday to hold a recall of Maret Kask, elected on March 2, 2024, "
         "the commission said."
         "\n\nIn the chamber, 36 members backed the recall.", "2026-05-16",
         E("36", None, "2026-05-16", "none"), id="two-days-next-to-event-words"),
]


@pytest.mark.parametrize("c", EN + NOT_THE_DAY)
def test_en_event_day_next_to_its_word(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", FR)
def test_fr_event_day_next_to_its_word(c: PeriodCase) -> None:
    check(c, "fr")
