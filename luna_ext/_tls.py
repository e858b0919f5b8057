"""TLS: verification always on, with ways to trust an appliance's own certificate."""

from __future__ import annotations

import hashlib
import ssl
from pathlib import Path

from ._errors import LunaConnectionError, LunaError, LunaTLSError

__all__ = ["fetch_certificate", "ssl_context"]


def _normalize(fingerprint: str) -> str:
    return fingerprint.replace(":", "").replace(" ", "").lower()


def fetch_certificate(host: str, port: int, *, timeout: float = 10.0) -> str:
    """The PEM certificate a server presents (not verified: compare its fingerprint)."""
    return ssl.get_server_certificate((host, port), timeout=timeout)


def ssl_context(
    *,
    ca_file: str | Path | None = None,
    pinned_sha256: str | None = None,
    host: str | None = None,
    port: int = 8443,
) -> ssl.SSLContext:
    """A verifying context.

    - default: the system's trust store;
    - ``ca_file``: trust this CA (or the appliance's self-signed ``server.pem``);
    - ``pinned_sha256``: fetch the appliance's certificate, check its SHA-256 fingerprint and
      trust exactly that certificate (the name check is replaced by the pin).
    """
    if pinned_sha256:
        if not host:
            raise LunaError("pinning a certificate needs the appliance's host")
        try:
            pem = fetch_certificate(host, port)
        except ssl.SSLError as exc:
            raise LunaTLSError(f"cannot fetch {host}:{port}'s certificate to pin: {exc}") from exc
        except OSError as exc:
            raise LunaConnectionError(
                f"cannot connect to {host}:{port} to fetch its certificate for the pin "
                f"({exc}): check the URL and port (the REST API listens on 8443)"
            ) from exc
        der = ssl.PEM_cert_to_DER_cert(pem)
        seen = hashlib.sha256(der).hexdigest()
        if seen != _normalize(pinned_sha256):
            raise LunaError(
                f"{host}:{port} presents a certificate with SHA-256 {seen}, "
                f"not the pinned {_normalize(pinned_sha256)}"
            )
        ctx = ssl.create_default_context(cadata=pem)
        ctx.check_hostname = False
        return ctx
    return ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
