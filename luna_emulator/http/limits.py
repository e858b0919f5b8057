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
import weakref
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

from starlette.requests import Request
from starlette.types import Message

from .. import errors as E

__all__ = [
    "BODY_READ_TIMEOUT",
    "MAX_BUFFERED_BODY",
    "MAX_HEADER_BYTES",
    "MAX_JSON_BODY",
    "MAX_QUERY_PARAMS",
    "MAX_URL_BYTES",
    "MULTIPART_FRAMING",
    "Head",
    "body_chunks",
    "check_request_head",
    "read_bounded",
]

MAX_HEADER_BYTES = 16 << 10
MAX_URL_BYTES = 8 << 10
MAX_QUERY_PARAMS = 100
MAX_JSON_BODY = 1 << 20
MAX_BUFFERED_BODY = 64 << 20
MULTIPART_FRAMING = 64 << 10  # the multipart boundaries and part headers around a file
BODY_READ_TIMEOUT = 10.0


class Head:
    """The request's headers, read once per request: their total size, and the first value
    of each name (what Starlette's ``request.headers.get`` answers; names are the ASGI
    scope's, lower case, and looked up in lower case)."""

    __slots__ = ("first", "size")

    def __init__(self, raw: Iterable[tuple[bytes, bytes]]) -> None:
        first: dict[bytes, bytes] = {}
        size = 0
        for name, value in raw:
            size += len(name) + len(value) + 4
            if name not in first:
                first[name] = value
        self.first = first
        self.size = size

    @classmethod
    def of(cls, scope: dict[str, Any] | Any) -> Head:
        return cls(scope.get("headers", ()))

    def get(self, name: bytes, default: str = "") -> str:
        """The first value of the header ``name`` (lower case), or ``default``."""
        value = self.first.get(name)
        return default if value is None else value.decode("latin-1")

    def __contains__(self, name: bytes) -> bool:
        return name in self.first


def check_request_head(request: Request, head: Head | None = None) -> None:
    """Refuse headers, URLs and queries past the limits (before routing)."""
    if head is None:
        head = Head.of(request.scope)
    if head.size > MAX_HEADER_BYTES:
        raise E.BadRequest(f"the request headers are larger than {MAX_HEADER_BYTES} bytes")
    raw_path = request.scope.get("raw_path") or b""
    query = request.scope.get("query_string") or b""
    if len(raw_path) + len(query) > MAX_URL_BYTES:
        raise E.BadRequest(f"the URL is longer than {MAX_URL_BYTES} bytes")
    if query.count(b"&") + 1 > MAX_QUERY_PARAMS:
        raise E.BadRequest(f"more than {MAX_QUERY_PARAMS} query parameters")
    if b"\x00" in query or b"%00" in query:
        raise E.BadRequest("the query holds a NUL character")


def declared_length(head: Head) -> int | None:
    value = head.first.get(b"content-length")
    if value is None:
        return None
    text = value.decode("latin-1")
    if not text.isdigit():
        raise E.BadRequest("Content-Length is not a number")
    return int(text)


class _ReadDeadlines:
    """The body read timeouts of one event loop, on one timer.

    ``asyncio.timeout`` around each read would arm and cancel a timer per message, which
    costs a small POST more than the rest of its read. Here a read notes its deadline
    (``BODY_READ_TIMEOUT`` from its start) and drops it when its message comes; a single
    timer runs at the earliest deadline noted, cancels the reads whose deadline it has
    reached (as ``asyncio.timeout`` cancels its task), and waits for the next one. Reads
    start in time order, so while the timer is set a new read never needs an earlier one:
    under steady traffic it is armed about once per ``BODY_READ_TIMEOUT``."""

    def __init__(self) -> None:
        # nothing here refers to the loop (neither it nor the timer's handle, which does):
        # the loop is the weak key that holds this, and is freed with its timer when done
        self.pending: dict[asyncio.Task[Any], _Read] = {}
        self._armed = False
        self._when = 0.0

    def note(self, task: asyncio.Task[Any], read: _Read) -> None:
        self.pending[task] = read
        if not self._armed:
            self._arm(read.deadline)

    def _arm(self, when: float) -> None:
        self._armed, self._when = True, when
        asyncio.get_running_loop().call_at(when, self._expire)

    def _expire(self) -> None:
        self._armed = False
        due, earliest = self._when, None
        for task, read in self.pending.items():
            if read.expired:
                continue
            if read.deadline <= due:
                read.expired = True
                task.cancel()
            elif earliest is None or read.deadline < earliest:
                earliest = read.deadline
        if earliest is not None:
            self._arm(earliest)


class _Read:
    __slots__ = ("deadline", "expired")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.expired = False


_DEADLINES: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _ReadDeadlines] = (
    weakref.WeakKeyDictionary()
)


def _no_loop() -> None:
    return None


# the loop of the latest read and its deadlines (one server's loop reads nearly every body)
_LATEST: tuple[Callable[[], asyncio.AbstractEventLoop | None], _ReadDeadlines] = (
    _no_loop,
    _ReadDeadlines(),
)


def _timed_out() -> E.LunaError:
    return E.RequestTimeout(f"no part of the body arrived for {BODY_READ_TIMEOUT:g} s")


async def _next_message(request: Request) -> Any:
    """The next ASGI message, within ``BODY_READ_TIMEOUT`` (``RequestTimeout``): what
    ``asyncio.timeout`` around the ``receive`` does, on the loop's ``_ReadDeadlines``."""
    global _LATEST
    loop = asyncio.get_running_loop()
    task = asyncio.current_task(loop)
    deadlines: _ReadDeadlines | None
    loop_ref, deadlines = _LATEST
    if loop_ref() is not loop:
        try:
            deadlines = _DEADLINES.get(loop)
        except TypeError:  # a loop without weak references: a timer of its own
            deadlines = None
            task = None
        else:
            if deadlines is None:
                deadlines = _DEADLINES[loop] = _ReadDeadlines()
            _LATEST = weakref.ref(loop), deadlines
    if task is None or deadlines is None:
        try:
            async with asyncio.timeout(BODY_READ_TIMEOUT):
                return await request.receive()
        except TimeoutError:
            raise _timed_out() from None
    read = _Read(loop.time() + BODY_READ_TIMEOUT)
    cancelling = task.cancelling()
    deadlines.note(task, read)
    try:
        message = await request.receive()
    except BaseException as exc:
        # as asyncio.timeout's exit: the cancellation it made is taken back, and the
        # read ends in the timeout if that cancellation is what stopped it
        # (uncancel runs whenever it expired, whatever the exception)
        expired = read.expired and task.uncancel() <= cancelling
        if expired and isinstance(exc, asyncio.CancelledError):
            raise _timed_out() from None
        raise
    finally:
        deadlines.pending.pop(task, None)
    if read.expired:  # it expired as the message came
        task.uncancel()
    return message


async def read_bounded(request: Request, limit: int, head: Head | None = None) -> bytes:
    """The whole body in memory, under the limits of ``body_chunks`` (without an async
    generator around the common case of a body that comes in one message)."""
    _refuse_declared(request, limit, head)
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk, total, more = _take(await _next_message(request), total, limit)
        if chunk:
            chunks.append(chunk)
        if not more:
            return b"".join(chunks)


async def body_chunks(
    request: Request, limit: int, head: Head | None = None
) -> AsyncIterator[bytes]:
    """The body as it arrives, refused (``FileUploadLimitExceed``) once it passes
    ``limit`` bytes, from ``Content-Length`` before reading when it is given, and when a
    client sends nothing for ``BODY_READ_TIMEOUT`` seconds (``RequestTimeout``).

    It reads the ASGI messages itself (as ``request.stream()`` does, one timeout per
    message instead of one per chunk and one more for the stream's end); the body can be
    read once."""
    _refuse_declared(request, limit, head)
    total = 0
    while True:
        chunk, total, more = _take(await _next_message(request), total, limit)
        if chunk:
            yield chunk
        if not more:
            return


def _refuse_declared(request: Request, limit: int, head: Head | None) -> None:
    """A body its ``Content-Length`` declares larger than ``limit``, before reading it."""
    declared = declared_length(head if head is not None else Head.of(request.scope))
    if declared is not None and declared > limit:
        raise E.FileUploadLimitExceed(f"the body is larger than {limit} bytes")


def _take(message: Message, total: int, limit: int) -> tuple[bytes, int, bool]:
    """One ASGI message of the body: (its bytes, the total so far, whether more follow);
    past ``limit`` bytes, or a client gone before the end, the body is refused."""
    kind = message["type"]
    if kind == "http.disconnect":
        raise E.BadRequest("the client closed the connection before the body ended")
    if kind != "http.request":
        return b"", total, True
    chunk: bytes = message.get("body", b"")
    total += len(chunk)
    if total > limit:
        raise E.FileUploadLimitExceed(f"the body is larger than {limit} bytes")
    return chunk, total, bool(message.get("more_body", False))
