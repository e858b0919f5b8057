"""Injected faults (control API ``PUT /_emulator/faults``): latency, a dropped connection,
or a changed status, body, content type or headers, for requests matching a pattern."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..dispatch import Reply

__all__ = ["DropConnection", "Fault", "apply_fault"]


@dataclass
class Fault:
    """An injected fault for requests whose path matches ``pattern``."""

    pattern: str
    method: str = ""
    status: int = 0
    latency: float = 0.0
    drop: bool = False
    count: int = -1  # how many requests it applies to; -1 = until removed
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = ""
    drop_headers: tuple[str, ...] = ()  # answer without these headers (e.g. Location)

    def matches(self, method: str, path: str) -> bool:
        return (
            self.count != 0
            and (not self.method or self.method == method)
            and re.search(self.pattern, path) is not None
        )

    @property
    def changes_answer(self) -> bool:
        return bool(
            self.status
            or self.body is not None
            or self.headers
            or self.content_type
            or self.drop_headers
        )


class DropConnection(Exception):
    """Close the connection without an answer (fault injection, block list)."""


def apply_fault(reply: Reply, fault: Fault) -> Reply:
    """The answer as the fault changes it."""
    status = fault.status or reply.status
    body = fault.body if fault.body is not None else reply.body
    if fault.status >= 400 and fault.body is None:
        body = {
            "details": "injected fault",
            "id": "EMULATOR_INJECTED_FAULT",
            "message": "Injected fault",
            "returnCode": status,
            "status": "ERROR",
            "type": "SERVER",
        }
    dropped = {h.lower() for h in fault.drop_headers}
    headers = {
        k: v for k, v in {**reply.headers, **fault.headers}.items() if k.lower() not in dropped
    }
    return Reply(status, body, headers, reply.raw)
