"""Reading around a figure: what it counts, who says it, the verb, a rate, and lemmas.

These are shallow rules over the words of one sentence, driven by the language table's word
lists (stop words, determiners, reporting verbs...). They aim at phrases good enough to group
claims that measure the same thing, and to show a reader what a figure counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from claims.lang import ExtractionTable

_TOKEN = re.compile(
    r"[^\W\d_]+(?:['’-][^\W\d_]+)*['’]?|\d[\d\s\u00a0\u202f.,]*|[^\w\s]", re.UNICODE
)
_CLAUSE_END = frozenset(',;:()[]«»"“”.!?…–—')
_MAX_WORDS = 8


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _is_word(token: str) -> bool:
    return token[:1].isalpha()


def _strip_determiners(words: list[str], table: ExtractionTable) -> list[str]:
    while words and words[0].lower().rstrip("'’") + ("'" if words[0][-1:] in "'’" else "") in (
        table.determiners_set | {d.rstrip("'’") for d in table.determiners_set}
    ):
        words = words[1:]
    while words and (
        words[-1].lower() in table.determiners_set
        or words[-1].lower().rstrip("'’") in {d.rstrip("'’") for d in table.determiners_set}
    ):
        words = words[:-1]
    return words


def _elided(word: str) -> tuple[str, str]:
    """Split a French elision ("d'universités" -> "d'", "universités")."""
    for quote in ("'", "’"):
        if quote in word[:3] and not word.endswith(quote):
            head, _, tail = word.partition(quote)
            return head + quote, tail
    return "", word


def _phrase(tokens: list[str], table: ExtractionTable, allow_leading_stop: bool = False) -> str:
    """Words up to a clause boundary or a stop word; connectors ("de", "of") may stay inside."""
    words: list[str] = []
    connectors = table.determiners_set
    for i, token in enumerate(tokens):
        if token in _CLAUSE_END or token[:1].isdigit():
            break
        if not _is_word(token):
            break
        lower = token.lower()
        head, tail = _elided(token)
        if head:
            if tail.lower() in table.stop_words_set:
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


def counted_after(sentence: str, end: int, table: ExtractionTable) -> str:
    """The noun phrase right after a figure: "387 suspects" -> "suspects"."""
    tokens = [m.group() for m in _tokens(sentence[end : end + 160])]
    return _phrase(tokens, table)


def counted_before(sentence: str, start: int, table: ExtractionTable) -> str:
    """When nothing follows ("le nombre de victimes a atteint 246"): the clause's subject."""
    head = sentence[:start]
    cut = max(head.rfind(c) for c in ',;:(«"')
    clause = head[cut + 1 :]
    tokens = [m.group() for m in _tokens(clause)]
    start_index = 0
    while start_index < len(tokens) and tokens[start_index].lower() in table.stop_words_set:
        start_index += 1
    return _phrase(tokens[start_index:], table)


def share_phrase(sentence: str, start: int, end: int, table: ExtractionTable) -> str:
    """What a percentage is a share of, and of whom.

    "près de 60% des victimes" -> "victimes"; "74 % étaient âgés de 10 à 19 ans" with "Sur les 178
    suspects arrêtés" before -> "suspects arrêtés âgés de 10 à 19 ans"; "les mineurs
    représentaient 59,8%" -> "mineurs".
    """
    after_tokens = [m.group() for m in _tokens(sentence[end : end + 160])]
    parts: list[str] = []
    population = _population(sentence[:start], table)
    if population:
        parts.append(population)
    if after_tokens and after_tokens[0].lower() in table.determiners_set | {"d", "d'", "d’"}:
        parts.append(_phrase(after_tokens, table))
    elif after_tokens and after_tokens[0].lower() in {
        v.split()[0] for v in table.context.share_verbs
    }:
        predicate = _phrase(after_tokens[1:], table, allow_leading_stop=True)
        predicate = predicate or " ".join(after_tokens[1:4])
        parts.append(_clean_numbers(sentence[end : end + 60], predicate))
    else:
        subject = _share_subject(sentence[:start], table)
        if subject:
            parts.append(subject)
    return " ".join(p for p in parts if p).strip()


def _clean_numbers(raw: str, predicate: str) -> str:
    """Keep an age bracket with its numbers ("âgés de 10 à 19 ans"), which a phrase would cut."""
    match = re.match(r"^\s*\w+\s+((?:\w+\s+){0,3}?\w*\s*\d+\s+\w+\s+\d+\s+\w+)", raw)
    return match.group(1) if match else predicate


def _population(head: str, table: ExtractionTable) -> str:
    """Sur les 178 suspects arrêtés par la police ..." -> "suspects arrêtés"."""
    intro = "|".join(re.escape(p) for p in table.context.population_intro if " " in p)
    if not intro:
        return ""
    matches = list(re.finditer(rf"(?<!\w)(?:{intro})\s+(?:[\d\s\u00a0\u202f.,]+)?", head, re.I))
    if not matches:
        return ""
    match = matches[-1]
    tokens = [m.group() for m in _tokens(head[match.end() :])]
    return _phrase(tokens, table)


def _share_subject(head: str, table: ExtractionTable) -> str:
    """The subject before a share verb: "les mineurs représentaient" -> "mineurs"."""
    verbs = "|".join(re.escape(v) for v in sorted(table.context.share_verbs, key=len, reverse=True))
    match = re.search(rf"(?<!\w)(?:{verbs})(?:\s+(?:de|d['’]|à|of))?\s*$", head, re.I)
    if not match:
        return ""
    return counted_before(head, match.start(), table)


def rate_after(sentence: str, end: int, table: ExtractionTable) -> str | None:
    """ "20 à 30 appels chaque jour" -> "day": a rate phrase before the next figure or clause."""
    window = sentence[end : end + 90]
    stop = re.search(r"\d|[;:.!?]", window)
    if stop:
        window = window[: stop.start()]
    match = table.per_re.search(window)
    if not match:
        return None
    phrase = re.sub(r"\s+", " ", match.group().lower())
    for key, unit in table.units.per.items():
        if key.lower() == phrase:
            return unit
    return None


def actor_of(sentence: str, start: int, table: ExtractionTable) -> str | None:
    """Who says it: "Selon la police, ..." -> "police"; "la KCSC a demandé ..." -> "KCSC";
    "..., the commission said" -> "commission". None when the sentence names nobody."""
    match = table.source_intro_re.search(sentence)
    if match:
        tokens = [m.group() for m in _tokens(sentence[match.end() : match.end() + 80])]
        phrase = _phrase(tokens, table)
        if phrase:
            return phrase
    for verb in sorted(
        table.actor_verb_re.finditer(sentence), key=lambda v: abs(v.start() - start)
    ):
        head = sentence[: verb.start()]
        cut = max(head.rfind(c) for c in ',;:(«"')
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
        head, tail = _elided(m.group())
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
    after = [m.group() for m in _tokens(sentence[end : end + 100])]
    for token in after[:10]:
        if token in _CLAUSE_END:
            break
        if _is_word(token) and len(token) > 4 and token.lower().endswith(suffixes):
            return token.lower()
    verbs = list(table.actor_verb_re.finditer(sentence[:start]))
    if verbs:
        return verbs[-1].group().lower()
    return None


@lru_cache(maxsize=65536)
def _lemma(word: str, lang: str) -> str:
    return simplemma.lemmatize(word, lang=lang).lower()


def lemmas_of(phrase: str, lang: str, table: ExtractionTable) -> list[str]:
    """Content-word lemmas of a phrase, for grouping claims across wordings and languages."""
    out: list[str] = []
    for m in _tokens(phrase):
        word = m.group()
        _, word = _elided(word)
        lower = word.lower()
        if not _is_word(word) or lower in table.stop_words_set or lower in table.determiners_set:
            continue
        out.append(_lemma(lower, lang))
    return out
