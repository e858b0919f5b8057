"""Certificate pinning for ``requests``, the transport schemathesis uses.

``--luna-pin`` alone must work for every layer: luna_ext pins through its own SSL context,
and schema-driven cases go through a ``requests.Session`` whose adapter makes urllib3 check
the server certificate's SHA-256 fingerprint on every connection (the CA and name checks are
replaced by the pin, as in ``luna_ext.ssl_context``)."""

from __future__ import annotations

import warnings
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import InsecureRequestWarning

__all__ = ["PinnedAdapter", "pinned_session"]


def _normalize(fingerprint: str) -> str:
    return fingerprint.replace(":", "").replace(" ", "").lower()


class PinnedAdapter(HTTPAdapter):
    """Accepts exactly the certificate with this SHA-256 fingerprint."""

    def __init__(self, sha256: str, **kwargs: Any) -> None:
        self._fingerprint = _normalize(sha256)
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["assert_fingerprint"] = self._fingerprint
        kwargs["cert_reqs"] = "CERT_NONE"
        super().init_poolmanager(*args, **kwargs)

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float | None, float | None] | None = None,
        verify: bool | str = True,
        cert: str | tuple[str, str] | None = None,
        proxies: dict[str, str] | None = None,
    ) -> requests.Response:
        # the pin replaces CA verification (urllib3 checks the fingerprint), it does not
        # disable it
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", InsecureRequestWarning)
            return super().send(request, stream, timeout, False, cert, proxies)


def pinned_session(sha256: str) -> requests.Session:
    session = requests.Session()
    session.mount("https://", PinnedAdapter(sha256))
    return session
