"""The connection layer under every session: retries with backoff and jitter, and
connection and TLS failures as typed errors that say what to do.

It is an httpx transport, so it sits under everything a session sends: its own requests,
the generated client's, task polls and file transfers.

What is retried (``Retry``):

* a failure to connect (refused, unreachable, timed out connecting): nothing was sent,
  so any request is retried (not a TLS failure: an untrusted certificate stays so);
* a connection that broke after the request was sent, and the answers ``429`` and ``503``
  (honouring ``Retry-After``): only for the idempotent ``methods`` (GET, HEAD and OPTIONS
  by default: a POST that may have run is never sent twice), and only when the request
  body can be sent again (a streamed upload cannot).

Every retry is logged at WARNING on the ``luna_ext`` logger (method, path, reason, delay).
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import ssl
import time
from dataclasses import dataclass, field

import httpx

from ._errors import LunaConnectionError, LunaTLSError

__all__ = ["AsyncRetryTransport", "Retry", "RetryTransport", "connection_error"]

log = logging.getLogger("luna_ext")

_CONNECT = (httpx.ConnectError, httpx.ConnectTimeout)
_BROKEN = (
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.PoolTimeout,
)


@dataclass(frozen=True)
class Retry:
    """How requests are retried: ``attempts`` in all (1 = no retry), waits of
    ``backoff * 2**n`` seconds, at most ``max_delay``, with up to ``jitter`` (a fraction)
    added at random; a ``Retry-After`` answer is honoured up to ``max_delay``."""

    attempts: int = 4
    backoff: float = 0.2
    max_delay: float = 10.0
    jitter: float = 0.25
    statuses: frozenset[int] = field(default_factory=lambda: frozenset({429, 503}))
    methods: frozenset[str] = field(default_factory=lambda: frozenset({"GET", "HEAD", "OPTIONS"}))

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError(f"attempts must be at least 1, not {self.attempts}")
        if self.backoff < 0 or self.max_delay < 0 or self.jitter < 0:
            raise ValueError("backoff, max_delay and jitter must not be negative")

    @classmethod
    def off(cls) -> Retry:
        return cls(attempts=1)

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        """The wait before retry number ``attempt`` (1 for the first retry)."""
        after = _retry_after(response) if response is not None else None
        if after is not None:
            return min(after, self.max_delay)
        base: float = min(self.backoff * 2.0 ** (attempt - 1), self.max_delay)
        spread: float = random.uniform(0, self.jitter)
        return base * (1 + spread)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _replayable(request: httpx.Request) -> bool:
    stream = request.stream
    return isinstance(stream, httpx.ByteStream) or not request.headers.get("Content-Length", "0")


def _is_tls(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    text = str(exc)
    return "CERTIFICATE_VERIFY_FAILED" in text or "SSL" in text or "TLS" in text


def connection_error(exc: httpx.TransportError, request: httpx.Request) -> LunaConnectionError:
    """The typed error for an httpx transport failure, with what to check."""
    where = f"{request.url.scheme}://{request.url.host}:{request.url.port or 443}"
    if isinstance(exc, httpx.ConnectError) and _is_tls(exc):
        return LunaTLSError(
            f"TLS with {where} failed ({exc}): the appliance's certificate is not trusted. "
            "Give ca_file= (the appliance's server.pem, or the CA that signed it) or "
            "pinned_sha256= (its SHA-256 fingerprint, e.g. from fetch_certificate()); "
            "verification is never switched off",
            request=request,
        )
    if isinstance(exc, _CONNECT):
        return LunaConnectionError(
            f"cannot connect to {where} ({type(exc).__name__}: {exc}): check the URL and "
            "port (the appliance's REST API listens on 8443), that the webserver service "
            "is started, and that no firewall or block list stops you",
            request=request,
        )
    return LunaConnectionError(
        f"the connection to {where} broke during {request.method} {request.url.path} "
        f"({type(exc).__name__}: {exc or 'no answer'}); a request that changes state may "
        "or may not have run: check before sending it again",
        request=request,
    )


class _Policy:
    def __init__(self, retry: Retry) -> None:
        self.retry = retry

    def retry_error(self, request: httpx.Request, exc: Exception, attempt: int) -> bool:
        if attempt >= self.retry.attempts:
            return False
        if isinstance(exc, _CONNECT):
            return not _is_tls(exc)  # an untrusted certificate stays untrusted
        return (
            isinstance(exc, _BROKEN)
            and request.method in self.retry.methods
            and _replayable(request)
        )

    def retry_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int
    ) -> bool:
        return (
            attempt < self.retry.attempts
            and response.status_code in self.retry.statuses
            and request.method in self.retry.methods
            and _replayable(request)
        )

    def announce(self, request: httpx.Request, reason: str, attempt: int, delay: float) -> None:
        log.warning(
            "retrying %s %s after %s (retry %d of %d, in %.2f s)",
            request.method,
            request.url.path,
            reason,
            attempt,
            self.retry.attempts - 1,
            delay,
        )


class RetryTransport(httpx.BaseTransport):
    """``httpx.HTTPTransport`` with retries and typed connection errors."""

    def __init__(self, inner: httpx.BaseTransport, retry: Retry) -> None:
        self.inner = inner
        self.policy = _Policy(retry)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as exc:
                if not self.policy.retry_error(request, exc, attempt):
                    raise connection_error(exc, request) from exc
                delay = self.policy.retry.delay(attempt)
                self.policy.announce(request, type(exc).__name__, attempt, delay)
            else:
                if not self.policy.retry_response(request, response, attempt):
                    return response
                delay = self.policy.retry.delay(attempt, response)
                response.close()
                self.policy.announce(request, str(response.status_code), attempt, delay)
            time.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of ``RetryTransport``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, retry: Retry) -> None:
        self.inner = inner
        self.policy = _Policy(retry)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                if not self.policy.retry_error(request, exc, attempt):
                    raise connection_error(exc, request) from exc
                delay = self.policy.retry.delay(attempt)
                self.policy.announce(request, type(exc).__name__, attempt, delay)
            else:
                if not self.policy.retry_response(request, response, attempt):
                    return response
                delay = self.policy.retry.delay(attempt, response)
                await response.aclose()
                self.policy.announce(request, str(response.status_code), attempt, delay)
            await asyncio.sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self.inner.aclose()
