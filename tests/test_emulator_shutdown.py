"""``luna-emulator`` as a real process (issue 10, defects 6 and 7): SIGTERM and SIGINT
remove the TLS private key and users' files from the temporary directory and end the
process promptly even with an idle keep-alive connection open; the control API asks for
the token printed at start; with ``--state``, ``kill -9`` keeps the NTLS certificate the
first GET made."""

from __future__ import annotations

import os
import re
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

import luna_spec
from luna_emulator.control_client import ControlClient, ControlError
from luna_emulator.http.protocol import GRACEFUL_SHUTDOWN
from luna_emulator.server import free_port

from .conftest import ADMIN

COMMAND = [sys.executable, "-m", "luna_emulator.cli"]


class Process:
    """``luna-emulator`` over HTTPS in a process of its own, with its own TMPDIR."""

    def __init__(self, tmp: Path, *extra: str) -> None:
        self.tmp = tmp / "tmpdir"
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.cert = tmp / "server.pem"
        self.port = free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        env = {**os.environ, "TMPDIR": str(self.tmp)}
        self.process = subprocess.Popen(
            [*COMMAND, "--port", str(self.port), "--cert-out", str(self.cert), *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: list[str] = []

    def wait_until_ready(self) -> None:
        assert self.process.stdout is not None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the emulator exited: {self.process.communicate()}")
            line = self.process.stdout.readline()
            self.lines.append(line)
            if "control API" in line:
                self.lines.append(self.process.stdout.readline())  # the token line
                break
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/api/lunasa", verify=self.context(), timeout=2)
                return
            except (httpx.TransportError, OSError):
                time.sleep(0.2)
        raise AssertionError("the emulator did not start")

    def context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert))

    def token(self) -> str:
        m = re.search(r"token \(X-Luna-Emulator-Token header\): (\S+)", "".join(self.lines))
        assert m, self.lines
        return m.group(1)

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, verify=self.context(), auth=ADMIN, timeout=30)

    def leftovers(self) -> list[str]:
        return sorted(p.name for p in self.tmp.iterdir())


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Callable[..., Process]]:
    started: list[Process] = []

    def run(*extra: str, where: Path | None = None) -> Process:
        p = Process(where or tmp_path, *extra)
        started.append(p)
        p.wait_until_ready()
        return p

    yield run
    for p in started:  # only the processes this test started
        if p.process.poll() is None:
            p.process.kill()
        p.process.communicate(timeout=30)


def _upload(c: httpx.Client, name: str) -> None:
    request = c.build_request("POST", "/users/admin/files", files={"file": (name, b"data")})
    boundary = request.headers["Content-Type"].split("boundary=", 1)[1]
    request.headers["Content-Type"] = f"{luna_spec.VENDOR_MULTIPART}; boundary={boundary}"
    assert c.send(request).status_code == 204


def _idle_keep_alive(p: Process) -> ssl.SSLSocket:
    """A TLS connection that made one request and stays open, saying nothing."""
    sock = p.context().wrap_socket(
        socket.create_connection(("127.0.0.1", p.port), timeout=30), server_hostname="127.0.0.1"
    )
    sock.sendall(b"GET /api/lunasa/time HTTP/1.1\r\nHost: localhost\r\n\r\n")
    assert sock.recv(65536).startswith(b"HTTP/1.1 ")
    return sock


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_cleans_up_and_ends_promptly(start: Callable[..., Process], sig: int) -> None:
    p = start()
    with p.client() as c:
        _upload(c, "kept.txt")
    assert any(n.startswith("luna-emulator-") for n in p.leftovers())  # the key, the files
    idle = [_idle_keep_alive(p) for _ in range(3)]
    try:
        started = time.monotonic()
        p.process.send_signal(sig)
        code = p.process.wait(timeout=60)
        took = time.monotonic() - started
    finally:
        for s in idle:
            s.close()
    assert code == 0, p.process.communicate()
    assert took < GRACEFUL_SHUTDOWN + 5
    assert p.leftovers() == []  # no TLS private key, no users' files


def test_the_control_api_asks_for_the_printed_token(start: Callable[..., Process]) -> None:
    p = start()
    token = p.token()
    with ControlClient(p.url, ca_file=p.cert) as anonymous, pytest.raises(ControlError) as e:
        anonymous.reset()
    assert e.value.status == 401
    with (
        ControlClient(p.url, ca_file=p.cert, token="not-it") as wrong,
        pytest.raises(ControlError),
    ):
        wrong.advance_clock(60)
    with ControlClient(p.url, ca_file=p.cert, token=token) as control:
        assert control.state()["clockOffset"] == 0
        control.advance_clock(60)
        assert control.state()["clockOffset"] == 60


def test_the_control_token_can_be_given_or_turned_off(start: Callable[..., Process]) -> None:
    given = start("--control-token", "chosen-token")
    assert given.token() == "chosen-token"
    with ControlClient(given.url, ca_file=given.cert, token="chosen-token") as control:
        control.reset()
    with ControlClient(given.url, ca_file=given.cert) as anonymous, pytest.raises(ControlError):
        anonymous.reset()


def test_a_fresh_command_has_the_block_list_on(start: Callable[..., Process]) -> None:
    p = start("--no-control-token")
    with p.client() as c:
        got = c.get("/api/lunasa/webServer/blocklist").json()
    assert got["maxInfractionCount"] == 10  # severity 50, the guide's default
    with ControlClient(p.url, ca_file=p.cert) as control:  # no token needed
        control.reset()
    off = start("--no-control-token", "--blocklist-severity", "0", where=p.tmp.parent / "b")
    with off.client() as c:
        assert c.get("/api/lunasa/webServer/blocklist").json()["maxInfractionCount"] == 0


def test_the_ntls_certificate_survives_kill_9(
    start: Callable[..., Process], tmp_path: Path
) -> None:
    state = tmp_path / "appliance.json"
    first = start("--no-control-token", "--state", str(state))
    with first.client() as c:
        made = c.get("/api/lunasa/ntls/certificate").json()
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(timeout=30)
    second = start("--no-control-token", "--state", str(state), where=tmp_path / "again")
    with second.client() as c:
        assert c.get("/api/lunasa/ntls/certificate").json() == made
