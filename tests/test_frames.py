"""The quantity frame, sentence by sentence, in both languages (FIELD_NOTES section 2), and
what grouping and verdicts make of it over real-style articles of our own (tests/fixtures/
frames): different events, places, entities or wholes never meet; named sources that disagree
are a conflict that says so; a revision is consistent."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.features import features
from reconcile.lexicon import Lexicon
from reconcile.linkage import frames_apart
from reconcile_cli.main import main

FRAMES = Path(__file__).parent / "fixtures" / "frames"
DAY = date(2024, 6, 1)

# (language, sentence, surface, expected slots: a phrase the slot contains, or None)
CASES = [
    # Q1: what happened is part of the quantity
    ("en", "In 2023, 6,100 people were rescued at sea.", "6,100", {"event": "rescued"}),
    ("en", "Nearly 28,000 people crossed in small boats last year.", "28,000",
     {"event": "crossed"}),
    ("fr", "En 2023, 5 200 personnes ont été secourues en mer.", "5 200", {"event": "secourues"}),
    ("fr", "L'an dernier, 29 000 personnes ont traversé la Manche.", "29 000",
     {"event": "traversé"}),
    # Q2: a share has a part and a whole
    ("en", "64% of victims were minors.", "64%", {"whole": "victims", "counted": "minors"}),
    ("fr", "62 % des victimes sont mineures.", "62 %", {"whole": "victimes",
                                                      "counted": "mineures"}),
    # Q3: "N, or P %" after its total
    ("en", "Of the 512 nurses, 301, or 58.8 percent, were women.", "58.8 percent",
     {"whole": "nurses", "counted": "women", "antecedent": True}),
    # Q4: what is counted, never the verb or the source
    ("en", "Officials say the number of fraud reports they have logged this year has climbed "
     "to 733.", "733", {"counted": "fraud reports"}),
    ("fr", "Le nombre de participants s'élève à 118 000.", "118 000",
     {"counted": "participants"}),
    ("en", "Suspects in their 30s numbered 17.", "17", {"counted": "in their 30s"}),
    # Q5: place
    ("fr", "En 2023, 512 emplois seront supprimés à Nantes et 230 à Brest.", "230",
     {"place": "Brest"}),
    ("en", "In Harris County, 88 cases were reported.", "88", {"place": "Harris County"}),
    ("en", "Some 900,000 people marched nationwide on Tuesday.", "900,000",
     {"place": "nationwide", "event": "marched"}),
    # a scope wider than the article's place and not the country is a place of its own, never
    # the article's place inherited ("Statewide, 391 cases" in a county paper)
    ("en", "Statewide, 1,240 cases have been reported this year.", "1,240",
     {"place": "statewide"}),
    ("en", "Across the state, 88 schools closed on Monday.", "88", {"place": "across the state"}),
    ("en", "Province-wide, 2,300 homes lost power overnight.", "2,300",
     {"place": "province-wide"}),
    ("fr", "Dans toute la région, 412 interventions ont été recensées.", "412",
     {"place": "dans toute la région"}),
    ("fr", "Au niveau départemental, 57 accidents ont été recensés en mai.", "57",
     {"place": "au niveau départemental"}),
    # a scope wider than the country: a national article's European or world figure
    ("fr", "À l'échelle européenne, 431 000 demandes ont été déposées au premier semestre.",
     "431 000", {"place": "À l'échelle européenne"}),
    ("fr", "Dans l'Union européenne, 2 300 noyades ont été recensées l'été dernier.", "2 300",
     {"place": "Dans l'Union européenne"}),
    ("fr", "Au niveau mondial, 18 millions de doses ont été livrées en mars.", "18 millions",
     {"place": "Au niveau mondial"}),
    ("en", "Across the EU, 431,000 applications were lodged in the first half.", "431,000",
     {"place": "Across the EU"}),
    ("en", "Worldwide, 2.9 million cases were reported last year.", "2.9 million",
     {"place": "Worldwide"}),
    # Q6: the named thing measured
    ("en", "The Oak fire is 41% contained.", "41%", {"entity": "Oak fire"}),
    ("fr", "L'incendie de Landiras est maîtrisé à 60 %.", "60 %", {"entity": "Landiras"}),
    # Q7: the source
    ("fr", "Mardi, 95 000 personnes ont défilé selon la préfecture.", "95 000",
     {"source": "préfecture"}),
    ("en", "About 310,000 people marched, according to the unions.", "310,000",
     {"source": "unions"}),
    # breakdowns take their antecedent's frame, the antecedent is their whole
    ("fr", "La police a interpellé 214 suspects, dont 31 mineurs.", "31",
     {"whole": "suspects", "counted": "mineurs", "event": "interpellé", "antecedent": True}),
    ("en", "Police arrested 402 people, 44 of whom were minors.", "44",
     {"whole": "people", "counted": "minors", "event": "arrested", "antecedent": True}),
    ("fr", "Au total, 84 000 personnes ont manifesté en France, dont 9 000 à Marseille.",
     "9 000", {"place": "Marseille", "whole": "personnes", "event": "manifesté"}),
]


@pytest.mark.parametrize(("lang", "text", "surface", "expected"), CASES,
                         ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_frame_slots(lang: str, text: str, surface: str, expected: dict) -> None:
    claims = extract_text(text, lang=lang, published=DAY)
    claim = next(c for c in claims if c.surface.endswith(surface))
    for slot, want in expected.items():
        got = getattr(claim, slot)
        if want is True:
            assert got, f"{slot} missing: {claim}"
        elif want is None:
            assert got is None, f"{slot}: {got!r}"
        else:
            assert got is not None and want.lower() in got.lower(), f"{slot}: {got!r}"


def test_a_breakdown_sentence_after_its_total() -> None:
    """ "Of them, ..." refers to the previous sentence's count."""
    claims = extract_text("Police said 211 suspects were held in May. Of them, 97 were "
                          "teenagers.", lang="en", published=DAY)
    held, teens = claims
    assert teens.antecedent == held.id
    assert teens.whole == "suspects" and teens.counted == "teenagers"
    assert teens.event == "held"


def _apart(lang_a: str, a: str, lang_b: str, b: str) -> bool:
    lexicon = Lexicon.default()
    one = extract_text(a, lang=lang_a, published=DAY)[0]
    two = extract_text(b, lang=lang_b, published=DAY)[0]
    return bool(frames_apart([features(one, lexicon), features(two, lexicon)])[0, 1])


@pytest.mark.parametrize(("a", "b"), [
    (("en", "In 2023, 4,700 people were rescued at sea."),
     ("en", "In 2023, 30,400 people crossed in small boats.")),
    (("fr", "En 2023, 4 700 personnes ont été secourues en mer."),
     ("en", "In 2023, 30,400 people crossed in small boats.")),
    (("fr", "En 2023, 310 emplois ont été supprimés à Rennes."),
     ("fr", "En 2023, 290 emplois ont été supprimés à Lille.")),
    (("en", "The Oak fire is 41% contained."), ("en", "The Creek fire is 10% contained.")),
    (("en", "In Harlan County, 214 cases have been confirmed this year."),
     ("en", "Statewide, 391 cases have been reported this year.")),
    (("fr", "À Nîmes, 48 cas ont été signalés depuis janvier."),
     ("fr", "Dans toute la région, 312 cas ont été signalés depuis janvier.")),
    (("en", "In 2023, 61% of victims were minors."),
     ("en", "In 2023, 70% of suspects were teenagers.")),
])
def test_contradicting_frames_never_meet(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert _apart(*a, *b)


@pytest.mark.parametrize(("a", "b"), [
    (("fr", "En 2023, 4 700 personnes ont été secourues en mer."),
     ("en", "In 2023, 4,700 people were rescued at sea.")),
    (("fr", "En 2023, 310 emplois ont été supprimés à Rennes."),
     ("fr", "En 2023, 310 emplois ont été supprimés.")),  # one side leaves the place empty
])
def test_agreeing_frames_may_meet(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert not _apart(*a, *b)


def _report(*args: str) -> dict:
    result = CliRunner().invoke(main, ["report", str(FRAMES), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_report_over_real_style_articles() -> None:
    """Q1, Q2, Q5, Q6 give no finding at all; Q7's sources disagree; R3 is a revision."""
    report = _report()
    surfaces = {c["id"]: c["surface"] for c in report["claims"]}
    found = {(f["verdict"], f["detail"]): sorted(surfaces[i] for i in f["claim_ids"])
             for f in report["findings"]}
    conflicts = [f for f in report["findings"]
                 if f["verdict"] == "conflict" and f["confidence"] >= MIN_CONFIDENCE]
    assert [f["detail"] for f in conflicts] == ["sources_differ"]
    assert "2,5 millions" in found[("conflict", "sources_differ")]
    assert found[("consistent", "revision")] == ["52,310", "52,327"]
    # "40,100 people involved" and "227 000 participants" count people in general, and only
    # one says what they did: whatever is found about them is unsure (a warning in the gate)
    vague = [f for f in report["findings"] if "Some 40,100" in
             [surfaces[i] for i in f["claim_ids"]]]
    assert all(f["confidence"] < MIN_CONFIDENCE for f in vague)
    for finding in report["findings"]:
        assert 0 < finding["confidence"] <= 1
        assert isinstance(finding["assumptions"], list)


UNSURE = Path(__file__).parent / "fixtures" / "unsure"  # ships waiting: an event on one side


def test_min_confidence_hides_unsure_conflicts() -> None:
    """By default ``report`` shows the conflicts the gate fails on (0.5 and up); 0 shows all."""
    every = [f for f in _report(str(UNSURE), "--min-confidence", "0")["findings"]
             if f["verdict"] == "conflict"]
    sure = [f for f in _report(str(UNSURE))["findings"] if f["verdict"] == "conflict"]
    assert len(sure) < len(every)
    assert all(f["confidence"] >= MIN_CONFIDENCE for f in sure)
    assert [f["confidence"] for f in sure] == sorted((f["confidence"] for f in sure),
                                                     reverse=True)


@pytest.mark.parametrize(("lang", "text", "verdict"), [
    ("en", "Of the 512 nurses, 301, or 58.8 percent, were women.", "consistent"),
    ("en", "Of the 512 nurses, 301, or 61.8 percent, were women.", "conflict"),
    ("fr", "Sur les 640 agents, 410, soit 64,1 %, sont des femmes.", "consistent"),
    ("fr", "Sur les 640 agents, 410, soit 46,1 %, sont des femmes.", "conflict"),
])
def test_a_share_is_checked_against_its_count_and_total(lang: str, text: str,
                                                        verdict: str) -> None:
    """statcheck for news: "N, or P %" of a stated total, to the precision printed."""
    from reconcile.pipeline import reconcile

    claims = extract_text(text, lang=lang, published=DAY)
    found = [f for f in reconcile(claims).findings if f.detail == "share_of_total"]
    assert [f.verdict.value for f in found] == [verdict]
