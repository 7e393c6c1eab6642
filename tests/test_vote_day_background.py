"""A vote's day dates its results, never the background told beside them: a past vote ("had
survived a first motion last year with 140 votes", "L'an dernier, elle avait survécu à une
première motion avec 140 voix") is no result of the vote the article reports, even where the
period reader finds no time in its words ("a first motion last year").

Read on real news (pages): The Hill and The Daily Beast (an impeachment vote, then the earlier
inquiry vote's tally told as background); Atoll Times (a parliament's vote on Sunday after a
sentence naming Thursday's); inquirer.com (a union vote, then "In 2014, ... voted against
unionization" with that year's tally); a Views&News plenary ("지난 3월 6일 ... 부의됐다": the
earlier step). Sentences of our own, other numbers and names."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

PUBLISHED = date(2026, 5, 18)
EN = ("Lawmakers in Lowland voted on Saturday to remove Prime Minister Ana Ruiz over her decree "
      "of May 2.\n\nIn all, 187 deputies voted in favor of the motion, 71 against and 4 "
      "abstained.\n\n{background}")
FR = ("Le Parlement de Lowland a voté samedi la destitution de la Première ministre Ana Ruiz, "
      "deux semaines après son décret du 2 mai.\n\nAu total, 187 députés ont voté pour, 71 "
      "contre et quatre se sont abstenus.\n\n{background}")

ROWS = [
    ("en", EN, "Ruiz had survived a first motion last year with 140 votes.", "140"),
    ("en", EN, "In a previous vote, only 121 deputies backed a motion against her.", "121"),
    ("fr", FR, "L'an dernier, elle avait survécu à une première motion avec 140 voix.", "140"),
    ("fr", FR, "Lors de la précédente motion, seuls 121 députés avaient voté pour.", "121"),
]


def _kind(lang: str, text: str, surface: str) -> str:
    claims = extract_text(text, lang=lang, published=PUBLISHED)
    claim = next(c for c in claims if c.surface == surface)
    return "none" if claim.period is None else claim.period.kind.value


@pytest.mark.parametrize(("lang", "text", "background", "surface"), ROWS)
def test_the_background_is_not_of_the_vote_day(lang: str, text: str, background: str,
                                               surface: str) -> None:
    full = text.format(background=background)
    claim = next(c for c in extract_text(full, lang=lang, published=PUBLISHED)
                 if c.surface == surface)
    assert claim.period is None or claim.period.start != date(2026, 5, 16)


@pytest.mark.parametrize(("lang", "text", "background", "surface"), ROWS)
def test_the_tally_keeps_the_vote_day(lang: str, text: str, background: str,
                                      surface: str) -> None:
    full = text.format(background=background)
    claim = next(c for c in extract_text(full, lang=lang, published=PUBLISHED)
                 if c.surface == "187")
    assert claim.period is not None and claim.period.start == date(2026, 5, 16)
