"""The words of ``[extraction.periods]`` that name the event an article reports (a vote, a
strike or a protest), so that its figures with no time of their own take the event's day."""

from __future__ import annotations

from pydantic import BaseModel, Field


class EventWords(BaseModel):
    """The vote an article reports: with a vote word and one day in a sentence ("Les Suisses
    ont accepté dimanche ..."), that day is the vote's; a figure its clause cues as a result
    ("votes", "of the vote") is of that day, unless a not-result says so (a poll, an earlier
    vote, a threshold). The strike or protest an article reports, likewise ("grève",
    "grévistes", "selon la police"; "lors de la précédente journée")."""

    event_cues: list[str] = Field(default_factory=list)
    vote_measures: list[str] = Field(default_factory=list)  # "voix": only a vote has them
    vote_words: list[str] = Field(default_factory=list)
    not_results: list[str] = Field(default_factory=list)
    # Right before the far side of a comparison: an earlier level ("fell to 27.4% from 33.9%"),
    # not the other side of the same vote's tally ("312 votes against 140").
    earlier_levels: list[str] = Field(default_factory=list)
    action_words: list[str] = Field(default_factory=list)
    action_cues: list[str] = Field(default_factory=list)
    not_action_results: list[str] = Field(default_factory=list)
    # The day's tolls of a strike or protest ("gardes à vue", "blessés"): told "so far" on
    # that day ("le parquet a annoncé, à ce stade, 31 personnes en garde à vue"), that day's.
    action_tolls: list[str] = Field(default_factory=list)
    # A toll told as a total up to then ("Forty-one police officers had been injured", "depuis
    # lundi"): a running toll of several days' protests, not one day's count.
    running_tolls: list[str] = Field(default_factory=list)
    # The Nth day of the action, as regular expressions with the count in a group "n" (an
    # ordinal of the period table's ``ordinals`` or digits: "the second day of the walkout",
    # "au 36e jour de grève"), and what says the action began ("began", "a commencé").
    action_day_counts: list[str] = Field(default_factory=list)
    action_began: list[str] = Field(default_factory=list)
    # A one-off event told in the lead (a blast, a crash, a fire): its day is the story's; the
    # figures of what was done that day ("firefighters were deployed", "evacuated") are of it.
    incident_words: list[str] = Field(default_factory=list)
    incident_cues: list[str] = Field(default_factory=list)
    not_incident_results: list[str] = Field(default_factory=list)
    # The participles that open, after a comma, a clause telling what the event before it did
    # ("since 2009, when a ferry capsized, killing 41 people", "faisant six morts"): the clause
    # goes on in the event's time. Whole words: an ending ("-ing", "-ant") also caught
    # "something", "pendant", "maintenant".
    consequence_participles: list[str] = Field(default_factory=list)
    # Opening a clause after a count of who or what was there: the clause tells the event's
    # moment ("14 climbers were on the ridge when the slope gave way", "Huit camions se
    # trouvaient sur le viaduc lorsque la pile a cédé"), so the count is of
    # the event's day, as who was aboard is (claims/aboard.py).
    moment_links: list[str] = Field(default_factory=list)
    # What says the count was there, in its predicate: a verb of being somewhere, then (one
    # word at most between) a preposition of place ("were on the bridge", "se trouvaient sur
    # le viaduc"); not a lasting state ("300 people lived nearby when the plant opened").
    presence_verbs: list[str] = Field(default_factory=list)
    presence_places: list[str] = Field(default_factory=list)
    # After a count in the present perfect, a link opening a clause on the event the count
    # follows ("36 bodies have been recovered from a building that collapsed on Monday",
    # "after a bridge collapsed Wednesday"): that clause's day is the event's, not the count's,
    # which runs up to when it is told.
    perfect_event_links: list[str] = Field(default_factory=list)
    # A part of a day with no date ("dans la journée", "en milieu de journée", "in the
    # afternoon"): in an article about one event's day, a time of that day.
    day_parts: list[str] = Field(default_factory=list)
    # An hour of a day, as regular expressions ("à 18 heures", "at around 8 p.m."), likewise.
    day_hours: list[str] = Field(default_factory=list)
    # Words of a period phrase naming a moment of its day ("vendredi soir", "As of 6 p.m. on
    # Thursday", "Thursday evening"): a toll told at it is that bulletin's, as of that day
    # (``claims.tolls``), not the event's day read at publication.
    moment_words: list[str] = Field(default_factory=list)
    # A verb that reads a running count or a stock ("showed", "comptait", "avait dénombré",
    # "n'avaient pas été"), and, as regular expressions, an hour a tally runs to ("By 6 p.m.",
    # "As of 11 a.m."): a figure so read at a moment of its day is as of that day
    # (``claims.moment_readings``), not a count of the day's events.
    reading_verbs: list[str] = Field(default_factory=list)
    reading_hours: list[str] = Field(default_factory=list)
    # A past perfect ("avaient été", "had been"): after a moment of its day named before the
    # figure ("Mercredi à 8 heures, 5 230 personnes avaient été prises en charge"), what had
    # happened by then, a level as of that day (``claims.moment_readings``).
    anterior_verbs: list[str] = Field(default_factory=list)
    # A word naming what a holding earned over a window ("수익률", "rendement", "returned"): a
    # figure of it carried a stock's as-of day keeps the window of the same flow that ends
    # then (``claims.flow_windows``).
    window_flows: list[str] = Field(default_factory=list)
    # A word naming a level that stands at a time, not a flow over it ("bouchons", "caseload",
    # "보유량", "일분", "저수율"), and a peak or a level reached that names one with a length only
    # ("le pic ... 812 km", "peaked at 5.36 metres", "rose to 5.2 metres"): told on a day, it is
    # as of that day, and it keeps no look-back or flow's window carried to it
    # (``claims.level_periods``).
    level_words: list[str] = Field(default_factory=list)
    level_lengths: list[str] = Field(default_factory=list)
