"""A typed client for the CCKM control API (``/_emulator/cckm/...`` on the CCKM port).

Tests and the conformance suite drive the emulated CipherTrust Manager through it, over
HTTP(S) like any client::

    from luna_emulator.cckm.control_client import CckmControlClient
    from luna_emulator.server import serve_in_thread

    with serve_in_thread(cckm=True) as running, CckmControlClient.for_running(running) as cckm:
        cckm.reset()
        cckm.set_timing(key_operation_delay=0, job_duration=30)
        print(cckm.state()["keys"])

The appliance behind it is driven by ``luna_emulator.control_client.ControlClient`` on
the appliance's port; both move the same clock.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

import httpx

from ..control import TOKEN_HEADER

__all__ = ["CckmControlClient", "CckmControlError", "Fault", "ServedCckm"]

Fault = Mapping[str, Any]
"""One fault for the CCKM API's answers: ``{pattern, method, status, body, headers,
contentType, dropHeaders, latency, drop, count}`` (see ``luna_emulator/cckm/control.py``)."""


class ServedCckm(Protocol):
    """What ``for_running`` needs of ``server.RunningEmulator``."""

    @property
    def cckm_url(self) -> str | None: ...
    @property
    def ca_file(self) -> Path | None: ...
    @property
    def control_token(self) -> str | None: ...


PREFIX = "/_emulator/cckm"


class CckmControlError(Exception):
    """The CCKM control API refused a request; ``status`` and ``body`` say why."""

    def __init__(self, method: str, path: str, status: int, body: str) -> None:
        super().__init__(f"{method} {PREFIX}{path}: {status} {body[:300]}")
        self.status = status
        self.body = body


class CckmControlClient:
    """Reset, timing of asynchronous work, state and clock of one emulated CCKM."""

    def __init__(
        self,
        url: str,
        *,
        verify: ssl.SSLContext | str | bool = True,
        ca_file: Path | str | None = None,
        token: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        if ca_file is not None:
            verify = ssl.create_default_context(cafile=str(ca_file))
        self._http = httpx.Client(
            base_url=url.rstrip("/"), verify=verify, transport=transport, timeout=timeout
        )
        self._headers = {TOKEN_HEADER: token} if token else {}
        self._owned = True

    @classmethod
    def over(cls, client: httpx.Client, *, token: str | None = None) -> CckmControlClient:
        """The control client over an httpx client of the CCKM app you already hold (for
        example Starlette's ``TestClient(create_cckm_app(...))``); closing the control
        client leaves that client open. ``token``: the emulator's control token, if any."""
        control = cls.__new__(cls)
        control._http = client
        control._headers = {TOKEN_HEADER: token} if token else {}
        control._owned = False
        return control

    @classmethod
    def for_running(cls, running: ServedCckm, *, token: str | None = None) -> CckmControlClient:
        """The control client of the CCKM served by ``serve_in_thread(cckm=True)`` (with the
        emulator's control token, if it has one, unless ``token`` names another)."""
        url = running.cckm_url
        if not url:
            raise ValueError("this emulator serves no CCKM: use serve_in_thread(cckm=True)")
        return cls(url, ca_file=running.ca_file, token=token or running.control_token)

    def __enter__(self) -> CckmControlClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._owned:
            self._http.close()

    def _send(self, method: str, path: str, body: Any = None) -> Any:
        r = self._http.request(method, PREFIX + path, json=body, headers=self._headers)
        if r.status_code >= 400:
            raise CckmControlError(method, path, r.status_code, r.text)
        return r.json() if r.content else None

    def reset(
        self,
        *,
        password: str | None = None,
        key_operation_delay: float | None = None,
        job_duration: float | None = None,
    ) -> None:
        """A fresh CCKM: only the ``emulated-luna`` connection, no partition, key, job or
        refresh token, no fault, an empty request log; the admin's ``password`` and the
        timing as given (else: the password it had, 1 s per key operation, 2 s per job).
        The appliance is left as it is."""
        body: dict[str, Any] = {}
        if password is not None:
            body["password"] = password
        if key_operation_delay is not None:
            body["keyOperationDelay"] = key_operation_delay
        if job_duration is not None:
            body["jobDuration"] = job_duration
        self._send("POST", "/reset", body)

    def set_timing(
        self, *, key_operation_delay: float | None = None, job_duration: float | None = None
    ) -> None:
        """How long key operations (create, update, replicate, delete from the HSM) and
        jobs (refresh, synchronize) take, in seconds of the emulator's clock; 0 finishes
        them at the next request."""
        body: dict[str, Any] = {}
        if key_operation_delay is not None:
            body["keyOperationDelay"] = key_operation_delay
        if job_duration is not None:
            body["jobDuration"] = job_duration
        self._send("PUT", "/timing", body)

    def state(self) -> dict[str, Any]:
        """``connections`` (names), ``partitions`` (id -> appliance serials), ``keys``
        (id -> status), ``jobs`` (id -> overall status), ``refreshTokens`` (count),
        ``timing`` and ``clockOffset``; due work is finished first."""
        result: dict[str, Any] = self._send("GET", "/state")
        return result

    def advance_clock(self, seconds: float) -> None:
        """Move the emulator's clock forward (JWT expiry, key operations, jobs, and the
        appliance's own timers: the clock is shared)."""
        self._send("POST", "/clock/advance", {"seconds": seconds})

    def set_faults(self, faults: Sequence[Fault]) -> None:
        """Replace the injected faults: answers of requests whose path matches a fault's
        ``pattern`` (and ``method``) get its status, body, headers, content type, latency
        or a dropped connection, ``count`` times (-1: until cleared)."""
        self._send("PUT", "/faults", [dict(f) for f in faults])

    def clear_faults(self) -> None:
        self._send("DELETE", "/faults")

    def requests(self) -> list[dict[str, Any]]:
        """The request log of the CCKM API, oldest first: ``{method, path, status}``."""
        result: list[dict[str, Any]] = self._send("GET", "/requests")
        return result

    def clear_requests(self) -> None:
        self._send("DELETE", "/requests")
