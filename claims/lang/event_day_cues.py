"""Patterns of the words that tell an event's day (a mixin of ``ExtractionTable``): what makes a
figure a result of the vote, the strike or protest, or the one-off event an article is about
("ont accepté", "grévistes", "were deployed"), and what does not ("sondage", "précédente
journée", "plans to"); a strike or protest day's tolls ("gardes à vue", "blessés"), the tolls
that run over several days ("had been injured", "depuis lundi"), its Nth day ("the second day
of the walkout") and its start ("began", "a commencé"); a time of that day with no date ("dans
la journée", "vers 14 heures"); who or what was there at the event's moment ("were on the
ridge when ...", "se trouvaient dans le bâtiment au moment de ..."); and the clauses that go on
in the event's time ("killing 41 people", "a building that collapsed on Monday"). The words
are the table's ``claims.lang.event_sections``."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from claims.lang.regex import _alternation, _whole_words

if TYPE_CHECKING:
    from claims.lang.sections import Periods


class EventDayCues:
    """Compiled patterns of the words that tell an event's day (see the module)."""

    if TYPE_CHECKING:  # fields of the table this mixin reads
        periods: Periods

    @cached_property
    def vote_word_re(self) -> re.Pattern[str]:
        """ "ont accepté", "référendum": a sentence about a vote."""
        return _whole_words(self.periods.vote_words)

    @cached_property
    def not_result_re(self) -> re.Pattern[str]:
        """ "sondage", "précédent scrutin": a figure that is no result of the vote reported."""
        return _whole_words(self.periods.not_results)

    @cached_property
    def event_cue_re(self) -> re.Pattern[str]:
        """ "votes", "of the vote": a result of the event the article is about."""
        return _whole_words(self.periods.event_cues)

    @cached_property
    def action_word_re(self) -> re.Pattern[str]:
        """ "grève", "ont défilé": a sentence about a strike or a protest."""
        return _whole_words(self.periods.action_words)

    @cached_property
    def action_cue_re(self) -> re.Pattern[str]:
        """ "grévistes", "selon la police": a figure of the strike or protest reported."""
        return _whole_words(self.periods.action_cues)

    @cached_property
    def not_action_result_re(self) -> re.Pattern[str]:
        """ "précédente journée", "intention": a figure that is not the action's reported."""
        return _whole_words(self.periods.not_action_results)

    @cached_property
    def action_toll_re(self) -> re.Pattern[str]:
        """ "gardes à vue", "blessés": a toll of the strike or protest day, so far that day."""
        return _whole_words(self.periods.action_tolls)

    @cached_property
    def running_toll_re(self) -> re.Pattern[str]:
        """ "had been injured", "depuis lundi": a toll running over several days."""
        return _whole_words(self.periods.running_tolls)

    @cached_property
    def action_day_count_res(self) -> tuple[re.Pattern[str], ...]:
        """ "the second day of the walkout", "au troisième jour du mouvement"."""
        return tuple(re.compile(p, re.I) for p in self.periods.action_day_counts)

    @cached_property
    def action_began_re(self) -> re.Pattern[str] | None:
        """ "began", "a commencé": the sentence says when the action began (None: no words)."""
        return _whole_words(self.periods.action_began) if self.periods.action_began else None

    @cached_property
    def incident_word_re(self) -> re.Pattern[str]:
        """ "explosion", "crashed": a lead sentence about a one-off event."""
        return _whole_words(self.periods.incident_words)

    @cached_property
    def incident_cue_re(self) -> re.Pattern[str]:
        """ "were deployed", "evacuated": a figure of what was done on the event's day."""
        return _whole_words(self.periods.incident_cues)

    @cached_property
    def not_incident_result_re(self) -> re.Pattern[str]:
        """ "previous", "plans to": a figure that is not of the event's day."""
        return _whole_words(self.periods.not_incident_results)

    @cached_property
    def day_part_re(self) -> re.Pattern[str]:
        """ "dans la journée", "en milieu de journée", "vers 14 heures": a time of a day
        that names no date (in an article about one event's day, a time of that day)."""
        parts = [_alternation(self.periods.day_parts), *self.periods.day_hours]
        pattern = "|".join(f"(?:{p})" for p in parts if p) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I)

    @cached_property
    def day_hour_re(self) -> re.Pattern[str]:
        """ "vers 8 heures", "by about 10:20 p.m.": an hour of a day (the table's
        ``day_hours``), a moment a reading is told at."""
        pattern = "|".join(f"(?:{p})" for p in self.periods.day_hours if p) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I)

    @cached_property
    def moment_word_re(self) -> re.Pattern[str]:
        """ "soir", "evening", "p.m.": a word of a phrase naming a moment of its day."""
        return _whole_words(self.periods.moment_words)

    @cached_property
    def reading_verb_re(self) -> re.Pattern[str]:
        """ "showed", "comptait", "avait dénombré": a verb reading a count or a stock."""
        return _whole_words(self.periods.reading_verbs)

    @cached_property
    def anterior_verb_re(self) -> re.Pattern[str]:
        """ "avaient été", "had been": a past perfect, what had happened by a moment."""
        return _whole_words(self.periods.anterior_verbs)

    @cached_property
    def reading_hour_re(self) -> re.Pattern[str]:
        """ "By 6 p.m.", "As of 11 a.m.": the hour a tally runs to (the table's
        ``reading_hours``)."""
        pattern = "|".join(f"(?:{p})" for p in self.periods.reading_hours if p) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I)

    @cached_property
    def moment_link_re(self) -> re.Pattern[str]:
        """ "when", "lorsque", "lorsqu'": a clause telling the event's moment, as a whole word
        (an elided one ends at its apostrophe)."""
        links = _alternation(self.periods.moment_links) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{links})(?:(?<=['’])|(?!\w))", re.I)

    @cached_property
    def presence_re(self) -> re.Pattern[str]:
        """ "were on", "se trouvaient sur": a verb of being somewhere, maybe one word, then a
        preposition of place."""
        verbs = _alternation(self.periods.presence_verbs)
        places = _alternation(self.periods.presence_places)
        if not verbs or not places:
            return re.compile("(?!)")
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(
            rf"(?<!\w)(?:{verbs}){blank}(?:[^\W\d_]+{blank})?(?:{places})(?!\w)", re.I)

    @cached_property
    def perfect_event_link_re(self) -> re.Pattern[str]:
        """ "that", "after": a clause on the event a count in the present perfect follows."""
        return _whole_words(self.periods.perfect_event_links)

    @cached_property
    def consequence_re(self) -> re.Pattern[str]:
        """ "killing", "faisant": a participle opening a clause on what the event before did,
        matched at the clause's first word."""
        words = _alternation(self.periods.consequence_participles)
        if not words:
            return re.compile("(?!)")
        return re.compile(rf"[\s\u00a0\u202f]*(?:{words})(?!\w)", re.I)
