"""The gate's logic, baseline and renderers, with a stand-in extractor and reconciler.

The stand-ins keep these tests about the gate: which findings it keeps, how it judges them and
how it prints them. tests/test_gate_e2e.py runs the real pipeline.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.models import Article, Claim
from reconcile import gate as gate_module
from reconcile import ingest as ingest_module
from reconcile.baseline import Baseline, BaselineEntry, BaselineError
from reconcile.gate import GateResult, column_of, run_gate
from reconcile.ingest import ingest
from reconcile.models import Finding, Verdict
from reconcile.store import ClaimStore
from reconcile_cli.commands.gate import gate_command
from reports import gate_json, github, sarif

# "<word> <number>" is a claim about <word>; a "%" after the number makes it a percent.
_CLAIM = re.compile(r"(?P<what>[a-z]+) (?P<n>\d+)(?P<pct> ?%)?")


def fake_extract(article: Article) -> list[Claim]:
    claims = []
    for n, m in enumerate(_CLAIM.finditer(article.text, article.body_start)):
        claims.append(
            Claim(
                id=f"{article.id}#{n}",
                article=article.id,
                line=article.text.count("\n", 0, m.start("n")) + 1,
                start=m.start("n"),
                end=m.end("n"),
                sentence=m.group(),
                surface=m.group("n") + (m.group("pct") or ""),
                value=float(m.group("n")),
                unit="percent" if m.group("pct") else "count",
                counted=m.group("what"),
            )
        )
    return claims


@dataclass
class FakeReconciliation:
    findings: list[Finding]


def fake_reconcile(
    claims: list[Claim], *, tolerance: float = 0.05, focus: object = ()
) -> FakeReconciliation:
    """Claims about the same word and unit: equal values agree, close ones are a minor
    discrepancy, others conflict."""
    findings = []
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if (a.counted, a.unit) != (b.counted, b.unit):
                continue
            gap = abs(a.value - b.value) / max(a.value, b.value)
            verdict = (
                Verdict.consistent
                if gap == 0
                else Verdict.minor_discrepancy
                if gap <= tolerance
                else Verdict.conflict
            )
            findings.append(
                Finding(
                    id=f"f{len(findings) + 1}",
                    verdict=verdict,
                    quantity=a.counted,
                    claim_ids=[a.id, b.id],
                    explanation=f"{a.surface} and {b.surface} {a.counted}: {verdict}.",
                )
            )
    return FakeReconciliation(findings)


@pytest.fixture(autouse=True)
def fakes(monkeypatch) -> None:
    monkeypatch.setattr(gate_module, "_extract", fake_extract)
    monkeypatch.setattr(gate_module, "_reconcile", fake_reconcile)
    monkeypatch.setattr(ingest_module, "_default_extract", lambda: fake_extract)
    monkeypatch.setattr(ingest_module, "extractor_signature", lambda: "fake")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> Path:
    """A working directory with a corpus (one internal conflict) and a drafts folder."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "articles/old.md", "Police: suspects 120 arrested.\nSo inflation 4 %.\n")
    write(tmp_path / "articles/older.md", "Bank: inflation 9 %.\n")  # corpus-only conflict
    write(tmp_path / "articles/cars.md", "Dealers sold cars 5000 units.\n")
    return tmp_path


def draft(repo: Path, text: str, name: str = "drafts/new.md") -> Article:
    path = write(repo / name, text)
    return Article(id=name, path=name, text=path.read_text(encoding="utf-8"))


def gate(repo: Path, *new: Article, **kw) -> GateResult:
    with ClaimStore.open(repo / "articles/.reconcile/claims.sqlite") as store:
        ingest(store, [repo / "articles"])
        return run_gate(list(new), store, **kw)


# -- what the gate keeps -----------------------------------------------------------------


def test_clean_new_article_passes(repo: Path) -> None:
    result = gate(repo, draft(repo, "Police said suspects 120 were held.\n"))
    assert not result.failed
    assert result.findings == []  # consistent findings are not issues
    assert result.corpus_claims == 2  # the count block only: the percents were not read


def test_conflict_with_corpus_fails_at_the_new_line(repo: Path) -> None:
    new = draft(repo, "---\ntitle: x\n---\nIntro.\nPolice: suspects 387 arrested.\n")
    result = gate(repo, new)
    assert result.failed
    [item] = result.findings
    assert item.verdict == Verdict.conflict and item.status == "new"
    assert (item.location.path, item.location.line, item.location.column) == (
        "drafts/new.md",
        5,
        18,
    )
    assert item.where["articles/old.md#0"].path == "articles/old.md"
    assert item.entry.articles == ["../drafts/new.md", "old.md"]  # store keys: cwd-proof


def test_corpus_only_findings_are_ignored(repo: Path) -> None:
    result = gate(repo, draft(repo, "So inflation 4 % says bank.\n"))
    verdicts = [(f.verdict, sorted(c.article for c in f.claims)) for f in result.findings]
    # new vs older.md is reported; old.md vs older.md (both corpus) is not
    assert verdicts == [(Verdict.conflict, ["articles/older.md", "drafts/new.md"])]


def test_new_articles_are_compared_with_each_other(repo: Path) -> None:
    a = draft(repo, "ships 10\n", "drafts/a.md")
    b = draft(repo, "ships 30\n", "drafts/b.md")
    assert [f.verdict for f in gate(repo, a, b).findings] == [Verdict.conflict]


def test_new_version_of_a_corpus_article_replaces_it(repo: Path) -> None:
    edited = draft(repo, "Dealers sold cars 7000 units.\n", "articles/cars.md")
    result = gate(repo, edited)
    assert result.findings == []  # no conflict with its own old version
    assert result.articles == ["cars.md"]


def test_fail_on_threshold(repo: Path) -> None:
    new = draft(repo, "suspects 123\n")  # 2.4 % from 120: minor
    assert not gate(repo, new).failed
    result = gate(repo, new, fail_on=Verdict.minor_discrepancy)
    assert result.failed and result.findings[0].level == "error"
    assert gate(repo, new, fail_on=Verdict.conflict).findings[0].level == "warning"


# -- baseline ------------------------------------------------------------------------------


def test_baseline_acknowledges_and_a_changed_figure_is_new_again(repo: Path) -> None:
    first = gate(repo, draft(repo, "suspects 387\n"))
    baseline = Baseline([f.entry for f in first.findings])
    moved = gate(repo, draft(repo, "Intro.\n\nsuspects 387\n"), baseline=baseline)
    assert not moved.failed and moved.findings[0].status == "acknowledged"
    assert moved.findings[0].level == "note"
    changed = gate(repo, draft(repo, "Intro.\n\nsuspects 388\n"), baseline=baseline)
    assert changed.failed and changed.findings[0].status == "new"


def test_baseline_update_keeps_reasons_and_other_articles(tmp_path: Path) -> None:
    mine = BaselineEntry(fingerprint="a", verdict="conflict", articles=["new.md", "x.md"])
    other = BaselineEntry(fingerprint="b", verdict="conflict", articles=["y.md", "z.md"])
    stale = BaselineEntry(fingerprint="c", verdict="conflict", articles=["new.md"])
    old = Baseline([mine.model_copy(update={"reason": "checked"}), other, stale])
    path = tmp_path / "baseline.json"
    old.updated([mine], scope=["new.md"]).save(path)
    saved = Baseline.load(path)
    assert sorted(saved.entries) == ["a", "b"]
    assert saved.reason("a") == "checked"


@pytest.mark.parametrize(
    "content, problem",
    [
        ("{not json", "not valid JSON"),
        ('{"findings": [{"verdict": "conflict"}]}', "findings.0.fingerprint: Field required"),
        ("[1, 2]", "top level"),
        ('{"version": 7, "findings": []}', "version 7"),
    ],
)
def test_malformed_baseline_is_one_clear_error(tmp_path: Path, content: str, problem: str) -> None:
    path = write(tmp_path / "b.json", content)
    with pytest.raises(BaselineError) as err:
        Baseline.load(path)
    message = str(err.value)
    assert message.startswith(f"baseline {path}: ") and problem in message
    assert "\n" not in message


def test_missing_baseline_acknowledges_nothing(tmp_path: Path) -> None:
    assert Baseline.load(tmp_path / "none.json").entries == {}


# -- renderers -----------------------------------------------------------------------------


def test_github_escaping() -> None:
    assert github.escape_data("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotations_log_lines_and_step_summary(repo: Path, monkeypatch) -> None:
    summary = repo / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = gate(repo, draft(repo, "\nsuspects 387, suspects 123\n"))
    out = _render(github.render, result)
    lines = out.splitlines()
    assert lines[0].startswith(
        "::error file=drafts/new.md,line=2,col=10,title=reconcile%3A conflict (suspects)::"
    )
    assert [line[:2] for line in lines[:3]] == ["::"] * 3  # annotations first
    assert lines[2].startswith("::warning file=drafts/new.md,line=2,col=24,")
    assert lines[3].startswith("drafts/new.md:2:10: error: conflict (suspects): ")
    assert lines[-1].startswith("reconcile gate: FAIL")
    table = summary.read_text(encoding="utf-8")
    assert "| status | verdict |" in table and table.count("drafts/new.md:2 |") == 3


def test_sarif_shape(repo: Path) -> None:
    log = json.loads(_render(sarif.render, gate(repo, draft(repo, "x\nsuspects 387\n"))))
    assert log["version"] == "2.1.0" and "sarif" in log["$schema"]
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "claim-reconciler"
    assert "reconcile/conflict" in [r["id"] for r in run["tool"]["driver"]["rules"]]
    [res] = run["results"]
    assert res["ruleId"] == "reconcile/conflict" and res["level"] == "error"
    assert res["message"]["text"]
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "drafts/new.md"
    assert loc["region"] == {"startLine": 2, "startColumn": 10}
    assert len(res["partialFingerprints"]["claimReconciler/v1"]) == 32
    related = res["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "articles/old.md"


def test_json_lists_fingerprint_status_and_location(repo: Path) -> None:
    data = json.loads(_render(gate_json.render, gate(repo, draft(repo, "suspects 387\n"))))
    [item] = data["findings"]
    assert data["failed"] is True
    assert item["status"] == "new" and len(item["fingerprint"]) == 32
    assert item["location"] == {"path": "drafts/new.md", "line": 1, "column": 10}


def test_column_counts_characters_within_the_line() -> None:
    assert column_of("ab\ncdé f", 7) == 5
    assert column_of("abc", 0) == 1


def _render(render, result: GateResult) -> str:
    import io

    buffer = io.StringIO()
    render(result, buffer)
    return buffer.getvalue()


# -- the command ---------------------------------------------------------------------------


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(gate_command, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_command_exit_codes_and_baseline_cycle(repo: Path) -> None:
    write(repo / "drafts/ok.md", "suspects 120\n")
    write(repo / "drafts/bad.md", "suspects 387\n")
    assert run("drafts/ok.md", "--corpus", "articles")[0] == 0
    code, out, _ = run("drafts/bad.md", "--corpus", "articles", "--format", "github")
    assert code == 1 and out.startswith("::error file=drafts/bad.md,line=1,")
    code, _, err = run(
        "drafts/bad.md", "--corpus", "articles", "--baseline", "b.json", "--update-baseline"
    )
    assert code == 0 and "1 finding(s) acknowledged" in err
    assert run("drafts/bad.md", "--corpus", "articles", "--baseline", "b.json")[0] == 0
    write(repo / "drafts/bad.md", "suspects 390\n")
    assert run("drafts/bad.md", "--corpus", "articles", "--baseline", "b.json")[0] == 1


def test_command_output_file(repo: Path) -> None:
    write(repo / "drafts/bad.md", "suspects 387\n")
    code, out, _ = run(
        "drafts/bad.md", "--corpus", "articles", "--format", "json", "--output", "r/g.json"
    )
    assert code == 1 and out == ""
    assert json.loads((repo / "r/g.json").read_text(encoding="utf-8"))["failed"] is True


@pytest.mark.parametrize(
    "args, message",
    [
        (["drafts/none.md", "--corpus", "articles"], "article drafts/none.md: no such file"),
        (["--corpus", "nowhere", "articles/old.md"], "corpus nowhere: no such file"),
        (["articles/old.md", "--corpus", "articles", "--update-baseline"], "needs --baseline"),
        (["articles/old.md", "--corpus", "articles", "--baseline", "bad.json"], "not valid JSON"),
        (["articles/old.md", "--corpus", "articles", "--store", "bad.sqlite"], "--rebuild"),
    ],
)
def test_command_input_errors_exit_2_with_one_line(
    repo: Path, args: list[str], message: str
) -> None:
    write(repo / "bad.json", "{")
    write(repo / "bad.sqlite", "garbage " * 500)
    code, _, err = run(*args)
    assert code == 2
    [line] = err.strip().splitlines()
    assert message in line


def test_command_with_no_new_article_passes(repo: Path) -> None:
    code, _, err = run("--corpus", "articles")
    assert code == 0 and "nothing to check" in err


def test_every_gate_and_ingest_option_is_documented() -> None:
    from reconcile_cli.commands.ingest import ingest_command

    doc = (Path(__file__).parent.parent / "docs" / "gate.md").read_text(encoding="utf-8")
    for command in (gate_command, ingest_command):
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--"):
                    assert f"`{opt}" in doc or f" {opt}" in doc, f"{command.name} {opt}"
