"""The ``luna-emulator`` command: ``--report`` and ``--state``, run as a process."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

import luna_spec
from luna_emulator.server import free_port

from .conftest import ADMIN, JSON

COMMAND = [sys.executable, "-m", "luna_emulator.cli"]
ROW = re.compile(r"^([a-z_]+) +(?:doc|ovw|code|structure|inferred) +(\S+) +([A-Z]+) +(/\S*)$")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, timeout=120)


def test_report_lists_every_operation_and_how_it_is_implemented() -> None:
    done = _run("--report")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    rows = [m.groups() for m in map(ROW.match, lines) if m]
    spec = {
        (op["operationId"], method.upper(), path)
        for method, path, op in luna_spec.iter_operations()
    }
    assert {(oid, method, path) for _, oid, method, path in rows} == spec
    assert len(rows) == len(spec)  # each once
    modules = {r[0] for r in rows}
    assert lines[-1] == (
        f"total: {len(spec)} operations, each with its rules, in {len(modules)} modules"
    )
    assert ("partitions", "createPartition", "POST", "/api/lunasa/hsms/{hsmid}/partitions") in rows
    assert (
        "ntls",
        "replaceNtlsClientCertificate",
        "PUT",
        "/api/lunasa/ntls/clients/{clientid}",
    ) in rows


def test_a_corrupt_state_file_stops_the_command_with_exit_code_2(tmp_path: Path) -> None:
    file = tmp_path / "state.json"
    file.write_text('{"format": "luna-emulator-state", "version": 1, "state": {"hsm": 3}}')
    done = _run("--http", "--port", str(free_port()), "--state", str(file))
    assert done.returncode == 2
    assert "cannot use the state file" in done.stderr
    assert f"{file} is corrupt: state.hsm: expected an object for Hsm, found int" in done.stderr
    assert "serving" not in done.stdout
    assert json.loads(file.read_text())["state"] == {"hsm": 3}  # never reset


@pytest.fixture
def state_file(tmp_path: Path) -> Path:
    return tmp_path / "appliance.json"


class Served:
    """``luna-emulator --http --state FILE`` running as a process of its own."""

    def __init__(self, state: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            # the test drives /_emulator/ without a token
            [
                *COMMAND,
                "--http",
                "--port",
                str(self.port),
                "--state",
                str(state),
                "--no-control-token",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def wait_until_ready(self) -> None:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the emulator exited: {self.process.communicate()}")
            try:
                httpx.get(f"{self.url}/api/lunasa", timeout=2)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        raise AssertionError("the emulator did not start")

    def stop(self) -> int:
        """A clean shutdown (Ctrl-C), as an operator would do."""
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=30)


@pytest.fixture
def serve() -> Iterator[Callable[[Path], Served]]:
    started: list[Served] = []

    def start(state: Path) -> Served:
        served = Served(state)
        started.append(served)
        served.wait_until_ready()
        return served

    yield start
    for served in started:  # only the processes this test started
        if served.process.poll() is None:
            served.process.kill()
        served.process.communicate(timeout=30)


def test_the_state_survives_a_restart_of_the_command(
    serve: Callable[[Path], Served], state_file: Path
) -> None:
    first = serve(state_file)
    with httpx.Client(base_url=first.url, auth=ADMIN, headers=JSON) as c:
        r = c.post("/api/lunasa/ntls/clients", json={"clientName": "kept", "ip": "10.3.3.3"})
        assert r.status_code == 200, r.text
        assert c.post("/_emulator/clock/advance", json={"seconds": 60}).status_code == 204
    assert first.stop() == 0
    assert state_file.exists()

    second = serve(state_file)
    with httpx.Client(base_url=second.url, auth=ADMIN) as c:
        assert c.get("/api/lunasa/ntls/clients/kept").json()["ip"] == "10.3.3.3"
        assert c.get("/_emulator/state").json()["ntlsClients"] == {"kept": []}
    assert second.stop() == 0
