"""Figures that bound what may be, not what was (``claims.limits``): a camp's or a shelter's
design size, a venue's capacity. Read as counts, "the shelter, designed for 800 people,
housed about 1,900" met "1,400 people crossed last week" and gave a false "a count over part
of a period cannot exceed the whole". A limit is held as ``Modality.limit`` and never meets a
count; two limits still meet (one venue's capacity told by two articles).

Sentences of our own in the style of migration bulletins (reception centres over capacity),
disaster copy (evacuation shelters) and venue copy; negative rows of the same shape keep their
reading (the count beside the limit, a figure before the limit phrase, a count of people a
shelter is housing now)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Modality
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 6, 12)

LIMITS = [
    # (language, sentence, the figure held as a limit)
    ("en", "The shelter at Port Ilva, designed for 800 people, housed about 1,900 on Thursday, "
           "the Red Cross said.", "800"),
    ("en", "The island's reception centre housed 2,310 migrants on Thursday against an official "
           "capacity of just 350, local officials said.", "350"),
    ("en", "The camp is only built for 600 people, aid workers said.", "600"),
    ("en", "Officials said the gym, with room for 450 evacuees, was full by Thursday night.",
     "450"),
    ("en", "The hotspot had 1,240 guests on Thursday, three times its 410-capacity, officials "
           "said.", "410"),
    ("en", "The ferry was licensed to carry 220 passengers, the coastguard said.", "220"),
    ("fr", "Le centre de Port-Ilva, conçu pour 600 personnes, en accueillait 1 700 jeudi, selon "
           "la Croix-Rouge.", "600"),
    ("fr", "Quelque 2 100 migrants étaient arrivés au centre jeudi, soit cinq fois la capacité "
           "prévue de 420 personnes.", "420"),
    ("fr", "Le gymnase, qui ne peut accueillir que 250 personnes, a reçu 900 sinistrés jeudi.",
     "250"),
    ("fr", "Le centre, d'une capacité d'accueil de 380 places, hébergeait 1 150 personnes jeudi.",
     "380"),
    ("fr", "Le ferry, autorisé à transporter 220 passagers, en avait 410 à bord mardi.", "220"),
    ("ko", "대피소의 수용 정원(300명)을 훨씬 넘는 820명이 11일 현재 머물고 있다.", "300명"),
    ("ko", "승객 220명을 태울 수 있는 여객선에 11일 410명이 타고 있었다.", "220명"),
    ("ko", "이 체육관의 수용 능력은 500명에 불과하다.", "500명"),
    ("ko", "시는 1천 명을 수용할 수 있는 임시 대피소를 세웠다고 11일 밝혔다.", "1천 명"),
]

COUNTS = [
    # (language, sentence, a figure of the same shape that stays a count)
    ("en", "The shelter at Port Ilva, designed for 800 people, housed about 1,900 on Thursday, "
           "the Red Cross said.", "about 1,900"),
    ("en", "The island's reception centre housed 2,310 migrants on Thursday against an official "
           "capacity of just 350, local officials said.", "2,310"),
    ("en", "Engineers designed 40 new shelters for the coast this year.", "40"),
    ("en", "The shelter housed 800 people on Thursday, the Red Cross said.", "800"),
    ("fr", "Le centre de Port-Ilva, conçu pour 600 personnes, en accueillait 1 700 jeudi, selon "
           "la Croix-Rouge.", "1 700"),
    ("fr", "Le gymnase, qui ne peut accueillir que 250 personnes, a reçu 900 sinistrés jeudi.",
     "900"),
    ("fr", "Le centre accueillait 600 personnes jeudi, selon la Croix-Rouge.", "600"),
    ("fr", "Le ferry, autorisé à transporter 220 passagers, en avait 410 à bord mardi.", "410"),
    ("en", "The ferry was carrying 410 passengers when it sank, the coastguard said.", "410"),
    ("ko", "대피소의 수용 정원(300명)을 훨씬 넘는 820명이 11일 현재 머물고 있다.", "820명"),
    ("ko", "시는 이재민 300명을 수용하고 있다고 11일 밝혔다.", "300명"),
    ("ko", "대피소에는 11일 현재 820명이 머물고 있다.", "820명"),
]


def _modality(lang: str, sentence: str, surface: str) -> Modality:
    claims = extract_text(sentence, lang=lang, published=PUBLISHED, article_id="a.md")
    found = [c for c in claims if c.surface == surface]
    assert found, [c.surface for c in claims]
    return found[0].modality


@pytest.mark.parametrize(("lang", "sentence", "surface"), LIMITS)
def test_a_limit_is_held_as_one(lang: str, sentence: str, surface: str) -> None:
    assert _modality(lang, sentence, surface) is Modality.limit


@pytest.mark.parametrize(("lang", "sentence", "surface"), COUNTS)
def test_a_count_beside_it_stays_a_count(lang: str, sentence: str, surface: str) -> None:
    assert _modality(lang, sentence, surface) is not Modality.limit


# --- in a report -------------------------------------------------------------------------

BULLETIN = ("GENEVA, June 12, 2026 - More than 14,000 people crossed into Kessa province in "
            "May, the refugee agency said.\n\n"
            "Some 6,100 people crossed last week, up from 3,500 the week before.\n\n"
            "The Tamar transit site, designed for 4,500 people, was sheltering about 8,800 on "
            "Wednesday, the agency said.")
BULLETIN_FR = ("Plus de 14 000 personnes sont entrées dans la province de Kessa en mai, selon "
               "l'agence pour les réfugiés.\n\n"
               "Le site de transit de Tamar, conçu pour 4 500 personnes, en accueillait environ "
               "8 800 mercredi, selon l'agence.")


@pytest.mark.parametrize(("text", "lang"), [(BULLETIN, "en"), (BULLETIN_FR, "fr")])
def test_a_design_size_is_never_compared_with_counts(text: str, lang: str) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    limit = next(c for c in claims if c.modality is Modality.limit)
    result = reconcile(claims)
    assert not [f for f in result.findings if f.verdict is Verdict.conflict]
    group = next(g for g in result.groups if limit.id in {m.claim_id for m in g.members})
    assert [m.claim_id for m in group.members] == [limit.id]


def test_two_articles_giving_one_capacity_still_meet() -> None:
    a = extract_text("The Tamar transit site, designed for 4,500 people, was sheltering about "
                     "8,800 on Wednesday, the agency said.", lang="en", published=PUBLISHED,
                     article_id="a.md")
    b = extract_text("Le site de transit de Tamar, conçu pour 4 500 personnes, en accueillait "
                     "environ 8 800 mercredi.", lang="fr", published=PUBLISHED,
                     article_id="b.md")
    limits = {c.id for c in (*a, *b) if c.modality is Modality.limit}
    assert len(limits) == 2
    groups = [{m.claim_id for m in g.members} for g in reconcile([*a, *b]).groups]
    assert limits in groups
