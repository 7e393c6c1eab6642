"""A stock, a level or a rate told at a moment is ``as_of`` that moment; what an event did on
its day is ``day`` (DESIGN "Periods"; read on real news: wildfire containment and burned
areas told with a weekday and a time of day; the traffic-jam readings, the prison escape, the
injured taken to hospital "that day" and the arrests "dans la matinée" follow sentences of a
development set, with other figures).

* the length of traffic jams read at an hour, a fire "contenu à 13 %" or whose burned area
  "avait brûlé" by an evening, the area a fire "had scorched" by a morning: levels at that
  time, even when the day is carried from the sentence before;
* a part of a figure said before ("31 of them") in a sentence its own time opens ("By Saturday
  evening, ...") is counted then, even when its whole was dated by nothing;
* a count of casualties told "that day" / "le même jour" (the injured taken to hospital) is
  that day's count, not a toll known at publication, and so are its parts;
* a part of the day opening a sentence of a protest day ("Dans la matinée, onze chauffeurs ont
  été interpellés") dates the arrests that day.

Our own sentences, other names and numbers; the negative rows of the same shapes keep their
reading: a fire that burned on a day, a march's distance, tolls said at publication, a custody
count at an evening, flows of a day."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FR_LEVELS = [
    case("Les taxis ont bloqué le périphérique mardi 9 décembre. À 8 heures, le site Sytadin "
         "relevait 512 kilomètres de bouchons en Île-de-France.", "2025-12-09",
         E("512 kilomètres", None, "2025-12-09", "as_of"), id="relevait-km-bouchons-a-8-heures"),
    case("Ce lundi matin, Sytadin a enregistré plus de 430 kilomètres d'embouteillages vers "
         "9 heures.", "2025-03-10",
         E("plus de 430 kilomètres", None, "2025-03-10", "as_of"),
         id="embouteillages-ce-lundi-matin"),
    case("Les cheminots sont en grève depuis jeudi 4 décembre. Peu avant 8 heures, plus de 380 "
         "kilomètres de ralentissements étaient recensés sur les routes.", "2025-12-05",
         E("plus de 380 kilomètres", None, "2025-12-05", "as_of"),
         id="ralentissements-a-une-heure-du-jour"),
    case("Le feu de la colline était contenu à 22 % dimanche matin, selon les pompiers.",
         "2025-08-18",
         E("22 %", None, "2025-08-17", "as_of"), id="contenu-a-dimanche-matin"),
    case("Mardi soir, l'incendie du massif était maîtrisé à 40 %.", "2025-08-14",
         E("40 %", None, "2025-08-12", "as_of"), id="maitrise-a-mardi-soir"),
    case("L'incendie de la vallée avait brûlé 8 420 hectares jeudi soir.", "2025-08-16",
         E("8 420 hectares", None, "2025-08-14", "as_of"), id="avait-brule-jeudi-soir"),
]

FR_DAYS = [  # negative rows: what a day did stays that day's
    case("En Lozère, 70 hectares de forêt ont brûlé ce mardi.", "2025-07-16",
         E("70 hectares", "2025-07-15", "2025-07-15", "day"), id="ont-brule-ce-mardi"),
    case("Le cortège a parcouru 6 kilomètres jeudi après-midi.", "2025-10-03",
         E("6 kilomètres", "2025-10-02", "2025-10-02", "day"), id="cortege-parcouru-jeudi"),
    case("Le mouvement a été suivi jeudi 3 décembre dans tout le pays. Jeudi soir, 21 "
         "personnes se trouvaient en garde à vue.", "2026-12-03",
         E("21", None, "2026-12-03", "as_of"), id="garde-a-vue-jeudi-soir"),
]

FR_EVENT_DAY = [
    case("La rupture de la digue a eu lieu jeudi 4 septembre. Jeudi, les secouristes avaient "
         "sorti 94 personnes des eaux. Le même jour, 37 blessés avaient été conduits dans les "
         "hôpitaux de la région, dont six enfants.", "2025-09-06",
         E("37", "2025-09-04", "2025-09-04", "day"), E("six", "2025-09-04", "2025-09-04", "day"),
         id="le-meme-jour-blesses"),
    case("Quelque 900 agriculteurs se sont rassemblés mardi 14 octobre devant la préfecture "
         "pour protester contre les prix. "
         "Le département compte environ 4 100 exploitations. Dans la matinée, huit conducteurs "
         "ont été interpellés près du rond-point.",
         "2025-10-14",
         E("huit", "2025-10-14", "2025-10-14", "day"), id="dans-la-matinee-interpelles"),
]

FR_TOLL_AT_A_MOMENT = [
    case("Les feux ravagent la région depuis mardi. Le bilan, jeudi soir, s'établissait à 14 "
         "morts et plus de 2 300 maisons détruites.", "2025-08-16",
         E("14", None, "2025-08-14", "as_of"), id="bilan-jeudi-soir-avant-publication"),
    case("Incendies dans le massif : au moins 14 morts\n\nLes feux ravagent la région depuis "
         "mardi. Le bilan, jeudi soir, s'établissait à 14 morts.", "2025-08-16",
         E("au moins 14", None, "2025-08-14", "as_of"), id="titre-du-bilan-jeudi-soir"),
]

FR_TOLLS = [  # negative rows: a toll told as it stands
    case("Le bilan de l'effondrement s'est alourdi samedi à 29 morts et 64 blessés.",
         "2025-09-06",
         E("64", None, "2025-09-06", "as_of"), id="bilan-samedi-blesses"),
    case("Le bilan de l'explosion s'est alourdi lundi à 17 morts, dont 4 enfants, a annoncé la "
         "préfecture. Lundi soir, plusieurs centaines de personnes se sont rassemblées en "
         "silence devant l'église.", "2025-09-08",
         E("17", None, "2025-09-08", "as_of"), id="veillee-apres-le-bilan"),
    case("Au moins 31 passagers sont morts dans la nuit de lundi à mardi, a annoncé mercredi "
         "la garde côtière, qui recherchait encore des dizaines de disparus.", "2025-11-19",
         E("Au moins 31", None, "2025-11-19", "as_of"), id="nuit-du-naufrage-un-bilan"),
    case("Le cortège est parti jeudi 2 octobre de la place de la République. Selon la préfecture, "
         "environ 270 tracteurs étaient présents aux portes de la ville en milieu de journée.",
         "2025-10-02",
         E("environ 270", "2025-10-02", "2025-10-02", "day"), id="tracteurs-presents-midi"),
]

EN_LEVELS = [
    case("On Thursday morning, the Canyon Fire had scorched 12,300 acres.", "2025-01-10",
         E("12,300 acres", None, "2025-01-09", "as_of"), id="had-scorched-thursday-morning"),
    case("The Ridge Fire had burned 4,870 acres on Wednesday evening, officials said.",
         "2025-01-10",
         E("4,870 acres", None, "2025-01-08", "as_of"), id="had-burned-wednesday-evening"),
    case("Traffic jams stretched for 210 kilometres around the capital at 8 a.m. on Tuesday.",
         "2025-03-12",
         E("210 kilometres", None, "2025-03-11", "as_of"), id="traffic-jams-at-8am"),
    case("Twenty-six inmates broke out of the jail during the night. By Sunday evening, 19 of "
         "them had been caught, leaving 7 at large, police said.", "2025-06-08",
         E("19", None, "2025-06-08", "as_of"), E("7", None, "2025-06-08", "as_of"),
         id="by-evening-of-them-whole-undated"),
    case("About 96,000 people were under evacuation orders on Wednesday, the sheriff said.",
         "2025-01-09",
         E("About 96,000", None, "2025-01-08", "as_of"), id="under-evacuation-orders-a-day"),
    case("Roughly 640 homes were covered by evacuation orders on Tuesday evening.", "2025-08-20",
         E("Roughly 640", None, "2025-08-19", "as_of"), id="covered-by-evacuation-orders"),
]

EN_AS_OF_SET_OFF = [
    case("The Ridge Fire broke out on Tuesday. The fire had burned 9,814 acres and was 12% "
         "contained, as of Thursday at 9 p.m., the state fire agency said.", "2025-01-10",
         E("9,814 acres", None, "2025-01-09", "as_of"), E("12%", None, "2025-01-09", "as_of"),
         id="as-of-set-off-by-a-comma"),
    case("The blaze started near the ranch on Monday. At least 4 people have died and more "
         "than 2,300 structures have been destroyed, as of Wednesday night.", "2025-01-09",
         E("At least 4", None, "2025-01-08", "as_of"), id="perfect-totals-as-of-set-off"),
    case("A grass fire sparked on Wednesday evening near the reservoir. By about 11:40 p.m., "
         "the fire had burned 610 acres and was 35 percent contained.", "2025-06-12",
         E("35 percent", None, "2025-06-11", "as_of"), id="contained-by-an-hour-carried"),
]

EN_DAYS = [  # negative rows
    case("Deputies ordered 4,200 residents to evacuate on Wednesday.", "2025-01-09",
         E("4,200", "2025-01-08", "2025-01-08", "day"), id="ordered-to-evacuate-a-day"),
    case("The grass fire burned 40 acres on Tuesday before crews stopped it.", "2025-07-16",
         E("40 acres", "2025-07-15", "2025-07-15", "day"), id="burned-acres-on-a-day"),
    case("Crews arrested 9 looters on Tuesday and the fire grew to 3,000 acres, as of "
         "Thursday night.", "2025-01-10",
         E("9", "2025-01-07", "2025-01-07", "day"), id="own-day-before-a-set-off-as-of"),
    case("Police arrested 18 protesters on Thursday. Of them, 5 were minors.", "2025-10-04",
         E("5", "2025-10-02", "2025-10-02", "day"), id="of-them-no-time-of-its-own"),
]

EN_EVENT_DAY = [
    case("A levee failed near the town early on Monday. Crews lifted 71 people from roofs on "
         "Monday, and 44 injured people were taken to hospitals in the district that day, "
         "eight of them children, the Red Cross said.", "2025-05-06",
         E("44", "2025-05-05", "2025-05-05", "day"), E("eight", "2025-05-05", "2025-05-05", "day"),
         id="that-day-injured-taken-to-hospital"),
]

EN_TOLL_AT_A_MOMENT = [
    case("The fires have burned since Tuesday. The death toll stood at 13 on Friday evening, "
         "the coroner said.", "2025-01-11",
         E("13", None, "2025-01-10", "as_of"), id="toll-stood-at-friday-evening"),
]

EN_TOLLS = [  # negative rows: tolls told as they stand
    case("A footbridge collapsed on Monday evening, killing at least 7 people, civil protection "
         "said on Tuesday.", "2025-12-02",
         E("at least 7", None, "2025-12-02", "as_of"), id="killing-event-evening-a-toll"),
    case("A levee failed near the town early on Monday. At least 52 people were taken to "
         "hospitals, the health department said on Tuesday.", "2025-05-06",
         E("At least 52", None, "2025-05-06", "as_of"), id="taken-to-hospital-a-toll"),
]


@pytest.mark.parametrize(
    "c", FR_LEVELS + FR_DAYS + FR_EVENT_DAY + FR_TOLL_AT_A_MOMENT + FR_TOLLS)
def test_fr_level_at_a_moment(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize(
    "c", EN_LEVELS + EN_AS_OF_SET_OFF + EN_DAYS + EN_EVENT_DAY + EN_TOLL_AT_A_MOMENT + EN_TOLLS)
def test_en_level_at_a_moment(c: PeriodCase) -> None:
    check(c, "en")
