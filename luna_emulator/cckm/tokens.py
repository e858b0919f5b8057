"""API tokens: HS256 JWTs signed with the emulator's own key, checked on its clock.

The claims follow the reference's examples (``iss`` "kylo", ``sub`` "local|<uuid>",
``aud`` the client id, ``preferred_username``, ``cust``, ``jwtid``, ``iat``, ``exp`` =
``iat`` + the lifetime ``cckm.yaml`` declares). A token that does not parse, is signed
with another key or has expired is refused with CipherTrust's 401.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from .errors import Unauthorized

__all__ = ["Claims", "JwtSigner"]

ROOT_DOMAIN = "00000000-0000-0000-0000-000000000000"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Claims:
    user: str
    issued: int
    expires: int


class JwtSigner:
    """Issues and checks JWTs; the key lives as long as the emulator (never shown)."""

    def __init__(self, lifetime: int) -> None:
        self.lifetime = lifetime
        self._key = secrets.token_bytes(32)
        self._subjects: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"JwtSigner(lifetime={self.lifetime})"

    def _sign(self, signing_input: bytes) -> str:
        return _b64(hmac.new(self._key, signing_input, hashlib.sha256).digest())

    def issue(self, user: str, client_id: str, now: float) -> str:
        iat = int(now)
        subject = self._subjects.setdefault(user, str(uuid.uuid4()))
        claims: dict[str, Any] = {
            "iss": "kylo",
            "sub": f"local|{subject}",
            "aud": client_id,
            "acc": "kylo",
            "preferred_username": user,
            "cust": {
                "domain_id": ROOT_DOMAIN,
                "groups": ["admin"],
                "sid": str(uuid.uuid4()),
                "zone_id": ROOT_DOMAIN,
            },
            "jwtid": str(uuid.uuid4()),
            "iat": iat,
            "exp": iat + self.lifetime,
        }
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signing_input = f"{header}.{payload}".encode()
        return f"{header}.{payload}.{self._sign(signing_input)}"

    def check(self, token: str, now: float) -> Claims:
        parts = token.split(".")
        if len(parts) != 3:
            raise Unauthorized(
                "Bearer token malformed: token contains an invalid number of segments"
            )
        try:
            header = json.loads(_unb64(parts[0]))
            claims = json.loads(_unb64(parts[1]))
        except (ValueError, UnicodeDecodeError):
            raise Unauthorized("Bearer token malformed: token is not base64url JSON") from None
        if not isinstance(header, dict) or header.get("alg") != "HS256":
            raise Unauthorized("Bearer token malformed: signing method is not HS256")
        expected = self._sign(f"{parts[0]}.{parts[1]}".encode())
        if not hmac.compare_digest(expected, parts[2]):
            raise Unauthorized("Bearer token malformed: signature is invalid")
        if not isinstance(claims, dict):
            raise Unauthorized("Bearer token malformed: claims are not an object")
        exp, iat = claims.get("exp"), claims.get("iat")
        user = claims.get("preferred_username")
        if not isinstance(exp, int) or not isinstance(iat, int) or not isinstance(user, str):
            raise Unauthorized("Bearer token malformed: exp, iat or preferred_username missing")
        if now >= exp:
            late = int(now - exp) + 1
            raise Unauthorized(f"Bearer token malformed: Token is expired by {late}s")
        return Claims(user, iat, exp)
