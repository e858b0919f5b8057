"""CCKM's errors: CipherTrust error bodies (``{code, codeDesc, requestID}``, ``codeDesc``
reading ``NCERR<Name>: <text>``) as exceptions, one class per kind of answer.

Every one is a ``CckmError``, itself a ``LunaError``, so one ``except LunaError`` covers
both APIs. The request is named by method and path only: no query, header or body (and
so no password or token) ever appears in an error.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._errors import LunaError

__all__ = [
    "CckmApiError",
    "CckmAuthenticationError",
    "CckmBadRequestError",
    "CckmConflictError",
    "CckmError",
    "CckmNotFoundError",
    "CckmOperationFailed",
    "CckmServerError",
    "CckmTimeout",
    "cckm_error_from_response",
]


class CckmError(LunaError):
    """Base of every CCKM error of luna_ext."""


class CckmApiError(CckmError):
    """CipherTrust Manager answered with an error: ``status`` (HTTP), ``code`` (its
    number), ``name`` (``NCERRResourceNotFound``...), ``text`` (the rest of ``codeDesc``),
    ``request_id``, and the request's ``method`` and ``path``."""

    def __init__(
        self,
        status: int,
        code: int | None,
        name: str,
        text: str,
        *,
        request_id: str = "",
        method: str = "",
        path: str = "",
        body: Any = None,
    ) -> None:
        self.status, self.code, self.name, self.text = status, code, name, text
        self.request_id, self.method, self.path, self.body = request_id, method, path, body
        where = f" ({method} {path})" if method else ""
        label = f"{name} " if name else ""
        super().__init__(f"{status} {label}(code {code}): {text}{where}")


class CckmAuthenticationError(CckmApiError):
    """401: wrong credentials, or a missing, malformed, expired or revoked token."""


class CckmBadRequestError(CckmApiError):
    """400: an invalid parameter or body, or a request the resource's state refuses."""


class CckmNotFoundError(CckmApiError):
    """404: the resource named does not exist."""


class CckmConflictError(CckmApiError):
    """409: the resource exists already."""


class CckmServerError(CckmApiError):
    """5xx."""


class CckmTimeout(CckmError):
    """An asynchronous operation or job was not done in time; ``last`` is its last state."""

    def __init__(self, message: str, last: dict[str, Any]) -> None:
        super().__init__(message)
        self.last = last


class CckmOperationFailed(CckmError):
    """An asynchronous operation or job ended in a failure value of its completion rule;
    ``last`` is its last state."""

    def __init__(self, message: str, last: dict[str, Any]) -> None:
        super().__init__(message)
        self.last = last


_CLASSES: dict[int, type[CckmApiError]] = {
    400: CckmBadRequestError,
    401: CckmAuthenticationError,
    404: CckmNotFoundError,
    409: CckmConflictError,
}


def cckm_error_from_response(response: httpx.Response) -> CckmApiError:
    """The typed error for an error answer (its body read: call ``read()`` first)."""
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    code: int | None = None
    name, text, request_id = "", response.reason_phrase or "error", ""
    if isinstance(body, dict):
        raw_code = body.get("code")
        code = raw_code if isinstance(raw_code, int) else None
        desc = str(body.get("codeDesc") or body.get("message") or "")
        head, sep, tail = desc.partition(": ")
        if sep and head.startswith("NCERR"):
            name, text = head, tail
        elif desc:
            text = desc
        request_id = str(body.get("requestID") or "")
    status = response.status_code
    cls = _CLASSES.get(status) or (CckmServerError if status >= 500 else CckmApiError)
    request = response.request
    return cls(
        status,
        code,
        name,
        text[:500],
        request_id=request_id,
        method=request.method,
        path=request.url.path,
        body=body,
    )
