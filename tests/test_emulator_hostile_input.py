"""Hostile input over HTTPS: ids with control characters are refused, never normalised into
another id, and bodies nested too deeply or holding lone surrogates get the appliance's
bad-request answer (never a 500), changing nothing."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest

from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

from .conftest import ADMIN, JSON


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
