"""Patterns of the words that tell which time a figure covers: verbs of saying and
reports (the day said is not the period), running totals and stocks, levels reached, forecasts,
flashbacks, figures that restate or carry an earlier total, months (lists of days and day
articles: ``claims.lang.day_list_cues``).

One of the mixins that make up ``claims.lang.extraction.ExtractionTable``: each compiles the
patterns of one concern from the table's fields, once per language (cached on the frozen table)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from claims.lang.regex import _NO_EDGE, _alternation, _any_word, _whole_words, literal_alternation
from claims.lang.tail import TailPattern, words_right_before

if TYPE_CHECKING:
    from claims.lang.sections import Periods


class PeriodCues:
    """Compiled patterns of the words that tell which time a figure covers
    (a mixin of ``ExtractionTable``)."""

    if TYPE_CHECKING:  # fields of the table this mixin reads
        periods: Periods

    @cached_property
    def announcement_re(self) -> TailPattern:
        """A verb of saying right before a period phrase: "said Wednesday", "said on"."""
        return words_right_before(self.periods.announcement_verbs)

    @cached_property
    def announced_by_re(self) -> re.Pattern[str] | None:
        """ "publié par Santé publique France ce", "communiqué par la préfecture": a passive
        verb of saying and its agent, right before a period phrase (None: no agent word)."""
        agents = _alternation(self.periods.announcement_agents)
        verbs = _alternation(self.periods.announcement_verbs)
        if not agents or not verbs:
            return None
        return re.compile(
            rf"(?<!\w)(?:{verbs})\s+(?:{agents})\s+[^\d,;:.()«»\"]{{1,60}}?,?\s*$", re.I
        )

    @cached_property
    def announced_inverted_re(self) -> re.Pattern[str] | None:
        """ ", indique le Secrétariat d'Etat à l'économie (Seco) lundi", ", said the Labor
        Department on Friday": an aside of saying whose subject follows its verb, right before
        a period phrase (None: no subject article)."""
        articles = _alternation(self.periods.inverted_subject_articles)
        verbs = _alternation(self.periods.announcement_verbs)
        if not articles or not verbs:
            return None
        return re.compile(
            rf",\s*(?:{verbs})\s+(?:{articles})\s*[^\d,;:.«»\"]{{1,80}}?\s*$", re.I
        )

    @cached_property
    def attribute_re(self) -> TailPattern:
        """A participle dating a thing right before a period phrase: "built in 1974"."""
        return words_right_before(self.periods.attribute_participles)

    @cached_property
    def attribute_after_re(self) -> re.Pattern[str]:
        """A participle dating a thing right after a period phrase: "1974년 지어진"."""
        words = _alternation(self.periods.attribute_participles_after) or "(?!)"
        return re.compile(rf"[\s\u00a0]*(?:{words})(?!\w)", re.I)

    @cached_property
    def baseline_word_re(self) -> re.Pattern[str]:
        """ "compared with", "against": anywhere in a clause, a comparison with a baseline."""
        return _whole_words(self.periods.baseline_words)

    @cached_property
    def event_link_re(self) -> re.Pattern[str]:
        """ "that", "after": a clause naming an event inside a subject."""
        return _whole_words(self.periods.event_links)

    @cached_property
    def after_an_earlier_event_re(self) -> re.Pattern[str]:
        """At the end of the text before a day: a link to an earlier event and at most two
        words of one clause ("après les élections européennes du")."""
        links = _alternation(self.periods.earlier_event_links) or "(?!)"
        return re.compile(rf"(?<![\w'’])(?:{links})(?:\s*[^\s,;:.!?()]+){{0,2}}\s+$", re.I)

    @cached_property
    def relative_pronoun_re(self) -> re.Pattern[str]:
        """ "qui", "lequel": a relative clause on the noun just named."""
        return _whole_words(self.periods.relative_pronouns)

    @cached_property
    def lookback_re(self) -> re.Pattern[str]:
        """ "followed", "after": a figure the story's figure follows or is compared with."""
        return _whole_words(self.periods.lookback_links)

    @cached_property
    def compared_time_re(self) -> re.Pattern[str]:
        """ "par rapport à", "compared with": the words that open a time compared with."""
        words = literal_alternation(self.periods.compared_times)
        return re.compile(rf"(?<!\w)(?:{words or '(?!)'})(?!\w)", re.IGNORECASE)

    @cached_property
    def lookback_after_re(self) -> re.Pattern[str]:
        """ "에 이어": after an earlier figure, what the story's figure follows."""
        return _whole_words(self.periods.lookback_after)

    @cached_property
    def statement_re(self) -> re.Pattern[str]:
        """ "said", "told reporters": a verb of saying anywhere in a sentence."""
        return _whole_words(self.periods.announcement_verbs)

    @cached_property
    def fieldwork_before_re(self) -> re.Pattern[str]:
        """At the end of the text before a period phrase: a poll's noun, at most 60 characters
        of its clause (its pollster, its sample, a comma), then a fieldwork participle ("a
        poll of 1,002 adults conducted", "un sondage Ifop réalisé"; claims.poll_windows)."""
        nouns = _alternation(self.periods.poll_nouns)
        verbs = _alternation(self.periods.fieldwork_verbs)
        if not nouns or not verbs:
            return re.compile("(?!)")
        return re.compile(
            rf"(?<!\w)(?:{nouns})(?!\w)[^.;:!?()]{{0,60}}?(?<!\w)(?:{verbs})[\s\u00a0\u202f,]*$",
            re.I,
        )

    @cached_property
    def report_noun_re(self) -> re.Pattern[str]:
        """ " report", " daily update": right after a day, the day is a report's."""
        nouns = _alternation(self.periods.report_nouns) or "(?!)"
        return re.compile(rf"[\s\u00a0\u202f]+(?:{nouns})(?!\w)", re.I)

    @cached_property
    def report_verb_re(self) -> re.Pattern[str]:
        """A verb of publishing a report: "Le 26 août, l'association a publié ..."."""
        return _whole_words(self.periods.report_verbs)

    @cached_property
    def present_re(self) -> re.Pattern[str]:
        """ "now", "désormais": a sentence about the present, not the time before it; so is
        a standing state ("Le vignoble compte 1 340 exploitations"), not after an impersonal
        subject ("On compte 310 bulletins blancs")."""
        cues = _alternation(self.periods.present_cues) or "(?!)"
        verbs = _alternation(self.periods.standing_verbs)
        if not verbs:
            return _whole_words(self.periods.present_cues)
        not_impersonal = "".join(
            rf"(?<!\b{re.escape(w)} )" for w in self.periods.impersonal_subjects
        )
        other_sense = _alternation(self.periods.standing_exceptions) or "(?!)"
        return re.compile(
            rf"(?<!\w)(?:(?:{cues})|{not_impersonal}(?!(?:{other_sense})(?!\w))(?:{verbs}))(?!\w)",
            re.I,
        )

    @cached_property
    def now_re(self) -> re.Pattern[str]:
        """ "à ce jour", "actuellement": a figure known as of publication."""
        cues = _alternation(self.periods.now_cues) or "(?!)"
        return re.compile(rf"(?<![\w'’])(?:{cues})(?:(?<=['’])|(?!\w))", re.I)

    @cached_property
    def publication_time_re(self) -> re.Pattern[str]:
        """ "aujourd'hui", "as of today": a running total counted to the time of writing."""
        return _whole_words(self.periods.publication_time_cues)

    @cached_property
    def personal_pronoun_re(self) -> re.Pattern[str]:
        """ "she", "je": a person speaking of their own counts."""
        return re.compile(
            rf"(?<![\w'’])(?:{_alternation(self.periods.personal_pronouns) or '(?!)'})"
            r"(?:(?<=['’])|(?!\w))",
            re.I,
        )

    @cached_property
    def restating_re(self) -> re.Pattern[str]:
        """ "it was ", "In cash terms it was ": from a clause's start (and a few words) to
        its figure, a pronoun for the figure before and a verb stating its level."""
        pronouns = _alternation(self.periods.restating_pronouns)
        verbs = _alternation(self.periods.restating_verbs)
        if not pronouns or not verbs:
            return re.compile("(?!)")
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(
            rf"^[^\d,;:]{{0,25}}?(?<!\w)(?:{pronouns}){blank}(?:{verbs})[\s\u00a0\u202f]*$",
            re.I,
        )

    @cached_property
    def streak_re(self) -> re.Pattern[str]:
        """ " months in a row", " straight months": right after a figure (matched from there),
        its length is a streak's."""
        streaks = _alternation(self.periods.streaks)
        units = _alternation(list(self.periods.units))
        if not streaks or not units:
            return re.compile("(?!)")
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(
            rf"(?:{blank}(?:{units}))?{blank}(?:{streaks})(?!\w)|{blank}(?:{streaks}){blank}"
            rf"(?:{units})(?!\w)",
            re.I,
        )

    @cached_property
    def superlative_re(self) -> re.Pattern[str]:
        """ "the highest ", "le plus bas niveau ": a record the phrase after it measures against
        ("since 2019", "this year"), not the period of the figure. Matched up to the phrase."""
        words = _alternation(self.periods.superlatives) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{words})(?!\w)[^\d,;:]{{0,40}}$", re.I)

    @cached_property
    def record_word_re(self) -> re.Pattern[str]:
        """A superlative or a record word anywhere ("the fastest crossing", "le record"): a time
        in its clause is a record time, what the story measures."""
        return _any_word(self.periods.superlatives)

    @cached_property
    def baseline_before_re(self) -> TailPattern:
        """ "9% more than ", "up 9% from ", "12 % de plus qu'": the period phrase right after is
        what the figure is compared with, not the figure's own period."""
        words = _alternation(self.periods.baseline_words) or "(?!)"
        comparatives = _alternation(self.periods.baseline_comparatives) or "(?!)"
        records = _alternation(self.periods.baseline_records) or "(?!)"
        # "than [the total number] recorded ": up to four words with no figure or clause
        # break between the comparison and the word that makes its object a past record
        recorded = rf"(?:{comparatives})\s+(?:[^\W\d]+\s+){{0,4}}(?:{records})"
        return TailPattern(
            re.compile(rf"(?<!\w)(?:{words}|{recorded})\s*$", re.I),
            [*self.periods.baseline_words, *self.periods.baseline_records],
        )

    @cached_property
    def named_event_re(self) -> re.Pattern[str] | None:
        """ "premier tour", "second tour": stages of an event the article dates once."""
        words = _alternation(self.periods.named_events)
        return re.compile(rf"(?<![\w'’])(?:{words})(?!\w)", re.I) if words else None

    @cached_property
    def revision_re(self) -> re.Pattern[str]:
        """A revised figure ("a été révisé à 7,5 %"): an aside about an earlier release."""
        words = _alternation(self.periods.revision_cues)
        return re.compile(rf"(?<![\w'’])(?:{words})(?!\w)", re.I) if words else re.compile("(?!)")

    @cached_property
    def flashback_re(self) -> re.Pattern[str]:
        """An auxiliary of the flashback tense, maybe an adverb, then a past participle. An
        elided pronoun may stand glued before the auxiliary ("l'avait adopté", "n'avaient
        pas été"): the tense is the same. A word that only ends like a participle ("n'avait que
        31 voix") makes it the imperfect of a state."""
        aux = _alternation(self.periods.flashback_auxiliaries)
        ends = _alternation(self.periods.participle_endings)
        if not aux or not ends:
            return re.compile("(?!)")
        blank = r"[\s\u00a0\u202f]+"
        others = _alternation(self.periods.flashback_non_participles)
        word = rf"(?!(?:{others})(?!\w))[^\W\d_]+" if others else r"[^\W\d_]+"
        return re.compile(
            rf"(?<!\w)(?:{aux}){blank}(?:[^\W\d_]+{blank})?{word}(?:{ends})(?!\w)", re.I
        )

    @cached_property
    def present_passive_re(self) -> re.Pattern[str]:
        """A present auxiliary, maybe an adverb ("still", "toujours"), then a past participle
        that is no past tense nor forecast: "sont mobilisés", "sont hébergées", "are housed";
        not after a reflexive pronoun ("s'est établi": a pronominal past)."""
        return self._passive_state_re(self.periods.present_auxiliaries)

    @cached_property
    def past_state_re(self) -> re.Pattern[str]:
        """The same passive in the past of a state: "41 enfants étaient hospitalisés
        lundi" (not "avaient été annulés", an event's pluperfect)."""
        return self._passive_state_re(self.periods.past_state_auxiliaries)

    @cached_property
    def participle_opening_re(self) -> re.Pattern[str]:
        """A past participle opening an aside (", placée en épidémie depuis la semaine 45,"):
        not a past tense's participle, nor a weekday that ends like one ("mardi")."""
        ends = _alternation(self.periods.present_participle_endings)
        if not ends:
            return re.compile("(?!)")
        others = _alternation([*self.periods.present_not_states, *self.periods.weekdays])
        agreed = _alternation(self.periods.participle_agreements)
        agreed = f"(?:{agreed})?" if agreed else ""
        return re.compile(
            rf"[\s\u00a0\u202f]*(?!(?:{others}){agreed}(?!\w))[^\W\d_]{{2,}}(?:{ends})(?!\w)", re.I
        )

    def _passive_state_re(self, auxiliaries: list[str]) -> re.Pattern[str]:
        aux = _alternation(auxiliaries)
        ends = _alternation(self.periods.present_participle_endings)
        if not aux or not ends:
            return re.compile("(?!)")
        blank = r"[\s\u00a0\u202f]+"
        others = _alternation(self.periods.present_not_states) or "(?!)"
        agreed = _alternation(self.periods.participle_agreements)
        agreed = f"(?:{agreed})?" if agreed else ""
        word = rf"(?!(?:{others}){agreed}(?!\w))[^\W\d_]{{2,}}(?:{ends})(?!\w)"
        adverbs = _alternation(self.periods.present_adverbs)
        adverb = rf"(?:(?:{adverbs}){blank})?" if adverbs else ""
        not_reflexive = "".join(
            rf"(?<!{re.escape(w)})" if w[-1] in "'’" else rf"(?<!{re.escape(w)} )"
            for w in self.periods.reflexive_pronouns
        )
        return re.compile(rf"(?<!\w){not_reflexive}(?:{aux}){blank}{adverb}{word}", re.I)

    @cached_property
    def count_verb_re(self) -> re.Pattern[str] | None:
        """ "recensait", "dénombrait": a total read by counting (None: the table names none)."""
        return _whole_words(self.periods.count_verbs) if self.periods.count_verbs else None

    @cached_property
    def event_clause_link_re(self) -> re.Pattern[str]:
        """ "after", "as": a word opening a clause of cause or time."""
        return _whole_words(self.periods.event_clause_links)

    @cached_property
    def stock_re(self) -> re.Pattern[str]:
        """ "death toll", "still", "bilan": a figure that is a running total or a stock."""
        return _whole_words(self.periods.stock_cues)

    @cached_property
    def level_re(self) -> re.Pattern[str]:
        """ "the death toll from Monday's quake rose to ", "the number of deaths reached ": a
        total's subject, then a verb taking it to a level, with no clause edge between; matched
        up to the figure."""
        subjects = _alternation(self.periods.level_subjects)
        verbs = _alternation(self.periods.level_verbs)
        if not subjects or not verbs:
            return re.compile("(?!)")
        return re.compile(
            rf"(?<!\w)(?:{subjects})(?:(?<=['’])|(?!\w)){_NO_EDGE}*?(?<!\w)(?:{verbs})(?!\w)"
            rf"{_NO_EDGE}*$", re.I
        )  # an elided subject ("le nombre d'oiseaux") ends at its apostrophe

    @cached_property
    def level_verb_re(self) -> re.Pattern[str]:
        """ "s'élève", "rose to": a verb taking a total to its level, anywhere."""
        return _whole_words(self.periods.level_verbs)

    @cached_property
    def perfect_level_re(self) -> re.Pattern[str]:
        """ "had reached ", "has risen to about ": a level reached by a time, right before the
        figure."""
        perfect = _alternation(self.periods.perfect_cues)
        verbs = _alternation(self.periods.level_verbs)
        if not perfect or not verbs:
            return re.compile("(?!)")
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(
            rf"(?<!\w)(?:{perfect}){blank}(?:{verbs})(?!\w)[^\d,;:]{{0,25}}$", re.I
        )

    @cached_property
    def when_link_re(self) -> re.Pattern[str]:
        """ "when", "where": a clause tying a figure to another moment or place."""
        return _whole_words(self.periods.when_links)

    @cached_property
    def place_link_re(self) -> re.Pattern[str]:
        """ "where", "où": a clause about the place named before it."""
        return _whole_words(self.periods.place_links)

    @cached_property
    def when_year_re(self) -> re.Pattern[str]:
        """ "2011, when", "2016 when", "the 2020 general election, when": a year (and the event
        it names), then a clause about it."""
        links = _alternation(self.periods.when_links) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        months = _alternation(list(self.periods.months)) or "(?!)"
        return re.compile(
            rf"(?:(?<!\w)(?P<month>{months}){blank}+(?:of{blank}+)?)?"  # "March of 2024, when"
            rf"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)(?:{blank}+[^\W\d]+){{0,3}}{blank}*,?{blank}+"
            rf"(?:{links})(?!\w)", re.I
        )

    @cached_property
    def restate_re(self) -> re.Pattern[str]:
        """ "[118] of the deaths, or [82.5%]": the words between a figure and its restatement
        (the counted noun, then a link), matched whole."""
        links = _alternation(self.periods.restate_links) or "(?!)"
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(rf"(?:{blank}[^\W\d]+){{0,4}},?{blank}(?:{links}){blank}", re.I)

    @cached_property
    def total_link_re(self) -> re.Pattern[str]:
        """ "taking the provisional total", "bringing the tally": a running total moved on."""
        return _whole_words(self.periods.total_links)

    @cached_property
    def running_total_re(self) -> re.Pattern[str]:
        """ "total", "tally": a count that runs on, subject of a level at a date."""
        return _whole_words(self.periods.running_totals)

    @cached_property
    def breakdown_head_re(self) -> re.Pattern[str]:
        """ "By region, ...", "Par nationalité, ...", "지역별로는": a sentence that opens a
        breakdown of a report's total."""
        heads = _alternation(self.periods.breakdown_heads, ignore_case=True) or "(?!)"
        ends = _alternation(self.periods.breakdown_head_endings, ignore_case=True) or "(?!)"
        return re.compile(rf"\W*(?:(?:{heads})|\w*?(?:{ends}))(?!\w)", re.I)

    @cached_property
    def up_to_now_re(self) -> re.Pattern[str]:
        """ "up to now", "until now": a window said to run to the present."""
        return _whole_words(self.periods.up_to_now)

    @cached_property
    def running_perfect_re(self) -> re.Pattern[str]:
        """ "have been hospitalized", "has died": counted up to now."""
        return _whole_words(self.periods.running_perfect_cues)

    @cached_property
    def present_state_re(self) -> re.Pattern[str]:
        """ "are still missing", "remain in hospital": a state held now."""
        return _whole_words(self.periods.present_state_cues)

    @cached_property
    def state_re(self) -> re.Pattern[str]:
        """ "contained", "remain": a level held at a time, not a count over a window."""
        return _whole_words(self.periods.state_cues)

    @cached_property
    def forecast_re(self) -> re.Pattern[str]:
        """ "expects", "would cut": a figure for a time still to come."""
        return _whole_words(self.periods.forecast_cues)

    @cached_property
    def earlier_level_re(self) -> re.Pattern[str]:
        """ "from", "up from": right before a figure, an earlier level compared with."""
        words = literal_alternation(self.periods.earlier_levels)
        return re.compile(rf"(?:^|\W)(?:{words or '(?!)'})\s*$", re.IGNORECASE)

    @cached_property
    def vote_measure_re(self) -> re.Pattern[str]:
        """ "voix", "suffrages", "turnout": what only a vote measures, never a standing state."""
        return _whole_words(self.periods.vote_measures)

    @cached_property
    def perfect_re(self) -> re.Pattern[str]:
        """ "had returned": a total up to a time, not an event of the day before it."""
        return _whole_words(self.periods.perfect_cues)

    @cached_property
    def carry_before_re(self) -> re.Pattern[str]:
        """ "Of them, ", "Parmi eux, ", "including ", "dont ": the figure after refers back."""
        cues = _alternation(self.periods.carry_before) or "(?!)"
        return re.compile(rf"(?:^|(?<=[^\w]))(?:{cues})(?!\w)", re.I)

    @cached_property
    def restating_opener_re(self) -> re.Pattern[str]:
        """ "Of the ", "Among the " as all a sentence holds before a figure ("Of the 62 cases,")."""
        cues = _alternation(self.periods.restating_openers) or "(?!)"
        return re.compile(rf"^[\W_]*(?:{cues})[\s\u00a0\u202f]+$", re.I)

    @cached_property
    def restating_link_re(self) -> re.Pattern[str]:
        """ " of the " as all that stands between two figures ("41 of the 62 cases")."""
        cues = _alternation(self.periods.restating_openers) or "(?!)"
        return re.compile(rf"^[\s\u00a0\u202f]+(?:{cues})[\s\u00a0\u202f]+$", re.I)

    @cached_property
    def carry_after_re(self) -> re.Pattern[str]:
        """ "27 of whom", "27 d'entre eux": the figure refers back."""
        cues = _alternation(self.periods.carry_after) or "(?!)"
        return re.compile(rf"[\s\u00a0]*(?:{cues})(?!\w)", re.I)

    @cached_property
    def carry_verb_re(self) -> re.Pattern[str]:
        """ "The apprehended suspects included 95 ...": a subject named before, then listed."""
        return _whole_words(self.periods.carry_verbs)

    @cached_property
    def month_re(self) -> str:
        return _alternation(self.periods.months)

    @cached_property
    def month_after_re(self) -> re.Pattern[str]:
        return re.compile(rf"^[\s\u00a0]*(?:{self.month_re})(?!\w)", re.I)

    @cached_property
    def month_before_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{self.month_re})[\s\u00a0]*$", re.I)
