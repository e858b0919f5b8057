"""Serve the emulator with uvicorn: from the command line or in a background thread."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn

from . import blocklist
from .app import EmulatorApp, create_app
from .cckm import DEFAULT_CCKM_PASSWORD, create_cckm_app
from .cckm.serving import serve_together
from .http.protocol import server_options
from .tls import make_server_certificate

__all__ = ["BLOCKLIST_OFF", "RunningEmulator", "request_timeout_hook", "serve_in_thread"]

BLOCKLIST_OFF = {"severity": 0}


@dataclass
class RunningEmulator:
    url: str
    ca_file: Path | None  # None when served over plain HTTP
    app: EmulatorApp
    cckm_url: str | None = None  # the CCKM API (serve_in_thread(cckm=True)), same certificate
    control_token: str | None = None  # what the control API asks for (None: nothing)


def request_timeout_hook(app: EmulatorApp) -> Callable[[str], None]:
    """Count a client's request timeout (headers that never ended) on the block list."""
    backend = app.emulator.backend
    return lambda ip: blocklist.infraction(backend, ip, blocklist.REQUEST_TIMEOUT)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serve_in_thread(
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    tls: bool = True,
    validate_responses: bool = False,
    app: EmulatorApp | None = None,
    log_level: str = "warning",
    cckm: bool = False,
    cckm_password: str = DEFAULT_CCKM_PASSWORD,
    control_token: str | None = None,
    blocklist: dict[str, Any] | None = BLOCKLIST_OFF,
) -> Iterator[RunningEmulator]:
    """Run an emulator on loopback for the duration of the ``with`` block; with ``cckm``
    its CCKM API too, on a port of its own (``RunningEmulator.cckm_url``), backed by the
    same appliance, served by the same thread.

    A test harness: the control API asks for ``control_token`` (None: no token, which
    ``ControlClient.for_running`` follows either way), and the block list starts as
    ``blocklist`` says, off unless given (test suites send bad input on purpose; the
    control API's reset goes back to it). Both apply to the app made here, not to one
    passed as ``app``."""
    app = app or create_app(
        validate_responses=validate_responses, control_token=control_token, blocklist=blocklist
    )
    port = port or free_port(host)
    with tempfile.TemporaryDirectory(prefix="luna-emulator-") as tmp:
        cert = key = None
        if tls:
            cert, key = make_server_certificate(Path(tmp), (host, "localhost"))
        config = uvicorn.Config(
            app,
            host=host,
            port=port,
            log_level=log_level,
            ssl_certfile=str(cert) if cert else None,
            ssl_keyfile=str(key) if key else None,
            lifespan="off",
            access_log=False,
            **server_options(request_timeout_hook(app)),
        )
        server = uvicorn.Server(config)
        servers = [server]
        cckm_url = None
        if cckm:
            cckm_port = free_port(host)
            cckm_config = uvicorn.Config(
                create_cckm_app(app.emulator, password=cckm_password),
                host=host,
                port=cckm_port,
                log_level=log_level,
                ssl_certfile=str(cert) if cert else None,
                ssl_keyfile=str(key) if key else None,
                lifespan="off",
                access_log=False,
            )
            servers.append(uvicorn.Server(cckm_config))
            cckm_url = f"{'https' if tls else 'http'}://{host}:{cckm_port}"
        thread = threading.Thread(
            target=(lambda: asyncio.run(serve_together(servers))) if cckm else server.run,
            name="luna-emulator",
            daemon=True,
        )
        thread.start()
        deadline = time.monotonic() + 20
        while not all(s.started for s in servers):
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the emulator did not start")
            time.sleep(0.02)
        try:
            url = f"{'https' if tls else 'http'}://{host}:{port}"
            yield RunningEmulator(url, cert, app, cckm_url, app.emulator.control.token)
        finally:
            for s in servers:
                s.should_exit = True
            thread.join(timeout=10)
