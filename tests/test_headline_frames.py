"""Which body figure a headline figure restates, and when the two disagree (issues 9, 10).

Read on regional dailies, wires and agency copy (health bulletins, floods, fires, storms): a
headline states the story the lead tells ("Légionellose à X : 31 cas et deux décès" over "l'ARS
recensait 34 cas ... depuis le 18 novembre"), while later paragraphs give the wider picture (the
department's count since January, the state's cases this year). The headline is read against
the lead's figure, never against a later one of a wider period; each figure of a headline list
("31 cases and two deaths") counts its own noun; and an exact headline figure that is not round
("41") rounds no other ("38"), however small the gap is as a share. All sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile


def _conflicts(lang: str, text: str, published: date) -> list[tuple[str, list[str]]]:
    claims = extract_text(text, lang=lang, published=published, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [(f.id, sorted(surface[i] for i in f.claim_ids)) for f in reconcile(claims).findings
            if f.verdict is Verdict.conflict and f.confidence >= MIN_CONFIDENCE]


LEAD_CONTRADICTS = [
    pytest.param(
        "fr", "Salmonellose à Bréville : 26 cas et un décès\n\nMercredi soir, l'Agence régionale "
        "de santé (ARS) Normandie recensait 29 cas de salmonellose confirmés depuis le 2 novembre "
        "chez des habitants de Bréville. Au 30 novembre, le Calvados comptait 64 cas de "
        "salmonellose déclarés depuis le début de l'année.", date(2026, 12, 4), ["26", "29"],
        id="fr-le-chapo-pas-le-cumul-du-departement"),
    pytest.param(
        "en", "Measles in Harlow County: 19 cases and one death\n\nThe county health department "
        "has confirmed 23 cases of measles since the outbreak began on Nov. 2. Across the state, "
        "140 measles cases have been reported so far this year.", date(2026, 12, 4),
        ["19", "23"], id="en-the-lead-not-the-state-this-year"),
    pytest.param(
        "ko", "강원 산불 이재민 57명…임시주거시설 생활\n\n강원도는 6일 오후 6시 기준 산불로 "
        "집을 잃은 "
        "이재민이 54명으로 집계됐다고 밝혔다.", date(2026, 4, 6), ["54명", "57명"],
        id="ko-57-rounds-no-54"),
    pytest.param(
        "fr", "Intempéries : 41 communes sinistrées\n\nAu total, 38 communes ont été reconnues "
        "sinistrées mardi par la préfecture.", date(2026, 11, 5), ["38", "41"],
        id="fr-41-rounds-no-38"),
]


@pytest.mark.parametrize(("lang", "text", "published", "figures"), LEAD_CONTRADICTS)
def test_a_headline_is_read_against_the_leads_figure(lang, text, published, figures) -> None:
    [(found, named)] = _conflicts(lang, text, published)
    assert "-headline-" in found
    assert named == figures


NO_CONFLICT = [
    # the lead's figure names a place the headline leaves unsaid: which figure the headline
    # restates is not known, and the later year-to-date count is none
    pytest.param(
        "fr", "Salmonellose : 26 cas et un décès\n\nMercredi soir, l'ARS recensait 29 cas de "
        "salmonellose confirmés à Bréville depuis le 2 novembre. Au 30 novembre, 64 cas de "
        "salmonellose avaient été déclarés depuis le début de l'année.", date(2026, 12, 4),
        id="fr-chapo-d-une-autre-commune"),
    # a round headline figure may round the body's
    pytest.param(
        "fr", "Intempéries : 40 communes sinistrées\n\nAu total, 38 communes ont été reconnues "
        "sinistrées mardi par la préfecture.", date(2026, 11, 5), id="fr-40-arrondit-38"),
    pytest.param(
        "ko", "강원 산불 이재민 60명…임시주거시설 생활\n\n강원도는 6일 오후 6시 기준 산불로 "
        "집을 잃은 "
        "이재민이 57명으로 집계됐다고 밝혔다.", date(2026, 4, 6), id="ko-60-rounds-57"),
    # the lead restates the headline; the state's count this year is another quantity
    pytest.param(
        "en", "Measles in Harlow County: 23 cases\n\nThe county health department has confirmed "
        "23 cases of measles since the outbreak began on Nov. 2. Across the state, 140 measles "
        "cases have been reported so far this year.", date(2026, 12, 4), id="en-restated"),
]


@pytest.mark.parametrize(("lang", "text", "published"), NO_CONFLICT)
def test_a_headline_the_lead_does_not_contradict(lang, text, published) -> None:
    assert _conflicts(lang, text, published) == []


EVENTS = [
    # each figure of a list counts its own noun: the deaths are no event of the cases
    pytest.param("fr", "Grippe aviaire à Loudes : 31 cas et deux décès", "31", "",
                 id="fr-cas-et-deux-deces"),
    pytest.param("fr", "Salmonellose à Bréville : 26 cas et un décès", "26", "",
                 id="fr-cas-et-un-deces"),
    pytest.param("en", "Measles in Harlow County: 19 cases and two deaths", "19", "",
                 id="en-cases-and-two-deaths"),
    pytest.param("en", "Legionnaires' outbreak: 12 cases and one death in Dunmore", "12", "",
                 id="en-cases-and-one-death"),
    pytest.param("en", "The last blockade of the port, in 2019, lasted 12 days and left four "
                 "people dead.",
                 "12 days", "", id="en-days-and-four-dead"),
    # a figure in digits after it: its own words before it stay this figure's
    pytest.param("en", "Of the 58 people taken to hospital since Tuesday, 17 were still being "
                 "treated on Friday.", "58", "taken to hospital", id="en-of-the-58-taken"),
    # a verb after both figures is shared
    pytest.param("en", "Twelve hikers and two dogs were rescued from the ridge on Sunday.",
                 "Twelve", "rescued", id="en-shared-verb"),
    pytest.param("fr", "Trois randonneurs et un chien ont été secourus dimanche.", "Trois",
                 "secourus", id="fr-verbe-partage"),
    pytest.param("fr", "Deux mille manifestants et 300 tracteurs ont défilé samedi à Rennes.",
                 "Deux mille", "manifestants", id="fr-verbe-partage-chiffres"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "event"), EVENTS)
def test_each_figure_of_a_list_has_its_own_event(lang, text, surface, event) -> None:
    claims = extract_text(text, lang=lang, published=date(2026, 12, 4), article_id="a.md")
    [claim] = [c for c in claims if c.surface == surface]
    assert (claim.event or "") == event
