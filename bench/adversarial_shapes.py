"""Texts of adversarial shapes, made to any size: what the hostile-input bench and tests read.

Each family is a shape that once made extraction time grow with the square of the length
(issue 15); ``make(family, n)`` returns about ``n`` characters of it, deterministically.
"""

from __future__ import annotations

import random

FAMILIES = (
    "number_words",
    "dense_sentence",
    "dots",
    "percent_chain",
    "years_numbers",
    "digits_letter",
    "long_line_words",
    "real_text",
)


def _fill(pieces: list[str], n: int, sep: str = " ") -> str:
    out: list[str] = []
    size = 0
    rng = random.Random(n)
    while size < n:
        piece = rng.choice(pieces)
        out.append(piece)
        size += len(piece) + len(sep)
    return sep.join(out)[:n]


def make(family: str, n: int, lang: str = "fr") -> str:
    """About ``n`` characters of ``family`` (one line unless the family is made of lines)."""
    if family == "number_words":
        words = [
            "deux",
            "cent",
            "trois",
            "mille",
            "vingt",
            "et",
            "un",
            "million",
            "12",
            "345",
            "1 000",
            "quatre-vingt",
            "onze",
            "7",
            "milliards",
            "douze",
        ]
        if lang == "en":
            words = [
                "two",
                "hundred",
                "three",
                "thousand",
                "twenty",
                "and",
                "one",
                "million",
                "12",
                "345",
                "1,000",
                "ninety",
                "eleven",
                "7",
                "billion",
                "twelve",
            ]
        return _fill(words, n)
    if family == "dense_sentence":
        words = [
            "12",
            "cas",
            "34,5",
            "%",
            "de",
            "1 200",
            "morts",
            "et",
            "8",
            "blessés",
            ",",
            "contre",
            "56",
            "selon",
            "la",
            "police",
            "3 400",
            "manifestants",
        ]
        return _fill(words, n)
    if family == "dots":
        return "Il y a 12 cas" + "." * max(0, n - 13)
    if family == "percent_chain":
        return _fill(["12 %", "13,5 %", "+4 %", "-2,1 %", "à", "de", "100 %"], n)
    if family == "years_numbers":
        return _fill(
            ["2021", "12", "2022", "1 500", "en", "2023", "depuis", "2019", "45", "1999", "300"], n
        )
    if family == "digits_letter":
        return _fill(["123 456 789a", "12 345b", "1 000 000 x", "999 999c", "12e", "3 4 5 6 f"], n)
    if family == "long_line_words":
        return _fill(
            [
                "le",
                "gouvernement",
                "a",
                "annoncé",
                "que",
                "la",
                "mesure",
                "serait",
                "prolongée",
                "jusqu'à",
                "nouvel",
                "ordre",
            ],
            n,
        )
    if family == "real_text":
        sentences = [
            "Le ministère a recensé 1 245 plaintes en 2023, contre 980 un an plus tôt.",
            "Selon la préfecture, environ 12 000 personnes ont manifesté samedi à Lyon.",
            "Le taux de chômage est passé de 7,3 % à 7,5 % au troisième trimestre.",
            "Au total, 387 suspects ont été interpellés depuis janvier, dont 64 mineurs.",
            "La police a saisi près de 2,5 millions d'euros en liquide lors de l'opération.",
        ]
        return _fill(sentences, n, sep="\n")
    raise ValueError(f"unknown family {family!r}")
