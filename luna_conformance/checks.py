"""Checks beyond schemathesis' own, for the appliance's conventions."""

from __future__ import annotations

import json
import re
from typing import Any

from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import ignored_auth

import luna_spec

from .policy import LOGIN_OPERATIONS

__all__ = [
    "CHECKS",
    "auth_enforced_once",
    "redirect_target",
    "valid_data_not_refused",
    "vendor_version",
]

_VERSION = re.compile(r"application/vnd\.safenetinc\.lunasa\+[a-z-]+\s*;\s*version=([^;,\s]*)")


def vendor_version(ctx: Any, response: Any, case: Any) -> bool | None:
    """A vendor Content-Type must carry the API version the spec describes
    (schemathesis compares type/subtype only)."""
    ctype = response.headers.get("content-type") or response.headers.get("Content-Type")
    value = ctype[0] if isinstance(ctype, list) else (ctype or "")
    m = _VERSION.search(value)
    if m and m.group(1) not in ("", luna_spec.API_VERSION):
        raise AssertionError(
            f"Content-Type {value!r} carries version={m.group(1)}; "
            f"the spec describes version={luna_spec.API_VERSION}"
        )
    return None


def _is_positive(case: Any) -> bool:
    meta = getattr(case, "meta", None)
    return meta is None or meta.generation.mode == GenerationMode.POSITIVE


_AUTH_FAILURES = frozenset(
    {
        "FRAMEWORK_NO_SESSION_COOKIE",
        "FRAMEWORK_NO_ACL_RULE",
        "FRAMEWORK_AUTHENTICATION_FAILED",
        "FRAMEWORK_SESSION_NOT_PRIVATE",
    }
)


def _requires_errors(op: dict[str, Any]) -> list[dict[str, Any]]:
    """The errors the spec says an operation answers when a login it requires
    (``x-luna-requires``) is missing: a refusal for reasons of state, not of credentials."""
    requires = op.get("x-luna-requires") or []
    if isinstance(requires, str):
        requires = [requires]
    table = luna_spec.load_spec().get("info", {}).get("x-luna-requires-errors", {})
    return [table[r] for r in requires if isinstance(r, str) and isinstance(table.get(r), dict)]


def valid_data_not_refused(ctx: Any, response: Any, case: Any) -> bool | None:
    """Valid data sent with valid credentials must not be refused as unauthenticated or
    forbidden, and must not fail on the server: schemathesis accepts 401/403/5xx for valid
    data, which would hide a broken login. A 401/403 passes only when the operation
    documents its error id as a state error (e.g. SMK rollover in progress) or it is the
    spec's answer for a login the operation requires (``x-luna-requires``); refusals for
    reasons of state with 400/404/409/410/422 stay acceptable."""
    op = case.operation.definition.raw
    if not _is_positive(case) or op.get("operationId") in LOGIN_OPERATIONS:
        return None
    status = response.status_code
    if status >= 500:
        raise AssertionError(f"valid request answered {status}")
    if status not in (401, 403):
        return None
    try:
        body = json.loads(response.content)
    except (ValueError, TypeError):
        body = None
    error_id = body.get("id") if isinstance(body, dict) else None
    documented = list(op.get("x-luna-errors", {}).get(str(status), []))
    documented += [e["id"] for e in _requires_errors(op) if e.get("status") == status and "id" in e]
    if error_id in _AUTH_FAILURES or error_id not in documented:
        raise AssertionError(f"valid request with valid credentials refused: {status} {error_id}")
    return None


def _resolve(expression: Any, case: Any) -> str | None:
    """A link parameter's value: ``$request.path.NAME`` or a literal."""
    if isinstance(expression, str) and expression.startswith("$request.path."):
        value = (case.path_parameters or {}).get(expression.removeprefix("$request.path."))
        return None if value is None else str(value)
    return None if isinstance(expression, str) and expression.startswith("$") else str(expression)


def redirect_target(ctx: Any, response: Any, case: Any) -> bool | None:
    """A redirect (3xx with ``Location``) must point where the spec's links for that answer
    say (a finished task's 303 names that task's ``/response``): schemathesis checks that
    the header is there, not where it points."""
    status = response.status_code
    if not 300 <= status < 400:
        return None
    location = response.headers.get("location") or response.headers.get("Location")
    location = location[0] if isinstance(location, list) else location
    answer = case.operation.definition.raw.get("responses", {}).get(str(status), {})
    links = answer.get("links") or {}
    if not location or not links:
        return None
    path = str(location).split("://", 1)[-1]
    path = path[path.find("/") :] if "://" in str(location) else path
    path = path.split("?", 1)[0]
    expected: list[str] = []
    for link in links.values():
        target = _operation_path(str(link.get("operationId", "")))
        if target is None:
            continue
        for name, expression in (link.get("parameters") or {}).items():
            value = _resolve(expression, case)
            if value is not None:
                target = target.replace("{" + name + "}", value)
        expected.append(target)
    if expected and path not in expected:
        raise AssertionError(
            f"{status} Location {location!r} points elsewhere than the spec's links say: "
            f"{', '.join(expected)}"
        )
    return None


def _operation_path(operation_id: str) -> str | None:
    for path, item in luna_spec.load_spec()["paths"].items():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return str(path)
    return None


_AUTH_ENFORCED: set[str] = set()


def auth_enforced_once(ctx: Any, response: Any, case: Any) -> bool | None:
    """schemathesis' ``ignored_auth``, confirmed once per operation and run, as ``st run``
    confirms it: after a success answer the request is sent again without credentials and
    with invalid ones, and both must be refused. Enforcement is a property of the operation;
    ``case.validate_response`` alone would repeat the three requests after every success
    answer. Never against an appliance: each invalid credential is a bad login for its
    block list (``test_unauthenticated_probe`` sends none)."""
    ctx.auth_enforced_operations = _AUTH_ENFORCED
    return ignored_auth(ctx, response, case)


CHECKS: list[Any] = [vendor_version, valid_data_not_refused, redirect_target]
