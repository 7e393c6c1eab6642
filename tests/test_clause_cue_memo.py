"""A claim's clause cues (a forecast, a poll or earlier vote, a pluperfect) are searched once
per clause (claims.binding_asides): each answer is the search's, whatever order the claims
of several sentences are asked in."""

from __future__ import annotations

import random
from datetime import date

import pytest

import claims.binding as binding
from claims.binding_asides import looks_ahead, of_another_time
from claims.clauses import clause_end, clause_start
from claims.extract import extract_text
from claims.lang import load_table
from claims.models import Claim, Period, PeriodKind

DAY = Period(start=date(2024, 3, 10), end=date(2024, 3, 10), text="dimanche", kind=PeriodKind.day)

TEXTS = {
    "fr": (
        "Lors du précédent scrutin, la participation avait atteint 47,5 % et le oui 52 %. "
        "Dimanche, la participation a atteint 58 % et le oui 61 %, selon la préfecture. "
        "Un sondage donnait le oui à 46 %, alors que la loi en exigeait 12 sur 20. "
        "Le ministère prévoit 3 000 recrutements en 2025 et 1 200 départs, contre 900 en 2024. "
        "La veille, les secours avaient recensé 40 blessés."
    ),
    "en": (
        "In the previous vote, turnout had reached 44 percent and the yes side 51 percent. "
        "On Sunday turnout rose to 57 percent and the yes side won 63 percent, officials said. "
        "A poll had put the yes side at 48 percent, while the law required 15 of 25 seats. "
        "The agency expects 2,400 hires next year and 800 departures, against 650 this year."
    ),
}


def _direct(claim: Claim, frame: Period | None, lang: str) -> tuple[bool, bool]:
    table = load_table(lang).extraction
    text = claim.sentence
    at = text.find(claim.surface)
    if at < 0:
        return False, False
    left, right = clause_start(text, at), clause_end(text, at + len(claim.surface))
    ahead = table.forecast_re.search(text, left, right) is not None
    other = table.not_result_re.search(text, 0, right) is not None or (
        frame is not None and frame.kind is PeriodKind.day
        and table.flashback_re.search(text, left, right) is not None
    )
    return ahead, other


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_each_claim_gets_the_search_answer_in_any_order(lang: str, seed: int) -> None:
    table = load_table(lang).extraction
    claims = extract_text(TEXTS[lang], lang=lang, published=date(2024, 3, 11))
    assert len({c.sentence for c in claims}) >= 4
    asked = [(c, frame) for c in claims for frame in (None, DAY)] * 2
    random.Random(seed).shuffle(asked)
    for claim, frame in asked:
        ahead, other = _direct(claim, frame, lang)
        assert looks_ahead(claim, table) is ahead
        assert of_another_time(claim, frame, table) is other


def test_the_cues_are_found_where_the_sentences_hold_them() -> None:
    fr = load_table("fr").extraction
    claims = extract_text(TEXTS["fr"], lang="fr", published=date(2024, 3, 11))
    other = {c.surface: of_another_time(c, DAY, fr) for c in claims}
    assert other["47,5 %"] and other["46 %"] and other["40"]  # earlier vote, poll, pluperfect
    assert not other["58 %"] and not other["3 000"]
    assert not of_another_time(next(c for c in claims if c.surface == "40"), None, fr)
    en = load_table("en").extraction
    claims = extract_text(TEXTS["en"], lang="en", published=date(2024, 3, 11))
    ahead = {c.surface: looks_ahead(c, en) for c in claims}
    assert ahead["2,400"] and ahead["800"] and not ahead["650"] and not ahead["57 percent"]


def test_a_figure_asks_the_figures_after_it_only_up_to_its_first_blocker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A chain of percentages: each figure's free phrases end at the next figure of its unit,
    so the pairs asked whether they are joined grow with the figures, not with their square."""
    calls = 0
    joined = binding.joined

    def counting(*args: object) -> bool:
        nonlocal calls
        calls += 1
        return joined(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(binding, "joined", counting)
    chain = " ".join(f"{n},5 %" for n in range(10, 40))
    extract_text(f"Les taux ont été de {chain} en 2023.", lang="fr")
    assert 0 < calls <= 2 * 30
