"""The period a statistics release is about, as the article's default time.

A release ("Le taux de chômage s'est fixé en novembre à 3,3 %", "Japan's unemployment rate rose
in November to 2.5 percent", "47주차(11월 15~21일) ... 318명") tells every figure of its report
in the release's own present: the cantons' rates in a list ("Liège affiche un taux de 6,2 %,
devant le Hainaut (5,9 %)"), the young people's count ("Leur nombre s'établit à 16 480"), a
later paragraph's job seekers. Those figures name no month, and the sentence before them often
dates nothing either, so the frame of the sentence before does not reach them; nor are they
held now, at publication, or on the day the release came out ("indique jeudi le Seco"). They
are of the week, month or quarter the lead named (``claims.reference_period``), unless their
clause names another time of its own, speaks of now, looks back or looks ahead.
"""

from __future__ import annotations

from datetime import date

from claims.binding_asides import looks_ahead, of_another_time
from claims.binding_links import SIGN_AND_BLANKS
from claims.clauses import claim_clause
from claims.figure_model import DURATIONS
from claims.lang import ExtractionTable
from claims.models import Claim, Period, PeriodKind, Role
from claims.rankings import speaks_of_now
from claims.reference_period import compares_with, grain
from claims.sentence_memo import found_between

# How many sentences read so far must date figures in the release's period: a release keeps
# naming its month ("en novembre", "à fin novembre", "last month"); one figure of a past month ("58
# cambriolages en juillet") is a story's, not a release's.
_RELEASE_DATINGS = 2
# How long after its end a closed window of another length (a year, a half-year, a crackdown
# from November to March, a two-day ballot) may still be the one a report is about: annual
# statistics come out within about six months.
_WINDOW_LAG_DAYS = 190
# The lead: the headline and the first sentence with figures.
_LEAD_SENTENCES = 2


def reference_claim(claims: list[Claim], reference: Period | None) -> Claim | None:
    """The lead's figure whose closed week, month or quarter is the release's period; None when
    the release counts a running window ("8 240 arrivées au 30 novembre") or names none."""
    if reference is None or grain(reference) is None:
        return None
    return next(
        (c for c in claims if c.period is not None
         and (c.period.start, c.period.end, c.period.kind)
         == (reference.start, reference.end, reference.kind)),
        None,
    )


def release_claim(claims: list[Claim], reference: Period | None, baselines: set[str],
                  published: date | None) -> Claim | None:
    """The lead's figure of the period the article's report is about: the closed week, month
    or quarter (``reference_claim``), else the first closed window a lead figure states that
    ended before publication ("336 700 premiers titres de séjour en 2025" in January 2026,
    "from Nov. 1 to March 31", "the two-day vote"): the figures of its breakdowns (by
    nationality, region, agency) that name no time of their own are of that window too."""
    found = reference_claim(claims, reference)
    if found is not None or published is None:
        return found
    lead = list(dict.fromkeys(c.sentence for c in claims))[:_LEAD_SENTENCES]
    return next((c for c in claims if c.sentence in lead and c.id not in baselines
                 and _closed_before(c, published)), None)


def _closed_before(claim: Claim, published: date) -> bool:
    """A plain value over a stated window of more than a day that ended before publication,
    not long before."""
    period = claim.period
    return (
        claim.role is Role.value and not claim.hedge and period is not None
        and period.kind is PeriodKind.interval and period.resolution in ("explicit", "relative")
        and period.start is not None and period.end is not None and period.start < period.end
        and period.end < published and (published - period.end).days <= _WINDOW_LAG_DAYS
    )


def calendar_release(release: Claim | None) -> bool:
    """A release of a closed week, month or quarter (``reference_claim``), whose figures said
    on a day ("indique jeudi le Seco") are still of its period; a longer window's report lends
    its period only to figures that name no time and hold no state now."""
    return release is not None and release.period is not None and grain(release.period) is not None


def named_again(seen: list[Claim], release: Claim) -> bool:
    """Whether figures of at least two sentences read so far lie in the release's period (by
    their own phrase or one passed on: "À la fin du mois, 312 400 personnes")."""
    sentences = {c.sentence for c in seen if _dated_in(c, release.period)}
    return len(sentences) >= _RELEASE_DATINGS


def _dated_in(claim: Claim, reference: Period | None) -> bool:
    """A figure dated within the release's period, by a phrase of the text."""
    period = claim.period
    return (
        period is not None and reference is not None
        and period.resolution in ("explicit", "relative", "carried")
        and period.end is not None and reference.start is not None
        and reference.end is not None and reference.start <= period.end <= reference.end
    )


def compared_with_release(claim: Claim, release: Claim | None) -> bool:
    """ "(2,4 % en novembre 2018)" in a release on November 2019: a figure in parentheses of
    the same month a year back, or of the month before, is what the release compares with; it
    frames no figure after it."""
    at = claim.at_in_sentence()
    return (release is not None and at > 0 and claim.sentence[:at].rstrip().endswith("(")
            and compares_with(claim.period, release.period))


def compared_in_the_release(claim: Claim, seen: list[Claim], release: Claim | None,
                            table: ExtractionTable) -> Claim | None:
    """ "les produits manufacturés ont grimpé de 1,9 % (contre +2,2 %)", "up 3.1% against 2.8%":
    a figure set right after a comparison word with no time of its own is the measure at the
    time the text compares with, as it dated it for a comparison before: in a release, the
    latest figure of the time the release compares with ("contre +3,2 % en octobre", "après
    +4,0 % en octobre"); elsewhere, the latest compared figure of its own sentence that names
    its time. None when the text dated no such comparison."""
    if not _after_a_comparison(claim, table):
        return None
    if release is None or release.period is None:
        return next((c for c in reversed(seen) if c is not claim and c.sentence == claim.sentence
                     and _stated(c) and _after_a_comparison(c, table) and _own_time(c)), None)
    return next(
        (c for c in reversed(seen) if c is not claim and _stated(c)
         and compares_with(c.period, release.period)),
        None,
    )


def _after_a_comparison(claim: Claim, table: ExtractionTable) -> bool:
    at = claim.at_in_sentence()
    return at > 0 and table.comparison_re.search(
        claim.sentence[:at].rstrip(SIGN_AND_BLANKS)) is not None


def _own_time(claim: Claim) -> bool:
    """Its time phrase stands right after it ("contre +3,2 % en octobre"), not one it shares."""
    at, text = claim.at_in_sentence(), (claim.period.text if claim.period else "") or ""
    after = claim.sentence[at + len(claim.surface):].lstrip(" )") if at >= 0 else ""
    return bool(text) and after.lower().startswith(text.lower())


def _stated(claim: Claim) -> bool:
    return claim.period is not None and claim.period.resolution in ("explicit", "relative")


def undated(period: Period | None) -> bool:
    """No period, or only publication's: what the text itself never dated."""
    return period is None or period.resolution == "publication" or (
        period.kind is PeriodKind.none and period.start is None and period.end is None
        and period.resolution not in ("unresolved",)
    )


def of_the_release(claim: Claim, release: Claim, table: ExtractionTable) -> bool:
    """Whether a figure the text never dated is of the release's period: a plain value, told
    after the lead's figure, in a clause that names no other time, is not about now, does not
    look back (a pluperfect) nor ahead (a forecast)."""
    if not _told_after_the_lead(claim, release) or release.period is None:
        return False
    if looks_ahead(claim, table) or of_another_time(claim, release.period, table):
        return False
    if not calendar_release(release) and (claim.per or speaks_of_now(claim, table)):
        return False  # "Dix pôles fonctionnent déjà", "20 000 par an": no count of the window
    clause = claim_clause(claim)
    return clause is not None and not _of_another_moment(claim.sentence, clause, table)


def breaks_down(claim: Claim, release: Claim | None, table: ExtractionTable) -> bool:
    """ "By region, the West led with 27,950 announced cuts", "Par nationalité, les Maliens
    arrivent en tête (8 200)": an undated figure of a sentence that opens a breakdown of the
    report's total is of the report's period, not of a window the sentence before named for
    another figure ("so far this year", a delay "au 1er janvier")."""
    return (release is not None and undated(claim.period)
            and table.breakdown_head_re.match(claim.sentence) is not None
            and of_the_release(claim, release, table))


def _told_after_the_lead(claim: Claim, release: Claim) -> bool:
    """A plain value (not hedged, not a duration) told after the lead's figure: a figure of
    the release's report, not the lead itself nor a headline's."""
    return (claim.role is Role.value and not claim.hedge and claim.unit not in DURATIONS
            and claim.id != release.id and not _before(claim, release))


def _of_another_moment(text: str, clause: tuple[int, int], table: ExtractionTable) -> bool:
    """The sentence speaks of now ("désormais", "à ce jour"; not "reste": the release's own
    present) or of what is ahead (a forecast), or the figure's clause looks back ("avait
    culminé à 4,1 %"): not the release's period."""
    if table.now_re.search(text) or found_between(table.flashback_re, text, *clause):
        return True
    return found_between(table.forecast_re, text, 0, len(text))


def _before(claim: Claim, release: Claim) -> bool:
    """A figure told before the lead's (in the headline): other rules date it."""
    return claim.start < release.start
