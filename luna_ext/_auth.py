"""Session authentication as an ``httpx.Auth`` flow (works for sync and async clients).

The first request opens a private session (``POST /auth/session`` with Basic, or the
certificate challenge-response login); its cookie then goes on every request. When the
appliance answers 401 because the session expired (10 minutes idle), the flow logs in
again once and retries the request, transparently.
"""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncGenerator, Generator
from typing import Protocol

import httpx

from ._errors import LunaAuthenticationError, error_from_response
from ._media import vendor_type

__all__ = ["Login", "PasswordLogin", "SessionAuth"]

SESSION_PATH = "/auth/session"
_EXPIRED_IDS = {
    "FRAMEWORK_NO_SESSION_COOKIE",
    "FRAMEWORK_SESSION_EXPIRED",
    "FRAMEWORK_SESSION_NOT_FOUND",
}


class Login(Protocol):
    """A way to open a private session: yields requests, receives their responses, and
    returns the response that set the session cookie."""

    username: str

    def login_flow(
        self, base: httpx.URL
    ) -> Generator[httpx.Request, httpx.Response, httpx.Response]: ...


class PasswordLogin:
    """``POST /auth/session`` with HTTP Basic (guide ch. 2)."""

    def __init__(self, username: str, password: str) -> None:
        self.username = username
        self._token = base64.b64encode(f"{username}:{password}".encode()).decode()

    def __repr__(self) -> str:
        return f"PasswordLogin(username={self.username!r}, password=<redacted>)"

    def login_flow(
        self, base: httpx.URL
    ) -> Generator[httpx.Request, httpx.Response, httpx.Response]:
        request = httpx.Request(
            "POST",
            base.join(SESSION_PATH),
            content=b"{}",
            headers={"Authorization": f"Basic {self._token}", "Content-Type": vendor_type("json")},
        )
        response = yield request
        return response


def _session_expired(response: httpx.Response) -> bool:
    if response.status_code != 401:
        return False
    try:
        return json.loads(response.content).get("id") in _EXPIRED_IDS
    except (ValueError, AttributeError):
        return False


def _wants_body(response: httpx.Response) -> bool:
    """Only login answers and errors are read by the flow: a file download streams on."""
    return response.status_code >= 400 or response.request.url.path.startswith("/auth/")


class SessionAuth(httpx.Auth):
    requires_response_body = False

    def __init__(self, login: Login, *, reopen: bool = True) -> None:
        self.login = login
        self.reopen = reopen
        self.cookie: str | None = None
        self.logins = 0  # how many sessions were opened (for tests and monitoring)

    def __repr__(self) -> str:
        return f"SessionAuth(login={self.login!r}, session={'open' if self.cookie else 'none'})"

    def _open(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        base = request.url.copy_with(path="/", query=None, fragment=None)
        response = yield from self.login.login_flow(base)
        if response.status_code != 204:
            raise error_from_response(response)
        cookies = httpx.Cookies()
        cookies.extract_cookies(response)
        if not cookies:
            raise LunaAuthenticationError(
                response.status_code,
                "NO_SESSION_COOKIE",
                "the login answered without a session cookie",
                "",
                method="POST",
                path=response.request.url.path,
            )
        self.cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
        self.logins += 1

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            if _wants_body(response):
                response.read()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            if _wants_body(response):
                await response.aread()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.url.path == SESSION_PATH and request.method == "DELETE":
            if self.cookie:
                request.headers["Cookie"] = self.cookie
                self.cookie = None
            yield request
            return
        if self.cookie is None:
            yield from self._open(request)
        request.headers["Cookie"] = self.cookie or ""
        response = yield request
        if self.reopen and _session_expired(response):
            self.cookie = None
            yield from self._open(request)
            request.headers["Cookie"] = self.cookie or ""
            yield request
