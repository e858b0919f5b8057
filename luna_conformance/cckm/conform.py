"""Every answer a CCKM workflow step gets, checked against ``cckm.yaml`` as the
schema-driven layer checks its own: the status is documented, the documented headers are
there, the content type is the documented one, the body matches its schema. Each answer is
counted for its operation (``cckm:<operationId>``) in the run's report, and a deviation
fails the workflow with a message that names the operation.

Installed as an httpx response hook on a ``CckmSession``'s client (``watch``); the token
requests the session makes itself are checked too (``issueToken``)."""

from __future__ import annotations

import datetime
import functools
import os
from typing import Any
from urllib.parse import unquote

import httpx
import schemathesis
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

import luna_spec

from ..discovery import PathTemplate, path_template
from ..redaction import SECRETS
from ..report import Recorder
from .plugin import record_operation
from .target import register_token_answer

__all__ = ["CckmDeviation", "check_answer", "operation_of", "verified_by", "watch"]

_CHECKS = [
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


_MAX_STEPS = 200


class CckmDeviation(AssertionError):
    """An answer of a CCKM workflow step that does not conform to ``cckm.yaml``."""


@functools.cache
def schema() -> Any:
    return schemathesis.openapi.from_dict(luna_spec.load_cckm_spec())


@functools.cache
def _templates() -> list[tuple[PathTemplate, str, str]]:
    """(template, method, operationId), most specific path first (``/keys/{keyId}`` must
    not be read as ``/{keyId}/delete``'s neighbour)."""
    out = [
        (path_template(path), method.upper(), str(op["operationId"]))
        for path, item in luna_spec.load_cckm_spec()["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    ]
    out.sort(key=lambda row: -len(row[0].regex.pattern.replace("([^/?#]+)", "")))
    return out


def operation_of(method: str, path: str) -> tuple[str, str, dict[str, str]] | None:
    """(operationId, spec path, path parameters) of a request; None if not in the spec.
    The token path is served with and without its trailing slash."""
    for candidate in (path, path + "/"):
        for template, declared, oid in _templates():
            if declared != method.upper():
                continue
            m = template.regex.match(candidate)
            if m:
                params = {k: unquote(v) for k, v in zip(template.params, m.groups(), strict=True)}
                return oid, template.path, params
    return None


def check_answer(response: httpx.Response, recorder: Recorder | None = None) -> None:
    """Check one answer against ``cckm.yaml``; raise ``CckmDeviation`` naming the
    operation."""
    request = response.request
    found = operation_of(request.method, request.url.path)
    if found is None:
        return
    operation_id, path, params = found
    response.read()
    if operation_id == "issueToken":
        with_body = response.headers.get("content-type", "").startswith("application/json")
        if with_body and response.status_code == 200:
            register_token_answer(response.json())
    name = record_operation(request.method, path)
    if recorder is not None:
        recorder.saw(name, response.status_code)
        _step(recorder, f"{request.method} {request.url.path} -> {response.status_code}")
    api_operation = schema()[path][request.method.upper()]
    case = api_operation.Case(
        path_parameters=params,
        query=dict(request.url.params) or None,
        headers={k: v for k, v in request.headers.items() if k.lower() == "content-type"},
    )
    copy = httpx.Response(
        response.status_code,
        headers=response.headers,
        content=response.content,
        request=httpx.Request(request.method, request.url, headers=request.headers),
    )
    copy.elapsed = getattr(response, "_elapsed", None) or datetime.timedelta(0)
    try:
        case.validate_response(copy, checks=list(_CHECKS))
    except (AssertionError, FailureGroup) as exc:  # FailureGroup: a BaseExceptionGroup
        detail = SECRETS.redact(str(exc))
        message = (
            f"{name} ({request.method} {request.url.path}) answered a CCKM workflow step "
            f"with {response.status_code}, not as cckm.yaml says:\n{detail}"
        )
        if recorder is not None:
            recorder.finish(name, "failed", message)
        raise CckmDeviation(message) from None
    if recorder is not None and 200 <= response.status_code < 300:
        verified_by(recorder, name, "a workflow step")


def verified_by(recorder: Recorder, name: str, layer: str) -> None:
    """A documented success answer, checked, in another layer than the schema-driven one:
    the operation is verified, also where the schema-driven layer did not send it (a
    CipherTrust Manager's writes) or did not run. A failure seen elsewhere stays one."""
    rec = recorder.operations[name]
    if rec.outcome in ("not run", "skipped"):
        why = rec.reason
        rec.outcome = "passed"
        rec.reason = f"verified by {layer} (schema-driven: {why})" if why else ""


def _step(recorder: Recorder, line: str) -> None:
    """The request as a step of the workflow whose body is running (the report lists
    them; ``CckmSession`` logs no request lines for ``report_steps.StepLog`` to collect)."""
    current = os.environ.get("PYTEST_CURRENT_TEST", "")
    if current.endswith(" (call)"):
        steps = recorder.steps.by_node.setdefault(current.rsplit(" (", 1)[0], [])
        if len(steps) < _MAX_STEPS:
            steps.append(SECRETS.redact(line))


def watch(client: httpx.Client, recorder: Recorder | None = None) -> None:
    """Check every answer ``client`` receives from now on."""
    client.event_hooks.setdefault("response", []).append(
        functools.partial(check_answer, recorder=recorder)
    )
