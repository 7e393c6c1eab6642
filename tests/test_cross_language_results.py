"""One quantity told in two languages meets as one: a company's results in English wire copy,
Korean agency copy and French business pages; one disaster's crews and homes in English and
French copy. Each class comes with a trap of the same shape that must stay apart.

The classes, read in real coverage (Yonhap's English results briefs, Korean results pages,
French business wires; French and English copy of building explosions):
- an amount of money that counts sales is the revenue: "Sales rose 21.3 percent to 14.68
  trillion won", "les ventes ont crû de 6 % à 10,2 milliards d'euros" state what "매출액" and
  "chiffre d'affaires" state; "sales climbed to 52,130 units" still counts what was sold;
- the crews sent to a fire or a collapse ("270 pompiers mobilisés", "jusqu'à 120
  sapeurs-pompiers engagés", "About 180 firefighters were deployed") are one kind of person in
  three languages, never the police officers beside them;
- the homes of a block ("a block of flats", "comptait 48 logements") are homes in either word.
Our own sentences and articles, in the style of that copy; other names, other figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim
from reconcile.features import features
from reconcile.group import group_claims
from reconcile.lexicon import Lexicon

PUBLISHED = date(2026, 10, 29)


def _claims(text: str, lang: str, article: str) -> list[Claim]:
    return extract_text(text, lang=lang, published=PUBLISHED, article_id=article)


def _group_of(claims: list[Claim]) -> dict[str, str]:
    return {m.claim_id: g.id for g in group_claims(claims) for m in g.members}


def _by_surface(claims: list[Claim]) -> dict[str, Claim]:
    return {c.surface: c for c in claims}


# --- results: sales in money are the revenue -------------------------------------------------

RESULTS_EN = """Hanbit Chemical Q3 operating profit up 12 pct

SEOUL, Oct. 29 (Yonhap) -- Hanbit Chemical Co. said Thursday its quarterly earnings beat \
forecasts.

Operating profit for the July-September period came to 812 billion won, the company said in a \
regulatory filing.

Sales rose 6.2 percent on-year to 9.46 trillion won in the July-September period, and net \
profit reached 533 billion won.
"""

RESULTS_KO = """한빛화학, 3분기 영업이익 8천120억 원

한빛화학은 올해 3분기 영업이익이 8천120억 원으로 지난해 같은 기간보다 12.4% 늘었다고 29일 \
공시했다.

같은 기간 매출은 9조4천600억 원으로 6.2% 늘었고, 순이익은 5천330억 원을 기록했다.
"""

RESULTS_FR = """Hanbit Chemical : bénéfice d'exploitation en hausse de 12 %

Le chimiste sud-coréen Hanbit Chemical a annoncé jeudi un chiffre d'affaires de 9 460 \
milliards de wons au troisième trimestre, et un résultat d'exploitation de 812 milliards de \
wons.
"""


@pytest.fixture(scope="module")
def results() -> tuple[dict[str, Claim], dict[str, Claim], dict[str, Claim], dict[str, str]]:
    pytest.importorskip("kiwipiepy")
    en = _claims(RESULTS_EN, "en", "hanbit-en")
    ko = _claims(RESULTS_KO, "ko", "hanbit-ko")
    fr = _claims(RESULTS_FR, "fr", "hanbit-fr")
    return _by_surface(en), _by_surface(ko), _by_surface(fr), _group_of(en + ko + fr)


def test_sales_in_money_meet_the_korean_revenue(results) -> None:
    en, ko, _, group = results
    assert group[en["9.46 trillion won"].id] == group[ko["9조4천600억 원"].id]


def test_sales_in_money_meet_the_french_turnover(results) -> None:
    en, _, fr, group = results
    assert group[en["9.46 trillion won"].id] == group[fr["9 460 milliards de wons"].id]
    assert group[en["812 billion won"].id] == group[fr["812 milliards de wons"].id]


@pytest.mark.parametrize(("english", "korean"), [
    ("9.46 trillion won", "8천120억 원"),  # revenue / operating profit
    ("9.46 trillion won", "5천330억 원"),  # revenue / net profit
    ("533 billion won", "8천120억 원"),  # net / operating profit
])
def test_revenue_and_profits_never_meet(results, english: str, korean: str) -> None:
    en, ko, _, group = results
    assert group[en[english].id] != group[ko[korean].id]


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Sales rose 21.3 percent to 14.68 trillion won.", "en", "14.68 trillion won"),
    ("Sales decreased 3.5 percent to 580 billion won in the quarter.", "en", "580 billion won"),
    ("Les ventes ont atteint 10,2 milliards d'euros sur le semestre.", "fr",
     "10,2 milliards d'euros"),
])
def test_an_amount_of_sales_counts_revenue(text: str, lang: str, surface: str) -> None:
    lexicon = Lexicon.default()
    claim = _by_surface(_claims(text, lang, "sales"))[surface]
    assert "#revenue" in features(claim, lexicon).words


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Domestic sales climbed 2.8 percent to 52,130 units last month.", "en", "52,130"),
    ("Sales rose 4.1 percent to 61,240 vehicles in June.", "en", "61,240"),
    ("Les ventes ont reculé de 3 % à 18 400 véhicules en juin.", "fr", "18 400"),
    ("Sales rose 6.2 percent on-year.", "en", "6.2 percent"),
])
def test_a_count_or_a_change_of_sales_still_counts_what_was_sold(
    text: str, lang: str, surface: str,
) -> None:
    lexicon = Lexicon.default()
    claim = _by_surface(_claims(text, lang, "sales"))[surface]
    assert "#revenue" not in features(claim, lexicon).words


def test_the_money_table_reads_from_a_users_lexicon() -> None:
    extra = Lexicon.from_toml('[money]\nvote = "donation"\n', source="user.toml")
    lexicon = Lexicon.default().merged(extra)
    assert lexicon.in_money(["#vote", "#sell"]) == ["#donation", "#revenue"]


# --- disasters: crews and homes ---------------------------------------------------------------

BLAST_EN = """Gas blast wrecks block of flats in Roubaix

ROUBAIX, France, Nov 14 - About 160 firefighters and 35 police officers were deployed after a \
gas explosion wrecked a block of flats in Roubaix on Saturday, the regional fire service said.

The eight-storey block had 52 flats, according to its landlord.
"""

BLAST_FR = """Explosion à Roubaix : l'immeuble comptait 52 logements

Quelque 160 sapeurs-pompiers ont été engagés samedi à Roubaix après l'explosion, selon le \
service départemental d'incendie et de secours. Trente-cinq policiers ont été déployés.

L'immeuble de huit étages comptait 52 logements, selon le bailleur.
"""


@pytest.fixture(scope="module")
def blast() -> tuple[list[Claim], list[Claim], dict[str, str]]:
    en = _claims(BLAST_EN, "en", "blast-en")
    fr = _claims(BLAST_FR, "fr", "blast-fr")
    return en, fr, _group_of(en + fr)


def _valued(claims: list[Claim], value: float) -> Claim:
    return next(c for c in claims if c.value == value)


@pytest.mark.parametrize("value", [160, 52])
def test_crews_and_homes_meet_across_english_and_french(blast, value: float) -> None:
    en, fr, group = blast
    assert group[_valued(en, value).id] == group[_valued(fr, value).id]


def test_firefighters_never_meet_the_police_beside_them(blast) -> None:
    en, fr, group = blast
    assert group[_valued(en, 160).id] != group[_valued(fr, 35).id]
    assert group[_valued(en, 35).id] != group[_valued(fr, 160).id]


@pytest.mark.parametrize(("text", "lang"), [
    ("Plus de 100 pompiers ont lutté contre les flammes.", "fr"),
    ("Jusqu'à 120 sapeurs-pompiers ont été engagés.", "fr"),
    ("Some 270 firefighters were mobilised.", "en"),
    ("소방관 150명이 투입됐다.", "ko"),
])
def test_firefighters_are_one_concept(text: str, lang: str) -> None:
    if lang == "ko":
        pytest.importorskip("kiwipiepy")
    lexicon = Lexicon.default()
    (claim,) = _claims(text, lang, "crews")
    assert "#firefighter" in features(claim, lexicon).words


# --- results: whose figure it is ---------------------------------------------------------------
# "For the first nine months, Hanbit's operating profit totaled ...", "Samsung's operating profit
# rose to ...", "Apple's revenue came to ...": a named owner is the count's entity, not a word of
# what it counts; Korean copy leaves it out ("누적 영업이익은 2조3천억 원").


@pytest.mark.parametrize(("text", "surface", "counted", "entity"), [
    ("For the first nine months of the year, Hanbit's operating profit totaled 2.3 trillion "
     "won.", "2.3 trillion won", "operating profit", "Hanbit"),
    ("Hanbit Chemical's sales rose to 9.46 trillion won.", "9.46 trillion won", "sales",
     "Hanbit Chemical"),
    ("Korvel's revenue came to 41.2 billion dollars in the quarter.", "41.2 billion dollars",
     "revenue", "Korvel"),
    # a kind of doer is no name, a month is the period's: dropped, no entity
    ("The company's net profit reached 533 billion won.", "533 billion won", "net profit", None),
    ("July's gain was revised down to 73,000.", "73,000", "gain", None),
    # a named owner after a measure the concept table knows
    ("Shares of Hanbit Chemical closed 2.4 percent higher at 87,300 won on Thursday.",
     "87,300 won", "Shares", "Hanbit Chemical"),
    ("Sales of Korvel Motor rose to 41,800 units in May.", "41,800", "Sales", "Korvel Motor"),
])
def test_a_named_owner_is_the_entity(text: str, surface: str, counted: str,
                                     entity: str | None) -> None:
    claim = _by_surface(_claims(text, "en", "owner"))[surface]
    assert claim.counted == counted
    assert claim.entity == entity


@pytest.mark.parametrize(("text", "lang", "surface", "entity", "counted"), [
    ("Le chiffre d'affaires d'Hanbit Chemical a atteint 6,2 milliards d'euros.", "fr",
     "6,2 milliards d'euros", "Hanbit Chemical", "chiffre d'affaires"),
    ("Le chiffre d'affaires de Korvel a atteint 1,8 milliard d'euros.", "fr",
     "1,8 milliard d'euros", "Korvel", "chiffre d'affaires"),
])
def test_a_french_named_owner_is_the_entity(text: str, lang: str, surface: str, entity: str,
                                            counted: str) -> None:
    claim = _by_surface(_claims(text, lang, "owner"))[surface]
    assert (claim.counted, claim.entity) == (counted, entity)


@pytest.mark.parametrize(("text", "lang", "surface", "counted"), [
    # a kind of thing that says which quantity stays what is counted
    ("Women's wages rose 3.1 percent last year.", "en", "3.1 percent", "Women's wages"),
    ("The world's population reached 8.1 billion.", "en", "8.1 billion", "world's population"),
    # no measure before the link, or no name after it
    ("Exports of Korean cars rose 4.1 percent.", "en", "4.1 percent", "Exports of Korean cars"),
    ("The population of Lyon reached 522,000.", "en", "522,000", "population of Lyon"),
])
def test_a_kind_before_a_possessive_stays_counted(text: str, lang: str, surface: str,
                                                  counted: str) -> None:
    claim = _by_surface(_claims(text, lang, "owner"))[surface]
    assert claim.counted == counted
    assert claim.entity is None


def test_a_link_that_joins_no_measure_names_no_owner() -> None:
    """ "salariés de l'usine de Lorient": the last "de" joins the factory's place, not an owner
    to a measure (a strike count given by a union, then by management)."""
    claim = _by_surface(_claims("Jeudi dernier, 420 salariés de l'usine de Lorient étaient en "
                                "grève selon FO.", "fr", "lorient"))["420"]
    assert claim.counted == "salariés de l'usine de Lorient"
    assert claim.entity != "Lorient"


def test_the_owners_figure_meets_the_korean_figure_that_leaves_it_out() -> None:
    pytest.importorskip("kiwipiepy")
    en = _claims("Operating profit for the July-September period came to 812 billion won.\n\n"
                 "It was also up from 760 billion won in the second quarter.\n\n"
                 "For the first nine months of the year, Hanbit's operating profit totaled "
                 "2.3 trillion won.", "en", "nine-en")
    ko = _claims("한빛화학의 3분기 영업이익은 8천120억 원이었다. 직전 분기인 2분기 영업이익은 "
                 "7천600억 원이었다.\n\n"
                 "올해 1∼3분기 누적 영업이익은 2조3천억 원으로 집계됐다.", "ko", "nine-ko")
    group = _group_of(en + ko)
    nine = _by_surface(en)["2.3 trillion won"]
    assert group[nine.id] == group[_by_surface(ko)["2조3천억 원"].id]


def test_the_share_price_meets_the_korean_one_that_names_the_company() -> None:
    """ "Shares of X closed at N won" / "X 주가는 … N원에 거래를 마쳤다": the Korean counted
    noun keeps the company's name (Korean has no capitals to tell it), the English one no
    longer does, and the name-free side stays close to it."""
    pytest.importorskip("kiwipiepy")
    en = _claims("Shares of Hanbit Chemical closed 2.4 percent higher at 87,300 won on "
                 "Thursday.", "en", "price-en")
    ko = _claims("이날 유가증권시장에서 한빛화학 주가는 전 거래일보다 2.4% 오른 8만7천300원에 "
                 "거래를 마쳤다.", "ko", "price-ko")
    group = _group_of(en + ko)
    assert group[_by_surface(en)["87,300 won"].id] == group[_by_surface(ko)["8만7천300원"].id]


def test_two_owners_figures_never_meet() -> None:
    one = _claims("Hanbit's operating profit totaled 2.3 trillion won in the first nine months.",
                  "en", "owner-1")
    two = _claims("Korvel's operating profit totaled 2.1 trillion won in the first nine months.",
                  "en", "owner-2")
    group = _group_of(one + two)
    assert group[one[0].id] != group[two[0].id]


# --- disasters: who a supply was cut to -------------------------------------------------------
# "Columbia Gas shut off gas to approximately 60 customers", "cut off gas service to nearly 1,800
# homes and businesses", "GRDF a coupé le gaz à 1 200 foyers": the homes or customers after the
# figure are counted, not the supply the verb cut. A unit of count after the figure ("to 61,240
# units") and a figure with nothing counted after it ("cut the key rate to 2.75 percent") keep
# the change verb's object or the clause's subject.


@pytest.mark.parametrize(("text", "lang", "surface", "counted"), [
    ("Officials cut off gas service to nearly 2,100 homes and businesses on Tuesday.", "en",
     "nearly 2,100", "homes"),
    ("The utility cut gas supplies to about 640 customers after the blast.", "en", "about 640",
     "customers"),
    ("The distributor cut electricity to 3,850 households overnight.", "en", "3,850",
     "households"),
    ("Le distributeur a coupé le gaz à 1 450 foyers du quartier.", "fr", "1 450",
     "foyers du quartier"),
])
def test_the_homes_a_supply_was_cut_to_are_counted(text: str, lang: str, surface: str,
                                                  counted: str) -> None:
    assert _by_surface(_claims(text, lang, "cut"))[surface].counted == counted


@pytest.mark.parametrize(("text", "surface", "counted"), [
    ("Frost to cut spring wheat harvest to 27.4 million tonnes.", "27.4 million tonnes",
     "spring wheat harvest"),
    ("The regulator cut the key rate to 2.75 percent.", "2.75 percent", "key rate"),
    ("Sales rose 4.6 percent to 61,240 units in May.", "61,240", "Sales"),
])
def test_a_change_with_nothing_counted_after_keeps_its_object(text: str, surface: str,
                                                              counted: str) -> None:
    assert _by_surface(_claims(text, "en", "cut"))[surface].counted == counted


def test_the_households_meet_across_english_and_french() -> None:
    en = _claims("The distributor said it had cut supplies to 1,450 households in the area.",
                 "en", "gas-en")
    fr = _claims("Le distributeur a coupé le gaz à 1 450 foyers mardi.", "fr", "gas-fr")
    group = _group_of(en + fr)
    assert group[en[0].id] == group[fr[0].id]


# --- results: a part of the business is not the whole ---------------------------------------
# "The display business posted sales of 6.4 trillion won" / "디스플레이 부문 매출이 6조4천억 원",
# "Its chip division reported an operating profit of", "la division mémoire a réalisé un
# chiffre d'affaires de": the part's result, which never meets the whole's ("매출 18조4천600억
# 원"), a trap the brief names: memory sales against total sales.


@pytest.mark.parametrize(("text", "lang", "surface", "counted"), [
    ("The display business posted sales of 6.4 trillion won in the second quarter.", "en",
     "6.4 trillion won", "display business sales"),
    ("Its chip division reported an operating profit of 3.9 trillion won.", "en",
     "3.9 trillion won", "chip division operating profit"),
    ("La division mémoire a réalisé un chiffre d'affaires de 4,1 milliards d'euros.", "fr",
     "4,1 milliards d'euros", "division mémoire chiffre d'affaires"),
    # the whole: no part named
    ("The company posted sales of 21.7 trillion won.", "en", "21.7 trillion won", "sales"),
    ("Le groupe a réalisé un chiffre d'affaires de 9,1 milliards d'euros.", "fr",
     "9,1 milliards d'euros", "chiffre d'affaires"),
])
def test_a_part_of_the_business_is_counted(text: str, lang: str, surface: str,
                                           counted: str) -> None:
    assert _by_surface(_claims(text, lang, "part"))[surface].counted == counted


SEGMENT_EN = """Hanbit Chemical Q3 results

The memory business posted sales of 3.2 trillion won in the third quarter, the company said.
"""

SEGMENT_KO = """한빛화학 3분기 실적

한빛화학의 3분기 매출은 9조4천600억 원이었다. 사업별로는 메모리 부문 매출이 3조2천억 원으로 \
전체의 34%를 차지했다.
"""

WHOLE_KO = """한빛화학 3분기 실적

한빛화학의 3분기 매출은 3조4천억 원으로 집계됐다.
"""


def test_a_part_meets_its_korean_part_and_never_the_whole() -> None:
    pytest.importorskip("kiwipiepy")
    en = _claims(SEGMENT_EN, "en", "seg-en")
    ko = _claims(SEGMENT_KO, "ko", "seg-ko")
    whole = _claims(WHOLE_KO, "ko", "whole-ko")
    group = _group_of(en + ko + whole)
    part = _by_surface(en)["3.2 trillion won"]
    assert group[part.id] == group[_by_surface(ko)["3조2천억 원"].id]
    assert group[part.id] != group[_by_surface(ko)["9조4천600억 원"].id]
    # the whole of another article, close in value: not the part
    assert group[part.id] != group[_by_surface(whole)["3조4천억 원"].id]


def test_a_part_names_its_words() -> None:
    from reconcile.kinds import parts_apart

    barred = parts_apart([frozenset({"#memory"}), frozenset(), frozenset(),
                          frozenset({"#foundry"})],
                         [("#memory", "#revenue", "#segment"), ("#revenue",),
                          ("#memory", "#revenue"), ("#foundry", "#revenue", "#segment")])
    assert barred[0, 1] and barred[1, 0]  # the whole leaves out which part
    assert not barred[0, 2]  # "memory sales" names the part's words
    assert barred[0, 3]  # two parts


# --- what is counted ends where a subordinate clause starts ------------------------------------
# "27 injured when a suspected gas explosion ripped through", "210,000 people working part time
# because", "600 engineers when talks broke down": the clause after the conjunction is no part
# of what is counted (the French table already stops at "lorsque", "quand", "car").


@pytest.mark.parametrize(("text", "lang", "surface", "counted"), [
    ("At least three people were killed and 19 injured when a gas explosion ripped through a "
     "block of flats in Roubaix on Saturday.", "en", "19", "injured"),
    ("Some 420 people working part time because they could not find full-time jobs were "
     "counted in May.", "en", "Some 420", "people working part time"),
    ("About 350 engineers walked off the job when talks broke down.", "en", "About 350",
     "engineers walked off the job"),
    ("Dix-neuf blessés ont été recensés lorsque l'immeuble s'est effondré.", "fr", "Dix-neuf",
     "blessés"),
])
def test_what_is_counted_ends_at_a_subordinate_clause(text: str, lang: str, surface: str,
                                                      counted: str) -> None:
    assert _by_surface(_claims(text, lang, "clause"))[surface].counted == counted

