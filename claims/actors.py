"""Who says a figure and the action it reports: the source a phrase names ("selon la police",
"according to"), else the subject of the reporting verb nearest the figure; the verb itself."""

from __future__ import annotations

import re
from itertools import islice

from claims.figure_asides import alone_in_parenthesis, parallel_aside, set_apart
from claims.lang import ExtractionTable
from claims.phrases import (
    elided,
    is_stop,
    plain_phrase,
    strip_determiners,
    subject_mark_before,
)
from claims.sentence_memo import PatternKey, last_mark, pattern_key
from claims.tokens import CLAUSE_END, is_word, iter_tokens, token_matches

_MATCHES_KEPT = 64
_found: dict[tuple[PatternKey, str], tuple[re.Match[str], ...]] = {}


def _matches(pattern: re.Pattern[str], sentence: str) -> tuple[re.Match[str], ...]:
    """A pattern's matches in a whole sentence, found once for all its figures (speed).

    Kept by the pattern's text (``pattern_key``), not the compiled pattern, whose hash reads
    its whole program: the reporting verbs with their asides are 24 KB, asked twice a figure.
    """
    key = (pattern_key(pattern), sentence)
    found = _found.get(key)
    if found is None:
        if len(_found) >= _MATCHES_KEPT:
            _found.clear()
        found = _found[key] = tuple(pattern.finditer(sentence))
    return found


def actor_of(sentence: str, start: int, table: ExtractionTable) -> str | None:
    """Who says it: "Selon la police, ..." -> "police"; "la KCSC a demandé ..." -> "KCSC";
    "..., the commission said" -> "commission". None when the sentence names nobody."""
    asides, intros = set_apart(sentence, start, _matches(table.source_intro_re, sentence))
    alone = alone_in_parenthesis(sentence, start)
    named = parallel_aside(start, asides) if alone else None
    if named is not None:
        # "(14 000)" after "6 900 à Quimper": the other side's count, named as the list's
        # first parenthesis names it, not the sentence's own source
        return _first_named(sentence, [named], table)
    near, earlier, beyond = _intros_by_figure(sentence, start, table, intros)
    return (
        _counting_agent(sentence, start, table)
        or _first_named(sentence, near, table)
        or _gapped_subject(sentence, start, table)
        or _verb_subject(sentence, start, table)
        or _first_named(sentence, earlier, table)
        or _first_named(sentence, beyond, table)
    )


def _counting_agent(sentence: str, start: int, table: ExtractionTable) -> str | None:
    """Who counted the figure, named as the agent of a participle of counting right after what
    it counts: "Les 2 400 manifestants comptés par la préfecture de police samedi ont défilé ...,
    a déclaré un organisateur" -> "préfecture de police" (the speaker only quotes the count)."""
    pattern = table.counted_by_re
    found = pattern.match(sentence, start) if pattern is not None else None
    if found is None:
        return None
    words = plain_phrase(iter_tokens(sentence, found.end(), found.end() + 80), table).split()
    return " ".join(_agent_words(words, table)) or None


def _agent_words(words: list[str], table: ExtractionTable) -> list[str]:
    """The agent's words up to a day or a month ("par la préfecture de police jeudi") or a
    verb after its first word ("tallied by the interior ministry marched"): the clause goes on
    there, the name has ended."""
    times = {w.lower() for w in (*table.periods.weekdays, *table.periods.months)}
    ctx = table.context
    # a language whose subject ends at a participle ("-ed") only: French nouns end like its
    # participles ("santé", "comité")
    verbs = tuple(ctx.participle_suffixes) if ctx.subject_ends_at_participle else ()
    for k, word in enumerate(words):
        lower = word.lower()
        if lower in times or (k > 0 and verbs and lower.endswith(verbs)):
            return words[:k]
    return words


def _intros_by_figure(
    sentence: str, start: int, table: ExtractionTable, intros: list[re.Match[str]]
) -> tuple[list[re.Match[str]], list[re.Match[str]], list[re.Match[str]]]:
    """The source intros of the sentence, nearest the figure first, in three lots: this
    figure's own, those named right after an earlier figure's clause, those named after another
    figure. A source named after another figure is that figure's when a verb's subject gives
    this one its own: "la préfecture a compté 74.000 manifestants, contre 350.000 selon la
    CGT"; so is one named right after an earlier figure's clause: "30,000 took part, according
    to police, while organisers said 80,000 attended". The source named nearest the figure
    gives each its own: "3 000 selon la préfecture, 12 000 selon les organisateurs". ``intros``
    leaves out those in another figure's parenthesis (``claims.figure_asides.set_apart``): they
    are that figure's only."""
    intros = sorted(intros, key=lambda m: abs(m.start() - start))
    beyond = [m for m in intros if _figure_between(sentence, start, m.start())]
    earlier = [m for m in intros
               if m not in beyond and _figure_before(sentence, m.start(), start, table)]
    near = [m for m in intros if m not in beyond and m not in earlier]
    return near, earlier, beyond


def _first_named(
    sentence: str, intros: list[re.Match[str]], table: ExtractionTable
) -> str | None:
    """The phrase a source intro names right after it ("selon la police" -> "police"), from
    the first intro that names one."""
    for intro in intros:
        phrase = plain_phrase(iter_tokens(sentence, intro.end(), intro.end() + 80), table)
        if phrase:
            return phrase
    return None


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


def _figure_before(sentence: str, at: int, start: int, table: ExtractionTable) -> bool:
    """The source named at ``at``, before the figure at ``start``, follows another figure and
    a new clause opens between it and this figure (", while organisers said 80,000"): it was
    the earlier figure's."""
    if at >= start or not _DIGIT.search(sentence, 0, at):
        return False
    between = sentence[at:start]
    return _DIGIT.search(between) is None and _opens_a_clause(between, table)


def _opens_a_clause(text: str, table: ExtractionTable) -> bool:
    """A comma then a word that opens a new clause (", while", ", tandis que") in ``text``."""
    links = table.clause_links_set
    return any(part.split()[0].lower() in links for part in text.split(",")[1:] if part.split())


_DIGIT = re.compile(r"\d")


def _gapped_subject(sentence: str, start: int, table: ExtractionTable) -> str | None:
    """The subject of a verb left out in a second clause: "la police avait compté 806.000
    manifestants en France, la CGT 1,5 million" -> "CGT"; "police counted 50,000,
    organisers 120,000" -> "organisers". The words between the clause mark and the figure
    name a source (a source noun of the table, or a short form in capitals), and an earlier
    figure stands before the mark."""
    cut = last_mark(sentence, ",;", start)
    if cut < 0 or not _DIGIT.search(sentence, 0, cut):
        return None
    words = strip_determiners([elided(w, table)[1] for w in sentence[cut + 1 : start].split()],
                              table)
    if not 1 <= len(words) <= 3 or not all(is_word(w) for w in words):
        return None
    return " ".join(words) if _names_a_source(words[-1], sentence, cut, table) else None


def _names_a_source(head: str, sentence: str, cut: int, table: ExtractionTable) -> bool:
    """A source noun of the table ("organisers"), or initials ("CGT") when the first clause's
    figure has a source of its own (``_first_voice``)."""
    if head.lower() in {n.lower() for n in table.context.source_nouns}:
        return True
    return bool(_INITIALISM.fullmatch(head)) and _first_voice(sentence, cut, table)


def _first_voice(sentence: str, cut: int, table: ExtractionTable) -> bool:
    """The figure before the clause mark has a source of its own: the second clause gives a
    second voice's figure ("le ministère a compté 1,1 million, la CGT 2,5 millions"), not a
    second place's or item's ("Exports to China rose 12 percent, the US 8 percent": "US" is
    where, as "China" was)."""
    earlier = [m.start() for m in _NUMBER.finditer(sentence, 0, cut)]
    return bool(earlier) and actor_of(sentence, earlier[-1], table) is not None


_NUMBER = re.compile(r"(?<![\w.,])\d")  # where a written number starts


_INITIALISM = re.compile(r"[A-Z]{2,6}")  # a source named by its initials: "CGT", "CFDT"


def _verb_subject(sentence: str, start: int, table: ExtractionTable) -> str | None:
    """The subject of the reporting verb nearest the figure ("la KCSC a demandé ...", "...,
    the commission said"), None when no verb gives one."""
    verbs = _matches(table.actor_verb_re, sentence)
    for verb in sorted(verbs, key=lambda v: abs(v.start() - start)):
        if _a_figures_participle(sentence, verb, table):
            continue
        head = sentence[: _before_aside(sentence, verb.start(), table)]
        cut = subject_mark_before(sentence, len(head))  # not the comma of "829,500"
        if verb.start() > start and not head[cut + 1 :].strip():
            # ", a indiqué la préfecture" / ", said the commission": the subject follows.
            subject = plain_phrase(iter_tokens(sentence, verb.end(), verb.end() + 80), table)
            if subject:
                return subject
        if verb.start() > start and cut < start:
            continue  # the figure sits in the verb's own clause: it is the object, not a source
        if verb.start() > start and _says_its_own(sentence, start, verb, table):
            continue
        subject = _subject_before(head[cut + 1 :], table)
        if subject:
            return subject
    return None


def _a_figures_participle(sentence: str, verb: re.Match[str], table: ExtractionTable) -> bool:
    """A counting verb after a figure of its own clause describes what that figure counts
    ("With 98.7% of polling stations counted", "341,900 of the 829,500 valid votes counted,
    the board said"): no one said anything, and the words before it are no source ("police
    counted 50,000" names one)."""
    if verb.group(0).lower() not in table.counting_participles_set:
        return False
    return _DIGIT.search(sentence, subject_mark_before(sentence, verb.start()) + 1,
                         verb.start()) is not None


def _says_its_own(sentence: str, start: int, verb: re.Match[str], table: ExtractionTable) -> bool:
    """A verb after the figure, in a clause of its own that gives its own figure ("with police
    estimating the crowd at 50,000, while organizers said it was closer to 100,000"): its
    subject is the later figure's source, not this one's."""
    end = sentence.find(",", verb.end())
    own = sentence[verb.end() : end if end >= 0 else len(sentence)]
    return _DIGIT.search(own) is not None and _opens_a_clause(sentence[start : verb.start()], table)


def _before_aside(sentence: str, at: int, table: ExtractionTable) -> int:
    """Where the text before a verb at ``at`` ends, a second voice's aside set off by commas
    right before the verb left out ("The opposition, for its part, puts the toll at")."""
    aside = table.aside_before_re
    found = aside.search(sentence, 0, at) if aside is not None else None
    return found.start() if found else at


def _subject_before(clause: str, table: ExtractionTable) -> str:
    """The words right before a verb, back to the first stop word: "the Marlow Association of
    Realtors" -> "Marlow Association of Realtors". Empty when a stop word touches the verb.
    A name's short form in parentheses right before the verb is the subject ("L'Observatoire
    des conjonctures économiques (OFCE) estimait" -> "OFCE")."""
    picked: list[str] = []
    for word in reversed(_without_time_or_adverb(_words_before_the_verb(clause, table), table)):
        lower = word.lower()
        if not is_word(word):
            break
        if is_stop(lower, table):
            break
        picked.append(word)
        if len(picked) >= 5:
            break
    return " ".join(strip_determiners(list(reversed(picked)), table))


def _without_time_or_adverb(words: list[str], table: ExtractionTable) -> list[str]:
    """The words before a verb without a time or an adverb that ends them ("Police on Sunday",
    "The agency initially"): the subject is before them."""
    skip = table.between_subject_and_verb_set
    end = len(words)
    while end and words[end - 1].lower() in skip:
        end -= 1
    return words[:end]


def _words_before_the_verb(clause: str, table: ExtractionTable) -> list[str]:
    """The clause's words, elisions split ("l'", "Observatoire"), without the parenthesis that
    closes a short form before the verb nor the full stop of a name's abbreviated end ("Taeil
    Steel Co.")."""
    words: list[str] = []
    for m in token_matches(clause):
        head, tail = elided(m.group(), table)
        words.extend([head, tail] if head else [m.group()])
    if words and words[-1] == ")":
        words.pop()
    if len(words) > 1 and words[-1] == "." and words[-2][:1].isupper():
        words.pop()
    return words


def verb_of(sentence: str, start: int, end: int, table: ExtractionTable) -> str | None:
    """The action a count reports: a reporting verb near it, else a past participle after it."""
    suffixes = tuple(table.context.participle_suffixes)
    for token in islice(iter_tokens(sentence, end, end + 100), 10):
        if token in CLAUSE_END:
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
