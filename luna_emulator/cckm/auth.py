"""API tokens: the password and refresh-token grants, and refresh-token records.

A password grant checks the CCKM user's password (``admin``; ``--cckm-password``) and
issues a JWT and a refresh token; a refresh-token grant issues a JWT from a refresh token
that is neither deleted nor lapsed (``refresh_token_lifetime`` and
``refresh_token_revoke_unused_in``, in minutes, as the playground documents). Wrong
credentials get CipherTrust's 401. The certificate grants are refused: the emulator
does not ask for client certificates.
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from .backend import CckmBackend
from .dispatch import Ctx, Listing, Reply, Rules
from .errors import InvalidParamValue, NotFound, Unauthorized
from .model import RefreshToken
from .views import token_body

__all__ = ["RULES"]

RULES = Rules()


def _minutes(body: dict[str, Any], name: str) -> float | None:
    value = body.get(name)
    return float(value) * 60 if value else None


def _answer(b: CckmBackend, user: str, token: RefreshToken | None, client_id: str) -> Reply:
    body: dict[str, Any] = {
        "jwt": b.signer.issue(user, client_id, b.now()),
        "duration": b.signer.lifetime,
        "token_type": "Bearer",
        "client_id": client_id,
    }
    if token is not None:
        body["refresh_token"] = token.value
        body["refresh_token_id"] = token.id
        limits = [
            t
            for t in (
                token.created + token.lifetime if token.lifetime else None,
                token.last_used + token.unused_in if token.unused_in else None,
            )
            if t is not None
        ]
        if limits:
            body["refresh_token_expires_in"] = int(min(limits) - b.now())
    return Reply(200, body)


def _new_refresh_token(
    b: CckmBackend, user: str, body: dict[str, Any], client_id: str
) -> RefreshToken:
    now = b.now()
    token = RefreshToken(
        id=str(uuid.uuid4()),
        value=secrets.token_urlsafe(32),
        user=user,
        client_id=client_id,
        created=now,
        last_used=now,
        lifetime=_minutes(body, "refresh_token_lifetime"),
        unused_in=_minutes(body, "refresh_token_revoke_unused_in"),
        labels=list(body.get("labels", [])),
    )
    b.state.refresh_tokens[token.id] = token
    return token


@RULES.handles("issueToken")
def issue_token(b: CckmBackend, ctx: Ctx) -> Reply:
    body: dict[str, Any] = ctx.body or {}
    grant = body.get("grant_type", "password")
    if grant == "password":
        user = body.get("username") or body.get("name")
        password = body.get("password")
        if not user or password is None:
            raise InvalidParamValue("the password grant needs username and password")
        expected = b.users.get(str(user))
        if expected is None or not secrets.compare_digest(
            str(password).encode(), expected.encode()
        ):
            raise Unauthorized("Invalid username or password")
        client_id = str(body.get("client_id") or uuid.uuid4())
        return _answer(b, str(user), _new_refresh_token(b, str(user), body, client_id), client_id)
    if grant == "refresh_token":
        if "password" in body:
            raise InvalidParamValue("password is not valid with the refresh_token grant")
        value = body.get("refresh_token")
        if not value:
            raise InvalidParamValue("the refresh_token grant needs refresh_token")
        now = b.now()
        token = next(
            (
                t
                for t in b.state.refresh_tokens.values()
                if secrets.compare_digest(t.value, str(value))
            ),
            None,
        )
        if token is None or token.revoked or token.expired(now) or token.user not in b.users:
            raise Unauthorized("Invalid refresh token")
        token.last_used = now
        if body.get("renew_refresh_token"):
            del b.state.refresh_tokens[token.id]
            renewed = _new_refresh_token(b, token.user, body, token.client_id)
            return _answer(b, token.user, renewed, token.client_id)
        return _answer(b, token.user, None, token.client_id)
    raise InvalidParamValue(
        f"grant_type {grant}: the emulator takes password and refresh_token only"
    )


@RULES.handles("listRefreshTokens")
def list_refresh_tokens(b: CckmBackend, ctx: Ctx) -> Listing:
    now = b.now()
    show_expired, show_revoked = ctx.query.get("expired", False), ctx.query.get("revoked", False)
    return Listing(
        [
            token_body(t, b.stamp(t.created))
            for t in b.state.refresh_tokens.values()
            if (show_expired or not t.expired(now)) and (show_revoked or not t.revoked)
        ],
        handled=("expired", "revoked"),
    )


def _token(b: CckmBackend, ctx: Ctx) -> RefreshToken:
    t = b.state.refresh_tokens.get(ctx.params["tokenId"])
    if t is None:
        raise NotFound(f"no refresh token {ctx.params['tokenId']!r}")
    return t


@RULES.handles("getRefreshToken")
def get_refresh_token(b: CckmBackend, ctx: Ctx) -> Reply:
    t = _token(b, ctx)
    return Reply(200, token_body(t, b.stamp(t.created)))


@RULES.handles("deleteRefreshToken")
def delete_refresh_token(b: CckmBackend, ctx: Ctx) -> Reply:
    del b.state.refresh_tokens[_token(b, ctx).id]
    return Reply(204)
