"""Serve the emulator with uvicorn: from the command line or in a background thread."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from .app import Emulator, EmulatorApp, create_app
from .cckm import DEFAULT_CCKM_PASSWORD, create_cckm_app
from .cckm.serving import serve_together
from .tls import make_server_certificate

__all__ = ["RunningEmulator", "serve_in_thread"]


@dataclass
class RunningEmulator:
    url: str
    ca_file: Path | None  # None when served over plain HTTP
    app: EmulatorApp
    cckm_url: str | None = None  # the CCKM API (serve_in_thread(cckm=True)), same certificate

    @property
    def emulator(self) -> Emulator:
        # DEPRECATED: the emulator's internals; use the control API (control_client.py,
        # ControlClient.for_running). Kept while conformance/ moves to ControlClient.
        emulator: Emulator = self.app.state.emulator
        return emulator


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
) -> Iterator[RunningEmulator]:
    """Run an emulator on loopback for the duration of the ``with`` block; with ``cckm``
    its CCKM API too, on a port of its own (``RunningEmulator.cckm_url``), backed by the
    same appliance, served by the same thread."""
    app = app or create_app(validate_responses=validate_responses)
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
            yield RunningEmulator(url, cert, app, cckm_url)
        finally:
            for s in servers:
                s.should_exit = True
            thread.join(timeout=10)
