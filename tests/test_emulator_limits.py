"""Bounded resources (issue 10, defects 4 and 5): sessions, tasks and the request log are
bounded; oversized uploads are refused as soon as the limit is passed (from
``Content-Length`` before a byte of the body, otherwise while it streams); bodies and
headers that stop arriving are timed out. Over HTTPS (raw TLS sockets where a client
library would not send what a hostile client does) and through the control API; the
request-log ring in process (ten thousand requests). Speed and memory figures are the soak
benchmark's (benchmarks/bench_soak.py), not these tests'."""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Iterator

import httpx
import pytest
from starlette.testclient import TestClient

import luna_spec
from luna_emulator.backend import MAX_PRIVATE_SESSIONS, SESSION_TIMEOUT
from luna_emulator.control_client import ControlClient
from luna_emulator.http.layer import REQUEST_LOG_SIZE
from luna_emulator.http.limits import BODY_READ_TIMEOUT
from luna_emulator.http.protocol import HEADER_READ_TIMEOUT
from luna_emulator.server import RunningEmulator, serve_in_thread
from luna_emulator.tasks import MAX_RUNNING_TASKS, MAX_STALE_TASKS

from .conftest import ADMIN, JSON

AUTH = "Basic " + __import__("base64").b64encode(f"{ADMIN[0]}:{ADMIN[1]}".encode()).decode()


@pytest.fixture
def control(served: RunningEmulator) -> Iterator[ControlClient]:
    with ControlClient.for_running(served) as c:
        c.reset()
        yield c


@pytest.fixture
def admin(served: RunningEmulator, control: ControlClient) -> Iterator[httpx.Client]:
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    with httpx.Client(base_url=served.url, verify=verify, auth=ADMIN, timeout=60) as c:
        yield c


class Raw:
    """A TLS connection to the served emulator that sends exactly the bytes given."""

    def __init__(self, served: RunningEmulator) -> None:
        host, port = served.url.removeprefix("https://").split(":")
        context = ssl.create_default_context(cafile=str(served.ca_file))
        self.sock = context.wrap_socket(
            socket.create_connection((host, int(port)), timeout=60), server_hostname=host
        )

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def answer(self, timeout: float = 60) -> bytes:
        """What the server sent until it closed the connection (or the timeout)."""
        self.sock.settimeout(timeout)
        got = b""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                chunk = self.sock.recv(65536)
            except (TimeoutError, ConnectionResetError, ssl.SSLError):
                break
            if not chunk:
                break
            got += chunk
            if b"\r\n\r\n" in got and b'"status":"ERROR"' in got:
                break
        return got

    def close(self) -> None:
        self.sock.close()


def _head(method: str, path: str, headers: dict[str, str]) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: localhost", f"Authorization: {AUTH}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


MULTIPART = f"{luna_spec.VENDOR_MULTIPART}; boundary=XyZ"


def _part_head(name: str = "big.bin") -> bytes:
    return (
        f'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()


def _files(admin: httpx.Client) -> list[str]:
    return [f["id"] for f in admin.get("/users/admin/files").json()["files"]]


# ---- uploads -------------------------------------------------------------------------


def test_an_oversized_upload_is_refused_from_its_content_length(
    served: RunningEmulator, admin: httpx.Client, control: ControlClient
) -> None:
    """1.2 GiB announced, not a byte of it sent: the answer comes at once."""
    before = control.snapshot()
    raw = Raw(served)
    try:
        size = int(1.2 * (1 << 30))
        raw.send(
            _head(
                "POST",
                "/users/admin/files",
                {"Content-Type": MULTIPART, "Content-Length": str(size)},
            )
        )
        started = time.monotonic()
        answer = raw.answer(timeout=30)
        waited = time.monotonic() - started
    finally:
        raw.close()
    assert answer.startswith(b"HTTP/1.1 400"), answer[:200]
    assert b'"id":"SERVER_FILE_UPLOAD_LIMIT_EXCEED"' in answer
    assert waited < BODY_READ_TIMEOUT  # not a read timeout: refused from the header
    assert control.snapshot() == before
    assert admin.get("/api/lunasa").status_code == 200


def test_an_oversized_chunked_upload_is_refused_while_it_streams(
    served: RunningEmulator, admin: httpx.Client, control: ControlClient
) -> None:
    """No Content-Length: the answer comes once the limit is passed, while the client is
    still sending (the end of the body is never sent)."""
    limit = 1 << 20
    r = admin.patch("/api/lunasa/webServer", json={"maxFileSize": limit}, headers=JSON)
    assert r.status_code == 204, r.text
    before = control.snapshot()
    raw = Raw(served)
    try:
        raw.send(
            _head(
                "POST",
                "/users/admin/files",
                {"Content-Type": MULTIPART, "Transfer-Encoding": "chunked"},
            )
        )
        piece = b"x" * (64 << 10)
        raw.send(b"%x\r\n%s\r\n" % (len(_part_head()), _part_head()))
        sent = 0
        while sent < 3 * limit:  # three times the limit, and no last chunk
            raw.send(b"%x\r\n%s\r\n" % (len(piece), piece))
            sent += len(piece)
            if sent > 2 * limit:
                break
        answer = raw.answer(timeout=30)
    finally:
        raw.close()
    assert answer.startswith(b"HTTP/1.1 400"), answer[:200]
    assert b'"id":"SERVER_FILE_UPLOAD_LIMIT_EXCEED"' in answer
    assert control.snapshot() == before
    assert _files(admin) == []


def test_an_upload_within_the_limit_is_kept(
    admin: httpx.Client, control: ControlClient, served: RunningEmulator
) -> None:
    admin.patch("/api/lunasa/webServer", json={"maxFileSize": 1 << 20}, headers=JSON)
    request = admin.build_request(
        "POST", "/users/admin/files", files={"file": ("fits.bin", b"y" * (1 << 20))}
    )
    boundary = request.headers["Content-Type"].split("boundary=", 1)[1]
    request.headers["Content-Type"] = f"{luna_spec.VENDOR_MULTIPART}; boundary={boundary}"
    assert admin.send(request).status_code == 204
    assert _files(admin) == ["fits.bin"]


def test_a_json_body_is_refused_from_its_content_length(
    served: RunningEmulator, admin: httpx.Client, control: ControlClient
) -> None:
    before = control.snapshot()
    raw = Raw(served)
    try:
        raw.send(
            _head(
                "POST",
                "/api/lunasa/ntls/clients",
                {"Content-Type": JSON["Content-Type"], "Content-Length": str(300 << 20)},
            )
        )
        answer = raw.answer(timeout=30)
    finally:
        raw.close()
    assert answer.startswith(b"HTTP/1.1 400"), answer[:200]
    assert b'"id":"SERVER_FILE_UPLOAD_LIMIT_EXCEED"' in answer
    assert control.snapshot() == before


# ---- slow clients --------------------------------------------------------------------


def test_a_body_that_stops_arriving_is_timed_out(
    served: RunningEmulator, admin: httpx.Client, control: ControlClient
) -> None:
    before = control.snapshot()
    raw = Raw(served)
    try:
        raw.send(
            _head(
                "POST",
                "/api/lunasa/ntls/clients",
                {"Content-Type": JSON["Content-Type"], "Content-Length": "100"},
            )
            + b'{"clientName": '
        )
        started = time.monotonic()
        answer = raw.answer(timeout=BODY_READ_TIMEOUT + 20)
        waited = time.monotonic() - started
    finally:
        raw.close()
    assert answer.startswith(b"HTTP/1.1 400"), answer[:200]
    assert b'"id":"FRAMEWORK_REQUEST_TIMEOUT"' in answer
    assert BODY_READ_TIMEOUT - 1 < waited < BODY_READ_TIMEOUT + 15
    assert control.snapshot() == before
    assert admin.get("/api/lunasa").status_code == 200


def test_headers_that_never_end_are_timed_out() -> None:
    """... with a 408, and counted as a request timeout by the block list (guide ch. 6:
    5 infractions)."""
    guide = {"maxInfractionCount": 10, "timeoutStart": 1, "timeoutMultiplier": 2}
    with serve_in_thread(blocklist=guide) as running, ControlClient.for_running(running) as c:
        raw = Raw(running)
        try:
            raw.send(b"GET /api/lunasa HTTP/1.1\r\nHost: localhost\r\nX-Slow: a")
            started = time.monotonic()
            for _ in range(3):  # a byte now and then does not keep it open
                time.sleep(1)
                raw.send(b"a")
            answer = raw.answer(timeout=HEADER_READ_TIMEOUT + 20)
            waited = time.monotonic() - started
        finally:
            raw.close()
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert waited < HEADER_READ_TIMEOUT + 15
        assert c.state()["blocklist"]["127.0.0.1"]["budget"] == 10 - 5
        verify = ssl.create_default_context(cafile=str(running.ca_file))
        with httpx.Client(base_url=running.url, verify=verify, auth=ADMIN, timeout=30) as admin:
            assert admin.get("/api/lunasa").status_code == 200


# ---- sessions, tasks and the request log ---------------------------------------------


def test_private_sessions_are_bounded_and_reclaimed(
    served: RunningEmulator, control: ControlClient
) -> None:
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    cookies = []
    with httpx.Client(base_url=served.url, verify=verify, auth=ADMIN, timeout=60) as c:
        for _ in range(MAX_PRIVATE_SESSIONS + 20):
            r = c.post("/auth/session", json={}, headers=JSON)
            assert r.status_code == 204
            cookies.append(r.cookies["SESSIONID"])
            c.cookies.clear()
    assert control.state()["sessions"] == MAX_PRIVATE_SESSIONS
    for sid, expected in ((cookies[-1], 200), (cookies[0], 401)):  # the oldest was ended
        with httpx.Client(base_url=served.url, verify=verify, timeout=60) as anonymous:
            anonymous.cookies.set("SESSIONID", sid)
            assert anonymous.get("/api/lunasa").status_code == expected
    control.advance_clock(SESSION_TIMEOUT + 61)
    # the next session opened reclaims every expired one
    with httpx.Client(base_url=served.url, verify=verify, auth=ADMIN, timeout=60) as c:
        assert c.post("/auth/session", json={}, headers=JSON).status_code == 204
    assert control.state()["sessions"] == 1


def test_tasks_nobody_polls_are_bounded(admin: httpx.Client, control: ControlClient) -> None:
    control.set_task_progress("polls", count=1)
    urls = []
    for _ in range(MAX_RUNNING_TASKS + MAX_STALE_TASKS + 30):
        r = admin.post("/api/lunasa/services/ntls/actions/restart", json={}, headers=JSON)
        assert r.status_code == 202, r.text
        urls.append(r.headers["Location"])
    tasks = control.state()["tasks"]
    assert len(tasks) <= MAX_RUNNING_TASKS + MAX_STALE_TASKS
    assert sum(1 for s in tasks.values() if s == "Running") <= MAX_RUNNING_TASKS
    # the newest is still there and runs when polled; the oldest were finished and let go
    assert admin.get(urls[-1]).status_code == 200
    assert admin.get(urls[0]).status_code in (404, 410)  # gone


def test_the_request_log_is_a_ring(app) -> None:  # type: ignore[no-untyped-def]
    """In process: the ring holds the latest REQUEST_LOG_SIZE requests, oldest first."""
    with TestClient(app, base_url="https://testserver") as client:
        control = ControlClient.over(client)
        for i in range(REQUEST_LOG_SIZE + 25):
            client.get(f"/ring/{i}")
        log = control.requests()
    assert len(log) == REQUEST_LOG_SIZE
    assert log[0]["path"] == "/ring/25"
    assert log[-1]["path"] == f"/ring/{REQUEST_LOG_SIZE + 24}"
