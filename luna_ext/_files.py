"""File transfer in bounded memory: downloads in chunks to a path or file object, uploads
streamed from a path or file object, as the appliance's octet-stream or multipart types."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO

import httpx

from ._errors import LunaError, error_from_response
from ._media import vendor_type

__all__ = [
    "NotAFileError",
    "ProgressReader",
    "adownload_to",
    "aupload_request",
    "download_to",
    "upload_request",
]

CHUNK = 256 * 1024


class NotAFileError(LunaError, ValueError):
    """A download answered a JSON description, not file content: the resource is not a
    file the appliance hands out over REST (a configuration backup, for one, stays on the
    appliance). Nothing was written."""

    def __init__(self, path: str, content_type: str) -> None:
        super().__init__(
            f"GET {path} answered {content_type or 'no content type'}, not a file: "
            "nothing was written (it is not downloadable over REST)"
        )
        self.path, self.content_type = path, content_type


def _refuse_json(response: httpx.Response) -> None:
    ctype = response.headers.get("Content-Type", "")
    if "json" in ctype.split(";")[0]:
        raise NotAFileError(response.request.url.path, ctype)


Progress = Callable[[int, int | None], None]  # bytes so far, total (None when unknown)


class ProgressReader:
    """A read-only file wrapper that reports progress as httpx reads it in chunks."""

    def __init__(self, raw: BinaryIO, total: int | None, progress: Progress | None) -> None:
        self.raw, self.total, self.progress, self.done = raw, total, progress, 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(CHUNK if size is None or size < 0 else min(size, CHUNK))
        self.done += len(data)
        if self.progress is not None and data:
            self.progress(self.done, self.total)
        return data

    def __iter__(self) -> Iterator[bytes]:
        while chunk := self.read(CHUNK):
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while chunk := await asyncio.to_thread(self.read, CHUNK):
            yield chunk


@contextlib.contextmanager
def _open_source(source: str | Path | BinaryIO) -> Iterator[tuple[BinaryIO, int | None, str]]:
    if isinstance(source, str | Path):
        path = Path(source)
        with path.open("rb") as fh:
            yield fh, path.stat().st_size, path.name
    else:
        total: int | None = None
        with contextlib.suppress(OSError, AttributeError, ValueError):
            total = os.fstat(source.fileno()).st_size
        yield source, total, Path(getattr(source, "name", "upload.bin")).name


def _build_upload(
    client: httpx.Client | httpx.AsyncClient,
    method: str,
    url: str,
    reader: ProgressReader,
    total: int | None,
    name: str,
    *,
    multipart: bool,
    filename: str | None,
    stream: Any,
) -> httpx.Request:
    if multipart:
        request = client.build_request(method, url, files={"file": (filename or name, reader)})  # type: ignore[dict-item]
        boundary = request.headers["Content-Type"].split("boundary=", 1)[1]
        request.headers["Content-Type"] = f"{vendor_type('multipart')}; boundary={boundary}"
        return request
    headers = {"Content-Type": vendor_type("octet-stream")}
    if total is not None:
        headers["Content-Length"] = str(total)
    return client.build_request(method, url, content=stream, headers=headers)


def upload_request(
    client: httpx.Client,
    method: str,
    url: str,
    source: str | Path | BinaryIO,
    *,
    multipart: bool,
    filename: str | None,
    progress: Progress | None,
) -> httpx.Response:
    with _open_source(source) as (fh, total, name):
        reader = ProgressReader(fh, total, progress)
        request = _build_upload(
            client,
            method,
            url,
            reader,
            total,
            name,
            multipart=multipart,
            filename=filename,
            stream=iter(reader),
        )
        response = client.send(request)
    if response.status_code >= 400:
        raise error_from_response(response)
    return response


async def aupload_request(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    source: str | Path | BinaryIO,
    *,
    multipart: bool,
    filename: str | None,
    progress: Progress | None,
) -> httpx.Response:
    """The asyncio twin of ``upload_request`` (the file is read in a worker thread)."""
    with _open_source(source) as (fh, total, name):
        reader = ProgressReader(fh, total, progress)
        request = _build_upload(
            client,
            method,
            url,
            reader,
            total,
            name,
            multipart=multipart,
            filename=filename,
            stream=reader.__aiter__(),
        )
        response = await client.send(request)
    if response.status_code >= 400:
        await response.aread()
        raise error_from_response(response)
    return response


def download_to(
    client: httpx.Client,
    url: str,
    dest: str | Path | IO[bytes],
    *,
    progress: Progress | None = None,
    chunk_size: int = CHUNK,
) -> int:
    """Stream ``url`` into ``dest`` (a path, written atomically, or a binary file object)."""
    headers = {"Accept": f"{vendor_type('octet-stream')}, application/octet-stream"}
    with client.stream("GET", url, headers=headers) as response:
        if response.status_code >= 400:
            response.read()
            raise error_from_response(response)
        _refuse_json(response)
        total = (
            int(response.headers["Content-Length"])
            if "Content-Length" in response.headers
            else None
        )
        if isinstance(dest, str | Path):
            target = Path(dest)
            tmp = target.with_name(f".{target.name}.part")
            with tmp.open("wb") as fh:
                written = _copy(response, fh, total, progress, chunk_size)
            tmp.replace(target)
            return written
        return _copy(response, dest, total, progress, chunk_size)


async def adownload_to(
    client: httpx.AsyncClient,
    url: str,
    dest: str | Path | IO[bytes],
    *,
    progress: Progress | None = None,
    chunk_size: int = CHUNK,
) -> int:
    """The asyncio twin of ``download_to``."""
    headers = {"Accept": f"{vendor_type('octet-stream')}, application/octet-stream"}
    async with client.stream("GET", url, headers=headers) as response:
        if response.status_code >= 400:
            await response.aread()
            raise error_from_response(response)
        _refuse_json(response)
        total = (
            int(response.headers["Content-Length"])
            if "Content-Length" in response.headers
            else None
        )
        if isinstance(dest, str | Path):
            target = Path(dest)
            tmp = target.with_name(f".{target.name}.part")
            with tmp.open("wb") as fh:
                written = await _acopy(response, fh, total, progress, chunk_size)
            tmp.replace(target)
            return written
        return await _acopy(response, dest, total, progress, chunk_size)


async def _acopy(
    response: httpx.Response,
    fh: IO[bytes],
    total: int | None,
    progress: Progress | None,
    chunk_size: int,
) -> int:
    written = 0
    async for chunk in response.aiter_bytes(chunk_size):
        fh.write(chunk)
        written += len(chunk)
        if progress is not None:
            progress(written, total)
    return written


def _copy(
    response: httpx.Response,
    fh: IO[bytes],
    total: int | None,
    progress: Progress | None,
    chunk_size: int,
) -> int:
    written = 0
    for chunk in response.iter_bytes(chunk_size):
        fh.write(chunk)
        written += len(chunk)
        if progress is not None:
            progress(written, total)
    return written
