"""The system under test: a real appliance, or the embedded emulator, and what the suite
may do to it (the safety tier)."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import ssl
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
import requests

import luna_spec
from luna_ext import LunaSession, ssl_context

from ._pinning import pinned_session
from .redaction import SECRETS
from .so_guard import SO_GUARD

if TYPE_CHECKING:
    from luna_emulator.control_client import ControlClient

    from .seed import Seed

__all__ = ["Target", "Tier", "target_from_options"]


class Tier(IntEnum):
    """What the suite may change on an appliance (each tier includes the ones below)."""

    READ_ONLY = 0  # GET only: the default
    WRITES = 1  # --allow-writes: create, change and delete only objects named lrk- it created
    DESTRUCTIVE = 2  # --allow-destructive: also operations that can destroy key material

    @property
    def label(self) -> str:
        return {0: "read-only", 1: "safe-writes", 2: "destructive"}[int(self)]


@dataclass
class Target:
    url: str
    username: str
    password: str = field(repr=False)
    ca_file: Path | None
    pinned_sha256: str | None
    is_emulator: bool
    tier: Tier = Tier.READ_ONLY
    allow_config_changes: bool = False  # configuration the suite did not create
    auth_probes: bool = False  # one unauthenticated request per family
    so_password: str = field(default="", repr=False)
    co_password: str = field(default="", repr=False)
    cert_file: Path | None = None
    key_file: Path | None = None
    rate: float = 0.0  # requests per second against a real appliance (0 = no pacing)
    emulator: Any = field(default=None, repr=False)  # RunningEmulator when embedded
    control: ControlClient | None = field(default=None, repr=False)  # embedded emulator only
    _private: LunaSession | None = field(default=None, repr=False)
    _requests: requests.Session | None = field(default=None, repr=False)
    _seed: Seed | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.register_secrets()

    def register_secrets(self) -> None:
        """Every credential the run holds, for redaction by value (redaction.py)."""
        if self.password:
            SECRETS.add_basic(self.username, self.password)
        SECRETS.add(self.so_password, self.co_password)

    @property
    def allow_writes(self) -> bool:
        return self.tier >= Tier.WRITES

    @property
    def allow_destructive(self) -> bool:
        return self.tier >= Tier.DESTRUCTIVE

    @property
    def host_port(self) -> tuple[str, int]:
        u = httpx.URL(self.url)
        return u.host, u.port or (443 if u.scheme == "https" else 80)

    @property
    def ssl_context(self) -> ssl.SSLContext:
        host, port = self.host_port
        return ssl_context(
            ca_file=self.ca_file, pinned_sha256=self.pinned_sha256, host=host, port=port
        )

    @property
    def basic_header(self) -> str:
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        return f"Basic {token}"

    @property
    def requests_verify(self) -> str | bool:
        """What ``requests`` (schemathesis' transport) takes for TLS verification; with a pin,
        ``requests_session`` checks the fingerprint instead."""
        if self.pinned_sha256 and not self.ca_file:
            return False
        return str(self.ca_file) if self.ca_file else True

    def requests_session(self) -> requests.Session:
        """The ``requests`` session schemathesis sends through (pinned with ``--luna-pin``)."""
        if self._requests is None:
            if self.pinned_sha256 and not self.ca_file:
                self._requests = pinned_session(self.pinned_sha256)
            else:
                self._requests = requests.Session()
                self._requests.verify = self.requests_verify
                # the embedded emulator listens on loopback: no proxy or CA bundle from the
                # environment applies (and reading them costs every request)
                self._requests.trust_env = not self.is_emulator
        return self._requests

    def private_cookie(self) -> str:
        """The cookie of a private session kept open for the run (resources that need one)."""
        if self._private is None:
            self._private = self.session().open()
        self._private.http.get("/api/lunasa")  # keeps it alive; reopens it if it expired
        cookie = self._private.auth.cookie or ""
        SECRETS.add(cookie, cookie.split("=", 1)[-1])
        return cookie

    def reset_emulator(self) -> None:
        """Fresh state in the embedded emulator, through its control API."""
        assert self.control is not None, "reset_emulator needs the embedded emulator"
        self.control.reset()
        self._private = None

    def seed_emulator(self) -> Seed:
        """A fresh embedded emulator seeded with every kind of resource (``seed.py``), kept
        as its checkpoint; built once per run, then restored."""
        assert self.control is not None, "seed_emulator needs the embedded emulator"
        if self._seed is not None:
            self.restore_emulator()
            return self._seed
        from .seed import build_seed

        self.reset_emulator()
        seed = build_seed(
            self.url,
            username=self.username,
            password=self.password,
            verify=self.ssl_context,
            so_password=self.so_password or "lrk-Seed-SO-1",
            co_password=self.co_password or "lrk-Seed-CO-1",
        )
        self.private_cookie()  # the private session is part of the checkpoint
        self._pending_task()
        self.control.checkpoint()
        self._seed = seed
        return seed

    def _pending_task(self) -> None:
        """Two tasks (partitions created with tasks progressing by hand): one stays pending,
        one has finished and was not polled yet, so that the task operations have a live
        and a stale one to address."""
        assert self.control is not None
        self.control.set_task_progress("manual", usually_tasked=True)
        try:
            with self.session() as luna:
                hsm = luna.get_json("/api/lunasa/hsms")["hsms"][0]["id"]
                tasks = [
                    luna.http.post(
                        f"/api/lunasa/hsms/{hsm}/partitions",
                        json={"name": f"lrk-seed-{kind}", "hasPso": True, "size": 4096},
                        headers={"Content-Type": luna_spec.VENDOR_JSON},
                    ).headers.get("Location", "")
                    for kind in ("pending", "finished")
                ]
        finally:
            self.control.set_task_progress()
        if tasks[-1].startswith("/tasks/"):
            self.control.complete_task(int(tasks[-1].rsplit("/", 1)[-1]))

    def restore_emulator(self) -> None:
        """The seeded state back (``seed_emulator`` first): each case meets the same appliance."""
        assert self.control is not None, "restore_emulator needs the embedded emulator"
        if self._seed is None:
            self.seed_emulator()
            return
        self.control.restore_checkpoint()

    def close(self) -> None:
        if self._private is not None:
            self._private.close()
            self._private = None
        if self._requests is not None:
            self._requests.close()
            self._requests = None
        if self.control is not None:
            self.control.close()

    def session(self) -> LunaSession:
        if self.cert_file and self.key_file:
            from luna_ext import CertificateLogin

            login = CertificateLogin(self.username, self.key_file, self.cert_file)
            s = LunaSession(self.url, login=login, verify=self.ssl_context)
        else:
            s = LunaSession(
                self.url, username=self.username, password=self.password, verify=self.ssl_context
            )
        _watch_for_secrets(s)
        if not self.is_emulator:
            SO_GUARD.watch(s.http)  # at most one failed SO login per run (so_guard.py)
        return s

    def describe(self) -> dict[str, str]:
        """The target for the report: nothing secret."""
        return {
            "URL": self.url,
            "kind": "embedded emulator" if self.is_emulator else "appliance",
            "user": self.username,
            "TLS trust": str(self.ca_file or (self.pinned_sha256 and "pinned SHA-256") or "system"),
            "safety tier": "emulator (everything)" if self.is_emulator else self.tier.label,
            "configuration changes": "allowed"
            if self.allow_config_changes or self.is_emulator
            else "refused (configuration the suite did not create is never changed)",
            "unauthenticated probes": "one per family"
            if self.auth_probes
            else "none (--luna-auth-probes)",
        }


def _watch_for_secrets(session: LunaSession) -> None:
    """Register the cookies the appliance sets and the credentials a session sends."""
    http = getattr(session, "http", None)
    hooks = getattr(http, "event_hooks", None)
    if not isinstance(hooks, dict):
        return

    def on_request(request: httpx.Request) -> None:
        SECRETS.add_headers(dict(request.headers))
        ctype = request.headers.get("content-type", "")
        if "json" in ctype and not isinstance(request.stream, httpx.AsyncByteStream):
            with contextlib.suppress(ValueError, httpx.RequestNotRead):
                SECRETS.add_from_body(json.loads(request.content or b"null"))

    def on_response(response: httpx.Response) -> None:
        SECRETS.add_cookies(response.headers.get_list("set-cookie"))

    hooks.setdefault("request", []).append(on_request)
    hooks.setdefault("response", []).append(on_response)
    http.event_hooks = hooks  # type: ignore[union-attr]


def _opt(config: pytest.Config, name: str, env: str, default: str = "") -> str:
    value = config.getoption(name)
    return str(value) if value not in (None, "") else os.environ.get(env, default)


def target_from_options(config: pytest.Config) -> Target:
    url = _opt(config, "--luna-url", "LUNA_URL")
    ca = _opt(config, "--luna-ca", "LUNA_CA")
    if config.getoption("--allow-destructive"):
        tier = Tier.DESTRUCTIVE
    elif config.getoption("--allow-writes"):
        tier = Tier.WRITES
    else:
        tier = Tier.READ_ONLY
    return Target(
        url=url.rstrip("/"),
        username=_opt(config, "--luna-user", "LUNA_USER", "admin"),
        password=_opt(config, "--luna-password", "LUNA_PASSWORD"),
        ca_file=Path(ca) if ca else None,
        pinned_sha256=_opt(config, "--luna-pin", "LUNA_PIN") or None,
        is_emulator=not url,
        tier=tier if url else Tier.DESTRUCTIVE,
        allow_config_changes=bool(config.getoption("--allow-config-changes")) or not url,
        auth_probes=bool(config.getoption("--luna-auth-probes")) or not url,
        so_password=_opt(config, "--luna-so-password", "LUNA_SO_PASSWORD"),
        co_password=_opt(config, "--luna-co-password", "LUNA_CO_PASSWORD"),
        cert_file=Path(c) if (c := _opt(config, "--luna-cert", "LUNA_CERT")) else None,
        key_file=Path(k) if (k := _opt(config, "--luna-key", "LUNA_KEY")) else None,
        rate=float(_opt(config, "--luna-rate", "LUNA_RATE", "0" if not url else "5")),
    )
