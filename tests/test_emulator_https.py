"""The served emulator over real HTTPS: TLS, the certificate a client trusts, a workflow."""

from __future__ import annotations

import ssl

import httpx
import pytest

from .conftest import HSM, JSON


def test_tls_verification_needs_the_emulator_certificate(served) -> None:  # type: ignore[no-untyped-def]
    with httpx.Client(base_url=served.url) as client, pytest.raises(httpx.ConnectError):
        client.get("/api/lunasa/hsms")
    ctx = ssl.create_default_context(cafile=str(served.ca_file))
    with httpx.Client(base_url=served.url, verify=ctx) as client:
        assert client.get("/api/lunasa/hsms").status_code == 401


def test_hsm_and_partition_setup_over_https(https: httpx.Client) -> None:
    """Guide ch. 3: session, initialize the HSM, SO login, create a partition."""
    # commonly tasked resources answer with tasks, as on a PED HSM
    assert https.put("/_emulator/tasks/progress", json={"usuallyTasked": True}).status_code == 204
    assert https.post("/auth/session", json={}, headers=JSON).status_code == 204
    https.auth = None  # from here on, only the session cookie
    r = https.put(
        f"/api/lunasa/hsms/{HSM}",
        headers=JSON,
        json={
            "label": "myHSM",
            "password": "Sopass123!",
            "defaultDomain": False,
            "domain": "mydomain",
        },
    )
    assert r.status_code == 202
    assert https.post(
        f"/_emulator/tasks/{r.headers['Location'].rsplit('/', 1)[1]}/complete"
    ).is_success
    r = https.post(
        f"/api/lunasa/hsms/{HSM}/login",
        headers=JSON,
        json={"ped": "0", "password": "Sopass123!", "role": "so"},
    )
    assert r.status_code == 204
    r = https.post(
        f"/api/lunasa/hsms/{HSM}/partitions",
        headers=JSON,
        json={"name": "123", "allStorageSpace": False, "hasPso": True, "size": 20480},
    )
    assert r.status_code == 202
    task = r.headers["Location"]
    while (t := https.get(task)).status_code == 200:
        pass
    assert t.status_code == 303
    assert t.json()["state"] == "Finished"
    partitions = https.get(f"/api/lunasa/hsms/{HSM}/partitions").json()["partitions"]
    assert len(partitions) == 1
    assert https.get(partitions[0]["url"]).json()["name"] == "123"


def test_ntls_client_partition_connection_over_https(https: httpx.Client) -> None:
    """Guide ch. 3, NTLS: register the client, restart NTLS, assign the partition, list."""
    r = https.put(
        f"/api/lunasa/hsms/{HSM}",
        headers=JSON,
        json={"label": "myHSM", "password": "Sopass123!", "domain": "mydomain"},
    )
    assert r.status_code == 204
    assert (
        https.post(
            f"/api/lunasa/hsms/{HSM}/login",
            headers=JSON,
            json={"ped": "0", "password": "Sopass123!", "role": "so"},
        ).status_code
        == 204
    )
    r = https.post(
        f"/api/lunasa/hsms/{HSM}/partitions",
        headers=JSON,
        json={"name": "p1", "allStorageSpace": False, "hasPso": True, "size": 20480},
    )
    partition = r.headers["Location"]
    assert https.get("/api/lunasa/ntls/clients").json()["clients"] == []
    r = https.post(
        "/api/lunasa/ntls/clients",
        headers=JSON,
        json={"ip": "1.2.3.4", "clientName": "testClient3"},
    )
    assert r.status_code == 200
    assert r.json() == {"client": "testClient3"}
    r = https.post("/api/lunasa/services/ntls/actions/restart", headers=JSON, json={})
    assert r.status_code in (202, 204)
    r = https.post(
        "/api/lunasa/ntls/clients/testClient3/links", headers=JSON, json={"url": partition}
    )
    assert r.status_code == 204
    link = https.get(r.headers["Location"]).json()
    assert link == {"url": partition, "type": "hsm/partition"}
    links = https.get("/api/lunasa/ntls/clients/testClient3/links").json()["links"]
    assert [x["url"] for x in links] == [r.headers["Location"]]
