"""One article giving a running total twice, the later bulletin below the earlier one: "au 22
novembre, 1 204 personnes ont été hospitalisées depuis le 1er janvier" and "au 15 novembre,
l'agence dénombrait 1 260 hospitalisations depuis le 1er janvier". Once the two figures carry
their two bulletins' ends, the verdict is a ``cumulative_decrease``, and "personnes
hospitalisées" and "hospitalisations" are one counted thing. Traps of the same shape that must
not be flagged: the count that grows, a stock of patients still in hospital that falls, and two
places. Articles of our own in the style of regional health bulletins."""

from __future__ import annotations

from datetime import date

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 24)
HEAD = "Selon le bulletin de l'agence régionale de santé arrêté au 22 novembre, "


def _findings(text: str, lang: str = "fr") -> list:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return reconcile(claims).findings


def _conflicts(text: str, lang: str = "fr") -> list:
    return [f for f in _findings(text, lang) if f.verdict is Verdict.conflict]


def test_a_running_total_below_the_previous_bulletins_is_a_cumulative_decrease() -> None:
    text = (HEAD + "1 204 personnes ont été hospitalisées pour une forme grave depuis le 1er "
            "janvier. Au 15 novembre, l'agence dénombrait pourtant 1 260 hospitalisations "
            "depuis le 1er janvier.")
    (found,) = _conflicts(text)
    assert found.detail == "cumulative_decrease", found.explanation
    assert "15 Nov" in found.explanation and "22 Nov" in found.explanation


def test_the_same_in_english() -> None:
    text = ("As of November 22, the health department had counted 1,204 hospital admissions "
            "for severe flu since January 1. As of November 15, it had counted 1,260 people "
            "hospitalised since January 1.")
    (found,) = _conflicts(text, "en")
    assert found.detail == "cumulative_decrease", found.explanation


def test_a_running_total_that_grows_is_one_timeline() -> None:
    text = (HEAD + "1 304 personnes ont été hospitalisées pour une forme grave depuis le 1er "
            "janvier. Au 15 novembre, l'agence dénombrait 1 260 hospitalisations depuis le 1er "
            "janvier.")
    assert not _conflicts(text)
    assert [f.detail for f in _findings(text) if f.detail == "growth"] == ["growth"]


def test_a_stock_of_patients_in_hospital_may_fall() -> None:
    text = (HEAD + "44 personnes étaient toujours hospitalisées. Au 15 novembre, l'agence en "
            "dénombrait 58 encore hospitalisées.")
    assert not _conflicts(text)


def test_two_places_keep_two_counters() -> None:
    text = ("Au 22 novembre, 1 204 personnes ont été hospitalisées à Cayenne depuis le 1er "
            "janvier. Au 15 novembre, l'agence dénombrait 1 260 hospitalisations en Guadeloupe "
            "depuis le 1er janvier.")
    assert not _conflicts(text)


def test_a_total_revised_down_as_the_article_says_is_a_revision() -> None:
    text = (HEAD + "l'agence dénombrait 1 204 hospitalisations pour une forme grave depuis le "
            "1er janvier. Au 15 novembre, elle avait d'abord annoncé 1 260 hospitalisations "
            "depuis le 1er janvier, un chiffre revu à la baisse après un contrôle des doublons.")
    assert not _conflicts(text)
    assert "revision" in [f.detail for f in _findings(text)]
