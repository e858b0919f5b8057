"""The web server's certificate request (``POST /api/lunasa/webServer/csr``, v16 page): a
new key, RSA (2048, 3072 or 4096 bits) or ECC (on ``curveName``), and a CSR for it with the
given subject. The key is kept beside the web server's current one: a CA-signed
certificate for either is accepted by ``PUT /api/lunasa/webServer/config/certificate``,
and ``GET /api/lunasa/webServer/config/csr`` downloads the last request as a file
(``services.py``). The emulator's certificate-login key stays the one it started with."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from .services import PrivateKey, make_csr, new_key, subject

RULES: Rules[Backend] = Rules()

__all__ = ["CURVES", "RULES"]

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
