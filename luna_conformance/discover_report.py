"""The report of ``python -m luna_conformance discover``: JSON for tools, HTML for people, and the
proposed spec patch as YAML. Every output is redacted by value (``redaction.SECRETS``)."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import yaml

from .discover_schema import INFORMATION, PATCH_FORMAT, UNDOCUMENTED, Report
from .recording import redact_tree
from .redaction import SECRETS

__all__ = ["PATCH_HEADER", "report_json", "write_html", "write_json", "write_patch"]

PATCH_HEADER = f"""\
# A spec patch proposed by `python -m luna_conformance discover` ({PATCH_FORMAT}).
#
# `operations` is a list of JSON Patch (RFC 6902) operations on the OpenAPI document:
#   op:    add | replace | remove
#   path:  a JSON pointer into the spec (~1 is '/', ~0 is '~'), e.g.
#          /components/schemas/Hsm/properties/newField  or  /paths/~1api~1lunasa~1widgets
#   value: what to add or put there (schemas are inferred from what the target answered:
#          types and fields, never its values)
#   why:   what was seen (ignored when applying)
# Unlike RFC 6902, `add` creates missing parent objects, and `path` .../enum/- appends.
# Review every operation: delete the ones you do not want, give each discovered operation
# its reference page (x-luna-source), privileges and evidence, then apply it to a copy:
#   python -m luna_conformance discover --apply THIS.yaml --spec openapi/luna.yaml -o new.yaml
#   python -m luna_spec diff openapi/luna.yaml new.yaml
"""


def report_json(report: Report, *, target: str, spec_file: str, patch_file: str) -> dict[str, Any]:
    return {
        "format": "luna-rest-kit-discovery/1",
        "target": target,
        "spec": spec_file,
        "clean": report.clean,
        "requests": report.requests,
        "answers": report.answers,
        "budgetExhausted": report.budget_exhausted,
        "operationsSeen": report.operations_seen,
        "counts": report.counts(),
        "patch": patch_file,
        "errors": report.errors,
        "findings": [f.to_json() for f in report.findings],
    }


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(redact_tree(data), indent=1) + "\n", encoding="utf-8")


def write_patch(path: Path, patch: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump(patch, sort_keys=False, width=100, allow_unicode=True)
    path.write_text(SECRETS.redact(PATCH_HEADER + body), encoding="utf-8")


_TITLES = {
    "undeclared-resource": "Resources the spec does not describe",
    "undeclared-field": "Fields the schemas do not declare",
    "type-mismatch": "Type mismatches",
    "enum-mismatch": "Enum mismatches",
    "undeclared-status": "Statuses the operation does not document",
    "unseen-field": "Declared fields that never appeared (information)",
    "open-field": "Fields of schemas declared open (information)",
    "dangling-link": "Links to paths neither the spec nor the target serves (information)",
}


def write_html(path: Path, report: Report, *, target: str, spec_file: str, patch_file: str) -> None:
    e = html.escape
    counts = report.counts()
    parts = [
        "<!doctype html><meta charset='utf-8'><title>luna-rest-kit discovery</title>",
        "<style>body{font-family:sans-serif;max-width:80em}td,th{padding:2px 8px;"
        "border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
        ".u{background:#fee}</style>",
        "<h1>What the target serves that the spec does not say</h1>",
        f"<p>Target {e(target)}, spec {e(spec_file)}: {report.requests} GET requests, "
        f"{len(report.operations_seen)} operations answered. "
        + (
            "<b>Nothing undocumented.</b>"
            if report.clean
            else f"<b>{len(report.undocumented)} undocumented findings</b>; proposed spec "
            f"additions: <code>{e(patch_file)}</code>."
        )
        + (" The request budget ran out before the walk ended." if report.budget_exhausted else "")
        + "</p><table><tr><th>finding</th><th>count</th></tr>",
    ]
    parts += [
        f"<tr class='{'u' if k in UNDOCUMENTED and n else ''}'><td>{e(_TITLES[k])}</td>"
        f"<td>{n}</td></tr>"
        for k, n in counts.items()
    ]
    parts.append("</table>")
    for kind in (*UNDOCUMENTED, *INFORMATION):
        rows = [f for f in report.findings if f.kind == kind]
        if not rows:
            continue
        parts.append(f"<h2>{e(_TITLES[kind])}</h2><table>")
        parts.append("<tr><th>operation</th><th>where</th><th>what</th><th>seen at</th></tr>")
        for f in rows:
            parts.append(
                f"<tr><td>{e(f.operation)}</td><td><code>{e(f.where)}</code></td>"
                f"<td>{e(f.detail)}<br><small>spec: <code>{e(f.pointer)}</code></small></td>"
                f"<td>{'<br>'.join(e(u) for u in f.urls)}</td></tr>"
            )
        parts.append("</table>")
    if report.errors:
        parts.append("<h2>Requests that failed</h2><ul>")
        parts += [f"<li>{e(err)}</li>" for err in report.errors]
        parts.append("</ul>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SECRETS.redact("".join(parts)), encoding="utf-8")
