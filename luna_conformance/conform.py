"""Every answer a workflow step gets, checked against the spec as the schema-driven layer
checks its own: the status is documented, the documented headers are there, the content
type carries the vendor version, the body matches its schema, a redirect points where the
spec's links say.

The workflows drive the appliance as an administrator does (create a partition, register an
NTLS client, delete it again...), so they reach operations and states that generated cases
rarely do, in every safety tier. Each answer is attributed to its operation in the report:
a documented success answer that passed the checks is evidence that the operation conforms,
and a deviation fails the workflow with a message that names the operation.

Installed as an httpx response hook on the workflows' session (``watch``)."""

from __future__ import annotations

import datetime
import functools
from typing import Any
from urllib.parse import unquote

import httpx
import schemathesis
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

import luna_spec

from .checks import redirect_target, vendor_version
from .discovery import PathTemplate, path_template
from .redaction import SECRETS
from .report import Recorder

__all__ = ["AnswerDeviation", "check_answer", "watch"]

_CHECKS = [
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    vendor_version,
    redirect_target,
]
_BINARY = ("octet-stream", "multipart")


class AnswerDeviation(AssertionError):
    """An answer of a workflow step that does not conform to the spec."""


@functools.cache
def _schema() -> Any:
    return schemathesis.openapi.from_dict(luna_spec.load_spec())


@functools.cache
def _templates() -> list[tuple[PathTemplate, str, dict[str, Any]]]:
    """(template, method, operation), most specific path first."""
    out = [
        (path_template(path), method.upper(), op)
        for path, item in luna_spec.load_spec()["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    ]
    out.sort(key=lambda row: -len(row[0].regex.pattern.replace("([^/?#]+)", "")))
    return out


def operation_of(method: str, path: str) -> tuple[str, str, dict[str, str]] | None:
    """(operationId, spec path, path parameters) of a request, or None if the spec has no
    such operation."""
    for template, declared, op in _templates():
        if declared != method.upper():
            continue
        m = template.regex.match(path)
        if m:
            params = {k: unquote(v) for k, v in zip(template.params, m.groups(), strict=True)}
            return str(op["operationId"]), template.path, params
    return None


def check_answer(response: httpx.Response, recorder: Recorder | None = None) -> None:
    """Check one answer against the spec; raise ``AnswerDeviation`` naming the operation."""
    request = response.request
    found = operation_of(request.method, request.url.path)
    if found is None:
        return  # not an operation of the spec (the suite's own requests to other services)
    operation_id, path, params = found
    if recorder is not None:
        recorder.add_operation(request.method.upper(), path, operation_id)
        recorder.saw(operation_id, response.status_code)
    ctype = response.headers.get("content-type", "")
    if any(b in ctype for b in _BINARY) and not response.is_stream_consumed:
        return  # a download streamed to its destination: its status was recorded
    response.read()
    api_operation = _schema()[path][request.method.upper()]
    case = api_operation.Case(
        path_parameters=params,
        query=dict(request.url.params) or None,
        headers={k: v for k, v in request.headers.items() if k.lower() == "content-type"},
    )
    # a copy that holds no streamed request body (an upload) for schemathesis to read
    copy = httpx.Response(
        response.status_code,
        headers=response.headers,
        content=response.content,
        request=httpx.Request(request.method, request.url, headers=request.headers),
    )
    copy.elapsed = getattr(response, "_elapsed", None) or datetime.timedelta(0)
    try:
        case.validate_response(copy, checks=list(_CHECKS))
    except (AssertionError, BaseExceptionGroup) as exc:  # schemathesis raises a FailureGroup
        detail = SECRETS.redact(str(exc))
        message = (
            f"{operation_id} ({request.method} {request.url.path}) answered a workflow step "
            f"with {response.status_code}, not as the spec says:\n{detail}"
        )
        if recorder is not None:
            recorder.finish(operation_id, "failed", message)
        raise AnswerDeviation(message) from None


def watch(client: httpx.Client, recorder: Recorder | None = None) -> None:
    """Check every answer ``client`` receives from now on."""
    client.event_hooks.setdefault("response", []).append(
        functools.partial(check_answer, recorder=recorder)
    )
