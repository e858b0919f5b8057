"""Start the emulator in its own process for a benchmark (so it does not share the GIL)."""

from __future__ import annotations

import contextlib
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from luna_emulator.server import free_port


@contextlib.contextmanager
def emulator_process(*extra: str) -> Iterator[tuple[str, Path]]:
    with tempfile.TemporaryDirectory() as tmp:
        cert = Path(tmp) / "server.pem"
        port = free_port()
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "luna_emulator.cli",
                "--port",
                str(port),
                "--cert-out",
                str(cert),
                "--no-control-token",  # the benchmarks drive /_emulator/ on loopback
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"https://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if cert.exists():
                        ctx = ssl.create_default_context(cafile=str(cert))
                        httpx.get(url + "/api/lunasa", verify=ctx, timeout=2)
                        break
                except (httpx.HTTPError, OSError):
                    pass
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("emulator did not start")
                time.sleep(0.1)
            yield url, cert
        finally:
            proc.terminate()
            proc.wait(timeout=10)
