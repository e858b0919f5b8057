"""The ``ntls`` tag: NTLS clients and their partition links (reference page 004), the
NTLS certificate's CSR (v17 page) and the client action list; the NTLS service's
configuration, its server certificate (replace, regenerate), and the clients' certificates
and DN filters."""

from __future__ import annotations

import re

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import NtlsClient
from .actions import action_list
from .certificates import (
    alt_names,
    certificate_info,
    certificate_pem,
    load_certificate,
    make_csr,
    new_key,
    same_key,
    self_signed,
    subject,
)
from .common import caller_file, require_so, write_log

RULES: Rules[Backend] = Rules()

__all__ = ["DN_KEYS", "NTLS_CSR_DEFAULTS", "RULES", "ntls_certificate"]

RESERVED_IPS = frozenset({"127.0.0.1", "0.0.0.0", "::1"})  # noqa: S104 (names, not a bind)


# ---- NTLS clients and links -------------------------------------------------


def _client(b: Backend, ctx: Ctx) -> NtlsClient:
    c = b.state.ntls_clients.get(ctx.params["clientid"])
    if c is None:
        raise E.NtlsNoClient(f"no NTLS client {ctx.params['clientid']!r}")
    return c


@RULES.handles("listNtlsClients")
def list_ntls_clients(b: Backend, ctx: Ctx) -> Reply:
    return Reply(
        200,
        {
            "clients": [
                {"clientID": n, "url": f"/api/lunasa/ntls/clients/{n}"}
                for n in sorted(b.state.ntls_clients)
            ]
        },
    )


@RULES.handles("registerNtlsClient")
def register_ntls_client(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body or {}
    if b.state.force_so_login:
        require_so(b, ctx)
    name, ip, host = body["clientName"], body.get("ip", ""), body.get("hostname", "")
    if not ip and not host:
        raise E.NtlsMissingHostnameIp("Give a hostname or an IP address")
    if ip and host:
        raise E.NtlsParametersNotAppropriate("Give a hostname or an IP address, not both")
    if name in b.state.ntls_clients:
        raise E.NtlsClientAlreadyExists(f"client {name!r} already exists")
    for c in b.state.ntls_clients.values():
        if ip and c.ip == ip:
            raise E.NtlsDupeIp(f"IP {ip} is already registered")
        if host and c.hostname == host:
            raise E.NtlsDupeHostname(f"hostname {host} is already registered")
    if ip in RESERVED_IPS:
        raise E.NtlsReservedIpAddress(f"IP {ip} is reserved")
    if host in ("localhost",):
        raise E.NtlsReservedHostname(f"hostname {host} is reserved")
    b.state.ntls_clients[name] = NtlsClient(name, ip, host, body.get("certificate", ""))
    return Reply(200, {"client": name}, {"Location": f"/api/lunasa/ntls/clients/{name}"})


@RULES.handles("getNtlsClient")
def get_ntls_client(b: Backend, ctx: Ctx) -> Reply:
    c = _client(b, ctx)
    url = f"/api/lunasa/ntls/clients/{c.name}"
    return Reply(
        200,
        {
            "clientID": c.name,
            "ip": c.ip,
            "hostname": c.hostname,
            "htlRequired": False,
            "ottExpiry": 0,
            "actions": f"{url}/actions",
            "links": f"{url}/links",
        },
    )


@RULES.handles("deleteNtlsClient")
def delete_ntls_client(b: Backend, ctx: Ctx) -> Reply:
    c = _client(b, ctx)
    del b.state.ntls_clients[c.name]
    return Reply(204)


@RULES.handles("listNtlsClientLinks")
def list_links(b: Backend, ctx: Ctx) -> Reply:
    c = _client(b, ctx)
    return Reply(
        200,
        {
            "links": [
                {"id": k, "url": f"/api/lunasa/ntls/clients/{c.name}/links/{k}"}
                for k in sorted(c.links)
            ]
        },
    )


@RULES.handles("createNtlsClientLink")
def create_link(b: Backend, ctx: Ctx) -> Reply:
    c = _client(b, ctx)
    url = (ctx.body or {}).get("url", "")
    prefix = f"/api/lunasa/hsms/{b.state.hsm.serial}/partitions/"
    serial = url[len(prefix) :] if url.startswith(prefix) else ""
    if not serial.isdigit() or int(serial) not in b.state.partitions:
        raise E.InvalidPartition(f"{url!r} names no partition of this HSM")
    c.links[serial] = url
    return Reply(204, headers={"Location": f"/api/lunasa/ntls/clients/{c.name}/links/{serial}"})


def _link(b: Backend, ctx: Ctx) -> tuple[NtlsClient, str]:
    c = _client(b, ctx)
    link = str(ctx.params["linkid"])
    if link not in c.links:
        raise E.NtlsNoLink(f"no link {link!r}")
    return c, link


@RULES.handles("getNtlsClientLink")
def get_link(b: Backend, ctx: Ctx) -> Reply:
    c, link = _link(b, ctx)
    return Reply(200, {"url": c.links[link], "type": "hsm/partition"})


@RULES.handles("deleteNtlsClientLink")
def delete_link(b: Backend, ctx: Ctx) -> Reply:
    c, link = _link(b, ctx)
    del c.links[link]
    return Reply(204)


# ---- the NTLS certificate's CSR and the client action list --------------------------
NTLS_CSR_DEFAULTS = {
    "country": "CA",
    "state": "Ontario",
    "location": "Ottawa",
    "organization": "Thales",
}  # the v17 page's defaults; cn defaults to the hostname


@RULES.handles("createNtlsCsr")
def create_ntls_csr(b: Backend, ctx: Ctx) -> Reply:
    """A new NTLS key (kept until a certificate is installed) and its CSR. The NTLS
    service keeps its current certificate meanwhile. ``days`` is the validity asked of the
    CA; a CSR itself carries none."""
    body = ctx.body or {}
    key = new_key("rsa", body.get("keySize", 2048))
    name = subject(body, {**NTLS_CSR_DEFAULTS, "cn": b.state.appliance.hostname})
    csr = make_csr(key, name, alt_names(body.get("subjectAltName", [])))
    b.state.appliance.ntls_csr_key = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return Reply(200, {"csr": csr.public_bytes(serialization.Encoding.PEM).decode()})


@RULES.handles("listNtlsClientActions")
def list_ntls_client_actions(b: Backend, ctx: Ctx) -> Reply:
    _client(b, ctx)
    return action_list(b, ctx)


# ---- the NTLS service: configuration, server certificate, client certificates and DNs


@RULES.handles("getNtlsConfig")
def get_ntls_config(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, dict(b.state.appliance.ntls))


@RULES.handles("replaceNtlsConfig")
def replace_ntls_config(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body
    b.state.appliance.ntls = {
        k: body[k] for k in ("receiveTimeoutTimer", "ipCheckEnabled", "cipherList", "groupList")
    }
    return Reply(204)


def ntls_certificate(b: Backend) -> str:
    """The NTLS server certificate (``server.pem``), made on first use."""
    a = b.state.appliance
    if not a.ntls_certificate:
        key = new_key("rsa", 2048)
        name = subject({}, {"cn": a.hostname, "organization": "Thales"})
        a.ntls_certificate = certificate_pem(self_signed(key, name, b.clock.now()))
    return a.ntls_certificate


@RULES.handles("getNtlsCertificate")
def get_ntls_certificate(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, certificate_info(ntls_certificate(b)))


_NtlsInvalid = E.NtlsInvalidCertificate


_NTLS_CN = re.compile(r"^[a-zA-Z0-9]([a-zA-Z0-9.-]{0,62}[a-zA-Z0-9])?$")


_Expired = E.ExpiredCert


_NotAppropriate = E.RequestNotAppropriate


def _uploaded_or_file(b: Backend, ctx: Ctx, bad_name: type[E.LunaError]) -> bytes:
    """The certificate of an octet-stream upload or of a JSON ``{file}``."""
    if isinstance(ctx.body, bytes):
        if not ctx.body:
            raise _NotAppropriate("upload the certificate file as the octet-stream body")
        return ctx.body
    if isinstance(ctx.body, dict) and isinstance(ctx.body.get("file"), str):
        return caller_file(b, ctx, ctx.body["file"], ".pem", bad_name)
    raise _NotAppropriate("send the certificate as octet-stream or JSON {file}")


@RULES.handles("replaceNtlsCertificate")
def replace_ntls_certificate(b: Backend, ctx: Ctx) -> Reply:
    """Protected: runs once its Waiting task is started. The certificate's common name
    must be one the NTLS service accepts (v17: letters, digits, dots and hyphens, as the
    ``cn`` of ``POST /api/lunasa/ntls/csr``); a certificate for the key of the last NTLS
    CSR puts that key in service."""
    bad_name = E.NtlsFilenameNotValid
    data = _uploaded_or_file(b, ctx, bad_name)
    cert = load_certificate(data, b.clock.now(), _NtlsInvalid, _Expired)
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not names or not _NTLS_CN.match(str(names[0].value)):
        raise E.NtlsCertificateCnInvalid(
            f"common name {str(names[0].value) if names else ''!r}: letters, digits, '.' and '-'"
        )
    a = b.state.appliance
    if a.ntls_csr_key:
        pending = serialization.load_pem_private_key(a.ntls_csr_key.encode(), password=None)
        assert isinstance(pending, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey)
        if same_key(cert, pending):
            a.ntls_csr_key = ""  # installed: the key of that CSR is now the NTLS key
    a.ntls_certificate = certificate_pem(cert)
    write_log(b, "messages", "NTLS", "NTLS server certificate replaced")
    return Reply(204)


@RULES.handles("regenerateNtlsCertificate")
def regenerate_ntls_certificate(b: Backend, ctx: Ctx) -> Reply:
    """Protected: a new key and self-signed certificate once its task is started."""
    body, a = ctx.body or {}, b.state.appliance
    name = subject(body, {"cn": a.hostname})
    sans = alt_names(body.get("subjectAltName", []))
    key = new_key("rsa", 2048)
    cert = self_signed(
        key,
        name,
        b.clock.now(),
        start=body.get("startDate"),
        days=body.get("days", 3653),
        sans=sans,
    )
    a.ntls_certificate = certificate_pem(cert)
    write_log(b, "messages", "NTLS", "NTLS server key and certificate regenerated")
    return Reply(204)


DN_KEYS = frozenset({"c", "st", "l", "o", "ou", "cn", "dc", "uid", "emailaddress", "street"})


def _ntls_client(b: Backend, ctx: Ctx) -> NtlsClient:
    c = b.state.ntls_clients.get(str(ctx.params["clientid"]))
    if c is None:
        raise E.NtlsNoClient(f"no NTLS client {ctx.params['clientid']!r}")
    return c


@RULES.handles("replaceNtlsClientCertificate")
def replace_ntls_client_certificate(b: Backend, ctx: Ctx) -> Reply:
    c = _ntls_client(b, ctx)
    body = ctx.body
    if isinstance(body, dict) and isinstance(body.get("certificate"), str):
        data: bytes = body["certificate"].encode()
    elif isinstance(body, dict) and isinstance(body.get("file"), str):
        bad = E.FilenameNotValid
        data = caller_file(b, ctx, body["file"], ".pem", bad)
    elif isinstance(body, bytes) and body:
        data = body
    else:
        raise E.BadRequest("send the certificate as octet-stream, {certificate} or {file}")
    cert = load_certificate(data, b.clock.now(), _NtlsInvalid, _Expired)
    c.certificate = certificate_pem(cert)
    return Reply(204)


@RULES.handles("getNtlsClientDn")
def get_ntls_client_dn(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, {"dn": _ntls_client(b, ctx).dn})


@RULES.handles("replaceNtlsClientDn")
def replace_ntls_client_dn(b: Backend, ctx: Ctx) -> Reply:
    c = _ntls_client(b, ctx)
    if b.state.force_so_login:
        require_so(b, ctx)
    dn = ctx.body["dn"]
    unknown = [
        pair.split("=", 1)[0]
        for pair in dn.split("/")
        if pair and pair.split("=", 1)[0].lower() not in DN_KEYS
    ]
    if unknown:
        raise E.NtlsClientInvalidDistinguishedName(
            f"unknown attribute(s) {unknown}; use C, ST, L, O, OU, CN, DC, UID, emailAddress"
        )
    c.dn = dn.rstrip("/")
    return Reply(204)


@RULES.handles("deleteNtlsClientDn")
def delete_ntls_client_dn(b: Backend, ctx: Ctx) -> Reply:
    c = _ntls_client(b, ctx)
    if b.state.force_so_login:
        require_so(b, ctx)
    if not c.dn:
        raise E.NtlsClientNoDnFilterConfigured(f"client {c.name!r} has no DN filter")
    c.dn = ""
    return Reply(204)
