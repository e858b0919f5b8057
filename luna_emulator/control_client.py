"""A typed client for the emulator's control API (``/_emulator/...``).

The conformance suite, this project's tests and users' own test suites drive the emulator
through this client, over HTTP(S) like any other client, never by reaching into its
internals::

    from luna_emulator.control_client import ControlClient
    from luna_emulator.server import serve_in_thread

    with serve_in_thread() as running, ControlClient.for_running(running) as control:
        control.reset(hsm_serial=7001234)
        control.advance_clock(600)
        print(control.requests()[-1])
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

import httpx

if TYPE_CHECKING:
    from .server import RunningEmulator

__all__ = ["TOKEN_HEADER", "ControlClient", "ControlError", "Fault"]

PREFIX = "/_emulator"
# the header of the control token (luna-emulator prints the token at start)
TOKEN_HEADER = "X-Luna-Emulator-Token"  # noqa: S105 (a header name)

ProgressMode = Literal["immediate", "polls", "seconds", "manual"]
Fault = Mapping[str, Any]
"""One fault: ``{pattern, method, status, latency, drop, count, body, headers, contentType,
dropHeaders}`` (see ``luna_emulator/control.py``)."""


class ControlError(Exception):
    """The control API refused a request; ``status`` and ``body`` say why."""

    def __init__(self, method: str, path: str, status: int, body: str) -> None:
        super().__init__(f"{method} {PREFIX}{path}: {status} {body[:300]}")
        self.status = status
        self.body = body


class ControlClient:
    """Reset, seed, clock, task progression, faults and the request log of one emulator."""

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
        headers = {TOKEN_HEADER: token} if token else {}
        if ca_file is not None:
            verify = ssl.create_default_context(cafile=str(ca_file))
        self._http = httpx.Client(
            base_url=url.rstrip("/") + PREFIX,
            verify=verify,
            headers=headers,
            transport=transport,
            timeout=timeout,
        )
        self._prefix = ""  # the base URL ends in PREFIX
        self._owned = True
        self._headers: dict[str, str] = {}  # sent with each request (``over``)

    @classmethod
    def over(cls, client: httpx.Client, *, token: str | None = None) -> ControlClient:
        """The control client over an httpx client of the emulator you already hold, for
        example Starlette's ``TestClient(create_app())`` in process; closing the control
        client leaves that client open. ``token``: the emulator's control token, if it
        has one."""
        control = cls.__new__(cls)
        control._http = client
        control._prefix = PREFIX
        control._owned = False
        control._headers = {TOKEN_HEADER: token} if token else {}
        return control

    @classmethod
    def for_running(cls, running: RunningEmulator, *, token: str | None = None) -> ControlClient:
        """The control client of an emulator served by ``serve_in_thread`` (with its
        control token, if it has one, unless ``token`` names another)."""
        return cls(running.url, ca_file=running.ca_file, token=token or running.control_token)

    def __enter__(self) -> ControlClient:
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
        r = self._http.request(method, self._prefix + path, json=body, headers=self._headers)
        if r.status_code >= 400:
            raise ControlError(method, path, r.status_code, r.text)
        return r.json() if r.content else None

    # -- the appliance -------------------------------------------------------------------

    def reset(
        self,
        *,
        hsm_serial: int | None = None,
        hsm_firmware: str | None = None,
        ped_based: bool | None = None,
        force_so_login: bool | None = None,
        users: Mapping[str, tuple[str, str]] | None = None,
        blocklist: Mapping[str, Any] | None = None,
        **extra: Any,
    ) -> None:
        """A fresh appliance, seeded as given (``users``: name -> (password, role);
        ``blocklist``: ``{severity}`` or ``{maxInfractionCount, timeoutStart,
        timeoutMultiplier}``; without it, the block list the emulator started with:
        ``serve_in_thread``'s, off unless given, or the guide's default, severity 50). The
        clock goes back to real time. Faults, the request log and task progression
        are reset too. ``extra`` passes further seed keys the emulator knows."""
        body: dict[str, Any] = dict(extra)
        if hsm_serial is not None:
            body["hsmSerial"] = hsm_serial
        if hsm_firmware is not None:
            body["hsmFirmware"] = hsm_firmware
        if ped_based is not None:
            body["pedBased"] = ped_based
        if force_so_login is not None:
            body["forceSoLogin"] = force_so_login
        if users is not None:
            body["users"] = {n: {"password": p, "role": r} for n, (p, r) in users.items()}
        if blocklist is not None:
            body["blocklist"] = dict(blocklist)
        self._send("POST", "/reset", body)

    def state(self) -> dict[str, Any]:
        """Counts of what the appliance holds (HSM, partitions, clients, users, tasks), the
        HSM's firmware and tamper state, the clock offset and the block list's counters
        (``{ip: {budget, timeout}}``)."""
        result: dict[str, Any] = self._send("GET", "/state")
        return result

    def save_state(self) -> bool:
        """Write the emulator's ``--state`` file now if the state changed; True if written."""
        result: dict[str, Any] = self._send("POST", "/state/save")
        return bool(result["written"])

    def snapshot(self) -> dict[str, Any]:
        """The whole appliance state as its state file would hold it (file contents by
        SHA-256): equal snapshots are equal appliances."""
        result: dict[str, Any] = self._send("GET", "/snapshot")
        return result

    def checkpoint(self) -> None:
        """Keep the appliance state as it is now (in the emulator's memory), to be put back
        by ``restore_checkpoint`` as often as needed."""
        self._send("POST", "/checkpoint")

    def restore_checkpoint(self) -> None:
        """Put back the appliance state of the last ``checkpoint`` (``ControlError`` 409 when
        none was taken). Sessions, tasks, the clock, faults and the request log stay."""
        self._send("POST", "/checkpoint/restore")

    def tamper_hsm(self) -> None:
        """A tamper event on the HSM (cleared with ``POST .../tamper/actions/clear``)."""
        self._send("POST", "/hsm/tamper")

    # -- time and tasks ------------------------------------------------------------------

    def advance_clock(self, seconds: float) -> None:
        """Move the emulator's clock forward (session timeouts, block-list timers, tasks)."""
        self._send("POST", "/clock/advance", {"seconds": seconds})

    def set_task_progress(
        self,
        mode: ProgressMode = "polls",
        *,
        count: int = 1,
        seconds: float = 0.0,
        fail: str = "",
        usually_tasked: bool = False,
    ) -> None:
        """How tasks progress: at once, after ``count`` polls, after ``seconds``, or by hand
        (``complete_task``); ``fail`` names an error id the task ends with."""
        self._send(
            "PUT",
            "/tasks/progress",
            {
                "mode": mode,
                "count": count,
                "seconds": seconds,
                "fail": fail,
                "usuallyTasked": usually_tasked,
            },
        )

    def complete_task(self, task_id: int) -> dict[str, Any]:
        """Finish task ``task_id`` now; its body as the appliance would show it."""
        result: dict[str, Any] = self._send("POST", f"/tasks/{int(task_id)}/complete")
        return result

    # -- faults and the request log ------------------------------------------------------

    def set_faults(self, faults: Sequence[Fault]) -> None:
        """Replace the injected faults."""
        self._send("PUT", "/faults", [dict(f) for f in faults])

    def clear_faults(self) -> None:
        self._send("DELETE", "/faults")

    def requests(self) -> list[dict[str, Any]]:
        """The request log, oldest first."""
        result: list[dict[str, Any]] = self._send("GET", "/requests")
        return result

    def clear_requests(self) -> None:
        self._send("DELETE", "/requests")

    def implementation(self) -> list[dict[str, str]]:
        """Every spec operation and how the emulator implements it."""
        result: list[dict[str, str]] = self._send("GET", "/implementation")
        return result
