"""The kinds of period phrase a language table may name, as a closed set.

Each pattern of ``[extraction.periods].patterns`` names one of these; ``claims.periods`` has one
small resolver per kind, and loading a table that names a kind outside this set fails with the
file's name, rather than the phrase being dropped without a word.
"""

from __future__ import annotations

from enum import StrEnum


class Phrase(StrEnum):
    """What a period phrase says, before it is resolved to dates."""

    year = "year"  # "in 2023", "en 2024"
    report_year = "report_year"  # "a 2023 report", "un rapport de 2023": dates only a bare figure
    year_range = "year_range"  # "between 2021 and 2023"
    split_year = "split_year"  # "in 2023-24": a fiscal or school year whose months are unknown
    month = "month"  # "in March", "en mars 2024"
    month_of = "month_of"  # "le déficit d'octobre": a finished month a noun names
    month_range = "month_range"  # "between January and July", "in June and July"
    month_part_range = "month_part_range"  # "entre début juin et fin juillet"
    season = "season"  # "cet été", "l'hiver dernier", "au printemps 2024": its months
    month_part = "month_part"  # "fin août 2024", "early March"
    month_yearref_range = "month_yearref_range"  # "between October last year and May this year"
    month_to_weekday = "month_to_weekday"  # "from January to last Friday"
    day_to_weekday = "day_to_weekday"  # "between March 1 and Friday": a count from a day to another
    through_day = "through_day"  # "through March 7": from that year's start to the day
    month_to_day = "month_to_day"  # "from October 2018 thru April 12, 2019"
    through_month = "through_month"  # "through June", "jusqu'à fin juin"
    this_month = "this_month"  # "this month", "ce mois-ci"
    leading_window = "leading_window"  # "the first seven months of 2024"
    trailing_window = "trailing_window"  # "the past 12 months"
    closing_window = "closing_window"  # "the last three months of 2018", "les 3 derniers mois 2018"
    week_of = "week_of"  # "the week of June 25", "la semaine du 25 juin": seven days from that day
    # "en semaine 48", "la semaine 47": a bulletin's numbered (ISO) week, Monday to Sunday
    week_number = "week_number"
    since_week_number = "since_week_number"  # "depuis la semaine 46": from that week's Monday
    week_range = "week_range"  # "between weeks 11 and 14", "entre les semaines 11 et 14"
    window_to_publication = "window_to_publication"  # "In one month, ..."
    window_to_month = "window_to_month"  # "the 12 months to October"
    window_to_day = "window_to_day"  # "in the week to Aug. 27", "the seven days to Sunday"
    this_week = "this_week"  # "this week", "cette semaine"
    weekend = "weekend"  # "over the weekend", "ce week-end"
    last_week = "last_week"  # the previous Monday to Sunday
    last_month = "last_month"
    quarter = "quarter"
    through_quarter = "through_quarter"  # "3분기 누적", "1~3분기": the year to that quarter's end
    as_of_quarter = "as_of_quarter"  # "at the end of the second quarter": a level at its end
    half = "half"
    ago = "ago"  # "three weeks ago"
    ago_calendar = "ago_calendar"  # "four years ago": that year, "two months ago": that month
    weekday = "weekday"  # "on Thursday"
    weekday_range = "weekday_range"  # "between Tuesday and Sunday"
    relative_day = "relative_day"  # "yesterday", "hier"
    day = "day"  # "on March 14", "le 14 mars"
    event_day = "event_day"  # "Tuesday's election": a day the article's results are about
    day_range = "day_range"  # "between March 4 and 8", "du 4 au 8 mars"
    # "from Thanksgiving Day through Cyber Monday": the days between two named days
    named_day_range = "named_day_range"
    day_pair = "day_pair"  # "les 14 et 15 juin": one event's days; "les 19 et 31 janvier": 2 dates
    as_of = "as_of"  # "as of Oct. 31", "au 30 novembre"
    as_of_month = "as_of_month"  # "as of September of this year", "à fin septembre"
    as_of_weekday = "as_of_weekday"  # "as of Tuesday"
    as_of_relative_day = "as_of_relative_day"  # "이날 오후 6시 현재", "전날 기준": a total that day
    as_of_last_month = "as_of_last_month"  # "지난달 말 기준": a total at last month's end
    since_relative_day = "since_relative_day"  # "어제부터 내린 비로": from that day on
    last_month_day = "last_month_day"  # "지난달 22일", "지난달 28일부터 이달 3일까지"
    through_last_month = "through_last_month"  # "올해 들어 지난달까지": the year to last month
    year_end = "year_end"  # "at the end of last year", "fin 2023"
    since_day = "since_day"  # "since the campaign began on May 2", "depuis le 2 mai"
    since_weekday = "since_weekday"  # "since Monday", "depuis lundi"
    since_month = "since_month"  # "since March"
    since_month_part = "since_month_part"  # "지난달 중순 이후": from a part of a month on
    since_year = "since_year"  # "since 2020"
    # "depuis l'ouverture", "depuis le début de la collecte": from a start the phrase names but
    # does not date; the article's story window dates it when it opened on the same thing
    since_story = "since_story"
    year_to_date = "year_to_date"  # "so far this year", "depuis le début de l'année"
    yearref = "yearref"  # "last year", "cette année"
    year_earlier = "year_earlier"  # "a year earlier", "the same period last year"
    unit_earlier = "unit_earlier"  # "the previous week", "un mois plus tôt": one step back
    same_point = "same_point"  # "at the same point last year", "à la même période l'an dernier"
    # "le même samedi l'an dernier", "the same Saturday last year": that weekday 52 weeks back
    same_weekday = "same_weekday"
    back_reference = "back_reference"  # "during that period", "au cours de cette période"
    # "that year", "cette année-là", "sur la semaine", "over the month": the last period of
    # that grain named, in the sentence or before it
    named_unit = "named_unit"
    future = "future"  # "later this month": a time to come; dates no count, hides what it holds
    # "108.7(2020년=100)", "(2015=100)": the base year an index is expressed against; no period
    index_base = "index_base"
    unnamed_time = "unnamed_time"  # "au plus fort de la tempête": a time given no date
    unit_later = "unit_later"  # "the next day", "le lendemain", "two days later": after a day said
    # "설 연휴", "le week-end de l'Ascension": a holiday's days (claims.named_days)
    holiday_window = "holiday_window"
    # "연휴 기간", "during the holiday": the holiday window the article named before
    holiday_reference = "holiday_reference"


# Phrases that date the figure compared with, not the others ("a year earlier").
BASELINES = frozenset({
    Phrase.year_earlier, Phrase.same_point, Phrase.unit_earlier, Phrase.same_weekday,
})
# Phrases that name one day.
DAYS = frozenset({Phrase.day, Phrase.weekday, Phrase.relative_day})
# Phrases that open a running count at a start the text names ("depuis le 3 mars", "since
# Feb. 9", "since Monday"): the count runs from there (claims.running_counts).
SINCE_A_START = frozenset({
    Phrase.since_day, Phrase.since_weekday, Phrase.since_month, Phrase.since_month_part,
    Phrase.since_story, Phrase.since_relative_day,
})
