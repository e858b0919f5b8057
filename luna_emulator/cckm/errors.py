"""CipherTrust error bodies: ``{code, codeDesc, requestID}`` with ``codeDesc`` reading
``NCERR<Name>: <text>`` (``CipherTrustError`` in ``cckm.yaml``).

The codes and names come from public client code (cckm-facts.md section 6.1: 1
unauthorized, 9 invalid parameter, 15 bad request, 16 not found); the reference
documents none. ``Conflict`` (409, used for duplicates as client code shows) and
``NotAllowed`` (an operation the resource's state refuses) carry codes the emulator
chose, since no source shows one.
"""

from __future__ import annotations

import uuid
from typing import Any

__all__ = [
    "BadRequest",
    "CckmError",
    "Conflict",
    "InvalidParamValue",
    "MethodNotAllowed",
    "NotAllowed",
    "NotFound",
    "Unauthorized",
]


class CckmError(Exception):
    """An answer of the CipherTrust error body, with its HTTP status."""

    status = 400
    code = 15
    name = "NCERRBadRequest"

    def __init__(self, text: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(text)
        self.text = text
        self.headers = dict(headers or {})  # e.g. the ``Allow`` of a 405 (RFC 9110)

    def body(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "codeDesc": f"{self.name}: {self.text}",
            "requestID": str(uuid.uuid4()),
        }


class Unauthorized(CckmError):
    status, code, name = 401, 1, "NCERRUnauthorized"


class InvalidParamValue(CckmError):
    status, code, name = 400, 9, "NCERRInvalidParamValue"


class BadRequest(CckmError):
    status, code, name = 400, 15, "NCERRBadRequest"


class NotFound(CckmError):
    status, code, name = 404, 16, "NCERRResourceNotFound"


class MethodNotAllowed(CckmError):
    status, code, name = 405, 15, "NCERRBadRequest"


class Conflict(CckmError):
    status, code, name = 409, 17, "NCERRConflict"


class NotAllowed(CckmError):
    """The resource's current state does not allow the request (a key being deleted, a
    job that is no longer running)."""

    status, code, name = 400, 15, "NCERRBadRequest"
