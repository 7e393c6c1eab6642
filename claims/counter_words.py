"""The words around a figure in a counter language's ``[counters]`` table (Korean), as a pydantic
model: approximation words before and after, particles, ordinals and bands, change directions.
Kept apart from ``claims.counter_table`` (the context words and the number grammar) so that each
module reads as one job. No word of any language is here."""

from __future__ import annotations

import re
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field

from claims.models import Approx, Direction


class CounterWords(BaseModel):
    """Words around a figure; see ``claims/lang/<code>/counters.toml`` for each."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    money_signs: dict[str, str] = Field(default_factory=dict)
    glued_after: dict[str, Approx] = Field(default_factory=dict)
    before: dict[str, Approx] = Field(default_factory=dict)
    price_before: dict[str, str] = Field(default_factory=dict)
    after: dict[str, Approx] = Field(default_factory=dict)
    # A level word ("1만 명 수준", "1천440원선까지") rounds a count or an amount (counters.py).
    level_after: dict[str, Approx] = Field(default_factory=dict)
    after_particles: list[str] = Field(default_factory=list)
    window_after: list[str] = Field(default_factory=list)
    duration_claim_words: list[str] = Field(default_factory=list)
    year_counter: str = ""
    share_links: list[str] = Field(default_factory=list)
    half_words: list[str] = Field(default_factory=list)
    fraction_mark: str = ""
    ordinal_before: list[str] = Field(default_factory=list)
    ordinal_after: list[str] = Field(default_factory=list)
    band_after: list[str] = Field(default_factory=list)
    digit_counters: list[str] = Field(default_factory=list)
    denominator_after: list[str] = Field(default_factory=list)
    # The base a price or a cost is given for, no count: "배추 24포기 기준 38만6천원".
    base_after: list[str] = Field(default_factory=list)
    # A count glued to one of these before a figure in digits is its unit ("한 채에 2천만 원").
    per_unit_particles: list[str] = Field(default_factory=list)
    # An index's level, bare: after an index noun ("지수는 116.37로") or before a market verb
    # with the index named in its clause ("코스피는 ... 2,558.55에 장을 마쳤다"): counter_bases.
    index_nouns: list[str] = Field(default_factory=list)
    index_level_after: list[str] = Field(default_factory=list)
    index_moment_after: list[str] = Field(default_factory=list)  # an open, a swing: no level
    tally_words: list[str] = Field(default_factory=list)  # "찬성 204·반대 85": a vote's tally
    tally_particles: list[str] = Field(default_factory=list)
    clause_end_endings: list[str] = Field(default_factory=list)
    # A bare number in 만 with no counter, right before one of these, is a headcount whose
    # counter a rally's copy leaves out ("참가 인원을 15만 안팎으로", "주최 측은 30만 추산").
    headcount_after: list[str] = Field(default_factory=list)
    index_particles: list[str] = Field(default_factory=list)
    gloss_particles: list[str] = Field(default_factory=list)
    none_particles: list[str] = Field(default_factory=list)
    change_from_particles: list[str] = Field(default_factory=list)
    change_to_particles: list[str] = Field(default_factory=list)
    direction_after: dict[Direction, list[str]] = Field(default_factory=dict)
    direction_skip: list[str] = Field(default_factory=list)
    # The base words that end each item of a list of rates one change word follows ("전월 대비
    # 1.9%, 전년 동월 대비 9.4% 증가"): claims/listed_rates.py.
    rate_list_bases: list[str] = Field(default_factory=list)
    age_band_counter: str = ""
    age_band_top: int = 0
    machine_nouns: list[str] = Field(default_factory=list)
    rank_after: list[str] = Field(default_factory=list)
    not_count_after: dict[str, list[str]] = Field(default_factory=dict)
    not_count_before: dict[str, list[str]] = Field(default_factory=dict)
    generation_counters: dict[str, int] = Field(default_factory=dict)
    money_nouns: list[str] = Field(default_factory=list)
    money_scales: list[str] = Field(default_factory=list)
    money_unit: str = ""
    money_noun_particles: list[str] = Field(default_factory=list)
    sign_before: dict[str, int] = Field(default_factory=dict)
    until_after: str = ""
    definition_verbs: list[str] = Field(default_factory=list)
    not_defining: list[str] = Field(default_factory=list)
    class_copula: str = ""
    until_granted: list[str] = Field(default_factory=list)
    limit_nouns: list[str] = Field(default_factory=list)
    sign_required: list[str] = Field(default_factory=list)
    class_bounds: list[str] = Field(default_factory=list)
    bracket_nouns: list[str] = Field(default_factory=list)
    passing_after: list[str] = Field(default_factory=list)
    named_before: list[str] = Field(default_factory=list)
    class_of: str = ""
    class_nouns: list[str] = Field(default_factory=list)
    ratio_counter: str = ""
    duration_stat_before: list[str] = Field(default_factory=list)
    threshold_nouns: list[str] = Field(default_factory=list)
    threshold_links: list[str] = Field(default_factory=list)
    unit_price_nouns: list[str] = Field(default_factory=list)
    unit_price_modifiers: list[str] = Field(default_factory=list)
    zone_nouns: list[str] = Field(default_factory=list)
    zone_bounds: list[str] = Field(default_factory=list)
    body_words: list[str] = Field(default_factory=list)
    date_name_dots: list[str] = Field(default_factory=list)
    speed_limit_nouns: list[str] = Field(default_factory=list)
    speed_limit_particles: list[str] = Field(default_factory=list)
    speed_limit_fillers: list[str] = Field(default_factory=list)
    speed_limit_after: list[str] = Field(default_factory=list)
    native_counter_followers: list[str] = Field(default_factory=list)

    # The word lists as tuples, which ``str.startswith`` tests in one call (speed).
    @cached_property
    def ordinal_after_all(self) -> tuple[str, ...]:
        return tuple(self.ordinal_after)

    @cached_property
    def ordinal_before_all(self) -> tuple[str, ...]:
        return tuple(self.ordinal_before)

    @cached_property
    def band_after_all(self) -> tuple[str, ...]:
        return tuple(self.band_after)

    @cached_property
    def band_after_stripped(self) -> frozenset[str]:
        return frozenset(b.strip() for b in self.band_after)

    @cached_property
    def base_after_all(self) -> tuple[str, ...]:
        return tuple(self.base_after)

    @cached_property
    def denominator_after_all(self) -> tuple[str, ...]:
        return tuple(self.denominator_after)

    @cached_property
    def none_particles_all(self) -> tuple[str, ...]:
        return tuple(self.none_particles)

    @cached_property
    def window_after_all(self) -> tuple[str, ...]:
        return tuple(self.window_after)

    @cached_property
    def direction_skip_longest_first(self) -> tuple[str, ...]:
        return tuple(sorted(self.direction_skip, key=len, reverse=True))

    @cached_property
    def direction_after_all(self) -> tuple[tuple[Direction, tuple[str, ...]], ...]:
        return tuple((way, tuple(stems)) for way, stems in self.direction_after.items())

    @cached_property
    def clause_end_re(self) -> re.Pattern[str]:
        """Where a clause ends: a connective ending before a comma, or a stop mark."""
        endings = "|".join(map(re.escape, self.clause_end_endings))
        return re.compile(rf"(?:{endings}),|[…;!?]" if endings else r"[…;!?]")
