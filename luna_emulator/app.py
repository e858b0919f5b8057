"""``create_app``: the emulator as an ASGI application."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .backend import Backend
from .clock import Clock
from .control import PREFIX, Control
from .http import HttpLayer
from .spec_index import SpecIndex

__all__ = ["Emulator", "create_app"]

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]


class Emulator:
    """The pieces of one emulated appliance, for tests that want to reach inside."""

    def __init__(self, *, validate_responses: bool = False, index: SpecIndex | None = None) -> None:
        self.index = index or SpecIndex()
        self.backend = Backend(self.index, Clock())
        self.http = HttpLayer(self.backend, self.index, validate_responses=validate_responses)
        self.control = Control(self.backend, self.http)

    async def dispatch(self, request: Request) -> Response:
        if request.url.path.startswith(PREFIX + "/"):
            return await self.control(request)
        return await self.http(request)


def create_app(*, validate_responses: bool = False, index: SpecIndex | None = None) -> Starlette:
    """A fresh emulated appliance. ``app.state.emulator`` gives access to its parts."""
    emulator = Emulator(validate_responses=validate_responses, index=index)
    app = Starlette(routes=[Route("/{path:path}", emulator.dispatch, methods=METHODS)])
    app.state.emulator = emulator
    return app
