"""What a clause's subject, read before a figure, says is counted, cleaned of what never
belongs there (a time word, a verb, a name set in the sentence).

``claims.frame_slots`` reads the phrase; this module only trims it.
"""

from __future__ import annotations

from claims.figure_model import Figure
from claims.frame_patterns import FramePatterns
from claims.lang import ExtractionTable
from claims.phrases import strip_determiners


def clean_counted(counted: str, f: Figure, text: str, pat: FramePatterns,
                  table: ExtractionTable) -> str:
    """What a clause's subject, read before the figure, says is counted, without what never
    belongs there: a time word and what precedes it ("said Thursday its third-quarter net
    profit rose" -> "third-quarter net profit"), a verb and what follows it ("Non-interest
    income came to"), the words before an article that opens a new noun phrase ("le
    gouvernement propose une revalorisation de"). Empty when it is a relative clause ("where
    the storm made landfall") or a name set in the sentence ("Genève l'a accepté à 61,8 %",
    "Vaud à 54,3 %"): a place or an organisation, not the thing counted. A phrase read after the
    figure is kept as it is."""
    at = _subject_before(counted, f, text, pat)
    if at is None:
        return counted
    words = counted.split()
    # "un chiffre corrigé lundi à 3 512": a revised figure keeps its day (``_revised_pairs``)
    figure = words[0].lower() in pat.figure_nouns
    if words[0].lower() in pat.relative_words:  # "where the storm made landfall"
        return ""
    if words[0].lower() in pat.time_links:  # "when the median stood at": its own subject
        words = words[1:]
    if not figure:
        words = _after_time_words(words, pat, table)
    cut = _verb_at(words, pat)
    if cut is not None:
        thing = _verb_object(words, cut, pat, table)
        if thing:
            return thing
        words = words[:cut]
    words = strip_determiners(_from_last_article(words, pat, table), table)
    if _a_name(words, text, at):
        return ""
    words = _without_a_last_verb(words, text, at + len(counted), f, pat)
    return " ".join(_after_its_number(words, pat))


def _after_its_number(words: list[str], pat: FramePatterns) -> list[str]:
    """ "Le nombre d'oiseaux mazoutés recueillis a atteint 1 610", "le nombre des demandeurs
    d'asile a atteint": the figure counts the things after the count noun (the table's
    ``count_nouns``), as the same count said with its noun does ("1 240 oiseaux mazoutés")
    and as "the number of X ... N" read from the clause already does."""
    phrase = " ".join(words)
    found = pat.count_noun.match(phrase) if pat.count_noun is not None else None
    return phrase[found.end() :].split() if found and found.end() < len(phrase) else words


def _subject_before(counted: str, f: Figure, text: str, pat: FramePatterns) -> int | None:
    """Where the phrase stands as the clause's subject before the figure, or None when it is
    to be kept as read: empty, a running total ("bringing the total to": ``claims.frame``
    reads it), or read after the figure."""
    if not counted or (pat.running_total is not None and pat.running_total.match(counted)):
        return None
    at = text.rfind(counted, 0, f.start)
    follows = text.find(counted, f.end)
    if at == -1 or (follows != -1 and follows - f.end < 4):
        return None
    return at


def _without_a_last_verb(words: list[str], text: str, end: int, f: Figure,
                         pat: FramePatterns) -> list[str]:
    """ "the number of confirmed deaths reached 31", "le déficit atteignait 5,3 milliards": a
    last word that is a participle or a finite verb, with only a link between the phrase
    (ending at ``end``) and the figure, is the verb, not the thing."""
    endings = pat.participles + pat.finite_endings
    if (len(words) > 1 and endings and words[-1].lower().endswith(endings)
            and _verb_before_figure(text, end, f.start, pat)):
        return words[:-1]
    return words


def _after_time_words(words: list[str], pat: FramePatterns, table: ExtractionTable) -> list[str]:
    """The words after a day or a month said apart from the noun ("said Thursday its"), not
    its complement ("le déficit de mars", "the deficit of March")."""
    links = table.determiners_set | pat.value_links
    times = [k for k, w in enumerate(words) if w.lower() in pat.time_words
             and not (k > 0 and words[k - 1].lower() in links)]
    return words[times[-1] + 1 :] if times else words


def _verb_at(words: list[str], pat: FramePatterns) -> int | None:
    """Where a verb cuts the subject ("Non-interest income came", "put the turnout at")."""
    return next((k for k in range(1, len(words)) if words[k].lower() in pat.subject_verbs or (
        words[k].lower() in pat.object_verbs and words[k + 1 : k + 2]
        and words[k + 1].lower() in pat.articles)), None)


def _verb_object(words: list[str], cut: int, pat: FramePatterns, table: ExtractionTable) -> str:
    """ "the CGT put the turnout at": the verb's object when it has one, not its subject; not
    "affichent une hausse de": a change is no object."""
    thing = strip_determiners(words[cut + 1 :], table)
    if (words[cut + 1 : cut + 2] and words[cut + 1].lower() in pat.articles and thing
            and thing[0].lower() not in pat.value_not):
        return " ".join(thing)
    return ""


def _from_last_article(words: list[str], pat: FramePatterns, table: ExtractionTable) -> list[str]:
    """The words from the last article that opens a new noun phrase ("le gouvernement propose
    une revalorisation"), not one inside a rate ("new cases a day")."""
    links = table.determiners_set | pat.value_links
    for k in range(len(words) - 1, 0, -1):
        if (words[k].lower() in pat.articles and words[k - 1].lower() not in links
                and not only_a_rate(" ".join(words[k:]), table)):
            return words[k:]
    return words


def _a_name(words: list[str], text: str, at: int) -> bool:
    """A name inside the sentence, a place or an organisation ("Genève l'a accepté"), a run of
    capitalised words even where it opens the sentence ("Typhoon Sorai killed ... and forced
    8,000 from their homes": the doer; one capitalised word there is only the sentence's
    first, "Exports fell"), or a name defined in parentheses ("The World Food Programme (WFP)
    has appealed for"), or a dotted initialism alone ("Washington, D.C. rose 3%")."""
    if (words and (text[:at].strip() or len(words) > 1)
            and all(w[:1].isupper() and not w.isupper() for w in words)):
        return True
    return len(words) == 1 and _a_short_name(words[0], text)


def _a_short_name(word: str, text: str) -> bool:
    """A dotted initialism alone ("Washington, D.C. rose": a place, a body), or a word in
    capitals that the sentence defines in parentheses ("(WFP)")."""
    if "." in word and word.replace(".", "").isupper():
        return True
    return word.isupper() and f"({word})" in text


def _verb_before_figure(text: str, end: int, start: int, pat: FramePatterns) -> bool:
    """Only a link ("to", "at") stands between a phrase's last word and the figure: that
    word is the clause's verb ("reached 31", "climbed to 733")."""
    between = text[end:start].split()
    return all(w.lower() in pat.to_words for w in between)


def only_a_rate(phrase: str, table: ExtractionTable) -> bool:
    """ "per hour" after "215 km": the rest of the unit, not what is counted."""
    lower = phrase.lower()
    return any(lower == per or lower.startswith(per + " ") for per in table.units.per)
