"""Who is calling: Basic credentials (under the login lockout policy) or the ``SESSIONID``
cookie of a private session."""

from __future__ import annotations

import base64
import binascii
import functools

from starlette.requests import Request

from .. import errors as E
from ..backend import Backend
from ..handlers.login_policy import check_login
from ..model import Session, User
from ..spec_index import Operation
from .limits import Head

__all__ = ["authenticate"]

_ANONYMOUS = User("", "", "")


@functools.lru_cache(maxsize=64)
def _basic(token: str) -> tuple[str, str]:
    """The user name and password of a Basic token (a caller sends the same one with each
    request: it is decoded once; the password is still checked each time)."""
    try:
        name, _, password = base64.b64decode(token.strip(), validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        raise E.AuthenticationFailed("malformed Basic credentials") from None
    return name, password


def authenticate(
    backend: Backend, request: Request, op: Operation, head: Head | None = None
) -> tuple[Session, User]:
    """The caller's session and user (anonymous for an operation without ``security``)."""
    if not op.authenticated:
        return Session("anonymous", "", False, 0.0), _ANONYMOUS
    if head is None:
        head = Head.of(request.scope)
    # every Cookie header counts (Starlette's request.cookies); none: no cookie to read
    cookie = request.cookies.get("SESSIONID") if b"cookie" in head else None
    auth = head.get(b"authorization")
    if cookie and op.operation_id != "createSession":
        try:
            session = backend.private_session(cookie)
            return session, backend.state.users[session.user]
        except E.LunaError:
            if not auth:
                raise
    if auth[:6].lower() == "basic ":
        name, password = _basic(auth[6:])
        # the login lockout policy (handlers/login_policy.py) around the password check
        user = check_login(backend, name, lambda: backend.authenticate_basic(name, password))
        return backend.user_session(user), user
    raise E.NoSessionCookie("no credentials: use Basic auth or a session cookie")
