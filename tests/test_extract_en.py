"""Sentence table for English extraction: one construction per row.

Sentences come from the English bench articles (bench/data/en/) or are written in the same
news style. Each row names only the fields it is about; see tests/claim_asserts.py for the keys.
Written from the specification (DESIGN.md and the gold conventions), not from the extractor's
output.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_asserts import assert_claims

SEOUL = date(2024, 9, 2)  # a Monday
NHS = date(2024, 3, 14)  # a Thursday
HOUSING = date(2024, 8, 22)  # a Thursday
FIRE = date(2024, 7, 30)  # a Tuesday
EARNINGS = date(2024, 10, 24)


def case(text, expected, *, published=SEOUL, exact_count=True, absent=(), id):
    return pytest.param(text, published, expected, exact_count, tuple(absent), id=id)


CASES = [
    # --- numbers as written ---
    case(
        "The regulator received 6,500 complaints in August.",
        [{"surface": "6,500", "value": 6500, "unit": "count", "approx": "exact"}],
        id="thousands-comma",
    ),
    case(
        "A total of 1,184,902 ballots were cast, according to unofficial results.",
        [{"value": 1_184_902, "unit": "count", "counted_contains": "ballots"}],
        id="millions-two-commas",
    ),
    case(
        "Minors made up 59.8% of the victims.",
        [{"surface": "59.8%", "value": 59.8, "unit": "percent", "counted_contains": "victims"}],
        id="decimal-percent-sign",
    ),
    case(
        "The county has 1.2 million registered voters.",
        [{"value": 1_200_000, "unit": "count", "counted_contains": "voters"}],
        id="million-decimal",
    ),
    case(
        "The measure would raise $3.5 billion for public transit.",
        [{"surface": "$3.5 billion", "value": 3_500_000_000, "unit": "USD"}],
        id="dollar-billion",
    ),
    case(
        "Service revenue has reached €2bn.",
        [{"value": 2_000_000_000, "unit": "EUR"}],
        published=EARNINGS,
        id="bn-abbreviation",
    ),
    # --- number words ---
    case(
        "Seven suspects were detained.",
        [{"surface": "Seven", "value": 7, "unit": "count", "counted_contains": "suspects"}],
        id="word-seven",
    ),
    case(
        "Twenty-three polling places reported problems with ballot scanners.",
        [{"value": 23, "unit": "count", "counted_contains": "polling places"}],
        id="word-twenty-three",
    ),
    case(
        "Three hundred extra poll workers were hired to handle the crowds.",
        [{"value": 300, "unit": "count", "counted_contains": "poll workers"}],
        id="word-three-hundred",
    ),
    # --- fractions, proportions, multipliers ---
    case(
        "Half of the flagged videos involved minors.",
        # a fraction word is a round share, about its value (the dev sets' gold reads it so)
        [{"value": 50, "unit": "percent", "approx": "about", "counted_contains": "videos"}],
        id="fraction-half",
    ),
    case(
        "A third of early voters cast their ballots on the final weekend.",
        [{"value": 33.33, "unit": "percent", "counted_contains": "voters"}],
        published=date(2024, 11, 7),
        id="fraction-a-third",
    ),
    case(
        "Two-thirds of homes sold above their asking price.",
        [{"value": 66.67, "unit": "percent", "counted_contains": "homes"}],
        published=HOUSING,
        id="fraction-two-thirds",
    ),
    case(
        "Six out of ten turbines ordered were for offshore projects.",
        [{"value": 60, "unit": "percent", "counted_contains": "turbines"}],
        published=EARNINGS,
        id="proportion-six-out-of-ten",
    ),
    case(
        "Investors bought one in five homes sold in the county.",
        [{"value": 20, "unit": "percent", "counted_contains": "homes"}],
        published=HOUSING,
        id="proportion-one-in-five",
    ),
    case(
        "The regulator received 1,600 requests, four times the number in the same period "
        "last year.",
        [
            {"value": 1600, "unit": "count"},
            {
                "surface": "four times",
                "value": 4,
                "unit": "ratio",
                "role": ("comparison", "ratio"),
            },
        ],
        id="multiplier-four-times",
    ),
    case(
        "U.S. orders rose fourfold.",
        [{"value": 4, "unit": "ratio"}],
        published=EARNINGS,
        id="multiplier-fourfold",
    ),
    case(
        "The number of complaints has doubled.",
        [{"value": 2, "unit": "ratio"}],
        id="multiplier-doubled",
    ),
    case(
        "Insurance claims for wildfire damage tripled.",
        [{"value": 3, "unit": "ratio"}],
        published=FIRE,
        id="multiplier-tripled",
    ),
    # --- qualifiers ---
    case(
        "The commission received nearly 6,500 requests.",
        [{"surface": "nearly 6,500", "value": 6500, "approx": "about"}],
        id="qualifier-nearly",
    ),
    case(
        "Veltra's shares rose almost 7%.",
        [{"surface": "almost 7%", "value": 7, "unit": "percent", "approx": "about"}],
        published=EARNINGS,
        id="qualifier-almost",
    ),
    case(
        "About 7.6 million treatments were waiting to be carried out.",
        [{"value": 7_600_000, "approx": "about", "counted_contains": "treatments"}],
        published=NHS,
        id="qualifier-about",
    ),
    case(
        "The town has around 4,200 residents.",
        [{"surface": "around 4,200", "value": 4200, "approx": "about"}],
        published=FIRE,
        id="qualifier-around",
    ),
    case(
        "Some 26,000 people were forced to evacuate.",
        [{"surface": "Some 26,000", "value": 26000, "approx": "about"}],
        published=FIRE,
        id="qualifier-some",
    ),
    case(
        "The trust cancelled roughly 90 operations at the last minute.",
        [{"value": 90, "approx": "about", "counted_contains": "operations"}],
        published=NHS,
        id="qualifier-roughly",
    ),
    case(
        "He received more than 20,000 illegal sexual images.",
        [
            {
                "surface": "more than 20,000",
                "value": 20000,
                "approx": "more_than",
                "lower": 20000,
                "upper": None,
                "counted_contains": "images",
            }
        ],
        id="qualifier-more-than",
    ),
    case(
        "Over 1,800 firefighters battled the flames.",
        [{"value": 1800, "approx": "more_than", "lower": 1800}],
        published=FIRE,
        id="qualifier-over",
    ),
    case(
        "At least 134 homes were destroyed.",
        [{"surface": "At least 134", "value": 134, "approx": "at_least", "lower": 134}],
        published=FIRE,
        id="qualifier-at-least",
    ),
    case(
        "The chat room had up to 1,200 members.",
        [{"surface": "up to 1,200", "value": 1200, "approx": "up_to", "upper": 1200}],
        id="qualifier-up-to",
    ),
    case(
        "Fewer than 300 onshore turbines were shipped.",
        [{"value": 300, "approx": "less_than", "upper": 300, "counted_contains": "turbines"}],
        published=EARNINGS,
        id="qualifier-fewer-than",
    ),
    case(
        "Less than 40% of ballots were cast by mail.",
        [{"value": 40, "unit": "percent", "approx": "less_than", "upper": 40}],
        id="qualifier-less-than",
    ),
    case(
        "Between 20 and 30 people are sleeping at each shelter.",
        [{"approx": "range", "lower": 20, "upper": 30, "unit": "count"}],
        published=FIRE,
        id="range-between-and",
    ),
    case(
        "Patients typically wait 20-30 minutes to see a triage nurse.",
        [{"approx": "range", "lower": 20, "upper": 30, "unit": "minute"}],
        published=NHS,
        id="range-hyphen",
    ),
    case(
        "Repairs to the bridge will take 20 to 30 days.",
        [{"approx": "range", "lower": 20, "upper": 30, "unit": "day"}],
        id="range-to",
    ),
    # A vague multitude says a crowd is large, not how large: no figure to check.
    case("Hundreds of complaints have been filed.", [], id="vague-hundreds"),
    # A vague multitude says a crowd is large, not how large: no figure to check.
    case("Some of the chat rooms have thousands of members.", [], id="vague-thousands"),
    # A vague multitude says a crowd is large, not how large: no figure to check.
    case("Dozens of voters were redirected to the right precinct.", [], id="vague-dozens"),
    case(
        "The number of people taking part in such chat rooms could reach 220,000.",
        [{"value": 220000, "approx": "up_to", "upper": 220000}],
        id="hedge-could-reach",
    ),
    case(
        "Officials warned that damage may top $1 billion.",
        [{"value": 1_000_000_000, "unit": "USD", "approx": "more_than", "lower": 1_000_000_000}],
        published=FIRE,
        id="hedge-may-top",
    ),
    # --- units ---
    case(
        "Prices rose 8.4 percent from a year earlier.",
        [{"surface": "8.4 percent", "value": 8.4, "unit": "percent"}],
        published=HOUSING,
        id="unit-percent-word",
    ),
    case(
        "Turnout in the by-election was 58.2 per cent.",
        [{"surface": "58.2 per cent", "value": 58.2, "unit": "percent"}],
        published=NHS,
        id="unit-per-cent",
    ),
    case(
        "Users could generate a nude image in five seconds.",
        [{"surface": "five seconds", "value": 5, "unit": "second"}],
        id="unit-seconds",
    ),
    case(
        "She has been waiting 19 months for a hip operation.",
        [{"surface": "19 months", "value": 19, "unit": "month"}],
        published=NHS,
        id="unit-months",
    ),
    case(
        "The median price climbed to $612,000.",
        [{"value": 612_000, "unit": "USD"}],
        published=HOUSING,
        id="unit-dollar-sign",
    ),
    case(
        "The state spent 40 million dollars on fire suppression.",
        [{"value": 40_000_000, "unit": "USD"}],
        published=FIRE,
        id="unit-dollars-word",
    ),
    case(
        "Veltra announced a share buyback of €500 million.",
        [{"value": 500_000_000, "unit": "EUR"}],
        published=EARNINGS,
        id="unit-euro-sign",
    ),
    case(
        "Operating profit rose to 612 million euros.",
        [{"value": 612_000_000, "unit": "EUR"}],
        published=EARNINGS,
        id="unit-euros-word",
    ),
    case(
        "The trust will spend £12.5m on a new surgical hub.",
        [{"surface": "£12.5m", "value": 12_500_000, "unit": "GBP"}],
        published=NHS,
        id="unit-pound-sign-m",
    ),
    case(
        "We were told 40 million pounds was coming for a new theatre block.",
        [{"value": 40_000_000, "unit": "GBP"}],
        published=NHS,
        id="unit-pounds-word",
    ),
    case(
        "Its Korean joint venture booked ₩480 billion in sales.",
        [{"value": 480_000_000_000, "unit": "KRW"}],
        published=EARNINGS,
        id="unit-won-sign",
    ),
    case(
        "Offenders face a fine of 50 million won.",
        [{"value": 50_000_000, "unit": "KRW"}],
        id="unit-won-word",
    ),
    # --- rates ---
    case(
        "The department sees 420 patients a day.",
        [{"value": 420, "unit": "count", "per": "day", "counted_contains": "patients"}],
        published=NHS,
        id="rate-a-day",
    ),
    # a rate phrase after "more than", "over", "for"... is how long, not how often
    case(
        "There are currently 1,450 patients waiting more than a year for surgery.",
        [{"value": 1450, "unit": "count", "per": None}],
        published=NHS,
        id="not-a-rate-waiting-more-than-a-year",
    ),
    case(
        "Some 7,600 people have waited over a year for a first appointment.",
        [{"value": 7600, "unit": "count", "per": None}],
        published=NHS,
        id="not-a-rate-waited-over-a-year",
    ),
    case(
        "Nearly 900 children wait longer than a month for a hearing test.",
        [{"value": 900, "unit": "count", "per": None}],
        published=NHS,
        id="not-a-rate-longer-than-a-month",
    ),
    case(
        "About 3,100 households have been without heating for a week.",
        [{"value": 3100, "unit": "count", "per": None}],
        published=NHS,
        id="not-a-rate-for-a-week",
    ),
    case(
        "Theatre teams carry out 600 operations per week.",
        [{"value": 600, "unit": "count per week"}],
        published=NHS,
        id="rate-per-week",
    ),
    case(
        "The trust cancels 90 operations each month.",
        [{"value": 90, "unit": "count per month"}],
        published=NHS,
        id="rate-each-month",
    ),
    case(
        "The state is spending about $40 million per week on fire suppression.",
        [{"value": 40_000_000, "unit": "USD per week", "approx": "about"}],
        published=FIRE,
        id="rate-money-per-week",
    ),
    # --- what is counted, actors ---
    case(
        "Police arrested 178 suspects.",
        [{"value": 178, "counted_contains": "suspects"}],
        id="counted-noun-after-number",
    ),
    case(
        "According to police, 297 cases were reported.",
        [{"value": 297, "actor_contains": "police", "counted_contains": "cases"}],
        id="actor-according-to-police",
    ),
    case(
        "Nearly 6,500 requests were filed between January and July, the commission said.",
        [{"value": 6500, "actor_contains": "commission", "counted_contains": "requests"}],
        id="actor-the-commission-said",
    ),
    case(
        "The company plans to cut about 1,500 jobs, Reuters reported.",
        [{"value": 1500, "approx": "about", "actor_contains": "Reuters"}],
        published=EARNINGS,
        id="actor-reuters-reported",
    ),
    # --- periods ---
    case(
        "Teenagers made up 65% of suspects in 2021.",
        [{"value": 65, "period": ("2021-01-01", "2021-12-31")}],
        id="period-in-year",
    ),
    case(
        "From 2021 to 2023, the trust cancelled 1,640 operations.",
        [{"value": 1640, "period": ("2021-01-01", "2023-12-31")}],
        published=NHS,
        id="period-from-year-to-year",
    ),
    case(
        "527 victims of deepfake pornography reported crimes between 2021 and 2023.",
        [{"value": 527, "counted_contains": "victims", "period": ("2021-01-01", "2023-12-31")}],
        id="period-between-years",
    ),
    case(
        "The watchdog received 6,500 requests between January and July.",
        [{"value": 6500, "period": ("2024-01-01", "2024-07-31")}],
        id="period-between-months",
    ),
    case(
        "Police recorded 297 cases in the first seven months of 2024.",
        [{"value": 297, "period": ("2024-01-01", "2024-07-31")}],
        absent=("seven",),
        id="period-first-seven-months",
    ),
    case(
        "The arrest rate was 48% last year.",
        [{"value": 48, "period": ("2023-01-01", "2023-12-31")}],
        id="period-last-year",
    ),
    case(
        "Crews have responded to 3,720 wildfires so far this year.",
        [{"value": 3720, "period": ("2024-01-01", "2024-07-30")}],
        published=FIRE,
        id="period-so-far-this-year",
    ),
    case(
        "Prices have risen 5.2% this year.",
        [{"value": 5.2, "period": ("2024-01-01", "2024-08-22")}],
        published=HOUSING,
        id="period-this-year",
    ),
    case(
        "Over the past month, the trust has hired 57 nurses from overseas.",
        [{"value": 57, "period": (("2024-02-14", "2024-02-15"), "2024-03-14")}],
        published=NHS,
        id="period-over-the-past-month",
    ),
    case(
        "Police arrested 12 suspects last week.",
        # The previous Monday to Sunday (issue 10), published Thursday 2024-03-14.
        [{"value": 12, "period": ("2024-03-04", "2024-03-10")}],
        published=NHS,
        id="period-last-week",
    ),
    case(
        "As of Aug. 31, Telegram had removed 25 deepfakes.",
        [{"value": 25, "period": (None, "2024-08-31")}],
        absent=("31",),
        id="period-as-of",
    ),
    case(
        "According to police, 297 cases of deepfake sex crimes were reported in the first "
        "seven months of 2024, compared with 180 in all of 2023.",
        [
            {"value": 297, "counted_contains": "cases", "period": ("2024-01-01", "2024-07-31")},
            {"value": 180, "counted_contains": "cases", "period": ("2023-01-01", "2023-12-31")},
        ],
        id="comparison-in-all-of-carries-counted",
    ),
    case(
        "Police recorded 297 cases in the first seven months of 2024. Of the 178 suspects "
        "arrested during that seven-month period, 74% were teenagers.",
        [
            {"value": 297, "period": ("2024-01-01", "2024-07-31")},
            {"value": 178, "counted_contains": "suspects", "period": ("2024-01-01", "2024-07-31")},
            {"value": 74, "unit": "percent", "period": ("2024-01-01", "2024-07-31")},
        ],
        absent=("seven",),
        id="period-carried-that-seven-month-period",
    ),
    # --- changes ---
    case(
        "The share of minors fell from 64.6% in 2021 to 52.9% in 2022.",
        [
            {"value": 64.6, "role": "change_from", "period": ("2021-01-01", "2021-12-31")},
            {"value": 52.9, "role": "change_to", "period": ("2022-01-01", "2022-12-31")},
        ],
        id="change-from-to-percent",
    ),
    case(
        "The government agreed to raise the maximum prison term from five to seven years.",
        [
            {"value": 5, "unit": "year", "role": "change_from"},
            {"value": 7, "unit": "year", "role": "change_to"},
        ],
        id="change-from-five-to-seven-years",
    ),
    case(
        "Builders pulled permits for 2,640 new homes in the first seven months of 2024, "
        "up from 2,210 a year earlier.",
        [
            {"value": 2640, "period": ("2024-01-01", "2024-07-31")},
            {"value": 2210, "counted_contains": "homes", "period": ("2023-01-01", "2023-07-31")},
        ],
        published=HOUSING,
        id="comparison-up-from-a-year-earlier",
    ),
    # "from" without a change verb or a comma says where people come from, not a comparison
    case(
        "More than 300 firefighters, including crews from four states, battled the blaze on "
        "Wednesday.",
        [
            {"surface": "More than 300", "role": "value", "period": ("2024-09-04", "2024-09-04")},
            {"surface": "four", "role": "value"},
        ],
        published=date(2024, 9, 6),
        id="from-four-states-is-no-comparison",
    ),
    case(
        "Delegates from 190 countries attended the summit on Monday.",
        [{"value": 190, "role": "value"}],
        id="delegates-from-countries",
    ),
    case(
        "The jobless rate was 4.3% in September, from 4.1% in August.",
        [{"value": 4.3, "role": "value"}, {"value": 4.1, "role": "comparison"}],
        id="comma-from-is-a-comparison",
    ),
    case(
        "Sales fell 3% to $12 billion from $12.4 billion.",
        [{"value": 12_400_000_000, "role": "comparison"}],
        exact_count=False,
        id="from-after-a-change-verb",
    ),
    # --- not claims ---
    case(
        "Read more: 5 things to know about wildfire smoke and your health",
        [],
        published=FIRE,
        id="not-furniture-read-more",
    ),
    case("Share on Facebook | Share on X | Email", [], id="not-furniture-share"),
    case("Published 2 hours ago", [], id="not-furniture-published"),
    case(
        "SEOUL, Sept 2 (Reuters) - South Korean police said on Monday they had opened an "
        "investigation into Telegram.",
        [],
        id="not-dateline",
    ),
    case(
        "Police said on Aug. 30 that the suspect had been arrested on the 22nd.",
        [],
        id="not-dates-aug-30-the-22nd",
    ),
    case("2024-08-31", [], id="not-iso-date"),
    case(
        "Telegram has refused to share user data since it was founded in 2013.",
        [],
        id="not-year-anchor-since-2013",
    ),
    case(
        "It was the third time the town had been told to leave.",
        [],
        published=FIRE,
        id="not-ordinal-third-time",
    ),
    case("A man in his 20s was arrested.", [], id="not-age-in-his-20s"),
    case(
        "Sarah Okafor, a 34-year-old care worker, is among those waiting.",
        [],
        published=NHS,
        id="not-age-34-year-old",
    ),
    case(
        "Maria Delgado, 41, said she had been outbid again.",
        [],
        published=HOUSING,
        id="not-age-after-name",
    ),
    case(
        "The evacuation order was issued at 3:30 p.m. on Sunday.",
        [],
        published=FIRE,
        id="not-time-3-30-pm",
    ),
    case(
        "Voters can call the elections office at 503-555-0142 between 8 a.m. and 5 p.m.",
        [],
        id="not-phone-and-office-hours",
    ),
    case(
        "Victims can reach the women's emergency hotline by dialling 1366.",
        [],
        id="not-short-hotline-number",
    ),
    case(
        "The average rate on a 30-year fixed mortgage was 6.5% last week.",
        [{"value": 6.5, "unit": "percent"}],
        published=HOUSING,
        absent=("30",),
        id="not-30-year-mortgage-beside-claim",
    ),
    # --- rules found on unseen-style sentences ---
    case(
        "Sales rose 12% to $4.2bn in the three months to June.",
        [{"value": 12}, {"value": 4.2e9, "unit": "USD", "period": ("2024-04-01", "2024-06-30")}],
        published=date(2024, 8, 1),
        absent=("three",),
        id="window-ending-at-a-month",
    ),
    case(
        "The tax would raise $3.5 billion over 30 years, according to county estimates.",
        [{"value": 3.5e9, "unit": "USD", "actor_contains": "county"}],
        absent=("30 years", "over 30 years"),
        id="over-a-duration-is-a-window-not-a-claim",
    ),
    case(
        "The city recorded 312 homicides in 2023, down from 367 in 2022, police said.",
        [
            {"value": 312, "period": ("2023-01-01", "2023-12-31")},
            {
                "value": 367,
                "role": "comparison",
                "counted_contains": "homicides",
                "period": ("2022-01-01", "2022-12-31"),
            },
        ],
        id="down-from-with-its-own-year",
    ),
    case(
        "Operating profit rose to 612 million euros ($661 million) in the July-September "
        "quarter from 434 million euros a year earlier.",
        [
            {"value": 612e6, "unit": "EUR", "period": ("2024-07-01", "2024-09-30")},
            {
                "value": 661e6,
                "unit": "USD",
                "period": ("2024-07-01", "2024-09-30"),
                "counted_contains": "profit",
            },
            {"value": 434e6, "role": "comparison", "period": ("2023-07-01", "2023-09-30")},
        ],
        published=date(2024, 10, 24),
        id="conversion-in-parentheses",
    ),
    case(
        "Only 58.2 per cent of patients were seen within four hours in February.",
        [{"value": 58.2, "unit": "percent", "period": ("2024-02-01", "2024-02-29")}],
        absent=("four hours",),
        id="a-duration-does-not-own-the-clause-period",
    ),
    case(
        "Operating profit rose to 612 million euros in the third quarter from 434 million "
        "euros a year earlier. Revenue for the quarter rose 9%.",
        [
            {"value": 612e6, "period": ("2024-07-01", "2024-09-30")},
            {"value": 434e6, "period": ("2023-07-01", "2023-09-30")},
            {"value": 9, "period": ("2024-07-01", "2024-09-30")},
        ],
        published=date(2024, 10, 24),
        id="for-the-quarter-refers-back-past-the-baseline",
    ),
    case(
        "About 40% of 18- to 24-year-olds use TikTok daily, a Pew survey found.",
        [{"value": 40, "approx": "about", "counted_contains": "24-year-olds"}],
        absent=("18", "24"),
        id="suspended-hyphen-age-bracket",
    ),
    case(
        "Inflation eased to 2.4% in September from 2.5% in August.",
        [
            {"value": 2.4, "counted_contains": "Inflation", "period": ("2024-09-01", "2024-09-30")},
            {"value": 2.5, "role": "comparison", "period": ("2024-08-01", "2024-08-31")},
        ],
        published=date(2024, 10, 15),
        id="subject-ends-at-its-verb",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected", "exact_count", "absent"), CASES)
def test_extract_en(text, published, expected, exact_count, absent):
    from claims import extract_text

    claims = extract_text(text, lang="en", published=published)
    assert_claims(claims, expected, exact_count=exact_count, absent=absent)
