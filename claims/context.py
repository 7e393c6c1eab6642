"""Reading around a figure: what it counts, who says it, the verb, a rate, and lemmas.

These are shallow rules over the words of one sentence, driven by the language table's word
lists (stop words, determiners, reporting verbs...). They aim at phrases good enough to group
claims that measure the same thing, and to show a reader what a figure counts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain, dropwhile, islice

import simplemma

from claims.lang import ExtractionTable
from claims.sentence_memo import first_match, last_mark, per_sentence

_TOKEN = re.compile(
    r"[^\W\d_]+(?:['’-][^\W\d_]+)*['’]?|\d[\d\s\u00a0\u202f.,]*|[^\w\s]", re.UNICODE
)
_CLAUSE_END = frozenset(',;:()[]«»"“”.!?…–—')
_MAX_WORDS = 8
_SUBJECT_MARKS = ',;:(«"'  # what a clause's subject is read back to


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[re.Match[str], ...]:
    """Tokens of a text, kept: the same clause is read for every figure it holds (speed)."""
    return tuple(_TOKEN.finditer(text))


@lru_cache(maxsize=256)
def _token_table(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """A whole sentence's tokens with where each starts and ends, read once: every figure of
    the sentence then takes the tokens around it from here (speed)."""
    found = _TOKEN.finditer(text)
    spans = [(m.group(), m.start(), m.end()) for m in found]
    return (
        tuple(t for t, _, _ in spans),
        tuple(a for _, a, _ in spans),
        tuple(b for _, _, b in spans),
    )


def tokens_in(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The tokens of ``text[start:end]``, exactly as tokenising that slice would give them,
    taken from the whole text's tokens (``iter_tokens``, listed)."""
    return list(iter_tokens(text, start, end))


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[str]:
    """The tokens of ``text[start:end]``, exactly as tokenising that slice would give them,
    taken from the whole text's tokens. A token that the slice cuts is read again from the
    slice (a word cut at ``end``); one cut at ``start`` with more than blanks after the cut
    sends the whole slice to the tokeniser. Read lazily: most readers of the tokens after or
    before a figure stop at the first few (a clause mark, a figure, a stop word), so the rest
    of the clause is never listed nor, when the slice cuts a token, tokenised again. The same
    tokens in the same order (``_TOKEN`` has no anchor nor lookaround, so reading ``text`` between
    ``start`` and ``end`` is reading the slice)."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return iter(())
    words, starts, ends = _token_table(text)
    i = bisect_left(starts, start)
    if i > 0 and ends[i - 1] > start and not text[start : ends[i - 1]].isspace():
        return (m.group() for m in _TOKEN.finditer(text, start, end))
    j = bisect_right(ends, end, lo=i)  # j >= i, so starts[j] >= start
    if j < len(starts) and starts[j] < end:  # the last token runs past the slice
        return chain(words[i:j], (m.group() for m in _tokens(text[starts[j] : end])))
    return iter(words[i:j])


def tokens_back(text: str, end: int) -> Iterator[str]:
    """The tokens of ``text[:end]``, last first: ``reversed(tokens_in(text, 0, end))``, read
    lazily (a reader going back from a figure stops within its clause)."""
    end = min(end, len(text))
    if end <= 0:
        return iter(())
    words, starts, ends = _token_table(text)
    j = bisect_right(ends, end)
    if j < len(starts) and starts[j] < end:  # the last token runs past the slice
        cut = [m.group() for m in _tokens(text[starts[j] : end])]
        return chain(reversed(cut), reversed(words[:j]))
    return reversed(words[:j])


def _is_word(token: str) -> bool:
    return token[:1].isalpha()


@lru_cache(maxsize=64)
def _bare_determiners(determiners: frozenset[str]) -> frozenset[str]:
    """Determiners without their apostrophe ("l'" -> "l"), built once per table (speed)."""
    return frozenset(d.rstrip("'’") for d in determiners)


def _strip_determiners(words: list[str], table: ExtractionTable) -> list[str]:
    bare = _bare_determiners(table.determiners_set)
    leading = table.determiners_set | bare
    while words and words[0].lower().rstrip("'’") + ("'" if words[0][-1:] in "'’" else "") in (
        leading
    ):
        words = words[1:]
    while words and (
        words[-1].lower() in table.determiners_set
        or words[-1].lower().rstrip("'’") in bare
    ):
        words = words[:-1]
    return words


def elided(word: str, table: ExtractionTable) -> tuple[str, str]:
    """Split an elided head the language table lists ("d'universités" -> "d'", "universités");
    a language without elisions keeps its apostrophes ("O'Brien")."""
    if "'" not in word and "’" not in word:
        return "", word  # most words (speed: this is asked of every word read)
    for quote in ("'", "’"):
        head, found, tail = word.partition(quote)
        if found and tail and head.lower() in table.elision_set:
            return head + quote, tail
    return "", word


def _phrase(
    tokens: Iterable[str], table: ExtractionTable, allow_leading_stop: bool = False
) -> str:
    """Words up to a clause boundary or a stop word; connectors ("de", "of") may stay inside.
    The tokens are read in order and no further than that (they may come lazily)."""
    words: list[str] = []
    connectors = table.determiners_set
    for i, token in enumerate(tokens):
        if token in _CLAUSE_END or not token[:1].isalpha():  # a figure, a sign: not a word
            break
        lower = token.lower()
        head, tail = elided(token, table)
        if head:
            if tail.lower() in table.stop_words_set or head.lower() in table.stop_words_set:
                break
            words.extend([head, tail])
            continue
        if (
            lower in table.stop_words_set
            and lower not in connectors
            and not (allow_leading_stop and i == 0)
        ):
            break
        words.append(token)
        if len(words) >= _MAX_WORDS:
            break
    return " ".join(_strip_determiners(words, table)).replace("' ", "'").replace("’ ", "’")


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
    return _phrase(iter_tokens(sentence, end, limit), table)


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
    cut = last_mark(sentence, _SUBJECT_MARKS, start)
    if cut >= 0 and sentence[cut] == ",":
        if _opens_with_verb(sentence, cut + 1, start, table):
            opening = _mark_before(sentence, cut)
            # an apposition holds no figure ("..., 21,4 %, en baisse de 10,6 points" is a
            # clause of its own)
            if (opening >= 0 and sentence[opening] == ","
                    and not any(c.isdigit() for c in sentence[opening:cut])):
                subject = _whole_subject(sentence, opening, table)
                if subject:
                    return subject
        elif end is not None and _set_off(sentence, cut + 1, start, table):
            # "Le déficit d'octobre, de 5,9 milliards, reste ...": the noun's value; "Exports
            # fell 1.8% on the month, to €48.2bn": where the change took it
            closed = sentence[end:].lstrip().startswith(",")
            subject = (closed and _whole_subject(sentence, cut, table)) or _changed_before(
                sentence, cut, table)
            if subject:
                return subject
    return _subject(sentence, cut, start, table)


def _changed_before(sentence: str, comma: int, table: ExtractionTable) -> str:
    """The subject of a change verb in the clause before ``comma``: the figure set off after
    it is where the change took it ("Les exportations ont reculé de 1,8 % sur un mois, à 48,2
    milliards d'euros"; "Exports fell 1.8% on the month, to €48.2bn")."""
    before = _mark_before(sentence, comma)
    verb = table.change_verb_re.search(sentence, before + 1, comma)
    return _subject(sentence, before, verb.start(), table) if verb else ""


def _mark_before(sentence: str, end: int) -> int:
    """The last mark a subject is read back to before ``end``, a decimal comma ("1,8 %") not
    being one."""
    at = last_mark(sentence, _SUBJECT_MARKS, end)
    while (0 < at < len(sentence) - 1 and sentence[at] == ","
           and sentence[at - 1].isdigit() and sentence[at + 1].isdigit()):
        at = last_mark(sentence, _SUBJECT_MARKS, at)
    return at


def _whole_subject(sentence: str, comma: int, table: ExtractionTable) -> str:
    """The subject before ``comma`` when it is the whole phrase there, else "": "exports to
    China" read as "exports" would be every export."""
    before = _mark_before(sentence, comma)
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
        cut = last_mark(sentence, _SUBJECT_MARKS, cut)
    words = list(iter_tokens(sentence, cut + 1, start))
    kept = list(dropwhile(lambda t: t.lower() in stop_words, words))
    if table.context.subject_ends_at_participle:  # "Inflation eased to 2.4%"
        suffixes = tuple(table.context.participle_suffixes)
        if kept and len(kept) < len(words) and kept[0].lower().endswith(suffixes):
            return ""  # "It had reached 18,870": a pronoun and its verb, no subject
        return _phrase(_up_to_participle(iter(kept), suffixes), table)
    return _phrase(iter(kept), table)


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
    head = sentence[:start]
    intro = table.population_head_re
    population = "" if intro is None or first_match(intro, sentence) >= start else (
        _population(head, table)
    )
    if not population and table.of_whom_re.search(head):
        population = _phrase(tokens_in(sentence, 0, stop), table)
    own: list[str] = []
    subject = _share_subject(head, table)
    if subject:
        own.append(subject)
    tokens = tokens_in(sentence, end, min(end + 160, stop))
    if tokens and (elided(tokens[0], table)[0] or tokens[0]).lower() in table.determiners_set:
        own.append(_raw_phrase(tokens, table))  # "40 % des 18-24 ans" keeps its bracket
    elif tokens and tokens[0].lower() in table.share_verb_heads:
        own.append(_raw_phrase(tokens[1:], table))
    if not own and head.rstrip().endswith("("):
        own.append(_phrase_back(head.rstrip()[:-1], table))  # "les 20 à 29 ans (32,1 %)"
    return population, " ".join(p for p in own if p).strip()


def change_subject(sentence: str, start: int, table: ExtractionTable) -> str:
    """What a stated change is about: "la proportion de mineurs a baissé, passant de 64,6 %"
    -> "proportion de mineurs" (the subject of the sentence's first change verb)."""
    verb = table.change_verb_re.search(sentence[:start])
    return counted_before(sentence, verb.start(), table) if verb else ""


def _closes_figure(words: list[str]) -> bool:
    """A phrase kept for its figures ends with the word after them ("de 10 à 19 ans")."""
    core = [w for w in words if w not in ("-", "–")]  # "24-year-olds" ends like "24 ans"
    return len(core) >= 2 and core[-2][:1].isdigit() and core[-1][:1].isalpha()


def _phrase_back(head: str, table: ExtractionTable) -> str:
    """The words right before a point, back to a stop word, keeping figures ("20 à 29 ans")."""
    tokens = [m.group() for m in _tokens(head)]
    picked: list[str] = []
    for i in range(len(tokens) - 1, -1, -1):
        token, lower = tokens[i], tokens[i].lower()
        if token in _CLAUSE_END or not (_is_word(token) or token[:1].isdigit()):
            break
        between_figures = token.isalpha() and i > 0 and tokens[i - 1][:1].isdigit()
        if lower in table.stop_words_set | table.determiners_set and not between_figures:
            break
        picked.append(token.strip())
    return " ".join(reversed(picked))


def _raw_phrase(tokens: list[str], table: ExtractionTable) -> str:
    """Like ``_phrase`` but keeping figures joined by a stop word ("âgés de 10 à 19 ans")."""
    words: list[str] = []
    for i, token in enumerate(tokens):
        joins_figures = token in "-–" and words and words[-1][:1].isdigit()
        if not joins_figures and (
            token in _CLAUSE_END or not (_is_word(token) or token[:1].isdigit())
        ):
            break
        lower = token.lower()
        before_figure = i + 1 < len(tokens) and tokens[i + 1][:1].isdigit()
        if (
            lower in table.stop_words_set
            and lower not in table.determiners_set
            and not before_figure
        ):
            break
        words.append(token.strip())
        if len(words) >= 10 or (_closes_figure(words) and not before_figure):
            break
    phrase = " ".join(_strip_determiners(words, table))
    return re.sub(r"(?<=\d) ([-–]) ", r"\1", phrase)  # "18-24 ans" as written


def _population(head: str, table: ExtractionTable) -> str:
    """Sur les 178 suspects arrêtés par la police ..." -> "suspects arrêtés"."""
    intro = table.population_head_re
    if intro is None:
        return ""
    matches = list(intro.finditer(head))
    if not matches:
        return ""
    match = matches[-1]
    tokens = [m.group() for m in _tokens(head[match.end() :])]
    return _phrase(tokens, table)


def _share_subject(head: str, table: ExtractionTable) -> str:
    """The subject before a share verb: "les mineurs représentaient" -> "mineurs";
    "ceux âgés de 10 à 19 ans représentaient" -> "ceux âgés de 10 à 19 ans"."""
    match = table.share_verb_end_re.search(head)
    if not match:
        return ""
    clause = head[: match.start()]
    cut = max(clause.rfind(c) for c in ',;:(«"')
    tokens = [m.group() for m in _tokens(clause[cut + 1 :])]
    while tokens and tokens[0].lower() in table.stop_words_set:
        tokens = tokens[1:]
    return _raw_phrase(tokens, table)


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


@lru_cache(maxsize=64)
def _matches(pattern: re.Pattern[str], sentence: str) -> tuple[re.Match[str], ...]:
    """A pattern's matches in a whole sentence, found once for all its figures (speed)."""
    return tuple(pattern.finditer(sentence))


def actor_of(sentence: str, start: int, table: ExtractionTable) -> str | None:
    """Who says it: "Selon la police, ..." -> "police"; "la KCSC a demandé ..." -> "KCSC";
    "..., the commission said" -> "commission". None when the sentence names nobody."""
    # The source named nearest the figure: "3 000 selon la préfecture, 12 000 selon les
    # organisateurs" gives each figure its own.
    intros = sorted(_matches(table.source_intro_re, sentence), key=lambda m: abs(m.start() - start))
    # A source named after another figure is that figure's when a verb's subject gives this
    # one its own: "la préfecture a compté 74.000 manifestants, contre 350.000 selon la CGT".
    beyond = [m for m in intros if _figure_between(sentence, start, m.start())]
    for match in intros:
        if match in beyond:
            continue
        phrase = _phrase(iter_tokens(sentence, match.end(), match.end() + 80), table)
        if phrase:
            return phrase
    return _verb_subject(sentence, start, table) or next(
        (p for m in beyond if (p := _phrase(iter_tokens(sentence, m.end(), m.end() + 80), table))),
        None,
    )


_FIGURE_RUN = re.compile(r"[\d\s.,'’\u00a0\u202f]*")
_FIGURE_JUST_BEFORE = re.compile(r"\d[\s\u00a0\u202f]*$")


def _figure_between(sentence: str, start: int, at: int) -> bool:
    """The source named at ``at``, after the figure at ``start``, follows another figure
    right away: it is that figure's ("74.000 manifestants, contre 350.000 selon la CGT").
    A source after a date, a window or a list's last place ("on Feb. 27, according to",
    "18,500 in Nantes, according to") may be the whole sentence's, and stays a candidate."""
    if at <= start:
        return False
    own = _FIGURE_RUN.match(sentence, start)
    between = sentence[own.end() if own else start : at]
    return _FIGURE_JUST_BEFORE.search(between) is not None


def _verb_subject(sentence: str, start: int, table: ExtractionTable) -> str | None:
    """The subject of the reporting verb nearest the figure ("la KCSC a demandé ...", "...,
    the commission said"), None when no verb gives one."""
    verbs = _matches(table.actor_verb_re, sentence)
    for verb in sorted(verbs, key=lambda v: abs(v.start() - start)):
        head = sentence[: verb.start()]
        cut = last_mark(sentence, _SUBJECT_MARKS, verb.start())
        if verb.start() > start and not head[cut + 1 :].strip():
            # ", a indiqué la préfecture" / ", said the commission": the subject follows.
            subject = _phrase(iter_tokens(sentence, verb.end(), verb.end() + 80), table)
            if subject:
                return subject
        if verb.start() > start and cut < start:
            continue  # the figure sits in the verb's own clause: it is the object, not a source
        subject = _subject_before(head[cut + 1 :], table)
        if subject:
            return subject
    return None


def _subject_before(clause: str, table: ExtractionTable) -> str:
    """The words right before a verb, back to the first stop word: "the Marlow Association of
    Realtors" -> "Marlow Association of Realtors". Empty when a stop word touches the verb."""
    words: list[str] = []
    for m in _tokens(clause):
        head, tail = elided(m.group(), table)
        words.extend([head, tail] if head else [m.group()])
    picked: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if not _is_word(word):
            break
        if lower in table.stop_words_set and lower not in table.determiners_set:
            break
        picked.append(word)
        if len(picked) >= 5:
            break
    return " ".join(_strip_determiners(list(reversed(picked)), table))


def verb_of(sentence: str, start: int, end: int, table: ExtractionTable) -> str | None:
    """The action a count reports: a reporting verb near it, else a past participle after it."""
    suffixes = tuple(table.context.participle_suffixes)
    for token in islice(iter_tokens(sentence, end, end + 100), 10):
        if token in _CLAUSE_END:
            break
        if len(token) > 4 and token[:1].isalpha() and token.lower().endswith(suffixes):
            return token.lower()
    verb = _last_verb_before(sentence, start, table)
    return verb.group().lower() if verb is not None else None


def _last_verb_before(sentence: str, start: int, table: ExtractionTable) -> re.Match[str] | None:
    """The last reporting verb in ``sentence[:start]``, as a search of that text finds it, read
    from the last clause mark or figure before ``start`` (no verb phrase holds one, so the
    search of the text from there is the search of the whole text from there); before it, the
    whole sentence's verbs, found once for all its figures."""
    lo = 1 + last_mark(sentence, table.actor_verb_breaks, start)
    tail = list(table.actor_verb_re.finditer(sentence[:start], lo))
    if tail:
        return tail[-1]
    earlier = [m for m in _matches(table.actor_verb_re, sentence) if m.start() < lo]
    return earlier[-1] if earlier else None


@lru_cache(maxsize=65536)
def _lemma(word: str, lang: str) -> str:
    return simplemma.lemmatize(word, lang=lang).lower()


def lemmas_of(phrase: str, lang: str, table: ExtractionTable) -> list[str]:
    """Content-word lemmas of a phrase, for grouping claims across wordings and languages."""
    out: list[str] = []
    for m in _tokens(phrase):
        word = m.group()
        _, word = elided(word, table)
        lower = word.lower()
        if not _is_word(word) or lower in table.stop_words_set or lower in table.determiners_set:
            continue
        out.append(_lemma(lower, lang))
    return out
