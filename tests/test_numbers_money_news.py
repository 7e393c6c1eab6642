"""Money in real news copy: amounts gathered, shillings, and a change by an amount in money.

- "the startup raised $45 million", "the appeal raised £12,000": money a gathering verb takes
  as its object is an amount, not a rise ("raised rates by 0.25 points" is).
- Kenyan papers write the shilling "Sh" glued to the amount ("Sh2.1 billion"), Tanzanian and
  Ugandan ones "TSh" and "USh".
- "net income fell by $733 million to $4.5 billion", "revenue rose $1.2 billion to $14.8
  billion": a change by an amount and the level reached, not a range; "fares will rise by $2
  to $3", ends close together, a range.
Each class was read in several outlets first; the sentences are our own, with other numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DAY = date(2025, 5, 20)

POSITIVE = [
    row(
        "en",
        "The start-up raised $38 million in a funding round led by two banks.",
        [{"value": 38e6, "unit": "USD", "direction": None}],
        id="gathered-en-funding-round",
    ),
    row(
        "en",
        "A village appeal raised £9,400 for the lifeboat station.",
        [{"value": 9400, "unit": "GBP", "direction": None}],
        id="gathered-en-appeal",
    ),
    row(
        "en",
        "The listing raised more than €1.5bn from investors.",
        [{"value": 1.5e9, "unit": "EUR", "approx": "more_than", "direction": None}],
        id="gathered-en-bound",
    ),
    row(
        "en",
        "The central bank raised its key rate by 0.5 points.",
        [{"value": 0.5, "unit": "percentage_point", "direction": "up"}],
        id="gathered-en-raise-by-is-a-change",
    ),
    row(
        "en",
        "Sales jumped $2 billion last quarter.",
        [{"value": 2e9, "unit": "USD", "direction": "up"}],
        id="gathered-en-other-verb-stays-a-change",
    ),
    row(
        "en",
        "The county received Sh3.4 billion from the Treasury.",
        [{"value": 3.4e9, "unit": "KES"}],
        id="shilling-en-sh-glued",
    ),
    row(
        "en",
        "Dodoma approved a TSh 12 billion water project.",
        [{"value": 12e9, "unit": "TZS"}],
        id="shilling-en-tsh",
    ),
    row(
        "en",
        "Kampala set aside USh 850 billion for roads.",
        [{"value": 850e9, "unit": "UGX"}],
        id="shilling-en-ush",
    ),
    row(
        "en",
        "Operating profit fell by $640 million to $3.9 billion.",
        [
            {"value": 640e6, "unit": "USD", "direction": "down"},
            {"value": 3.9e9, "unit": "USD"},
        ],
        id="change-by-en-money-then-level",
    ),
    row(
        "en",
        "The grant was cut by £35 to £150 a week.",
        [{"value": 35, "unit": "GBP", "direction": "down"}, {"value": 150, "unit": "GBP"}],
        id="change-by-en-pounds-then-level",
    ),
    row(
        "en",
        "Quarterly revenue rose $1.4 billion to $16.2 billion.",
        [
            {"value": 1.4e9, "unit": "USD", "direction": "up"},
            {"value": 16.2e9, "unit": "USD"},
        ],
        id="change-en-verb-money-then-level",
    ),
    row(
        "en",
        "Pre-tax profit fell £180m to £950m.",
        [{"value": 180e6, "unit": "GBP", "direction": "down"}, {"value": 950e6, "unit": "GBP"}],
        id="change-en-verb-pounds-then-level",
    ),
    row(
        "en",
        "The share price rose $4 to $5 in early trade.",
        [{"lower": 4, "upper": 5, "unit": "USD", "approx": "range"}],
        id="change-en-close-ends-stay-a-range",
    ),
    row(
        "en",
        "Analysts expect the sale to fetch $6 billion to $9 billion.",
        [{"lower": 6e9, "upper": 9e9, "unit": "USD", "approx": "range"}],
        id="change-en-no-verb-stays-a-range",
    ),
    row(
        "en",
        "Tolls will rise by $3 to $4 next year.",
        [{"lower": 3, "upper": 4, "unit": "USD", "approx": "range"}],
        id="change-by-en-close-ends-a-range",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVE)
def test_money_of_news_copy(lang, text, expected):
    assert_claims(extract_text(text, lang=lang, published=DAY), expected, exact_count=False)
