"""The emulator's clock: real time plus an offset the control API can advance."""

from __future__ import annotations

import time
from datetime import UTC, datetime

__all__ = ["Clock"]


class Clock:
    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds

    def iso(self) -> str:
        return datetime.fromtimestamp(self.now(), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
