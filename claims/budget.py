"""A budget per article: extraction of one article either ends in time or is one error line.

Every path that extracts an article (the CLI in-process, its worker processes, ``ingest``,
``gate``, the execution layer) goes through ``extract_article``, so the limits hold wherever
the work runs. The budget travels with the call (it pickles), not in a global a worker process
would not see; ``configure`` only sets the default the CLI options choose.

* time: ``claims.extract`` calls ``spend`` once per sentence, and sentences are bounded
  (``claims.sentences``), so an article past ``timeout`` seconds stops within one sentence;
* size: more than ``max_claims`` figures (a data dump of a million lines) stops the same way,
  so memory stays bounded whatever the number of lines;
* any unexpected exception: the article is one error line naming it, with the traceback kept
  for ``--debug``, and the run goes on.

Bytes are bounded earlier, when the file is read (``claims.load``, ``max_bytes``).
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, replace

from claims.input_files import MAX_ARTICLE_BYTES, InputError
from claims.models import Article, Claim, ExtractionStats

ARTICLE_TIMEOUT = 30.0  # seconds, --article-timeout
MAX_ARTICLE_CLAIMS = 50_000  # ~100 MB of claims; no article states that many figures


@dataclass(frozen=True, slots=True)
class Budget:
    """What one article may cost. ``timeout`` 0 means no time limit."""

    max_bytes: int = MAX_ARTICLE_BYTES
    timeout: float = ARTICLE_TIMEOUT
    max_claims: int = MAX_ARTICLE_CLAIMS
    debug: bool = False


class ArticleFailed(InputError):
    """An article whose extraction failed or passed its budget; ``detail`` holds the
    traceback of an unexpected exception (shown with ``--debug``)."""

    detail: str

    def __init__(self, path: str, problem: str, detail: str = "") -> None:
        super().__init__(path, problem)
        self.args = (path, problem, detail)  # pickles across processes with its detail
        self.detail = detail


class BudgetExceeded(Exception):
    """Raised inside extraction when the article's budget is spent."""


@dataclass(slots=True)
class _Spending:
    deadline: float
    max_claims: int
    timeout: float


_default = Budget()
_current: ContextVar[_Spending | None] = ContextVar("article_budget", default=None)


def configure(**limits: object) -> Budget:
    """Set the default budget (the CLI's ``--max-article-bytes``, ``--article-timeout``,
    ``--debug``); returns it."""
    global _default
    _default = replace(_default, **limits)  # type: ignore[arg-type]
    return _default


def default_budget() -> Budget:
    return _default


def spend(claims_so_far: int) -> None:
    """Stop the extraction under way if its article passed its budget (a no-op outside
    ``extract_article``)."""
    spending = _current.get()
    if spending is None:
        return
    if time.monotonic() > spending.deadline:
        raise BudgetExceeded(
            f"extraction stopped after {spending.timeout:g} s (see --article-timeout)"
        )
    if claims_so_far > spending.max_claims:
        raise BudgetExceeded(f"more than {spending.max_claims:,} figures: not read as an article")


def article_name(article: Article) -> str:
    """The article as the user named it: its path, or its id (``-`` is standard input)."""
    if article.path:
        return article.path
    return "<stdin>" if article.id == "-" else article.id


def extract_article(
    article: Article,
    stats: ExtractionStats | None = None,
    budget: Budget | None = None,
    extract: Callable[[Article, ExtractionStats], list[Claim]] | None = None,
) -> list[Claim]:
    """The claims of one article, within ``budget`` (default: ``configure``'s); raises
    ``ArticleFailed`` (an ``InputError``: one line naming the article) otherwise."""
    if extract is None:
        from claims.extract import extract
    budget = budget or _default
    deadline = time.monotonic() + budget.timeout if budget.timeout > 0 else float("inf")
    token = _current.set(_Spending(deadline, budget.max_claims, budget.timeout))
    own = ExtractionStats()
    try:
        claims = extract(article, own)
    except BudgetExceeded as err:
        raise ArticleFailed(article_name(article), str(err)) from None
    except Exception as err:  # a bug must cost one article, never the run
        raise _internal(article, err) from None
    finally:
        _current.reset(token)
    if stats is not None:
        stats.merge(own)
    return claims


def _internal(article: Article, err: BaseException) -> ArticleFailed:
    detail = "".join(traceback.format_exception(err))
    return ArticleFailed(
        article_name(article),
        f"internal error while extracting ({type(err).__name__}: {str(err)[:200]}); "
        "please report it (--debug shows the traceback)",
        detail,
    )


@dataclass(frozen=True)
class GuardedExtract:
    """``extract_article`` as a picklable callable for process pools: returns the claims and
    the stats, or the ``ArticleFailed``, so one failing article never stops a pool's map."""

    budget: Budget

    def __call__(self, article: Article) -> tuple[list[Claim] | ArticleFailed, ExtractionStats]:
        stats = ExtractionStats()
        try:
            return extract_article(article, stats, self.budget), stats
        except ArticleFailed as err:
            return err, stats
