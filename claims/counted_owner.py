"""Whose figure it is, when a possessive names it before what is counted: "Sorin's operating
profit totaled 4.7 trillion won", "Hanbit Chemical's sales rose to 9.46 trillion won", "the
company's net profit reached 533 billion won"; or a link after a measure the concept table
knows: "Shares of Sorin Electronics closed at 87,300 won", "le chiffre d'affaires d'Airbus a
atteint 15,2 milliards d'euros".

The owner is no part of the thing counted. A named owner is the count's ``entity``, as a
named doer is (``claims.frame_doers``): two companies' profits are two quantities, and one
company's profit told in a language that leaves its name out ("영업이익 4조7천억 원") is the
same quantity, which a counted phrase holding the name would keep apart. An owner that is only
a kind of doer ("the company's", "the group's") is dropped. A kind of thing that qualifies
what is counted ("women's wages", "children's share") stays: it names which quantity.

A company that gives a figure of what it owns gives its own ("Hanul Motors reported a net
profit of 1.2 trillion won", "Hanul Motors said its revenue rose to ..."): a named source of a
figure of the concept table's ``[owned]`` is its owner when no other is named
(``reporting_owner``).

Every word comes from the language table (``possessive_marks``, ``owner_links``,
``entity_heads``).
"""

from __future__ import annotations

from claims.counted_owners import owns
from claims.frame_doers import proper_name
from claims.frame_patterns import FramePatterns
from claims.lang import ExtractionTable
from claims.lexicon import Lexicon
from claims.phrases import strip_determiners

_MAX_OWNER = 4  # words of a name before its possessive mark


def owner_and_thing(counted: str, table: ExtractionTable, pat: FramePatterns,
                    lang: str) -> tuple[str, str]:
    """(the owner's name, what is counted) when ``counted`` opens with a possessive; ("",
    counted without a kind of doer's or a time's possessive) for "the company's" and "July's
    gain" (the month is the period's); ("", counted) for anything else."""
    if not counted:
        return "", counted
    words = counted.split()
    linked = _linked_owner(words, table, pat, lang)
    if linked is not None:
        return linked
    marks = table.context.possessive_marks
    at = _possessive_at(words, marks)
    if at is None or at == len(words) - 1:
        return "", counted
    mark = next(m for m in marks if words[at].endswith(m))
    owner = strip_determiners([*words[:at], words[at][: -len(mark)]], table)
    if not owner:
        return "", counted
    return _named_or_a_kind(owner, " ".join(words[at + 1 :]), counted, table, pat, lang)


def reporting_owner(counted: str, source: str, table: ExtractionTable, pat: FramePatterns,
                    lang: str) -> str | None:
    """The named ``source`` when what it gives is a figure of something owned (its revenue,
    profit, share price) and it is a name, not a kind ("the company", "analysts")."""
    if not (counted and source and _owned(counted, lang)):
        return None
    return _an_owner_name(source.split(), table, pat, lang)


def subject_owner(text: str, start: int, counted: str, table: ExtractionTable,
                  pat: FramePatterns, lang: str) -> str | None:
    """The name that opens the clause "<Name> <verb> [a] <owned thing> of <figure>": "Rival
    Taeil Steel posted operating profit of 640 billion won", "Renault a enregistré un
    bénéfice net de 1,2 milliard": the company whose results they are. None otherwise."""
    if not (counted and _owned(counted, lang)):
        return None
    words = text[:start].split()
    k = _verb_before_the_thing(words, counted, table)
    if k is None:
        return None
    while k > 0 and words[k - 1].lower() in table.doer_auxiliaries_set:
        k -= 1
    name, k = _name_ending_at(words, k)
    if not name or (k > 0 and not words[k - 1].endswith((".", ";", ":"))):
        return None  # the name must open the clause
    named = proper_name(" ".join(name), pat, table, lang, at_start=k == 0)
    return _an_owner_name(named.split(), table, pat, lang) if named else None


def _verb_before_the_thing(words: list[str], counted: str, table: ExtractionTable) -> int | None:
    """Where the verb stands in ``words`` (the text before a figure) when they end with "<verb>
    [a] <owned thing> <link>" ("posted operating profit of", "a enregistré un bénéfice net
    de"); None otherwise."""
    k = _where_the_thing_starts(words, counted, table)
    if k is None:
        return None
    while k > 0 and words[k - 1].lower() in table.determiners_set:
        k -= 1
    k -= 1  # the verb
    if k < 1 or not words[k].isalpha() or not words[k].islower():
        return None
    return k


def _where_the_thing_starts(words: list[str], counted: str, table: ExtractionTable) -> int | None:
    """Where the owned thing stands in ``words`` when they end with it and a link ("operating
    profit of"), after at least one word; None otherwise."""
    if not words or words[-1].lower() not in table.owner_links_set:
        return None
    thing = counted.split()
    k = len(words) - 1 - len(thing)
    if k < 1 or [w.lower() for w in words[k:-1]] != [w.lower() for w in thing]:
        return None
    return k


def _name_ending_at(words: list[str], k: int) -> tuple[list[str], int]:
    """The capitalised words right before ``words[k]`` (``_MAX_OWNER`` at most), and where
    the first of them stands."""
    name: list[str] = []
    while k > 0 and len(name) < _MAX_OWNER and words[k - 1][:1].isupper():
        name.insert(0, words[k - 1].strip(",;:"))
        k -= 1
    return name, k


def title_owner(title: str, table: ExtractionTable, pat: FramePatterns, lang: str) -> str | None:
    """The company a results article's title opens with ("Hanbit Chemicals third-quarter
    profit", "Seoyeon Holdings Q3 net profit up 6.2 pct"): a name, then words of its results
    (an owned thing, or one of the table's ``results_words``). None for any other title."""
    words = title.split()
    name = _name_opening(words)
    rest = words[len(name) :]
    results = {w.lower() for w in table.context.results_words}
    if not name or not rest or not (
        _owned(" ".join(rest), lang) or any(w.lower().strip(",.:;") in results for w in rest)
    ):
        return None
    named = proper_name(" ".join(name), pat, table, lang, at_start=True)
    return _an_owner_name(named.split(), table, pat, lang) if named else None


def _name_opening(words: list[str]) -> list[str]:
    """The capitalised words, no digit in them, that open ``words`` (``_MAX_OWNER`` at most,
    never all of them), up to one that ends with a mark ("Hanbit Chemicals:")."""
    name: list[str] = []
    for word in words[: min(_MAX_OWNER, len(words) - 1)]:
        if not word[:1].isupper() or any(ch.isdigit() for ch in word):
            break
        name.append(word.rstrip(",:;"))
        if word[-1:] in ",:;":
            break
    return name


def _owned(counted: str, lang: str) -> bool:
    """``counted`` names something a company owns (``[owned]``), or an event whose amount is
    one ("sales": revenue)."""
    lexicon = Lexicon.shipped()
    return owns([w[1:] for w in lexicon.normalise(counted, lang) if w.startswith("#")], lexicon)


def _an_owner_name(words: list[str], table: ExtractionTable, pat: FramePatterns,
                   lang: str) -> str | None:
    """The words as a name, when they are one and no kind of doer ("the company")."""
    if not _a_named_owner(words, pat, lang) or words[0].lower() in table.determiners_set or (
        len(words) == 1 and words[0].lower() in table.entity_heads_set
    ):
        return None
    return " ".join(words)


def _possessive_at(words: list[str], marks: list[str]) -> int | None:
    """Where the first word with a possessive mark stands among the first ``_MAX_OWNER`` + 1
    words ("Sorin's"), None when none has one (or the language has no marks)."""
    return next((k for k, w in enumerate(words[: _MAX_OWNER + 1])
                 if any(w.endswith(m) and len(w) > len(m) for m in marks)), None)


def _named_or_a_kind(owner: list[str], thing: str, counted: str, table: ExtractionTable,
                     pat: FramePatterns, lang: str) -> tuple[str, str]:
    """What a possessive's owner makes of the counted phrase: a name is the owner, a kind of
    doer or a time is dropped, a kind of thing stays in what is counted."""
    if len(owner) == 1 and owner[0].lower() in table.entity_heads_set:
        return "", thing  # "the company's net profit": a kind of doer, no name
    if all(w.lower() in pat.time_words for w in owner):
        return "", thing  # "July's gain": a time, which the period holds
    if _a_name(owner, lang):
        return " ".join(owner), thing
    return "", counted  # "women's wages": the kind of thing counted


def _linked_owner(words: list[str], table: ExtractionTable, pat: FramePatterns,
                  lang: str) -> tuple[str, str] | None:
    """(owner, thing) for "<measure> <link> <Name>" ("Shares of Sorin Electronics", "chiffre
    d'affaires d'Airbus"): the measure's last word a concept of the table (not "salariés de
    l'usine de Metz": the link joins the factory, no measure), the rest after the
    link a name (every word capitalised, none a concept); None otherwise ("The number of
    Syrians": no measure; "Exports of Korean cars": no name)."""
    links = table.owner_links_set
    if not links:
        return None
    lexicon = Lexicon.shipped()
    for k in range(1, min(len(words), _MAX_OWNER)):
        owner = _after_a_link(words, k, links)
        if owner is None:
            continue
        thing = " ".join(words[:k])
        measure = lexicon.normalise(thing, lang)
        if _a_named_owner(owner, pat, lang) and measure and measure[-1].startswith("#"):
            return " ".join(owner), thing
    return None


def _after_a_link(words: list[str], k: int, links: set[str]) -> list[str] | None:
    """The words after ``words[k]`` when it is a link ("of"), or after the link glued to it by
    an apostrophe ("d'Airbus" -> "Airbus"); None when it is no link."""
    word = words[k]
    glued = next((link for link in links if link.endswith(("'", "’"))
                  and word.lower().startswith(link) and len(word) > len(link)), None)
    if word.lower() in links:
        return words[k + 1 :]
    if glued is not None:
        return [word[len(glued) :], *words[k + 1 :]]
    return None


def _a_named_owner(owner: list[str], pat: FramePatterns, lang: str) -> bool:
    """A name of ``_MAX_OWNER`` words at most, no time among them ("of July" is a period)."""
    return bool(owner and len(owner) <= _MAX_OWNER and _a_name(owner, lang)
                and not any(w.lower() in pat.time_words for w in owner))


def _a_name(words: list[str], lang: str) -> bool:
    """Every word capitalised, and the first no word of the concept table ("Women's",
    "Children's" open a sentence capitalised: kinds, not names; "Sorin Electronics" is a
    name)."""
    return all(w[:1].isupper() for w in words) and Lexicon.shipped().concept(
        words[0], lang) is None
