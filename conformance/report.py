"""What the run saw, per operation and per workflow, and the report tables made from it.

Verdicts per operation: ``verified`` (at least one documented success answer checked against
its schema, headers and checks), ``errors only`` (the checks passed but no success answer was
seen: not verified), ``skipped`` (the policy reason, in words), ``failed``, ``not run``. Every
text that leaves the run goes through ``SECRETS.redact``."""

from __future__ import annotations

import html
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .redaction import SECRETS

__all__ = ["VERDICTS", "OperationRecord", "Recorder"]

VERDICTS = ("failed", "errors only", "verified", "skipped", "not run")


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
        return self.reason


@dataclass
class Recorder:
    operations: dict[str, OperationRecord] = field(default_factory=dict)
    workflows: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (outcome, detail)
    target: dict[str, str] = field(default_factory=dict)
    created: list[str] = field(default_factory=list)  # URLs the suite created (to clean up)
    probes: list[dict[str, Any]] = field(default_factory=list)  # unauthenticated probes sent
    discovered: dict[str, int] = field(default_factory=dict)  # path template -> resources

    def add_operation(self, method: str, path: str, operation_id: str) -> None:
        self.operations.setdefault(operation_id, OperationRecord(method, path, operation_id))

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
            rec.failures.append(SECRETS.redact(detail)[:4000])
        elif outcome == "skipped":
            rec.reason = SECRETS.redact(detail)

    def counts(self) -> dict[str, Any]:
        """What a pytest-xdist worker saw, to merge in the controller."""
        return {
            "target": self.target,
            "probes": self.probes,
            "discovered": self.discovered,
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
        for oid, (method, path, cases, statuses, *rest) in counts.get("operations", {}).items():
            self.add_operation(method, path, oid)
            rec = self.operations[oid]
            rec.cases += cases
            rec.statuses.update({int(k): v for k, v in statuses.items()})
            if rest:
                rec.not_sent.update(rest[0])

    def summary(self) -> dict[str, int]:
        counts = Counter(r.verdict for r in self.operations.values())
        return {v: counts.get(v, 0) for v in VERDICTS if counts.get(v)}

    def as_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "summary": self.summary(),
            "operations": [
                {
                    "method": r.method,
                    "path": r.path,
                    "operationId": r.operation_id,
                    "verdict": r.verdict,
                    "outcome": r.outcome,
                    "reason": r.explanation,
                    "cases": r.cases,
                    "statuses": {str(k): v for k, v in sorted(r.statuses.items())},
                    "notSent": dict(r.not_sent),
                    "failures": r.failures,
                }
                for r in self.operations.values()
            ],
            "workflows": [
                {"name": n, "outcome": o, "detail": d} for n, (o, d) in self.workflows.items()
            ],
            "unauthenticatedProbes": self.probes,
            "discovered": self.discovered,
        }

    def write_json(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SECRETS.redact(json.dumps(self.as_json(), indent=2, ensure_ascii=False)))

    def html_tables(self) -> list[str]:
        return [SECRETS.redact(part) for part in self._html_tables()]

    def _html_tables(self) -> list[str]:
        esc = html.escape
        out = ["<h2>Target</h2><table>"]
        out += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in self.target.items()]
        out.append("</table>")
        summary = self.summary()
        out.append(
            f"<h2>Operations</h2><p>{len(self.operations)} operations: "
            + ", ".join(f"{n} {esc(k)}" for k, n in summary.items())
            + ". <em>verified</em>: a documented success answer was checked; <em>errors only</em>:"
            " the checks passed but no success answer was seen, so nothing was verified.</p>"
        )
        out.append(
            "<table><tr><th>operation</th><th>verdict</th><th>cases</th>"
            "<th>statuses seen</th><th>failures / reason</th></tr>"
        )
        order = {v: i for i, v in enumerate(VERDICTS)}
        for r in sorted(self.operations.values(), key=lambda r: (order.get(r.verdict, 9), r.path)):
            statuses = ", ".join(f"{s} x{n}" for s, n in sorted(r.statuses.items()))
            detail = "<br>".join(f"<pre>{esc(f)}</pre>" for f in r.failures) or esc(r.explanation)
            name = f"{esc(r.method)} {esc(r.path)}<br><small>{esc(r.operation_id)}</small>"
            out.append(
                f"<tr><td>{name}</td><td>{esc(r.verdict)}</td><td>{r.cases}</td>"
                f"<td>{esc(statuses)}</td><td>{detail}</td></tr>"
            )
        out.append(
            "</table><h2>Workflows</h2><table><tr><th>workflow</th><th>outcome</th><th>detail</th></tr>"
        )
        for name, (outcome, detail) in self.workflows.items():
            out.append(
                f"<tr><td>{esc(name)}</td><td>{esc(outcome)}</td><td><pre>{esc(detail)}</pre></td></tr>"
            )
        out.append("</table><h2>Unauthenticated probes</h2>")
        if self.probes:
            out.append("<table><tr><th>family</th><th>request</th><th>status</th></tr>")
            out += [
                f"<tr><td>{esc(p['family'])}</td><td>{esc(p['request'])}</td>"
                f"<td>{p['status']}</td></tr>"
                for p in self.probes
            ]
            out.append("</table>")
        else:
            out.append("<p>None sent (no request with missing or wrong credentials).</p>")
        out.append("<h2>Resources discovered on the target</h2><table>")
        out += [
            f"<tr><td>{esc(t)}</td><td>{n}</td></tr>" for t, n in sorted(self.discovered.items())
        ]
        out.append("</table>")
        return out
