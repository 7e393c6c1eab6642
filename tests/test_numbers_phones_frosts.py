"""Phone lines and ranges below zero, two classes of real news copy.

Phone lines: helpline boilerplate closes many UK, US and Australian stories ("call or text ...",
"the helpline is on ...", North American numbers with a leading 1 or dots); its digits are no
figure. Ranges below zero: winter weather copy writes a range of frosts from the end nearer
zero ("lows from -10 to -20 degrees", "between -9 and -20", "-8C to -11C"); it is one range,
lower bound written second. Each class was read in several outlets first; the sentences are our
own, with other numbers and places. Negative rows: what must stay a figure.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from claims.numbers import find_numbers
from tests.claim_asserts import assert_claims, row

DAY = date(2025, 1, 14)

POSITIVE = [
    row(
        "en",
        "Overnight lows ranged from -14 to -22 degrees across the plains.",
        [{"lower": -22, "upper": -14, "approx": "range"}],
        id="frost-en-ranged-from",
    ),
    row(
        "en",
        "Wind chills will sit between -25 and -35 by dawn.",
        [{"lower": -35, "upper": -25, "approx": "range"}],
        id="frost-en-between",
    ),
    row(
        "en",
        "Daytime highs are expected to range from -6C to -9C in Winnipeg.",
        [{"lower": -9, "upper": -6, "unit": "degC", "approx": "range"}],
        id="frost-en-glued-celsius",
    ),
    row(
        "en",
        "Forecasters expect readings from -12 °C to -19 °C in the valley overnight.",
        [{"lower": -19, "upper": -12, "unit": "degC"}],
        id="frost-en-spaced-celsius",
    ),
    row(
        "en",
        "Temperatures in the valley went from -12 °C to -19 °C overnight.",
        [{"value": -12, "role": "change_from"}, {"value": -19, "role": "change_to"}],
        id="below-zero-en-a-change-stays-a-change",
    ),
    row(
        "en",
        "The fund's returns ranged from -3% to -1% over the quarter.",
        [{"lower": -3, "upper": -1, "unit": "percent", "approx": "range"}],
        id="below-zero-en-upwards-stays",
    ),
    row(
        "fr",
        "Les minimales iront de -7 °C à -15 °C dans le Jura.",
        [{"lower": -15, "upper": -7, "unit": "degC", "approx": "range"}],
        id="frost-fr-de-a",
    ),
    row(
        "fr",
        "Il fera entre -4 et -11 degrés au lever du jour.",
        [{"lower": -11, "upper": -4, "approx": "range"}],
        id="frost-fr-entre-et",
    ),
    # what stays a figure next to a phone line
    row(
        "en",
        "The hotline received 3,700 calls in its first month.",
        [{"value": 3700}],
        id="phone-en-hotline-count-stays",
    ),
    row(
        "en",
        "The helpline is staffed by 240 volunteers.",
        [{"value": 240}],
        id="phone-en-helpline-staff-stays",
    ),
    row(
        "en",
        "The number is expected to climb to 6,500 by spring.",
        [{"value": 6500}],
        id="phone-en-the-number-is-stays",
    ),
    row(
        "fr",
        "La ligne d'écoute, joignable au 3114, a reçu 4 800 appels.",
        [{"value": 4800}],
        id="phone-fr-calls-stay",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVE)
def test_frosts_and_figures_beside_phone_lines(lang, text, expected):
    assert_claims(extract_text(text, lang=lang, published=DAY), expected, exact_count=False)


NO_FIGURE = [
    row(
        "en",
        "In the UK, the Samaritans can be reached on freephone 116 123.",
        [],
        id="phone-en-freephone",
    ),
    row("en", "In Australia, Lifeline is on 13 11 14.", [], id="phone-en-line-is-on"),
    row("en", "The national abuse hotline is 1-800-422-4453.", [], id="phone-en-leading-one"),
    row(
        "en", "Readers can reach the desk at 1.800.555.0142 at any hour.", [], id="phone-en-dotted"
    ),
    row("en", "Tips go to the tip line at 312.555.0178.", [], id="phone-en-dotted-ten"),
    row("en", "The helpline number is 0300 222 5710.", [], id="phone-en-helpline-number-is"),
    row("en", "The crisis line is at (206) 555-0117.", [], id="phone-en-bracketed-area"),
    row("fr", "Le numéro vert est le 0 805 23 23 23.", [], id="phone-fr-numero-vert"),
    row(
        "fr", "La ligne d'écoute, joignable au 3114, est gratuite.", [], id="phone-fr-joignable-au"
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NO_FIGURE)
def test_a_phone_line_is_no_figure(lang, text, expected):
    assert_claims(extract_text(text, lang=lang, published=DAY), expected)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Output rose 555.123 tonnes.", 555.123),
        ("It cost 1.800 billion.", 1.8e9),
        ("Some 312 555 visitors came.", None),
    ],
)
def test_a_decimal_is_no_phone(text, value):
    found = find_numbers(text, "en")
    assert all(n.kind != "phone" for n in found)
    if value is not None:
        assert value in [n.value for n in found]
