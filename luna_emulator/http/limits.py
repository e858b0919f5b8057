"""Limits on what a request may be: its headers, URL and query, and its body (size, read
timeout), each refused with the appliance's error body as soon as it is passed.

The appliance publishes no figures for these (its web server's ``maxFileSize`` bounds
uploads: ``GET /api/lunasa/webServer``); the others are emulator choices, far above what
any request of the API needs:

| limit | value | refused with (400) |
| --- | --- | --- |
| request headers, all together | ``MAX_HEADER_BYTES`` (16 KiB) | ``FRAMEWORK_BAD_REQUEST`` |
| URL (path and query) | ``MAX_URL_BYTES`` (8 KiB) | ``FRAMEWORK_BAD_REQUEST`` |
| query parameters | ``MAX_QUERY_PARAMS`` (100) | ``FRAMEWORK_BAD_REQUEST`` |
| a JSON body | ``MAX_JSON_BODY`` (1 MiB) | ``SERVER_FILE_UPLOAD_LIMIT_EXCEED`` |
| another buffered body | ``MAX_BUFFERED_BODY`` (64 MiB) | the same |
| a streamed upload | ``maxFileSize`` + ``MULTIPART_FRAMING`` | the same |
| the next piece of a body | within ``BODY_READ_TIMEOUT`` (10 s) | ``FRAMEWORK_REQUEST_TIMEOUT`` |

A body is refused from its ``Content-Length`` before a byte of it is read, and otherwise
(chunked) as soon as what arrived passes the limit. Headers that never end are the server's
(``server.py``: ``HEADER_READ_TIMEOUT`` and h11's ``MAX_INCOMPLETE_EVENT``).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from starlette.requests import ClientDisconnect, Request

from .. import errors as E

__all__ = [
    "BODY_READ_TIMEOUT",
    "MAX_BUFFERED_BODY",
    "MAX_HEADER_BYTES",
    "MAX_JSON_BODY",
    "MAX_QUERY_PARAMS",
    "MAX_URL_BYTES",
    "MULTIPART_FRAMING",
    "body_chunks",
    "check_request_head",
]

MAX_HEADER_BYTES = 16 << 10
MAX_URL_BYTES = 8 << 10
MAX_QUERY_PARAMS = 100
MAX_JSON_BODY = 1 << 20
MAX_BUFFERED_BODY = 64 << 20
MULTIPART_FRAMING = 64 << 10  # the multipart boundaries and part headers around a file
BODY_READ_TIMEOUT = 10.0


def check_request_head(request: Request) -> None:
    """Refuse headers, URLs and queries past the limits (before routing)."""
    headers = request.scope.get("headers", ())
    size = sum(len(k) + len(v) + 4 for k, v in headers)
    if size > MAX_HEADER_BYTES:
        raise E.BadRequest(f"the request headers are larger than {MAX_HEADER_BYTES} bytes")
    raw_path = request.scope.get("raw_path") or b""
    query = request.scope.get("query_string") or b""
    if len(raw_path) + len(query) > MAX_URL_BYTES:
        raise E.BadRequest(f"the URL is longer than {MAX_URL_BYTES} bytes")
    if query.count(b"&") + 1 > MAX_QUERY_PARAMS:
        raise E.BadRequest(f"more than {MAX_QUERY_PARAMS} query parameters")
    if b"\x00" in query or b"%00" in query:
        raise E.BadRequest("the query holds a NUL character")


def declared_length(request: Request) -> int | None:
    value = request.headers.get("content-length")
    if value is None:
        return None
    if not value.isdigit():
        raise E.BadRequest("Content-Length is not a number")
    return int(value)


async def body_chunks(request: Request, limit: int) -> AsyncIterator[bytes]:
    """The body as it arrives, refused (``FileUploadLimitExceed``) once it passes
    ``limit`` bytes, from ``Content-Length`` before reading when it is given, and when a
    client sends nothing for ``BODY_READ_TIMEOUT`` seconds (``RequestTimeout``)."""
    declared = declared_length(request)
    if declared is not None and declared > limit:
        raise E.FileUploadLimitExceed(f"the body is larger than {limit} bytes")
    stream = request.stream().__aiter__()
    total = 0
    while True:
        try:
            async with asyncio.timeout(BODY_READ_TIMEOUT):
                chunk = await anext(stream)
        except StopAsyncIteration:
            return
        except TimeoutError:
            raise E.RequestTimeout(
                f"no part of the body arrived for {BODY_READ_TIMEOUT:g} s"
            ) from None
        except ClientDisconnect:
            raise E.BadRequest("the client closed the connection before the body ended") from None
        total += len(chunk)
        if total > limit:
            raise E.FileUploadLimitExceed(f"the body is larger than {limit} bytes")
        yield chunk
