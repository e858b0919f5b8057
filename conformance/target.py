"""The system under test: a real appliance, or the embedded emulator."""

from __future__ import annotations

import base64
import os
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from luna_ext import LunaSession, ssl_context

__all__ = ["Target", "target_from_options"]


@dataclass
class Target:
    url: str
    username: str
    password: str = field(repr=False)
    ca_file: Path | None
    pinned_sha256: str | None
    is_emulator: bool
    allow_destructive: bool
    so_password: str = field(default="", repr=False)
    co_password: str = field(default="", repr=False)
    cert_file: Path | None = None
    key_file: Path | None = None
    rate: float = 0.0  # requests per second against a real appliance (0 = no pacing)
    emulator: Any = field(default=None, repr=False)  # RunningEmulator when embedded
    _private: LunaSession | None = field(default=None, repr=False)

    @property
    def ssl_context(self) -> ssl.SSLContext:
        host = self.url.split("://", 1)[1].split(":")[0].split("/")[0]
        port = int(self.url.rsplit(":", 1)[1].split("/")[0]) if self.url.count(":") == 2 else 443
        return ssl_context(
            ca_file=self.ca_file, pinned_sha256=self.pinned_sha256, host=host, port=port
        )

    @property
    def basic_header(self) -> str:
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        return f"Basic {token}"

    @property
    def requests_verify(self) -> str | bool:
        """What ``requests`` (schemathesis' transport) takes for TLS verification."""
        return str(self.ca_file) if self.ca_file else True

    def private_cookie(self) -> str:
        """The cookie of a private session kept open for the run (resources that need one)."""
        if self._private is None:
            self._private = self.session().open()
        self._private.http.get("/api/lunasa")  # keeps it alive; reopens it if it expired
        return self._private.auth.cookie or ""

    def reset_emulator(self) -> None:
        """Fresh state in the embedded emulator (in process: no request needed)."""
        emulator = self.emulator.emulator
        emulator.backend.reset()
        emulator.http.faults.clear()
        self._private = None

    def close(self) -> None:
        if self._private is not None:
            self._private.close()
            self._private = None

    def session(self) -> LunaSession:
        if self.cert_file and self.key_file:
            from luna_ext import CertificateLogin

            login = CertificateLogin(self.username, self.key_file, self.cert_file)
            return LunaSession(self.url, login=login, verify=self.ssl_context)
        return LunaSession(
            self.url, username=self.username, password=self.password, verify=self.ssl_context
        )

    def describe(self) -> dict[str, str]:
        """The target for the report: nothing secret."""
        return {
            "URL": self.url,
            "kind": "embedded emulator" if self.is_emulator else "appliance",
            "user": self.username,
            "TLS trust": str(self.ca_file or self.pinned_sha256 or "system"),
            "destructive operations": "allowed" if self.allow_destructive else "skipped",
        }


def _opt(config: pytest.Config, name: str, env: str, default: str = "") -> str:
    value = config.getoption(name)
    return str(value) if value not in (None, "") else os.environ.get(env, default)


def target_from_options(config: pytest.Config) -> Target:
    url = _opt(config, "--luna-url", "LUNA_URL")
    ca = _opt(config, "--luna-ca", "LUNA_CA")
    return Target(
        url=url.rstrip("/"),
        username=_opt(config, "--luna-user", "LUNA_USER", "admin"),
        password=_opt(config, "--luna-password", "LUNA_PASSWORD"),
        ca_file=Path(ca) if ca else None,
        pinned_sha256=_opt(config, "--luna-pin", "LUNA_PIN") or None,
        is_emulator=not url,
        allow_destructive=bool(config.getoption("--allow-destructive")) or not url,
        so_password=_opt(config, "--luna-so-password", "LUNA_SO_PASSWORD"),
        co_password=_opt(config, "--luna-co-password", "LUNA_CO_PASSWORD"),
        cert_file=Path(c) if (c := _opt(config, "--luna-cert", "LUNA_CERT")) else None,
        key_file=Path(k) if (k := _opt(config, "--luna-key", "LUNA_KEY")) else None,
        rate=float(_opt(config, "--luna-rate", "LUNA_RATE", "0" if not url else "5")),
    )
