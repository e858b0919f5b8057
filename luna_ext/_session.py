"""``LunaSession`` / ``AsyncLunaSession``: one object per appliance connection."""

from __future__ import annotations

import re
import ssl
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, TracebackType
from typing import IO, Any, BinaryIO, Self

import httpx
from cryptography import x509
from luna_client import Client

from ._auth import Login, PasswordLogin, SessionAuth
from ._certlogin import pem_for_api
from ._errors import LunaError, error_from_response
from ._files import Progress, download_to, upload_request
from ._media import API_VERSION, accept_header, vendor_type
from ._paging import iterate_pages
from ._tasks import Backoff, TaskResult, untasked, wait_async, wait_sync
from ._tls import ssl_context

__all__ = ["AsyncLunaSession", "LunaSession"]

_VERSION = re.compile(r"(application/vnd\.safenetinc\.lunasa\+[a-z-]+;\s*version=)[^;,\s]*")


def _login(username: str | None, password: str | None, login: Login | None) -> Login:
    if login is not None:
        return login
    if not username or password is None:
        raise LunaError("give username and password, or a login (e.g. CertificateLogin)")
    return PasswordLogin(username, password)


def _verify(
    url: httpx.URL,
    ca_file: str | Path | None,
    pinned_sha256: str | None,
    verify: ssl.SSLContext | None,
) -> ssl.SSLContext:
    if verify is not None:
        return verify
    return ssl_context(
        ca_file=ca_file, pinned_sha256=pinned_sha256, host=url.host, port=url.port or 443
    )


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
    ) -> None:
        self.url = httpx.URL(url)
        self.api_version = api_version
        self.auth = SessionAuth(_login(username, password, login), reopen=reopen)
        self._ssl = (
            _verify(self.url, ca_file, pinned_sha256, verify)
            if self.url.scheme == "https"
            else None
        )
        self._headers = {"Accept": accept_header(api_version)}
        self._timeout = httpx.Timeout(timeout)
        self.client = Client(base_url=str(self.url), raise_on_unexpected_status=False)

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

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.url)!r}, user={self.username!r})"


def _raise_for(response: httpx.Response) -> httpx.Response:
    if response.status_code >= 400:
        raise error_from_response(response)
    return response


class LunaSession(_Base):
    """A private session on one appliance, for the generated client and for the helpers.

    Example (``pw`` and ``server.pem`` are yours)::

        with LunaSession("https://hsm:8443", username="admin", password=pw,
                         ca_file="server.pem") as s:
            s.call(get_hsm, hsmid=123)
    """

    def __init__(self, url: str, **kwargs: Any) -> None:
        super().__init__(url, **kwargs)
        self.http = httpx.Client(
            base_url=str(self.url),
            verify=self._ssl or True,
            auth=self.auth,
            headers=self._headers,
            timeout=self._timeout,
            follow_redirects=False,
            event_hooks={"request": [self._rewrite_version]},
        )
        self.client.set_httpx_client(self.http)

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
            self.http.close()

    # -- generated client --------------------------------------------------------
    def call(self, operation: ModuleType, **kwargs: Any) -> Any:
        """Run a generated operation (``luna_client.api.<tag>.<op>``); typed errors for
        error answers (any status, IANA or not); the parsed result otherwise."""
        response = self.http.request(**operation._get_kwargs(**kwargs))
        _raise_for(response)
        return operation._parse_response(client=self.client, response=response)

    def call_detailed(self, operation: ModuleType, **kwargs: Any) -> tuple[httpx.Response, Any]:
        """Like ``call`` but also returns the response (headers such as ``Location``)."""
        response = _raise_for(self.http.request(**operation._get_kwargs(**kwargs)))
        return response, operation._parse_response(client=self.client, response=response)

    # -- plain requests ------------------------------------------------------------
    def request(
        self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None
    ) -> httpx.Response:
        headers = (
            {"Content-Type": vendor_type("json", self.api_version)} if json is not None else None
        )
        return _raise_for(
            self.http.request(method, path, json=json, params=params, headers=headers)
        )

    def get_json(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params=params or None).json()

    # -- tasks, files, paging --------------------------------------------------------
    def wait_for_task(
        self,
        task: httpx.Response | str,
        *,
        start: bool = False,
        timeout: float = 300.0,
        backoff: Backoff | None = None,
        on_progress: Any = None,
    ) -> TaskResult:
        """Wait for a task (a tasked response or ``/tasks/N``); see ``luna_ext._tasks``.

        A response the appliance answered at once (a password HSM often does) is
        returned as a finished result, so callers need not care whether it was tasked."""
        if isinstance(task, httpx.Response) and (done := untasked(task)) is not None:
            return done
        return wait_sync(
            self.http,
            task if isinstance(task, str) else task.headers["Location"],
            start=start,
            timeout=timeout,
            backoff=backoff,
            on_progress=on_progress,
        )

    def download(
        self, path: str, dest: str | Path | IO[bytes], *, progress: Progress | None = None
    ) -> int:
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
        user = user or self.username
        response = self.upload(
            f"/users/{user}/files",
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
        return self.download(
            f"/users/{user or self.username}/files/{name}/download", dest, progress=progress
        )

    def iterate(self, path: str, *, page_size: int = 100) -> Iterator[Any]:
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
    """The asyncio twin of ``LunaSession`` (``async with``)."""

    def __init__(self, url: str, **kwargs: Any) -> None:
        super().__init__(url, **kwargs)

        async def rewrite(request: httpx.Request) -> None:
            self._rewrite_version(request)

        self.http = httpx.AsyncClient(
            base_url=str(self.url),
            verify=self._ssl or True,
            auth=self.auth,
            headers=self._headers,
            timeout=self._timeout,
            follow_redirects=False,
            event_hooks={"request": [rewrite]},
        )
        self.client.set_async_httpx_client(self.http)

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def open(self) -> Self:
        try:
            _raise_for(await self.http.get("/api/lunasa"))
        except BaseException:
            await self.http.aclose()
            raise
        return self

    async def close(self) -> None:
        try:
            if self.auth.cookie:
                await self.http.delete("/auth/session")
        except httpx.HTTPError:
            pass
        finally:
            await self.http.aclose()

    async def call(self, operation: ModuleType, **kwargs: Any) -> Any:
        response = _raise_for(await self.http.request(**operation._get_kwargs(**kwargs)))
        return operation._parse_response(client=self.client, response=response)

    async def call_detailed(
        self, operation: ModuleType, **kwargs: Any
    ) -> tuple[httpx.Response, Any]:
        response = _raise_for(await self.http.request(**operation._get_kwargs(**kwargs)))
        return response, operation._parse_response(client=self.client, response=response)

    async def request(
        self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None
    ) -> httpx.Response:
        headers = (
            {"Content-Type": vendor_type("json", self.api_version)} if json is not None else None
        )
        return _raise_for(
            await self.http.request(method, path, json=json, params=params, headers=headers)
        )

    async def wait_for_task(
        self,
        task: httpx.Response | str,
        *,
        start: bool = False,
        timeout: float = 300.0,
        backoff: Backoff | None = None,
        on_progress: Any = None,
    ) -> TaskResult:
        if isinstance(task, httpx.Response) and (done := untasked(task)) is not None:
            return done
        return await wait_async(
            self.http,
            task if isinstance(task, str) else task.headers["Location"],
            start=start,
            timeout=timeout,
            backoff=backoff,
            on_progress=on_progress,
        )
