"""Holiday windows and "the same weekday last year" in French and English traffic and travel
copy (claims.named_days, claims.binding_baselines). Bison Futé and motorway operators count
jams and vehicles over "le week-end (pont) de l'Ascension" (Thursday to Sunday; Ascension is 39
days after Easter, so it moves by weeks), over "le week-end de Pâques / de la Pentecôte"
(Saturday to the Monday off), and compare a Saturday with "le même samedi de l'année
dernière": that weekday 52 weeks back, not the date a year back; "le même week-end l'an
dernier" after a holiday's window is last year's window of that holiday. Seen in real copy:
TF1 and Linternaute on the Ascension weekends of 2022 and 2024 (jams by day, the weekend's
days), Metropolys on the Ascension bridge; Adobe and NRF releases on Thanksgiving weekends.
Sentences of our own. Negatives: a window as a landmark ("avant le week-end de Pâques"), a
movable feast named out of its season (read as the weekday it names, as before), "à Pâques"
alone (road-safety copy counts the whole weekend: 1jour1actu, "90 morts à Pâques")."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, case, check

E = Expect

SAME_WEEKDAY = [
    case("Au péage de Saint-Arnoult, 48 200 véhicules sont passés samedi, contre 45 900 le même "
         "samedi de l'an dernier.", "2025-06-02",
         E("48 200", "2025-05-31", "2025-05-31", "day"),
         E("45 900", "2024-06-01", "2024-06-01", "day"), id="fr-meme-samedi"),
    case("The bridge carried 71,300 vehicles on Saturday, up from 66,800 on the same Saturday "
         "last year, the authority said.", "2025-08-04",
         E("71,300", "2025-08-02", "2025-08-02", "day"),
         E("66,800", "2024-08-03", "2024-08-03", "day"), id="en-same-saturday-last-year"),
]

FRENCH_WINDOWS = [
    case("Lors du week-end de l'Ascension, 1 240 km de bouchons cumulés ont été relevés, selon "
         "Bison Futé.", "2025-06-02",
         E("1 240 km", "2025-05-29", "2025-06-01", "interval"), id="fr-week-end-ascension"),
    case("Sur les routes, 31 personnes ont trouvé la mort pendant le pont de l'Ascension, contre "
         "27 le même week-end l'an dernier.", "2025-06-02",
         E("31", "2025-05-29", "2025-06-01", "interval"),
         E("27", "2024-05-09", "2024-05-12", "interval"), id="fr-pont-puis-meme-week-end"),
    case("Pendant le week-end de Pâques, la SNCF a transporté 1,9 million de voyageurs.",
         "2025-04-23",
         E("1,9 million", "2025-04-19", "2025-04-21", "interval"), id="fr-week-end-de-paques"),
    case("Le lundi de Pentecôte, 3 400 personnes ont visité le château.", "2025-06-11",
         E("3 400", "2025-06-09", "2025-06-09", "day"), id="fr-lundi-de-pentecote"),
]

# Today's reading: a window as a landmark; a feast named long after its season.
NOT_THE_WINDOW = [
    case("Avant le week-end de Pâques, la préfecture avait mené 120 contrôles.", "2025-04-23",
         E("120", None, "2025-04-23", "none"), id="fr-avant-le-week-end"),
    case("Le lundi de Pentecôte, 3 400 personnes ont visité le château.", "2025-11-20",
         E("3 400", "2025-11-17", "2025-11-17", "day"), id="fr-hors-saison-un-lundi"),
    case("Sur les routes, 64 personnes sont mortes à Pâques, selon la Sécurité routière.",
         "2025-04-23",
         E("64", None, "2025-04-23", "none"), id="fr-a-paques-le-week-end"),
]


@pytest.mark.parametrize("c", SAME_WEEKDAY + FRENCH_WINDOWS + NOT_THE_WINDOW)
def test_holiday_windows_and_same_weekday(c) -> None:
    check(c, "fr" if c.id.startswith("fr") else "en")
