"""``x-luna-requires``, enforced in one place: the login an operation needs first.

The spec declares, per operation, the login the appliance requires before it runs it
(``hsm-so``, ``partition-so``, ``partition-co``; a list means any one of them);
``x-luna-requires-if: initialized`` when it holds only once the target (the HSM, or the
partition the path names) is initialized, as for re-initialization; and
``x-luna-requires-unless: <field>`` when a true boolean body field waives it. The dispatch
calls ``check`` just before an operation's rules run (for a tasked request: when its task
runs, which then ends in the error), so a caller without the login gets the appliance's
error and nothing changes. Unknown HSM or partition ids are the appliance's 404 first.

The rules functions may refine a requirement (the partition SO initializes the Crypto
Officer, the Crypto Officer the Crypto User) but never relax it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors as E
from .model import Partition, Session, State

if TYPE_CHECKING:
    from .dispatch import Ctx

__all__ = ["body_flag", "check", "holds_partition_role"]


def body_flag(value: Any) -> bool:
    """A boolean body field: JSON ``true``, or a multipart field that reads "true"."""
    if isinstance(value, tuple):  # a multipart field: (filename, content)
        value = value[1].decode("utf-8", "replace").strip().lower()
    return value is True or value == "true"


def holds_partition_role(session: Session, p: Partition, roles: set[str]) -> bool:
    """Whether the session is logged in to the partition as one of ``roles``. On a
    partition without a partition SO, the HSM SO acts as its SO."""
    held = session.partition_roles.get(p.serial, set())
    if held & roles:
        return True
    return "so" in roles and not p.has_pso and "so" in session.hsm_roles


def _target(state: State, params: dict[str, Any]) -> Partition | None:
    """The partition the path names (None at HSM level); unknown ids are the appliance's
    404, before any login is looked at."""
    if "hsmid" in params and params["hsmid"] != state.hsm.serial:
        raise E.InvalidHsm(f"no HSM {params['hsmid']}")
    if "partitionid" not in params:
        return None
    p = state.partitions.get(params["partitionid"])
    if p is None:
        raise E.InvalidPartition(f"no partition {params['partitionid']}")
    return p


_NAMES = {"hsm-so": "the HSM SO", "partition-so": "the partition SO", "partition-co": "the CO"}


def _holds(requirement: str, session: Session, p: Partition | None) -> bool:
    if requirement == "hsm-so":
        return "so" in session.hsm_roles
    role = requirement.removeprefix("partition-")
    return p is not None and holds_partition_role(session, p, {role})


def check(state: State, ctx: Ctx) -> None:
    """Raise the appliance's error when the session lacks the login the operation requires."""
    op, session = ctx.op, ctx.session
    if not op.requires:
        return
    p = _target(state, ctx.params)
    waiver = op.requires_unless
    if waiver and isinstance(ctx.body, dict) and body_flag(ctx.body.get(waiver)):
        return
    if op.requires_if == "initialized":
        initialized = p.state == "initialized" if p is not None else state.hsm.initialized
        if not initialized:
            return
    if any(_holds(r, session, p) for r in op.requires):
        return
    names = " or ".join(_NAMES[r] for r in op.requires)
    where = f"partition {p.serial}" if p is not None else f"HSM {state.hsm.serial}"
    # the error is the spec's (info.x-luna-requires-errors), from the catalog
    raise E.ERRORS[op.requires_error](f"{op.method} {op.path}: log in as {names} of {where} first")
