"""Action lists and the appliance actions over HTTPS, and the services listing's fields.

The lists answer the action ids the spec declares on the ``POST .../actions/{actionid}``
beside them (read from the spec here too, never retyped); the appliance actions follow
the v17 page and the guide's ch. 7 (reboot and powerOff end every session)."""

from __future__ import annotations

import ssl

import httpx
from cryptography import x509
from cryptography.x509.oid import NameOID

import luna_spec
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

from .conftest import HSM, JSON
from .test_emulator_services import init_hsm_and_login_so, service_action

SPEC_ACTIONS = {
    path: op.get("x-luna-actions", [])
    for method, path, op in luna_spec.iter_operations()
    if method.lower() == "post" and path.endswith("/actions/{actionid}")
}


def _ids(client: httpx.Client, url: str) -> list[str]:
    r = client.get(url)
    assert r.status_code == 200, r.text
    actions = r.json()["actions"]
    assert all(a["url"] == f"{url}/{a['id']}" for a in actions)
    return [a["id"] for a in actions]


def test_each_action_list_names_the_actions_its_post_declares(https: httpx.Client) -> None:
    lists = {
        "/api/lunasa/actions": "/api/lunasa/actions/{actionid}",
        f"/api/lunasa/hsms/{HSM}/actions": "/api/lunasa/hsms/{hsmid}/actions/{actionid}",
        f"/api/lunasa/hsms/{HSM}/tamper/actions": (
            "/api/lunasa/hsms/{hsmid}/tamper/actions/{actionid}"
        ),
        "/api/lunasa/user/config/password/actions": (
            "/api/lunasa/user/config/password/actions/{actionid}"
        ),
        "/api/lunasa/snmp/traps/actions": "/api/lunasa/snmp/traps/actions/{actionid}",
    }
    for url, post in lists.items():
        assert _ids(https, url) == SPEC_ACTIONS[post], url
        assert SPEC_ACTIONS[post]  # each of these has actions
    assert "reboot" in SPEC_ACTIONS["/api/lunasa/actions/{actionid}"]
    # no action operation beside these: empty lists
    for url in ("/api/lunasa/webServer/actions", "/api/lunasa/user/config/login/actions"):
        assert _ids(https, url) == []
    missing = https.get("/api/lunasa/hsms/42/actions")
    assert missing.status_code == 404
    assert missing.json()["id"] == "HSMPLUGIN_INVALID_HSM"


def test_an_ntls_clients_action_list_needs_the_client(https: httpx.Client) -> None:
    r = https.get("/api/lunasa/ntls/clients/nobody/actions")
    assert r.status_code == 404
    assert r.json()["id"] == "NTLS_NO_CLIENT"
    client = {"clientName": "client1", "ip": "192.168.0.50"}
    assert https.post("/api/lunasa/ntls/clients", json=client, headers=JSON).status_code == 200
    assert _ids(https, "/api/lunasa/ntls/clients/client1/actions") == []


def test_the_services_listing_says_what_runs_and_what_starts_on_boot(
    https: httpx.Client,
) -> None:
    assert https.patch("/api/lunasa/services/snmp", json={"onBoot": True}, headers=JSON)
    service_action(https, "snmp", "start")
    listed = {s["id"]: s for s in https.get("/api/lunasa/services").json()["services"]}
    for name, item in listed.items():
        one = https.get(f"/api/lunasa/services/{name}").json()
        assert (item["status"], item["onBoot"]) == (one["status"], one["onBoot"]), name
    assert listed["snmp"]["status"] == "running"
    assert listed["snmp"]["onBoot"] is True
    assert listed["cbs"]["status"] == "stopped"


def test_a_reboot_ends_every_session_and_restarts_what_starts_on_boot(
    https: httpx.Client, served: RunningEmulator
) -> None:
    service_action(https, "snmp", "start")  # running, but not started on boot
    service_action(https, "ntp", "stop")  # stopped, but started on boot
    r = https.post("/auth/session", json={}, headers=JSON)
    assert r.status_code == 204, r.text
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    with httpx.Client(base_url=served.url, verify=verify, cookies=r.cookies) as session:
        assert session.get("/api/lunasa").status_code == 200
        r = https.post("/api/lunasa/actions/reboot", json={}, headers=JSON)
        assert r.status_code == 204, r.text
        assert session.get("/api/lunasa").status_code == 401  # the session ended
    status = {s["id"]: s["status"] for s in https.get("/api/lunasa/services").json()["services"]}
    assert status["snmp"] == "stopped"
    assert status["ntp"] == "running"
    assert status["webserver"] == "running"

    r = https.post("/api/lunasa/actions/explode", json={}, headers=JSON)
    assert r.status_code == 404
    assert r.json()["id"] == "APPLIANCE_ACTION_DOES_NOT_EXIST"


def test_power_off_stops_every_service(https: httpx.Client) -> None:
    assert https.post("/api/lunasa/actions/powerOff", json={}, headers=JSON).status_code == 204
    status = {s["id"]: s["status"] for s in https.get("/api/lunasa/services").json()["services"]}
    assert set(status.values()) == {"stopped"}


def test_regenerate_certificate_makes_one_for_the_address(
    https: httpx.Client, served: RunningEmulator
) -> None:
    body = {"address": "hsm1.example.com", "days": 30, "startDate": "2030-01-02"}
    r = https.post("/api/lunasa/actions/regenerateCertificate", json=body, headers=JSON)
    assert r.status_code == 204, r.text
    with ControlClient.for_running(served) as control:
        pem = control.snapshot()["state"]["appliance"]["webserver_certificate"]
        cert = x509.load_pem_x509_certificate(pem.encode())
        cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
        assert cn == "hsm1.example.com"
        assert cert.not_valid_before_utc.date().isoformat() == "2030-01-02"
        assert (cert.not_valid_after_utc - cert.not_valid_before_utc).days == 30

        control.reset(force_so_login=True)
        r = https.post("/api/lunasa/actions/regenerateCertificate", json={}, headers=JSON)
        assert r.status_code == 400
        assert r.json()["id"] == "APPLIANCE_REQUIRE_SO_LOGIN"
        assert control.snapshot()["state"]["appliance"]["webserver_certificate"] == ""
        init_hsm_and_login_so(https)
        r = https.post("/api/lunasa/actions/regenerateCertificate", json={}, headers=JSON)
        assert r.status_code == 204, r.text
        assert control.snapshot()["state"]["appliance"]["webserver_certificate"]
