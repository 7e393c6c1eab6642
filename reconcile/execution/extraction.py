"""Extraction over many articles through an executor (``--jobs``, ``--scheduler``).

Each article is one block; its claims come back packed as columns (``codec``), which cost the
parent far less to read than pickled pydantic claims did: the parent only loads articles and
collects results, streamed in input order as the workers finish them, so it never does a
quarter of the work between batches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from claims.models import Article
from reconcile.execution import Executor
from reconcile.execution.codec import Block

# One article's extraction: its claims or why it failed, alone or with more (the stats).
ExtractOne = Callable[[Article], Any]


def extract_all(
    articles: Iterable[Article], executor: Executor, extract: ExtractOne
) -> Iterator[tuple[Article, Any]]:
    """``(article, extract(article))`` per article, in input order. ``extract`` runs where
    the executor puts it, so it must pickle (a module-level function or object); a list of
    claims it returns, alone or first in a tuple, travels back as columns."""
    order: list[Article] = []

    def blocks() -> Iterator[Block]:
        for article in articles:
            order.append(article)
            yield Block(data=article)

    for k, result in enumerate(executor.run_blocks(blocks(), _extract_one, extract)):
        article, order[k] = order[k], None  # type: ignore[call-overload]
        yield article, _unwrapped(result)


def _extract_one(extract: ExtractOne, block: Block) -> Any:
    """A worker's article: its claims travel back as a block (columns), the rest as is."""
    result = extract(block.data)
    if isinstance(result, tuple) and result and isinstance(result[0], list):
        return (Block(result[0]), *result[1:])
    return Block(result) if isinstance(result, list) else result


def _unwrapped(result: Any) -> Any:
    if isinstance(result, tuple) and result and isinstance(result[0], Block):
        return (result[0].claims, *result[1:])
    return result.claims if isinstance(result, Block) else result
