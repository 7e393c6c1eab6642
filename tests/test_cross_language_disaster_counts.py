"""What one disaster's or one outage's copy counts, told in two languages, meets in one group;
the counts beside it never do.

The class, read in real coverage of the same events in several languages (AFP, Reuters,
Yonhap, KBS, Le Parisien and Boursorama copy of Iraq's sandstorms; AP, CNN and Enedis-era
French copy of power cuts; 20 Minutes, Europe 1 and Orange-Le Figaro copy of metro
breakdowns):
- people seen for an illness are "treated" in English and "soignées" or "prises en charge"
  in French, one event; "prises en charge" was read as a criminal charge. A stay in hospital
  ("hospitalised", "admitted") is another count, as are the charged;
- people stuck where they were are "trapped" or "stranded" in English, "bloquées" or
  "coincées" in French: one role, never the rescued or the evacuated;
- the things counted beside people are named by a compound whose head alone says nothing
  ("oxygen cylinders" / "bouteilles d'oxygène"; "sandstorms" / "tempêtes de sable"), or by
  words no spelling joins ("customers" / "clients"; "territory" / "territoire"): each is a
  concept of its own;
- a count that names no noun but its role ("Of those treated, 312 were admitted to
  hospital"; AP's "29 were injured", "another 40 or so were taken to hospitals", "plus de
  5.000 ont été blessées" in French wire copy, Yonhap's "이 중 71명은 입원") counts the people
  of that role, as "dont 389 hospitalisées" does: it was left alone and never met it. A share
  so told says too little of its whole, and stays alone.
Our own sentences, in the style of that copy; other places and figures than the development
sets' (heldout19, heldout20).
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.lexicon import Lexicon
from tests.grouping_cases import group_of, meet, one

PUBLISHED = date(2026, 3, 18)


def _meet(en: str, en_fig: str, fr: str, fr_fig: str) -> bool:
    """The English figure and the French one, read as two articles, fall in one group."""
    return meet(("en", en, en_fig), ("fr", fr, fr_fig), PUBLISHED)


@pytest.mark.parametrize(("phrase", "lang", "concept"), [
    ("oxygen cylinders", "en", "oxygen_cylinder"),
    ("bouteilles d'oxygène", "fr", "oxygen_cylinder"),
    ("산소통", "ko", "oxygen_cylinder"),
    ("sandstorms", "en", "sandstorm"), ("tempêtes de sable", "fr", "sandstorm"),
    ("dust storms", "en", "sandstorm"), ("모래폭풍", "ko", "sandstorm"),
    ("customers", "en", "customer"), ("clients", "fr", "customer"), ("고객", "ko", "customer"),
    ("territory", "en", "territory"), ("territoire", "fr", "territory"),
    ("treated", "en", "treat"), ("soignées", "fr", "treat"), ("prises en charge", "fr", "treat"),
    ("치료", "ko", "treat"),
    ("trapped", "en", "trap"), ("stranded", "en", "trap"), ("bloquées", "fr", "trap"),
    ("coincés", "fr", "trap"),
])
def test_a_disaster_names_its_counts_alike(phrase: str, lang: str, concept: str) -> None:
    assert Lexicon.shipped().normalise(phrase, lang) == (f"#{concept}",)


# (English sentence, its figure, French sentence, its figure): one quantity
MEET = [
    ("By Thursday evening, 2,740 people had been treated for breathing problems, the ministry "
     "said.", "2,740",
     "Jeudi soir, 2 740 personnes avaient été prises en charge, selon le ministère.", "2 740"),
    ("More than 2,700 people were treated in hospitals across the south on Thursday.",
     "More than 2,700",
     "Jeudi, plus de 2 700 personnes ont été soignées dans les hôpitaux du sud.",
     "plus de 2 700"),
    ("The health ministry said it had shipped 900 oxygen cylinders to Basra.", "900",
     "Le ministère de la Santé a acheminé 900 bouteilles d'oxygène vers Bassora.", "900"),
    ("Kuwait has recorded 14 sandstorms since January, the weather office said.", "14",
     "Le Koweït a connu 14 tempêtes de sable depuis le début de l'année.", "14"),
    ("The utility said 840,000 customers were without power on Monday.", "840,000",
     "Lundi, 840 000 clients étaient privés d'électricité, selon le distributeur.", "840 000"),
    ("Firefighters freed 173 people trapped in lifts on Monday.", "173",
     "Lundi, les pompiers ont libéré 173 personnes bloquées dans des ascenseurs.", "173"),
    ("Some 2,300 passengers were stranded at the airport on Monday.", "Some 2,300",
     "Lundi, quelque 2 300 passagers sont restés bloqués à l'aéroport.", "quelque 2 300"),
]


@pytest.mark.parametrize(("en", "en_fig", "fr", "fr_fig"), MEET)
def test_one_count_told_in_two_languages_meets(en: str, en_fig: str, fr: str,
                                               fr_fig: str) -> None:
    assert _meet(en, en_fig, fr, fr_fig)


# The same shapes, other counts: the treated and the hospitalised or the charged, the trapped
# and the rescued or the evacuated, sandstorms and flights
APART = [
    ("By Thursday evening, 2,740 people had been treated for breathing problems, the ministry "
     "said.", "2,740",
     "Jeudi soir, 2 740 personnes avaient été hospitalisées, selon le ministère.", "2 740"),
    ("Prosecutors said 64 people had been charged on Thursday.", "64",
     "Jeudi, 64 personnes avaient été prises en charge, selon le ministère.", "64"),
    ("Firefighters freed 173 people trapped in lifts on Monday.", "173",
     "Lundi, les pompiers ont secouru 173 personnes dans la vallée.", "173"),
    ("Some 2,300 passengers were stranded at the airport on Monday.", "Some 2,300",
     "Lundi, quelque 2 300 passagers ont été évacués de l'aéroport.", "quelque 2 300"),
    ("The operator said 17 passengers were evacuated from the tunnels on Monday.", "17",
     "Lundi, 17 passagers sont restés bloqués dans les tunnels, selon l'opérateur.", "17"),
    ("Kuwait has recorded 14 sandstorms since January, the weather office said.", "14",
     "Le Koweït a annulé 14 vols depuis le début de l'année.", "14"),
    ("The health ministry said it had shipped 900 oxygen cylinders to Basra.", "900",
     "Le ministère de la Santé a envoyé 900 lits vers Bassora.", "900"),
]


@pytest.mark.parametrize(("en", "en_fig", "fr", "fr_fig"), APART)
def test_other_counts_of_one_disaster_never_meet(en: str, en_fig: str, fr: str,
                                                 fr_fig: str) -> None:
    assert not _meet(en, en_fig, fr, fr_fig)


# Korean copy names the treated by "치료" (Yonhap's "5천여명이 병원 치료를 받았다") and a stay
# in hospital by "입원 치료": the stay wins, as "hospitalised" does in English
KOREAN = [
    ("By Thursday evening, 2,740 people had been treated, the ministry said.", "2,740",
     "보건부는 목요일 저녁까지 2천740명이 병원 치료를 받았다고 밝혔다.", "2천740명", True),
    ("By Thursday evening, 2,740 people had been treated, the ministry said.", "2,740",
     "보건부는 목요일 저녁까지 2천740명이 입원 치료를 받았다고 밝혔다.", "2천740명", False),
]


@pytest.mark.parametrize(("en", "en_fig", "ko", "ko_fig", "meets"), KOREAN)
def test_the_treated_told_in_korean(en: str, en_fig: str, ko: str, ko_fig: str,
                                    meets: bool) -> None:
    assert meet(("en", en, en_fig), ("ko", ko, ko_fig), PUBLISHED) is meets

# A count that names nothing but its role, against the same count with its noun
BARE_MEET = [
    ("en", "Of those treated, 57 were admitted to hospital on Sunday, the ministry said.", "57",
     "fr", "Dimanche, 57 personnes ont été hospitalisées, selon le ministère.", "57"),
    ("en", "By Sunday evening, 36 had been arrested, police said.", "36",
     "fr", "Dimanche soir, 36 personnes avaient été interpellées, selon la police.", "36"),
    ("en", "Of those, 71 were admitted to hospital, the ministry said.", "71",
     "ko", "보건부는 이 중 71명이 입원했다고 밝혔다.", "71명"),
]
BARE_APART = [
    ("en", "By Sunday evening, 36 had been arrested, police said.", "36",
     "fr", "Dimanche soir, 36 personnes avaient été blessées, selon la police.", "36"),
    ("en", "Of those treated, 57 were admitted to hospital on Sunday, the ministry said.", "57",
     "fr", "Dimanche, 57 personnes ont été soignées, selon le ministère.", "57"),
    ("en", "About 12% were admitted to hospital on Sunday, the ministry said.", "About 12%",
     "fr", "Dimanche, environ 12 % des patients ont été hospitalisés, selon le ministère.",
     "environ 12 %"),
]


@pytest.mark.parametrize(("lang_a", "a", "fig_a", "lang_b", "b", "fig_b"), BARE_MEET)
def test_a_count_named_by_its_role_alone_meets(lang_a: str, a: str, fig_a: str, lang_b: str,
                                              b: str, fig_b: str) -> None:
    assert meet((lang_a, a, fig_a), (lang_b, b, fig_b), PUBLISHED)


@pytest.mark.parametrize(("lang_a", "a", "fig_a", "lang_b", "b", "fig_b"), BARE_APART)
def test_a_count_named_by_its_role_alone_meets_no_other_role(
        lang_a: str, a: str, fig_a: str, lang_b: str, b: str, fig_b: str) -> None:
    assert not meet((lang_a, a, fig_a), (lang_b, b, fig_b), PUBLISHED)


def test_the_side_of_a_change_takes_no_role() -> None:
    """ "사망자는 29명에서 22명으로 줄었다": the later side names nothing and takes its event
    from the figure it is compared with; it is not a count of the dead of its own, and the two
    sides stay apart as they were."""
    claims = extract_text("음주 사고 사망자는 29명에서 22명으로 7명 줄었다.", lang="ko",
                          published=PUBLISHED, article_id="a.md")
    group = group_of(claims)
    assert group[one(claims, "29명").id] != group[one(claims, "22명").id]
