"""What the run saw, per operation and per workflow; the JSON report made from it.

Verdicts per operation: ``verified`` (at least one documented success answer checked against
its schema, headers and checks), ``errors only`` (the checks passed but no success answer was
seen: not verified), ``not on this appliance`` (against an appliance, an operation whose
evidence tier is ``structure`` or ``inferred`` answered only 404 or 405: a finding about the
spec, kept apart from luna_conformance failures), ``skipped`` (the policy reason, in words),
``failed``, ``not run``. Each operation carries its evidence tier (``x-luna-evidence``).
The HTML tables are ``report_html.py``'s; failures are read into parts by
``report_failure.py``. Every text that leaves the run goes through ``SECRETS.redact``."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import luna_spec

from .policy import AGAINST_APPLIANCE
from .redaction import SECRETS
from .report_failure import FailureDetail, parse_failure, skip_words
from .report_steps import STEPS, StepLog

__all__ = [
    "NOT_ON_APPLIANCE",
    "SPEC_GAP_TIERS",
    "VERDICTS",
    "OperationRecord",
    "Recorder",
    "evidence_of",
    "pytest_counts",
]

NOT_ON_APPLIANCE = "not on this appliance"
VERDICTS = ("failed", "errors only", "verified", NOT_ON_APPLIANCE, "skipped", "not run")
SPEC_GAP_TIERS = frozenset({"structure", "inferred"})
"""Evidence tiers whose operation may simply not exist on an appliance: a 404 or 405 there
says something about the spec, not about the appliance's conformance."""
_ABSENT = frozenset({404, 405})


def evidence_of(method: str, path: str) -> str:
    """The operation's ``x-luna-evidence`` tier in the spec ('' when it declares none)."""
    op = luna_spec.load_spec()["paths"].get(path, {}).get(method.lower(), {})
    return str(op.get("x-luna-evidence", "")) if isinstance(op, dict) else ""


def pytest_counts(config: Any) -> tuple[dict[str, int], str]:
    """pytest's own summary of the run, as its terminal prints it at the end
    (``2 failed, 14 passed, 14 skipped, 231 deselected``): ({word: n}, the line)."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None:
        return {}, ""
    parts, _ = reporter.build_summary_stats_line()
    counts: dict[str, int] = {}
    for text, _markup in parts:
        number, _, word = str(text).partition(" ")
        if number.isdigit():
            counts[word] = int(number)
    return counts, ", ".join(str(text) for text, _ in parts)


@dataclass
class OperationRecord:
    method: str
    path: str
    operation_id: str
    outcome: str = "not run"  # passed | failed | skipped | not run (pytest's word)
    reason: str = ""
    cases: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    not_sent: Counter[str] = field(default_factory=Counter)
    evidence: str = ""
    details: list[FailureDetail] = field(default_factory=list)  # failures, in parts

    @property
    def verified(self) -> bool:
        return any(200 <= s < 300 for s in self.statuses)

    @property
    def verdict(self) -> str:
        if self.outcome == "passed":
            return "verified" if self.verified else "errors only"
        return self.outcome

    @property
    def explanation(self) -> str:
        if self.verdict == "errors only":
            seen = ", ".join(f"{s}" for s in sorted(self.statuses)) or "no answer"
            return f"not verified: no success answer seen (statuses {seen})"
        if self.verdict == "failed" and self.details:
            return self.details[0].reason
        return self.reason


@dataclass
class Recorder:
    operations: dict[str, OperationRecord] = field(default_factory=dict)
    workflows: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (outcome, detail)
    workflow_nodes: dict[str, str] = field(default_factory=dict)  # name -> pytest node id
    target: dict[str, str] = field(default_factory=dict)
    created: list[str] = field(default_factory=list)  # URLs the suite created (to clean up)
    probes: list[dict[str, Any]] = field(default_factory=list)  # unauthenticated probes sent
    discovered: dict[str, int] = field(default_factory=dict)  # path template -> resources
    tests: dict[str, int] = field(default_factory=dict)  # pytest's counts ({"passed": 14})
    tests_line: str = ""  # pytest's summary line, as its terminal prints it
    steps: StepLog = field(default_factory=lambda: STEPS)

    @property
    def against_appliance(self) -> bool:
        kind = self.target.get("kind")
        return kind != "embedded emulator" if kind else AGAINST_APPLIANCE[0]

    def add_operation(self, method: str, path: str, operation_id: str) -> None:
        if operation_id not in self.operations:
            rec = OperationRecord(method, path, operation_id, evidence=evidence_of(method, path))
            self.operations[operation_id] = rec

    def saw(self, operation_id: str, status: int) -> None:
        rec = self.operations[operation_id]
        rec.cases += 1
        rec.statuses[status] += 1

    def not_sent(self, operation_id: str, why: str) -> None:
        self.operations[operation_id].not_sent[why] += 1

    def finish(self, operation_id: str, outcome: str, detail: str = "") -> None:
        rec = self.operations[operation_id]
        rec.outcome = outcome
        if outcome == "failed":
            rec.failures.append(SECRETS.redact(detail)[:8000])
            rec.details.append(parse_failure(detail))
        elif outcome == "skipped":
            rec.reason = skip_words(detail)

    def record_run(self, config: Any) -> None:
        """pytest's own counts, for the report's summary (they must match the terminal's)."""
        self.tests, self.tests_line = pytest_counts(config)

    def workflow_node(self, name: str, nodeid: str) -> None:
        """A workflow's test reported (its setup first): its steps are collected from now."""
        self.workflow_nodes[name] = nodeid
        self.steps.install()

    def workflow_steps(self, name: str) -> list[str]:
        return self.steps.of(self.workflow_nodes.get(name, ""))

    def counts(self) -> dict[str, Any]:
        """What a pytest-xdist worker saw, to merge in the controller."""
        return {
            "target": self.target,
            "probes": self.probes,
            "discovered": self.discovered,
            "steps": self.steps.by_node,
            "operations": {
                oid: [
                    r.method,
                    r.path,
                    r.cases,
                    {str(k): v for k, v in r.statuses.items()},
                    dict(r.not_sent),
                ]
                for oid, r in self.operations.items()
                if r.cases or r.not_sent
            },
        }

    def merge_counts(self, counts: dict[str, Any]) -> None:
        for key, value in counts.get("target", {}).items():
            self.target.setdefault(key, value)
        self.probes.extend(counts.get("probes", []))
        for key, n in counts.get("discovered", {}).items():
            self.discovered[key] = max(n, self.discovered.get(key, 0))
        for node, steps in counts.get("steps", {}).items():
            self.steps.by_node.setdefault(node, []).extend(steps)
        for oid, (method, path, cases, statuses, *rest) in counts.get("operations", {}).items():
            self.add_operation(method, path, oid)
            rec = self.operations[oid]
            rec.cases += cases
            rec.statuses.update({int(k): v for k, v in statuses.items()})
            if rest:
                rec.not_sent.update(rest[0])

    def absent(self, rec: OperationRecord) -> bool:
        """Against an appliance: an operation of a weak evidence tier that answered only
        404 or 405. A 405 says the method is not served whatever the ids; a 404 on a path
        with parameters counts only when resources of its parent were discovered (cases
        then addressed a real one), not when the appliance simply holds none."""
        if not self.against_appliance or rec.evidence not in SPEC_GAP_TIERS:
            return False
        if rec.outcome not in ("passed", "failed") or not rec.statuses:
            return False
        if not set(rec.statuses) <= _ABSENT:
            return False
        if 405 in rec.statuses or "{" not in rec.path:
            return True
        owner = rec.path[: rec.path.rindex("}") + 1]  # the resource the last id names
        return self.discovered.get(owner, 0) > 0

    def verdict(self, rec: OperationRecord) -> str:
        return NOT_ON_APPLIANCE if self.absent(rec) else rec.verdict

    def explanation(self, rec: OperationRecord) -> str:
        if not self.absent(rec):
            why = self._why_errors_only(rec) if rec.verdict == "errors only" else ""
            return f"{rec.explanation}: {why}" if why else rec.explanation
        seen = ", ".join(f"{s} x{n}" for s, n in sorted(rec.statuses.items()))
        return (
            f"finding about the spec: this appliance answered only {seen}; the operation "
            f"rests on evidence '{rec.evidence}' and may not exist here"
        )

    def _why_errors_only(self, rec: OperationRecord) -> str:
        """Why no success answer was seen, where the statuses say it."""
        seen = set(rec.statuses)
        if seen == {404} and "{" in rec.path:
            owner = rec.path[: rec.path.rindex("}") + 1]
            if not self.discovered.get(owner):
                return f"no {owner} was found on the target, so every case named a made-up id"
            return "the resources the cases named were not found"
        if seen <= {401, 403}:
            return "refused: the user lacks the role or login this operation needs"
        if seen == {400}:
            return "every request was refused as invalid"
        return ""

    def summary(self) -> dict[str, int]:
        counts = Counter(self.verdict(r) for r in self.operations.values())
        return {v: counts.get(v, 0) for v in VERDICTS if counts.get(v)}

    def spec_findings(self) -> list[OperationRecord]:
        """Operations a weak evidence tier describes that this appliance does not serve."""
        return [r for r in self.operations.values() if self.verdict(r) == NOT_ON_APPLIANCE]

    def as_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "tests": {"counts": self.tests, "line": self.tests_line},
            "summary": self.summary(),
            "operations": [
                {
                    "method": r.method,
                    "path": r.path,
                    "operationId": r.operation_id,
                    "evidence": r.evidence,
                    "verdict": self.verdict(r),
                    "outcome": r.outcome,
                    "reason": self.explanation(r),
                    "cases": r.cases,
                    "statuses": {str(k): v for k, v in sorted(r.statuses.items())},
                    "notSent": dict(r.not_sent),
                    "failure": r.details[0].as_json() if r.details else None,
                    "failures": r.failures,
                }
                for r in self.operations.values()
            ],
            "specFindings": [
                {
                    "method": r.method,
                    "path": r.path,
                    "operationId": r.operation_id,
                    "evidence": r.evidence,
                    "statuses": {str(k): v for k, v in sorted(r.statuses.items())},
                    "finding": self.explanation(r),
                }
                for r in self.spec_findings()
            ],
            "workflows": [
                {
                    "name": n,
                    "outcome": o,
                    "detail": d,
                    "reason": parse_failure(d).reason if o == "failed" else d,
                    "steps": self.workflow_steps(n),
                }
                for n, (o, d) in self.workflows.items()
            ],
            "unauthenticatedProbes": self.probes,
            "discovered": self.discovered,
        }

    def write_json(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SECRETS.redact(json.dumps(self.as_json(), indent=2, ensure_ascii=False)))

    def html_tables(self) -> list[str]:
        from .report_html import redact_html, render_summary

        return [redact_html(part) for part in render_summary(self)]
