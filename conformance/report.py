"""What the run saw, per operation and per workflow, and the report tables made from it."""

from __future__ import annotations

import html
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from luna_ext import redact

__all__ = ["OperationRecord", "Recorder"]


@dataclass
class OperationRecord:
    method: str
    path: str
    operation_id: str
    outcome: str = "not run"  # passed | failed | skipped | not run
    reason: str = ""
    cases: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


@dataclass
class Recorder:
    operations: dict[str, OperationRecord] = field(default_factory=dict)
    workflows: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (outcome, detail)
    target: dict[str, str] = field(default_factory=dict)
    created: list[str] = field(default_factory=list)  # URLs the suite created (to clean up)

    def add_operation(self, method: str, path: str, operation_id: str) -> None:
        self.operations.setdefault(operation_id, OperationRecord(method, path, operation_id))

    def saw(self, operation_id: str, status: int) -> None:
        rec = self.operations[operation_id]
        rec.cases += 1
        rec.statuses[status] += 1

    def finish(self, operation_id: str, outcome: str, detail: str = "") -> None:
        rec = self.operations[operation_id]
        rec.outcome = outcome
        if outcome == "failed":
            rec.failures.append(redact(detail)[:4000])
        elif outcome == "skipped":
            rec.reason = detail

    def counts(self) -> dict[str, Any]:
        """What a pytest-xdist worker saw, to merge in the controller."""
        return {
            "target": self.target,
            "operations": {
                oid: [r.method, r.path, r.cases, {str(k): v for k, v in r.statuses.items()}]
                for oid, r in self.operations.items()
                if r.cases
            },
        }

    def merge_counts(self, counts: dict[str, Any]) -> None:
        for key, value in counts.get("target", {}).items():
            self.target.setdefault(key, value)
        for oid, (method, path, cases, statuses) in counts.get("operations", {}).items():
            self.add_operation(method, path, oid)
            rec = self.operations[oid]
            rec.cases += cases
            rec.statuses.update({int(k): v for k, v in statuses.items()})

    def as_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "operations": [
                {
                    "method": r.method,
                    "path": r.path,
                    "operationId": r.operation_id,
                    "outcome": r.outcome,
                    "reason": r.reason,
                    "cases": r.cases,
                    "statuses": {str(k): v for k, v in sorted(r.statuses.items())},
                    "failures": r.failures,
                }
                for r in self.operations.values()
            ],
            "workflows": [
                {"name": n, "outcome": o, "detail": d} for n, (o, d) in self.workflows.items()
            ],
        }

    def write_json(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.as_json(), indent=2))

    def html_tables(self) -> list[str]:
        esc = html.escape
        out = ["<h2>Target</h2><table>"]
        out += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in self.target.items()]
        out.append("</table>")
        counts = Counter(r.outcome for r in self.operations.values())
        out.append(
            f"<h2>Operations</h2><p>{len(self.operations)} operations: "
            + ", ".join(f"{n} {esc(k)}" for k, n in sorted(counts.items()))
            + "</p>"
        )
        out.append(
            "<table><tr><th>operation</th><th>outcome</th><th>cases</th>"
            "<th>statuses seen</th><th>failures / reason</th></tr>"
        )
        order = {"failed": 0, "passed": 1, "skipped": 2, "not run": 3}
        for r in sorted(self.operations.values(), key=lambda r: (order.get(r.outcome, 9), r.path)):
            statuses = ", ".join(f"{s} x{n}" for s, n in sorted(r.statuses.items()))
            detail = "<br>".join(f"<pre>{esc(f)}</pre>" for f in r.failures) or esc(r.reason)
            name = f"{esc(r.method)} {esc(r.path)}<br><small>{esc(r.operation_id)}</small>"
            out.append(
                f"<tr><td>{name}</td><td>{esc(r.outcome)}</td><td>{r.cases}</td>"
                f"<td>{esc(statuses)}</td><td>{detail}</td></tr>"
            )
        out.append(
            "</table><h2>Workflows</h2><table><tr><th>workflow</th><th>outcome</th><th>detail</th></tr>"
        )
        for name, (outcome, detail) in self.workflows.items():
            out.append(
                f"<tr><td>{esc(name)}</td><td>{esc(outcome)}</td><td><pre>{esc(redact(detail))}</pre></td></tr>"
            )
        out.append("</table>")
        return out
