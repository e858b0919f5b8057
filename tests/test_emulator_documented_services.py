"""The documented service endpoints the spec lacked (audit 2026-12), over HTTPS: SSH
actions (v14 page), changing an NTP server (4.0.0 page, v17 rules), SNMP trap actions
(v17 page), the NTLS CSR (v17 page) and the web server CSR (v16 page)."""

from __future__ import annotations

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from luna_emulator import DEFAULT_USERS
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

from .conftest import HSM, JSON
from .test_emulator_services import (
    OCTET,
    certificate,
    finish,
    init_hsm_and_login_so,
    new_rsa,
    pem,
    service_action,
)

OPERATOR = ("operator", DEFAULT_USERS["operator"][0])


def _log(client: httpx.Client, log: str) -> str:
    """A log's text ("" while nothing was ever written to it)."""
    r = client.get(f"/api/lunasa/syslog/logs/{log}")
    if r.status_code == 404 and "no log file" in r.text:
        return ""
    assert r.status_code == 200, r.text
    return r.text


# ---- SSH ------------------------------------------------------------------------------
def test_ssh_reset_ciphers_and_regenerate_the_host_key(
    https: httpx.Client, served: RunningEmulator
) -> None:
    r = https.patch("/api/lunasa/ssh", json={"cipherList": "aes256-ctr"}, headers=JSON)
    assert r.status_code == 204
    r = https.post("/api/lunasa/ssh/actions/resetCiphers", json={}, headers=JSON)
    assert r.status_code == 204, r.text
    assert https.get("/api/lunasa/ssh").json()["cipherList"] == "aes192-ctr:aes256-ctr"

    with ControlClient.for_running(served) as control:
        before = control.snapshot()["state"]["appliance"]["ssh_host_key"]
        assert (
            https.post("/api/lunasa/ssh/actions/keyRegenerate", json={}, headers=JSON).status_code
            == 204
        )
        first = control.snapshot()["state"]["appliance"]["ssh_host_key"]
        assert (
            https.post("/api/lunasa/ssh/actions/keyRegenerate", json={}, headers=JSON).status_code
            == 204
        )
        second = control.snapshot()["state"]["appliance"]["ssh_host_key"]
    assert first.startswith("SHA256:")
    assert len({before, first, second}) == 3  # a new key each time
    assert f"Server host key regenerated: ED25519 {second}" in _log(https, "secure")

    r = https.post("/api/lunasa/ssh/actions/restart", json={}, headers=JSON)
    assert r.status_code == 404
    assert r.json()["id"] == "FRAMEWORK_NO_RESOURCE"


# ---- NTP ------------------------------------------------------------------------------
def test_an_ntp_servers_settings_are_replaced(https: httpx.Client) -> None:
    url = "/api/lunasa/ntp/servers/example.com"
    body = {"address": "example.com", "nts": True, "isPreferredServer": True}
    assert https.post("/api/lunasa/ntp/servers", json=body, headers=JSON).status_code == 204
    assert https.get(url).json()["port"] == 4460

    change = {"isBurstEnabled": True, "protocolVersion": 3, "keyId": 1}
    r = https.put(url, json=change, headers=JSON)
    assert r.status_code == 204, r.text
    assert https.get(url).json() == {"address": "example.com", **change}  # nts and port gone

    for bad in ({"nts": True, "protocolVersion": 3}, {"nts": True, "keyId": 2}, {"port": 4460}):
        r = https.put(url, json=bad, headers=JSON)
        assert r.status_code == 400, bad
        assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    assert https.get(url).json() == {"address": "example.com", **change}  # unchanged

    missing = https.put("/api/lunasa/ntp/servers/nowhere.example", json={}, headers=JSON)
    assert missing.status_code == 404


def test_an_ntp_server_change_needs_the_so_under_force_so_login(
    https: httpx.Client, served: RunningEmulator
) -> None:
    with ControlClient.for_running(served) as control:
        control.reset(force_so_login=True)
    init_hsm_and_login_so(https)
    body = {"address": "ntp1.example", "isPreferredServer": True}
    assert https.post("/api/lunasa/ntp/servers", json=body, headers=JSON).status_code == 204
    assert https.post(f"/api/lunasa/hsms/{HSM}/logout", json={}, headers=JSON).status_code == 204
    r = https.put("/api/lunasa/ntp/servers/ntp1.example", json={"keyId": 5}, headers=JSON)
    assert r.status_code == 400
    assert r.json()["id"] == "APPLIANCE_REQUIRE_SO_LOGIN"
    assert "keyId" not in https.get("/api/lunasa/ntp/servers/ntp1.example").json()


# ---- SNMP traps -------------------------------------------------------------------------
def test_snmp_traps_are_enabled_and_disabled(https: httpx.Client) -> None:
    actions = https.get("/api/lunasa/snmp/traps/actions").json()["actions"]
    assert actions == [
        {"id": a, "url": f"/api/lunasa/snmp/traps/actions/{a}"} for a in ("enable", "disable")
    ]
    r = https.post("/api/lunasa/snmp/traps/actions/enable", json={}, headers=JSON)
    assert r.status_code == 404
    assert r.json()["id"] == "SNMP_TRAP_NOT_CONFIGURED"

    service_action(https, "snmp", "start")
    user = {
        "securityName": "restuser",
        "authenticationPassword": "authpass123",
        "privacyPassword": "privpass123",
        "authenticationProtocol": "SHA",
        "privacyProtocol": "AES",
    }
    assert https.post("/api/lunasa/snmp/users", json=user, headers=JSON).status_code in (200, 204)
    trap = {
        **user,
        "address": "192.168.1.20",
        "engineId": "000FFFFFFFA9",
        "trapType": "trap",
    }
    assert https.post("/api/lunasa/snmp/traps", json=trap, headers=JSON).status_code == 200
    test = {"message": "hello", "process": "snmpd", "logFacility": "local0", "logLevel": "info"}

    assert (
        https.post("/api/lunasa/snmp/traps/actions/disable", json={}, headers=JSON).status_code
        == 204
    )
    assert https.post("/api/lunasa/snmp/traps/test", json=test, headers=JSON).status_code == 204
    assert "trap to 192.168.1.20" not in _log(https, "snmp")  # disabled: nothing sent

    assert (
        https.post("/api/lunasa/snmp/traps/actions/enable", json={}, headers=JSON).status_code
        == 204
    )
    assert https.post("/api/lunasa/snmp/traps/test", json=test, headers=JSON).status_code == 204
    assert "trap to 192.168.1.20:162 as restuser: hello" in _log(https, "snmp")

    r = https.post("/api/lunasa/snmp/traps/actions/mute", json={}, headers=JSON)
    assert r.status_code == 404
    assert r.json()["id"] == "SNMP_TRAP_ACTION_INVALID"


# ---- certificate signing requests --------------------------------------------------------
def _subject(csr: x509.CertificateSigningRequest, oid: x509.ObjectIdentifier) -> str:
    return str(csr.subject.get_attributes_for_oid(oid)[0].value)


def test_the_ntls_csr_is_for_a_new_key_with_the_documented_defaults(
    https: httpx.Client, served: RunningEmulator
) -> None:
    body = {"subjectAltName": ["DNS:hsm1.example.com", "IP:192.168.0.10"], "keySize": 3072}
    r = https.post("/api/lunasa/ntls/csr", json=body, headers=JSON)
    assert r.status_code == 200, r.text
    csr = x509.load_pem_x509_csr(r.json()["csr"].encode())
    assert csr.is_signature_valid
    key = csr.public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    assert key.key_size == 3072
    assert _subject(csr, NameOID.COMMON_NAME) == "luna-emulator"  # the hostname
    assert _subject(csr, NameOID.COUNTRY_NAME) == "CA"
    assert _subject(csr, NameOID.LOCALITY_NAME) == "Ottawa"
    assert _subject(csr, NameOID.ORGANIZATION_NAME) == "Thales"
    sans = csr.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert sans.get_values_for_type(x509.DNSName) == ["hsm1.example.com"]
    with ControlClient.for_running(served) as control:
        kept = control.snapshot()["state"]["appliance"]["ntls_csr_key"]
    private = serialization.load_pem_private_key(kept.encode(), password=None)
    assert private.public_key().public_numbers() == key.public_numbers()  # type: ignore[union-attr]

    for bad in ({"keySize": 1024}, {"days": 4000}, {"subjectAltName": ["URI:x"]}):
        r = https.post("/api/lunasa/ntls/csr", json=bad, headers=JSON)
        assert r.status_code == 400, bad
        assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    with ControlClient.for_running(served) as control:
        assert (
            control.snapshot()["state"]["appliance"]["ntls_csr_key"] == kept
        )  # refused: unchanged
    r = https.post("/api/lunasa/ntls/csr", json={}, headers=JSON, auth=OPERATOR)
    assert r.status_code == 401  # admin only


def test_the_web_server_csr_key_is_the_one_its_certificate_may_be_for(
    https: httpx.Client,
) -> None:
    body = {"keyType": "ecc", "keySize": 384, "curveName": "secp384r1", "cn": "hsm1.example.com"}
    r = https.post("/api/lunasa/webServer/csr", json=body, headers=JSON)
    assert r.status_code == 200, r.text
    csr = x509.load_pem_x509_csr(r.json()["csr"].encode())
    key = csr.public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    assert key.curve.name == "secp384r1"
    assert _subject(csr, NameOID.COMMON_NAME) == "hsm1.example.com"
    # the guide's download gives the same request, as a file
    download = https.get("/api/lunasa/webServer/config/csr")
    assert download.status_code == 200
    assert download.content.decode() == r.json()["csr"]
    # a CA-signed certificate for the new key is installed
    ca_key = new_rsa()
    ca = certificate(ca_key, "Test CA", ca=True)
    signed = certificate(key, "hsm1.example.com", issuer=(ca_key, ca))
    url = "/api/lunasa/webServer/config/certificate"
    assert https.put(url, content=pem(signed), headers=OCTET).status_code == 204
    other = certificate(new_rsa(), "someone else")
    assert https.put(url, content=pem(other), headers=OCTET).status_code == 400

    for bad in (
        {"keyType": "dsa", "keySize": 2048, "cn": "x"},  # schema: rsa or ecc
        {"keyType": "rsa", "keySize": 2048},  # cn required
        {"keyType": "rsa", "keySize": 1000, "cn": "x"},
        {"keyType": "ecc", "keySize": 256, "curveName": "secp384r1", "cn": "x"},
        {"keyType": "ecc", "keySize": 256, "curveName": "curve25519", "cn": "x"},
    ):
        r = https.post("/api/lunasa/webServer/csr", json=bad, headers=JSON)
        assert r.status_code == 400, bad
        assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    assert https.get("/api/lunasa/webServer/config/csr").content == download.content


def test_a_certificate_for_the_ntls_csr_key_is_installed_and_a_bad_common_name_refused(
    https: httpx.Client, served: RunningEmulator
) -> None:
    r = https.post("/api/lunasa/ntls/csr", json={"cn": "hsm1.example.com"}, headers=JSON)
    csr = x509.load_pem_x509_csr(r.json()["csr"].encode())
    ca_key = new_rsa()
    ca = certificate(ca_key, "Test CA", ca=True)
    url = "/api/lunasa/ntls/certificate"

    bad = certificate(csr.public_key(), "hsm 1!", issuer=(ca_key, ca))
    answer = finish(https, https.put(url, content=pem(bad), headers=OCTET))
    assert answer["id"] == "NTLS_CERTIFICATE_CN_INVALID"
    with ControlClient.for_running(served) as control:
        assert control.snapshot()["state"]["appliance"]["ntls_csr_key"]  # still pending

    signed = certificate(csr.public_key(), "hsm1.example.com", issuer=(ca_key, ca))
    assert finish(https, https.put(url, content=pem(signed), headers=OCTET)) == {}
    info = https.get(url).json()
    assert info["subject"] == "CN=hsm1.example.com"
    installed = x509.load_pem_x509_certificate(info["certificate"].encode())
    assert installed.public_key() == csr.public_key()
    with ControlClient.for_running(served) as control:
        assert control.snapshot()["state"]["appliance"]["ntls_csr_key"] == ""  # in service


def test_server_is_never_an_ntls_client_name_in_a_path(https: httpx.Client) -> None:
    r = https.request("DELETE", "/api/lunasa/ntls/clients/server/dn")
    assert r.status_code == 400  # the v17 pattern ^(?!server$)...
    assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    r = https.request("DELETE", "/api/lunasa/ntls/clients/servers/dn")
    assert r.status_code == 404  # a name like it is only unknown
    assert r.json()["id"] == "NTLS_NO_CLIENT"
