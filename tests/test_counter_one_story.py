"""A running count read across articles is one counter only if the articles tell one story
(reconcile/structural/counter.py ``one_counter_told``, applied in reconcile/pipeline.py): a
truck attack's toll in one article and a building fire's toll eight months later in another
are no count that grew, nor a drowning toll after a quake's one that fell.

Seen in real news read together (tolls of a truck attack, a restaurant fire, a tower fire, a
quake, drownings): the counter check read each pair of unrelated tolls as one running count
("growth") or as one that fell ("cumulative_decrease", hidden only by its low confidence).
Sentences of our own.
"""

from __future__ import annotations

from datetime import date

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

ATTACK = ("Some 29 of the 71 people killed on the Rivamar promenade in Castellor by a van driver "
          "as they watched fireworks on July 14 were foreigners, the foreign ministry said on "
          "Tuesday.")
FIRE = ("The death toll from the blaze at the Green Hall building in Dornby has increased to 52 "
        "after another victim died in hospital. \"One more person died during treatment this "
        "morning. A total of 52 people have died so far,\" the minister said on Friday.")
FIRE_BEFORE = ("The death toll from the blaze at the Green Hall building in Dornby rose to 46 on "
               "Wednesday. \"A total of 46 people have died so far,\" the minister said.")


def _series(*articles: tuple[str, date, str]):
    claims = []
    for article_id, published, text in articles:
        claims += extract_text(text, lang="en", published=published, article_id=article_id)
    return [f for f in reconcile(claims).findings
            if f.detail in ("growth", "cumulative_decrease")]


def test_tolls_of_two_stories_are_no_running_count():
    found = _series(("attack.md", date(2025, 7, 19), ATTACK),
                    ("fire.md", date(2026, 3, 1), FIRE))
    assert not [f for f in found if len({i.split("#")[0] for i in f.claim_ids}) > 1]


def test_tolls_of_one_story_in_two_articles_stay_one_running_count():
    found = _series(("fire-wed.md", date(2026, 2, 26), FIRE_BEFORE),
                    ("fire-fri.md", date(2026, 3, 1), FIRE))
    assert [f.verdict for f in found] == [Verdict.consistent]
    assert {i.split("#")[0] for i in found[0].claim_ids} == {"fire-wed.md", "fire-fri.md"}
