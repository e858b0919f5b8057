"""Typed errors: the appliance's error body as an exception that names what went wrong."""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "LunaApiError",
    "LunaAuthenticationError",
    "LunaConflictError",
    "LunaError",
    "LunaNotFoundError",
    "LunaServerError",
    "ProtectedTaskNotStarted",
    "TaskFailed",
    "TaskGone",
    "TaskTimeout",
    "error_from_response",
]


class LunaError(Exception):
    """Base of every error luna_ext raises."""


class LunaApiError(LunaError):
    """The appliance answered with an error.

    ``error_id`` is the appliance's code (``FRAMEWORK_BAD_REQUEST``, ``NTLS_DUPE_IP``...),
    ``status`` the HTTP status, ``details`` and ``message`` its texts. The request is named
    by method and path only: no query string, header, cookie or body ever appears here.
    """

    def __init__(
        self,
        status: int,
        error_id: str,
        message: str,
        details: str,
        *,
        method: str = "",
        path: str = "",
        body: Any = None,
    ) -> None:
        self.status = status
        self.error_id = error_id
        self.message = message
        self.details = details
        self.method = method
        self.path = path
        self.body = body
        where = f" ({method} {path})" if method else ""
        text = details or message
        super().__init__(f"{status} {error_id}: {text}{where}")


class LunaAuthenticationError(LunaApiError):
    """401: not logged in, wrong credentials, session expired, or no access rule."""


class LunaNotFoundError(LunaApiError):
    """404: a resource named in the path does not exist."""


class LunaConflictError(LunaApiError):
    """409: the resource's state does not allow the request."""


class LunaServerError(LunaApiError):
    """5xx, including statuses outside the IANA list."""


class TaskFailed(LunaError):
    """A task ended in ``Error``; ``task`` is its last state, ``result`` its response body."""

    def __init__(self, task: dict[str, Any], result: Any) -> None:
        self.task = task
        self.result = result
        detail = task.get("details") or ""
        if isinstance(result, dict) and result.get("id"):
            detail = f"{result['id']}: {result.get('details') or result.get('message') or detail}"
        super().__init__(
            f"task {task.get('instance', '?')} for {task.get('sourceUrl', '?')} "
            f"ended in Error: {detail or 'no details'}"
        )


class TaskTimeout(LunaError):
    """The task did not finish within the caller's timeout."""

    def __init__(self, url: str, timeout: float, last: dict[str, Any] | None) -> None:
        self.url = url
        self.last = last
        state = last.get("state") if last else "unknown"
        super().__init__(f"task {url} still {state} after {timeout:g} s")


class TaskGone(LunaError):
    """410: the task does not exist (never did, expired or was deleted)."""


class ProtectedTaskNotStarted(LunaError):
    """A protected (destructive) resource created a Waiting task, and the caller did not
    consent to start it. Start it explicitly with ``start=True`` if that is meant."""

    def __init__(self, task: dict[str, Any]) -> None:
        self.task = task
        super().__init__(
            f"task {task.get('instance')} for {task.get('sourceUrl')} is Waiting: it runs "
            "a protected (destructive) request and starts only when you ask for it"
        )


_BY_STATUS: dict[int, type[LunaApiError]] = {
    401: LunaAuthenticationError,
    404: LunaNotFoundError,
    409: LunaConflictError,
}


def error_from_response(response: httpx.Response) -> LunaApiError:
    """The typed error for an error answer, whatever its status or body."""
    status = response.status_code
    body: Any = None
    try:
        body = json.loads(response.content) if response.content else None
    except (ValueError, UnicodeDecodeError):
        body = None
    if isinstance(body, dict) and "id" in body:
        error_id, message, details = (
            str(body["id"]),
            str(body.get("message", "")),
            str(body.get("details", "")),
        )
    else:
        error_id, message, details = f"HTTP_{status}", response.reason_phrase or "", ""
    cls = _BY_STATUS.get(status, LunaServerError if status >= 500 else LunaApiError)
    request = response.request
    return cls(
        status, error_id, message, details, method=request.method, path=request.url.path, body=body
    )
