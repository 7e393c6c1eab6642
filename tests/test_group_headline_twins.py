"""A headline's figure meets the body figure it restates (issue 9, grouping recall): news
headlines name a figure in a few words that say little of what is counted ("Crush kills at
least 31", "UK borrowing higher at £17.4bn", "Intempéries : 1 340 foyers privés de courant"),
and the lead then says it in full. Our own sentences, in the style of wire and broadcaster
copy on disasters, public finances and power cuts read through the news corpus."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.group import group_claims
from reconcile.restated import headline_twins

PUBLISHED = date(2026, 11, 20)


def _headline_and_twin_groups(text: str, lang: str) -> tuple[str, str]:
    """The group of the headline's first figure, and that of the first body figure of the
    same value."""
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    top = claims[0]
    body = next(c for c in claims if c.sentence != top.sentence and c.value == top.value)
    group = {m.claim_id: g.id for g in group_claims(claims) for m in g.members}
    return group[top.id], group[body.id]


RESTATED = [
    ("en", "Quarry collapse kills 23 in northern province\n\nAt least 23 miners were killed "
           "when a quarry wall gave way on Wednesday, the provincial governor said."),
    ("en", "State deficit wider at $48.2bn\n\nThe federal government's monthly budget shortfall "
           "reached $48.2bn in October, the Treasury said on Thursday."),
    ("en", "Factory orders fall 6% in October\n\nOrders placed with manufacturers dropped six per "
           "cent in October from September, the statistics office said."),
    ("fr", "Tempête : 1 340 foyers toujours dans le noir\n\nDans le Finistère, 1 340 abonnés "
           "restaient privés d'électricité mardi soir, selon le gestionnaire du réseau."),
    ("fr", "Effondrement d'un immeuble : 17 morts à Tanger\n\nAu moins 17 personnes ont perdu la "
           "vie dans l'effondrement d'un immeuble de quatre étages, selon la protection civile."),
]


@pytest.mark.parametrize(("lang", "text"), RESTATED)
def test_a_headline_figure_meets_the_body_figure_it_restates(lang, text) -> None:
    top, body = _headline_and_twin_groups(text, lang)
    assert top == body


def _row(sentence: str, value: float, unit: str = "count", event: str = "",
         article: str = "a") -> tuple:
    return (article, sentence, value, unit, None, event)


HEAD = "Quarry collapse kills 23"
LEAD = "At least 23 miners were killed on Wednesday."


def test_the_first_body_figure_of_the_same_value_and_unit_is_the_twin() -> None:
    rows = [_row(HEAD, 23, event="die"), _row(LEAD, 23, event="die"),
            _row("Later, 23 more were found.", 23, event="die")]
    assert headline_twins(rows) == {0: 1}


@pytest.mark.parametrize("rows", [
    # an opening sentence that ends as prose does is the lead, not a headline
    [_row("Quarry collapse kills 23.", 23), _row(LEAD, 23)],
    # a small count is too common to be one figure by its value alone
    [_row("Quarry collapse kills 4", 4), _row("At least 4 miners were killed.", 4)],
    # two different events: one happened to the headline's figure, another to the body's
    [_row(HEAD, 23, event="die"), _row("23 others were injured.", 23, event="injure")],
    # another unit
    [_row("Quarry output down 23%", 23, unit="percent"), _row(LEAD, 23)],
    # one value written twice in the headline: either may be the one the body restates
    [_row("12,000 jobs cut, 12,000 more at risk", 12000),
     _row("12,000 jobs cut, 12,000 more at risk", 12000),
     _row("The group will cut 12,000 jobs.", 12000)],
    # a deck ends where the lead starts: a line after the lead is body, not a deck
    [_row("Lead with 23 dead.", 23), _row("Later line 23 dead", 23)],
    # another article's figure
    [_row(HEAD, 23), _row(LEAD, 23, article="b")],
])
def test_no_twin(rows) -> None:
    assert headline_twins(rows) == {}


def test_two_figures_of_one_unit_in_a_headline_each_restated() -> None:
    """ "주최 측 "82만 명", 경찰 "47만 명"": told apart by value, each restates its body figure."""
    head = "Festival crowd: 1.3 million say organisers, 610,000 say police"
    rows = [_row(head, 1.3e6), _row(head, 6.1e5),
            _row("Organisers counted 1.3 million visitors.", 1.3e6),
            _row("Police put the crowd at 610,000.", 6.1e5)]
    assert headline_twins(rows) == {0: 2, 1: 3}


def test_a_deck_under_the_headline_restates_the_body_too() -> None:
    """A headline, then a deck ("세수 진도율 51.2%…관리재정수지 41조3천억 원 적자"), then the
    lead."""
    rows = [_row("Tax take up 9.8 trillion won", 9.8e12, unit="KRW"),
            _row("Managed fiscal deficit at 68.5 trillion won", 6.85e13, unit="KRW"),
            _row("Taxes rose by 9.8 trillion won.", 9.8e12, unit="KRW"),
            _row("The managed deficit was 68.5 trillion won.", 6.85e13, unit="KRW")]
    assert headline_twins(rows) == {0: 2, 1: 3}


# (language, article): a figure that names nothing it counts, on one side of a headline twin
BARE = [
    ("ko", '불꽃축제에 인파 몰려…주최 측 "87만 명", 경찰 "52만 명"\n\n'
           "주최 측인 울산시는 이틀 동안 관람객 87만 명이 다녀갔다고 밝혔다."),
    ("ko", "1∼6월 국세 182조 원 걷혀\n\n세수 진도율 51.2%…관리재정수지 41조3천억 원 적자\n\n"
           "올해 들어 6월까지 걷힌 국세는 182조 원이었다. 사회보장성기금 수지를 뺀 관리재정수지는 "
           "41조3천억 원 적자로 집계됐다."),
    ("fr", "Festival : 1,3 million selon les organisateurs\n\nLes organisateurs ont recensé 1,3 "
           "million de visiteurs sur les trois jours."),
    ("en", "Strike: 1.3 million, say unions\n\nUnions said 1.3 million workers walked out on "
           "Thursday."),
    ("en", "Rally: 640,000 by unions' count\n\nThe unions counted 640,000 marchers across the "
           "country on Tuesday."),
]


@pytest.mark.parametrize(("lang", "text"), BARE, ids=[f"{b[0]}-{n}" for n, b in enumerate(BARE)])
def test_a_bare_figure_is_compared_as_its_twin(lang, text) -> None:
    """A figure that names nothing it counts was left alone; twinned, it is what its twin
    measures, and the two meet."""
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    groups = {m.claim_id: g.id for g in group_claims(claims) for m in g.members}
    pairs = [(a, b) for a in claims for b in claims
             if a.sentence != b.sentence and a.value == b.value and a.id < b.id
             and a.unit == b.unit and (not a.counted) != (not b.counted)]
    assert pairs, [(c.surface, c.counted) for c in claims]
    for a, b in pairs:
        assert groups[a.id] == groups[b.id], (a.surface, a.counted, b.counted)


def test_a_bare_figure_without_a_twin_stays_alone() -> None:
    """Negative: a bare headline figure whose value the body does not repeat is still a
    figure of unknown quantity, alone."""
    text = ("Festival : 1,3 million selon les organisateurs\n\nLes organisateurs ont recensé "
            "1,2 million de visiteurs sur les trois jours.")
    claims = extract_text(text, lang="fr", published=PUBLISHED, article_id="a.md")
    groups = [g for g in group_claims(claims) if len(g.members) > 1]
    assert not groups


# (language, article): a headline sets two sources' bare figures side by side; the body gives
# each with its source. Each headline figure is its body twin, so the two sources' figures
# still meet as one quantity (their disagreement is the finding), not kept apart as one
# article's two values.
TWO_SOURCES = [
    ("ko", '파업 집회에 전국 92만 명…노조 "210만 명"\n\n'
           "내무부는 이날 전국에서 92만 명이 시위에 참가했다고 밝혔다. 반면 노동총동맹(CGT)은 "
           "참가자가 210만 명에 이른다고 주장했다."),
    ("fr", 'Retraites : "920 000", "2,1 millions"\n\n'
           "Le ministère de l'Intérieur a recensé 920 000 manifestants jeudi dans toute la "
           "France. La CGT a revendiqué 2,1 millions de manifestants."),
]


@pytest.mark.parametrize(("lang", "text"), TWO_SOURCES, ids=[t[0] for t in TWO_SOURCES])
def test_two_sources_bare_in_the_headline_still_meet(lang, text) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    groups = {m.claim_id: g.id for g in group_claims(claims) for m in g.members}
    sourced = [c for c in claims if c.source]
    assert len(sourced) >= 2, [(c.surface, c.source) for c in claims]
    assert len({groups[c.id] for c in sourced}) == 1, [(c.surface, c.source) for c in claims]
    for c in claims:
        twin = next((o for o in sourced if o.value == c.value and o.id != c.id), None)
        if twin is not None:
            assert groups[c.id] == groups[twin.id], (c.surface, twin.surface)
