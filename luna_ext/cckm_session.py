"""``CckmSession`` / ``AsyncCckmSession``: one object per CipherTrust Manager (CCKM).

A session holds an API token and renews it (``cckm_tokens.py``), trusts the server's TLS
certificate the way ``LunaSession`` does (a CA file, a pinned SHA-256 fingerprint or an
``ssl.SSLContext``; verification is always on), retries idempotent requests on connection
errors, 429 and 503 (``Retry``), turns CipherTrust error bodies into ``CckmApiError``
subclasses, pages over ``skip``/``limit``/``total``, and waits for asynchronous key
operations and jobs the way ``cckm.yaml``'s ``x-cckm-completion`` says they complete::

    from luna_ext import CckmSession
    from cckm_client.api.luna_keys import list_luna_keys

    with CckmSession("https://cm.example", username="admin", password=pw,
                     ca_file="cm.pem") as cm:
        key = cm.request("POST", "/api/v1/cckm/hsm/luna/keys", json={...})
        key = cm.wait_for_key(key["id"])            # AVAILABLE, or CckmTimeout
        for k in cm.iterate("/api/v1/cckm/hsm/luna/keys"):
            print(k["label"], k["status"])
        keys = cm.call(list_luna_keys, limit=5)    # the generated client, typed

The two classes have the same methods; the async ones are coroutines and ``iterate`` an
async iterator.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import ssl
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, ParamSpec, Protocol, Self, TypeVar
from urllib.parse import quote

import httpx
from cckm_client import AuthenticatedClient
from cckm_client.models import CipherTrustError

import luna_spec

from ._errors import InsecureURLError
from ._tls import ssl_context
from ._transport import AsyncRetryTransport, Retry, RetryTransport
from .cckm_errors import (
    CckmApiError,
    CckmError,
    CckmOperationFailed,
    CckmTimeout,
    cckm_error_from_response,
)
from .cckm_tokens import CckmTokens, TokenInfo

__all__ = ["AsyncCckmSession", "CckmOperation", "CckmProgress", "CckmSession"]

P = ParamSpec("P")
R_co = TypeVar("R_co", covariant=True)
CckmProgress = Callable[[dict[str, Any]], None]
"""A progress callback: receives each polled state of the key or job."""
JobKind = Literal["refresh", "synchronize"]
_log = logging.getLogger("luna_ext.cckm")


class _Detailed(Protocol[R_co]):
    @property
    def parsed(self) -> CipherTrustError | R_co | None: ...


class CckmOperation(Protocol[P, R_co]):
    """A generated operation module (``from cckm_client.api.luna_keys import get_luna_key``)."""

    def _get_kwargs(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]: ...

    @property
    def sync_detailed(self) -> Callable[..., _Detailed[R_co]]: ...

    @property
    def asyncio_detailed(self) -> Callable[..., Coroutine[Any, Any, _Detailed[R_co]]]: ...


# ---- completion rules, from cckm.yaml -------------------------------------------------
@dataclass(frozen=True)
class _Rule:
    poll_path: str  # the path template of the GET to poll
    param: str  # its path parameter
    field: str
    operation: str  # the key's operation it is about ("" for jobs)
    pending: tuple[str, ...]
    success: tuple[str, ...]
    failure: tuple[str, ...]


@functools.cache
def _rules() -> dict[str, _Rule]:
    """``key:<operation>`` and ``job:<poll operationId>`` -> how it completes."""
    ops = {op["operationId"]: (path, op) for _, path, op in luna_spec.iter_cckm_operations()}
    rules: dict[str, _Rule] = {}
    for _, (_, op) in ops.items():
        c = op.get("x-cckm-completion")
        if not c:
            continue
        path, poll = ops[c["poll"]]
        param = path[path.index("{") + 1 : path.index("}")]
        if op.get("x-cckm-async") in ("key-status", "key-operation"):
            name = c.get("operation")
            if not name:  # the creation: its answer's example names the operation
                example = op["responses"]["2XX"]["content"]["application/json"]["example"]
                name = example["operation"]
            key = f"key:{name}"
        else:
            key = f"job:{poll['operationId']}"
        rules.setdefault(
            key,
            _Rule(
                path,
                param,
                c["field"],
                c.get("operation", "") if key.startswith("key:") else "",
                tuple(c["pending"]),
                tuple(c["success"]),
                tuple(c["failure"]),
            ),
        )
    return rules


_JOB_POLLS = {"refresh": "getLunaRefreshJob", "synchronize": "getLunaSynchronizeJob"}


class _Wait:
    """The decisions of one wait, shared by the sync and async sessions."""

    def __init__(self, rule: _Rule, what: str, timeout: float, interval: float) -> None:
        self.rule, self.what = rule, what
        self.deadline = time.monotonic() + timeout
        self.timeout, self.interval = timeout, interval

    def path(self, ident: str) -> str:
        return self.rule.poll_path.replace(f"{{{self.rule.param}}}", quote(ident, safe=""))

    def done(self, state: dict[str, Any]) -> bool:
        value = state.get(self.rule.field)
        if self.rule.operation and state.get("operation") != self.rule.operation:
            return False  # another operation's state: not ours yet
        if value in self.rule.failure:
            raise CckmOperationFailed(f"{self.what} ended {self.rule.field}={value!r}", state)
        if value in self.rule.success:
            return True
        if time.monotonic() >= self.deadline:
            raise CckmTimeout(
                f"{self.what} not done after {self.timeout:g} s ({self.rule.field}={value!r})",
                state,
            )
        return False

    def delay(self) -> float:
        left = max(0.0, self.deadline - time.monotonic())
        delay = min(self.interval, left)
        self.interval = min(self.interval * 1.5, 5.0)
        return delay


def _key_wait(operation: str, key_id: str, timeout: float, interval: float) -> _Wait:
    rule = _rules().get(f"key:{operation}")
    if rule is None:
        known = sorted(k[4:] for k in _rules() if k.startswith("key:"))
        raise CckmError(f"no completion rule for key operation {operation!r} (known: {known})")
    return _Wait(rule, f"{operation} of key {key_id}", timeout, interval)


def _key_path(key_id: str) -> str:
    """The key's GET, which every key operation's completion polls."""
    rule = next(r for k, r in _rules().items() if k.startswith("key:"))
    return rule.poll_path.replace(f"{{{rule.param}}}", quote(key_id, safe=""))


def _job_wait(kind: JobKind, job_id: str, timeout: float, interval: float) -> _Wait:
    return _Wait(_rules()[f"job:{_JOB_POLLS[kind]}"], f"{kind} job {job_id}", timeout, interval)


# ---- paging ---------------------------------------------------------------------------
def _page(body: Any, skip: int) -> tuple[list[dict[str, Any]], int | None]:
    """(resources, the next skip or None when done)."""
    if not isinstance(body, dict) or not isinstance(body.get("resources"), list):
        raise CckmError("the answer is not a CipherTrust list (skip, limit, total, resources)")
    items: list[dict[str, Any]] = body["resources"]
    total = body.get("total")
    nxt = skip + len(items)
    if not items or (isinstance(total, int) and nxt >= total):
        return items, None
    return items, nxt


# ---- the sessions ---------------------------------------------------------------------
def _check_url(url: httpx.URL, allow_insecure_http: bool) -> None:
    if url.scheme == "https" or (url.scheme == "http" and allow_insecure_http):
        return
    raise InsecureURLError(
        f"{url}: CCKM needs https:// (the password and the tokens would go out in clear); "
        "allow_insecure_http=True accepts http:// for a test server"
    )


def _json(response: httpx.Response) -> Any:
    if response.status_code >= 400:
        raise cckm_error_from_response(response)
    return response.json() if response.content else None


def _parsed(detailed: Any) -> Any:
    parsed = detailed.parsed
    if isinstance(parsed, CipherTrustError):  # not raised by the client: never expected
        raise CckmApiError(int(detailed.status_code), parsed.code, "", parsed.code_desc)
    return parsed


class _RaisingClient(httpx.Client):
    """The generated client's httpx client: error answers raise typed errors."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = super().send(request, **kwargs)
        if response.status_code >= 400:
            response.read()
            raise cckm_error_from_response(response)
        return response


class _AsyncRaisingClient(httpx.AsyncClient):
    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = await super().send(request, **kwargs)
        if response.status_code >= 400:
            await response.aread()
            raise cckm_error_from_response(response)
        return response


class _Base:
    def __init__(
        self,
        url: str,
        *,
        username: str,
        password: str,
        domain: str | None = None,
        ca_file: str | Path | None = None,
        pinned_sha256: str | None = None,
        verify: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        retry: Retry | int | None = None,
        renew_before: float = 30.0,
        allow_insecure_http: bool = False,
    ) -> None:
        self.url = httpx.URL(url)
        _check_url(self.url, allow_insecure_http)
        if isinstance(retry, int):
            retry = Retry(attempts=retry + 1)
        self.retry = retry or Retry()
        self.tokens = CckmTokens(username, password, renew_before=renew_before, domain=domain)
        self._ssl: ssl.SSLContext | bool = True
        if self.url.scheme == "https":
            self._ssl = verify or ssl_context(
                ca_file=ca_file,
                pinned_sha256=pinned_sha256,
                host=self.url.host,
                port=self.url.port or 443,
            )
        self._args: dict[str, Any] = {
            "base_url": str(self.url),
            "auth": self.tokens,
            "headers": {"Accept": "application/json"},
            "timeout": httpx.Timeout(timeout),
            "follow_redirects": False,
        }
        self.client = AuthenticatedClient(base_url=str(self.url), token="")
        """The generated ``cckm_client`` client (``list_luna_keys.sync(client=...)``); its
        error answers raise ``CckmApiError`` subclasses."""

    @property
    def username(self) -> str:
        return self.tokens.username

    def token_info(self) -> TokenInfo:
        """The token's remaining life and how often it was issued and refreshed."""
        return self.tokens.info()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.url)!r}, user={self.username!r})"


class CckmSession(_Base):
    """A CipherTrust Manager session with transparent token renewal.

    Args:
        url: ``https://<cm>`` (the API is under ``/api/v1``); ``http://`` only with
            ``allow_insecure_http=True``.
        username, password: the password grant; ``domain`` the domain to log in to.
        ca_file / pinned_sha256 / verify: how the server's certificate is trusted (else
            the system's store). Verification is always on.
        timeout: seconds per request; retry: a ``Retry``, a number of retries, or None
            for the default; renew_before: renew the JWT this many seconds before it
            expires.
    """

    def __init__(
        self,
        url: str,
        *,
        username: str,
        password: str,
        domain: str | None = None,
        ca_file: str | Path | None = None,
        pinned_sha256: str | None = None,
        verify: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        retry: Retry | int | None = None,
        renew_before: float = 30.0,
        allow_insecure_http: bool = False,
    ) -> None:
        super().__init__(
            url,
            username=username,
            password=password,
            domain=domain,
            ca_file=ca_file,
            pinned_sha256=pinned_sha256,
            verify=verify,
            timeout=timeout,
            retry=retry,
            renew_before=renew_before,
            allow_insecure_http=allow_insecure_http,
        )
        self.transport = RetryTransport(httpx.HTTPTransport(verify=self._ssl), self.retry)
        self.http = httpx.Client(transport=self.transport, **self._args)
        """The httpx client (base URL, token, TLS trust, retries); answers as they come."""
        self._calls = _RaisingClient(transport=self.transport, **self._args)
        self.client.set_httpx_client(self._calls)

    def __enter__(self) -> Self:
        return self.open()

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def open(self) -> Self:
        """Log in now (so that bad credentials fail here, not on first use)."""
        try:
            request = self.tokens.password_request(self.url)
            self.tokens.accept(self.http.send(request, auth=None), login=True)
        except BaseException:
            self.close()
            raise
        return self

    def close(self) -> None:
        self._calls.close()
        self.http.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
    ) -> Any:
        """Send a request; its JSON answer (None when empty), or the typed error."""
        return _json(self.http.request(method, path, params=params, json=json))

    def call(self, operation: CckmOperation[P, R_co], /, *args: P.args, **kwargs: P.kwargs) -> R_co:
        """Run a generated operation (``cckm_client.api.<tag>.<op>``): its parsed answer."""
        result: R_co = _parsed(operation.sync_detailed(*args, client=self.client, **kwargs))
        return result

    def iterate(
        self, path: str, *, params: dict[str, Any] | None = None, page_size: int = 100
    ) -> Iterator[dict[str, Any]]:
        """Every resource of a list, page by page (``skip`` += what came, until ``total``)."""
        skip: int | None = 0
        while skip is not None:
            page = {**(params or {}), "skip": skip, "limit": page_size}
            items, skip = _page(self.request("GET", path, params=page), skip)
            yield from items

    def _wait(self, wait: _Wait, ident: str, on_progress: CckmProgress | None) -> dict[str, Any]:
        while True:
            state: dict[str, Any] = self.request("GET", wait.path(ident))
            if on_progress is not None:
                on_progress(state)
            if wait.done(state):
                return state
            time.sleep(wait.delay())

    def wait_for_key(
        self,
        key_id: str,
        *,
        operation: str | None = None,
        timeout: float = 300.0,
        interval: float = 0.5,
        on_progress: CckmProgress | None = None,
    ) -> dict[str, Any]:
        """Poll the key until its ``operation`` (``keycreate``, ``keyupdate``,
        ``keyreplicate``, ``keydelete``; by default the one it shows now) is done, as
        ``cckm.yaml`` says (``status`` AVAILABLE, ``operation_status`` completed,
        ``status`` DELETED); its last state. ``CckmTimeout`` after ``timeout`` seconds."""
        if operation is None:
            operation = str(self.request("GET", _key_path(key_id))["operation"])
        return self._wait(_key_wait(operation, key_id, timeout, interval), key_id, on_progress)

    def wait_for_job(
        self,
        job_id: str,
        *,
        kind: JobKind = "refresh",
        timeout: float = 600.0,
        interval: float = 0.5,
        on_progress: CckmProgress | None = None,
    ) -> dict[str, Any]:
        """Poll a refresh or synchronization job until its ``overall_status`` is final;
        ``CckmOperationFailed`` when it failed, ``CckmTimeout`` after ``timeout``."""
        return self._wait(_job_wait(kind, job_id, timeout, interval), job_id, on_progress)


class AsyncCckmSession(_Base):
    """The asyncio twin of ``CckmSession`` (``async with AsyncCckmSession(...) as cm``)."""

    def __init__(
        self,
        url: str,
        *,
        username: str,
        password: str,
        domain: str | None = None,
        ca_file: str | Path | None = None,
        pinned_sha256: str | None = None,
        verify: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        retry: Retry | int | None = None,
        renew_before: float = 30.0,
        allow_insecure_http: bool = False,
    ) -> None:
        super().__init__(
            url,
            username=username,
            password=password,
            domain=domain,
            ca_file=ca_file,
            pinned_sha256=pinned_sha256,
            verify=verify,
            timeout=timeout,
            retry=retry,
            renew_before=renew_before,
            allow_insecure_http=allow_insecure_http,
        )
        self.transport = AsyncRetryTransport(httpx.AsyncHTTPTransport(verify=self._ssl), self.retry)
        self.http = httpx.AsyncClient(transport=self.transport, **self._args)
        self._calls = _AsyncRaisingClient(transport=self.transport, **self._args)
        self.client.set_async_httpx_client(self._calls)

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def open(self) -> Self:
        try:
            request = self.tokens.password_request(self.url)
            self.tokens.accept(await self.http.send(request, auth=None), login=True)
        except BaseException:
            await self.close()
            raise
        return self

    async def close(self) -> None:
        await self._calls.aclose()
        await self.http.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
    ) -> Any:
        return _json(await self.http.request(method, path, params=params, json=json))

    async def call(
        self, operation: CckmOperation[P, R_co], /, *args: P.args, **kwargs: P.kwargs
    ) -> R_co:
        detailed = await operation.asyncio_detailed(*args, client=self.client, **kwargs)
        result: R_co = _parsed(detailed)
        return result

    async def iterate(
        self, path: str, *, params: dict[str, Any] | None = None, page_size: int = 100
    ) -> AsyncIterator[dict[str, Any]]:
        skip: int | None = 0
        while skip is not None:
            page = {**(params or {}), "skip": skip, "limit": page_size}
            items, skip = _page(await self.request("GET", path, params=page), skip)
            for item in items:
                yield item

    async def _wait(
        self, wait: _Wait, ident: str, on_progress: CckmProgress | None
    ) -> dict[str, Any]:
        while True:
            state: dict[str, Any] = await self.request("GET", wait.path(ident))
            if on_progress is not None:
                on_progress(state)
            if wait.done(state):
                return state
            await asyncio.sleep(wait.delay())

    async def wait_for_key(
        self,
        key_id: str,
        *,
        operation: str | None = None,
        timeout: float = 300.0,
        interval: float = 0.5,
        on_progress: CckmProgress | None = None,
    ) -> dict[str, Any]:
        if operation is None:
            operation = str((await self.request("GET", _key_path(key_id)))["operation"])
        return await self._wait(
            _key_wait(operation, key_id, timeout, interval), key_id, on_progress
        )

    async def wait_for_job(
        self,
        job_id: str,
        *,
        kind: JobKind = "refresh",
        timeout: float = 600.0,
        interval: float = 0.5,
        on_progress: CckmProgress | None = None,
    ) -> dict[str, Any]:
        return await self._wait(_job_wait(kind, job_id, timeout, interval), job_id, on_progress)
