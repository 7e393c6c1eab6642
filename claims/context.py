"""Reading around a figure: what it counts, what a share is of, a rate, and lemmas.

These are shallow rules over the words of one sentence, driven by the language table's word
lists (stop words, determiners, reporting verbs...). They aim at phrases good enough to group
claims that measure the same thing, and to show a reader what a figure counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import dropwhile, islice

import simplemma

from claims.lang import ExtractionTable
from claims.phrases import (
    SUBJECT_MARKS,
    elided,
    plain_phrase,
    raw_phrase,
    subject_mark_before,
)
from claims.sentence_memo import first_match, last_mark, per_sentence
from claims.tokens import CLAUSE_END, is_word, iter_tokens, token_matches, tokens_in


def counted_after(
    sentence: str, end: int, table: ExtractionTable, stop: int | None = None
) -> str:
    """The noun phrase right after a figure: "387 suspects" -> "suspects" (read no further
    than ``stop``, where the next period phrase starts)."""
    limit = min(end + 160, len(sentence), len(sentence) if stop is None else stop)
    return _counted_after(sentence, table, end, limit)


@per_sentence
def _counted_after(sentence: str, table: ExtractionTable, end: int, limit: int) -> str:
    """Read once per figure: the figure filters, extraction and the frame all ask."""
    return plain_phrase(iter_tokens(sentence, end, limit), table)


def past_its_quotes(sentence: str, start: int, end: int) -> int:
    """Where the words after a quoted figure start: past the closing mark of a quote that
    holds the figure alone ("revendiquent « plus de 40 000 » participants": the noun follows
    the quote), else ``end``. A quote that holds more than the figure ("« On était 3 000 »,
    dit-il") ends a sentence of its own: what follows it is not what the figure counts."""
    before = sentence[:start].rstrip()
    after = sentence[end:]
    stripped = after.lstrip()
    if before[-1:] in _OPENING_QUOTES and stripped[:1] in _CLOSING_QUOTES:
        return len(sentence) - len(stripped) + 1
    return end


_OPENING_QUOTES = "«“\""
_CLOSING_QUOTES = "»”\""


def counted_before(
    sentence: str, start: int, table: ExtractionTable, end: int | None = None
) -> str:
    """When nothing follows ("le nombre de victimes a atteint 246"): the clause's subject,
    up to its verb ("Inflation eased to 2.4%" -> "Inflation"). A clause that opens with its
    verb has its subject before a phrase set off by commas ("Exports of chips, the largest
    item, soared 21.4 percent to $15.2 billion" -> "Exports of chips"); a figure set off by
    commas after a noun, with no verb, is that noun's value ("Le déficit d'octobre, de 5,9
    milliards d'euros, reste ..."; "The deficit, at £17.4bn, was ...": ``end``, where the
    figure ends)."""
    sentence = _without_an_aside(sentence, start, table)
    cut = last_mark(sentence, SUBJECT_MARKS, start)
    if cut >= 0 and sentence[cut] == ",":
        subject = _subject_around_comma(sentence, cut, start, end, table)
        if subject:
            return subject
    return _subject(sentence, cut, start, table)


def _without_an_aside(sentence: str, start: int, table: ExtractionTable) -> str:
    """The sentence as its subject is read, when its last mark before the figure opens a
    parenthesis closed there, an aside with no figure of its own:

    * after a name, or a name's short form ("L'Observatoire des conjonctures économiques (OFCE)
      estimait le coût de la réforme à 4,2 milliards", "L'Agence nationale de l'habitat
      (Anah) évalue le montant des aides à"), the name is who speaks, and what is
      counted is the noun phrase after it, read from there (when there is one: "(BIT) a
      augmenté de" names nothing);
    * after a common noun ("Les recettes fiscales (hors cotisations) ont atteint"), the aside
      is blanked out and the subject read across it.

    Never from inside the parenthesis ("OFCE", "hors cotisations")."""
    opening = last_mark(sentence, SUBJECT_MARKS, start)
    if opening < 0 or sentence[opening] != "(":
        return sentence
    closing = sentence.find(")", opening, start)
    aside = sentence[opening + 1 : closing].strip()
    if closing == -1 or not aside or any(c.isdigit() for c in aside):
        return sentence  # "two (1.4%) in their 50s": a figure's gloss, no aside
    if _a_name_or_its_short_form(sentence, opening, aside):
        return _read_after(sentence, closing, start, table)
    return sentence[:opening] + " " * (closing + 1 - opening) + sentence[closing + 1 :]


def _a_name_or_its_short_form(sentence: str, opening: int, aside: str) -> bool:
    """A parenthesis after a capitalised word, or holding one capitalised word ("(OFCE)")."""
    before = sentence[:opening].split()
    return bool(before and before[-1][:1].isupper()) or (aside[:1].isupper() and " " not in aside)


def _read_after(sentence: str, closing: int, start: int, table: ExtractionTable) -> str:
    """The sentence read from after the parenthesis closing at ``closing`` (what comes before
    blanked out), when an article opens a noun phrase before the figure; as it is otherwise."""
    after = {w.lower() for w in iter_tokens(sentence, closing + 1, start)}
    if after.isdisjoint(a.lower() for a in table.context.articles):
        return sentence
    return " " * (closing + 1) + sentence[closing + 1 :]


def _subject_around_comma(
    sentence: str, comma: int, start: int, end: int | None, table: ExtractionTable
) -> str:
    """The subject when a comma comes before the figure: before the apposition that a clause
    opening with its verb follows, or the noun a figure set off by commas is the value of, or
    the subject of the change that took it there; "" when none of these is read."""
    if _opens_with_verb(sentence, comma + 1, start, table):
        return (_subject_before_apposition(sentence, comma, table)
                or _main_subject(sentence, comma, start, table))
    if end is not None and _set_off(sentence, comma + 1, start, table):
        # "Le déficit d'octobre, de 5,9 milliards, reste ...": the noun's value; "Exports
        # fell 1.8% on the month, to €48.2bn": where the change took it
        closed = sentence[end:].lstrip().startswith(",")
        whole = _whole_subject(sentence, comma, table) if closed else ""
        return whole or _changed_before(sentence, comma, table)
    return ""


def _subject_before_apposition(sentence: str, comma: int, table: ExtractionTable) -> str:
    """ "Exports of chips, the largest item, soared": the subject before the phrase set off by
    commas that ends at ``comma``; an apposition holds no figure ("..., 21,4 %, en baisse de
    10,6 points" is a clause of its own)."""
    opening = subject_mark_before(sentence, comma)
    if (opening >= 0 and sentence[opening] == ","
            and not any(c.isdigit() for c in sentence[opening:comma])):
        return _whole_subject(sentence, opening, table)
    return ""


def _main_subject(sentence: str, comma: int, start: int, table: ExtractionTable) -> str:
    """ "Exports also provided support, rising 2.1%": a clause opening with its verb right
    after the main clause (no mark before ``comma``) is told of the main clause's subject
    (not "..., which rose": a relative clause's; nor "En région, ils reculent": a
    pronoun's); "" otherwise."""
    if last_mark(sentence, SUBJECT_MARKS, comma) >= 0 or any(
            c.isdigit() for c in sentence[:comma]):
        return ""
    if not _verb_right_after(sentence, comma, start, table):
        return ""
    return _subject(sentence, -1, comma, table)


def _verb_right_after(sentence: str, comma: int, start: int, table: ExtractionTable) -> bool:
    """The first word after ``comma`` is a change verb and only small words stand between it
    and the figure at ``start`` ("..., rising 2.1%", "progressant de 2,1 %"); not a verb with
    its object ("portant le bilan depuis janvier à 48": the figure counts the object)."""
    words = list(iter_tokens(sentence, comma + 1, start))
    small = table.stop_words_set | table.determiners_set
    return bool(words) and table.change_verb_re.fullmatch(words[0].lower()) is not None and all(
        w.lower() in small for w in words[1:])


def _changed_before(sentence: str, comma: int, table: ExtractionTable) -> str:
    """The subject of a change verb in the clause before ``comma``: the figure set off after
    it is where the change took it ("Les exportations ont reculé de 1,8 % sur un mois, à 48,2
    milliards d'euros"; "Exports fell 1.8% on the month, to €48.2bn")."""
    before = subject_mark_before(sentence, comma)
    verb = table.change_verb_re.search(sentence, before + 1, comma)
    return _subject(sentence, before, verb.start(), table) if verb else ""


def _whole_subject(sentence: str, comma: int, table: ExtractionTable) -> str:
    """The subject before ``comma`` when it is the whole phrase there, else "": "exports to
    China" read as "exports" would be every export."""
    before = subject_mark_before(sentence, comma)
    phrase = sentence[before + 1 : comma].rstrip()
    if any(c.isdigit() for c in phrase):
        return ""  # a clause with a figure of its own, not a subject
    subject = _subject(sentence, before, comma, table)
    return subject if subject and phrase.endswith(subject.split()[-1]) else ""


def _set_off(sentence: str, start: int, figure: int, table: ExtractionTable) -> bool:
    """A figure set off by a comma: one word at most, a preposition ("de", "à", "at", "to"),
    between the comma and it."""
    words = [w.lower() for w in tokens_in(sentence, start, figure)]
    return len(words) <= 1 and all(
        w in table.stop_words_set or w in table.determiners_set
        for w in words)


def _opens_with_verb(sentence: str, start: int, end: int, table: ExtractionTable) -> bool:
    """The text opens with a verb, after any auxiliary: a change verb ("rose", "ont bondi"),
    or a past participle where a subject ends at one ("soared", "had climbed")."""
    stop_words = table.stop_words_set
    participles = tuple(table.context.participle_suffixes)
    for n, token in enumerate(islice(iter_tokens(sentence, start, end), 3)):
        word = token.lower()
        if n == 0 and word in table.context.clause_links:
            return False  # "..., and has asked the state for": a clause of its own
        if table.change_verb_re.fullmatch(word):
            return True
        if word in stop_words:  # an auxiliary ("had", "ont"), or "compared with"
            continue
        return table.context.subject_ends_at_participle and word.endswith(participles)
    return False


def _subject(sentence: str, cut: int, start: int, table: ExtractionTable) -> str:
    """The clause's subject between ``cut`` (a mark) and the figure at ``start``."""
    stop_words = table.stop_words_set
    if cut > 0 and sentence[cut] == "," and " ".join(
        iter_tokens(sentence, cut + 1, start)
    ).lower() in table.periods.value_links:
        # "Le déficit d'octobre, de 5,9 milliards": the value of the noun before the comma
        cut = last_mark(sentence, SUBJECT_MARKS, cut)
    words = list(iter_tokens(sentence, cut + 1, start))
    kept = list(dropwhile(lambda t: t.lower() in stop_words, words))
    if kept and kept[-1].lower() in table.context.actor_verbs:
        return ""  # "Armenia declares 105": who gives the figure and its verb, nothing counted
    if table.context.subject_ends_at_participle:  # "Inflation eased to 2.4%"
        suffixes = tuple(table.context.participle_suffixes)
        if kept and len(kept) < len(words) and kept[0].lower().endswith(suffixes):
            return ""  # "It had reached 18,870": a pronoun and its verb, no subject
        return plain_phrase(_up_to_participle(iter(kept), suffixes), table)
    return plain_phrase(iter(kept), table)


def _up_to_participle(tokens: Iterator[str], suffixes: tuple[str, ...]) -> Iterator[str]:
    """The tokens up to (without) the first participle after the first token."""
    first = next(tokens, None)
    if first is None:
        return
    yield first
    for token in tokens:
        if token.lower().endswith(suffixes):
            return
        yield token


def share_phrase(
    sentence: str, start: int, end: int, table: ExtractionTable, stop: int | None = None
) -> tuple[str, str]:
    """What a percentage is a share of, as (population, own words), its own words read no
    further than ``stop``.

    "près de 60% des victimes" -> ("", "victimes"); "Sur les 178 suspects arrêtés ..., 74 %
    étaient âgés de 10 à 19 ans" -> ("suspects arrêtés", "âgés de 10 à 19 ans"); "les mineurs
    représentaient 59,8%" -> ("", "mineurs"); "Les victimes, ..., dont 60 % sont des mineures"
    -> ("victimes", "mineures"). Age brackets keep their numbers: they tell shares apart.
    """
    # Read once per figure (extraction and the frame both ask): a stop past the sentence's end
    # is no stop.
    limit = len(sentence) if stop is None else min(stop, len(sentence))
    return _share_phrase(sentence, table, start, end, limit)


@per_sentence
def _share_phrase(
    sentence: str, table: ExtractionTable, start: int, end: int, stop: int
) -> tuple[str, str]:
    return (
        _share_population(sentence, table, start, stop),
        _share_own(sentence, table, start, end, stop),
    )


def _share_population(sentence: str, table: ExtractionTable, start: int, stop: int) -> str:
    """Of whom a share is: the phrase after a population head before it ("Sur les 178
    suspects arrêtés ..."), else, after an of-whom word ("dont"), the sentence's first phrase."""
    head = sentence[:start]
    intro = table.population_head_re
    if intro is not None and first_match(intro, sentence) < start:
        population = _population(head, table)
        if population:
            return population
    if table.of_whom_re.search(head):
        return plain_phrase(tokens_in(sentence, 0, stop), table)
    return ""


def _share_own(sentence: str, table: ExtractionTable, start: int, end: int, stop: int) -> str:
    """A share's own words: the subject of its share verb and the words after it; with
    neither, the bracket it stands in parentheses after ("les 20 à 29 ans (32,1 %)")."""
    head = sentence[:start]
    subject = _share_subject(head, table)
    own = [subject] if subject else []
    after = _share_after(sentence, table, end, stop)
    if after is not None:
        own.append(after)
    if not own and head.rstrip().endswith("("):
        own.append(_phrase_back(head.rstrip()[:-1], table))
    return " ".join(p for p in own if p).strip()


def _share_after(sentence: str, table: ExtractionTable, end: int, stop: int) -> str | None:
    """The words after a share that open with a determiner ("40 % des 18-24 ans" keeps its
    bracket) or a share verb's head; None when neither follows."""
    tokens = tokens_in(sentence, end, min(end + 160, stop))
    if not tokens:
        return None
    first = tokens[0]
    if (elided(first, table)[0] or first).lower() in table.determiners_set:
        return raw_phrase(tokens, table)
    if first.lower() in table.share_verb_heads:
        return raw_phrase(tokens[1:], table)
    return None


_WHOLE_FIGURE = re.compile(r"\d(?:[\d\u00a0\u202f ,.]*\d)?")


def partitive_counted(sentence: str, end: int, table: ExtractionTable) -> str:
    """ "27 of the 49 seats", "27 des 49 sièges": a part of a whole stated by its figure right
    after it counts what the whole counts ("seats"); "" when no such whole follows."""
    rest = sentence[end:]
    gap = len(rest) - len(rest.lstrip())
    lower = rest[gap:].lower()
    for link in sorted(table.context.partitive_links, key=len, reverse=True):
        if not lower.startswith(link + " "):
            continue
        at = end + gap + len(link) + 1
        figure = _WHOLE_FIGURE.match(sentence, at)
        if figure is not None:
            return counted_after(sentence, figure.end(), table)
    return ""


def change_subject(sentence: str, start: int, table: ExtractionTable) -> str:
    """What a stated change is about: "la proportion de mineurs a baissé, passant de 64,6 %"
    -> "proportion de mineurs" (the subject of the sentence's first change verb)."""
    verb = table.change_verb_re.search(sentence[:start])
    return _subject_of_verb(sentence, verb.start(), table) if verb else ""


def _subject_of_verb(sentence: str, verb: int, table: ExtractionTable) -> str:
    """The subject of the verb at ``verb``; when the verb comes right after a comma that
    closes an aside ("Core inflation, which excludes food and energy, rose"), the subject
    before the aside."""
    comma = last_mark(sentence, SUBJECT_MARKS, verb)
    if comma >= 0 and sentence[comma] == "," and not sentence[comma + 1 : verb].strip():
        return _subject_before_apposition(sentence, comma, table)
    link = _link_after_a_figure(sentence, comma + 1, verb, table)
    if link > 0:
        return _subject(sentence, link, verb, table)
    return counted_before(sentence, verb, table)


def _link_after_a_figure(sentence: str, start: int, verb: int, table: ExtractionTable) -> int:
    """Where the clause of the verb at ``verb`` opens when a clause link follows a figure
    between ``start`` and the verb ("Exports climbed 2.0 percent and imports increased", "la
    production a progressé de 1,9 % et les services de"): the end of the last such link, else
    -1. A link with no figure before it may join the subject's own nouns ("mining and
    manufacturing output rose"); one further than ``MAX_SUBJECT_WORDS`` from the verb opens a
    clause the verb is not the first of ("and shut three plants after a slump ... pushed").
    """
    links = table.clause_links_set
    found, seen_figure = -1, False
    tokens = token_matches(sentence[start:verb])
    for i, m in enumerate(tokens):
        word = m.group()
        if word[:1].isdigit():
            seen_figure = True
        elif seen_figure and word.lower() in links:
            found = start + m.end() - 1 if len(tokens) - i - 1 <= MAX_SUBJECT_WORDS else -1
    return found


MAX_SUBJECT_WORDS = 4  # "and the farm sector grew": the words of a second subject


def second_change_subject(sentence: str, start: int, table: ExtractionTable) -> str:
    """The subject of a second change verb right before the figure, "" when there is none:
    "Domestic sales rose 4.6 percent ..., while overseas sales fell 4.5 percent" -> "overseas
    sales" (a clause of its own, not the series of the first change going on)."""
    verbs = list(table.change_verb_re.finditer(sentence, 0, start))
    if len(verbs) < 2 or any(c.isdigit() for c in sentence[verbs[-1].end() : start]):
        return ""
    return _subject_of_verb(sentence, verbs[-1].start(), table)


def _phrase_back(head: str, table: ExtractionTable) -> str:
    """The words right before a point, back to a stop word, keeping figures ("20 à 29 ans")."""
    tokens = [m.group() for m in token_matches(head)]
    picked: list[str] = []
    for i in range(len(tokens) - 1, -1, -1):
        token, lower = tokens[i], tokens[i].lower()
        if token in CLAUSE_END or not (is_word(token) or token[:1].isdigit()):
            break
        between_figures = token.isalpha() and i > 0 and tokens[i - 1][:1].isdigit()
        if lower in table.stop_words_set | table.determiners_set and not between_figures:
            break
        picked.append(token.strip())
    return " ".join(reversed(picked))


def _population(head: str, table: ExtractionTable) -> str:
    """Sur les 178 suspects arrêtés par la police ..." -> "suspects arrêtés"."""
    intro = table.population_head_re
    if intro is None:
        return ""
    matches = list(intro.finditer(head))
    if not matches:
        return ""
    match = matches[-1]
    tokens = [m.group() for m in token_matches(head[match.end() :])]
    return plain_phrase(tokens, table)


def _share_subject(head: str, table: ExtractionTable) -> str:
    """The subject before a share verb: "les mineurs représentaient" -> "mineurs";
    "ceux âgés de 10 à 19 ans représentaient" -> "ceux âgés de 10 à 19 ans"."""
    match = table.share_verb_end_re.search(head)
    if not match:
        return ""
    clause = head[: match.start()]
    cut = max(clause.rfind(c) for c in ',;:(«"')
    tokens = [m.group() for m in token_matches(clause[cut + 1 :])]
    while tokens and tokens[0].lower() in table.stop_words_set:
        tokens = tokens[1:]
    return raw_phrase(tokens, table)


_RATE_STOP = re.compile(r"\d|[;:.!?]")


def rate_before(sentence: str, start: int, after: int, table: ExtractionTable) -> str | None:
    """ "Average daily exports, which take into account working days, climbed 2.8 percent to
    $2.74 billion" -> "day": an average per unit of time named before the figure, from
    ``after`` (the end of the figure before it of the same unit, or the sentence's start)."""
    head = sentence[after:start]
    cut = max(head.rfind(c) for c in ";:")
    head = head[cut + 1 :]
    verb = table.rate_average_verb_re.search(head)
    if verb is not None:
        return _unit_named(verb.group("unit"), table.units.per)
    named = list(table.rate_average_re.finditer(head))
    if not named:
        return None
    return _unit_named(named[-1].group(), table.rate_averages)


def _unit_named(phrase: str, units: dict[str, str]) -> str | None:
    """The unit of time a table's phrase names, as matched in any case and spacing."""
    phrase = re.sub(r"\s+", " ", phrase.lower())
    return next((u for k, u in units.items() if k.lower() == phrase), None)


def rate_after(sentence: str, end: int, table: ExtractionTable) -> str | None:
    """ "20 à 30 appels chaque jour" -> "day": a rate phrase before the next figure or clause."""
    window = sentence[end : end + 90]
    stop = _RATE_STOP.search(window)
    if stop:
        window = window[: stop.start()]
    match = table.per_re.search(window)
    if not match or table.rate_length_before_re.search(window, 0, match.start()):
        return None  # "waiting more than a year": how long, not how often
    if table.rate_back_after_re.match(window[match.end() :]):
        return None  # "from $12.6 billion a year earlier": when, not how often
    return _unit_named(match.group(), table.units.per)


@lru_cache(maxsize=65536)
def _lemma(word: str, lang: str) -> str:
    return simplemma.lemmatize(word, lang=lang).lower()


def lemmas_of(phrase: str, lang: str, table: ExtractionTable) -> list[str]:
    """Content-word lemmas of a phrase, for grouping claims across wordings and languages."""
    out: list[str] = []
    for m in token_matches(phrase):
        word = m.group()
        _, word = elided(word, table)
        lower = word.lower()
        if not is_word(word) or lower in table.stop_words_set or lower in table.determiners_set:
            continue
        out.append(_lemma(lower, lang))
    return out
