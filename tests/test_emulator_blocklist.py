"""The web server's block list (guide ch. 6) in the emulator, with its worked example:
maxInfractionCount 5, timeoutStart 1, timeoutMultiplier 2 -> timeouts of 4 s, 32 s and
64 s. The emulator's clock is advanced instead of waiting."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import httpx
import pytest
from starlette.testclient import TestClient

from luna_emulator.control_client import ControlClient
from luna_emulator.http import DropConnection
from luna_emulator.server import serve_in_thread

from .conftest import ADMIN, JSON

URL = "/api/lunasa/webServer/blocklist"
EXAMPLE = {"maxInfractionCount": 5, "timeoutStart": 1, "timeoutMultiplier": 2}
PEER = "198.51.100.7"
BAD_PAYLOAD = b"{not json"


@pytest.fixture
def peer(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    """An admin client of the in-process emulator that connects from an IP address."""
    with TestClient(
        app, base_url="https://testserver", follow_redirects=False, client=(PEER, 40000)
    ) as client:
        client.auth = ADMIN
        yield client


def _counter(api: TestClient, ip: str = PEER) -> tuple[int, float] | None:
    """The block list's counter of ``ip`` (infractions it may still commit, timeout)."""
    c = ControlClient.over(api).state()["blocklist"].get(ip)
    return None if c is None else (c["budget"], c["timeout"])


def _advance(api: TestClient, seconds: float) -> None:
    ControlClient.over(api).advance_clock(seconds)


def _bad_request(client: TestClient) -> int | str:
    try:
        return client.put(URL, content=BAD_PAYLOAD, headers=JSON).status_code
    except DropConnection:
        return "dropped"


def test_a_fresh_emulator_has_the_guides_default_block_list(
    api: TestClient, peer: TestClient
) -> None:
    # severity 50, the guide's default (ch. 6): (10, 1, 2) in the emulator's mapping
    assert api.get(URL).json() == {
        "maxInfractionCount": 10,
        "timeoutStart": 1,
        "timeoutMultiplier": 2,
        "actions": "/api/lunasa/webServer/actions",
    }
    assert [_bad_request(peer) for _ in range(12)] == [400] * 10 + ["dropped"] * 2


def test_severity_sets_the_attributes(api: TestClient) -> None:
    for severity, expected in ((50, (10, 1, 2.0)), (100, (5, 2, 3.0)), (1, (15, 1, 1.02))):
        assert api.put(URL, json={"severity": severity}, headers=JSON).status_code == 204
        got = api.get(URL).json()
        assert (got["maxInfractionCount"], got["timeoutStart"], got["timeoutMultiplier"]) == (
            expected
        )
    assert api.patch(URL, json={"maxInfractionCount": 100}, headers=JSON).status_code == 204
    assert api.get(URL).json()["maxInfractionCount"] == 100
    assert api.get(URL).json()["timeoutMultiplier"] == 1.02  # PATCH kept the others
    assert api.put(URL, json={"severity": 0}, headers=JSON).status_code == 204
    assert api.get(URL).json()["maxInfractionCount"] == 0


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"severity": 50, "timeoutStart": 3},
        {"maxInfractionCount": 5},  # a PUT replaces all three
        {"maxInfractionCount": 5, "timeoutStart": 1, "timeoutMultiplier": 0.5},
        {"maxInfractionCount": -1, "timeoutStart": 1, "timeoutMultiplier": 2},
        {"severity": 101},
    ],
)
def test_bad_settings_are_refused(api: TestClient, body: dict[str, int]) -> None:
    r = api.put(URL, json=body, headers=JSON)
    assert r.status_code == 400
    assert api.get(URL).json()["maxInfractionCount"] == 10  # the default, unchanged


def test_the_guide_worked_example(app, api: TestClient, peer: TestClient) -> None:  # type: ignore[no-untyped-def]
    assert api.put(URL, json=EXAMPLE, headers=JSON).status_code == 204
    assert api.get(URL).json()["maxInfractionCount"] == 5

    # a bad login credential is 2 infractions: 5 -> 3, timeout 1 * 2^2 = 4 s
    assert peer.get("/api/lunasa/hsms", auth=("admin", "wrong")).status_code == 401
    assert _counter(api) == (3, 4)
    _advance(api, 3.9)
    assert peer.get("/api/lunasa").status_code == 200
    assert _counter(api) == (3, 4)
    _advance(api, 0.1)  # 4 s: back to 4
    assert peer.get("/api/lunasa").status_code == 200
    assert _counter(api) == (4, 4)
    _advance(api, 4)  # 4 s more: back to 5, the timeout resets to timeoutStart
    assert peer.get("/api/lunasa").status_code == 200
    assert _counter(api) is None

    # ten bad requests: five come through, then the client is blocked for 1 * 2^5 = 32 s
    assert [_bad_request(peer) for _ in range(10)] == [400] * 5 + ["dropped"] * 5
    assert _counter(api) == (0, 32)
    _advance(api, 31.9)
    assert _bad_request(peer) == "dropped"
    _advance(api, 0.1)
    assert peer.get("/api/lunasa").status_code == 200  # infraction count back at 1
    assert _counter(api) == (1, 32)

    # one more bad request: blocked for 32 * 2^1 = 64 s
    assert _bad_request(peer) == 400
    assert _counter(api) == (0, 64)
    _advance(api, 63.9)
    with pytest.raises(DropConnection):
        peer.get("/api/lunasa")
    _advance(api, 0.1)
    assert peer.get("/api/lunasa").status_code == 200
    # other clients were never affected; the lunalog log tells the story
    assert api.get("/api/lunasa").status_code == 200
    log = api.get("/api/lunasa/syslog/logs/lunalog").content.decode()
    assert f"client {PEER} blocklisted for 32 s" in log
    assert f"client {PEER} blocklisted for 64 s" in log


def test_changing_the_settings_forgets_the_counters(app, api: TestClient, peer: TestClient) -> None:  # type: ignore[no-untyped-def]
    api.put(URL, json=EXAMPLE, headers=JSON)
    assert [_bad_request(peer) for _ in range(6)] == [400] * 5 + ["dropped"]
    assert api.patch(URL, json={"timeoutStart": 2}, headers=JSON).status_code == 204
    assert _bad_request(peer) == 400
    assert _counter(api) == (4, 4)


def test_reset_clears_the_block_list_and_can_seed_it(
    app, api: TestClient, peer: TestClient
) -> None:  # type: ignore[no-untyped-def]
    api.put(URL, json=EXAMPLE, headers=JSON)
    assert [_bad_request(peer) for _ in range(6)][-1] == "dropped"
    assert api.post("/_emulator/reset", json={}).status_code == 204
    assert api.get(URL).json()["maxInfractionCount"] == 10  # back to the default, counters gone
    assert _bad_request(peer) == 400
    r = api.post("/_emulator/reset", json={"blocklist": {"severity": 0}})
    assert r.status_code == 204
    assert api.get(URL).json()["maxInfractionCount"] == 0
    r = api.post("/_emulator/reset", json={"blocklist": {"severity": 50}})
    assert r.status_code == 204
    assert api.get(URL).json()["maxInfractionCount"] == 10
    r = api.post("/_emulator/reset", json={"blocklist": {"severity": "high"}})
    assert r.status_code == 400


DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)  # closed, or reset, without an answer


def _refused(client: httpx.Client, method: str, url: str, **kwargs: object) -> bool:
    """Whether the emulator dropped the connection without a byte of answer (any answer,
    a bare 500 included, is not a drop)."""
    try:
        client.request(method, url, **kwargs)  # type: ignore[arg-type]
    except DROPPED:
        return True
    return False


def test_the_worked_example_over_https(https: httpx.Client) -> None:
    assert https.post("/_emulator/reset", json={"blocklist": EXAMPLE}).status_code == 204
    r = https.get("/api/lunasa/hsms", auth=("admin", "wrong"))
    assert r.status_code == 401
    outcomes = []
    for _ in range(10):
        if _refused(https, "PUT", URL, content=BAD_PAYLOAD, headers=JSON):
            outcomes.append("refused")
        else:
            outcomes.append("answered")
    # 2 infractions for the bad login: three bad payloads get through
    assert outcomes == ["answered"] * 3 + ["refused"] * 7
    assert https.post("/_emulator/clock/advance", json={"seconds": 31}).status_code == 204
    assert _refused(https, "GET", "/api/lunasa")
    assert https.post("/_emulator/clock/advance", json={"seconds": 1}).status_code == 204
    assert https.get("/api/lunasa").status_code == 200
    assert not _refused(https, "PUT", URL, content=json.dumps({"severity": 500}), headers=JSON)
    assert https.post("/_emulator/clock/advance", json={"seconds": 63}).status_code == 204
    assert _refused(https, "GET", "/api/lunasa")
    assert https.post("/_emulator/clock/advance", json={"seconds": 1}).status_code == 204
    assert https.get("/api/lunasa").status_code == 200


def test_a_blocked_client_is_dropped_at_every_request_over_https(https: httpx.Client) -> None:
    assert https.post("/_emulator/reset", json={"blocklist": EXAMPLE}).status_code == 204
    for _ in range(5):
        assert https.put(URL, content=BAD_PAYLOAD, headers=JSON).status_code == 400
    # blocked: whatever it asks, with or without a body, on a fresh connection or not
    for method, url, body in [
        ("GET", "/api/lunasa", None),
        ("GET", "/api/lunasa/hsms", None),
        ("PUT", URL, json.dumps(EXAMPLE).encode()),
        ("POST", "/api/lunasa/ntls/clients", b"x" * 100_000),
        ("GET", "/no/such/resource", None),
    ]:
        with pytest.raises(DROPPED):
            https.request(method, url, content=body, headers=JSON)
    log = https.get("/_emulator/requests").json()
    assert [e["status"] for e in log] == [400] * 5  # the dropped ones were never answered
    assert https.post("/_emulator/clock/advance", json={"seconds": 32}).status_code == 204
    assert https.get("/api/lunasa").status_code == 200


# ---- injected drops (PUT /_emulator/faults {drop: true}) take the same way out ----------
def test_an_injected_drop_closes_the_connection_without_an_answer(https: httpx.Client) -> None:
    fault = {"pattern": "^/api/lunasa/hsms$", "drop": True, "count": 2}
    assert https.put("/_emulator/faults", json=fault).status_code == 204
    for _ in range(2):
        with pytest.raises(DROPPED):
            https.get("/api/lunasa/hsms")
    assert https.get("/api/lunasa/hsms").status_code == 200  # the fault is used up
    assert https.put("/_emulator/faults", json={"pattern": "ntls", "drop": True}).status_code == 204
    with pytest.raises(DROPPED):
        https.post("/api/lunasa/ntls/clients", json={"clientName": "c", "ip": "10.1.1.1"})
    assert https.get("/api/lunasa").status_code == 200  # other resources answer as usual
    assert https.delete("/_emulator/faults").status_code == 204
    assert https.get("/api/lunasa/ntls/clients").json() == {"clients": []}  # it never ran


def test_an_injected_drop_over_plain_http_and_with_an_async_client() -> None:
    async def attempt(url: str) -> type[BaseException] | int:
        async with httpx.AsyncClient(base_url=url, auth=ADMIN) as c:
            fault = {"pattern": "^/api/lunasa$", "drop": True}
            assert (await c.put("/_emulator/faults", json=fault)).status_code == 204
            try:
                return (await c.get("/api/lunasa")).status_code
            except DROPPED as exc:
                return type(exc)

    with serve_in_thread(tls=False) as plain:
        outcome = asyncio.run(attempt(plain.url))
    assert outcome in DROPPED
