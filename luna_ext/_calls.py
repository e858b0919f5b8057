"""Typed calls of generated operations.

A generated operation is a module ``luna_client.api.<tag>.<operation_id>``; ``Operation``
is the protocol such a module satisfies. Its parameters (``P``) are read by the type
checker from the module's request builder, the result (``R``) from its public
``sync_detailed``'s ``Response[ErrorDescription | R]``, so a misspelt parameter, a wrong
type or a wrong use of the result is a mypy error. At run time only the public
``sync_detailed`` / ``asyncio_detailed`` are called.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, Generic, ParamSpec, Protocol, TypeVar

import httpx
from luna_client.models import ErrorDescription

from ._tasks import TaskResult

__all__ = ["CallResult", "Operation", "location_id"]

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class _Detailed(Protocol[R_co]):
    """What the generated ``sync_detailed`` returns (``luna_client.types.Response``)."""

    @property
    def parsed(self) -> ErrorDescription | R_co | None: ...


class Operation(Protocol[P, R_co]):
    """A generated operation module (``from luna_client.api.hsms import get_hsm``)."""

    # the generator's request builder: read by the type checker only, for the parameters
    def _get_kwargs(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]: ...

    @property
    def sync_detailed(self) -> Callable[..., _Detailed[R_co]]: ...

    @property
    def asyncio_detailed(self) -> Callable[..., Coroutine[Any, Any, _Detailed[R_co]]]: ...


def location_id(location: str | None) -> str | None:
    """The last path segment of a ``Location`` (the new resource's id)."""
    if not location:
        return None
    return location.rstrip("/").rsplit("/", 1)[-1] or None


@dataclass(frozen=True)
class CallResult(Generic[R]):
    """One result, whether the appliance answered at once or ran the request as a task.

    ``value`` is the parsed answer (a model, or ``None`` for an empty one; for a tasked
    request, the task's response body). ``location`` is the resource the request created
    or changed (the answer's ``Location``, or the ``url`` a finished task's response names;
    never a ``/tasks/`` URL), ``id`` its last segment, ``task`` the finished task when
    there was one. A task's response often names nothing (the emulator's never does), so
    after a tasked create ``location`` can be None: the workflows in ``luna_ext`` then find
    the resource by name."""

    value: R
    status: int
    location: str | None = None
    task: TaskResult | None = None
    headers: httpx.Headers = field(default_factory=httpx.Headers, repr=False)

    @property
    def id(self) -> str | None:
        return location_id(self.location)

    @property
    def tasked(self) -> bool:
        return self.task is not None


class BoundCall(Generic[P, R]):
    """``session.operation(op, ...)``: the operation with its task options, to call."""

    def __init__(self, run: Callable[..., CallResult[R]]) -> None:
        self._run = run

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self._run(*args, **kwargs).value

    def detailed(self, *args: P.args, **kwargs: P.kwargs) -> CallResult[R]:
        return self._run(*args, **kwargs)


class AsyncBoundCall(Generic[P, R]):
    """The asyncio twin of ``BoundCall``."""

    def __init__(self, run: Callable[..., Awaitable[CallResult[R]]]) -> None:
        self._run = run

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return (await self._run(*args, **kwargs)).value

    async def detailed(self, *args: P.args, **kwargs: P.kwargs) -> CallResult[R]:
        return await self._run(*args, **kwargs)
