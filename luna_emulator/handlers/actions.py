"""Action lists, for the families' ``.../actions`` list operations (their rules call
``action_list``; no operation's rules live here).

An ``.../actions`` list answers the action ids the spec declares (``x-luna-actions``) on
the ``POST .../actions/{actionid}`` operation beside it, each with the URL to post to:
the ids are read from the spec, never typed again here. A list with no action operation
beside it (the web server's, the login configuration's) is empty."""

from __future__ import annotations

import re

from ..backend import Backend
from ..dispatch import Ctx, Reply

__all__ = ["action_list", "concrete_path", "declared_actions"]


_PARAM = re.compile(r"\{([a-zA-Z0-9_]+)\}")


def concrete_path(ctx: Ctx) -> str:
    """The operation's path template with this request's path parameters filled in."""
    return _PARAM.sub(lambda m: str(ctx.params[m.group(1)]), ctx.op.path)


def declared_actions(b: Backend, list_path: str) -> tuple[str, ...]:
    """The ``x-luna-actions`` of ``POST <list_path>/{actionid}`` (none when there is no
    such operation)."""
    for op in b.index.operations.values():
        if op.method == "POST" and op.path == f"{list_path}/{{actionid}}":
            return op.actions
    return ()


def action_list(b: Backend, ctx: Ctx) -> Reply:
    """The answer of an ``.../actions`` list operation."""
    base = concrete_path(ctx)
    return Reply(
        200,
        {"actions": [{"id": a, "url": f"{base}/{a}"} for a in declared_actions(b, ctx.op.path)]},
    )
