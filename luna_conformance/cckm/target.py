"""The CipherTrust Manager under test: a real one (``--cckm-url``) or the embedded
emulator's CCKM, what the suite may do to it (the appliance's safety tiers), its
credentials and TLS trust. Every secret it holds or receives is registered for redaction."""

from __future__ import annotations

import contextlib
import json
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import requests

from luna_ext import CckmSession, ssl_context

from .._pinning import pinned_session
from ..redaction import SECRETS
from ..target import Tier
from .spec import path_of

if TYPE_CHECKING:
    from luna_emulator.cckm.control_client import CckmControlClient

__all__ = ["CckmTarget", "register_token_answer", "watch_for_secrets"]

_RENEW_WITHIN = 60.0  # seconds of JWT life left below which bearer() renews it


@dataclass
class CckmTarget:
    url: str
    username: str
    password: str = field(repr=False)
    ca_file: Path | None
    pinned_sha256: str | None
    is_emulator: bool
    tier: Tier = Tier.READ_ONLY
    rate: float = 0.0  # requests per second against a real CipherTrust Manager
    auth_probes: bool = False
    partition: str = ""  # --cckm-partition: where the workflows create their keys
    skip_reason: str = ""  # why no CCKM target is there ('' when there is one)
    control: CckmControlClient | None = field(default=None, repr=False)  # embedded only
    appliance_url: str = ""  # the embedded emulator's appliance (its seed)
    _session: CckmSession | None = field(default=None, repr=False)
    _bearer: str = field(default="", repr=False)
    _requests: requests.Session | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.register_secrets()

    def register_secrets(self) -> None:
        SECRETS.add(self.password)

    @property
    def allow_writes(self) -> bool:
        return self.tier >= Tier.WRITES

    @property
    def allow_destructive(self) -> bool:
        return self.tier >= Tier.DESTRUCTIVE

    @property
    def ssl_context(self) -> ssl.SSLContext:
        u = httpx.URL(self.url)
        return ssl_context(
            ca_file=self.ca_file,
            pinned_sha256=self.pinned_sha256,
            host=u.host,
            port=u.port or 443,
        )

    @property
    def requests_verify(self) -> str | bool:
        """What ``requests`` (schemathesis' transport) takes; with a pin,
        ``requests_session`` checks the fingerprint instead."""
        if self.pinned_sha256 and not self.ca_file:
            return False
        return str(self.ca_file) if self.ca_file else True

    def requests_session(self) -> requests.Session:
        if self._requests is None:
            if self.pinned_sha256 and not self.ca_file:
                self._requests = pinned_session(self.pinned_sha256)
            else:
                self._requests = requests.Session()
                self._requests.verify = self.requests_verify
        return self._requests

    def session(self) -> CckmSession:
        """A new CCKM session (not opened); its token requests and answers are watched
        for secrets."""
        s = CckmSession(
            self.url, username=self.username, password=self.password, verify=self.ssl_context
        )
        watch_for_secrets(s.http)
        return s

    def bearer(self) -> str:
        """``Bearer <jwt>`` of the run's own session, renewed by ``CckmSession`` (its
        refresh token, or a new login) when little of its life is left."""
        if self._session is None:
            self._session = self.session().open()
            self._bearer = ""
        if not self._bearer or self._session.token_info().expires_in < _RENEW_WITHIN:
            seen: list[str] = []

            def keep(request: httpx.Request) -> None:
                seen.append(request.headers.get("authorization", ""))

            self._session.http.event_hooks["request"].append(keep)
            try:
                # any authenticated request renews a token that is due (cckm_tokens.py)
                self._session.http.get(path_of("listLunaPartitions"), params={"limit": 1})
            finally:
                self._session.http.event_hooks["request"].remove(keep)
            self._bearer = next((h for h in reversed(seen) if h.startswith("Bearer ")), "")
        return self._bearer

    def forget_session(self) -> None:
        """After the emulator's CCKM is reset: its tokens are gone."""
        if self._session is not None:
            self._session.close()
        self._session, self._bearer = None, ""

    def close(self) -> None:
        self.forget_session()
        if self._requests is not None:
            self._requests.close()
            self._requests = None
        if self.control is not None:
            self.control.close()

    def describe(self) -> dict[str, str]:
        """The target for the report (nothing secret)."""
        return {
            "CCKM URL": self.url,
            "CCKM kind": "embedded emulator (CCKM)" if self.is_emulator else "CipherTrust Manager",
            "CCKM user": self.username,
            "CCKM TLS trust": str(
                self.ca_file or (self.pinned_sha256 and "pinned SHA-256") or "system"
            ),
            "CCKM safety tier": "emulator (everything)" if self.is_emulator else self.tier.label,
        }


def register_token_answer(body: Any) -> None:
    """The JWT and refresh token of a token answer are secrets from the moment they exist."""
    if isinstance(body, dict):
        SECRETS.add(
            *(str(body[k]) for k in ("jwt", "refresh_token") if isinstance(body.get(k), str))
        )


def watch_for_secrets(http: httpx.Client) -> None:
    """Register the credentials a client sends and the tokens it receives."""

    def on_request(request: httpx.Request) -> None:
        SECRETS.add_headers(dict(request.headers))
        if "json" in request.headers.get("content-type", ""):
            with contextlib.suppress(ValueError, httpx.RequestNotRead):
                SECRETS.add_from_body(json.loads(request.content or b"null"))

    def on_response(response: httpx.Response) -> None:
        if response.request.url.path.rstrip("/") == path_of("issueToken").rstrip("/"):
            response.read()
            with contextlib.suppress(ValueError):
                register_token_answer(response.json())

    http.event_hooks.setdefault("request", []).append(on_request)
    http.event_hooks.setdefault("response", []).append(on_response)
