"""A part told over its whole ("A of the B", "A sur B", "A out of B"): the B is the size of the
whole (an assembly's seats, the people assessed, the districts), never a count of the event
the clause tells. The whole keeps no event and no side of a vote; the part takes them, and
the whole's counted thing as its ``whole`` (``claims.part_whole``).

Read on real news (pages): a podcast digest of a French censure motion ("seuls N députés sur
577 l'ont votée"); journal-info (a censure motion: so many votes in favour needed, "sur un total
de 577 députés"); the OFPRA report quoted by infomie ("N des M premières demandes ont été
enregistrées en procédure normale"); ash.tm.fr (young people recognised as minors, "soit 7 %
des 4 000 jeunes"); pakpapers (a US House vote: so many members of the 435-member House voted
in favour); a Korean union Q&A ("재적 200명 중 175명이 참석"). Sentences of our own, other
numbers and names.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.kinds import one_kind_each
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 5, 18)

# (language, sentence, the part, the whole, the part's event read, what the whole counts)
PARTS = [
    ("en", "In all, 187 of the 300 deputies voted in favor of the motion on Saturday.",
     "187", "300", "voted", "deputies"),
    ("en", "Only 264 lawmakers out of 450 voted for the bill on Tuesday.",
     "264", "450", "voted", "lawmakers"),
    ("fr", "Au total, 187 députés sur 300 ont voté pour la motion samedi.",
     "187", "300", "voté", "députés"),
    ("fr", "Seuls 142 sénateurs sur 348 ont voté contre le texte mardi.",
     "142", "348", "voté", "sénateurs"),
    ("fr", "En 2025, 1 126 jeunes reconnus sur 2 310 évalués ont été confiés au département.",
     "1 126", "2 310", None, "évalués"),
    ("fr", "Seuls 412 candidats sur 1 950 ont été admis à l'examen.",
     "412", "1 950", None, "candidats"),
]


def _by_surface(lang: str, sentence: str) -> dict[str, object]:
    return {c.surface: c for c in extract_text(sentence, lang=lang, published=PUBLISHED)}


@pytest.mark.parametrize(("lang", "sentence", "part", "whole", "event", "counted"), PARTS)
def test_the_whole_counts_no_event(lang: str, sentence: str, part: str, whole: str,
                                   event: str | None, counted: str) -> None:
    claims = _by_surface(lang, sentence)
    a, b = claims[part], claims[whole]
    assert (b.event, b.counted, a.antecedent, a.whole) == (None, counted, b.id, counted)
    if event is not None:
        assert a.event == event


# (language, sentence, {figure: the side it counts})
SIDES = [
    ("en", "In all, 187 of the 300 deputies voted in favor of the motion.",
     {"187": "for", "300": None}),
    ("en", "Only 71 of the 300 deputies voted against the motion, while 12 abstained.",
     {"71": "against", "300": None, "12": "abstained"}),
    ("fr", "Au total, 187 députés sur 300 ont voté pour la motion, 71 contre.",
     {"187": "for", "300": None, "71": "against"}),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), SIDES)
def test_the_side_is_the_parts(lang: str, sentence: str, expected: dict[str, str | None]) -> None:
    claims = _by_surface(lang, sentence)
    got = {k: dict(one_kind_each(claims[k].counted, lang)).get("vote_side") for k in expected}
    assert got == expected


# not a whole: the figure after the link names a noun of its own, or a measure
NOT_WHOLES = [
    ("fr", "Au total, 5 000 manifestants répartis sur 30 sites ont défilé samedi.", "5 000"),
    ("en", "Rescuers pulled 12 people out of 3 collapsed buildings on Monday.", "12"),
    ("fr", "Les 240 coureurs sur 42 kilomètres sont partis dimanche.", "240"),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), NOT_WHOLES)
def test_a_noun_of_its_own_is_no_whole(lang: str, sentence: str, part: str) -> None:
    assert _by_surface(lang, sentence)[part].antecedent is None


EN = ("Lawmakers in Lowland voted on Saturday to remove Prime Minister Ana Ruiz. "
      "In all, {part} of the 300 deputies voted in favor of the motion.")
FR = ("Le Parlement de Lowland a voté samedi la destitution de la Première ministre Ana Ruiz. "
      "Au total, {part} députés sur 300 ont voté pour la motion, 71 contre.")


def _report(*texts: tuple[str, str]) -> list:
    claims = [c for k, (lang, text) in enumerate(texts)
              for c in extract_text(text, lang=lang, published=PUBLISHED, article_id=f"{k}.md")]
    return reconcile(claims).findings


@pytest.mark.parametrize("texts", [(("en", EN), ("en", EN)), (("fr", FR), ("fr", FR)),
                                   (("en", EN), ("fr", FR))])
def test_the_whole_never_conflicts_with_a_part(texts: tuple[tuple[str, str], ...]) -> None:
    findings = _report(*[(lang, text.format(part=204)) for lang, text in texts])
    conflicts = [f.explanation for f in findings if f.verdict is Verdict.conflict]
    assert not any('"300"' in c for c in conflicts)


@pytest.mark.parametrize("text", [EN, FR])
def test_two_parts_told_apart_still_conflict(text: str) -> None:
    lang = "en" if text is EN else "fr"
    findings = _report((lang, text.format(part=204)), (lang, text.format(part=187)))
    conflicts = [f.explanation for f in findings if f.verdict is Verdict.conflict]
    assert len(conflicts) == 1 and '"204"' in conflicts[0] and '"300"' not in conflicts[0]
