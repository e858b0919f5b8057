"""Serving the appliance and CCKM together: two uvicorn servers in one event loop (one
thread), so their requests never run at the same time on the shared state."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import uvicorn

__all__ = ["serve_together"]


async def serve_together(servers: Sequence[uvicorn.Server]) -> None:
    """Run the servers until one of them is told to exit (a signal reaches only the last
    one that installed its handlers); then all stop."""

    async def watch() -> None:
        while not any(s.should_exit for s in servers):
            await asyncio.sleep(0.1)
        for s in servers:
            s.should_exit = True

    await asyncio.gather(*(s.serve() for s in servers), watch())
