"""Periods of English figures: every FIELD_NOTES row P1-P19 that names English, and more
sentences of each class met in real news (our own wording, other numbers and names)."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FIELD_NOTES = [
    case("On Thursday, 1.1 million people marched across the country, according to the ministry.",
         "2023-02-17", E("1.1 million", "2023-02-16", "2023-02-16", "day"), id="P1-named-day"),
    case("Police said Wednesday that 412 people had been detained this year.", "2024-05-16",
         E("412", "2024-01-01", "2024-05-16", "to_date"), id="P3-said-wednesday"),
    case("The agency announced on Monday that 250 complaints were filed in May and June.",
         "2024-07-09", E("250", "2024-05-01", "2024-06-30", "interval"), id="P4-announced-monday"),
    case("More than 21,000 people have crossed the Channel so far this year.", "2023-09-30",
         E("More than 21,000", "2023-01-01", "2023-09-30", "to_date"), id="P5-so-far-this-year"),
    case("82.4 percent of the 611 people held this year were men, as of Oct. 31.", "2024-11-05",
         E("82.4 percent", "2024-01-01", "2024-10-31", "to_date"),
         E("611", "2024-01-01", "2024-10-31", "to_date"), id="P7-this-year-as-of"),
    case("From January to last Friday, 930 cases were reported.", "2024-06-18",
         E("930", "2024-01-01", "2024-06-14", "interval"), id="P8-january-to-last-friday"),
    case("Victims filed 140 reports between March 4 and 8.", "2024-03-12",
         E("140", "2024-03-04", "2024-03-08", "interval"), id="P9-day-range"),
    case("Dealers sold 3,200 units between October last year and May this year.", "2024-06-20",
         E("3,200", "2023-10-01", "2024-05-31", "interval"), id="P10-month-last-year-to-month"),
    case("Officers detained 1,480 people through June, the ministry said.", "2024-07-10",
         E("1,480", "2024-01-01", "2024-06-30", "interval"), id="P11-through-june"),
    case("Officials counted 28,100 arrivals, 9% more than the 25,800 recorded at the same point "
         "last year.", "2024-10-20",
         E("28,100", "2024-01-01", "2024-10-20", "to_date"),
         E("25,800", "2023-01-01", "2023-10-20", "interval"), id="P12-same-point-last-year"),
    case("310 of those reports were made in the month since the campaign began on May 2.",
         "2024-06-03", E("310", "2024-05-02", "2024-06-03", "to_date"), id="P13-since-began-on"),
    case("Police arrested 164 suspects in April and May. Of them, 118 were teenagers.",
         "2024-06-03",
         E("118", "2024-04-01", "2024-05-31", "interval", "carried", source_surface="164"),
         id="P14-of-them"),
    case("Rescuers pulled 61 people from the water in July, 27 of whom were children.",
         "2024-08-05",
         E("27", "2024-07-01", "2024-07-31", "interval", "carried", source_surface="61"),
         id="P14-of-whom"),
    case("Doctors treated 230 patients last month, including 52 under 14.", "2024-09-10",
         E("52", "2024-08-01", "2024-08-31", "interval", "carried", source_surface="230"),
         id="P14-including"),
    case("Police held 164 suspects in April and May. The apprehended suspects included 95 people "
         "in their twenties.", "2024-06-03",
         E("95", "2024-04-01", "2024-05-31", "interval", "carried", source_surface="164"),
         id="P15-the-apprehended-suspects-included"),
    case("According to a 2023 report by a research firm, 48% of adults used the service.",
         "2024-03-01", E("48%", "2023-01-01", "2023-12-31", "interval"), id="P16-report-year"),
    case("# Police make 640 arrests in fraud crackdown\n\n"
         "Police have arrested 640 people this year, as of Oct. 15, officials said.", "2024-10-20",
         E("640", "2024-01-01", "2024-10-15", "to_date", "carried"), id="P17-headline-borrows"),
    case("Last week, 91 reports were filed.", "2024-09-09",
         E("91", "2024-09-02", "2024-09-08", "interval"), id="P18-last-week"),
    case("The average number of daily reports was 11.3 as of June 30, a month after the campaign "
         "began.", "2024-07-05", E("11.3", None, "2024-06-30", "as_of"), id="P19-as-of-no-start"),
]

READING = [
    # Migration reports: "this time last year", "the whole of last year", "this month".
    case("Some 5,200 people have crossed so far this year, double the 2,600 who had crossed by "
         "this time last year.", "2022-04-10",
         E("Some 5,200", "2022-01-01", "2022-04-10", "to_date"),
         E("2,600", "2021-01-01", "2021-04-10", "interval"), id="this-time-last-year"),
    case("That compares with 28,526 for the whole of last year.", "2022-09-13",
         E("28,526", "2021-01-01", "2021-12-31", "interval"), id="the-whole-of-last-year"),
    case("Crossings this month have reached 3,518.", "2022-09-13",
         E("3,518", "2022-09-01", "2022-09-13", "to_date"), id="this-month"),
    case("Yesterday, 480 people arrived in 11 boats.", "2022-08-23",
         E("480", "2022-08-22", "2022-08-22", "day"), id="yesterday"),
    # Economy: windows ending with a named month.
    case("Consumer prices rose 6.2% in the 12 months to August.", "2023-09-20",
         E("6.2%", "2022-09-01", "2023-08-31", "interval"), id="twelve-months-to-august"),
    case("Producer prices fell 0.4% in the year to March.", "2024-04-17",
         E("0.4%", "2023-04-01", "2024-03-31", "interval"), id="the-year-to-march"),
    case("Clinics logged 8,100 visits from Jan. 1 to March 31.", "2024-05-02",
         E("8,100", "2024-01-01", "2024-03-31", "interval"), id="from-day-to-day"),
    case("Border agents recorded 2,340 encounters between Sept. 2 and 6.", "2024-09-10",
         E("2,340", "2024-09-02", "2024-09-06", "interval"), id="between-sept-2-and-6"),
    # Disasters and crime: windows that started on a stated day and run to publication.
    case("The fire has burned 3,850 acres since it started on June 14.", "2024-06-16",
         E("3,850 acres", "2024-06-14", "2024-06-16", "to_date"), id="since-it-started-on"),
    case("Since Monday, officers have made 127 arrests near schools.", "2024-05-15",
         E("127", "2024-05-13", "2024-05-15", "to_date"), id="since-monday"),
    case("Crews reported 14 new spot fires over the last 12 hours.", "2021-07-10",
         E("14", "2021-07-09", "2021-07-10", "to_date"), id="over-the-last-12-hours"),
    case("As of September of this year, 12,400 households were still waiting.", "2024-11-02",
         E("12,400", None, "2024-09-30", "as_of"), id="as-of-september-of-this-year"),
    case("The ministry said on Tuesday that 3,200 people were held in March.", "2024-05-08",
         E("3,200", "2024-03-01", "2024-03-31", "interval"), id="said-on-tuesday-in-march"),
    case("Officials said Friday that 75 homes had been destroyed.", "2024-08-12",
         E("75", None, "2024-08-09", "as_of"), id="announcement-dates-only-a-bare-count"),
    case("Reports averaged 11.3 a day in June.", "2024-07-05",
         E("11.3", "2024-06-01", "2024-06-30", "rate"), id="rate-in-june"),
    case("In December, 1,204 claims were filed.", "2024-03-04",
         E("1,204", "2023-12-01", "2023-12-31", "interval"), id="month-without-year-is-the-last"),
    # Weekly bulletins: a week ending on a day, compared with the week before.
    case("Insurers logged 14,200 claims in the week to Feb. 9, more than three times the 4,100 "
         "filed in the previous week.", "2025-02-12",
         E("14,200", "2025-02-03", "2025-02-09", "interval"),
         E("4,100", "2025-01-27", "2025-02-02", "interval"), id="week-to-and-previous-week"),
    case("Deaths fell to 212 in March from 260 a month earlier.", "2024-04-10",
         E("212", "2024-03-01", "2024-03-31", "interval"),
         E("260", "2024-02-01", "2024-02-29", "interval"), id="a-month-earlier"),
    case("Home prices climbed to $412,000 in July, up 6.1 percent from a year earlier.",
         "2024-08-22", E("6.1 percent", "2024-07-01", "2024-07-31", "interval"),
         id="a-change-covers-the-current-period"),
    case("The storm caused damage estimated at $120 million when it struck on Feb. 4 and 5.",
         "2025-02-12", E("$120 million", "2025-02-04", "2025-02-05", "interval"),
         id="two-days-of-one-month"),
    case("On Thursday, March 13, about 1.08 million people marched.", "2025-03-20",
         E("about 1.08 million", "2025-03-13", "2025-03-13", "day"), id="weekday-and-date"),
    case("Measles cases averaged 12.5 a week over January-May.", "2024-06-12",
         E("12.5", "2024-01-01", "2024-05-31", "rate"), id="hyphenated-month-range"),
    case("The company plans to cut about 1,500 jobs by the end of 2025.", "2024-10-24",
         E("about 1,500", None, "2025-12-31", "as_of"), id="a-target-keeps-its-date"),
    case("Reserves stood at $2.4 billion at the end of last year.", "2024-05-02",
         E("$2.4 billion", None, "2023-12-31", "as_of"), id="at-the-end-of-last-year"),
    case("Police made 96 arrests over the weekend.", "2024-06-11",
         E("96", "2024-06-08", "2024-06-09", "interval"), id="over-the-weekend"),
    case("Some 4,300 homes were still without power as of Tuesday.", "2024-06-13",
         E("Some 4,300", None, "2024-06-11", "as_of"), id="as-of-tuesday"),
    # The article's frame: a sentence stating no period goes on about the time of the one
    # before, unless it speaks of the present.
    case("Tens of thousands marched in 40 cities on Saturday.\n\n"
         "Organisers counted 310,000 people, while police put the figure at 96,000.",
         "2024-06-10",
         E("310,000", "2024-06-08", "2024-06-08", "day", "carried", source_surface="40"),
         E("96,000", "2024-06-08", "2024-06-08", "day", "carried"), id="frame-of-the-day"),
    case("Rescuers pulled 212 people from the sea in July.\n\n"
         "The coastguard now has 1,400 volunteers.", "2024-08-05",
         E("1,400", None, "2024-08-05", "as_of", "publication"), id="present-breaks-the-frame"),
]


@pytest.mark.parametrize("c", FIELD_NOTES + READING)
def test_period_en(c: PeriodCase) -> None:
    check(c, "en")


def test_period_columns_show_the_kind_and_the_carried_link() -> None:
    """CSV/JSON carry ``period_kind`` after ``period_resolution`` and ``period_from``, the id of
    the claim a carried period came from; the table shows it as ``interval ← #1``."""
    from datetime import date

    from claims import extract_text
    from reports.rows import CLAIM_COLUMNS, claim_row, period_kind_label

    text = "Police arrested 164 suspects in April and May. Of them, 118 were teenagers."
    first, second = extract_text(text, lang="en", published=date(2024, 6, 3), article_id="a.txt")
    at = CLAIM_COLUMNS.index("period_resolution")
    assert CLAIM_COLUMNS[at + 1 : at + 3] == ("period_kind", "period_from")
    row = claim_row(second)
    assert (row["period_resolution"], row["period_kind"], row["period_from"]) == (
        "carried", "interval", first.id
    )
    assert claim_row(first)["period_from"] == ""
    assert period_kind_label(second) == "interval ← #1"
