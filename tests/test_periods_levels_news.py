"""A toll or a stock is a level: its period is as of the time its count is stated for, not the
day of the disaster it counts. Read on real news (cyclones, floods, crushes at stadiums, fires,
landslides; wire, agency and broadcaster copy in English and French), where three grammars date
a toll wrongly when read word by word:

* a day inside the subject of a total taken to a level in the perfect ("The number of people
  killed in a landslide in the province on Sunday has risen to 52") dates what the total
  counts, not the total, which holds as of publication or the day it was said;
* a time set inside the verb phrase of a stock ("faisaient état dimanche soir de 412 blessés",
  "Le bilan officiel fait état mardi de 2 140 morts") dates a level as of that time;
* a time in a clause of its own after the figure, a clause with a figure of its own ("..., a
  annoncé mardi la préfecture, qui faisait état lundi de 7 décès"), dates that clause's figure
  (an older report keeps its own day), not the one before.

* a passive in the present ("Quelque 140 agents sont mobilisés, renforcés par 35 militaires",
  "About 2,300 people are housed in school gyms") is a state held at publication, not a count
  of the day the sentence before named; the passé composé of a verb built on "être" ("sont
  arrivées") and the past ("were deployed") stay that day's.

* casualties or a stock named right after the figure, counted or reported by the clause's verb
  ("Les autorités ont recensé mardi 31 morts et 140 blessés", "Officials confirmed 9 dead and
  31 injured on Tuesday"), are a toll known at that time, not the day's events; events counted
  the same way ("a recensé 14 départs de feu", "reported 40 arrests") and casualties an event
  caused ("L'accident a fait 3 morts dimanche", "31 personnes ont été tuées") stay the day's;
* a semicolon ends a clause: a time after it ("; mardi matin, le bilan atteignait 12 morts") is
  not the figure's before it;
* in Korean, a cumulative count as of a time ("오늘 오전 6시 기준 누적 52건") runs from the start
  of a window the sentence names before it ("올해 들어", "지난 1일부터"), never from a day another
  figure counts ("어제 하루 ... 14건이었고"): then only its end is known.

Our own sentences, other names and numbers. The negative rows keep a day's events (evacuations,
arrests, an election's results), a subject's own day and a phrase of the figure's own clause."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN_LEVELS = [
    case("The number of people killed in a landslide in the province on Sunday has risen to 52, "
         "officials say.", "2026-03-04",
         E("52", None, "2026-03-04", "as_of"), id="number-killed-in-on-sunday-has-risen"),
    case("The number of people injured in the blast at the plant on Saturday has climbed to "
         "140, the health ministry said on Tuesday.", "2026-03-04",
         E("140", None, "2026-03-03", "as_of"), id="number-injured-on-saturday-said-tuesday"),
    case("The number of homes damaged by the tornado in the county on Friday has reached 1,310, "
         "the emergency agency says.", "2026-05-12",
         E("1,310", None, "2026-05-12", "as_of"), id="number-of-homes-damaged-has-reached"),
    case("The toll from the fire at the market in the capital on Thursday has climbed to 23.",
         "2026-05-16",
         E("23", None, "2026-05-16", "as_of"), id="toll-from-fire-on-thursday"),
]

EN_LEVELS += [
    case("Officials confirmed 9 dead and 31 injured on Tuesday.", "2026-03-04",
         E("9", None, "2026-03-03", "as_of"), E("31", None, "2026-03-03", "as_of"),
         id="confirmed-dead-and-injured"),
    case("Police reported 14 deaths on Monday.", "2026-03-04",
         E("14", None, "2026-03-02", "as_of"), id="reported-deaths-on-monday"),
    case("On Monday, rescuers pulled 8 bodies from the rubble; by Tuesday morning, the toll had "
         "reached 12.", "2026-03-04",
         E("8", "2026-03-02", "2026-03-02", "day"), E("12", None, "2026-03-03", "as_of"),
         id="semicolon"),
]

EN_LEVELS += [  # casualties joined by "and", with no verb nor time of their own: the same toll
    case("At least 27 people were killed and more than 90 injured in a blast at a fuel depot in "
         "the port city on Saturday, the interior ministry said on Sunday.", "2026-03-01",
         E("At least 27", None, "2026-03-01", "as_of"),
         E("more than 90", None, "2026-03-01", "as_of"), id="killed-and-injured-said-sunday"),
    # negative: each with its own time
    case("Officials said 12 people were killed on Monday and 30 injured on Tuesday.",
         "2026-03-05",
         E("30", None, "2026-03-03", "as_of"), id="each-its-own-time"),
]

EN_EVENTS = [  # negative rows: the day is the figure's own
    case("Police reported 40 arrests on Saturday.", "2026-03-04",
         E("40", "2026-02-28", "2026-02-28", "day"), id="reported-arrests"),
    case("Health officials recorded 412 new cases on Monday.", "2026-03-04",
         E("412", "2026-03-02", "2026-03-02", "day"), id="recorded-new-cases"),
    case("Prices on Monday had climbed to $91 a barrel.", "2026-03-04",
         E("$91 a barrel", None, "2026-03-02", "as_of"), id="subject-own-day"),
    case("Police arrested 40 people on Saturday, the interior ministry said on Monday.",
         "2026-03-02",
         E("40", "2026-02-28", "2026-02-28", "day"), id="arrested-on-saturday"),
    case("Daily arrivals rose to 820 on Monday, the coast guard said.", "2026-03-04",
         E("820", "2026-03-02", "2026-03-02", "day"), id="daily-arrivals-on-monday"),
    case("Sales rose to 40 units, and on Monday shares fell 5%.", "2026-03-04",
         E("5%", "2026-03-02", "2026-03-02", "day"), id="own-clause-day"),
]

FR_LEVELS = [
    case("Les autorités faisaient état dimanche soir de 412 blessés.", "2026-03-04",
         E("412", None, "2026-03-01", "as_of"), id="faisaient-etat-dimanche-soir-de"),
    case("Le nouveau bilan officiel fait état mardi de 2 140 morts et 860 disparus.",
         "2026-03-04",
         E("2 140", None, "2026-03-03", "as_of"), E("860", None, "2026-03-03", "as_of"),
         id="bilan-fait-etat-mardi-de"),
    case("Le bilan de l'incendie qui a ravagé samedi un immeuble de Lyon s'est alourdi à 9 morts, "
         "a indiqué lundi la préfecture, qui faisait état dimanche de 7 décès.", "2026-03-03",
         E("9", None, "2026-03-02", "as_of"), E("7", None, "2026-03-01", "as_of"),
         id="qui-faisait-etat-dimanche-de"),
    case("Le bilan des inondations s'est alourdi à 52 morts, a annoncé mercredi la protection "
         "civile, qui recensait mardi 45 morts et 12 disparus.", "2026-01-14",
         E("52", None, "2026-01-14", "as_of"), E("45", None, "2026-01-13", "as_of"),
         id="qui-recensait-mardi"),
    case("Le précédent bilan s'établissait lundi à 1 930 morts.", "2026-03-04",
         E("1 930", None, "2026-03-02", "as_of"), id="s-etablissait-lundi-a"),
]

FR_LEVELS += [
    case("Les autorités ont recensé mardi 31 morts et 140 blessés.", "2026-03-04",
         E("31", None, "2026-03-03", "as_of"), E("140", None, "2026-03-03", "as_of"),
         id="ont-recense-mardi-morts-blesses"),
    case("Lundi, les secours avaient retrouvé 8 corps ; mardi matin, le bilan atteignait 12 "
         "morts.", "2026-03-04",
         E("8", "2026-03-02", "2026-03-02", "day"), E("12", None, "2026-03-03", "as_of"),
         id="point-virgule"),
]

FR_EVENTS = [  # negative rows: a day's events stay of that day (a toll: as of its statement)
    case("Lundi soir, la préfecture a recensé 14 départs de feu.", "2026-03-04",
         E("14", "2026-03-02", "2026-03-02", "day"), id="a-recense-departs-de-feu"),
    case("L'accident a fait 3 morts dimanche sur la départementale.", "2026-03-04",
         E("3", None, "2026-03-04", "as_of"), id="a-fait-3-morts-dimanche"),
    case("Mardi, 31 personnes ont été tuées dans l'attaque.", "2026-03-04",
         E("31", None, "2026-03-04", "as_of"), id="ont-ete-tuees-mardi"),
    case("Dimanche, 3 200 personnes ont été évacuées dans la vallée.", "2026-03-04",
         E("3 200", "2026-03-01", "2026-03-01", "day"), id="evacuees-dimanche"),
    case("La police a interpellé 40 personnes samedi, et lundi 25 autres ont été placées en garde "
         "à vue.", "2026-03-04",
         E("25", "2026-03-02", "2026-03-02", "day"), id="et-lundi-son-propre-jour"),
    case("Le candidat sortant a obtenu 54,2 % des voix dimanche, a indiqué lundi la commission "
         "électorale.", "2026-03-03",
         E("54,2 %", "2026-03-01", "2026-03-01", "day"), id="election-result-sunday"),
]


PRESENT_STATES_EN = [
    case("The storm hit the coast on Monday. About 2,300 people are housed in school gyms.",
         "2026-03-04",
         E("About 2,300", None, "2026-03-04", "as_of"), id="are-housed-after-monday"),
    case("The river burst its banks on Sunday. Some 600 soldiers are deployed in the valley.",
         "2026-03-04",
         E("Some 600", None, "2026-03-04", "as_of"), id="are-deployed-after-sunday"),
    # negative: the past is the day's
    case("The storm hit the coast on Monday. About 600 soldiers were deployed in the region.",
         "2026-03-04",
         E("About 600", "2026-03-02", "2026-03-02", "day"), id="were-deployed-after-monday"),
]

PRESENT_STATES_FR = [
    case("Le préfet a activé lundi le plan d'urgence. Quelque 140 agents sont mobilisés, "
         "renforcés par 35 militaires.", "2026-03-04",
         E("Quelque 140", None, "2026-03-04", "as_of"), E("35", None, "2026-03-04", "as_of"),
         id="sont-mobilises-apres-lundi"),
    case("Depuis le début de l'année, 512 cas de chikungunya ont été confirmés. Quelque 90 "
         "agents sont mobilisés dans les communes touchées.", "2026-03-04",
         E("Quelque 90", None, "2026-03-04", "as_of"), id="sont-mobilises-apres-depuis"),
    case("La préfecture a ouvert lundi trois gymnases. Quelque 1 400 personnes y sont toujours "
         "hébergées.", "2026-03-04",
         E("Quelque 1 400", None, "2026-03-04", "as_of"), id="sont-toujours-hebergees"),
    # negative: a passé composé built on « être » stays the day's
    case("Une crue a frappé la ville lundi. Quelque 300 personnes sont arrivées au gymnase.",
         "2026-03-04",
         E("Quelque 300", "2026-03-02", "2026-03-02", "day"), id="sont-arrivees-passe-compose"),
    # negative: a pronominal past (« s'est établi ») is no passive in the present
    case("Le second tour a eu lieu dimanche. La participation s'est établie à 52,4 %.",
         "2026-03-04",
         E("52,4 %", "2026-03-01", "2026-03-01", "day"), id="s-est-etablie-pronominal"),
]


@pytest.mark.parametrize("c", EN_LEVELS + EN_EVENTS + PRESENT_STATES_EN)
def test_en_level_as_of_its_time(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", FR_LEVELS + FR_EVENTS + PRESENT_STATES_FR)
def test_fr_level_as_of_its_time(c: PeriodCase) -> None:
    check(c, "fr")


KO_LEVELS = [
    case("부산시에 따르면 어제 하루 정전 신고는 14건이었고, 오늘 오전 6시 기준 누적 52건으로 "
         "늘었습니다.", "2026-12-03",
         E("14건", "2026-12-02", "2026-12-02", "day"), E("52건", None, "2026-12-03", "as_of"),
         id="eoje-haru-then-nujeok"),
    case("소방청은 어제 하루 구조 출동이 31건이었고 오늘 오전 9시 기준 누적 출동은 118건이라고 "
         "밝혔습니다.", "2026-02-10",
         E("118건", None, "2026-02-10", "as_of"), id="eoje-haru-then-nujeok-no-comma"),
    # the window the total runs from is kept
    case("서울시는 지난 1일부터 오늘 오전 9시 기준 누적 신고가 210건이라고 밝혔습니다.",
         "2026-12-03",
         E("210건", "2026-12-01", "2026-12-03", "to_date"), id="from-the-1st-to-today"),
    case("올해 들어 오늘 오전 6시 기준 누적 52건으로 늘었습니다.", "2026-12-03",
         E("52건", "2026-01-01", "2026-12-03", "to_date"), id="this-year-to-today"),
]


@pytest.mark.parametrize("c", KO_LEVELS)
def test_ko_level_as_of_its_time(c: PeriodCase) -> None:
    check(c, "ko")
