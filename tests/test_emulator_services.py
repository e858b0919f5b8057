"""Appliance services in the emulator: services and their actions, web server, SSH,
network, NTP and time, the NTLS service (configuration, certificates, client DN),
configuration backups and restore, packages and upgrades."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from starlette.testclient import TestClient

import luna_spec

from .conftest import HSM, JSON

Client = TestClient | httpx.Client
OCTET = {"Content-Type": luna_spec.VENDOR_OCTET_STREAM}


# ---- helpers (the SNMP/syslog and block list tests use them too) -----------------
def new_rsa() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def certificate(
    subject_key: Any,
    cn: str,
    *,
    issuer: tuple[rsa.RSAPrivateKey, x509.Certificate] | None = None,
    ca: bool = False,
    days: int = 365,
    expired: bool = False,
) -> x509.Certificate:
    """A certificate for ``subject_key`` (a private or public key), self-signed unless
    ``issuer`` (key, certificate) signs it."""
    now = dt.datetime.now(dt.UTC)
    start = now - dt.timedelta(days=days + 10) if expired else now - dt.timedelta(minutes=5)
    public = subject_key.public_key() if hasattr(subject_key, "private_bytes") else subject_key
    signer, issuer_name = (issuer[0], issuer[1].subject) if issuer else (subject_key, name(cn))
    return (
        x509.CertificateBuilder()
        .subject_name(name(cn))
        .issuer_name(issuer_name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(signer, hashes.SHA256())
    )


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def upload(client: Client, filename: str, data: bytes, user: str = "admin") -> None:
    """Put a file in the user's file area (POST /users/{userid}/files, multipart)."""
    request = client.build_request("POST", f"/users/{user}/files", files={"file": (filename, data)})
    boundary = request.headers["Content-Type"].split("boundary=", 1)[1]
    request.headers["Content-Type"] = f"{luna_spec.VENDOR_MULTIPART}; boundary={boundary}"
    r = client.send(request)
    assert r.status_code == 204, r.text


def finish(client: Client, r: httpx.Response) -> dict[str, Any]:
    """The outcome of a request that may have been tasked: the task's response body
    (starting a Waiting task first), or the answer itself."""
    if r.status_code != 202:
        return r.json() if r.content else {}
    task = r.headers["Location"]
    if client.get(task).json()["state"] == "Waiting":
        assert client.post(f"{task}/actions/start", json={}, headers=JSON).status_code == 204
    for _ in range(20):
        t = client.get(task)
        if t.status_code == 303:
            body: dict[str, Any] = client.get(f"{task}/response").json()
            return body
    raise AssertionError(f"{task} never finished")


def init_hsm_and_login_so(client: Client) -> None:
    r = client.put(
        f"/api/lunasa/hsms/{HSM}",
        json={"label": "hsm1", "password": "Sopass123!", "domain": "mydomain"},
        headers=JSON,
    )
    finish(client, r)
    r = client.post(
        f"/api/lunasa/hsms/{HSM}/login",
        json={"password": "Sopass123!", "role": "so"},
        headers=JSON,
    )
    assert r.status_code == 204, r.text


def service_action(client: Client, service: str, action: str) -> dict[str, Any]:
    r = client.post(f"/api/lunasa/services/{service}/actions/{action}", json={}, headers=JSON)
    assert r.status_code == 202, r.text
    return finish(client, r)


# ---- services ---------------------------------------------------------------------
def test_services_start_stop_and_on_boot(api: TestClient) -> None:
    ids = [s["id"] for s in api.get("/api/lunasa/services").json()["services"]]
    assert {"ntls", "ntp", "snmp", "ssh", "syslog", "webserver"} <= set(ids)
    ntls = api.get("/api/lunasa/services/ntls").json()
    assert ntls["status"] == "running"
    assert ntls["actions"] == "/api/lunasa/services/ntls/actions"
    actions = api.get("/api/lunasa/services/ntls/actions").json()["actions"]
    assert [a["id"] for a in actions] == ["start", "stop", "restart"]

    assert service_action(api, "ntls", "stop") == {}
    assert api.get("/api/lunasa/services/ntls").json()["status"] == "stopped"
    service_action(api, "ntls", "start")
    assert api.get("/api/lunasa/services/ntls").json()["status"] == "running"

    r = api.patch("/api/lunasa/services/snmp", json={"onBoot": True}, headers=JSON)
    assert r.status_code == 200
    assert r.json() == {}
    assert api.get("/api/lunasa/services/snmp").json()["onBoot"] is True


def test_unknown_service_and_action(api: TestClient) -> None:
    r = api.get("/api/lunasa/services/nosuch")
    assert r.status_code == 404
    assert r.json()["id"] == "APPLIANCE_SERVICE_DOES_NOT_EXIST"
    r = api.patch("/api/lunasa/services/nosuch", json={"onBoot": True}, headers=JSON)
    assert r.json()["id"] == "APPLIANCE_SERVICE_DOES_NOT_EXIST"
    # the action is always tasked: the task ends in Error with the appliance's error
    assert service_action(api, "nosuch", "stop")["id"] == "APPLIANCE_SERVICE_DOES_NOT_EXIST"
    assert service_action(api, "ntls", "pause")["id"] == "APPLIANCE_SERVICE_ACTION_INVALID"
    assert service_action(api, "webserver", "stop")["id"] == "APPLIANCE_SERVICE_ACTION_FAILED"
    assert api.get("/api/lunasa/services/ntls").json()["status"] == "running"


# ---- web server -------------------------------------------------------------------
def test_web_server_config(api: TestClient) -> None:
    r = api.patch("/api/lunasa/webServer", json={"port": 9443, "netDevice": "eth0"}, headers=JSON)
    assert r.status_code == 204
    cfg = api.get("/api/lunasa/webServer").json()
    assert (cfg["port"], cfg["netDevice"]) == (9443, "eth0")
    r = api.patch("/api/lunasa/webServer", json={"netDevice": "eth9"}, headers=JSON)
    assert r.status_code == 400
    assert api.get("/api/lunasa/webServer").json()["netDevice"] == "eth0"


def test_web_server_csr_and_certificate(api: TestClient) -> None:
    r = api.get("/api/lunasa/webServer/config/csr")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.safenetinc.lunasa+octet-stream")
    csr = x509.load_pem_x509_csr(r.content)
    assert csr.is_signature_valid
    ca_key = new_rsa()
    ca = certificate(ca_key, "Test CA", ca=True)
    signed = certificate(csr.public_key(), "luna-emulator", issuer=(ca_key, ca))
    url = "/api/lunasa/webServer/config/certificate"
    assert api.put(url, content=pem(signed), headers=OCTET).status_code == 204

    r = api.put(url, content=b"not a certificate", headers=OCTET)
    assert r.status_code == 400
    assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    other = certificate(new_rsa(), "someone else")
    r = api.put(url, content=pem(other), headers=OCTET)
    assert r.status_code == 400
    assert "key" in r.json()["details"]


# ---- SSH ---------------------------------------------------------------------------
def test_ssh_config(api: TestClient) -> None:
    r = api.patch(
        "/api/lunasa/ssh",
        json={"port": 2222, "cipherList": "aes256-ctr:chacha20-poly1305@openssh.com"},
        headers=JSON,
    )
    assert r.status_code == 204
    cfg = api.get("/api/lunasa/ssh").json()
    assert cfg["port"] == 2222
    assert cfg["cipherList"] == "aes256-ctr:chacha20-poly1305@openssh.com"
    r = api.patch("/api/lunasa/ssh", json={"port": 80}, headers=JSON)  # 22 or 1024-65535
    assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    r = api.patch("/api/lunasa/ssh", json={"port": 8443}, headers=JSON)  # the web server's
    assert r.json()["id"] == "SSH_OPERATION_FAILED"
    r = api.patch("/api/lunasa/ssh", json={"cipherList": "rc4"}, headers=JSON)
    assert r.json()["id"] == "SSH_FAILED_TO_SET_CIPHERS"
    r = api.patch(
        "/api/lunasa/ssh",
        json={"isPasswordAuthenticationEnabled": False, "isKeyAuthenticationEnabled": False},
        headers=JSON,
    )
    assert r.json()["id"] == "SSH_OPERATION_FAILED"
    assert api.get("/api/lunasa/ssh").json()["port"] == 2222


# ---- network ---------------------------------------------------------------------
def test_network_hostname_devices_and_ping(api: TestClient) -> None:
    assert api.patch("/api/lunasa/network", json={"hostname": "hsm7"}, headers=JSON).is_success
    assert api.get("/api/lunasa/network").json()["hostname"] == "hsm7"
    r = api.patch("/api/lunasa/network", json={"hostname": "localhost"}, headers=JSON)
    assert r.json()["id"] == "APPLIANCE_INVALID_VALUE_SPECIFIED"

    devices = [d["id"] for d in api.get("/api/lunasa/network/devices").json()["devices"]]
    assert devices == ["bond0", "bond1", "eth0", "eth1", "eth2", "eth3"]
    url = "/api/lunasa/network/devices/eth1"
    assert api.get(url).json()["status"] == "down"
    body = {"ip": "10.1.2.3", "mask": 24, "gateway": "10.1.2.1"}
    assert api.put(f"{url}/ip4", json=body, headers=JSON).status_code == 204
    eth1 = api.get(url).json()
    assert (eth1["ip"], eth1["mask"], eth1["gateway"], eth1["status"]) == (
        "10.1.2.3",
        24,
        "10.1.2.1",
        "up",
    )
    outside = {"ip": "10.1.2.3", "mask": 24, "gateway": "10.9.9.1"}
    assert api.put(f"{url}/ip4", json=outside, headers=JSON).status_code == 400
    assert api.get("/api/lunasa/network/devices/eth7").json()["id"] == (
        "APPLIANCE_INTERFACE_DOES_NOT_EXIST"
    )
    # the device the REST API is bound to is changed from the serial console only
    api.patch("/api/lunasa/webServer", json={"netDevice": "eth1"}, headers=JSON)
    r = api.put(f"{url}/ip4", json=body, headers=JSON)
    assert r.status_code == 403
    assert r.json()["id"] == "OPERATION_RESTRICTED"

    ping = "/api/lunasa/network/actions/ping"
    assert api.post(ping, json={"address": "10.1.2.1"}, headers=JSON).json()["time"] > 0
    assert api.post(ping, json={"address": "192.0.2.1"}, headers=JSON).json()["time"] == 0
    r = api.post("/api/lunasa/network/actions/trace", json={"address": "x"}, headers=JSON)
    assert r.status_code == 404


# ---- NTP and time ----------------------------------------------------------------
def test_ntp_servers(api: TestClient) -> None:
    url = "/api/lunasa/ntp/servers"
    body = {"address": "example.com", "isPreferredServer": True, "protocolVersion": 4, "nts": True}
    r = api.post(url, json=body, headers=JSON)
    assert r.status_code == 204
    assert r.headers["Location"] == f"{url}/example.com"
    assert api.post(url, json=body, headers=JSON).status_code == 400  # already there
    r = api.post(url, json={"address": "1.2.3.4", "port": 4460}, headers=JSON)
    assert r.status_code == 400  # the NTS-KE port needs nts
    r = api.post(url, json={"address": "1.2.3.4", "nts": True, "protocolVersion": 3}, headers=JSON)
    assert r.status_code == 400
    server = api.get(f"{url}/example.com").json()
    assert (server["nts"], server["port"], server["isPreferredServer"]) == (True, 4460, True)
    assert [s["id"] for s in api.get(url).json()["servers"]] == ["example.com"]
    assert api.get("/api/lunasa/ntp/status").json()["synchronized"] is True
    assert api.delete(f"{url}/example.com").status_code == 204
    assert api.get(f"{url}/example.com").status_code == 404
    assert api.delete(f"{url}/example.com").status_code == 404


def test_time_and_ntp_synchronize(api: TestClient) -> None:
    r = api.patch(
        "/api/lunasa/time",
        json={"time": "15:00:00", "date": "2016-05-27", "timeZone": "EST"},
        headers=JSON,
    )
    assert r.status_code == 204
    now = api.get("/api/lunasa/time").json()
    assert (now["date"], now["time"][:5], now["timeZone"]) == ("2016-05-27", "15:00", "EST")
    assert api.patch("/api/lunasa/time", json={"timeZone": "Mars/Olympus"}, headers=JSON).is_error
    assert api.patch("/api/lunasa/time", json={"date": "2016-02-30"}, headers=JSON).is_error

    sync = "/api/lunasa/ntp/actions/synchronize"
    r = api.post(sync, json={"server": "1.2.3.12"}, headers=JSON)
    assert r.status_code == 409
    assert r.json()["id"] == "SYSCONF_CONFIG_NTP_SERVICE_RUNNING"
    service_action(api, "ntp", "stop")
    r = api.post(sync, json={"server": "1.2.3.12"}, headers=JSON)
    assert r.status_code == 200
    assert r.json()["offset"] > 300 * 86400  # the clock was ten years behind
    assert int(api.get("/api/lunasa/time").json()["date"][:4]) >= 2025
    assert api.post("/api/lunasa/ntp/actions/nudge", json={}, headers=JSON).status_code == 404


# ---- NTLS service -------------------------------------------------------------------
def test_ntls_config(api: TestClient) -> None:
    body = {
        "receiveTimeoutTimer": 30,
        "ipCheckEnabled": True,
        "cipherList": "TLS_AES_256_GCM_SHA384",
        "groupList": "x25519",
    }
    assert api.put("/api/lunasa/ntls", json=body, headers=JSON).status_code == 204
    assert api.get("/api/lunasa/ntls").json() == body


def test_ntls_certificate_replace_and_regenerate_are_protected(api: TestClient) -> None:
    url = "/api/lunasa/ntls/certificate"
    first = api.get(url).json()
    assert first["subject"] == "O=Thales,CN=luna-emulator"
    x509.load_pem_x509_certificate(first["certificate"].encode())

    new = certificate(new_rsa(), "ntls.example.com")
    r = api.put(url, content=pem(new), headers=OCTET)
    assert r.status_code == 202
    task = r.headers["Location"]
    assert api.get(task).json()["state"] == "Waiting"
    assert api.get(url).json()["fingerprint"] == first["fingerprint"]  # not yet
    assert finish(api, r) == {}
    assert api.get(url).json()["subject"] == "CN=ntls.example.com"

    upload(api, "server_signed.pem", b"garbage")
    r = api.put(url, json={"file": "server_signed.pem"}, headers=JSON)
    assert finish(api, r)["id"] == "NTLS_INVALID_CERTIFICATE"
    r = api.put(url, json={"file": "missing.pem"}, headers=JSON)
    assert finish(api, r)["id"] == "SERVERPLUGIN_FILEID_DOES_NOT_EXIST"
    upload(api, "old.pem", pem(certificate(new_rsa(), "old", expired=True)))
    r = api.put(url, json={"file": "old.pem"}, headers=JSON)
    assert finish(api, r)["id"] == "APPLIANCE_EXPIRED_CERT"

    r = api.patch(
        url, json={"cn": "hsm7.example.com", "days": 30, "subjectAltName": ["IP:10.0.0.1"]}
    )
    assert r.status_code == 400  # no vendor content type
    r = api.patch(
        url,
        json={"cn": "hsm7.example.com", "days": 30, "subjectAltName": ["IP:10.0.0.1"]},
        headers=JSON,
    )
    assert r.status_code == 202
    assert finish(api, r) == {}
    info = api.get(url).json()
    assert info["subject"] == "CN=hsm7.example.com"
    cert = x509.load_pem_x509_certificate(info["certificate"].encode())
    assert (cert.not_valid_after_utc - cert.not_valid_before_utc).days == 30
    sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert [str(ip) for ip in sans.get_values_for_type(x509.IPAddress)] == ["10.0.0.1"]


def test_ntls_client_certificate_and_dn(api: TestClient) -> None:
    clients = "/api/lunasa/ntls/clients"
    r = api.post(clients, json={"ip": "10.0.0.7", "clientName": "app1"}, headers=JSON)
    assert r.status_code == 200
    cert = pem(certificate(new_rsa(), "app1")).decode()
    r = api.put(f"{clients}/app1", json={"certificate": cert}, headers=JSON)
    assert r.status_code == 204
    upload(api, "app1.pem", cert.encode())
    assert api.put(f"{clients}/app1", json={"file": "app1.pem"}, headers=JSON).status_code == 204
    assert api.put(f"{clients}/app1", content=cert.encode(), headers=OCTET).status_code == 204
    r = api.put(f"{clients}/app1", content=b"nope", headers=OCTET)
    assert r.json()["id"] == "NTLS_INVALID_CERTIFICATE"
    r = api.put(f"{clients}/ghost", json={"certificate": cert}, headers=JSON)
    assert r.status_code == 404

    dn_url = f"{clients}/app1/dn"
    assert api.get(dn_url).json() == {"dn": ""}
    dn = "C=CA/ST=Ontario/L=Ottawa/O=My company/DC=thales/DC=com"
    assert api.put(dn_url, json={"dn": dn}, headers=JSON).status_code == 204
    assert api.get(dn_url).json() == {"dn": dn}
    r = api.put(dn_url, json={"dn": "FOO=bar"}, headers=JSON)
    assert r.status_code == 422
    assert r.json()["id"] == "NTLS_CLIENT_INVALID_DISTINGUISHED_NAME"
    assert api.delete(dn_url).status_code == 204
    r = api.delete(dn_url)
    assert (r.status_code, r.json()["id"]) == (404, "NTLS_CLIENT_NO_DN_FILTER_CONFIGURED")
    r = api.get(f"{clients}/ghost/dn")
    assert (r.status_code, r.json()["id"]) == (404, "NTLS_NO_CLIENT")


# ---- configuration backups --------------------------------------------------------
def _backups(client: Client) -> list[str]:
    return [b["id"] for b in client.get("/api/lunasa/config/backups").json()["backups"]]


def test_config_backup_restore_and_factory_reset(api: TestClient) -> None:
    assert api.get("/api/lunasa/config").json()["backups"] == "/api/lunasa/config/backups"
    assert api.post("/api/lunasa/config/backups", json={}, headers=JSON).status_code == 204
    [backup] = _backups(api)
    url = f"/api/lunasa/config/backups/{backup}"
    assert "ntp" in api.get(url).json()["services"]
    actions = api.get(f"{url}/actions").json()["actions"]
    assert [a["id"] for a in actions] == ["restore"]

    api.patch("/api/lunasa/network", json={"hostname": "changed"}, headers=JSON)
    api.post("/api/lunasa/ntp/servers", json={"address": "10.0.0.5"}, headers=JSON)
    restore = f"{url}/actions/restore"
    r = api.post(restore, json={"service": "ntp"}, headers=JSON)
    assert r.status_code == 204
    assert api.get("/api/lunasa/ntp/servers").json()["servers"] == []
    assert api.get("/api/lunasa/network").json()["hostname"] == "changed"  # not restored
    assert len(_backups(api)) == 2  # the configuration it replaced was kept

    r = api.post(restore, json={"service": "hsm"}, headers=JSON)
    assert r.json()["id"] == "SYSCONF_CONFIG_SERVICE_NAME_INVALID"
    r = api.post(f"{url}/actions/destroy", json={"service": "all"}, headers=JSON)
    assert r.status_code == 404

    r = api.post("/api/lunasa/config/factoryReset", json={"service": "network"}, headers=JSON)
    assert r.status_code == 204
    assert api.get("/api/lunasa/network").json()["hostname"] == "luna-emulator"
    assert api.delete(url).status_code == 204
    assert api.get(url).status_code == 404
    assert len(_backups(api)) == 1


def test_restoring_users_and_webserver(api: TestClient) -> None:
    api.put("/api/lunasa/webServer/blocklist", json={"severity": 80}, headers=JSON)
    api.post("/api/lunasa/config/backups", json={}, headers=JSON)
    [backup] = _backups(api)
    r = api.post(
        "/users",
        json={"userId": "later", "password": "Passw0rd!x", "role": "operator"},
        headers=JSON,
    )
    assert r.status_code == 204
    api.put("/api/lunasa/webServer/blocklist", json={"severity": 0}, headers=JSON)
    restore = f"/api/lunasa/config/backups/{backup}/actions/restore"
    assert api.post(restore, json={"service": "all"}, headers=JSON).status_code == 204
    assert "later" not in [u["id"] for u in api.get("/users").json()["users"]]
    assert api.get("/api/lunasa/webServer/blocklist").json()["maxInfractionCount"] == 7


def test_restoring_ntls_brings_back_its_clients(api: TestClient) -> None:
    clients = "/api/lunasa/ntls/clients"
    api.post(clients, json={"ip": "10.0.0.8", "clientName": "app2"}, headers=JSON)
    api.put(f"{clients}/app2/dn", json={"dn": "CN=app2"}, headers=JSON)
    api.post("/api/lunasa/config/backups", json={}, headers=JSON)
    [backup] = _backups(api)
    assert api.delete(f"{clients}/app2").status_code == 204
    restore = f"/api/lunasa/config/backups/{backup}/actions/restore"
    assert api.post(restore, json={"service": "ntls"}, headers=JSON).status_code == 204
    assert api.get(f"{clients}/app2").json()["ip"] == "10.0.0.8"
    assert api.get(f"{clients}/app2/dn").json() == {"dn": "CN=app2"}
    assert api.post("/api/lunasa/config/factoryReset", json={}, headers=JSON).status_code == 204
    assert api.get(clients).json()["clients"] == []
    r = api.post("/api/lunasa/config/factoryReset", json={"service": "users"}, headers=JSON)
    assert r.status_code == 400


def test_config_backup_round_trip_over_https(https: httpx.Client) -> None:
    """Back up, change several services, restore all, find the backed-up configuration."""
    assert https.post("/api/lunasa/config/backups", json={}, headers=JSON).status_code == 204
    [backup] = _backups(https)
    https.patch("/api/lunasa/network", json={"hostname": "elsewhere"}, headers=JSON)
    https.patch("/api/lunasa/ssh", json={"port": 2200}, headers=JSON)
    r = https.post(
        "/api/lunasa/snmp/users",
        json={
            "securityName": "restuser",
            "authenticationPassword": "password",
            "privacyPassword": "password",
        },
        headers=JSON,
    )
    assert r.status_code == 204
    r = https.post(
        f"/api/lunasa/config/backups/{backup}/actions/restore",
        json={"service": "all"},
        headers=JSON,
    )
    assert r.status_code == 204
    assert https.get("/api/lunasa/network").json()["hostname"] == "luna-emulator"
    assert https.get("/api/lunasa/ssh").json()["port"] == 22
    assert https.get("/api/lunasa/snmp/users").json()["users"] == []
    # restoring brought back the backup; the configuration it replaced is a new backup
    assert len(_backups(https)) == 2


# ---- packages and upgrades -------------------------------------------------------
def test_package_install(api: TestClient) -> None:
    upload(api, "lunasa_update-7.8.5-1.spkg", b"\x1f\x8bpackage")
    files = api.get("/api/lunasa/packageFiles").json()["packageFiles"]
    assert [f["id"] for f in files] == ["lunasa_update-7.8.5-1.spkg"]
    body = {"file": "lunasa_update-7.8.5-1.spkg", "authCode": "ABCDEFGH12345678"}
    r = api.post("/api/lunasa/packageFiles", json=body, headers=JSON)
    assert finish(api, r)["id"] == "APPLIANCE_REQUIRE_SO_LOGIN"
    r = api.post(
        "/api/lunasa/packageFiles", json={**body, "useEvp": True, "useDes3": True}, headers=JSON
    )
    assert finish(api, r)["id"] == "FRAMEWORK_BAD_REQUEST"
    r = api.post(
        "/api/lunasa/packageFiles",
        json={**body, "file": "missing.spkg", "useEvp": True},
        headers=JSON,
    )
    assert finish(api, r)["id"] == "SERVERPLUGIN_FILEID_DOES_NOT_EXIST"
    r = api.post(
        "/api/lunasa/packageFiles?VerifyOnly=true", json={**body, "useEvp": True}, headers=JSON
    )
    assert finish(api, r) == {}
    names = [p["name"] for p in api.get("/api/lunasa/packages").json()["packages"]]
    assert "lunasa_update" not in names
    r = api.post("/api/lunasa/packageFiles", json={**body, "useEvp": True}, headers=JSON)
    assert finish(api, r) == {}
    packages = {p["name"]: p for p in api.get("/api/lunasa/packages").json()["packages"]}
    assert packages["lunasa_update"]["version"] == "7.8.5-1"


def test_package_multipart_upload_needs_so(api: TestClient) -> None:
    init_hsm_and_login_so(api)
    request = api.build_request(
        "POST",
        "/api/lunasa/packageFiles",
        files={"file": ("tools-2.0.spkg", b"pkg")},
        data={"authCode": "ABCDEFGH12345678"},
    )
    boundary = request.headers["Content-Type"].split("boundary=", 1)[1]
    request.headers["Content-Type"] = f"{luna_spec.VENDOR_MULTIPART}; boundary={boundary}"
    assert finish(api, api.send(request)) == {}
    packages = {p["name"]: p for p in api.get("/api/lunasa/packages").json()["packages"]}
    assert packages["tools"]["version"] == "2.0"


def test_upgrades_need_the_so_and_apply_once(api: TestClient) -> None:
    upload(api, "capability.lic", b"LICENSE 1234")
    r = api.post("/api/lunasa/upgrades", json={"file": "capability.lic"}, headers=JSON)
    assert r.status_code == 202  # protected: Waiting until started
    assert finish(api, r)["id"] == "APPLIANCE_REQUIRE_SO_LOGIN"
    init_hsm_and_login_so(api)
    r = api.post("/api/lunasa/upgrades", json={"file": "missing.lic"}, headers=JSON)
    assert finish(api, r)["id"] == "UPGRADE_CONFIG_FILES_DO_NOT_EXIST"
    r = api.post("/api/lunasa/upgrades", json={"file": "capability.pem"}, headers=JSON)
    assert finish(api, r)["id"] == "APPLIANCE_FILENAME_NOT_VALID"
    r = api.post("/api/lunasa/upgrades", json={"file": "capability.lic"}, headers=JSON)
    assert finish(api, r) == {}
    assert len(api.get("/api/lunasa/upgrades").json()["upgrades"]) == 1
    r = api.post("/api/lunasa/upgrades", content=b"LICENSE 1234", headers=OCTET)
    assert finish(api, r)["id"] == "UPGRADE_LICENSE_ALREADY_APPLIED"
    r = api.post("/api/lunasa/upgrades", content=b"   ", headers=OCTET)
    assert finish(api, r)["id"] == "UPGRADE_UPLOADED_LICENSE_INVALID"
