"""A bulletin's numbered week, in French (read on real news: Santé publique France's national
and regional bulletins on bronchiolitis, flu and gastroenteritis, "En semaine 46, les
hospitalisations ...", "en S05 chez SOS Médecins", "Depuis la semaine 40, 25 cas graves";
public radio and regional dailies quoting them, "Au cours de la semaine du 25 au 31 janvier
(semaine 4)").

- "en semaine 48", "la semaine 47", "en S03": the ISO week, Monday to Sunday, of the year the
  phrase names, else the latest such week that began by publication (week 52 read in January
  is last year's); a figure of that week is an interval; its number is no figure.
- "depuis la semaine 40": from that week's Monday to publication.
- "lors des pics des saisons précédentes", "proche du pic de l'hiver dernier": a peak's time,
  not dated, which stops the week carried from the sentence before.

Negative rows of the same shape keep today's reading: a week named by its day ("la semaine du
4 mars"), the week before ("la semaine précédente"), a number of weeks ("trois semaines"), and a
figure after "semaine" that is a count ("chaque semaine 40 patients", "en semaine 40
trains circulent": a noun follows it). Our own sentences, other
names and numbers."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

WEEKS = [
    case("En ville, SOS Médecins a effectué 318 visites pour grippe en semaine 47 dans le "
         "Finistère.", "2026-12-02",
         E("318", "2026-11-16", "2026-11-22", "interval"), id="en-semaine-47"),
    case("En S03, les infections respiratoires ont représenté 22,4 % de l'activité des "
         "urgences de la région.", "2026-01-21",
         E("22,4 %", "2026-01-12", "2026-01-18", "interval"), id="en-S03"),
    case("En semaine 52, 1 480 passages aux urgences pour grippe ont été enregistrés en "
         "Occitanie.", "2027-01-06",
         E("1 480", "2026-12-21", "2026-12-27", "interval"), id="semaine-52-lue-en-janvier"),
    case("Lors de la semaine 12 de 2025, 640 cas de gastro-entérite ont été signalés.",
         "2026-12-02",
         E("640", "2025-03-17", "2025-03-23", "interval"), id="semaine-d-une-annee-nommee"),
    case("Depuis la semaine 40, 31 cas graves de grippe ont été signalés par les services de "
         "réanimation.", "2026-12-02",
         E("31", "2026-09-28", "2026-12-02", "to_date"), id="depuis-la-semaine-40"),
    case("Les urgences ont accueilli 2 350 enfants en semaine 49, la semaine en cours.",
         "2026-12-02",
         E("2 350", "2026-11-30", "2026-12-02", "to_date"), id="semaine-en-cours"),
    # ISO years of 53 weeks (2026) and of 52 (2025): week 53 exists only in the first.
    case("En semaine 53, 410 cas de grippe ont été signalés en Bretagne.", "2027-01-06",
         E("410", "2026-12-28", "2027-01-03", "interval"), id="semaine-53-d-une-annee-a-53"),
    case("Lors de la semaine 53 de 2025, 640 cas de grippe ont été signalés.", "2026-12-02",
         E("640", None, "2026-12-02", "none"), id="semaine-53-d-une-annee-a-52"),
]

# "En comparaison, ce pourcentage était d'environ 40% lors des pics des saisons précédentes"
# (a national bulletin), "un niveau proche du pic de l'hiver dernier": a peak's time, which the
# text does not date, and which takes no week from the sentence before.
PEAKS = [
    case("En semaine 47, la grippe représentait 18 % des passages aux urgences. En "
         "comparaison, cette part atteignait 31 % lors des pics des hivers précédents.",
         "2026-12-02",
         E("31 %", None, None, "none"), id="lors-des-pics-precedents"),
    case("En semaine 48, les passages pour bronchiolite ont atteint 2 900, un niveau proche du "
         "pic de l'hiver dernier (3 240).", "2026-12-02",
         E("3 240", None, None, "none"), id="proche-du-pic-de-l-hiver-dernier"),
]

NOT_WEEKS = [
    case("La semaine du 4 mars, 212 cas ont été déclarés.", "2026-12-02",
         E("212", "2026-03-04", "2026-03-10", "interval"), id="semaine-du-4-mars"),
    case("En semaine 48, 1 900 enfants ont été vus aux urgences, contre 1 610 la semaine "
         "précédente.", "2026-12-02",
         E("1 610", "2026-11-16", "2026-11-22", "interval"), id="la-semaine-precedente"),
]


# A weekly bulletin's article closes its running counts at the week's end; a count another body
# gives ("selon l'ARS", "selon le ministère" in an article on Santé publique France's bulletin:
# vaccination campaigns, calls to a hotline) runs to the time of writing.
BULLETIN = ("En semaine 48, du 23 au 29 novembre, 1 340 enfants ont été vus aux urgences pour une "
            "bronchiolite, selon le bulletin régional de Santé publique France. ")
SOURCES = [
    case(BULLETIN + "Depuis le 15 septembre, 8 700 nourrissons ont reçu l'anticorps préventif, "
         "selon l'ARS.", "2026-12-03",
         E("8 700", "2026-09-15", "2026-12-03", "to_date"), id="selon-une-autre-source"),
    case(BULLETIN + "Depuis le 1er octobre, 4 100 passages ont été enregistrés.", "2026-12-03",
         E("4 100", "2026-10-01", "2026-11-29", "to_date"), id="le-cumul-du-bulletin"),
    case(BULLETIN + "Depuis le 1er octobre, 520 cas graves ont été signalés, selon Santé publique "
         "France.", "2026-12-03",
         E("520", "2026-10-01", "2026-11-29", "to_date"), id="la-meme-source"),
]


@pytest.mark.parametrize("c", WEEKS + PEAKS + SOURCES + NOT_WEEKS)
def test_fr_numbered_week(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("text", [
    "En semaine 48, 7 120 enfants ont été vus aux urgences, en hausse de 12 % par rapport à la "
    "semaine 47.",
    "La région est en phase épidémique depuis la semaine 46 et l'activité a encore progressé en "
    "S48.",
    "Bulletin grippe, semaine 48. Au cours de la semaine du 23 au 29 novembre, 1 460 passages "
    "ont été enregistrés.",
])
def test_fr_week_number_is_no_figure(text: str) -> None:
    from datetime import date
    claims = extract_text(text, lang="fr", published=date(2026, 12, 2))
    assert not {c.value for c in claims} & {46.0, 47.0, 48.0}, [c.surface for c in claims]


@pytest.mark.parametrize("text, value", [
    ("Le service reçoit chaque semaine 40 patients venus de tout le département.", 40.0),
    ("En semaine 40 trains circulent entre Brest et Quimper, contre 22 le dimanche.", 40.0),
    ("Il faudra trois semaines pour réparer les 14 pylônes.", 14.0),
])
def test_fr_a_figure_after_week_stays(text: str, value: float) -> None:
    from datetime import date
    claims = extract_text(text, lang="fr", published=date(2026, 12, 2))
    assert value in {c.value for c in claims}, [c.surface for c in claims]
