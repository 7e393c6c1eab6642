"""Events named by a phrase, in the style of wire and broadcaster copy on ferries, storms and
road deaths read through the news corpus (issue 9): the same quantity in two wordings meets,
and a real disagreement between two outlets is found.

* Deaths: "ont perdu la vie", "ont trouvé la mort", "lost their lives".
* Rescues: "brought ashore", "brought to safety", "ramenés à terre"; after a sinking the
  survivors counted are those brought out alive ("survivors", "rescapés").
* Power cuts: "power was cut to", "lost power", "privés d'électricité", "정전", counted in
  households ("households", "foyers", "가구").
* A national figure against one with no place in the same article ("À l'échelle nationale,
  2 614 personnes tuées" / "44 personnes ont perdu la vie sur les routes du Finistère"): the
  figure with no place is the article's own place, not a contradiction.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

EVENTS = [
    ("fr", "Au 31 octobre, 52 personnes ont perdu la vie sur les routes du Gers.", "52", "die"),
    ("fr", "Depuis juin, 17 baigneurs ont trouvé la mort sur les plages landaises.", "17", "die"),
    ("en", "At least 23 people lost their lives in the landslide, officials said.", "At least 23",
     "die"),
    ("en", "By Sunday night, 86 people had been brought ashore, the coast guard said.", "86",
     "rescue"),
    ("en", "Fishermen pulled 64 survivors from the sea.", "64", "rescue"),
    ("fr", "Les secours ont ramené à terre 41 rescapés dans la nuit.", "41", "rescue"),
    ("en", "Power was cut to about 52,000 households on Tuesday, the utility said.",
     "about 52,000", "power_cut"),
    ("en", "Some 9,400 homes lost power overnight.", "Some 9,400", "power_cut"),
    ("fr", "Quelque 18 000 foyers étaient privés d'électricité mardi soir.", "Quelque 18 000",
     "power_cut"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "event"), EVENTS)
def test_an_event_named_by_a_phrase_is_read(lang, text, surface, event) -> None:
    claims = extract_text(text, lang=lang, published=date(2026, 11, 18))
    [claim] = [c for c in claims if c.surface == surface]
    assert claim.frame is not None and claim.frame.event is not None, claim
    assert claim.frame.event.concepts == (event,)


def _conflicts(published: date, *articles: tuple[str, str]):
    claims = []
    for n, (lang, text) in enumerate(articles):
        claims += extract_text(text, lang=lang, published=published, article_id=f"a{n}.md")
    return [f for f in reconcile(claims).findings
            if f.verdict is Verdict.conflict and f.confidence >= MIN_CONFIDENCE]


DISAGREE = [
    (date(2026, 8, 16),
     ("en", "Rescuers had pulled 96 survivors from the water by Saturday evening, the coast "
            "guard said."),
     ("en", "By Saturday evening, 69 people had been brought ashore alive, the coast guard "
            "said.")),
    (date(2026, 9, 17),
     ("en", "Power was cut to about 63,000 households on Wednesday, the energy ministry said."),
     ("en", "About 36,000 households lost power on Wednesday, the energy ministry said.")),
]


@pytest.mark.parametrize(("published", "a", "b"), DISAGREE)
def test_one_event_in_two_wordings_disagreeing_is_a_conflict(published, a, b) -> None:
    found = _conflicts(published, a, b)
    assert len(found) == 1, found


LOCAL_AND_NATIONAL = [
    ("fr", date(2026, 11, 18),
     "Au 31 octobre, 52 personnes ont perdu la vie sur les routes du Finistère depuis le 1er "
     "janvier, selon la préfecture.\n\nÀ l'échelle nationale, l'observatoire a recensé 2 614 "
     "personnes tuées sur les dix premiers mois de l'année."),
    ("en", date(2026, 7, 3),
     "Since January 1, 38 people have died on the county's roads, the sheriff said.\n\n"
     "Nationwide, 19,280 people died on the roads over the same period, federal data show."),
]


@pytest.mark.parametrize(("lang", "published", "text"), LOCAL_AND_NATIONAL)
def test_a_local_figure_against_the_national_one_is_not_a_contradiction(
    lang, published, text
) -> None:
    assert _conflicts(published, (lang, text)) == []
