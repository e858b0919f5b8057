"""The NTLS service: its configuration, its server certificate (replace, regenerate), and
the NTLS clients' certificates and DN filters.

These are operations of the spec's ``ntls`` tag, whose module is ``ntls.py``; they wait
here until they can be moved into it (``tests/test_emulator_rules_layout.py`` marks the
``ntls`` tag as not yet in one module)."""

from __future__ import annotations

import re

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import NtlsClient
from .certificates import (
    alt_names,
    certificate_info,
    certificate_pem,
    load_certificate,
    new_key,
    same_key,
    self_signed,
    subject,
)
from .common import caller_file, require_so, write_log

RULES: Rules[Backend] = Rules()

__all__ = ["DN_KEYS", "RULES", "ntls_certificate"]


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
