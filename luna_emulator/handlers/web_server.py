"""The REST web server (``/api/lunasa/webServer``): its configuration, its block list
(``blocklist.py``), its action list, its certificate request and its certificate.

The certificate request (``POST /api/lunasa/webServer/csr``, v16 page): a new key, RSA
(2048, 3072 or 4096 bits) or ECC (on ``curveName``), and a CSR for it with the given
subject. The key is kept beside the web server's current one: a CA-signed certificate for
either is accepted by ``PUT /api/lunasa/webServer/config/certificate``, and
``GET /api/lunasa/webServer/config/csr`` downloads the last request as a file. The
emulator's certificate-login key stays the one it started with."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from .. import blocklist
from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from .actions import action_list
from .certificates import (
    PrivateKey,
    certificate_pem,
    load_certificate,
    make_csr,
    new_key,
    same_key,
    subject,
)
from .common import server_login_key

RULES: Rules[Backend] = Rules()

__all__ = ["CURVES", "NET_DEVICES", "RULES"]


NET_DEVICES = ("eth0", "eth1", "eth2", "eth3", "bond0", "bond1")


@RULES.handles("getWebServerConfig")
def get_web_server_config(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, dict(b.state.appliance.webserver))


@RULES.handles("updateWebServerConfig")
def update_web_server_config(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body or {}
    cfg = b.state.appliance.webserver
    if "netDevice" in body and body["netDevice"] not in (*NET_DEVICES, "all", "all_ipv4"):
        raise E.BadRequest(f"netDevice {body['netDevice']!r}: one of eth0-eth3, bond0, bond1, all")
    if "cipherList" in body and "" in body["cipherList"].split(":"):
        raise E.BadRequest("cipherList is a colon-separated list of cipher names")
    if body.get("port") == b.state.appliance.ssh["port"]:
        raise E.BadRequest(f"port {body['port']} is used by SSH")
    cfg.update(
        {k: body[k] for k in ("cipherList", "netDevice", "port", "maxFileSize") if k in body}
    )
    return Reply(204)


@RULES.handles("getWebServerBlocklist")
def get_web_server_blocklist(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, blocklist.describe(b.state.blocklist))


@RULES.handles("replaceWebServerBlocklist", "updateWebServerBlocklist")
def set_web_server_blocklist(b: Backend, ctx: Ctx) -> Reply:
    blocklist.configure(b.state.blocklist, ctx.body, replace=ctx.op.method == "PUT")
    return Reply(204)


def _webserver_keys(b: Backend) -> list[PrivateKey]:
    """The keys a web server certificate may be for: the key certificate login encrypts
    to (handlers/auth.py), and the key of the last ``POST /api/lunasa/webServer/csr``."""
    keys: list[PrivateKey] = [server_login_key(b)[0]]
    if b.state.appliance.webserver_csr_key:
        pending = serialization.load_pem_private_key(
            b.state.appliance.webserver_csr_key.encode(), password=None
        )
        assert isinstance(pending, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey)
        keys.append(pending)
    return keys


@RULES.handles("getWebServerCsr")
def get_web_server_csr(b: Backend, ctx: Ctx) -> Reply:
    """The request of the last ``POST /api/lunasa/webServer/csr`` as a file; before any,
    one for the web server's current key."""
    a = b.state.appliance
    if a.webserver_csr:
        return Reply(200, raw=a.webserver_csr.encode())
    name = subject({}, {"cn": a.hostname, "organization": "Thales"})
    csr = make_csr(_webserver_keys(b)[0], name)
    return Reply(200, raw=csr.public_bytes(serialization.Encoding.PEM))


@RULES.handles("replaceWebServerCertificate")
def replace_web_server_certificate(b: Backend, ctx: Ctx) -> Reply:
    data = ctx.body if isinstance(ctx.body, bytes) else b""
    cert = load_certificate(data, b.clock.now(), E.BadRequest, E.BadRequest)
    if not any(same_key(cert, key) for key in _webserver_keys(b)):
        raise E.BadRequest(
            "the certificate is not for the web server's key (GET /api/lunasa/webServer/config/csr)"
        )
    b.state.appliance.webserver_certificate = certificate_pem(cert)
    return Reply(204)


CURVES = {"prime256v1": 256, "secp256r1": 256, "secp384r1": 384, "secp521r1": 521}


def _key(key_type: str, size: int, curve: str | None) -> PrivateKey:
    if key_type == "rsa":
        if curve is not None:
            raise E.BadRequest("curveName is for an ecc key")
        return new_key("rsa", size)
    bits = CURVES.get(curve or "prime256v1")
    if bits is None:
        raise E.BadRequest(f"curve {curve!r}: one of {', '.join(CURVES)}")
    if size != bits:
        raise E.BadRequest(f"keySize {size} does not match the curve {curve or 'prime256v1'}")
    return new_key("ec", bits)


@RULES.handles("createWebServerCsr")
def create_web_server_csr(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body
    key = _key(body["keyType"], int(body["keySize"]), body.get("curveName"))
    csr = make_csr(key, subject(body, {}))
    pem = csr.public_bytes(serialization.Encoding.PEM).decode()
    a = b.state.appliance
    a.webserver_csr_key = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    a.webserver_csr = pem
    return Reply(200, {"csr": pem})


@RULES.handles("listWebServerActions")
def list_web_server_actions(b: Backend, ctx: Ctx) -> Reply:
    return action_list(b, ctx)
