"""Who may call an operation: the spec's ``x-luna-privileges`` for the built-in roles, the
REST access-control list (``State.acl``) for custom users and roles.

The built-in roles (admin, operator, monitor) are not changeable (the reference's ACL
pages): their access is what the spec declares, and no ACL entry adds to or takes from
it, so no ACL upload can lock the admin out. A custom user may call what its ACL entries
and those of its role list, one ``METHOD:/path`` each, the path either the spec's
template (``GET:/api/lunasa/hsms/{hsmid}``) or a concrete path (``GET:/api/lunasa/hsms``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import State

if TYPE_CHECKING:
    from .dispatch import Ctx

__all__ = ["BUILT_IN_ROLES", "allows", "entry"]

BUILT_IN_ROLES = frozenset({"admin", "operator", "monitor"})


def entry(method: str, path: str) -> str:
    """One ACL entry, as the appliance writes it: ``METHOD:/path``."""
    return f"{method.upper()}:{path}"


def allows(state: State, ctx: Ctx) -> bool:
    """Whether the caller may run ``ctx.op``."""
    user, op = ctx.user, ctx.op
    if user.role in op.privileges:
        return True
    if user.role in BUILT_IN_ROLES or user.name in BUILT_IN_ROLES:
        return False
    granted = set(state.acl.get(user.role, ())) | set(state.acl.get(user.name, ()))
    return entry(op.method, op.path) in granted or entry(op.method, ctx.url) in granted
