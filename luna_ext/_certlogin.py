"""Certificate challenge-response login (guide ch. 2), done with ``cryptography``."""

from __future__ import annotations

import base64
import json
from collections.abc import Generator
from pathlib import Path

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ._errors import LunaError, error_from_response
from ._media import vendor_type

__all__ = ["CertificateLogin", "answer_challenge", "pem_for_api"]


def pem_for_api(certificate: x509.Certificate) -> str:
    """The certificate as the API carries it: PEM with newlines written as ``\\n``."""
    return certificate.public_bytes(serialization.Encoding.PEM).decode()


def answer_challenge(
    private_key: rsa.RSAPrivateKey, challenge_b64: str, nonce_b64: str, server_certificate_pem: str
) -> str:
    """Steps 4-8 of the guide: decode, decrypt with the user's key, XOR with the nonce,
    encrypt to the server's key (PKCS#1 v1.5, as Thales' sample does), base64."""
    wrong_key = LunaError(
        "the challenge does not decrypt with this private key: "
        "is it the key of the certificate registered for the user?"
    )
    try:
        challenge = private_key.decrypt(base64.b64decode(challenge_b64), padding.PKCS1v15())
    except ValueError:  # OpenSSL either refuses or (implicit rejection) returns noise
        raise wrong_key from None
    nonce = base64.b64decode(nonce_b64)
    if len(nonce) != len(challenge):
        raise wrong_key
    answer = bytes(a ^ b for a, b in zip(challenge, nonce, strict=True))
    server = x509.load_pem_x509_certificate(server_certificate_pem.replace("\\n", "\n").encode())
    public = server.public_key()
    if not isinstance(public, rsa.RSAPublicKey):
        raise LunaError("the server's login certificate is not RSA")
    return base64.b64encode(public.encrypt(answer, padding.PKCS1v15())).decode()


def _load_key(
    key: rsa.RSAPrivateKey | str | Path | bytes, password: bytes | None
) -> rsa.RSAPrivateKey:
    if isinstance(key, rsa.RSAPrivateKey):
        return key
    data = Path(key).read_bytes() if isinstance(key, str | Path) else key
    loaded = serialization.load_pem_private_key(data, password=password)
    if not isinstance(loaded, rsa.RSAPrivateKey):
        raise LunaError("certificate login needs an RSA private key")
    return loaded


def _load_cert(cert: x509.Certificate | str | Path | bytes) -> x509.Certificate:
    if isinstance(cert, x509.Certificate):
        return cert
    data = Path(cert).read_bytes() if isinstance(cert, str | Path) else cert
    return x509.load_pem_x509_certificate(data)


class CertificateLogin:
    """Log in with a user's RSA key and certificate (files, bytes or objects).

    The certificate must first be registered for the user
    (``LunaSession.register_certificate``)."""

    def __init__(
        self,
        username: str,
        private_key: rsa.RSAPrivateKey | str | Path | bytes,
        certificate: x509.Certificate | str | Path | bytes,
        *,
        key_password: bytes | None = None,
    ) -> None:
        self.username = username
        self._key = _load_key(private_key, key_password)
        self.certificate = _load_cert(certificate)

    def __repr__(self) -> str:
        return f"CertificateLogin(username={self.username!r})"

    def login_flow(
        self, base: httpx.URL
    ) -> Generator[httpx.Request, httpx.Response, httpx.Response]:
        headers = {"Content-Type": vendor_type("json")}
        body = {"username": self.username, "certificate": pem_for_api(self.certificate)}
        response = yield httpx.Request(
            "POST",
            base.join("/auth/login/challenge"),
            headers=headers,
            content=json.dumps(body).encode(),
        )
        if response.status_code != 200:
            raise error_from_response(response)
        data = response.json()
        answer = answer_challenge(self._key, data["challenge"], data["nonce"], data["certificate"])
        response = yield httpx.Request(
            "POST",
            base.join("/auth/login/basic"),
            headers=headers,
            content=json.dumps({"challengeResponse": answer}).encode(),
        )
        return response
