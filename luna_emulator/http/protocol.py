"""How the emulator is served: uvicorn's h11 protocol with a deadline for a request's
headers, and the server options that bound connections (``server_options``).

uvicorn has no read timeout for headers: its keep-alive timer runs only between requests
and stops at the first byte of the next one, so a client that sends headers a byte at a
time (or nothing at all after connecting) holds its connection open for as long as it
likes. ``HeadTimedH11Protocol`` closes a connection whose request headers are not complete
``HEADER_READ_TIMEOUT`` seconds after it opened or after the previous answer, with a
``408`` (the body's own timeout is ``limits.BODY_READ_TIMEOUT``). h11 buffers at most
``MAX_INCOMPLETE_EVENT`` bytes of an unfinished request head (its default is 16 KiB; the
application's own, smaller limits in ``limits.py`` answer with the appliance's error body
below it). A header timeout is a request timeout for the block list (guide ch. 6: 5
infractions): ``server_options(on_request_timeout=...)`` is told the client's address.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = [
    "GRACEFUL_SHUTDOWN",
    "HEADER_READ_TIMEOUT",
    "KEEP_ALIVE",
    "MAX_INCOMPLETE_EVENT",
    "HeadTimedH11Protocol",
    "server_options",
]

HEADER_READ_TIMEOUT = 10.0
MAX_INCOMPLETE_EVENT = 256 << 10
KEEP_ALIVE = 5  # seconds an idle connection stays open between requests (uvicorn's default)
GRACEFUL_SHUTDOWN = 2  # seconds open connections get to finish at shutdown

_TIMEOUT_ANSWER = b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"


class HeadTimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, with ``HEADER_READ_TIMEOUT`` for each request's headers."""

    _head_timer: asyncio.TimerHandle | None = None
    on_request_timeout: Callable[[str], None] | None = None  # told the client's IP

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def handle_events(self) -> None:
        before = self.cycle
        super().handle_events()
        if self.cycle is not before:  # a request's headers are complete
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()  # the next request's headers

    def _arm(self) -> None:
        self._disarm()
        self._head_timer = self.loop.call_later(HEADER_READ_TIMEOUT, self._head_timeout)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timeout(self) -> None:
        self._head_timer = None
        if self.cycle is not None and not self.cycle.response_complete:
            return  # a request is being answered: not waiting for headers
        if not self.transport.is_closing():
            self.transport.write(_TIMEOUT_ANSWER)
            self.transport.close()
            hook = type(self).on_request_timeout
            if hook is not None and self.client:
                hook(str(self.client[0]))


def server_options(on_request_timeout: Callable[[str], None] | None = None) -> dict[str, Any]:
    """The ``uvicorn.Config`` options every emulator server uses; ``on_request_timeout``
    is told the address of a client whose headers timed out."""
    protocol: type[HeadTimedH11Protocol] = HeadTimedH11Protocol
    if on_request_timeout is not None:
        protocol = type(
            "HeadTimedH11Protocol",
            (HeadTimedH11Protocol,),
            {"on_request_timeout": staticmethod(on_request_timeout)},
        )
    return {
        "http": protocol,
        "h11_max_incomplete_event_size": MAX_INCOMPLETE_EVENT,
        "timeout_keep_alive": KEEP_ALIVE,
        "timeout_graceful_shutdown": GRACEFUL_SHUTDOWN,
    }
