"""Logging in: certificate challenge-response login (guide ch. 2), with real RSA, and
private sessions (guide ch. 2). A user's login certificates are registered under
``/users/{userid}/certificates`` (``users.py``)."""

from __future__ import annotations

import base64
import binascii
import secrets

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import PendingChallenge
from .certificates import load_user_certificate
from .common import server_login_key

RULES: Rules[Backend] = Rules()

__all__ = ["CHALLENGE_TTL", "RULES"]


CHALLENGE_TTL = 300.0


def _pending(b: Backend) -> list[PendingChallenge]:
    now = b.clock.now()
    pend = b.runtime.challenges
    pend[:] = [p for p in pend if p.expires > now]
    return pend


@RULES.handles("createLoginChallenge")
def create_login_challenge(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body
    user = b.state.users.get(body["username"])
    cert = load_user_certificate(body["certificate"])
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


# ---- private sessions -----------------------------------------------------------------
@RULES.handles("createSession")
def create_session(b: Backend, ctx: Ctx) -> Reply:
    s = b.open_private_session(ctx.user)
    return Reply(204, headers={"Set-Cookie": f"SESSIONID={s.sid}; Path=/; Secure; HttpOnly"})


@RULES.handles("deleteSession")
def delete_session(b: Backend, ctx: Ctx) -> Reply:
    if not ctx.session.private:
        raise E.NoSessionCookie("no private session to end")
    b.sessions.pop(ctx.session.sid, None)
    return Reply(204, headers={"Set-Cookie": "SESSIONID=; Path=/; Max-Age=0; Secure; HttpOnly"})
