"""Scale bench for grouping and verdicts: ``python bench/scale.py [N ...] [--dask WORKERS]``,
run by hand.

Builds realistic synthetic claims, then times ``reconcile.pipeline.reconcile`` and reports
wall time, CPU time (this process and its workers, which are grandchildren: sampled from
/proc with the memory) and peak memory. Each size runs in its own
process so peak memory is that size's alone. Target: 1M claims <= 60 s, <= 4 GB on 2 cores.

What is realistic here, and why:

* Many quantities (``n / 8``), each stated about eight times across articles, in French or
  English wording of what is counted, with noise words, an actor or none; topic words are
  drawn from a small syllable set, so unrelated quantities do share words.
* Figures: 70 % the quantity's own figure, 20 % rounded with "près de" / "about", 10 % a
  different (conflicting) figure; seven unit kinds, rates per day or per week among them.
* Periods: calendar years, months, January-to-July windows, "as of" a publication day
  (resolution ``publication``) and undated figures, so every period rule is exercised.
* Some figures are the two sides of a stated change, and articles hold sentences with three
  shares of one population (the ``parts`` check) and rates next to totals (the ``rate`` check).
* Shared objects where real data shares them: an article's id and a sentence's text are one
  string for all the claims read from them (an article states several figures per sentence,
  and the extractor slices them from one text); a period phrase resolved once in an article is
  one ``Period`` for the claims it frames, as the extractor carries it from sentence to
  sentence. Claims are built with ``Claim.model_construct`` and one shared field set: the
  bench measures grouping and verdicts, not validation.

Memory is reported two ways. ``peak`` is the largest total resident memory (RSS, from
``/proc/<pid>/statm``) of this process and its live workers, sampled every 0.25 s. Workers
come from a fork server, not from this process, so they share no data pages with it and the
sum overstates the machine's memory only by each process's copy of the shared libraries.
(PSS from ``smaps_rollup`` was read before: it walks the page tables of a 3 GB process and
slowed the run it measured by seconds.) ``rss sum`` is peak RSS of this process plus that of
its largest finished worker.
"""

from __future__ import annotations

import contextlib
import os
import random
import resource
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

# Not this folder: bench/html.py would shadow the standard library's html, which dask (loaded
# by pint when installed) imports.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

from claims.models import Approx, Claim, Period, Role

# (French, English) phrases for what is counted; the topic word makes quantities distinct.
HEADS = [
    ("suspects arrêtés", "arrested suspects"),
    ("victimes mineures", "minor victims"),
    ("plaintes déposées", "complaints filed"),
    ("vidéos supprimées", "videos removed"),
    ("demandes reçues", "requests received"),
    ("cas signalés", "reported cases"),
    ("membres du groupe", "group members"),
    ("utilisateurs actifs", "active users"),
    ("écoles touchées", "schools affected"),
    ("appels reçus", "calls received"),
    ("images diffusées", "images shared"),
    ("comptes bloqués", "accounts blocked"),
]
NOISE = [("", ""), ("selon la police", "according to police"), ("au total", "in total"),
         ("cette année", "this year"), ("en ligne", "online")]
KINDS = [("count", None), ("count", None), ("count", None), ("percent", None),
         ("count", "day"), ("count", "week"), ("EUR", None), ("year", None)]
SYLLABLES = ["ka", "lo", "mi", "ra", "su", "te", "vo", "ni", "pa", "zu", "be", "do", "fi", "gu"]
YEARS = range(2015, 2025)
PARTS = (("hommes", "femmes", "mineurs"), ("men", "women", "minors"))  # one population
FILLER = ("Selon les chiffres publiés, ", "According to figures released on Tuesday, ")
CLAIM_FIELDS = frozenset(Claim.model_fields)
PERIOD_FIELDS = frozenset(Period.model_fields)


def topic(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(4))


def _period(rng: random.Random, published: date) -> tuple[str, date | None, date, str] | None:
    """A period as the extractor resolves it: (phrase, start, end, resolution), or None."""
    roll = rng.random()
    if roll < 0.15:
        return None  # undated
    year = rng.choice(YEARS)
    if roll < 0.6:
        return str(year), date(year, 1, 1), date(year, 12, 31), "explicit"
    if roll < 0.72:
        month = rng.randrange(1, 13)
        end = (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)
        return f"{month}/{year}", date(year, month, 1), end, "explicit"
    if roll < 0.82:
        return f"janvier-juillet {year}", date(year, 1, 1), date(year, 7, 31), "explicit"
    if roll < 0.9:
        return "le mois dernier", published - timedelta(days=30), published, "relative"
    return "", None, published, "publication"  # a count as of publication


class _Articles:
    """Articles with their shared strings: id, publication day, sentences, periods."""

    def __init__(self, rng: random.Random, count: int) -> None:
        self.rng = rng
        self.ids = [f"a{k}" for k in range(count)]
        self.published = [date(2024, 1, 1) + timedelta(days=rng.randrange(365))
                           for _ in range(count)]
        self.sentences: dict[int, tuple[int, str]] = {}  # article -> (number, text)
        self.periods: dict[tuple[int, object], Period] = {}

    def sentence(self, k: int, english: bool, counted: str) -> tuple[int, str]:
        """The article's current sentence, or a new one (two or three claims a sentence)."""
        number, text = self.sentences.get(k, (0, ""))
        if not text or self.rng.random() < 0.45:
            number += 1
            text = sys.intern(f"{FILLER[english]}{counted} ... ({number}).")
            self.sentences[k] = (number, text)
        return number, text

    def period(self, k: int) -> Period | None:
        found = _period(self.rng, self.published[k])
        if found is None:
            return None
        key = (k, found)
        if key not in self.periods:
            text, start, end, resolution = found
            self.periods[key] = Period.model_construct(
                PERIOD_FIELDS, start=start, end=end, text=text, resolution=resolution
            )
        return self.periods[key]


PLANTED: list[int] = []  # indices of the claims given a conflicting figure


def make_claims(n: int, seed: int = 7) -> list[Claim]:
    """``n`` claims about roughly ``n / 8`` quantities, spread over ``n / 20`` articles."""
    rng = random.Random(seed)
    quantities = []
    for _ in range(max(1, n // 8)):
        unit, per = rng.choice(KINDS)
        base = rng.uniform(1, 100) if unit == "percent" else 10 ** rng.uniform(1, 6)
        quantities.append((rng.choice(HEADS), topic(rng), unit, per, base))
    articles = _Articles(rng, max(1, n // 20))
    claims: list[Claim] = []
    while len(claims) < n:
        (fr, en), word, unit, per, base = rng.choice(quantities)
        k = rng.randrange(len(articles.ids))
        english = rng.random() < 0.4
        noise = rng.choice(NOISE)[english]
        counted = f"{en} in {word} {noise}" if english else f"{fr} à {word} {noise}"
        value = round(base, 1 if unit == "percent" else 0)
        roll = rng.random()
        approx = Approx.exact
        if roll < 0.1:
            value = round(value * rng.uniform(0.5, 1.5))  # a conflicting figure
            PLANTED.append(len(claims))
        elif roll < 0.3:
            value, approx = float(f"{value:.2g}"), Approx.about  # rounded, "près de"
        if unit == "percent" and rng.random() < 0.1:
            shares = [round(rng.uniform(5, 45), 1) for _ in range(3)]  # one breakdown
            role = [Role.value] * 3
            parts = PARTS[english]
        elif rng.random() < 0.03:
            shares = [value, round(value * rng.uniform(1.1, 1.6))]  # from one to the other
            role = [Role.change_from, Role.change_to]
        else:
            shares, role = [value], [Role.value]
        if len(shares) != 3:
            parts = ("",) * len(shares)
        number, sentence = articles.sentence(k, english, counted)
        period = articles.period(k)
        first = len(claims)
        for j, figure in enumerate(shares):
            linked = None if len(role) != 2 else f"c{first + 1 - j}"
            claims.append(Claim.model_construct(
                CLAIM_FIELDS, id=f"c{len(claims)}", article=articles.ids[k], line=number,
                start=j * 12, end=j * 12 + 6, sentence=sentence, surface=str(figure),
                value=float(figure), lower=None, upper=None, approx=approx,
                decimals=1 if unit == "percent" else 0, unit=unit, per=per,
                counted=f"{counted} {parts[j]}".strip(),
                lemmas=[], actor=rng.choice([None, "police", "KCSC"]), verb=None, hedge=None,
                period=period, role=role[j], linked=linked,
                language="en" if english else "fr",
            ))
    return claims[:n]


class PeakMemory:
    """The largest total RSS of this process and its descendants, sampled in a thread, and
    the CPU time of the descendants (the fork server's workers are grandchildren, which
    ``RUSAGE_CHILDREN`` never counts): each one's last sampled figure, so a worker that
    ends between samples loses at most ``every`` seconds of it."""

    def __init__(self, every: float = 0.25) -> None:
        self.peak_kb = 0
        self.cpu: dict[int, float] = {}  # pid -> CPU seconds, descendants only
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        own = os.getpid()
        while not self._stop.is_set():
            tree = _tree(own)
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in tree))
            for pid in tree[1:]:
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu_of(pid))
            self._stop.wait(self._every)

    @property
    def descendants_cpu(self) -> float:
        return sum(self.cpu.values())


def _cpu_of(pid: int) -> float:
    """User + system CPU seconds of one process, from /proc (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                todo += [int(c) for c in task.read_text().split()]
    return found


def _rss_kb(pid: int) -> int:
    """Resident memory of one process (0 once it is gone): a cheap read, unlike PSS."""
    try:
        resident = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return resident * PAGE_KB


PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def measure(n: int, dask_workers: int = 0) -> None:
    """One size, in this process: prints claims, groups, findings, time and peak memory. With
    ``dask_workers``, on a Dask ``LocalCluster`` of that many one-thread worker processes
    started here (so they are counted), else on the default executor (a local pool of one
    process per core from ``PARALLEL_FROM`` claims)."""
    from reconcile.execution import auto
    from reconcile.pipeline import reconcile

    claims = make_claims(n)
    inputs_mb = _rss_kb(os.getpid()) / 1024
    with contextlib.ExitStack() as stack:
        if dask_workers:
            from distributed import LocalCluster

            from reconcile.execution.cluster import DaskCluster

            cluster = stack.enter_context(LocalCluster(
                n_workers=dask_workers, threads_per_worker=1, dashboard_address=None,
                memory_limit=0,
            ))
            executor = DaskCluster(cluster.scheduler_address)
        else:
            executor = auto(n)
        cpu0 = _cpu()
        start = time.perf_counter()
        with PeakMemory() as peak, executor as run:
            result = reconcile(claims, executor=run)
        total = time.perf_counter() - start
    cpu = _cpu() - cpu0 + peak.descendants_cpu
    where = f"dask LocalCluster ({dask_workers})" if dask_workers else "local"
    print(f"{where}: {n:>9} claims  {len(result.groups):>8} groups  "
          f"{len(result.findings):>8} findings  "
          f"{total:6.1f} s (cpu {cpu:6.1f} s)  peak {peak.peak_kb / 1024:6.0f} MB "
          f"(claims alone {inputs_mb:.0f} MB; rss sum {_rss_sum_mb():.0f} MB)", flush=True)
    # A false-conflict rate: conflicts found per 1 000 articles, against the conflicting
    # figures planted (each can make at most a conflict or two with its quantity's figures)
    articles = max(1, n // 20)
    conflicts = sum(1 for f in result.findings if f.verdict == "conflict")
    sure = sum(1 for f in result.findings if f.verdict == "conflict" and f.confidence >= 0.5)
    print(f"{'':>9} conflicts per 1 000 articles: {1000 * conflicts / articles:.0f} "
          f"({1000 * sure / articles:.0f} at confidence >= 0.5); planted conflicting figures "
          f"per 1 000 articles: {1000 * len(PLANTED) / articles:.0f}", flush=True)


def _cpu() -> float:
    """This process's CPU time (its descendants are sampled: see ``PeakMemory``)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _rss_sum_mb() -> float:
    """Peak RSS of this process plus that of its largest finished child (the old figure)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def main(sizes: list[int], dask_workers: int) -> None:
    for n in sizes:
        subprocess.run([sys.executable, __file__, "--one", str(n), str(dask_workers)],
                       check=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        measure(int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    else:
        import argparse

        parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
        parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
        parser.add_argument("--dask", type=int, default=0, metavar="WORKERS",
                            help="run on a Dask LocalCluster of this many worker processes")
        opts = parser.parse_args()
        main(opts.sizes, opts.dask)
