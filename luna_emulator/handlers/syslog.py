"""Syslog: the appliance's log files and remote log hosts, optionally over TLS (guide
ch. 13, its four cases: server authentication with a self-signed or a CA-signed server
certificate, mutual authentication with self-signed or CA-signed certificates).

The trust store holds one CA (a new one replaces it). The appliance's own TLS client
identity is a key made by ``PATCH .../remoteHosts/certificate`` (with a self-signed
certificate) or by ``POST .../remoteHosts/csr`` (the CA-signed certificate is then
installed with ``PUT .../remoteHosts/certificate`` and must be for that key). A TLS
remote host needs the CA first and TCP.
"""

from __future__ import annotations

import re
from typing import Any

from cryptography.hazmat.primitives import serialization

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from .certificates import (
    PrivateKey,
    alt_names,
    certificate_info,
    certificate_pem,
    load_certificate,
    make_csr,
    new_key,
    self_signed,
    subject,
)
from .common import caller_file, write_log

RULES: Rules[Backend] = Rules()

BASE = "/api/lunasa/syslog"
DEFAULT_SUBJECT = {
    "cn": "1.2.3.0",
    "country": "CA",
    "state": "Ontario",
    "location": "Ottawa",
    "organization": "Thales",
}
RESERVED_HOSTS = frozenset({"ca", "certificate", "csr"})  # sub-resources of remoteHosts
_REMOTE_HOST = re.compile(
    r"^(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}"
    r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
    r"|(?:[a-fA-F0-9]{1,4}:){7}[a-fA-F0-9]{1,4}"
    r"|[a-zA-Z0-9](?:[a-zA-Z0-9.-]{0,62}[a-zA-Z0-9])?)$"
)
_Expired = E.ExpiredCert
_SyslogInvalid = E.SyslogInvalidCertificate
_BadName = E.FilenameNotValid


@RULES.handles("getSyslog")
def get_syslog(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, {"logs": f"{BASE}/logs", "remoteHosts": f"{BASE}/remoteHosts"})


# ---- log files --------------------------------------------------------------------
@RULES.handles("listSyslogLogs")
def list_syslog_logs(b: Backend, ctx: Ctx) -> Reply:
    names = sorted(b.state.appliance.logs)
    return Reply(200, {"logs": [{"id": n, "url": f"{BASE}/logs/{n}"} for n in names]})


@RULES.handles("downloadSyslogLog")
def download_syslog_log(b: Backend, ctx: Ctx) -> Reply:
    lines = b.state.appliance.logs.get(str(ctx.params["logid"]))
    if lines is None:
        raise E.NotFound(f"no log file {ctx.params['logid']!r}")
    return Reply(200, raw="".join(line + "\n" for line in lines).encode())


# ---- remote hosts -----------------------------------------------------------------
def _host(b: Backend, ctx: Ctx) -> str:
    name = str(ctx.params["hostid"])
    if name not in b.state.appliance.syslog_hosts:
        raise E.NotFound(f"no remote log host {name!r}")
    return name


@RULES.handles("listSyslogRemoteHosts")
def list_syslog_remote_hosts(b: Backend, ctx: Ctx) -> Reply:
    hosts = b.state.appliance.syslog_hosts
    return Reply(200, {"remoteHosts": [dict(hosts[h]) for h in sorted(hosts)]})


@RULES.handles("createSyslogRemoteHost")
def create_syslog_remote_host(b: Backend, ctx: Ctx) -> Reply:
    a, body = b.state.appliance, ctx.body
    address = body["address"]
    if not _REMOTE_HOST.match(address) or address.lower() in RESERVED_HOSTS:
        raise E.BadRequest(f"{address!r} is not an IP address or host name")
    if address in a.syslog_hosts:
        raise E.BadRequest(f"remote log host {address!r} already exists")
    host: dict[str, Any] = {
        "address": address,
        "protocol": body.get("protocol", "udp"),
        "port": body.get("port", 514),
        "mode": body.get("mode", "server"),
        "name": body.get("name", address),
        "tls": bool(body.get("tls", False)),
    }
    if host["protocol"] not in ("udp", "tcp"):
        raise E.BadRequest(f"protocol {host['protocol']!r}: udp or tcp")
    if host["tls"] and host["protocol"] != "tcp":
        raise E.BadRequest("TLS needs the tcp protocol")
    if host["tls"] and not a.syslog_ca:
        raise E.BadRequest(
            "TLS needs the server's CA in the trust store: "
            "POST /api/lunasa/syslog/remoteHosts/ca first"
        )
    a.syslog_hosts[address] = host
    write_log(b, "messages", "rsyslogd", f"remote host {address} added (tls={host['tls']})")
    return Reply(204)


@RULES.handles("getSyslogRemoteHost")
def get_syslog_remote_host(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, dict(b.state.appliance.syslog_hosts[_host(b, ctx)]))


@RULES.handles("deleteSyslogRemoteHost")
def delete_syslog_remote_host(b: Backend, ctx: Ctx) -> Reply:
    del b.state.appliance.syslog_hosts[_host(b, ctx)]
    return Reply(204)


# ---- the trust store (CA) ---------------------------------------------------------
@RULES.handles("getSyslogRemoteHostCa")
def get_syslog_remote_host_ca(b: Backend, ctx: Ctx) -> Reply:
    pem = b.state.appliance.syslog_ca
    return Reply(200, certificate_info(pem) if pem else {})


@RULES.handles("createSyslogRemoteHostCa")
def create_syslog_remote_host_ca(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body
    data: bytes | str
    if "file" in body:
        data = caller_file(b, ctx, body["file"], ".pem", _BadName)
    else:
        data = body["certificate"]
    cert = load_certificate(
        data,
        b.clock.now(),
        E.InvalidCertificate,
        E.ExpiredCertificate,
    )
    b.state.appliance.syslog_ca = certificate_pem(cert)
    return Reply(204)


# ---- the appliance's TLS client identity --------------------------------------------
def _key(b: Backend) -> PrivateKey | None:
    pem = b.state.appliance.syslog_key
    if not pem:
        return None
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    assert isinstance(key, PrivateKey)
    return key


def _store_key(b: Backend, key: PrivateKey) -> None:
    b.state.appliance.syslog_key = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def _identity(body: dict[str, Any]) -> tuple[PrivateKey, Any, Any]:
    key = new_key(body.get("keyType", "rsa"), body.get("keySize"))
    return key, subject(body, DEFAULT_SUBJECT), alt_names(body.get("subjectAltNames", []))


@RULES.handles("getSyslogRemoteHostCertificate")
def get_syslog_remote_host_certificate(b: Backend, ctx: Ctx) -> Reply:
    pem = b.state.appliance.syslog_certificate
    return Reply(200, certificate_info(pem) if pem else {})


@RULES.handles("generateSyslogRemoteHostCertificate")
def generate_syslog_remote_host_certificate(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body or {}
    key, name, sans = _identity(body)
    cert = self_signed(
        key,
        name,
        b.clock.now(),
        start=body.get("startDate"),
        days=body.get("days", 3653),
        sans=sans,
    )
    _store_key(b, key)
    b.state.appliance.syslog_certificate = certificate_pem(cert)
    return Reply(204)


@RULES.handles("generateSyslogRemoteHostCsr")
def generate_syslog_remote_host_csr(b: Backend, ctx: Ctx) -> Reply:
    """A new key (the old certificate no longer matches it) and its CSR."""
    key, name, sans = _identity(ctx.body or {})
    csr = make_csr(key, name, sans)
    _store_key(b, key)
    b.state.appliance.syslog_certificate = ""
    return Reply(200, {"csr": csr.public_bytes(serialization.Encoding.PEM).decode()})


@RULES.handles("replaceSyslogRemoteHostCertificate")
def replace_syslog_remote_host_certificate(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body
    if isinstance(body, bytes):
        if not body:
            raise E.RequestNotAppropriate("upload the certificate file as the octet-stream body")
        data = body
    else:
        data = caller_file(b, ctx, body["file"], ".pem", _BadName)
    cert = load_certificate(data, b.clock.now(), _SyslogInvalid, _Expired)
    key = _key(b)
    der, spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if key is None or cert.public_key().public_bytes(der, spki) != key.public_key().public_bytes(
        der, spki
    ):
        raise _SyslogInvalid(
            "the certificate is not for the appliance's syslog key "
            "(POST /api/lunasa/syslog/remoteHosts/csr)"
        )
    b.state.appliance.syslog_certificate = certificate_pem(cert)
    return Reply(204)
