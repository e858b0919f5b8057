"""Project rules for luna.yaml beyond what OpenAPI itself requires.

Run ``python -m luna_spec.lint`` (or the test suite) after editing the spec.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from . import API_VERSION, iter_operations, load_spec

__all__ = ["lint"]

PRIVILEGES = {"admin", "operator", "monitor"}
TASK_KINDS = {"none", "ped", "usually", "protected", "always"}
EVIDENCE = ("doc", "ovw", "code", "structure", "inferred")
"""The evidence tiers, strongest first (``openapi/README.md``): ``doc`` its own reference
page, ``ovw`` a guide or overview page, ``code`` public client code only, ``structure``
implied by a documented parent or child, ``inferred`` nothing public found."""
_REQUEST_TYPE = re.compile(
    r"^application/vnd\.safenetinc\.lunasa\+(json|octet-stream|multipart);version=\d+$"
)
_ERROR_ID = re.compile(r"^[A-Z0-9_.]+$")


def _check_operation(method: str, path: str, op: dict[str, Any], tags: set[str]) -> list[str]:
    where = f"{method} {path}"
    errs: list[str] = []
    oid = op.get("operationId")
    if not isinstance(oid, str) or not re.match(r"^[a-z][a-zA-Z0-9]+$", oid):
        errs.append(f"{where}: operationId missing or not camelCase: {oid!r}")
    op_tags = op.get("tags") or []
    if len(op_tags) != 1 or op_tags[0] not in tags:
        errs.append(f"{where}: needs exactly one declared tag, has {op_tags}")
    for key in ("summary", "description"):
        if not op.get(key):
            errs.append(f"{where}: missing {key}")
    privs = op.get("x-luna-privileges")
    if not privs or not set(privs) <= PRIVILEGES:
        errs.append(f"{where}: x-luna-privileges {privs!r}")
    if not isinstance(op.get("x-luna-destructive"), bool):
        errs.append(f"{where}: x-luna-destructive must be a boolean")
    elif op["x-luna-destructive"] and not op.get("x-luna-destructive-reason"):
        errs.append(f"{where}: destructive without x-luna-destructive-reason")
    if op.get("x-luna-task") not in TASK_KINDS:
        errs.append(f"{where}: x-luna-task {op.get('x-luna-task')!r} not in {sorted(TASK_KINDS)}")
    evidence = op.get("x-luna-evidence")
    if evidence is None:
        errs.append(f"{where}: no evidence tier (x-luna-evidence: one of {', '.join(EVIDENCE)})")
    elif evidence not in EVIDENCE:
        errs.append(f"{where}: x-luna-evidence {evidence!r} not in {', '.join(EVIDENCE)}")
    src = op.get("x-luna-source")
    if not isinstance(src, list) or not src:
        errs.append(f"{where}: x-luna-source must be a non-empty list")
    elif evidence != "inferred" and any(str(s).startswith("inferred") for s in src):
        errs.append(f"{where}: its x-luna-source says inferred, so x-luna-evidence is inferred")
    if "security" not in op:
        errs.append(f"{where}: security must be declared per operation")
    codes = {str(c) for c in op.get("responses", {})}
    if not any(c.startswith("2") for c in codes):
        errs.append(f"{where}: no 2xx response")
    if "400" not in codes:
        errs.append(f"{where}: no 400 response")
    if op.get("security") and "401" not in codes:
        errs.append(f"{where}: authenticated but no 401 response")
    if "{" in path and "404" not in codes and not path.startswith("/tasks/"):
        errs.append(f"{where}: path has ids but no 404 response")
    if op.get("x-luna-task") in {"ped", "usually", "protected", "always"} and "202" not in codes:
        errs.append(f"{where}: tasked operation without a 202 response")
    protected = op.get("x-luna-protected-actions")
    if protected is not None and not set(protected) <= set(op.get("x-luna-actions", [])):
        errs.append(f"{where}: x-luna-protected-actions must be among x-luna-actions")
    xerr = op.get("x-luna-errors", {})
    if not isinstance(xerr, dict):
        errs.append(f"{where}: x-luna-errors must map status -> [ids]")
    else:
        for code, ids in xerr.items():
            if str(code) not in codes:
                errs.append(f"{where}: x-luna-errors names {code}, not a response")
            if not isinstance(ids, list) or not all(
                isinstance(i, str) and _ERROR_ID.match(i) for i in ids
            ):
                errs.append(f"{where}: x-luna-errors[{code}] must be a list of ERROR_IDS")
    body = op.get("requestBody")
    if body and "$ref" not in body and len(body.get("content", {})) > 1 and body.get("required"):
        errs.append(
            f"{where}: a body with several media types must use x-luna-body-required, "
            "not required: true (the generator breaks on it)"
        )
    if body and "$ref" not in body:
        for media in body.get("content", {}):
            if not _REQUEST_TYPE.match(media):
                errs.append(f"{where}: request media type {media!r} is not a versioned vendor type")
    return errs


def lint(spec: dict[str, Any] | None = None) -> list[str]:
    """Every rule violation in the spec, as readable lines (empty when clean)."""
    spec = load_spec() if spec is None else spec
    tags = {t["name"] for t in spec.get("tags", [])}
    errs: list[str] = []
    seen: dict[str, str] = {}
    for method, path, op in iter_operations(spec):
        errs += _check_operation(method, path, op, tags)
        oid = op.get("operationId")
        if isinstance(oid, str):
            if oid in seen:
                errs.append(f"{method} {path}: operationId {oid} also used by {seen[oid]}")
            seen[oid] = f"{method} {path}"
    if spec is load_spec():
        declared = str(spec.get("info", {}).get("x-luna-api-version", ""))
        if declared != API_VERSION:
            errs.append(
                f"info.x-luna-api-version is {declared!r} but luna_spec.API_VERSION reads "
                f"{API_VERSION!r}: keep it on one line of its own under info"
            )
    return errs


def main() -> int:
    errs = lint()
    for line in errs:
        print(line)
    print(f"{len(iter_operations())} operations, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
