"""What a rules function gets and returns: ``Ctx``, ``Reply``, ``Listing``, and the
``Rules`` table the rules modules fill (``@RULES.handles("operationId")``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backend import CckmBackend
    from .spec import CckmOperation

__all__ = ["Ctx", "Handler", "Listing", "Reply", "Rules"]


@dataclass
class Ctx:
    op: CckmOperation
    params: dict[str, str]
    query: dict[str, Any]
    body: Any
    user: str = ""


@dataclass
class Reply:
    status: int
    body: Any = None


@dataclass
class Listing:
    """A list operation's resources, all of them: the HTTP layer filters, sorts and pages
    them into the envelope ``{skip, limit, total, resources}``."""

    resources: list[dict[str, Any]] = field(default_factory=list)
    handled: tuple[str, ...] = ()  # query parameters the rules applied themselves


Handler = Callable[["CckmBackend", Ctx], "Reply | Listing"]


class Rules:
    def __init__(self) -> None:
        self.table: dict[str, Handler] = {}

    def handles(self, *operation_ids: str) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            for oid in operation_ids:
                self.table[oid] = fn
            return fn

        return register
