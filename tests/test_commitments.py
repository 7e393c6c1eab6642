"""A figure a commitment's infinitive takes ("pledged on Tuesday to take in 12,000 refugees",
"s'était engagé en juin à transférer 2 500 mineurs") is what someone undertook to do, not a count
of what was done: it is ``planned``, and never a sub-period count above the whole, nor a
conflict with the count done so far. Sentences of our own, in the style of migration, aid and
election-pledge copy (the class met in real news: refugee pledges at a UN summit, EU relocation
commitments, campaign promises, a carmaker's sales aim)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Modality
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 10, 7)

COMMITTED = [
    ("en", "Donor countries pledged on Monday to take in 12,000 refugees next year.", "12,000"),
    ("en", "The province has promised to resettle 3,400 families by 2028.", "3,400"),
    ("en", "Ministers vowed to build 45,000 social homes over the parliament.", "45,000"),
    ("en", "Both sides agreed to release 90 prisoners each.", "90"),
    ("en", "The brewer aims to sell 6.1 million hectolitres this year.", "6.1 million"),
    ("en", "Nine governments made pledges from 40 capitals to resettle 8,000 people.", "8,000"),
    ("fr", "Rome s'était engagé en juin à transférer 2 500 de ces mineurs vers le continent.",
     "2 500"),
    ("fr", "Les Etats membres s'étaient engagés, en mai dernier, à répartir 40 000 personnes.",
     "40 000"),
    ("fr", "Le département s'engage pour sa part à en héberger 1 200 d'ici l'été.", "1 200"),
    ("fr", "Le maire a promis d'ouvrir 300 places de crèche avant 2028.", "300"),
    ("fr", "La Belgique, qui s'était engagée à accueillir 4 100 réfugiés, n'en a reçu que 900.",
     "4 100"),
]

# Negative rows of the same shape: a count of what was done, near the same verbs.
DONE = [
    ("en", "Donor countries took in 12,000 refugees last year.", "12,000"),
    ("en", "The province resettled 3,400 families in 2025, officials said.", "3,400"),
    ("en", "Both sides agreed on Monday, and 90 prisoners were released.", "90"),
    ("en", "Police said they had arrested 41 people after the march.", "41"),
    ("fr", "Rome a transféré 2 500 mineurs vers le continent depuis juin.", "2 500"),
    ("fr", "La Belgique, qui s'était engagée à accueillir 4 100 réfugiés, n'en a reçu que 900.",
     "900"),
    ("fr", "Le département héberge 1 200 personnes, selon la préfecture.", "1 200"),
    # the infinitive's reach ends at a determiner or a preposition (``infinitive_stops``): the
    # toll after "a truce after" is a count, never what was agreed
    ("en", "The two factions agreed to a truce after 1,200 deaths, mediators said on Monday.",
     "1,200"),
    ("en", "Rebels agreed to talks after 85 deaths in the border district, the UN said.", "85"),
    ("en", "The council vowed to rebuild the 3,000 homes the storm destroyed.", "3,000"),
    ("fr", "Les deux camps ont accepté de négocier après 1 200 morts.", "1 200"),
    ("fr", "Les rebelles ont promis de respecter la trêve depuis 85 morts à la frontière.", "85"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface"), COMMITTED)
def test_a_figure_under_a_commitment_is_planned(lang: str, sentence: str, surface: str) -> None:
    found = {c.surface: c.modality for c in extract_text(sentence, lang=lang,
                                                          published=PUBLISHED)}
    assert found.get(surface) is Modality.planned, found


@pytest.mark.parametrize(("lang", "sentence", "surface"), DONE)
def test_a_count_of_what_was_done_stays_stated(lang: str, sentence: str, surface: str) -> None:
    found = {c.surface: c.modality for c in extract_text(sentence, lang=lang,
                                                          published=PUBLISHED)}
    assert found.get(surface) is Modality.stated, found


def test_a_commitment_is_no_sub_period_count_above_the_whole() -> None:
    """A commitment dated by its verb ("en mars") is never a count over March above the
    year's count so far."""
    text = (
        "Parmi les arrivants depuis janvier figurent 1 640 mineurs non accompagnés, selon la "
        "région.\n\nMadrid s'était engagé en mars à transférer 2 800 de ces mineurs vers la "
        "péninsule."
    )
    claims = extract_text(text, lang="fr", published=PUBLISHED, article_id="a.md")
    findings = reconcile(claims).findings
    assert not [f for f in findings if f.verdict is Verdict.conflict], findings


# Korean: the commitment's nominal "-기로" then a verb of agreeing or deciding ("받아들이기로
# 했다", "수용키로 합의했다"); a figure in a clause of what used to be ("주 2회 열던") stays stated.
KO_COMMITTED = [
    ("참가국들은 난민 12만 명을 받아들이기로 했다고 밝혔다.", "12만 명"),
    ("양국은 포로 240명을 교환하기로 합의했다.", "240명"),
    ("시는 공공임대주택 3천 가구를 공급키로 했다.", "3천 가구"),
    ("정부는 피해 복구에 특별교부세 45억원을 지원하기로 결정했다.", "45억원"),
]

KO_STATED = [
    ("위원회는 주 2회 열던 회의를 이달부터 매일 열기로 했다.", "2회"),
    ("참가국들은 지난해 난민 12만 명을 받아들였다.", "12만 명"),
    ("양국은 포로 240명을 교환했다고 밝혔다.", "240명"),
]


@pytest.mark.parametrize(("sentence", "surface"), KO_COMMITTED)
def test_a_korean_figure_under_a_commitment_is_planned(sentence: str, surface: str) -> None:
    found = {c.surface: c.modality for c in extract_text(sentence, lang="ko",
                                                          published=PUBLISHED)}
    assert found.get(surface) is Modality.planned, found


@pytest.mark.parametrize(("sentence", "surface"), KO_STATED)
def test_a_korean_count_of_what_was_done_stays_stated(sentence: str, surface: str) -> None:
    found = {c.surface: c.modality for c in extract_text(sentence, lang="ko",
                                                          published=PUBLISHED)}
    assert found.get(surface) is Modality.stated, found
