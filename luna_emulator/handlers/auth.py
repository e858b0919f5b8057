"""Certificate challenge-response login (guide ch. 2), with real RSA."""

from __future__ import annotations

import base64
import binascii
import secrets

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import PendingChallenge
from .common import server_login_key

RULES: Rules[Backend] = Rules()

__all__ = ["load_certificate"]

CHALLENGE_TTL = 300.0


def load_certificate(text: str) -> x509.Certificate:
    """A PEM certificate as the API carries it (newlines possibly written as ``\\n``)."""
    pem = text.replace("\\n", "\n").strip() + "\n"
    try:
        return x509.load_pem_x509_certificate(pem.encode())
    except ValueError:
        raise E.BadRequest("the certificate is not a valid PEM X.509 certificate") from None


def _pending(b: Backend) -> list[PendingChallenge]:
    now = b.clock.now()
    pend = b.runtime.challenges
    pend[:] = [p for p in pend if p.expires > now]
    return pend


@RULES.handles("createUserCertificate")
def create_user_certificate(b: Backend, ctx: Ctx) -> Reply:
    user = b.state.users.get(ctx.params["userid"])
    if user is None:
        raise E.InvalidUserid(f"no user {ctx.params['userid']!r}")
    cert = load_certificate(ctx.body["certificate"])
    if not isinstance(cert.public_key(), rsa.RSAPublicKey):
        raise E.BadRequest("only RSA certificates can be used for login")
    cid = cert.fingerprint(
        __import__("cryptography.hazmat.primitives.hashes", fromlist=["SHA1"]).SHA1()
    ).hex()[:32]
    user.certificates[cid] = cert.public_bytes(serialization.Encoding.PEM).decode()
    return Reply(204, headers={"Location": f"/users/{user.name}/certificates/{cid}"})


@RULES.handles("listUserCertificates")
def list_user_certificates(b: Backend, ctx: Ctx) -> Reply:
    user = b.state.users.get(ctx.params["userid"])
    if user is None:
        raise E.InvalidUserid()
    return Reply(
        200,
        {
            "certificates": [
                {"id": c, "url": f"/users/{user.name}/certificates/{c}"}
                for c in sorted(user.certificates)
            ]
        },
    )


@RULES.handles("getUserCertificate", "deleteUserCertificate")
def user_certificate(b: Backend, ctx: Ctx) -> Reply:
    user = b.state.users.get(ctx.params["userid"])
    cid = str(ctx.params["certificateid"])
    if user is None or cid not in user.certificates:
        raise E.NotFound(f"no certificate {cid!r}")
    if ctx.op.method == "DELETE":
        del user.certificates[cid]
        return Reply(204)
    return Reply(200, {"id": cid, "certificate": user.certificates[cid]})


@RULES.handles("createLoginChallenge")
def create_login_challenge(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body
    user = b.state.users.get(body["username"])
    cert = load_certificate(body["certificate"])
    pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    if user is None or pem not in user.certificates.values():
        raise E.BadRequest("no such user with this certificate registered")
    public = cert.public_key()
    if not isinstance(public, rsa.RSAPublicKey):
        raise E.BadRequest("only RSA certificates can be used for login")
    challenge, nonce = secrets.token_bytes(32), secrets.token_bytes(32)
    encrypted = public.encrypt(challenge, padding.PKCS1v15())
    answer = bytes(x ^ y for x, y in zip(challenge, nonce, strict=True))
    _pending(b).append(PendingChallenge(user.name, answer, b.clock.now() + CHALLENGE_TTL))
    _, server_pem = server_login_key(b)
    return Reply(
        200,
        {
            "challenge": base64.b64encode(encrypted).decode(),
            "nonce": base64.b64encode(nonce).decode(),
            "certificate": server_pem.replace("\n", "\\n"),
        },
    )


@RULES.handles("loginWithChallengeResponse")
def login_with_challenge_response(b: Backend, ctx: Ctx) -> Reply:
    key, _ = server_login_key(b)
    try:
        encrypted = base64.b64decode(ctx.body["challengeResponse"], validate=True)
        answer = key.decrypt(encrypted, padding.PKCS1v15())
    except (binascii.Error, ValueError):
        raise E.AuthenticationFailed("the challenge response does not decrypt") from None
    pend = _pending(b)
    match = next((p for p in pend if secrets.compare_digest(p.answer, answer)), None)
    if match is None:
        raise E.AuthenticationFailed("the challenge response matches no open challenge")
    pend.remove(match)
    session = b.open_private_session(b.state.users[match.user])
    return Reply(204, headers={"Set-Cookie": f"SESSIONID={session.sid}; Path=/; Secure; HttpOnly"})
