"""What a figure measures, as news of every subject writes it (issue 9, the frame's ``counted``
and ``event``): the noun a figure is the value of ("a net profit of 962 billion won", "une
participation de 49,1 %"), a subject without the noise around it (a weekday, a verb, a
relative clause, a name set in the sentence), a compared figure that measures what its figure
does, and one concept for one quantity named in English, French and Korean. Sentences are our
own, in the style of wire copy on results, votes, storms, tolls, prices and jobs; each class
has rows where the reading must not apply."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.lexicon import Lexicon

DAY = date(2025, 3, 14)


def _claim(lang: str, sentence: str, surface: str):
    claims = extract_text(sentence, lang=lang, published=DAY)
    found = [c for c in claims if c.surface == surface]
    assert found, f"{surface!r} not read in {sentence!r}: {[c.surface for c in claims]}"
    return found[0]


# (language, sentence, surface, what is counted)
VALUE_OF = [
    # results: "posted a net profit of", "swung to an operating profit of", "a dividend of"
    ("en", "Its main unit, Hanbit Bank, posted a net profit of 611 billion won in the quarter.",
     "611 billion won", "net profit"),
    ("en", "The builder swung to an operating profit of 84.2 billion won from a year earlier.",
     "84.2 billion won", "operating profit"),
    ("en", "The board approved a quarterly dividend of 450 won per share on Friday.",
     "450 won per share", "quarterly dividend"),
    ("en", "It also unveiled a share buyback of 120 billion won, to be completed by June.",
     "120 billion won", "share buyback"),
    ("en", "Exports rose faster than imports, leaving a trade surplus of $4.1 billion.",
     "$4.1 billion", "trade surplus"),
    # storms and harvests: the measure, not the storm nor the agency
    ("en", "The storm came ashore near Port Ilha with sustained winds of 190 km per hour.",
     "190 km", "winds"),
    ("en", "The bureau forecast winter crop production of 38.2 million tonnes for 2025-26.",
     "38.2 million tonnes", "winter crop production"),
    ("en", "Officials reported a turnout of 61.4% by the close of polls.", "61.4%", "turnout"),
    # French: "une participation de", "un appel de", "des vents de", "un taux de ... de"
    ("fr", "Au niveau national, le texte passe avec 51,2 % de oui et une participation de "
     "44,9 %.", "44,9 %", "participation"),
    ("fr", "Le Programme alimentaire mondial a lancé un appel de 12 millions de dollars.",
     "12 millions de dollars", "appel"),
    ("fr", "La tempête a touché terre jeudi avec des vents de 170 km/h.", "170 km/h", "vents"),
    ("fr", "La banque a dégagé un bénéfice net de 1,2 milliard d'euros au troisième trimestre.",
     "1,2 milliard d'euros", "bénéfice net"),
    ("fr", "Le gouvernement propose une revalorisation de 6 % au 1er juillet.", "6 %",
     "revalorisation"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "counted"), VALUE_OF)
def test_a_figure_is_the_value_of_the_noun_before_its_link(
    lang: str, sentence: str, surface: str, counted: str
) -> None:
    assert _claim(lang, sentence, surface).counted == counted


# (language, sentence, surface, what must not be read as counted)
NOT_VALUE_OF = [
    # a change, not a value: "an increase of 4%" keeps its subject
    ("en", "Sales posted an increase of 4.5% in March.", "4.5%", "increase"),
    ("fr", "Les ventes affichent une hausse de 3,2 % sur un an.", "3,2 %", "hausse"),
    # something counted follows the figure: "a group of 30 people"
    ("en", "A group of 42 migrants was stopped at the border.", "42", "group"),
    # the noun says not what is measured
    ("en", "Children under the age of 16 were barred, and a total of 340 tickets sold.",
     "340", "total"),
    ("fr", "La participation à midi était de 18,3 %, selon le ministère.", "18,3 %", "était"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "wrong"), NOT_VALUE_OF)
def test_the_value_of_reading_leaves_changes_counted_things_and_other_nouns(
    lang: str, sentence: str, surface: str, wrong: str
) -> None:
    assert wrong not in _claim(lang, sentence, surface).counted.split()


# (language, sentence, surface, what is counted: "" when the sentence does not say)
SUBJECT_NOISE = [
    # a weekday and what precedes it are not counted: "said Thursday its net profit rose"
    ("en", "Hanbit Financial, the country's fifth-largest lender, said Tuesday its first-quarter "
     "net profit rose 6.2 percent from a year earlier.", "6.2 percent", "first-quarter net profit"),
    # a verb without "-ed" ends the subject
    ("en", "Non-interest income came to 431 billion won in the period.", "431 billion won",
     "Non-interest income"),
    ("en", "The lender's net interest margin stood at 1.71 percent at the end of June.",
     "1.71 percent", "lender's net interest margin"),
    ("en", "Outbound shipments came to $52.4 billion last month.", "$52.4 billion",
     "Outbound shipments"),
    # a relative clause says where, not what is counted
    ("en", "Most deaths were in the north, where the storm struck late on Friday with winds "
     "near 160 km/h.", "160 km/h", ""),
    ("fr", "Le nord est le plus touché, où le cyclone est passé vendredi à 180 km/h.",
     "180 km/h", ""),
    # a name set in the sentence is a place, not what is counted
    ("fr", "Les cantons alémaniques ont dit non : Zurich l'a rejeté à 56,2 %, Berne à 52,9 %.",
     "52,9 %", ""),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "counted"), SUBJECT_NOISE)
def test_a_subject_is_read_without_time_words_verbs_relatives_or_names(
    lang: str, sentence: str, surface: str, counted: str
) -> None:
    assert _claim(lang, sentence, surface).counted == counted


# A subject that is the thing counted stays as it is (negative rows of the cleaning).
SUBJECT_KEPT = [
    ("en", "GDP grew 0.4 percent in the fourth quarter.", "0.4 percent", "GDP"),
    ("en", "Inflation eased to 2.3% in February.", "2.3%", "Inflation"),
    ("fr", "Le taux de chômage s'est établi à 7,1 % au quatrième trimestre.", "7,1 %",
     "taux de chômage"),
    ("en", "Car exports jumped 12 percent to $5.3 billion.", "$5.3 billion", "Car exports"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "counted"), SUBJECT_KEPT)
def test_a_subject_that_is_what_is_counted_is_kept(
    lang: str, sentence: str, surface: str, counted: str
) -> None:
    assert _claim(lang, sentence, surface).counted == counted


# (language, sentence, surface, counted, event): a compared figure measures what its figure does
COMPARED = [
    ("en", "The storm has killed at least 27 people, the agency said on Tuesday, up from 15 "
     "reported on Monday.", "15", "people", "killed"),
    # a compared figure that names its own event keeps it
    ("en", "The agency said 8,300 people had been displaced, while 9 were still missing.", "9",
     "still missing", "missing"),
    # "more than the N": the figure a sentence compares another with
    ("en", "Some 31,200 people had crossed by the end of June, 6% more than the 29,400 "
     "recorded a year earlier.", "29,400", "people", "crossed"),
    ("fr", "Au total, 5 480 demandes ont été déposées, soit 9 % de plus que les 5 020 de "
     "l'an dernier.", "5 020", "demandes", "déposées"),
    # a number word opening the noun a figure shares belongs to the figure before
    ("fr", "Sept personnes sont portées disparues et 143 ont été blessées.", "143",
     "personnes", "blessées"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "counted", "event"), COMPARED)
def test_a_compared_figure_measures_what_its_figure_does(
    lang: str, sentence: str, surface: str, counted: str, event: str
) -> None:
    claim = _claim(lang, sentence, surface)
    assert (claim.counted, claim.event) == (counted, event)


# One quantity named in three languages is one concept; the parts of a phrase are not it.
SAME_CONCEPT = [
    ("net profit", "en", "bénéfice net", "fr", "당기순이익", "ko"),
    ("Net interest income", "en", "produit net bancaire", "fr", "이자이익", "ko"),
    ("loan-loss provisions", "en", "provisions", "fr", "대손충당금", "ko"),
    ("turnout", "en", "taux de participation", "fr", "투표율", "ko"),
    ("quarterly dividend", "en", "dividende", "fr", "배당금", "ko"),
    ("winds", "en", "vents", "fr", "풍속", "ko"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb", "c", "lc"), SAME_CONCEPT)
def test_one_news_quantity_is_one_concept_in_three_languages(
    a: str, la: str, b: str, lb: str, c: str, lc: str
) -> None:
    lexicon = Lexicon.shipped()
    concepts = [
        {w for w in lexicon.normalise(text, lang) if w.startswith("#")}
        for text, lang in ((a, la), (b, lb), (c, lc))
    ]
    assert concepts[0] & concepts[1] & concepts[2]


DIFFERENT_CONCEPTS = [
    ("net profit", "en", "operating profit", "en"),
    ("non-interest income", "en", "net interest income", "en"),
    ("sustained winds", "en", "rafales", "fr"),
    ("turnout", "en", "oui", "fr"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), DIFFERENT_CONCEPTS)
def test_neighbouring_quantities_stay_apart(a: str, la: str, b: str, lb: str) -> None:
    lexicon = Lexicon.shipped()
    assert lexicon.normalise(a, la) != lexicon.normalise(b, lb)


# (language, sentence, surface, what is counted, its event): a change verb's object is what the
# figure measures, and the verb is no event of it
CHANGED_OBJECT = [
    ("en", "Frost to cut canola harvest to 5.1 million tonnes, bureau says", "5.1 million tonnes",
     "canola harvest", None),
    ("en", "The central bank cut its key rate to 2.75% on Thursday.", "2.75%", "key rate", None),
    ("fr", "La banque centrale abaisse ses taux directeurs à 2,5 %.", "2,5 %", "taux directeurs",
     None),
    ("fr", "Le gouvernement réduit le budget des routes à 3 milliards d'euros.",
     "3 milliards d'euros", "budget des routes", None),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "counted", "event"), CHANGED_OBJECT)
def test_what_a_change_verb_takes_to_the_figure_is_counted(
    lang: str, sentence: str, surface: str, counted: str, event: str | None
) -> None:
    claim = _claim(lang, sentence, surface)
    assert (claim.counted, claim.event) == (counted, event)


NOT_CHANGED_OBJECT = [
    # the figure before "to" is a change: nothing between verb and "to" to read
    ("en", "Exports rose 5% to $3.1 billion in June.", "$3.1 billion", "Exports", None),
    # a prepositional phrase between: not a plain object
    ("en", "The bureau cut its forecast for wheat to 24 million tonnes.", "24 million tonnes",
     None, None),
    # a cut that is the event itself stays one ("will cut 1,200 jobs")
    ("en", "The carmaker will cut 1,200 jobs by June.", "1,200", "jobs", "cut"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "counted", "event"), NOT_CHANGED_OBJECT)
def test_a_change_verb_without_a_plain_object_reads_as_before(
    lang: str, sentence: str, surface: str, counted: str | None, event: str | None
) -> None:
    claim = _claim(lang, sentence, surface)
    if counted is not None:
        assert (claim.counted, claim.event) == (counted, event)
    else:
        assert "wheat" not in claim.counted.split()


# (language, sentence, surface, source): the day a source spoke is not the source
SOURCES = [
    ("fr", "Le bilan s'est alourdi à 52 morts, a annoncé jeudi le bureau régional des secours.",
     "52", "bureau régional des secours"),
    ("fr", "Le taux de réussite atteint 88,1 %, a indiqué lundi le ministère.", "88,1 %",
     "ministère"),
    # a source with no day keeps its words
    ("en", "At least 40 people died, the regional health office said.", "At least 40",
     "regional health office"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "source"), SOURCES)
def test_a_source_is_read_without_the_day_it_spoke(
    lang: str, sentence: str, surface: str, source: str
) -> None:
    assert _claim(lang, sentence, surface).source == source


# (language, sentence, surface, what is counted, its event)
TALLIES = [
    # a verb right before the figure ends what the count noun names
    ("en", "The number of confirmed deaths reached 57 on Sunday, officials said.", "57",
     "confirmed deaths", "deaths"),
    # "confirmed" says how a figure is known; what happened is the other event named
    ("en", "Officials listed 23 confirmed deaths by Friday.", "23", "confirmed deaths",
     "deaths"),
    # with no other event, a report is the event ("cases reported")
    ("en", "Officials counted 64 reported cases in the district.", "64", "reported cases",
     "reported"),
    # an acronym given in parentheses is a name, not what is counted
    ("en", "The International Relief Agency (IRA) has appealed for $9m to fund shelters.",
     "$9m", ""),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "counted", "event"),
                         [(*row, None) if len(row) == 4 else row for row in TALLIES])
def test_tallies_and_names(
    lang: str, sentence: str, surface: str, counted: str, event: str | None
) -> None:
    claim = _claim(lang, sentence, surface)
    assert claim.counted == counted
    if event is not None:
        assert claim.event == event


# (sentence, surface, what is counted, its event): French contrasts and pronouns
REFERRED = [
    # a pronoun before the verb stands for what the figure before counted
    ("À Lille, la préfecture a compté 9.200 manifestants. Un cabinet indépendant en a "
     "dénombré 11.400 dans la ville.", "11.400", "manifestants", "manifestants"),
    ("Les syndicats ont annoncé 6 000 grévistes, et la direction en revendique 2 500.",
     "2 500", "grévistes", "grévistes"),
    # a figure of a contrast counts what the figure before does, not the source between
    ("Dans l'Ouest, 5.200 personnes ont défilé à Nantes selon la préfecture, et entre 4.100 "
     "(selon la police) et 9.000 (selon les syndicats) à Brest.", "9.000", "personnes",
     "défilé"),
]


@pytest.mark.parametrize(("sentence", "surface", "counted", "event"), REFERRED)
def test_a_figure_referring_back_counts_what_its_antecedent_does(
    sentence: str, surface: str, counted: str, event: str
) -> None:
    claim = _claim("fr", sentence, surface)
    assert (claim.counted, claim.event) == (counted, event)


NOT_REFERRED = [
    # "en" as a preposition: no pronoun
    ("Les ventes sont en hausse de 4 %, soit en moyenne 250 voitures par jour.", "4 %",
     "manifestants"),
    ("En 2024, 3 100 personnes ont été secourues en mer.", "3 100", "manifestants"),
]


@pytest.mark.parametrize(("sentence", "surface", "wrong"), NOT_REFERRED)
def test_en_as_a_preposition_refers_to_nothing(sentence: str, surface: str, wrong: str) -> None:
    assert _claim("fr", "À Lyon, 8 000 manifestants ont défilé. " + sentence,
                  surface).counted != wrong


# (language, text, surface, what is counted, its event): a running tally or a pronoun counts
# what the article's last count that names an event does
TALLY_OF = [
    ("en", "So far this year, 12,640 people have crossed by boat. The provisional total "
     "passed 5,000 at the end of April.", "5,000", "people", "crossed"),
    ("en", "Officials said 2,150 migrants had been rescued since January. It had reached "
     "1,900 by the end of June.", "1,900", "migrants", "rescued"),
    ("fr", "En 2025, 21 300 personnes ont traversé la Manche. Le total atteint 18 050 "
     "au 30 septembre.", "18 050", "personnes", "traversé"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "counted", "event"), TALLY_OF)
def test_a_tally_or_a_pronoun_counts_what_the_last_count_did(
    lang: str, text: str, surface: str, counted: str, event: str
) -> None:
    claim = _claim(lang, text, surface)
    assert (claim.counted, claim.event) == (counted, event)


NOT_TALLY_OF = [
    # a tally that says what it counts keeps it
    ("en", "So far this year, 12,640 people have crossed by boat. The total of asylum claims "
     "reached 4,300 in June.", "4,300", "people"),
    # a pronoun with a thing counted of its own keeps it
    ("en", "Some 2,150 migrants were rescued this year. It now has 340 beds.", "340", "migrants"),
    # no earlier count that names an event: nothing inherited
    ("en", "The provisional total passed 5,000 at the end of April.", "5,000", "people"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "wrong"), NOT_TALLY_OF)
def test_a_tally_that_says_what_it_counts_keeps_it(
    lang: str, text: str, surface: str, wrong: str
) -> None:
    assert _claim(lang, text, surface).counted != wrong
