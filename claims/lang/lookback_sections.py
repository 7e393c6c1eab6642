"""The words of ``[extraction.periods]`` that tell a time framing no figure of the story, or no
present: an earlier time's figure the story's figure follows, in a language that puts its links
after the noun (claims.binding_asides), a deadline still ahead (claims.deadlines), a place
that remains first in a ranking (claims.rankings), and what opens a breakdown."""

from __future__ import annotations

from pydantic import BaseModel, Field


class LookbackWords(BaseModel):
    """Right after an earlier time's figure, or after the last figure of a list of them: what
    the story's figure follows ("1분기 0.4%, 2분기 0.5%에 이어 세 분기 연속", "2010년 2분기
    1.7%를 기록한 이후"), a look back that does not move the story's time."""

    lookback_after: list[str] = Field(default_factory=list)
    # The words that open a time compared with ("par rapport à", "compared with"): set right
    # before a parenthesis opening on a figure ("en hausse de 3,1 % par rapport à 2024
    # (326 600)"), that time labels the figure in it, not the change before it.
    compared_times: list[str] = Field(default_factory=list)


class DeadlineWords(BaseModel):
    """A decision's term, not a count's time: a verb or noun of extending, renewing or keeping
    something in force ("reconduit la grève", "valable", "extend the strike", "remain in
    force"), at most four words, then a link ("jusqu'à", "until"), then a weekday: "jusqu'à
    vendredi" is the coming Friday, the day the decision runs to, and dates no figure."""

    deadline_cues: list[str] = Field(default_factory=list)
    deadline_links: list[str] = Field(default_factory=list)
    # What says the weekday a few words after it is a day still ahead, of a thing planned or
    # ordered (a day of mourning, a funeral, a session "will be held", "aura lieu", "prévue"):
    # "declared a day of mourning for Wednesday", "Une journée de deuil a été décrétée
    # mercredi", read on the Monday, is the coming Wednesday, no day of the story told.
    ahead_cues: list[str] = Field(default_factory=list)


class RankingWords(BaseModel):
    """A verb of continuing that is a present cue ("reste", "remains"), and the ranking words
    that, right after it, make it say a place still leads the count told before ("reste le
    département le plus touché", "remains the hardest-hit area"), not a state held now."""

    ranking_verbs: list[str] = Field(default_factory=list)
    ranking_words: list[str] = Field(default_factory=list)
    # What opens a sentence that splits a report's total by nationality, region, agency or
    # motive ("By region, ...", "Par nationalité d'origine, ...", "지역별로는 ..."): its figures
    # with no time of their own are of the report's period (claims.release_frame), not of the
    # window the sentence before named for another figure. Phrases that open the sentence, and
    # endings of its first word (a language that glues the cue to its noun).
    breakdown_heads: list[str] = Field(default_factory=list)
    breakdown_head_endings: list[str] = Field(default_factory=list)
