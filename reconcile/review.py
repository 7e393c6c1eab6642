"""Decisions a person made about the reconciler's reading, kept in a review file (``--review``).

A fact-checker who sees two figures grouped that do not measure the same thing says so once
(``split``); two figures the tool kept apart that do (``merge``); a finding checked and found
fine (``fine``). ``report`` and ``gate`` read the file and apply every decision to each run:

* ``split``: the listed claims are never in one group. Each entry of ``claims`` is one side (a
  claim, or a list of claims that stay together); the group's other members stay with the first
  side, the other sides become groups of their own, and the groups touched are compared again.
* ``merge``: the groups holding the listed claims become one group, compared again. Splits are
  applied after merges: "not the same quantity" is the stronger statement.
* ``fine``: the finding whose claims are exactly the listed ones (and, when given, whose verdict
  is ``verdict``) is marked reviewed: its explanation says so with the reason, and it fails
  neither ``report --fail-on`` nor the gate.

Claims are named by ``Claim.fingerprint`` (``article#surface@sentence-hash``, as ``report
--format json`` prints it), or by a table ``{article, surface, sentence}`` where ``sentence`` is
any part of the claim's sentence. Neither holds a line number, so a decision survives edits
elsewhere in the articles. A decision that names no claim of the run is left aside (the
articles it is about may not be read this time).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from claims.models import Claim
from reconcile.models import Finding, Group, Membership, Verdict, trusted

REVIEW_VERSION = 1


class ReviewError(Exception):
    """A review file that cannot be used; the message is one line naming the file."""


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


class ClaimName(BaseModel):
    """A claim as a person names it: by fingerprint, or by article, surface and sentence."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    article: str
    surface: str
    sentence: str = Field("", description="any part of the claim's sentence")
    digest: str = ""

    @classmethod
    def parse(cls, value: object) -> ClaimName:
        if isinstance(value, ClaimName):
            return value
        if isinstance(value, str):
            article, sep, rest = value.partition("#")
            surface, at, digest = rest.rpartition("@")
            if not (sep and at and article.strip() and surface.strip() and digest.strip()):
                raise ValueError(
                    f"'{value}' is not a claim fingerprint (article#surface@hash, as "
                    "report --format json prints it)"
                )
            return cls(article=article, surface=surface, digest=digest.strip())
        if isinstance(value, dict):
            return cls.model_validate(value)
        raise ValueError("a claim is a fingerprint string or a table {article, surface}")

    def matches(self, claim: Claim) -> bool:
        key = claim.fingerprint
        article, _, rest = key.partition("#")
        surface, _, digest = rest.rpartition("@")
        mine = self.article.replace("\\", "/").rsplit("/", 1)[-1]
        if mine != article or _folded(self.surface) != surface:
            return False
        if self.digest:
            return self.digest.casefold() == digest
        return _folded(self.sentence) in _folded(claim.sentence)


def _names(value: object) -> list[ClaimName]:
    items = value if isinstance(value, list) else [value]
    return [ClaimName.parse(item) for item in items]


class Decision(BaseModel):
    """One decision of the file (``split``, ``merge`` or ``fine``), with the person's reason."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["split", "merge", "fine"]
    claims: list[list[ClaimName]]  # sides (a split), or one claim per entry
    verdict: Verdict | None = None
    reason: str = ""

    @field_validator("claims", mode="before")
    @classmethod
    def _sides(cls, value: object) -> list[list[ClaimName]]:
        if not isinstance(value, list) or not value:
            raise ValueError("claims must be a non-empty list")
        return [_names(item) for item in value]

    def named(self) -> list[ClaimName]:
        return [name for side in self.claims for name in side]


class ReviewFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = REVIEW_VERSION
    split: list[dict[str, Any]] = Field(default_factory=list)
    merge: list[dict[str, Any]] = Field(default_factory=list)
    fine: list[dict[str, Any]] = Field(default_factory=list)


# What reconciling a group costs: its visit as the pipeline makes it (members, label, id).
Revisit = Callable[[list[Claim], str, str], object]


class Review:
    """The decisions of one review file, in the order written."""

    def __init__(self, decisions: Iterable[Decision] = ()) -> None:
        self.decisions = list(decisions)

    def __bool__(self) -> bool:
        return bool(self.decisions)

    @classmethod
    def load(cls, path: str | Path) -> Review:
        """Read a TOML (``.toml``) or YAML (``.yaml``, ``.yml``) review file."""
        path = Path(path)
        where = f"review {path}"
        text = _read_text(path, where)
        return cls.parse(_parsed(text, path.suffix.lower(), where), where)

    @classmethod
    def parse(cls, data: object, where: str = "review") -> Review:
        if not isinstance(data, dict):
            raise ReviewError(f"{where}: expected a table of split, merge and fine decisions")
        try:
            parsed = ReviewFile.model_validate(data)
        except ValidationError as exc:
            raise ReviewError(f"{where}: {_first_error(exc)}") from None
        if parsed.version != REVIEW_VERSION:
            raise ReviewError(f"{where}: version {parsed.version}, expected {REVIEW_VERSION}")
        return cls([
            _decision(entry, kind, n, where)
            for kind in ("merge", "split", "fine")
            for n, entry in enumerate(getattr(parsed, kind), start=1)
        ])

    # -- applying -------------------------------------------------------------------------

    def regroup(
        self,
        visited: Sequence[tuple[Group, object]],
        claims: Sequence[Claim],
        revisit: Revisit,
    ) -> list[tuple[Group, object]]:
        """The groups after the merges and splits, each group changed compared again
        (``revisit``); groups no decision touches are kept as they are, with their findings."""
        if not any(d.kind != "fine" for d in self.decisions):
            return list(visited)
        by_id = {c.id: c for c in claims}
        groups: list[list[str]] = [list(g.claim_ids) for g, _ in visited]
        kept: list[tuple[Group, object] | None] = list(visited)
        for decision in self.decisions:
            if decision.kind == "merge":
                groups, kept = _merge(decision, groups, kept, by_id)
            elif decision.kind == "split":
                groups, kept = _split(decision, groups, kept, by_id)
        out = [
            old if old is not None else _revisited(ids, by_id, visited, revisit)
            for ids, old in zip(groups, kept, strict=True)
        ]
        out.sort(key=lambda item: _reading(by_id[item[0].claim_ids[0]]))
        return out

    def mark_fine(
        self, findings: Iterable[Finding], claims: Sequence[Claim]
    ) -> tuple[list[Finding], dict[str, str]]:
        """Findings a person found fine say so, with the reason, in their explanation; and
        their ids, with the reason (or "fine"), for the verbs that decide an exit code."""
        fines = [d for d in self.decisions if d.kind == "fine"]
        findings = list(findings)
        if not fines:
            return findings, {}
        by_id = {c.id: c for c in claims}
        out: list[Finding] = []
        reviewed: dict[str, str] = {}
        for finding in findings:
            decision = _fine_decision(finding, fines, by_id)
            if decision is None:
                out.append(finding)
                continue
            reason = decision.reason.strip()
            out.append(_reviewed_fine(finding, reason))
            reviewed[finding.id] = reason or "fine"
        return out, reviewed


def _fine_decision(
    finding: Finding, fines: list[Decision], by_id: dict[str, Claim]
) -> Decision | None:
    """The first "fine" decision about ``finding`` (the claims it names, as read)."""
    named = [by_id[i] for i in finding.claim_ids if i in by_id]
    return next((d for d in fines if _is_about(d, finding, named)), None)


def _revisited(
    ids: list[str], by_id: dict[str, Claim], visited: Sequence[tuple[Group, object]],
    revisit: Revisit,
) -> tuple[Group, object]:
    """A group a merge or split changed, its claims in reading order, compared again."""
    members = sorted((by_id[i] for i in ids), key=_reading)
    group = _group_of(members, visited)
    return group, revisit(members, group.label, group.id)


def _read_text(path: Path, where: str) -> str:
    """The review file's text; one clear error when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReviewError(f"{where}: no such file") from None
    except OSError as exc:
        raise ReviewError(f"{where}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ReviewError(f"{where}: not UTF-8 text") from None


def _parsed(text: str, suffix: str, where: str) -> object:
    """The review file's data, read as TOML or YAML by its suffix."""
    try:
        if suffix == ".toml":
            return tomllib.loads(text)
        if suffix in (".yaml", ".yml"):
            return yaml.safe_load(text) or {}
        raise ReviewError(f"{where}: expected a .toml, .yaml or .yml file")
    except tomllib.TOMLDecodeError as exc:
        raise ReviewError(f"{where}: not valid TOML ({exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise ReviewError(f"{where}: not valid YAML ({problem}{at})") from None


def _decision(entry: dict[str, object], kind: str, n: int, where: str) -> Decision:
    """The ``n``-th decision of a kind, checked: a merge or a split names two claims at
    least, a split two sides."""
    try:
        decision = Decision.model_validate({**entry, "kind": kind})
    except ValidationError as exc:
        raise ReviewError(f"{where}: {kind} #{n}: {_first_error(exc)}") from None
    if kind != "fine" and len(decision.named()) < 2:
        raise ReviewError(f"{where}: {kind} #{n}: name at least two claims")
    if kind == "split" and len(decision.claims) < 2:
        raise ReviewError(f"{where}: split #{n}: name at least two sides")
    return decision


def _reviewed_fine(finding: Finding, reason: str) -> Finding:
    """The finding with "Reviewed as fine" (and the reason) after its explanation."""
    values = dict(finding.__dict__)
    values["explanation"] = (
        f"{finding.explanation} Reviewed as fine{': ' + reason if reason else ''}."
    )
    return trusted(Finding, frozenset(Finding.model_fields), values)


def _is_about(decision: Decision, finding: Finding, claims: Sequence[Claim]) -> bool:
    if decision.verdict is not None and decision.verdict is not finding.verdict:
        return False
    names = decision.named()
    if len(claims) != len(finding.claim_ids) or not claims:
        return False
    every_claim_named = all(any(n.matches(c) for n in names) for c in claims)
    every_name_used = all(any(n.matches(c) for c in claims) for n in names)
    return every_claim_named and every_name_used


def _reading(claim: Claim) -> tuple[str, int, int, str]:
    return (claim.article, claim.line, claim.start, claim.id)


def _matching(names: Sequence[ClaimName], by_id: dict[str, Claim], ids: Iterable[str]) -> set[str]:
    return {i for i in ids if any(n.matches(by_id[i]) for n in names)}


Groups = list[list[str]]
Kept = list[tuple[Group, object] | None]


def _merge(decision: Decision, groups: Groups, kept: Kept, by_id: dict[str, Claim]) -> tuple[
    Groups, Kept
]:
    names = decision.named()
    touched = [n for n, ids in enumerate(groups) if _matching(names, by_id, ids)]
    if len(touched) < 2:
        return groups, kept  # already one group, or naming claims not read this run
    union = [i for n in touched for i in groups[n]]
    rest = [n for n in range(len(groups)) if n not in touched]
    return [union, *(groups[n] for n in rest)], [None, *(kept[n] for n in rest)]


def _split(decision: Decision, groups: Groups, kept: Kept, by_id: dict[str, Claim]) -> tuple[
    Groups, Kept
]:
    out_groups: Groups = []
    out_kept: Kept = []
    for ids, old in zip(groups, kept, strict=True):
        sides = [_matching(side, by_id, ids) for side in decision.claims]
        present = [side for side in sides if side]
        if len(present) < 2:
            out_groups.append(ids)
            out_kept.append(old)
            continue
        parts = _sides_of(ids, present)
        out_groups.extend(parts)
        out_kept.extend([None] * len(parts))
    pairs = [(g, k) for g, k in zip(out_groups, out_kept, strict=True) if g]
    return [g for g, _ in pairs], [k for _, k in pairs]


def _sides_of(ids: list[str], present: list[set[str]]) -> Groups:
    """A group split into its sides: the first keeps every claim no other side names."""
    moved = set().union(*present[1:])
    first = [i for i in ids if i not in moved]
    return [first, *([i for i in ids if i in side and i not in present[0]]
                     for side in present[1:])]


def _group_of(members: Sequence[Claim], visited: Sequence[tuple[Group, object]]) -> Group:
    """A group made by a decision: the kind and label of the first member's former group,
    each member's former score and slots, and an id from its kind and claim ids."""
    from reconcile.group import group_id

    former = {m.claim_id: (g, m) for g, _ in visited for m in g.members}
    first_group, _ = former[members[0].id]
    memberships = []
    for claim in members:
        _, m = former[claim.id]
        memberships.append(Membership(claim_id=claim.id, score=m.score, slots=m.slots))
    return Group(
        id=group_id(first_group.kind + "/reviewed", [c.id for c in members]),
        label=first_group.label,
        kind=first_group.kind,
        members=memberships,
    )


def _first_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"] if p != "kind") or "top level"
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}"
