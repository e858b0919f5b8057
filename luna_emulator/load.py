"""The appliance's recent load: the request rate, decaying with the emulator's clock.

Each request the dispatch runs adds ``1 / TIME_CONSTANT`` to a rate that decays
exponentially with time constant ``TIME_CONSTANT`` seconds, so ``rate`` reads as requests
per second over roughly the last minute (the monitoring readings follow it). The clock
going back (a control-API reset) does not make the rate grow.
"""

from __future__ import annotations

import math

from .model import Runtime

__all__ = ["TIME_CONSTANT", "note_request", "rate"]

TIME_CONSTANT = 60.0  # seconds


def rate(runtime: Runtime, now: float) -> float:
    """Requests per second, recently."""
    elapsed = max(now - runtime.rate_at, 0.0)
    return runtime.rate * math.exp(-elapsed / TIME_CONSTANT)


def note_request(runtime: Runtime, now: float) -> None:
    runtime.rate = rate(runtime, now) + 1.0 / TIME_CONSTANT
    runtime.rate_at = now
    runtime.requests += 1
