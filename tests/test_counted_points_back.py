"""A figure whose clause only points back at a count said before counts what that count does.

News gives a count, then its next reading with the noun left out: the subject is a noun after
an article ("that number had fallen to", "the figure rose to", "ce chiffre est passé à") or a
plural pronoun with a verb of state ("Ils n'étaient plus que ...", "ils étaient déjà ..."), and
a bare figure coordinated right after it ("..., et 37 000 jeudi") is one more reading. Read
alone, each counted nothing and never met the count it restates. A pronoun with a verb of its
own is a doer ("Ils ont relâché 40", "They released 40"), and a figure with a verb of its own
after a link says another thing happened: both stay apart (negative rows).

Real instances read before the rule (search, corpus pages): L'Expression / IOM (fr), migrants
arrived this year, then "à la même date en 2017, ils étaient ...", "en 2016, ils étaient déjà
..."; a VPR blog (en), utility customers without electricity, then "the number has been as high
as ..."; 24 heures (fr), "Le nombre de décès ... Il s'établissait à ..."; Buzzsenegal / UN
(fr), migrants arrived by sea, "ils devraient être moins de ..." (a forecast: hedged, still the
same count). Sentences of our own, other numbers and places.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.pipeline import reconcile
from tests.claim_asserts import counted_and_event

PUBLISHED = date(2026, 2, 12)


def _frame(text: str, lang: str, surface: str) -> tuple[str, str]:
    return counted_and_event(text, lang, surface, PUBLISHED)


@pytest.mark.parametrize(("lang", "text", "surface", "counted", "event"), [
    ("fr", "Lundi soir, 1,36 million de foyers étaient privés de courant, selon Enedis. Ils "
     "n'étaient plus que 218 000 mardi matin.", "218 000", "foyers", "privés de courant"),
    ("fr", "Lundi soir, 1,36 million de foyers étaient privés de courant, selon Enedis. Ils "
     "n'étaient plus que 218 000 mardi matin, et 24 000 mercredi.", "24 000", "foyers",
     "privés de courant"),
    ("fr", "Lundi, 640 personnes étaient encore sinistrées. Elles étaient encore 410 jeudi.",
     "410", "personnes", "sinistrées"),
    ("fr", "Le Samu a recensé 640 personnes intoxiquées au monoxyde de carbone. Ce chiffre "
     "est passé à 710 dimanche.", "710", "personnes intoxiquées", "recensé"),
    ("en", "About 1.9 million homes were without power on Sunday night, the utility said. On "
     "Monday that number had fallen to 260,000.", "260,000", "homes", "without power"),
    ("en", "About 1.9 million homes were without power on Sunday night. By Tuesday the figure "
     "had dropped to 41,000.", "41,000", "homes", "without power"),
])
def test_a_clause_that_points_back_counts_what_the_count_before_does(
    lang: str, text: str, surface: str, counted: str, event: str
) -> None:
    assert _frame(text, lang, surface) == (counted, event)


@pytest.mark.parametrize(("lang", "text", "surface", "not_counted"), [
    # a pronoun with a verb of its own is who acts, not what was counted
    ("fr", "La police a interpellé 260 manifestants samedi. Ils ont relâché 45 dimanche.",
     "45", "manifestants"),
    ("en", "Police detained 260 protesters on Saturday. They released 45 on Sunday.", "45",
     "protesters"),
    # a bare figure with a verb of its own after the one that points back
    ("fr", "On comptait 870 sinistrés lundi. Ils étaient 1 140 mardi, et 290 ont été relogés.",
     "290", "sinistrés"),
    # the number of something else is its own count
    ("en", "About 1.9 million homes were without power on Sunday. The number of crews rose to "
     "3,400.", "3,400", "homes"),
    # two counts of two events before: which one is pointed at is not known
    ("fr", "Samedi, 6 200 personnes ont manifesté à Nantes selon la préfecture, et 48 ont été "
     "interpellées. Elles étaient 15 000 selon les organisateurs.", "15 000", "personnes"),
    ("fr", "Dimanche, 3 100 personnes ont été évacuées, et 95 ont été blessées. Elles étaient "
     "4 000 lundi.", "4 000", "personnes"),
])
def test_a_doer_or_a_verb_of_its_own_keeps_the_count_apart(
    lang: str, text: str, surface: str, not_counted: str
) -> None:
    assert _frame(text, lang, surface)[0] != not_counted


@pytest.mark.parametrize(("lang", "text", "surface", "counted"), [
    # "le nombre de X ... a atteint N": X is counted, as "N X" elsewhere says
    ("fr", "Le nombre de tortues mazoutées recueillies sur l'île de Djerba a atteint 1 380 "
     "jeudi soir, selon le ministère.", "1 380", "tortues mazoutées recueillies"),
    ("fr", "Le nombre des demandeurs d'asile hébergés a atteint 4 260 en mars.", "4 260",
     "demandeurs d'asile hébergés"),
    ("fr", "Le nombre de sans-abri a atteint 2 140 samedi.", "2 140", "sans-abri"),
    ("en", "The number of confirmed deaths reached 47 on Friday.", "47", "confirmed deaths"),
])
def test_the_number_of_things_counts_the_things(
    lang: str, text: str, surface: str, counted: str
) -> None:
    assert _frame(text, lang, surface)[0] == counted


@pytest.mark.parametrize(("text", "size"), [
    # three readings of the homes still without power: a stock may shrink, so no conflict
    ("Lundi soir, 1,36 million de foyers étaient privés de courant, selon Enedis. Ils "
     "n'étaient plus que 218 000 mardi matin, et 24 000 mercredi.", 3),
    # a count told as "le nombre d'oiseaux ... a atteint" and the same count told with its noun
    ("Le ministère avait dénombré 970 oiseaux mazoutés mardi soir. Le nombre d'oiseaux "
     "mazoutés a atteint 1 380 jeudi soir.", 2),
])
def test_the_readings_of_one_count_meet_without_a_conflict(text: str, size: int) -> None:
    claims = extract_text(text, lang="fr", published=PUBLISHED, article_id="a.md")
    report = reconcile(claims)
    assert any(len(g.claim_ids) == size for g in report.groups), report.groups
    assert not [f for f in report.findings if f.verdict == "conflict"]
