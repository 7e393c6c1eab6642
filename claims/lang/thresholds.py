"""``[extraction.thresholds]``: the words that make a figure a rule's threshold or a set's
definition rather than a measurement ("a recount only when the margin is under 0.5%", "centres
with 10,000 or more people", "dans un rayon de 150 mètres"), compiled once per language.
``claims.figure_thresholds`` reads them."""

from __future__ import annotations

import re
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field

from claims.lang.regex import (
    _BLANK,
    _WORD_END,
    _alternation,
    _any_word,
    _ending_with,
    _starting_with,
    _verb_then_link,
)

# One word of a clause: no blank, no clause or sentence punctuation.
_WORD = r"[^\s\u00a0\u202f,;:.!?]+"


class Thresholds(BaseModel):
    """Words around a figure that make it a threshold."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Words opening a condition ("only when", "lorsque", "si").
    conditions: list[str] = Field(default_factory=list)
    # Present-tense verbs of a condition's comparison, right before the figure ("is under",
    # "est inférieur à", "dépasse").
    condition_verbs: list[str] = Field(default_factory=list)
    # Words opening a condition of eligibility ("à condition d'avoir", "provided they"): a
    # bound within five words after one ("à condition d'avoir perdu au moins 40 % de son
    # cheptel", "provided they lost more than 30% of their crop") is the rule's threshold.
    eligibility_conditions: list[str] = Field(default_factory=list)
    # Between a set's noun and the bound that defines it ("centres with 10,000 or more").
    set_links: list[str] = Field(default_factory=list)
    # Bounds after a figure or its noun that define a set ("or more", "et plus").
    set_bounds: list[str] = Field(default_factory=list)
    # Before a set's noun, articles of one thing: "a crowd of 10,000 or more" is an estimate,
    # unless a link stands before the article ("centres with a population of 10,000 or more").
    singular_articles: list[str] = Field(default_factory=list)
    # After a set's bound, words that make it a comparison ("80 employees or more than €20m").
    set_bound_not_before: list[str] = Field(default_factory=list)
    # Words before a distance that make it a zone ("within 100 feet of", "dans un rayon de"),
    # unless one of ``zone_reached`` comes first ("an approach shot to within six feet").
    zones: list[str] = Field(default_factory=list)
    zone_reached: list[str] = Field(default_factory=list)
    # Verbs of waiting right before a bounded wait that defines the count before it ("3,150
    # patients had been waiting more than six months").
    waits: list[str] = Field(default_factory=list)
    # A requirement toward a purpose is a target, no count: a need word right before a count
    # and a purpose word after it and its noun ("needed 176 votes to pass", "avait besoin de
    # 176 voix pour passer"), or a definite article before it and a need word after its noun
    # ("the 184 votes needed", "les 184 voix nécessaires").
    needs_before: list[str] = Field(default_factory=list)
    purposes: list[str] = Field(default_factory=list)
    definite_articles: list[str] = Field(default_factory=list)
    needed_after: list[str] = Field(default_factory=list)
    # A bound that defines the set a rule bans or restricts ("banned gatherings of more than
    # 50 people", "interdit les rassemblements de plus de 100 personnes"): a ban word in the
    # clause before the set's noun, or a ban said right after the counted noun ("any gathering
    # with more than 50 people is not allowed"); "crowds of more than 50,000 people" stays.
    prohibitions: list[str] = Field(default_factory=list)
    prohibited_after: list[str] = Field(default_factory=list)
    # Articles of several things before a set's noun: an upper bound written before the figure
    # after such a noun and a link defines the set ("les PME de moins de 50 salariés").
    plural_articles: list[str] = Field(default_factory=list)
    # Or, where no article marks the plural, the noun's plural endings ("firms with fewer than
    # 50 employees").
    plural_endings: list[str] = Field(default_factory=list)
    # A rule's limit named before its figure: a limit noun (perhaps with one word after it),
    # then a link ("le seuil de 10 % des suffrages", "un plafond de 600 kg", "a threshold of
    # 5%", "the limit set at 50"): the figure is the rule's, no measurement.
    limit_nouns: list[str] = Field(default_factory=list)
    limit_links: list[str] = Field(default_factory=list)
    # A threshold noun right after the figure it qualifies ("none of the smaller lists reached
    # the 4% threshold", "cleared the 5% hurdle"): the rule's bar, no measurement. Only bars that
    # decide an outcome: a quota or a cap is a planned amount, a claim ("the 5,000 quota").
    threshold_nouns_after: list[str] = Field(default_factory=list)
    # What a rule allows is no measurement: a permission before a figure given per unit of
    # something ("Chaque club est autorisé à s'entraîner trois jours par semaine, 90 minutes par
    # séance", "allowed to land 30 kg per boat"); ``distributives`` open the "per" phrase after
    # it. A bound "up to" given per thing ("up to 30 kg per boat", "jusqu'à 500 euros par foyer")
    # is a quota.
    permissions: list[str] = Field(default_factory=list)
    distributives: list[str] = Field(default_factory=list)
    # A bound a requirement sets is the rule's, no measurement: one of these before a figure
    # bounded "at most", "up to", "less than" or "at least" ("la règle exige qu'une pharmacie
    # soit joignable en trente minutes au plus", "the law requires that at least 40% of
    # candidates be women"); "must have" guesses, and is not here.
    requirements: list[str] = Field(default_factory=list)
    # A bound a vote or a count failed to reach is the rule's bar, not what was reached: one of
    # these right before a bounded figure ("failed to obtain more than 50% of the votes",
    # "n'a pas obtenu plus de 50 % des suffrages"), or a negative determiner, one noun and a
    # verb of attaining ("No candidate won more than 50%", "Aucun candidat n'a obtenu plus de
    # 50 %"). A plain figure ("failed to win 12 seats") is not bounded, and stays.
    unmet_bounds: list[str] = Field(default_factory=list)
    # Right before a figure, a rule's own words for it ("did not reach the minimum 28% required
    # by law", "cleared the required 5%"): the figure is the rule's, bounded or not.
    required_before: list[str] = Field(default_factory=list)
    negative_determiners: list[str] = Field(default_factory=list)
    attainment_verbs: list[str] = Field(default_factory=list)
    # A verb that sets a limit, what it limits (four words at most), then a link right before
    # the figure: "capping applications at 50 a day", "will limit claims to 37,500", "plafonner
    # les loyers à 3,5 %".
    limit_verbs: list[str] = Field(default_factory=list)
    limit_verb_links: list[str] = Field(default_factory=list)
    # A level on a scale is a rating, no quantity: the figure before these words is the level,
    # the one right after them the scale's top ("at 3 on a scale of 4",
    # "2 sur une échelle de 10").
    scale_links: list[str] = Field(default_factory=list)
    # A confidence interval's words: "IC 95% [13 ; 35]", "(95% CI 1.2-3.4)": its level and its
    # bounds state how precise a figure is, no figure of their own.
    confidence_intervals: list[str] = Field(default_factory=list)
    # The word joining an interval's two bounds besides a sign ("1.2 to 3.4", "13 à 35").
    confidence_interval_joins: list[str] = Field(default_factory=list)
    # A speed a rule sets is no measured speed: a speed-limit noun, at most four words without
    # digits (whose limit), then a link right before the speed ("the speed limit for heavy
    # trucks is 50 km per hour", "la limitation de vitesse sur ces routes est de 80 km/h"), or
    # a verb that sets it right before ("a route limited to 80 km/h", "abaisser la vitesse à 80
    # km/h"); "was doing 140 km/h" and "winds of 130 km/h" are measured.
    # The extent of an injury describes a patient, no quantity counted: a share of the body
    # after the figure ("burns to 90% of their bodies", "brûlé sur 40 % du corps") or a burn
    # word right before it ("brûlés à plus de 50 %").
    # A bound on an income that defines who qualifies, after a defining relative or participle
    # ("single filers who made less than $80,000", "households earning under $45,000", "les
    # ménages gagnant moins de 1 800 euros"); "the average household earned $68,000" states one.
    income_bounds_before: list[str] = Field(default_factory=list)
    body_shares_after: list[str] = Field(default_factory=list)
    # ... unless what follows the body is a measure of it ("14% of their body weight", "of their
    # body mass"): a weight lost or gained, a figure.
    body_measures: list[str] = Field(default_factory=list)
    burned_before: list[str] = Field(default_factory=list)
    speed_limits: list[str] = Field(default_factory=list)
    speed_limit_links: list[str] = Field(default_factory=list)
    speed_limit_verbs: list[str] = Field(default_factory=list)

    @cached_property
    def limit_before_re(self) -> re.Pattern[str]:
        """A limit noun, perhaps one word, a link, at the end of the text before a figure."""
        nouns = _alternation(self.limit_nouns) or "(?!)"
        links = _alternation(self.limit_links) or "(?!)"
        return re.compile(
            rf"(?<![\w'’])(?:{nouns})(?:{_BLANK}+[^\W\d_][\w'’-]*)?{_BLANK}+(?:{links})"
            rf"(?:(?<=['’])|{_BLANK}+)$",
            re.I,
        )

    @cached_property
    def income_bound_before_re(self) -> re.Pattern[str]:
        """Right before a bounded amount: a defining relative or participle of an income."""
        return _ending_with(self.income_bounds_before)

    @cached_property
    def body_share_after_re(self) -> re.Pattern[str]:
        """Right after a figure: a share of the body ("of their bodies", "du corps")."""
        return _starting_with(self.body_shares_after)

    @cached_property
    def body_measure_after_re(self) -> re.Pattern[str]:
        """Right after a share of the body: a measure of the body ("weight", "mass")."""
        return _starting_with(self.body_measures)

    @cached_property
    def burned_before_re(self) -> re.Pattern[str]:
        """Right before a figure: a burn word and its link ("brûlés à", "burns over")."""
        return _ending_with(self.burned_before)

    @cached_property
    def speed_limit_before_re(self) -> re.Pattern[str]:
        """A speed-limit noun, at most four words without digits or clause marks, a link, or a
        verb that sets a speed (perhaps elided: "afin d'abaisser la vitesse à"), at the end of
        the text before a figure."""
        nouns = _alternation(self.speed_limits) or "(?!)"
        links = _alternation(self.speed_limit_links) or "(?!)"
        verbs = _alternation(self.speed_limit_verbs) or "(?!)"
        word = r"[^\s\u00a0\u202f\d,;:.!?()]+"
        return re.compile(
            rf"(?:(?<![\w'’])(?:{nouns}){_WORD_END}(?:{_BLANK}+{word}){{0,4}}{_BLANK}+(?:{links})"
            rf"|(?<!\w)(?:{verbs}))(?:(?<=['’])|{_BLANK}+)$",
            re.I,
        )

    @cached_property
    def unmet_before_re(self) -> re.Pattern[str]:
        """At the end of the text before a bounded figure: a verb of failing to reach
        ("failed to obtain"), or a negative determiner, one noun, perhaps a negation's
        particle, and a verb of attaining ("No candidate won", "Aucun candidat n'a obtenu")."""
        unmet = _alternation(self.unmet_bounds) or "(?!)"
        negative = _alternation(self.negative_determiners) or "(?!)"
        verbs = _alternation(self.attainment_verbs) or "(?!)"
        return re.compile(
            rf"(?<![\w'’])(?:(?:{unmet})|(?:{negative}){_BLANK}+{_WORD}{_BLANK}+"
            rf"(?:{_WORD}{_BLANK}+)?(?:{verbs})){_BLANK}+$",
            re.I,
        )

    @cached_property
    def required_before_re(self) -> re.Pattern[str]:
        """At the end of the text before a figure: a rule's word for it ("the minimum")."""
        return _ending_with(self.required_before)

    @cached_property
    def bounded_condition_before_re(self) -> re.Pattern[str]:
        """A condition word, at most twelve words of one clause, a present-tense comparison
        verb, at the end of the text before a bounded figure ("removed only if yes votes
        outnumber no votes and also reach at least 25% of registered voters")."""
        return _condition_ending(self.conditions, 12, self.condition_verbs)

    @cached_property
    def threshold_after_re(self) -> re.Pattern[str]:
        """Right after a figure: a threshold noun ("threshold", "hurdle")."""
        return _starting_with(self.threshold_nouns_after)

    @cached_property
    def limit_verb_before_re(self) -> re.Pattern[str]:
        """A limit verb, at most four words, a link, at the end of the text before a figure."""
        return _verb_then_link(self.limit_verbs, self.limit_verb_links)

    @cached_property
    def requirement_re(self) -> re.Pattern[str]:
        """A requirement anywhere in a text (the clause before a figure); an elided word ends
        on its apostrophe ("exige qu'une")."""
        words = _alternation(self.requirements) or "(?!)"
        return re.compile(rf"(?<![\w'’])(?:{words})(?:(?<=['’])|{_WORD_END})", re.I)

    @cached_property
    def permission_re(self) -> re.Pattern[str]:
        """A permission anywhere in a text (the clause before a figure)."""
        return _any_word(self.permissions)

    @cached_property
    def distributive_after_re(self) -> re.Pattern[str]:
        """Right after a figure: a "per" word and the word it distributes over (group
        ``what``)."""
        words = _alternation(self.distributives) or "(?!)"
        return re.compile(
            rf"{_BLANK}+(?:{words}){_BLANK}+(?P<what>[^\W\d_][\w'’-]*)", re.I
        )

    @cached_property
    def scale_after_re(self) -> re.Pattern[str]:
        """Right after a figure: a scale's link ("on a scale of")."""
        return _starting_with(self.scale_links)

    @cached_property
    def interval_level_after_re(self) -> re.Pattern[str]:
        """A confidence interval's words right after its level ("95% CI")."""
        return _starting_with(self.confidence_intervals)

    @cached_property
    def interval_before_re(self) -> re.Pattern[str]:
        """A confidence interval's words, perhaps its level (a percent), an opening bracket or a
        colon and its first bound, at the end of the text before a figure: "IC ", "IC 95% [",
        "IC 95% [13 ; ", "95% CI: 1.2 to "."""
        words = _alternation(self.confidence_intervals) or "(?!)"
        joins = _alternation(self.confidence_interval_joins)
        link = f"[;,–-]|{joins}" if joins else "[;,–-]"
        number = r"\d+(?:[.,]\d+)?"
        return re.compile(
            rf"(?<!\w)(?:{words})(?:{_BLANK}*{number}{_BLANK}*%)?{_BLANK}*[\[(:=]?{_BLANK}*"
            rf"(?:{number}{_BLANK}*(?:{link}){_BLANK}*)?$"
        )

    @cached_property
    def scale_before_re(self) -> re.Pattern[str]:
        """A scale's link ending the text before a figure, perhaps with the scale's first
        level ("on a scale of 1 to" is read as the range "1 to 5")."""
        return _ending_with(self.scale_links)

    @cached_property
    def condition_before_re(self) -> re.Pattern[str]:
        """A condition word, at most five words, a present-tense comparison verb, at the end
        of the text before a figure."""
        return _condition_ending(self.conditions, 5, self.condition_verbs)

    @cached_property
    def eligibility_before_re(self) -> re.Pattern[str]:
        """A condition of eligibility, then at most five words, at the end of the text before
        a figure (an elided word ends on its apostrophe)."""
        return _condition_ending(self.eligibility_conditions, 5)

    @cached_property
    def set_link_end_re(self) -> re.Pattern[str]:
        """A link word right before a figure ("with 60 votes needed")."""
        return _ending_with(self.set_links)

    @cached_property
    def set_link_before_re(self) -> re.Pattern[str]:
        """A noun (group ``noun``) and a link word at the end of the text before a figure
        ("centres with"), with the word before the noun (group ``article``) and perhaps the
        measure the bound is of ("aftershocks of magnitude 3 or more": group ``measure``)."""
        links = _alternation(self.set_links) or "(?!)"
        word = r"[^\W\d_][\w'’-]*"
        return re.compile(
            rf"(?<![\w'’])(?:(?P<article>{word}){_BLANK}+)?(?P<noun>{word}){_BLANK}+(?:{links})"
            rf"(?:(?<=['’])|{_BLANK}+)(?:(?P<measure>{word}){_BLANK}+)?$",
            re.I,
        )

    @cached_property
    def prohibition_re(self) -> re.Pattern[str]:
        """A ban word anywhere in a text (the clause before a set's noun)."""
        return _any_word(self.prohibitions)

    @cached_property
    def prohibited_after_re(self) -> re.Pattern[str]:
        """After a figure, perhaps its noun (three words at most), then a ban said of it."""
        return _after_its_noun(self.prohibited_after, _WORD_END)

    @cached_property
    def singular_re(self) -> re.Pattern[str]:
        words = _alternation(self.singular_articles) or "(?!)"
        return re.compile(rf"(?:{words})", re.I)

    @cached_property
    def link_ending_re(self) -> re.Pattern[str]:
        """A link word ending a text ("centres with" before "a population of")."""
        return _ending_with(self.set_links)

    @cached_property
    def set_bound_after_re(self) -> re.Pattern[str]:
        """After a figure, perhaps its noun (two words at most), then a set's bound."""
        bounds = _alternation(self.set_bounds) or "(?!)"
        others = _alternation(self.set_bound_not_before) or "(?!)"
        return re.compile(
            rf"(?:{_BLANK}+[^\W\d_][\w'’-]*){{0,2}}{_BLANK}+(?:{bounds}){_WORD_END}"
            rf"(?!{_BLANK}*(?:{others}){_WORD_END})",
            re.I,
        )

    @cached_property
    def set_bound_end_re(self) -> re.Pattern[str]:
        """A set's bound ending a figure's own text ("10,000 or more")."""
        bounds = _alternation(self.set_bounds) or "(?!)"
        return re.compile(rf"(?<![\w'’])(?:{bounds})$", re.I)

    @cached_property
    def wait_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.waits)

    @cached_property
    def zone_before_re(self) -> re.Pattern[str]:
        words = _alternation(self.zones) or "(?!)"
        reached = _alternation(self.zone_reached) or "(?!)"
        return re.compile(
            rf"(?<![\w'’])(?<!(?:{reached}) )(?:{words}){_BLANK}+$", re.I
        )

    @cached_property
    def need_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.needs_before)

    @cached_property
    def purpose_after_re(self) -> re.Pattern[str]:
        """After a count, perhaps its noun, then a purpose word ("176 votes to pass", "pour",
        "afin d'": an elided word ends on its apostrophe)."""
        return _after_its_noun(self.purposes, rf"(?:(?<=['’])|{_WORD_END})")

    @cached_property
    def definite_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.definite_articles)

    @cached_property
    def needed_after_re(self) -> re.Pattern[str]:
        """After a count, perhaps its noun, then a need word ("the 184 votes needed")."""
        return _after_its_noun(self.needed_after, _WORD_END)

    @cached_property
    def plural_re(self) -> re.Pattern[str]:
        words = _alternation(self.plural_articles) or "(?!)"
        return re.compile(rf"(?:{words})", re.I)


def _after_its_noun(words: list[str], end: str) -> re.Pattern[str]:
    """After a count, perhaps its noun (three words at most: "of the vote"), then one of
    ``words`` ending at ``end``: what a requirement's count is for, or that it is needed."""
    alternation = _alternation(words) or "(?!)"
    return re.compile(rf"(?:{_BLANK}+[^\W\d_][\w'’-]*){{0,3}}{_BLANK}+(?:{alternation}){end}", re.I)


def _condition_ending(opening: list[str], most: int,
                      verbs: list[str] | None = None) -> re.Pattern[str]:
    """An opening word, at most ``most`` words of one clause and, when ``verbs`` is given, one
    of them, at the end of the text before a figure (an elided word ends on its apostrophe)."""
    words = _alternation(opening) or "(?!)"
    verb = "" if verbs is None else rf"(?:{_alternation(verbs) or '(?!)'}){_BLANK}+"
    return re.compile(
        rf"(?<![\w'’])(?:{words})(?:(?<=['’])|{_BLANK}+)(?:{_WORD}{_BLANK}+){{0,{most}}}{verb}$",
        re.I,
    )
