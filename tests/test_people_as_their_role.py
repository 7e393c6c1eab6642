"""People counted by what they did are the role their event names: "4 600 personnes ont
marché" counts marchers, as "6 400 manifestants" does; "212 personnes ont été blessées" counts
the injured, as "212 blessés"; "1천200명이 대피했다" the evacuated, as "주민 1천200명이
대피". Before, the generic noun ("personnes", "people", "명") stood at the head of what was
counted, and the two figures of one count read as two quantities and never met. Only people in
general take their event's role, at the head of what they count (the people stay among its
words, so a bare "people" still meets them): a noun that says more ("households evacuated")
keeps its words, and two events stay two quantities (rescued / crossed, injured / died,
arrested / charged); an event of counting them ("recensées", "reported") or a vote names no
role, and the people stay people. Our own sentences in the style of regional dailies, wires and
Korean agency copy on marches, storms, migration and arrests (other names, places and
numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.features import Features, features
from reconcile.group import group_claims
from reconcile.lexicon import Lexicon

DAY = date(2026, 11, 22)


def _features(lang: str, sentence: str, surface: str) -> Features:
    claim = next(c for c in extract_text(sentence, lang=lang, published=DAY)
                 if c.surface == surface)
    return features(claim, Lexicon.default())


def _text(lang: str, sentence: str, surface: str) -> str:
    return _features(lang, sentence, surface).text


def _head(lang: str, sentence: str, surface: str) -> str:
    """The first word of what is counted, where the head noun stands."""
    return _features(lang, sentence, surface).head.split()[0]


# (language, sentence, surface, sentence, surface, what both count)
SAME_ROLE = [
    ("fr", "Selon la préfecture, 4 600 personnes ont marché samedi à Lyon.", "4 600",
     "Samedi, 6 400 manifestants ont été recensés par la préfecture.", "6 400", "#march"),
    ("fr", "Dimanche, 212 personnes ont été blessées.", "212",
     "La tempête a fait 212 blessés dimanche.", "212", "#injure"),
    ("fr", "Au moins 57 personnes ont été interpellées samedi.", "Au moins 57",
     "Samedi, 57 interpellations ont eu lieu.", "57", "#arrest"),
    ("en", "Police said 2,700 people demonstrated on Saturday.", "2,700",
     "Police counted 2,700 demonstrators on Saturday.", "2,700", "#march"),
    ("en", "Officials said 640 people were evacuated on Sunday.", "640",
     "Officials counted 640 evacuees on Sunday.", "640", "#evacuate"),
    ("ko", "이번 호우로 1천200명이 대피했다.", "1천200명",
     "이번 호우로 주민 1천200명이 대피했다.", "1천200명", "#evacuate"),
]

# (language, sentence, surface, sentence, surface): two quantities, kept apart
OTHER_ROLES = [
    ("fr", "En 2024, 4 900 personnes ont été secourues en mer.", "4 900",
     "En 2024, 31 000 personnes ont traversé la Manche.", "31 000"),
    ("en", "On Monday, 37 people were injured in the blast.", "37",
     "On Monday, 41 people died in the blast.", "41"),
    ("en", "Police arrested 112 people on Friday.", "112",
     "On Friday, 84 people were charged.", "84"),
    ("en", "Officials said 640 people were evacuated on Sunday.", "640",
     "On Sunday, 640 households were evacuated.", "640"),
]


# (language, sentence, surface, the event): people counted by an event that names no role of
# theirs (how they were counted, a vote that counts ballots as often) keep the generic noun
NO_ROLE = [
    ("fr", "Samedi, 1 200 personnes ont été recensées dans les centres d'accueil.", "1 200",
     "#report"),
    ("en", "Officials said 3,400 people had been reported to the agency by Friday.", "3,400",
     "#report"),
    ("en", "On Friday, 1.2 million people voted in the referendum.", "1.2 million", "#vote"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "event"), NO_ROLE)
def test_an_event_of_counting_names_no_role(
    lang: str, sentence: str, surface: str, event: str
) -> None:
    assert _text(lang, sentence, surface) == f"#person {event}"


@pytest.mark.parametrize(("lang", "a", "sa", "b", "sb", "role"), SAME_ROLE)
def test_people_counted_by_their_event_are_its_role(
    lang: str, a: str, sa: str, b: str, sb: str, role: str
) -> None:
    assert _head(lang, a, sa) == _head(lang, b, sb) == role


@pytest.mark.parametrize(("lang", "a", "sa", "b", "sb"), OTHER_ROLES)
def test_other_events_or_other_nouns_stay_apart(
    lang: str, a: str, sa: str, b: str, sb: str
) -> None:
    assert _text(lang, a, sa) != _text(lang, b, sb)


@pytest.mark.parametrize(("lang", "a", "sa", "b", "sb"), OTHER_ROLES[:3])
def test_two_articles_two_events_never_share_a_group(
    lang: str, a: str, sa: str, b: str, sb: str
) -> None:
    claims = (extract_text(a, lang=lang, published=DAY, article_id="a.md")
              + extract_text(b, lang=lang, published=DAY, article_id="b.md"))
    groups = {m.claim_id: g.id for g in group_claims(claims) for m in g.members}
    first = next(c for c in claims if c.article == "a.md" and c.surface == sa)
    second = next(c for c in claims if c.article == "b.md" and c.surface == sb)
    assert groups[first.id] != groups[second.id]
