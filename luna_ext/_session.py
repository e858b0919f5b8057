"""``LunaSession`` / ``AsyncLunaSession``: one object per appliance connection.

The two classes have the same methods with the same parameters (``tests/test_ext_parity.py``
holds them to it); the async ones are coroutines, ``iterate`` an async iterator and
``operation`` a factory of awaitable calls.
"""

from __future__ import annotations

import logging
import re
import ssl
import time
import typing
from collections.abc import AsyncIterator, Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from types import TracebackType
from typing import IO, Any, BinaryIO, ParamSpec, Self, TypeVar

import httpx
from cryptography import x509
from luna_client import AuthenticatedClient

from ._auth import Login, PasswordLogin, SessionAuth
from ._calls import AsyncBoundCall, BoundCall, CallResult, Operation
from ._certlogin import pem_for_api
from ._errors import InsecureURLError, LunaApiError, LunaError, error_from_response
from ._files import Progress, adownload_to, aupload_request, download_to, upload_request
from ._media import API_VERSION, accept_header, vendor_type
from ._paging import aiterate_pages, iterate_pages
from ._tasks import Backoff, TaskResult, task_url, untasked, wait_async, wait_sync
from ._tls import ssl_context
from ._transport import AsyncRetryTransport, Retry, RetryTransport

__all__ = ["AsyncLunaSession", "LunaSession", "TaskProgress"]

P = ParamSpec("P")
R = TypeVar("R")
TaskProgress = Callable[[dict[str, Any]], None]
"""A task-progress callback: receives each polled state of the task (``state``...)."""

_VERSION = re.compile(r"(application/vnd\.safenetinc\.lunasa\+[a-z-]+;\s*version=)[^;,\s]*")
_TASK = re.compile(r"/tasks/[A-Za-z0-9_.-]+")
_TASK_LOCATION = re.compile(r"(?:^|/)tasks/[A-Za-z0-9_.-]+/?$")
_log = logging.getLogger("luna_ext")
# the answer of the generated call in progress (per thread and per asyncio task)
_LAST: ContextVar[httpx.Response | None] = ContextVar("luna_ext_last_response", default=None)


def _login(username: str | None, password: str | None, login: Login | None) -> Login:
    if login is not None:
        return login
    if not username or password is None:
        raise LunaError("give username and password, or a login (e.g. CertificateLogin)")
    return PasswordLogin(username, password)


def _check_url(url: httpx.URL, allow_insecure_http: bool) -> None:
    if url.scheme == "https":
        return
    if url.scheme == "http" and allow_insecure_http:
        _log.warning("%s is plain HTTP: credentials and the session cookie go out in clear", url)
        return
    if url.scheme == "http":
        raise InsecureURLError(
            f"{url} is plain HTTP: the password and the session cookie would go out in clear. "
            "Use https:// (the appliance listens on https://<host>:8443), or pass "
            "allow_insecure_http=True for a test server on a trusted network"
        )
    raise InsecureURLError(f"{url}: the URL must start with https://")


def _retry(retry: Retry | int | None) -> Retry:
    if retry is None:
        return Retry()
    if isinstance(retry, int):
        return Retry(attempts=retry + 1)
    return retry


def _raise_for(response: httpx.Response) -> httpx.Response:
    if response.status_code >= 400:
        raise error_from_response(response)
    return response


def _resource_location(response: httpx.Response | None) -> str | None:
    location = response.headers.get("Location") if response is not None else None
    return None if not location or _TASK.search(location) else location


def _is_tasked(status: int, response: httpx.Response | None) -> bool:
    """Did the appliance hand the request to a task? (202, or 200/204 with ``Location:
    /tasks/N`` as older firmware answers; a request about tasks themselves never is.)"""
    if response is None or response.request.url.path.startswith("/tasks"):
        return False
    location = response.headers.get("Location", "")
    return status == 202 or bool(_TASK_LOCATION.search(location))


def _task_of(task: httpx.Response | str) -> str:
    if isinstance(task, str):
        return task
    location = str(task.headers.get("Location", ""))
    if not _TASK.search(location):
        raise _unexpected(task, f"a {task.status_code} task answer without a /tasks/ Location")
    return location


def _unexpected(response: httpx.Response | None, what: str) -> LunaApiError:
    """An answer the generated client cannot turn into the operation's result type."""
    status = response.status_code if response is not None else 0
    request = response.request if response is not None else None
    return LunaApiError(
        status,
        "UNEXPECTED_ANSWER",
        "The answer does not match the API description",
        what,
        method=request.method if request is not None else "",
        path=request.url.path if request is not None else "",
    )


def _call_failed(exc: Exception) -> LunaApiError:
    response = _LAST.get()
    return _unexpected(
        response, f"its body does not parse as the documented model ({type(exc).__name__}: {exc})"
    )


_EMPTY_OK: dict[str, bool] = {}


def _may_be_empty(operation: Any) -> bool:
    """Does the operation document an answer without a body (its result type has ``Any``,
    as the generator types a 204)? Read from ``sync_detailed``'s public annotation."""
    key = getattr(operation, "__name__", repr(operation))
    if key not in _EMPTY_OK:
        ret = getattr(operation.sync_detailed, "__annotations__", {}).get("return")
        args = typing.get_args(ret)
        inner = typing.get_args(args[0]) if args else ()
        _EMPTY_OK[key] = ret is None or not args or Any in inner or args[0] is Any
    return _EMPTY_OK[key]


def _task_location(result: Any) -> str | None:
    """The resource a finished task names in its response (``url``), if it does."""
    url = result.get("url") if isinstance(result, dict) else None
    return url if isinstance(url, str) and url.startswith("/") else None


def _task_value(result: Any) -> Any:
    return None if result in ({}, None, b"") else result


class _CallClient(httpx.Client):
    """The httpx client the generated operations use: error answers raise typed errors
    before the generated code parses them (after the session flow, so an expired session
    is still reopened)."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = super().send(request, **kwargs)
        _LAST.set(response)
        if response.status_code >= 400:
            response.read()
            raise error_from_response(response)
        return response


class _AsyncCallClient(httpx.AsyncClient):
    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = await super().send(request, **kwargs)
        _LAST.set(response)
        if response.status_code >= 400:
            await response.aread()
            raise error_from_response(response)
        return response


class _Base:
    def __init__(
        self,
        url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        login: Login | None = None,
        ca_file: str | Path | None = None,
        pinned_sha256: str | None = None,
        verify: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        api_version: str = API_VERSION,
        reopen: bool = True,
        retry: Retry | int | None = None,
        task_timeout: float = 300.0,
        task_backoff: Backoff | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        self.url = httpx.URL(url)
        _check_url(self.url, allow_insecure_http)
        self.api_version = api_version
        self.retry = _retry(retry)
        self.task_timeout = task_timeout
        self.task_backoff = task_backoff or Backoff()
        self.auth = SessionAuth(_login(username, password, login), reopen=reopen)
        self._ssl: ssl.SSLContext | None = None
        if self.url.scheme == "https":
            self._ssl = verify or ssl_context(
                ca_file=ca_file,
                pinned_sha256=pinned_sha256,
                host=self.url.host,
                port=self.url.port or 443,
            )
        self._headers = {"Accept": accept_header(api_version)}
        self._timeout = httpx.Timeout(timeout)
        self.client = AuthenticatedClient(
            base_url=str(self.url), token="", raise_on_unexpected_status=False
        )

    def _client_args(self) -> dict[str, Any]:
        return {
            "base_url": str(self.url),
            "auth": self.auth,
            "headers": self._headers,
            "timeout": self._timeout,
            "follow_redirects": False,
        }

    @property
    def username(self) -> str:
        return self.auth.login.username

    def _rewrite_version(self, request: httpx.Request) -> None:
        if self.api_version != API_VERSION:
            for name in ("Content-Type", "Accept"):
                if name in request.headers:
                    request.headers[name] = _VERSION.sub(
                        rf"\g<1>{self.api_version}", request.headers[name]
                    )

    def _log_response(self, response: httpx.Response) -> None:
        if _log.isEnabledFor(logging.DEBUG):
            request = response.request
            _log.debug("%s %s -> %d", request.method, request.url.path, response.status_code)

    def _json_headers(self, json: Any) -> dict[str, str] | None:
        return {"Content-Type": vendor_type("json", self.api_version)} if json is not None else None

    def _done(
        self, operation: Any, detailed: Any, *, wait: bool
    ) -> tuple[CallResult[Any] | None, httpx.Response | None]:
        """The result of an untasked answer (or of a tasked one not waited for); None and
        the raw answer when the task must be waited for."""
        response = _LAST.get()
        status = int(detailed.status_code)
        headers = response.headers if response is not None else httpx.Headers()
        if not _is_tasked(status, response):
            if detailed.parsed is None and (
                (response is not None and response.content) or not _may_be_empty(operation)
            ):
                # never a None where the operation's type promises a model
                raise _unexpected(response, f"status {status} is not documented for this operation")
            location = _resource_location(response)
            return CallResult(detailed.parsed, status, location, None, headers), None
        if not wait:
            return CallResult(detailed.parsed, status, None, None, headers), None
        return None, response

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.url)!r}, user={self.username!r})"


class LunaSession(_Base):
    """A private session on one appliance, for the generated client and for the helpers.

    Example (``pw`` and ``server.pem`` are yours)::

        with LunaSession("https://hsm:8443", username="admin", password=pw,
                         ca_file="server.pem") as s:
            s.call(get_hsm, hsmid=123)

    Args:
        url: ``https://<appliance>:8443``; ``http://`` is refused unless
            ``allow_insecure_http=True``.
        username, password: a password login (Basic, guide ch. 2), or
        login: another way to log in (``CertificateLogin``).
        ca_file: trust this CA or the appliance's ``server.pem`` (else the system's store);
        pinned_sha256: or trust exactly the certificate with this SHA-256 fingerprint;
        verify: or this ``ssl.SSLContext``. Verification is always on.
        timeout: seconds per request.
        api_version: the vendor media type's version (the spec's by default).
        reopen: log in again once when the session expired.
        retry: a ``Retry`` policy, a number of retries, or None for the default (3 retries
            of idempotent requests on connection errors, 429 and 503); ``0`` switches off.
        task_timeout, task_backoff: how ``call`` waits for tasks.
        allow_insecure_http: accept an ``http://`` URL (credentials in clear).
    """

    def __init__(
        self,
        url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        login: Login | None = None,
        ca_file: str | Path | None = None,
        pinned_sha256: str | None = None,
        verify: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        api_version: str = API_VERSION,
        reopen: bool = True,
        retry: Retry | int | None = None,
        task_timeout: float = 300.0,
        task_backoff: Backoff | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        super().__init__(
            url,
            username=username,
            password=password,
            login=login,
            ca_file=ca_file,
            pinned_sha256=pinned_sha256,
            verify=verify,
            timeout=timeout,
            api_version=api_version,
            reopen=reopen,
            retry=retry,
            task_timeout=task_timeout,
            task_backoff=task_backoff,
            allow_insecure_http=allow_insecure_http,
        )
        self.transport = RetryTransport(httpx.HTTPTransport(verify=self._ssl or True), self.retry)
        hooks: dict[str, list[Callable[..., Any]]] = {
            "request": [self._rewrite_version],
            "response": [self._log_response],
        }
        self.http = httpx.Client(transport=self.transport, event_hooks=hooks, **self._client_args())
        self._calls = _CallClient(
            transport=self.transport, event_hooks=hooks, **self._client_args()
        )
        self.client.set_httpx_client(self._calls)

    def __enter__(self) -> Self:
        return self.open()

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def open(self) -> Self:
        """Open the session now (so that bad credentials fail here, not on first use)."""
        try:
            _raise_for(self.http.get("/api/lunasa"))
        except BaseException:
            self._calls.close()
            self.http.close()
            raise
        return self

    def close(self) -> None:
        """End the private session on the appliance and close the connections."""
        try:
            if self.auth.cookie:
                self.http.delete("/auth/session")
        except httpx.HTTPError:
            pass
        finally:
            self._calls.close()
            self.http.close()

    # -- generated client --------------------------------------------------------
    def call(self, operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Run a generated operation (``luna_client.api.<tag>.<op>``) and return its parsed
        result, typed from the operation. A tasked answer is waited for (a protected task
        is refused: ``operation(op, start=True)``); error answers, tasked or not, raise
        ``LunaApiError`` subclasses."""
        return self.run(operation, *args, **kwargs).value

    def run(
        self, operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs
    ) -> CallResult[R]:
        """Like ``call``, with the whole result: ``status``, ``location``, ``id``, ``task``."""
        return self._run(operation, True, False, None, None, args, kwargs)

    def operation(
        self,
        operation: Operation[P, R],
        /,
        *,
        wait: bool = True,
        start: bool = False,
        timeout: float | None = None,
        on_progress: TaskProgress | None = None,
    ) -> BoundCall[P, R]:
        """The operation with task options, to call: ``luna.operation(op, start=True)(...)``
        (``.detailed(...)`` for the ``CallResult``). ``wait=False`` returns a tasked
        answer's ``Task`` at once; ``start=True`` consents to a protected task."""

        def run(*args: Any, **kwargs: Any) -> CallResult[R]:
            return self._run(operation, wait, start, timeout, on_progress, args, kwargs)

        return BoundCall(run)

    def _run(
        self,
        operation: Operation[Any, R],
        wait: bool,
        start: bool,
        timeout: float | None,
        on_progress: TaskProgress | None,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> CallResult[R]:
        t0 = time.monotonic()
        _LAST.set(None)
        try:
            detailed = operation.sync_detailed(*args, client=self.client, **kwargs)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if _LAST.get() is None:  # not an answer's fault: the caller's arguments
                raise
            raise _call_failed(exc) from exc
        done, response = self._done(operation, detailed, wait=wait)
        if done is not None:
            return done
        assert response is not None
        task = wait_sync(
            self.http,
            task_url(response),
            start=start,
            timeout=self.task_timeout if timeout is None else timeout,
            backoff=self.task_backoff,
            on_progress=on_progress,
            origin=response.request,
            t0=t0,
        )
        return CallResult(
            _task_value(task.result), 200, _task_location(task.result), task, response.headers
        )

    def call_detailed(
        self, operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs
    ) -> tuple[httpx.Response, R]:
        """The answer and its parsed result, without waiting for a task (prefer ``run``)."""
        _LAST.set(None)
        detailed = operation.sync_detailed(*args, client=self.client, **kwargs)
        response = _LAST.get()
        assert response is not None
        return response, detailed.parsed  # type: ignore[return-value]

    # -- plain requests ------------------------------------------------------------
    def request(
        self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None
    ) -> httpx.Response:
        """A request with the session; error answers raise typed errors."""
        return _raise_for(
            self.http.request(
                method, path, json=json, params=params, headers=self._json_headers(json)
            )
        )

    def get_json(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params=params or None).json()

    # -- tasks, files, paging --------------------------------------------------------
    def wait_for_task(
        self,
        task: httpx.Response | str,
        *,
        start: bool = False,
        timeout: float | None = None,
        backoff: Backoff | None = None,
        on_progress: TaskProgress | None = None,
    ) -> TaskResult:
        """Wait for a task (a tasked response or ``/tasks/N``); see ``luna_ext._tasks``.

        A response the appliance answered at once (a password HSM often does) is
        returned as a finished result, so callers need not care whether it was tasked."""
        if isinstance(task, httpx.Response) and (done := untasked(task)) is not None:
            return done
        return wait_sync(
            self.http,
            _task_of(task),
            start=start,
            timeout=self.task_timeout if timeout is None else timeout,
            backoff=backoff or self.task_backoff,
            on_progress=on_progress,
            origin=task.request if isinstance(task, httpx.Response) else None,
        )

    def download(
        self, path: str, dest: str | Path | IO[bytes], *, progress: Progress | None = None
    ) -> int:
        """Stream ``path`` into ``dest`` in bounded memory; returns the bytes written."""
        return download_to(self.http, path, dest, progress=progress)

    def upload(
        self,
        path: str,
        source: str | Path | BinaryIO,
        *,
        method: str = "PUT",
        multipart: bool = False,
        filename: str | None = None,
        progress: Progress | None = None,
    ) -> httpx.Response:
        """Stream ``source`` to ``path`` (octet-stream, or multipart) in bounded memory."""
        return upload_request(
            self.http,
            method,
            path,
            source,
            multipart=multipart,
            filename=filename,
            progress=progress,
        )

    def upload_user_file(
        self,
        source: str | Path | BinaryIO,
        *,
        filename: str | None = None,
        user: str | None = None,
        progress: Progress | None = None,
    ) -> str:
        """Upload into a user's file area (yours by default); returns the file's name."""
        response = self.upload(
            f"/users/{user or self.username}/files",
            source,
            method="POST",
            multipart=True,
            filename=filename,
            progress=progress,
        )
        return response.headers.get("Location", "").rsplit("/", 1)[-1] or (filename or "")

    def download_user_file(
        self,
        name: str,
        dest: str | Path | IO[bytes],
        *,
        user: str | None = None,
        progress: Progress | None = None,
    ) -> int:
        """Download a file of a user's file area (yours by default)."""
        return self.download(
            f"/users/{user or self.username}/files/{name}/download", dest, progress=progress
        )

    def iterate(self, path: str, *, page_size: int = 100) -> Iterator[Any]:
        """Every element of a list resource, page by page (see ``luna_ext._paging``)."""
        return iterate_pages(self.http, path, page_size=page_size)

    def register_certificate(
        self, certificate: x509.Certificate, *, user: str | None = None
    ) -> None:
        """Upload a user's login certificate (step 2 of certificate login)."""
        self.request(
            "POST",
            f"/users/{user or self.username}/certificates",
            json={"certificate": pem_for_api(certificate)},
        )


class AsyncLunaSession(_Base):
    """The asyncio twin of ``LunaSession`` (``async with``); same parameters."""

    def __init__(
        self,
        url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        login: Login | None = None,
        ca_file: str | Path | None = None,
        pinned_sha256: str | None = None,
        verify: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        api_version: str = API_VERSION,
        reopen: bool = True,
        retry: Retry | int | None = None,
        task_timeout: float = 300.0,
        task_backoff: Backoff | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        super().__init__(
            url,
            username=username,
            password=password,
            login=login,
            ca_file=ca_file,
            pinned_sha256=pinned_sha256,
            verify=verify,
            timeout=timeout,
            api_version=api_version,
            reopen=reopen,
            retry=retry,
            task_timeout=task_timeout,
            task_backoff=task_backoff,
            allow_insecure_http=allow_insecure_http,
        )

        async def rewrite(request: httpx.Request) -> None:
            self._rewrite_version(request)

        async def log_response(response: httpx.Response) -> None:
            self._log_response(response)

        self.transport = AsyncRetryTransport(
            httpx.AsyncHTTPTransport(verify=self._ssl or True), self.retry
        )
        hooks: dict[str, list[Callable[..., Any]]] = {
            "request": [rewrite],
            "response": [log_response],
        }
        self.http = httpx.AsyncClient(
            transport=self.transport, event_hooks=hooks, **self._client_args()
        )
        self._calls = _AsyncCallClient(
            transport=self.transport, event_hooks=hooks, **self._client_args()
        )
        self.client.set_async_httpx_client(self._calls)

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def open(self) -> Self:
        """Open the session now (so that bad credentials fail here, not on first use)."""
        try:
            _raise_for(await self.http.get("/api/lunasa"))
        except BaseException:
            await self._calls.aclose()
            await self.http.aclose()
            raise
        return self

    async def close(self) -> None:
        """End the private session on the appliance and close the connections."""
        try:
            if self.auth.cookie:
                await self.http.delete("/auth/session")
        except httpx.HTTPError:
            pass
        finally:
            await self._calls.aclose()
            await self.http.aclose()

    async def call(self, operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """See ``LunaSession.call``."""
        return (await self.run(operation, *args, **kwargs)).value

    async def run(
        self, operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs
    ) -> CallResult[R]:
        """See ``LunaSession.run``."""
        return await self._run(operation, True, False, None, None, args, kwargs)

    def operation(
        self,
        operation: Operation[P, R],
        /,
        *,
        wait: bool = True,
        start: bool = False,
        timeout: float | None = None,
        on_progress: TaskProgress | None = None,
    ) -> AsyncBoundCall[P, R]:
        """See ``LunaSession.operation``; the call is awaited."""

        async def run(*args: Any, **kwargs: Any) -> CallResult[R]:
            return await self._run(operation, wait, start, timeout, on_progress, args, kwargs)

        return AsyncBoundCall(run)

    async def _run(
        self,
        operation: Operation[Any, R],
        wait: bool,
        start: bool,
        timeout: float | None,
        on_progress: TaskProgress | None,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> CallResult[R]:
        t0 = time.monotonic()
        _LAST.set(None)
        try:
            detailed = await operation.asyncio_detailed(*args, client=self.client, **kwargs)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if _LAST.get() is None:  # not an answer's fault: the caller's arguments
                raise
            raise _call_failed(exc) from exc
        done, response = self._done(operation, detailed, wait=wait)
        if done is not None:
            return done
        assert response is not None
        task = await wait_async(
            self.http,
            task_url(response),
            start=start,
            timeout=self.task_timeout if timeout is None else timeout,
            backoff=self.task_backoff,
            on_progress=on_progress,
            origin=response.request,
            t0=t0,
        )
        return CallResult(
            _task_value(task.result), 200, _task_location(task.result), task, response.headers
        )

    async def call_detailed(
        self, operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs
    ) -> tuple[httpx.Response, R]:
        """See ``LunaSession.call_detailed``."""
        _LAST.set(None)
        detailed = await operation.asyncio_detailed(*args, client=self.client, **kwargs)
        response = _LAST.get()
        assert response is not None
        return response, detailed.parsed  # type: ignore[return-value]

    async def request(
        self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None
    ) -> httpx.Response:
        """See ``LunaSession.request``."""
        return _raise_for(
            await self.http.request(
                method, path, json=json, params=params, headers=self._json_headers(json)
            )
        )

    async def get_json(self, path: str, **params: Any) -> Any:
        return (await self.request("GET", path, params=params or None)).json()

    async def wait_for_task(
        self,
        task: httpx.Response | str,
        *,
        start: bool = False,
        timeout: float | None = None,
        backoff: Backoff | None = None,
        on_progress: TaskProgress | None = None,
    ) -> TaskResult:
        """See ``LunaSession.wait_for_task``."""
        if isinstance(task, httpx.Response) and (done := untasked(task)) is not None:
            return done
        return await wait_async(
            self.http,
            _task_of(task),
            start=start,
            timeout=self.task_timeout if timeout is None else timeout,
            backoff=backoff or self.task_backoff,
            on_progress=on_progress,
            origin=task.request if isinstance(task, httpx.Response) else None,
        )

    async def download(
        self, path: str, dest: str | Path | IO[bytes], *, progress: Progress | None = None
    ) -> int:
        """See ``LunaSession.download``."""
        return await adownload_to(self.http, path, dest, progress=progress)

    async def upload(
        self,
        path: str,
        source: str | Path | BinaryIO,
        *,
        method: str = "PUT",
        multipart: bool = False,
        filename: str | None = None,
        progress: Progress | None = None,
    ) -> httpx.Response:
        """See ``LunaSession.upload``."""
        return await aupload_request(
            self.http,
            method,
            path,
            source,
            multipart=multipart,
            filename=filename,
            progress=progress,
        )

    async def upload_user_file(
        self,
        source: str | Path | BinaryIO,
        *,
        filename: str | None = None,
        user: str | None = None,
        progress: Progress | None = None,
    ) -> str:
        """See ``LunaSession.upload_user_file``."""
        response = await self.upload(
            f"/users/{user or self.username}/files",
            source,
            method="POST",
            multipart=True,
            filename=filename,
            progress=progress,
        )
        return response.headers.get("Location", "").rsplit("/", 1)[-1] or (filename or "")

    async def download_user_file(
        self,
        name: str,
        dest: str | Path | IO[bytes],
        *,
        user: str | None = None,
        progress: Progress | None = None,
    ) -> int:
        """See ``LunaSession.download_user_file``."""
        return await self.download(
            f"/users/{user or self.username}/files/{name}/download", dest, progress=progress
        )

    def iterate(self, path: str, *, page_size: int = 100) -> AsyncIterator[Any]:
        """See ``LunaSession.iterate``; ``async for item in luna.iterate(path)``."""
        return aiterate_pages(self.http, path, page_size=page_size)

    async def register_certificate(
        self, certificate: x509.Certificate, *, user: str | None = None
    ) -> None:
        """See ``LunaSession.register_certificate``."""
        await self.request(
            "POST",
            f"/users/{user or self.username}/certificates",
            json={"certificate": pem_for_api(certificate)},
        )
