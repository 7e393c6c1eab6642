"""Words between a figure and what it counts that say nothing of what is counted: "in all",
a period phrase, a length of time ("한 달 사이"), the basis of an amount ("시간당", "월"); the
counted reader (``claims.counted_morphemes``) steps back past them to the counted noun."""

from __future__ import annotations

from collections.abc import Sequence

from claims import morpheme_tags as tags
from claims.counter_table import CounterContext
from claims.tokenizers import Morpheme, Part


def past_unsaying_words(morphs: Sequence[Morpheme], i: int, ctx: CounterContext,
                         dated: Sequence[tuple[int, int]], text: str) -> int:
    """ "피의자 총 387명", "성범죄 피의자 올해 512명", "가계대출은 한 달 사이 5조 원", "최저임금은
    시간당 1만원": back from ``morphs[i]`` past "in all", a period phrase, a length of time and
    a rate's basis, which say nothing of what is counted."""
    while i >= 0:
        span = min(_past_a_time_span(morphs, i, ctx), _past_a_rate_basis(morphs, i, text, ctx))
        if span < i:
            i = span
        elif (morphs[i].form in ctx.skip_before
              or any(a <= morphs[i].start < b for a, b in dated)):
            i -= 1
        else:
            break
    return i


def _past_a_rate_basis(morphs: Sequence[Morpheme], i: int, text: str,
                       ctx: CounterContext) -> int:
    """The index before a rate's basis, a word of its own that ends at ``morphs[i]`` ("월
    223만원", "시간당 1만원": per month, per hour), else ``i``: it says per what an amount runs,
    not what is counted; a word it only ends ("3월", "주연") is no basis."""
    for k in range(i, max(-1, i - 3), -1):
        word = text[morphs[k].start : morphs[i].end]
        if word in ctx.amount_bases and (morphs[k].start == 0
                                       or not text[morphs[k].start - 1].isalnum()):
            return k - 1
    return i


def _past_a_time_span(morphs: Sequence[Morpheme], i: int, ctx: CounterContext) -> int:
    """The index before a time named by its unit that ends at ``morphs[i]`` ("한 달 사이", "1년
    새", "두 달 동안", "같은 달"), else ``i``: the unit counts only when a number, a native count
    or an adnominal sizes it, for a bare unit may be another noun ("달": the moon)."""
    k = i - 1 if morphs[i].form in ctx.span_nouns else i
    if k < 1 or morphs[k].form not in ctx.time_units:
        return i
    sizer = morphs[k - 1]
    if sizer.part is Part.number or sizer.tag == tags.DETERMINER:
        return k - 2
    if sizer.tag == tags.ADNOMINAL and k >= 2 and morphs[k - 2].part is Part.verb:
        return k - 3  # "같은 달": the adjective's stem and its ending
    return i
