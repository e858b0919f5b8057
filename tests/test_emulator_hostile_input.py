"""Hostile input over HTTPS: ids with control characters are refused, never normalised into
another id, and bodies nested too deeply or holding lone surrogates get the appliance's
bad-request answer (never a 500), changing nothing."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest

import luna_spec
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

from .conftest import ADMIN, JSON, MONITOR


@pytest.fixture
def client(served: RunningEmulator) -> Iterator[httpx.Client]:
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    with (
        httpx.Client(base_url=served.url, verify=verify, auth=ADMIN, timeout=30) as c,
        ControlClient.for_running(served) as control,
    ):
        control.reset()
        r = c.post(
            "/users",
            json={"userId": "victim", "password": "Victim-pass1", "role": "operator"},
            headers=JSON,
        )
        assert r.status_code in (200, 201, 204), r.text
        yield c


@pytest.mark.parametrize("encoded", ["%09", "%0A", "%0D", "%00", "%7F"])
def test_an_id_with_a_control_character_addresses_nothing(
    client: httpx.Client, encoded: str
) -> None:
    r = client.delete(f"/users/vic{encoded}tim")
    assert 400 <= r.status_code < 500, r.text
    assert r.json()["status"] == "ERROR"
    assert client.get("/users/victim").status_code == 200  # not deleted
    r = client.get(f"/us{encoded}ers/ad{encoded}min")
    assert r.status_code == 404, r.text
    assert "userId" not in r.json()  # admin's record is not served under another path


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 256 + b"]" * 256,
        b'{"a":' * 300 + b"1" + b"}" * 300,
        b"[" * 100_000 + b"]" * 100_000,
        b'{"clientName": "\\ud800", "ip": "192.0.2.9"}',
        b'{"\\udfff": 1, "clientName": "ok", "ip": "192.0.2.9"}',
    ],
    ids=["list-256", "object-300", "list-100000", "lone-surrogate", "surrogate-key"],
)
def test_bodies_no_appliance_accepts_get_its_bad_request(client: httpx.Client, body: bytes) -> None:
    before = client.get("/api/lunasa/ntls/clients").json()
    r = client.post("/api/lunasa/ntls/clients", content=body, headers=JSON)
    assert r.status_code == 400, r.text
    assert r.headers["content-type"].startswith("application/vnd.safenetinc.lunasa+json")
    assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    assert client.get("/api/lunasa/ntls/clients").json() == before


# ---- issue 10, defects 3 to 11: each refusal is the appliance's error body, changes
# nothing (the control API's snapshot before and after) and leaves the emulator answering


@pytest.fixture
def control(served: RunningEmulator) -> Iterator[ControlClient]:
    with ControlClient.for_running(served) as c:
        yield c


def _refused(
    r: httpx.Response,
    control: ControlClient,
    before: dict[str, object],
    client: httpx.Client,
    *,
    status: int = 400,
    error_id: str | None = "FRAMEWORK_BAD_REQUEST",
) -> dict[str, object]:
    """The answer is the appliance's error body; the state is as it was; the emulator
    still answers."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/vnd.safenetinc.lunasa+json")
    body: dict[str, object] = r.json()
    assert body["status"] == "ERROR"
    assert body["returnCode"] == status
    if error_id is not None:
        assert body["id"] == error_id, body
    assert control.snapshot() == before
    assert client.get("/api/lunasa").status_code == 200
    return body


NON_STANDARD_JSON = [
    b'{"clientName": "c1", "ip": "192.0.2.9", "x": NaN}',
    b'{"clientName": "c1", "ip": "192.0.2.9", "x": Infinity}',
    b'{"clientName": "c1", "ip": "192.0.2.9", "x": -Infinity}',
    b'{"clientName": "c1", "ip": "192.0.2.9", "x": 1e999}',
    b'{"clientName": "c1", "ip": "192.0.2.9", "x": -1e400}',
    b'{"clientName": "c1", "ip": "192.0.2.9", "x": ' + b"9" * 5000 + b"}",
]


@pytest.mark.parametrize(
    "body",
    NON_STANDARD_JSON,
    ids=["NaN", "Infinity", "-Infinity", "1e999", "-1e400", "5000-digits"],
)
def test_non_standard_json_is_refused(
    client: httpx.Client, control: ControlClient, body: bytes
) -> None:
    before = control.snapshot()
    r = client.post("/api/lunasa/ntls/clients", content=body, headers=JSON)
    _refused(r, control, before, client)


def test_non_standard_json_is_not_stored_through_a_document_resource(
    client: httpx.Client, control: ControlClient
) -> None:
    before = control.snapshot()
    r = client.put("/api/lunasa/webServer/blocklist", content=b'{"severity": NaN}', headers=JSON)
    _refused(r, control, before, client)
    assert "NaN" not in client.get("/api/lunasa/webServer/blocklist").text


@pytest.mark.parametrize(
    ("method", "url", "body"),
    [
        ("POST", "/users", b"{not json"),
        ("POST", "/users", b'{"userId": "x", "password": NaN}'),
        ("PUT", "/api/lunasa/webServer/blocklist", b"[" * 100),
        ("POST", "/api/lunasa/hsms/151256/partitions", b"\x00\xff"),
    ],
)
def test_a_monitor_gets_401_before_its_body_is_read(
    served: RunningEmulator, control: ControlClient, method: str, url: str, body: bytes
) -> None:
    """Who may ask comes before what is asked: a monitor's bad body to an admin-only
    operation is refused as the monitor's, not as a bad body (defect 11)."""
    control.reset()
    before = control.snapshot()
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    with httpx.Client(base_url=served.url, verify=verify, auth=MONITOR, timeout=30) as monitor:
        r = monitor.request(method, url, content=body, headers=JSON)
        _refused(r, control, before, monitor, status=401, error_id="FRAMEWORK_NO_ACL_RULE")


def test_a_monitor_sending_a_large_body_is_refused_from_its_headers(
    served: RunningEmulator, control: ControlClient
) -> None:
    control.reset()
    before = control.snapshot()
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    with httpx.Client(base_url=served.url, verify=verify, auth=MONITOR, timeout=30) as monitor:
        r = monitor.post("/users", content=b" " * (900 << 10), headers=JSON)
        _refused(r, control, before, monitor, status=401, error_id="FRAMEWORK_NO_ACL_RULE")


@pytest.mark.parametrize(
    "content_type",
    [
        "Application/VND.SafeNetInc.LunaSA+JSON;Version=17",
        "APPLICATION/VND.SAFENETINC.LUNASA+JSON; VERSION=17",
        "application/vnd.safenetinc.lunasa+Json",
    ],
)
def test_vendor_media_types_are_matched_case_insensitively(
    client: httpx.Client, content_type: str
) -> None:
    r = client.post(
        "/api/lunasa/ntls/clients",
        json={"clientName": "cased", "ip": "192.0.2.77"},
        headers={"Content-Type": content_type},
    )
    assert r.status_code == 200, r.text
    assert client.get("/api/lunasa/ntls/clients/cased").json()["ip"] == "192.0.2.77"


@pytest.mark.parametrize(
    ("method", "url", "body"),
    [
        ("POST", "/users", {"userId": "shorty", "password": "Sh0rt!", "role": "operator"}),
        ("POST", "/users", {"userId": "longy", "password": "S3cret!" * 60, "role": "operator"}),
        ("POST", "/users", {"userId": "typed", "password": 12345678901, "role": "operator"}),
        (
            "POST",
            "/users/admin/actions/changePassword",
            {"currentPassword": "Sh0rt!", "password": "Sh0rt!"},
        ),
        ("POST", "/auth/login/basic", {"challengeResponse": "Sh0rt!"}),
    ],
    ids=["too-short", "too-long", "not-a-string", "change-password", "challenge-response"],
)
def test_a_rejected_credential_is_never_echoed(
    client: httpx.Client, control: ControlClient, method: str, url: str, body: dict[str, object]
) -> None:
    before = control.snapshot()
    r = client.request(method, url, json=body, headers=JSON)
    answer = _refused(r, control, before, client, error_id=None)
    for value in body.values():
        secret = str(value)
        if value is body.get("password") or value is body.get("challengeResponse"):
            assert secret not in r.text, answer
            assert secret[:6] not in r.text, answer


def test_a_credential_inside_a_refused_object_is_never_echoed(
    client: httpx.Client, control: ControlClient
) -> None:
    before = control.snapshot()
    # the wrong type for the whole body: the validator's message would quote the object
    r = client.post("/users", content=b'[{"password": "Sh0rt!xyz"}]', headers=JSON)
    _refused(r, control, before, client)
    assert "Sh0rt!xyz" not in r.text


def test_oversized_headers_get_the_appliance_answer(
    client: httpx.Client, control: ControlClient
) -> None:
    before = control.snapshot()
    r = client.get("/api/lunasa/ntls/clients", headers={"X-Filler": "a" * (20 << 10)})
    _refused(r, control, before, client)
    many = {f"X-Filler-{i}": "b" * 100 for i in range(300)}
    r = client.get("/api/lunasa/ntls/clients", headers=many)
    _refused(r, control, before, client)


def test_headers_past_the_servers_limit_close_the_connection(
    client: httpx.Client, control: ControlClient
) -> None:
    before = control.snapshot()
    try:
        r = client.get("/api/lunasa/ntls/clients", headers={"X-Filler": "a" * (400 << 10)})
        assert 400 <= r.status_code < 500
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
        pass  # closed before (or instead of) an answer: h11's own limit
    assert control.snapshot() == before
    assert client.get("/api/lunasa").status_code == 200


def test_ten_thousand_query_parameters(client: httpx.Client, control: ControlClient) -> None:
    before = control.snapshot()
    query = "&".join(f"{i:x}" for i in range(10_000))  # 10,000 names (httpx allows 64 KiB)
    r = client.get(f"/api/lunasa/ntls/clients?{query}")
    _refused(r, control, before, client)
    r = client.get("/users?" + "&".join(["limit"] * 10_000))
    _refused(r, control, before, client)


@pytest.mark.parametrize(
    ("method", "url", "body"),
    [
        ("GET", "/users?limit=1%00", None),
        ("GET", "/users/admin%00", None),
        ("DELETE", "/users/victim%00", None),
        ("POST", "/api/lunasa/ntls/clients", b'{"clientName": "a\\u0000b", "ip": "192.0.2.9"}'),
        ("POST", "/api/lunasa/ntls/clients", b'{"clientName": "ab", "ip": "192.0.2.9"}\x00'),
        ("POST", "/api/lunasa/ntls/clients", b'\x00{"clientName": "ab", "ip": "192.0.2.9"}'),
    ],
    ids=["query", "path", "delete-path", "json-string", "after-json", "before-json"],
)
def test_nul_bytes(
    client: httpx.Client, control: ControlClient, method: str, url: str, body: bytes | None
) -> None:
    before = control.snapshot()
    r = client.request(method, url, content=body, headers=JSON)
    assert 400 <= r.status_code < 500, r.text
    _refused(r, control, before, client, status=r.status_code, error_id=None)
    assert client.get("/users/victim").status_code == 200


TRAVERSALS = [
    "../../etc/passwd.txt",
    "..\\..\\windows\\win.txt",
    "/etc/passwd.txt",
    "....//....//x.txt",
    "..%2F..%2Fx.txt",
    "%2e%2e%2fx.txt",
    "%252e%252e%252fx.txt",
    "..%5c..%5cx.txt",
    "%c0%ae%c0%ae%c0%afx.txt",
    "\u2025/x.txt",  # two-dot leader
    "\uff0e\uff0e\uff0fx.txt",  # fullwidth ../
    "..\u2215x.txt",  # division slash
    "..\x00/x.txt",
    ".hidden.txt",
]


def _upload(client: httpx.Client, filename: str) -> httpx.Response:
    request = client.build_request(
        "POST", "/users/admin/files", files={"file": (filename, b"payload")}
    )
    boundary = request.headers["Content-Type"].split("boundary=", 1)[1]
    request.headers["Content-Type"] = f"{luna_spec.VENDOR_MULTIPART}; boundary={boundary}"
    return client.send(request)


@pytest.mark.parametrize("name", TRAVERSALS)
def test_path_traversal_in_an_uploaded_file_name(
    client: httpx.Client, control: ControlClient, name: str
) -> None:
    before = control.snapshot()
    r = _upload(client, name)
    assert 400 <= r.status_code < 500, r.text
    _refused(r, control, before, client, status=r.status_code, error_id=None)
    assert client.get("/users/admin/files").json()["files"] == []


@pytest.mark.parametrize(
    "encoded",
    [
        "..%2F..%2Fetc%2Fpasswd",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "%252e%252e%252fpasswd",
        "..%5c..%5cpasswd.txt",
        "%c0%ae%c0%ae%c0%afpasswd",
        "%EF%BC%8E%EF%BC%8E%EF%BC%8Fpasswd.txt",
        "..%00.txt",
    ],
)
def test_path_traversal_in_a_file_url(
    client: httpx.Client, control: ControlClient, encoded: str
) -> None:
    assert _upload(client, "kept.txt").status_code == 204
    before = control.snapshot()
    for method in ("GET", "DELETE"):
        for url in (f"/users/admin/files/{encoded}", f"/users/admin/files/{encoded}/download"):
            r = client.request(method, url)
            assert 400 <= r.status_code < 500, (method, url, r.text)
            _refused(r, control, before, client, status=r.status_code, error_id=None)
    assert [f["id"] for f in client.get("/users/admin/files").json()["files"]] == ["kept.txt"]


# ---- the control API (defect 3)


def test_the_control_api_refuses_bad_clock_input_and_reset_cures_the_clock(
    client: httpx.Client, served: RunningEmulator
) -> None:
    for raw in (
        b'{"seconds": NaN}',
        b'{"seconds": Infinity}',
        b'{"seconds": -Infinity}',
        b'{"seconds": 1e999}',
        b'{"seconds": -5}',
        b'{"seconds": 1e300}',
        b'{"seconds": "ten"}',
        b'{"seconds": true}',
        b"{}",
        b"[1]",
        b"{not json",
    ):
        r = client.post("/_emulator/clock/advance", content=raw)
        assert r.status_code == 400, (raw, r.text)
    with ControlClient.for_running(served) as control:
        assert control.state()["clockOffset"] == 0
        assert client.get("/api/lunasa/time").status_code == 200
        control.advance_clock(86400)
        assert control.state()["clockOffset"] == 86400
        control.reset()
        assert control.state()["clockOffset"] == 0
    assert client.get("/api/lunasa/time").status_code == 200


@pytest.mark.parametrize(
    ("path", "raw"),
    [
        ("/tasks/progress", b'{"mode": "seconds", "seconds": NaN}'),
        ("/tasks/progress", b'{"mode": "seconds", "seconds": -1}'),
        ("/tasks/progress", b'{"mode": "whenever"}'),
        ("/faults", b'[{"pattern": "(", "status": 500}]'),
        ("/faults", b'[{"pattern": "x", "latency": Infinity}]'),
        ("/faults", b'[{"pattern": "x", "latency": 100000}]'),
        ("/faults", b'[{"pattern": "x", "headers": {"X-A": "b\\r\\nSet-Cookie: y"}}]'),
        ("/faults", b'[{"pattern": "x", "headers": {"X A": "b"}}]'),
    ],
)
def test_the_control_api_validates_its_input(
    client: httpx.Client, control: ControlClient, path: str, raw: bytes
) -> None:
    method = "PUT"
    r = client.request(method, f"/_emulator{path}", content=raw)
    assert r.status_code == 400, r.text
    assert client.get("/api/lunasa/time").status_code == 200
    assert control.requests()[-1]["path"] == "/api/lunasa/time"  # no fault took hold


def test_a_control_body_is_bounded(client: httpx.Client, control: ControlClient) -> None:
    before = control.snapshot()
    r = client.put("/_emulator/faults", content=b"[" + b'{"pattern":"x"},' * 200_000 + b"{}]")
    assert r.status_code == 413, r.text
    assert control.snapshot() == before


def test_the_control_token() -> None:
    from luna_emulator.server import serve_in_thread

    with serve_in_thread(control_token="t0ken-for-this-test") as running:
        verify = ssl.create_default_context(cafile=str(running.ca_file))
        with httpx.Client(base_url=running.url, verify=verify, timeout=30) as raw:
            for headers in ({}, {"X-Luna-Emulator-Token": "wrong"}, {"Authorization": "Bearer x"}):
                r = raw.post("/_emulator/reset", json={"hsmSerial": 7}, headers=headers)
                assert r.status_code == 401, r.text
                assert raw.get("/_emulator/state", headers=headers).status_code == 401
                r = raw.post("/_emulator/clock/advance", json={"seconds": 60}, headers=headers)
                assert r.status_code == 401
        assert running.control_token == "t0ken-for-this-test"
        with ControlClient.for_running(running) as control:  # picks the token up
            state = control.state()
            assert state["hsm"]["serial"] == 151256  # the refused reset changed nothing
            assert state["clockOffset"] == 0
            control.reset(hsm_serial=7)
            assert control.state()["hsm"]["serial"] == 7


@pytest.mark.parametrize(
    "body",
    [
        {"blocklist": {"severity": "high"}},
        {"blocklist": {"maxInfractionCount": 5}},
        {"users": {"x": {"password": "p"}}},
        {"users": ["admin"]},
        {"hsmSerial": -1},
        {"hsmSerial": 1e300},
    ],
)
def test_a_refused_reset_changes_nothing(
    client: httpx.Client, control: ControlClient, body: dict[str, object]
) -> None:
    before = control.snapshot()
    assert client.post("/_emulator/reset", json=body).status_code == 400
    assert control.snapshot() == before
    assert client.get("/users/victim").status_code == 200
