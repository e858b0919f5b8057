"""CCKM's API tokens as an httpx auth flow, for the sync and the async client alike.

Before a request, a JWT that expires within ``renew_before`` seconds (by this process's
clock, from the ``duration`` the server gave) is renewed with the refresh token; when the
refresh token is refused (deleted, revoked, lapsed) the flow logs in again with the
password, once. An answer 401 to a request (the server's clock or a revocation
disagreeing with ours) renews the same way and sends the request once more. The token
requests are yielded by the flow itself, so they go through the session's transport
(TLS trust, retries) and work for both clients.

No secret appears in a repr, a log record or an error: the password, the JWT and the
refresh token are private attributes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

import httpx

from .cckm_errors import cckm_error_from_response

__all__ = ["TOKEN_PATH", "CckmTokens", "TokenInfo"]

TOKEN_PATH = "/api/v1/auth/tokens/"  # noqa: S105 (a path, not a secret)
_log = logging.getLogger("luna_ext.cckm")


@dataclass(frozen=True)
class TokenInfo:
    """What the session knows of its token, without the token: ``expires_in`` seconds
    (by this process's clock), how many ``logins`` (password grant) and ``refreshes``
    (refresh-token grant) it took so far."""

    expires_in: float
    logins: int
    refreshes: int


class CckmTokens(httpx.Auth):
    requires_response_body = True

    def __init__(
        self,
        username: str,
        password: str,
        *,
        renew_before: float = 30.0,
        domain: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.username = username
        self._password = password
        self._domain = domain
        self.renew_before = renew_before
        self._clock = clock
        self._jwt: str | None = None
        self._refresh_token: str | None = None
        self._expires = 0.0
        self.logins = 0
        self.refreshes = 0

    def __repr__(self) -> str:
        return (
            f"CckmTokens(user={self.username!r}, logins={self.logins}, refreshes={self.refreshes})"
        )

    def info(self) -> TokenInfo:
        left = self._expires - self._clock() if self._jwt else 0.0
        return TokenInfo(max(0.0, left), self.logins, self.refreshes)

    # -- the token requests -------------------------------------------------------------
    def _request(self, like: httpx.URL, grant: dict[str, Any]) -> httpx.Request:
        if self._domain:
            grant = {**grant, "domain": self._domain}
        return httpx.Request("POST", like.join(TOKEN_PATH), json=grant)

    def password_request(self, base: httpx.URL) -> httpx.Request:
        return self._request(
            base,
            {"grant_type": "password", "username": self.username, "password": self._password},
        )

    def _refresh_request(self, base: httpx.URL) -> httpx.Request:
        assert self._refresh_token is not None
        return self._request(
            base, {"grant_type": "refresh_token", "refresh_token": self._refresh_token}
        )

    def accept(self, response: httpx.Response, *, login: bool) -> None:
        """Take the token from a token answer (raises the typed error of a refusal)."""
        if response.status_code != 200:
            raise cckm_error_from_response(response)
        body = response.json()
        self._jwt = str(body["jwt"])
        self._expires = self._clock() + float(body.get("duration", 300))
        if body.get("refresh_token"):
            self._refresh_token = str(body["refresh_token"])
        if login:
            self.logins += 1
        else:
            self.refreshes += 1
        _log.debug("CCKM token %s for %s", "issued" if login else "refreshed", self.username)

    def _renew(self, base: httpx.URL) -> Generator[httpx.Request, httpx.Response, None]:
        if self._refresh_token is not None:
            response = yield self._refresh_request(base)
            if response.status_code == 200:
                self.accept(response, login=False)
                return
            if response.status_code != 401:
                raise cckm_error_from_response(response)
            _log.info("CCKM refresh token refused: logging in again as %s", self.username)
            self._refresh_token = None
        response = yield self.password_request(base)
        self.accept(response, login=True)

    def _due(self) -> bool:
        return self._jwt is None or self._clock() >= self._expires - self.renew_before

    # -- the flow -----------------------------------------------------------------------
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._due():
            yield from self._renew(request.url)
        request.headers["Authorization"] = f"Bearer {self._jwt}"
        response = yield request
        if response.status_code == 401:
            yield from self._renew(request.url)
            request.headers["Authorization"] = f"Bearer {self._jwt}"
            yield request
