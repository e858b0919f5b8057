"""SNMP (guide ch. 12) and syslog over TLS (guide ch. 13) in the emulator."""

from __future__ import annotations

import datetime as dt
import ipaddress

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from starlette.testclient import TestClient

from .conftest import JSON
from .test_emulator_services import (
    OCTET,
    Client,
    certificate,
    new_rsa,
    pem,
    service_action,
    upload,
)

SNMP = "/api/lunasa/snmp"
SYSLOG = "/api/lunasa/syslog"
HOSTS = f"{SYSLOG}/remoteHosts"
SNMP_USER = {
    "securityName": "restuser",
    "authenticationPassword": "password",
    "authenticationProtocol": "SHA",
    "privacyPassword": "password",
    "privacyProtocol": "AES",
}
# the guide's subject for the appliance's own syslog certificate or CSR
IDENTITY = {
    "cn": "1.2.3.4",
    "startDate": "2024-02-12",
    "days": 300,
    "country": "CA",
    "state": "Ontario",
    "location": "Ottawa",
    "organization": "Thales",
    "orgunit": "GPHSM",
    "email": "sample@email.com",
    "subjectAltNames": ["IP:1.2.3.4", "DNS:example.com"],
    "keySize": 2048,
    "keyType": "rsa",
}
REMOTE_HOST = {
    "address": "1.2.3.4",
    "protocol": "tcp",
    "port": 514,
    "mode": "server",
    "name": "1.2.5.6",
    "tls": True,
}


def _log(client: Client, name: str) -> str:
    r = client.get(f"{SYSLOG}/logs/{name}")
    assert r.status_code == 200
    return r.content.decode()


# ---- SNMP ------------------------------------------------------------------------
def test_snmp_configuration_guide_over_https(https: httpx.Client) -> None:
    """Guide ch. 12: start SNMP, create the user, a trap destination and notifications,
    then a test trap."""
    service_action(https, "snmp", "start")
    r = https.post(f"{SNMP}/users", json=SNMP_USER, headers=JSON)
    assert r.status_code == 204
    assert r.headers["Location"] == f"{SNMP}/users/restuser"
    trap = {
        **SNMP_USER,
        "address": "192.168.1.20",
        "engineId": "000FFFFFFFA9",
        "trapType": "trap",
    }
    r = https.post(f"{SNMP}/traps", json=trap, headers=JSON)
    assert r.status_code == 200
    assert r.json() == {"id": "192.168.1.20"}
    assert [t["id"] for t in https.get(f"{SNMP}/traps").json()["traps"]] == ["192.168.1.20"]
    got = https.get(f"{SNMP}/traps/192.168.1.20").json()
    assert got["securityName"] == "restuser"
    assert got["trapType"] == "trap"
    assert got["engineId"] == "000FFFFFFFA9"
    assert "password" not in str(got).lower()

    notifications = f"{SNMP}/users/restuser/notifications"
    common = {k: v for k, v in SNMP_USER.items() if k != "securityName"}
    for extra in ({"type": "trap", "engineId": "000FFFFFFFA9"}, {"type": "inform"}):
        body = {"address": "192.168.1.20", "port": 162, **common, **extra}
        r = https.post(notifications, json=body, headers=JSON)
        assert r.status_code == 204
        assert r.headers["Location"].startswith(f"{notifications}/")
    listed = https.get(notifications).json()["notifications"]
    assert len(listed) == 2
    kinds = [https.get(n["url"]).json() for n in listed]
    assert sorted(k["type"] for k in kinds) == ["inform", "trap"]
    assert all("Password" not in str(k) for k in kinds)
    user = https.get(f"{SNMP}/users/restuser").json()
    assert user["notifications"] == notifications
    assert "authenticationPassword" not in user

    r = https.post(
        f"{SNMP}/traps/test",
        json={
            "logFacility": "local0",
            "logLevel": "info",
            "process": "snmpd",
            "message": "This is a test message",
            "pid": True,
        },
        headers=JSON,
    )
    assert r.status_code == 204
    assert "This is a test message" in _log(https, "messages")
    assert "trap to 192.168.1.20:162 as restuser" in _log(https, "snmp")


def test_snmp_errors(api: TestClient) -> None:
    r = api.get(f"{SNMP}/users/ghost/notifications")
    assert r.status_code == 404
    body = {"address": "10.0.0.1", "port": 162, "type": "inform"}
    body |= {"authenticationPassword": "password", "privacyPassword": "password"}
    assert api.post(f"{SNMP}/users/ghost/notifications", json=body, headers=JSON).status_code == 404
    assert api.post(f"{SNMP}/users", json=SNMP_USER, headers=JSON).status_code == 204
    assert api.post(f"{SNMP}/users", json=SNMP_USER, headers=JSON).status_code == 400
    md5 = {**SNMP_USER, "securityName": "md5user", "authenticationProtocol": "MD5"}
    assert api.post(f"{SNMP}/users", json=md5, headers=JSON).status_code == 400
    url = f"{SNMP}/users/restuser/notifications"
    assert api.post(url, json={**body, "type": "trap"}, headers=JSON).status_code == 400
    assert api.post(url, json={**body, "address": "not-an-ip"}, headers=JSON).status_code == 400
    assert api.post(url, json=body, headers=JSON).status_code == 204

    trap = {**SNMP_USER, "securityName": "nobody", "address": "10.0.0.2"}
    trap |= {"engineId": "0123456789", "trapType": "inform"}
    assert api.post(f"{SNMP}/traps", json=trap, headers=JSON).status_code == 400
    r = api.get(f"{SNMP}/traps/10.0.0.2")
    assert (r.status_code, r.json()["id"]) == (404, "SNMP_TRAP_DOES_NOT_EXIST")
    trap["securityName"] = "restuser"
    assert api.post(f"{SNMP}/traps", json=trap, headers=JSON).status_code == 200
    assert api.delete(f"{SNMP}/traps/10.0.0.2").status_code == 204
    assert api.delete(f"{SNMP}/traps/10.0.0.2").json()["id"] == "SNMP_TRAP_DOES_NOT_EXIST"

    assert api.delete(f"{SNMP}/users/restuser").status_code == 204
    assert api.get(url).status_code == 404  # its notifications went with it
    assert api.get(f"{SNMP}/users").json()["users"] == []


# ---- syslog: logs and remote hosts -----------------------------------------------
def test_logs_and_plain_remote_hosts(api: TestClient) -> None:
    logs = [entry["id"] for entry in api.get(f"{SYSLOG}/logs").json()["logs"]]
    assert {"messages", "lunalog"} <= set(logs)
    service_action(api, "ntls", "restart")
    assert "Restarted ntls service." in _log(api, "messages")
    assert api.get(f"{SYSLOG}/logs/nosuch").status_code == 404

    plain = {"address": "logs.example.com", "protocol": "udp", "port": 514}
    assert api.post(HOSTS, json=plain, headers=JSON).status_code == 204
    assert api.post(HOSTS, json=plain, headers=JSON).status_code == 400
    assert api.get(f"{HOSTS}/logs.example.com").json()["tls"] is False
    assert api.post(HOSTS, json={"address": "ca"}, headers=JSON).status_code == 400
    r = api.post(HOSTS, json=REMOTE_HOST, headers=JSON)
    assert r.status_code == 400  # TLS needs the CA first
    assert "/remoteHosts/ca" in r.json()["details"]
    hosts = api.get(HOSTS).json()["remoteHosts"]
    assert [h["address"] for h in hosts] == ["logs.example.com"]
    assert api.delete(f"{HOSTS}/logs.example.com").status_code == 204
    assert api.get(f"{HOSTS}/logs.example.com").status_code == 404


def test_trust_store_errors(api: TestClient) -> None:
    ca = f"{HOSTS}/ca"
    assert api.get(ca).json() == {}
    r = api.post(ca, json={"file": "sample_ca.pem"}, headers=JSON)
    assert r.json()["id"] == "SERVERPLUGIN_FILEID_DOES_NOT_EXIST"
    upload(api, "sample_ca.txt", b"text")
    r = api.post(ca, json={"file": "sample_ca.txt"}, headers=JSON)
    assert r.json()["id"] == "APPLIANCE_FILENAME_NOT_VALID"
    upload(api, "sample_ca.pem", b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    r = api.post(ca, json={"file": "sample_ca.pem"}, headers=JSON)
    assert r.json()["id"] == "APPLIANCE_INVALID_CERTIFICATE"
    old = pem(certificate(new_rsa(), "old CA", ca=True, expired=True)).decode()
    r = api.post(ca, json={"certificate": old}, headers=JSON)
    assert r.json()["id"] == "APPLIANCE_EXPIRED_CERTIFICATE"
    good = pem(certificate(new_rsa(), "Syslog CA", ca=True)).decode()
    assert api.post(ca, json={"certificate": good}, headers=JSON).status_code == 204
    assert api.get(ca).json()["subject"] == "CN=Syslog CA"


def test_appliance_certificate_must_match_its_key(api: TestClient) -> None:
    url = f"{HOSTS}/certificate"
    stranger = pem(certificate(new_rsa(), "stranger"))
    r = api.put(url, content=stranger, headers=OCTET)
    assert r.json()["id"] == "SYSLOG_INVALID_CERTIFICATE"  # no key made yet
    r = api.post(f"{HOSTS}/csr", json={"cn": "1.2.3.4"}, headers=JSON)
    csr = x509.load_pem_x509_csr(r.json()["csr"].encode())
    r = api.put(url, content=stranger, headers=OCTET)
    assert r.json()["id"] == "SYSLOG_INVALID_CERTIFICATE"
    r = api.put(url, content=b"", headers=OCTET)
    assert r.json()["id"] == "SERVER_REQUEST_NOT_APPROPRIATE"
    ca_key = new_rsa()
    ca = certificate(ca_key, "Syslog CA", ca=True)
    signed = certificate(csr.public_key(), "1.2.3.4", issuer=(ca_key, ca))
    assert api.put(url, content=pem(signed), headers=OCTET).status_code == 204
    assert api.get(url).json()["issuer"] == "CN=Syslog CA"
    r = api.patch(url, json={**IDENTITY, "keySize": 1024}, headers=JSON)
    assert r.status_code == 400


# ---- syslog over TLS: the guide's four cases, over HTTPS --------------------------
def _trust_and_connect(https: httpx.Client, ca: x509.Certificate) -> None:
    """Steps shared by the four cases: the CA into the trust store (from a file in the
    caller's area), then the TLS remote host."""
    upload(https, "sample_ca.pem", pem(ca))
    r = https.post(f"{HOSTS}/ca", json={"file": "sample_ca.pem"}, headers=JSON)
    assert r.status_code == 204, r.text
    trusted = https.get(f"{HOSTS}/ca").json()
    assert trusted["fingerprint"] == ca.fingerprint(hashes.SHA256()).hex()
    assert https.post(HOSTS, json=REMOTE_HOST, headers=JSON).status_code == 204
    [host] = https.get(HOSTS).json()["remoteHosts"]
    assert host == REMOTE_HOST
    assert https.get(f"{HOSTS}/1.2.3.4").json()["tls"] is True


def test_syslog_server_authentication_self_signed(https: httpx.Client) -> None:
    server_cert = certificate(new_rsa(), "1.2.3.4")  # the log server's own self-signed
    _trust_and_connect(https, server_cert)
    assert https.get(f"{HOSTS}/certificate").json() == {}  # no client identity needed


def test_syslog_server_authentication_ca_signed(https: httpx.Client) -> None:
    ca_key = new_rsa()
    ca = certificate(ca_key, "Log CA", ca=True)
    certificate(new_rsa(), "1.2.3.4", issuer=(ca_key, ca))  # what the log server presents
    _trust_and_connect(https, ca)


def test_syslog_mutual_authentication_self_signed(https: httpx.Client) -> None:
    r = https.patch(f"{HOSTS}/certificate", json=IDENTITY, headers=JSON)
    assert r.status_code == 204
    mine = x509.load_pem_x509_certificate(
        https.get(f"{HOSTS}/certificate").json()["certificate"].encode()
    )
    assert mine.subject == mine.issuer
    assert mine.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value == "1.2.3.4"
    assert mine.not_valid_before_utc == dt.datetime(2024, 2, 12, tzinfo=dt.UTC)
    assert (mine.not_valid_after_utc - mine.not_valid_before_utc).days == 300
    sans = mine.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert sans.get_values_for_type(x509.IPAddress) == [ipaddress.ip_address("1.2.3.4")]
    assert sans.get_values_for_type(x509.DNSName) == ["example.com"]
    mine.verify_directly_issued_by(mine)
    _trust_and_connect(https, certificate(new_rsa(), "1.2.3.4"))


def test_syslog_mutual_authentication_ca_signed(https: httpx.Client) -> None:
    r = https.post(f"{HOSTS}/csr", json=IDENTITY, headers=JSON)
    assert r.status_code == 200
    csr = x509.load_pem_x509_csr(r.json()["csr"].encode())
    assert csr.is_signature_valid
    assert csr.subject.get_attributes_for_oid(x509.NameOID.ORGANIZATIONAL_UNIT_NAME)[0].value == (
        "GPHSM"
    )
    ca_key = new_rsa()
    ca = certificate(ca_key, "Log CA", ca=True)
    signed = certificate(csr.public_key(), "1.2.3.4", issuer=(ca_key, ca))
    upload(https, "sample_certificate.pem", pem(signed))
    r = https.put(f"{HOSTS}/certificate", json={"file": "sample_certificate.pem"}, headers=JSON)
    assert r.status_code == 204, r.text
    mine = https.get(f"{HOSTS}/certificate").json()
    assert mine["issuer"] == "CN=Log CA"
    x509.load_pem_x509_certificate(mine["certificate"].encode()).verify_directly_issued_by(ca)
    _trust_and_connect(https, ca)


@pytest.mark.parametrize("key_type", ["rsa", "ec"])
def test_generated_identity_key_types(api: TestClient, key_type: str) -> None:
    body = {"cn": "logs", "keyType": key_type, "keySize": 3072 if key_type == "rsa" else 384}
    assert api.patch(f"{HOSTS}/certificate", json=body, headers=JSON).status_code == 204
    cert = x509.load_pem_x509_certificate(
        api.get(f"{HOSTS}/certificate").json()["certificate"].encode()
    )
    assert cert.public_key().key_size == body["keySize"]  # type: ignore[union-attr]
    assert cert.public_bytes(serialization.Encoding.PEM)
