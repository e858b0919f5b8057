"""Never trip the appliance's block list: the suite keeps its own account of the infractions
its requests commit and waits before one could take the last of its budget.

The model is the guide's (ch. 6, "Advanced Block List Usage"): a client has
``maxInfractionCount`` infractions; each one takes one (a bad login credential two) and
multiplies the update timer by ``timeoutMultiplier``; each time the timer runs out one comes
back; with all back the timer returns to ``timeoutStart``. The settings are read from the
appliance (``GET /api/lunasa/webServer/blocklist``, read-only); when they cannot be read, the
guide's example (5, 1, 2) is assumed. Refused payloads (400) are counted as the infractions
they may be; the suite never sends a wrong credential at all. Parallel workers share the
appliance's budget for their one address, so each keeps its share."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any

__all__ = ["GUIDE_EXAMPLE", "InfractionBudget"]

GUIDE_EXAMPLE = (5, 1.0, 2.0)
_RESERVE = 2  # never go below this many: a bad login (2) must still not block


@dataclass
class InfractionBudget:
    max_infractions: int = GUIDE_EXAMPLE[0]
    timeout_start: float = GUIDE_EXAMPLE[1]
    multiplier: float = GUIDE_EXAMPLE[2]
    clock: Any = time.monotonic
    sleep: Any = time.sleep
    budget: float = field(init=False)
    timeout: float = field(init=False)
    deadline: float = field(init=False, default=0.0)
    charged: int = field(init=False, default=0)
    waited: float = field(init=False, default=0.0)
    _lock: threading.Lock = field(init=False, default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1)
        self.share = self.max_infractions / max(1, workers)
        self.budget = self.share
        self.timeout = self.timeout_start

    @classmethod
    def from_settings(cls, body: Any) -> InfractionBudget | None:
        """From the appliance's block-list settings; None when the block list is off."""
        if not isinstance(body, dict):
            return cls()
        try:
            count = int(body.get("maxInfractionCount", GUIDE_EXAMPLE[0]))
            start = float(body.get("timeoutStart", GUIDE_EXAMPLE[1]))
            factor = float(body.get("timeoutMultiplier", GUIDE_EXAMPLE[2]))
        except (TypeError, ValueError):
            return cls()
        if count <= 0:
            return None
        return cls(count, max(start, 1.0), max(factor, 1.0))

    def _settle(self, now: float) -> None:
        while self.budget < self.share and self.deadline and now >= self.deadline:
            self.budget = min(self.share, self.budget + 1)
            self.deadline += self.timeout
        if self.budget >= self.share:
            self.timeout, self.deadline = self.timeout_start, 0.0

    def before_request(self) -> None:
        """Wait, if need be, until one more infraction would leave the reserve intact."""
        with self._lock:
            while True:
                now = self.clock()
                self._settle(now)
                if self.budget - 1 >= min(_RESERVE, self.share - 1):
                    return
                pause = max(0.05, self.deadline - now)
                self.waited += pause
                self.sleep(pause)

    def after_response(self, status: int, count: int | None = None) -> None:
        """Account for an answer: a refused request (400) may be an infraction."""
        n = count if count is not None else (1 if status == 400 else 0)
        if n <= 0:
            return
        with self._lock:
            now = self.clock()
            self._settle(now)
            self.budget -= n
            self.charged += n
            self.timeout *= self.multiplier**n
            self.deadline = now + self.timeout
