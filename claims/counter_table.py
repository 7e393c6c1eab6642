"""The ``[counters]`` table of a counter language (Korean) as pydantic models: words around a
figure (``CounterWords``, in ``claims.counter_words``), words that say what it counts and who
gives it (``CounterContext``), the number grammar and the figure pattern compiled from it
(``CounterTable``). ``claims.counters`` reads figures with it, the ``counted_*`` modules their
context. No word of any language is here."""

from __future__ import annotations

import re
from functools import cache, cached_property

from pydantic import BaseModel, ConfigDict, Field

from claims.counter_words import CounterWords
from claims.lang import _alternation, raw_table

_HANGUL = "\uac00-\ud7a3"


class CounterContext(BaseModel):
    """Words that say what a figure counts and who gives it; see ``context.toml``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cite_verbs: list[str] = Field(default_factory=list)
    cite_particles: list[str] = Field(default_factory=list)
    say_verbs: list[str] = Field(default_factory=list)
    active_suffix: str = ""
    subject_particles: list[str] = Field(default_factory=list)
    share_links: list[str] = Field(default_factory=list)
    of_particle: str = ""
    size_after: list[str] = Field(default_factory=list)
    condition_endings: list[str] = Field(default_factory=list)
    obligation_auxiliaries: list[str] = Field(default_factory=list)  # "팔아야 한다"
    opinion_words: list[str] = Field(default_factory=list)  # "해야 한다고 답했다": a poll's answer
    answer_endings: list[str] = Field(default_factory=list)  # "한다고", "한다는" before it
    condition_not_verbs: list[str] = Field(default_factory=list)
    condition_nouns: list[str] = Field(default_factory=list)
    past_markers: list[str] = Field(default_factory=list)
    ratio_after: list[str] = Field(default_factory=list)
    numbered_after: list[str] = Field(default_factory=list)
    not_counted: list[str] = Field(default_factory=list)
    skip_before: list[str] = Field(default_factory=list)
    amount_bases: list[str] = Field(default_factory=list)  # "월 223만원", "시간당 1만원": per what
    span_nouns: list[str] = Field(default_factory=list)
    time_units: list[str] = Field(default_factory=list)
    age_band: str = ""
    age_bounds: list[str] = Field(default_factory=list)
    rate_before: dict[str, str] = Field(default_factory=dict)
    carry_period_forward: bool = False
    # After a window, what ties it to a poll as its fieldwork ("지난 24~26일 전국 성인 1천2명을
    # 대상으로 실시한 조사"): the window carries to the poll's shares only (claims.poll_windows).
    poll_after_window: list[str] = Field(default_factory=list)
    poll_samples: list[str] = Field(default_factory=list)  # "1천2명을 대상으로": people asked
    comparison_after: list[str] = Field(default_factory=list)
    compared_figure_links: list[str] = Field(default_factory=list)  # "(11월 25일)의 687만 명보다"
    first_day_words: list[str] = Field(default_factory=list)  # "첫날 2천870명": the event's first
    story_days: list[str] = Field(default_factory=list)
    story_day_glosses: list[str] = Field(default_factory=list)
    counted_after: list[str] = Field(default_factory=list)
    combined_marks: list[str] = Field(default_factory=list)
    change_base_particles: list[str] = Field(default_factory=list)
    level_particles: list[str] = Field(default_factory=list)
    part_topic_particles: list[str] = Field(default_factory=list)  # "수출은", "정부소비도"
    focus_nouns: list[str] = Field(default_factory=list)  # "반도체를 중심으로": what drove a rate
    base_nouns: list[str] = Field(default_factory=list)  # "전기 대비": a rate's base
    release_adnominals: list[str] = Field(default_factory=list)  # "10월 발표된 속보치"
    release_date_particles: list[str] = Field(default_factory=list)  # "10월에 발표한"
    serial_endings: list[str] = Field(default_factory=list)
    list_close: list[str] = Field(default_factory=list)
    current_event_words: list[str] = Field(default_factory=list)
    vote_words: list[str] = Field(default_factory=list)
    vote_held: list[str] = Field(default_factory=list)
    vote_venue: list[str] = Field(default_factory=list)  # "체육관에서 열린 전당대회"
    # the sitting of a body that votes ("16일 본회의에서", "제12차 전원회의"): its day is the vote's
    vote_sessions: list[str] = Field(default_factory=list)
    vote_held_finite: list[str] = Field(default_factory=list)  # "대통령 선거가 치러졌다"
    vote_results: list[str] = Field(default_factory=list)
    vote_counters: list[str] = Field(default_factory=list)
    not_vote_results: list[str] = Field(default_factory=list)
    this_vote: list[str] = Field(default_factory=list)
    whole_vote: list[str] = Field(default_factory=list)
    past_vote: list[str] = Field(default_factory=list)
    vote_number_opens: list[str] = Field(default_factory=list)
    vote_number_marks: list[str] = Field(default_factory=list)
    vote_word_particles: list[str] = Field(default_factory=list)
    vote_number_not_own: list[str] = Field(default_factory=list)  # "15대 대선 이후": a baseline
    year_marks: list[str] = Field(default_factory=list)  # "년" in "1987년 13대 대선"
    vote_count_words: list[str] = Field(default_factory=list)  # "개표": the count of the vote
    vote_count_ended: list[str] = Field(default_factory=list)
    vote_count_began: list[str] = Field(default_factory=list)
    morning_marks: list[str] = Field(default_factory=list)
    evening_marks: list[str] = Field(default_factory=list)
    vote_day_nouns: list[str] = Field(default_factory=list)  # "투표일", "선거일"
    vote_day_links: list[str] = Field(default_factory=list)  # "인": "투표일인 지난 10일"
    vote_rolls: list[str] = Field(default_factory=list)  # "선거인": the roll, before its count
    vote_takers: list[str] = Field(default_factory=list)  # "투표에 참여": after the count
    vote_shares: list[str] = Field(default_factory=list)  # "득표율", "를 얻": a vote share
    vote_turnouts: list[str] = Field(default_factory=list)  # "투표율": a share no one owns
    vote_owner_particles: list[str] = Field(default_factory=list)  # "정민수 후보는"
    party_endings: list[str] = Field(default_factory=list)  # "정의당": a party, not a person
    adnominal_tags: list[str] = Field(default_factory=list)  # "득표한": modifies a noun after
    event_began: list[str] = Field(default_factory=list)
    held_verbs: list[str] = Field(default_factory=list)  # "열었": only with a held action
    held_actions: list[str] = Field(default_factory=list)  # "집회를 열었", "파업대회를 열고"
    since_began: list[str] = Field(default_factory=list)
    day_ordinal: str = ""
    event_ended: list[str] = Field(default_factory=list)
    event_running: list[str] = Field(default_factory=list)
    event_ongoing: list[str] = Field(default_factory=list)
    place_names: list[str] = Field(default_factory=list)
    place_suffixes: list[str] = Field(default_factory=list)
    place_parts: list[str] = Field(default_factory=list)
    place_bodies: list[str] = Field(default_factory=list)
    nationwide: list[str] = Field(default_factory=list)
    estimate_marks: list[str] = Field(default_factory=list)
    local_time: list[str] = Field(default_factory=list)
    still_words: list[str] = Field(default_factory=list)
    ongoing_part_words: list[str] = Field(default_factory=list)  # "파업 참가자는": a level
    clause_links: list[str] = Field(default_factory=list)  # "늘면서 ": another clause's subject
    day_parts: list[str] = Field(default_factory=list)  # "어제 아침 17%": a rate at a moment
    tallied_rates: list[str] = Field(default_factory=list)  # "투표율": a share of a day's tally
    now_words: list[str] = Field(default_factory=list)  # "지금까지": told from publication
    topic_particles: list[str] = Field(default_factory=list)  # "참가자는 7천370명,"
    sentence_ends: list[str] = Field(default_factory=list)
    object_particles: list[str] = Field(default_factory=list)
    object_set_at: list[str] = Field(default_factory=list)  # "인원을 1만 명으로 집계했다"
    compared_marks: list[str] = Field(default_factory=list)  # "전날(139곳)보다"
    rate_noun_endings: list[str] = Field(default_factory=list)  # "실업률은 전년(2.8%)보다"
    setting_particles: list[str] = Field(default_factory=list)
    only_after: list[str] = Field(default_factory=list)
    only_within: list[str] = Field(default_factory=list)
    cumulative_words: list[str] = Field(default_factory=list)
    earlier_release: list[str] = Field(default_factory=list)
    # "지난 총선의 경우 같은 시간 투표율은 5.98%": a figure of another time compared at the same
    # hour is a baseline, which later figures do not carry on with
    same_time_words: list[str] = Field(default_factory=list)
    # the endings of a rate noun ("운행률", "참가율") and nouns of a time that name no part
    # ("같은 시각 80.1%"): what a percentage measures (claims/counted_rates.py)
    rate_endings: list[str] = Field(default_factory=list)
    time_nouns: list[str] = Field(default_factory=list)
    # named things an article tells apart ("이튼 산불", "팰리세이즈 파이어"): their head nouns,
    # what joins two of them into one figure's, words before a head that name none
    # (claims/counted_named.py)
    entity_heads: list[str] = Field(default_factory=list)
    entity_joins: list[str] = Field(default_factory=list)
    entity_not_names: list[str] = Field(default_factory=list)
    entity_not_endings: list[str] = Field(default_factory=list)  # "발생한 산불": a clause
    rate_noun_links: list[str] = Field(default_factory=list)  # "기간에 상승률": no kind of it
    record_words: list[str] = Field(default_factory=list)
    record_among: list[str] = Field(default_factory=list)
    record_since: list[str] = Field(default_factory=list)
    compared_counts: list[str] = Field(default_factory=list)
    compared_count_nouns: list[str] = Field(default_factory=list)
    breakdown_marks: list[str] = Field(default_factory=list)
    hour_breakdowns: list[str] = Field(default_factory=list)
    release_words: list[str] = Field(default_factory=list)
    completed_words: list[str] = Field(default_factory=list)
    stock_words: list[str] = Field(default_factory=list)
    flow_words: list[str] = Field(default_factory=list)
    flow_subject_particles: list[str] = Field(default_factory=list)
    level_after_change: list[str] = Field(default_factory=list)
    trailing_marks: list[str] = Field(default_factory=list)
    window_suffixes: list[str] = Field(default_factory=list)
    early_votes: list[str] = Field(default_factory=list)
    not_source: list[str] = Field(default_factory=list)
    dateline_marks: list[str] = Field(default_factory=list)
    hour_marks: list[str] = Field(default_factory=list)
    minute_marks: list[str] = Field(default_factory=list)
    said_after_day: list[str] = Field(default_factory=list)
    source_aliases: dict[str, str] = Field(default_factory=dict)
    average_words: list[str] = Field(default_factory=list)
    span_words: list[str] = Field(default_factory=list)
    planned_after: list[str] = Field(default_factory=list)
    planned_before: list[str] = Field(default_factory=list)
    former_endings: list[str] = Field(default_factory=list)  # "열던": what used to be
    answered_after: list[str] = Field(default_factory=list)
    annual_values: list[str] = Field(default_factory=list)
    cause_particles: list[str] = Field(default_factory=list)
    deadline_marks: list[str] = Field(default_factory=list)
    hedged_after: list[str] = Field(default_factory=list)
    clause_endings: list[str] = Field(default_factory=list)
    future_nouns: list[str] = Field(default_factory=list)
    future_final: str = ""
    said_between: list[str] = Field(default_factory=list)
    owner_heads: list[str] = Field(default_factory=list)
    not_owners: list[str] = Field(default_factory=list)

    @cached_property
    def rate_before_longest_first(self) -> tuple[tuple[str, str], ...]:
        """ "하루 평균" before "평균": the longest words before a rate's figure tried first."""
        return tuple(sorted(self.rate_before.items(), key=lambda kv: -len(kv[0])))

    # Lists looked up per morpheme or per figure, as sets and tuples (speed).
    @cached_property
    def not_counted_set(self) -> frozenset[str]:
        return frozenset(self.not_counted)

    @cached_property
    def place_names_set(self) -> frozenset[str]:
        return frozenset(self.place_names)

    @cached_property
    def say_verbs_set(self) -> frozenset[str]:
        return frozenset(self.say_verbs)

    @cached_property
    def nationwide_set(self) -> frozenset[str]:
        return frozenset(self.nationwide)

    @cached_property
    def place_suffixes_all(self) -> tuple[str, ...]:
        return tuple(self.place_suffixes)

    @cached_property
    def place_bodies_all(self) -> tuple[str, ...]:
        return tuple(self.place_bodies)

    @cached_property
    def numbered_after_all(self) -> tuple[str, ...]:
        return tuple(self.numbered_after)

    @cached_property
    def object_set_at_all(self) -> tuple[str, ...]:
        return tuple(self.object_set_at)

    @cached_property
    def rate_words(self) -> tuple[str, ...]:
        return tuple(self.rate_before)

    @cached_property
    def comparison_after_all(self) -> tuple[str, ...]:
        return tuple(self.comparison_after)

    @cached_property
    def clock_re(self) -> re.Pattern[str]:
        """An hour, maybe with its minutes ("오후 2시 10분쯤", "오후 4시")."""
        hours = _alternation(self.hour_marks) or "(?!)"
        minutes = _alternation(self.minute_marks) or "(?!)"
        return re.compile(rf"\d{{1,2}}\s*(?:{hours})(?:\s*\d{{1,2}}\s*(?:{minutes}))?")

    def names_an_hour(self, phrase: str) -> bool:
        """Whether a period phrase names an hour ("이날 오후 6시 기준"): a moment of its day."""
        return any(h in phrase for h in self.hour_marks)


class CounterTable(BaseModel):
    """The ``[counters]`` table of a language, with the figure pattern compiled from it."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True, extra="forbid")

    group: list[str]
    decimal: list[str]
    big_scales: dict[str, float]
    small_scales: dict[str, float]
    native_units: dict[str, int] = Field(default_factory=dict)
    native_tens: dict[str, int] = Field(default_factory=dict)
    native_ranges: dict[str, tuple[int, int]] = Field(default_factory=dict)
    vague_prefix: str = ""
    vague_scales: dict[str, tuple[float, float]] = Field(default_factory=dict)
    range_marks: list[str] = Field(default_factory=list)
    # "2시간 40분": per larger unit, the smaller one, how many of it make one of the larger, and
    # the unit the whole is read in
    compound_units: dict[str, tuple[str, float, str]] = Field(default_factory=dict)
    units: dict[str, str]
    words: CounterWords
    context: CounterContext = Field(default_factory=CounterContext)

    @cached_property
    def digits(self) -> str:
        group = "".join(re.escape(g) for g in self.group)
        dec = "".join(re.escape(d) for d in self.decimal)
        return rf"\d{{1,3}}(?:[{group}]\d{{3}})+(?:[{dec}]\d+)?|\d+(?:[{dec}]\d+)?"

    @cached_property
    def figure_re(self) -> re.Pattern[str]:
        """One figure: a fraction, a half, a native number word before its counter, or digits
        (with scale words, an "about" suffix and a counter)."""
        w = self.words
        small, big = _alternation(self.small_scales), _alternation(self.big_scales)
        digits = self.digits
        # Every group but the last carries a scale word: "1만 2천", "9천 6백", "74만 4000".
        scaled = rf"(?:{digits})(?:(?:{small})(?:{big})?|(?:{big}))"
        # "1,400여만 원", "3천여만 원": the "about" suffix may stand before the last big scale
        glued = _alternation(w.glued_after) or "(?!)"
        # Broadcast copy drops the one before a leading scale word: "만 4천 117에이커", "천 17채".
        # A bare big scale needs a scaled group after it, so "만 18세" (full age) stays an age.
        lead = rf"(?:(?:{big})[ ](?=(?:{digits})(?:{small}))|(?:{small})[ ](?=\d))"
        chain = rf"{lead}?(?:{scaled}[ ]?)*(?:{digits})(?:{small})?(?:(?:{glued})?(?:{big}))?"
        vague = (
            rf"{re.escape(self.vague_prefix)}(?:{_alternation(self.vague_scales)})"
            if self.vague_prefix and self.vague_scales
            else "(?!)"
        )
        counters = _alternation(self.units)
        native_counters = _alternation([u for u in self.units if u not in w.digit_counters])
        tens, units = _alternation(self.native_tens), _alternation(self.native_units)
        native = rf"(?:{tens})?(?:{units})|(?:{tens})|(?:{_alternation(self.native_ranges)})"
        signs = _alternation(w.money_signs) or "(?!)"
        about = _alternation(w.glued_after) or "(?!)"
        fraction = re.escape(w.fraction_mark) if w.fraction_mark else "(?!)"
        halves = _alternation(w.half_words) or "(?!)"
        guard = _not_a_noun_after(w.native_counter_followers)
        return re.compile(
            rf"(?P<den>{digits}){fraction}[ ]?(?P<num>{digits})"
            rf"|(?<![{_HANGUL}])(?P<half>{halves})"
            rf"|(?<![\w.,])(?P<sign>{signs})?(?P<chain>{chain}|{vague})(?P<about>{about})?"
            rf"(?:[ ]?(?P<counter>{counters}))?"
            rf"|(?<![{_HANGUL}\w])(?P<native>{native})[ ]?(?P<ncounter>{native_counters})"
            rf"{guard}"
        )

    @cached_property
    def digits_re(self) -> re.Pattern[str]:
        return re.compile(self.digits)

    @cached_property
    def scales_longest_first(
        self,
    ) -> tuple[tuple[tuple[str, float], ...], tuple[tuple[str, float], ...]]:
        """The small and the big scale words, longest first (the first that fits wins)."""
        return (
            tuple(sorted(self.small_scales.items(), key=lambda kv: -len(kv[0]))),
            tuple(sorted(self.big_scales.items(), key=lambda kv: -len(kv[0]))),
        )

    @cached_property
    def tens_longest_first(self) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(self.native_tens.items(), key=lambda kv: -len(kv[0])))

    @cached_property
    def after_re(self) -> re.Pattern[str]:
        particles = _alternation(self.words.after_particles) or "(?!)"
        return re.compile(rf"(?:{particles})?[ ]?(?P<word>{_alternation(self.words.after)})")

    @cached_property
    def level_after_re(self) -> re.Pattern[str]:
        words = _alternation(self.words.level_after) or "(?!)"
        followers = "".join(self.words.native_counter_followers)  # a particle's first syllable
        return re.compile(rf"[ ]?(?P<word>{words})(?=$|[^{_HANGUL}]|[{followers}])")

    @cached_property
    def price_before_re(self) -> re.Pattern[str]:
        words = _alternation(self.words.price_before) or "(?!)"
        return re.compile(rf"(?<![{_HANGUL}\w])(?P<word>{words})[ ]*$")

    @cached_property
    def money_units(self) -> frozenset[str]:
        """The units that are currencies: ISO codes ("KRW", "USD")."""
        return frozenset(u for u in self.units.values()
                         if len(u) == 3 and u.isalpha() and u.isupper())

    @cached_property
    def before_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![{_HANGUL}\w])(?:{_alternation(self.words.before)})[ ]*$")

    @cached_property
    def share_gap_re(self) -> re.Pattern[str]:
        return re.compile(rf"^[ ]*(?:{_alternation(self.words.share_links)})[ ]*$")

    @cached_property
    def range_gap_re(self) -> re.Pattern[str]:
        marks = "".join(re.escape(m) for m in self.range_marks)
        return re.compile(rf"^[ ]*[{marks}][ ]*$") if marks else re.compile("(?!)")


def _not_a_noun_after(followers: list[str]) -> str:
    """After a native counter, a syllable that opens no particle (none of ``followers``) makes
    the counter the first syllable of a noun, and the native word a determiner: "한 대학",
    "한 건물", "한 채소 가게" ("a university"). The lookahead that refuses it ("" with no
    followers listed)."""
    starts = "".join(followers)
    return rf"(?![{_HANGUL}](?<![{starts}]))" if starts else ""


@cache
def load_counter_table(lang: str) -> CounterTable:
    """The ``[counters]`` table of a language, validated once per process."""
    data = raw_table(lang).get("counters")
    if data is None:
        raise ValueError(f"claims/lang/{lang}/ has no [counters] table")
    try:
        return CounterTable.model_validate(data)
    except ValueError as exc:
        raise ValueError(f"claims/lang/{lang}/counters.toml: {exc}") from None
