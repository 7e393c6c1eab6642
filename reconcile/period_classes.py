"""Which of a group's clusters state the same period: the classes a comparison walks
(figures of one class are compared; two classes are a period difference).

Moved out of ``reconcile.compare``, which judges the clusters, to keep it under 500 lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.clusters import _SLACK_DAYS, Cluster
from reconcile.periods import Relation, relate


def relation(a: Cluster, b: Cluster) -> Relation:
    """``relate(a.period, b.period)``, from the clusters' cache when the two periods met before
    (hot loops read the cache's ``relations`` first themselves, and call this on a miss)."""
    if a.periods is b.periods:
        return a.periods.relation(a, b)
    return relate(a.period, b.period)


def period_classes(dated: Sequence[Cluster]) -> tuple[dict[Cluster, int], int]:
    """Dated clusters gathered by period (cluster -> class number), and the number of classes:
    a cluster joins the first class holding its period or a period the same as its own (within
    slack), in order of appearance, or starts a class.

    Classes only grow, so that first class is the lowest class of any period already placed
    that is its own or the same as its own. Each distinct period is kept once, with the lowest
    class holding it: a group's clusters mostly have periods of their own, and this compares
    each with the periods before it once, not with every member of every class.
    """
    out: dict[Cluster, int] = {}
    placed: dict[int, list] = {}  # period_code -> [a cluster of it, lowest class holding it]
    classes = 0
    seen = dated[0].periods.relations if dated else {}
    for cluster in dated:
        code = cluster.period_code
        entry = placed.get(code)
        n = _lowest_same_class(cluster, classes if entry is None else entry[1], placed, seen)
        if n == classes:
            classes += 1
        if entry is None:
            placed[code] = [cluster, n]
        else:
            entry[1] = n
        out[cluster] = n
    return out, classes


def _lowest_same_class(
    cluster: Cluster, n: int, placed: dict[int, list], seen: dict
) -> int:
    """The lowest class below ``n`` holding a period the same as the cluster's, else ``n``."""
    code, end = cluster.period_code, cluster.end_day
    same, slack = Relation.same, _SLACK_DAYS
    for other, (m, k) in placed.items():
        if (
            k < n
            and -slack <= end - m.end_day <= slack  # else not the same: ends too far apart
            and (seen.get((code, other)) or relation(cluster, m)) is same
        ):
            n = k
    return n
