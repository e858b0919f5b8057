"""Typed errors: the appliance's error body as an exception that names what went wrong."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._logging import redact

__all__ = [
    "InsecureURLError",
    "LunaApiError",
    "LunaAuthenticationError",
    "LunaConflictError",
    "LunaConnectionError",
    "LunaError",
    "LunaNotFoundError",
    "LunaServerError",
    "LunaTLSError",
    "ProtectedTaskNotStarted",
    "SoLoginRefused",
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


class TaskFailed(LunaApiError):
    """A task ended in ``Error``.

    It is a ``LunaApiError`` like the error the request would have answered had it not
    been tasked: ``status`` (the task result's ``returnCode``, 500 when it has none),
    ``error_id``, ``message``, ``details``, and ``method``/``path`` of the request that
    created the task. The raised object is also an instance of the class for its status
    (``LunaNotFoundError`` for a 404...), so one ``except`` catches both ways.
    ``task`` is the task's last state, ``result`` its response body."""

    def __init__(
        self,
        task: dict[str, Any],
        result: Any,
        *,
        method: str = "",
        path: str = "",
    ) -> None:
        self.task = task
        self.result = result
        body = result if isinstance(result, dict) else {}
        code = body.get("returnCode")
        status = code if isinstance(code, int) and 400 <= code <= 999 else 500
        error_id = str(body.get("id") or "TASK_FAILED")
        message = redact(str(body.get("message") or "Task failed"))
        details = redact(str(body.get("details") or task.get("details") or "no details"))
        super().__init__(
            status,
            error_id,
            message,
            details,
            method=method,
            path=path or str(task.get("sourceUrl", "")),
            body=result,
        )
        self.args = (
            f"task {task.get('instance', '?')} for {task.get('sourceUrl', '?')} "
            f"ended in Error: {error_id}: {details}",
        )

    @classmethod
    def for_result(
        cls, task: dict[str, Any], result: Any, *, method: str = "", path: str = ""
    ) -> TaskFailed:
        """The error for a failed task, of the class its status selects."""
        probe = cls(task, result, method=method, path=path)
        by_status = _class_for(probe.status)
        typed = _TASK_CLASSES.get(by_status, cls)
        return probe if typed is cls else typed(task, result, method=method, path=path)


class LunaConnectionError(LunaError, httpx.TransportError):
    """The appliance could not be reached or the connection broke (after any retries).

    Also an ``httpx.TransportError``, so code written against httpx keeps working. The
    message says what to check; ``__cause__`` is httpx's original exception."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        LunaError.__init__(self, message)
        httpx.TransportError.__init__(self, message, request=request)


class LunaTLSError(LunaConnectionError):
    """The TLS handshake failed, usually because the appliance's certificate is not
    trusted: give ``ca_file`` (its ``server.pem`` or your CA) or ``pinned_sha256``."""


class InsecureURLError(LunaError, ValueError):
    """An ``http://`` URL without ``allow_insecure_http=True``: credentials would go out in
    clear."""


class SoLoginRefused(LunaError):
    """An SO login was refused before it was sent: one more wrong password would zeroize
    the HSM (``soLoginsLeft``). Pass ``force=True`` to log in anyway."""

    def __init__(self, hsm: str, logins_left: int) -> None:
        self.hsm = hsm
        self.logins_left = logins_left
        super().__init__(
            f"{hsm} has {logins_left} SO login attempt(s) left: a wrong password now would "
            "zeroize the HSM; not logging in (force=True to try anyway)"
        )


class TaskTimeout(LunaError):
    """The task did not finish within the caller's timeout."""

    def __init__(self, url: str, timeout: float, last: dict[str, Any] | None) -> None:
        self.url = url
        self.last = last
        state = last.get("state") if last else "unknown"
        super().__init__(f"task {url} still {state} after {timeout:g} s")


class TaskGone(LunaApiError):
    """410: the task does not exist (never did, expired or was deleted)."""

    def __init__(self, message: str, *, path: str = "", body: Any = None) -> None:
        super().__init__(
            410, "TASK_GONE", "Task does not exist", message, method="GET", path=path, body=body
        )
        self.args = (message,)


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


def _class_for(status: int) -> type[LunaApiError]:
    return _BY_STATUS.get(status, LunaServerError if status >= 500 else LunaApiError)


class _TaskAuthenticationError(TaskFailed, LunaAuthenticationError):
    """A task that ended in a 401 error."""


class _TaskNotFoundError(TaskFailed, LunaNotFoundError):
    """A task that ended in a 404 error."""


class _TaskConflictError(TaskFailed, LunaConflictError):
    """A task that ended in a 409 error."""


class _TaskServerError(TaskFailed, LunaServerError):
    """A task that ended in a 5xx error."""


_TASK_CLASSES: dict[type[LunaApiError], type[TaskFailed]] = {
    LunaAuthenticationError: _TaskAuthenticationError,
    LunaNotFoundError: _TaskNotFoundError,
    LunaConflictError: _TaskConflictError,
    LunaServerError: _TaskServerError,
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
        # an appliance may quote a refused value in its texts: never a password
        error_id, message, details = (
            str(body["id"]),
            redact(str(body.get("message", ""))),
            redact(str(body.get("details", ""))),
        )
    else:
        error_id, message, details = f"HTTP_{status}", response.reason_phrase or "", ""
    cls = _class_for(status)
    request = response.request
    return cls(
        status, error_id, message, details, method=request.method, path=request.url.path, body=body
    )
