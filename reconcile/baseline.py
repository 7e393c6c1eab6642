"""Acknowledged findings: a reviewed JSON file that lets a known discrepancy stop failing CI.

An entry is keyed by a fingerprint of what the finding says, never of where it stands: the
verdict, the articles, the quantity, the figures as written and their periods. Editing an
article above a known conflict keeps it acknowledged; changing one of its figures makes it a
different finding, new again, which is the point of the gate.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from claims.models import Claim, Period
from reconcile.atomic import write_text_atomic
from reconcile.models import FINGERPRINT_KEY as FINGERPRINT_KEY  # re-exported: it lived here
from reconcile.models import BaselineEntry as BaselineEntry  # re-exported: it lived here
from reconcile.models import Finding, period_text

BASELINE_VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be used; the message is one line naming the file."""


class BaselineFile(BaseModel):
    model_config = ConfigDict(extra="ignore")

    version: int = BASELINE_VERSION
    findings: list[BaselineEntry]


def fingerprint_period(period: Period | None) -> str:
    """A period as the fingerprint hashes it: its dates as ``start/end`` when resolved, else
    its words. This form never changes, so baselines written before stay valid; what a person
    reads (the entry's ``periods``, every report) is ``reconcile.models.period_text``."""
    if period is None:
        return ""
    if period.start or period.end:
        start = period.start.isoformat() if period.start else ""
        end = period.end.isoformat() if period.end else ""
        return f"{start}/{end}"
    return period.text.strip()


period_label = fingerprint_period  # its old name


def entry_for(
    finding: Finding, claims: Sequence[Claim], articles: Sequence[str] | None = None
) -> BaselineEntry:
    """The baseline entry (and so the fingerprint) of a finding about ``claims``.

    ``articles`` names each claim's article when its id is not stable (a path that depends on
    the working directory); by default the claims' own article ids.
    """
    articles = sorted(set(articles if articles is not None else [c.article for c in claims]))
    values = sorted(c.surface for c in claims)
    hashed = sorted(fingerprint_period(c.period) for c in claims)
    payload = json.dumps(
        [FINGERPRINT_KEY, str(finding.verdict), articles, finding.quantity, values, hashed],
        ensure_ascii=False,
    )
    return BaselineEntry(
        fingerprint=hashlib.sha256(payload.encode()).hexdigest()[:32],
        verdict=str(finding.verdict),
        quantity=finding.quantity,
        articles=articles,
        values=values,
        periods=sorted(period_text(c.period) for c in claims),
        explanation=finding.explanation,
    )


class Baseline:
    """The acknowledged findings of one baseline file, by fingerprint."""

    def __init__(self, entries: Iterable[BaselineEntry] = ()) -> None:
        self.entries = {e.fingerprint: e for e in entries}

    def __contains__(self, fingerprint: str) -> bool:
        return fingerprint in self.entries

    def reason(self, fingerprint: str) -> str | None:
        entry = self.entries.get(fingerprint)
        return entry.reason if entry else None

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        """Read a baseline file; a missing file acknowledges nothing (first run)."""
        path = Path(path)
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise BaselineError(f"baseline {path}: cannot read ({exc.strerror or exc})") from None
        except UnicodeDecodeError:
            raise BaselineError(f"baseline {path}: not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise BaselineError(
                f"baseline {path}: not valid JSON ({exc.msg}, line {exc.lineno})"
            ) from None
        try:
            parsed = BaselineFile.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "top level"
            raise BaselineError(f"baseline {path}: {where}: {first['msg']}") from None
        if parsed.version != BASELINE_VERSION:
            raise BaselineError(
                f"baseline {path}: version {parsed.version}, expected {BASELINE_VERSION}"
            )
        return cls(parsed.findings)

    def updated(self, current: Iterable[BaselineEntry], scope: Iterable[str]) -> Baseline:
        """The baseline after acknowledging ``current``, the findings about ``scope`` articles.

        Entries about other articles are kept (this run did not look at them); entries about
        these articles are replaced by the current findings, keeping the reasons people wrote.
        """
        scope = set(scope)
        kept = [e for e in self.entries.values() if not scope.intersection(e.articles)]
        fresh = []
        for entry in current:
            reason = self.reason(entry.fingerprint)
            fresh.append(entry.model_copy(update={"reason": reason}) if reason else entry)
        return Baseline([*kept, *fresh])

    def save(self, path: str | Path) -> None:
        """Write the file sorted by fingerprint, so a review diff shows only what changed."""
        path = Path(path)
        entries = sorted(self.entries.values(), key=lambda e: e.fingerprint)
        body = BaselineFile(findings=entries).model_dump(mode="json", exclude_none=True)
        write_text_atomic(path, json.dumps(body, ensure_ascii=False, indent=2) + "\n")
