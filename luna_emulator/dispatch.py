"""The bottom of the emulator: what a rules function receives and returns, and the
registry of which function runs which operation.

A rules module declares its functions in its own ``RULES`` table::

    RULES: Rules[Backend] = Rules()

    @RULES.handles("getHsm")
    def get_hsm(b: Backend, ctx: Ctx) -> Reply: ...

and ``app.py`` wires the tables explicitly (``wire``): an operation id the spec does not
have, one registered twice, or an operation of the spec that no table handles is an
error at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from .model import Session, User
from .spec_index import Operation, SpecError, SpecIndex

__all__ = ["Ctx", "Handler", "Reply", "Rules", "wire"]


@dataclass
class Reply:
    """A rules function's answer: status, JSON body, headers, or a binary body."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # an octet-stream answer
    file: Path | None = None  # an octet-stream answer streamed from disk


@dataclass
class Ctx:
    """One request, as the rules see it: the spec's operation, converted parameters, the
    parsed body and the caller."""

    op: Operation
    url: str
    params: dict[str, Any]
    query: dict[str, Any]
    body: Any
    media: str
    session: Session
    user: User


B = TypeVar("B")
Handler = Callable[[B, Ctx], Reply]


class Rules(Generic[B]):
    """One module's operations: operation id -> rules function."""

    def __init__(self) -> None:
        self.functions: dict[str, Handler[B]] = {}

    def handles(self, *operation_ids: str) -> Callable[[Handler[B]], Handler[B]]:
        def register(fn: Handler[B]) -> Handler[B]:
            for oid in operation_ids:
                if oid in self.functions:
                    raise SpecError(f"{oid} is registered twice in one rules module")
                self.functions[oid] = fn
            return fn

        return register


def wire(index: SpecIndex, tables: Iterable[Rules[B]]) -> dict[str, Handler[B]]:
    """Every operation id -> its rules function, checked against the spec both ways."""
    wired: dict[str, Handler[B]] = {}
    for table in tables:
        for oid, fn in table.functions.items():
            if oid not in index.operations:
                raise SpecError(f"{fn.__module__}.{fn.__name__} handles {oid!r}: not in the spec")
            if oid in wired:
                raise SpecError(f"{oid} is handled by two rules modules")
            wired[oid] = fn
    missing = sorted(set(index.operations) - set(wired))
    if missing:
        raise SpecError(
            f"{len(missing)} operation(s) of the spec without rules: {', '.join(missing[:10])}"
            + (" ..." if len(missing) > 10 else "")
            + " (add one function per operation in handlers/<tag>.py)"
        )
    return wired
