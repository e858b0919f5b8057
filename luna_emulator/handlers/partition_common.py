"""What the partition families share (``partitions.py``, ``partition_roles.py``,
``partition_policies.py``, ``partition_policy_templates.py``, ``partition_objects.py``,
``smk.py``; ``cckm/hsm.py`` too): the partition policy table, the role names and which
partition roles a session holds, a failed role login, zeroizing a partition, object
handles, and the policy template file's header. No operation's rules live here.

Wrong passwords count a role's ``loginAttemptsLeft`` down from partition policy 20; at
zero a CO/CU is locked out until the SO resets it, and the partition SO's last failure
zeroizes the partition (guide ch. 8, "exceeding last login attempt")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx
from ..model import Partition, Role
from ..requires import holds_partition_role

__all__ = [
    "POLICIES",
    "ROLE_NAMES",
    "TEMPLATE_COLUMNS",
    "TEMPLATE_HEADER",
    "PolicyDef",
    "drop_logins",
    "failed_login",
    "holds_role",
    "max_logins",
    "new_handle",
    "policy_value",
    "require_partition_role",
    "set_partition_version",
    "zeroize_partition",
]


# ---- the partition policy table ----------------------------------------------
@dataclass(frozen=True)
class PolicyDef:
    """One partition policy: its number, name, default and range, and whether a
    change off-to-on / on-to-off destroys the partition's objects."""

    id: str
    name: str
    default: int
    low: int = 0
    high: int = 1
    destroys_on: bool = False  # off -> on wipes the objects
    destroys_off: bool = False  # on -> off wipes the objects


def _p(*args: Any, **kw: Any) -> tuple[str, PolicyDef]:
    d = PolicyDef(*args, **kw)
    return d.id, d


# Luna 7 partition policies ("partition showpolicies"). Policies that weaken what
# the stored objects were created under are destructive when switched on.
POLICIES: dict[str, PolicyDef] = dict(
    [
        _p("0", "Allow private key cloning", 1, destroys_on=True),
        _p("1", "Allow private key wrapping", 0, destroys_on=True),
        _p("2", "Allow private key unwrapping", 1),
        _p("4", "Allow secret key cloning", 1, destroys_on=True),
        _p("5", "Allow secret key wrapping", 1, destroys_on=True),
        _p("6", "Allow secret key unwrapping", 1),
        _p("10", "Allow multipurpose keys", 1, destroys_on=True),
        _p("11", "Allow changing key attributes", 1, destroys_on=True),
        _p("15", "Ignore failed challenge responses", 1),
        _p("16", "Operate without RSA blinding", 1, destroys_on=True),
        _p("17", "Allow signing with non-local keys", 1),
        _p("18", "Allow raw RSA operations", 1),
        _p("20", "Max failed user logins allowed", 10, 1, 10),
        _p("21", "Allow high availability recovery", 1),
        _p("22", "Allow activation", 0),
        _p("23", "Allow auto-activation", 0),
        _p("25", "Minimum pin length (inverted: 255 - min)", 248, 0, 247),
        _p("26", "Maximum pin length", 255, 8, 255),
        _p("28", "Allow Key Management Functions", 1),
        _p("29", "Perform RSA signing without confirmation", 1),
        _p("31", "Allow private key unmasking", 1),
        _p("32", "Allow secret key unmasking", 1),
        _p("33", "Allow RSA PKCS mechanism", 1),
        _p("34", "Allow CBC-PAD (un)wrap keys of any size", 1),
        _p("35", "Allow private key SFF export", 0, destroys_on=True),
        _p("36", "Allow secret key SFF export", 0, destroys_on=True),
        _p("37", "Enable Secure Trusted Channel", 0),
        _p("39", "Allow Start/End Date Attributes", 0),
        _p("41", "Enable Partition Version", 0, destroys_off=True),
    ]
)


def policy_value(p: Partition, policy: str) -> int:
    """The partition's current value of a policy (its default until changed)."""
    return p.policies.get(policy, POLICIES[policy].default)


def max_logins(p: Partition) -> int:
    return policy_value(p, "20")


def set_partition_version(p: Partition, version: int) -> None:
    """Partition policy 41: a V1 partition has an initialized FW7 primary SMK."""
    p.version = version
    if version == 1 and p.state == "initialized":
        p.smk.setdefault("smk-fw7-primary", "Initialized")
    else:
        p.smk.clear()


# ---- roles and logins -----------------------------------------------------------
ROLE_NAMES = {"so": "Security Officer", "co": "Crypto Officer", "cu": "Crypto User"}


def holds_role(b: Backend, ctx: Ctx, p: Partition, roles: set[str]) -> bool:
    """Whether the session is logged in to the partition as one of ``roles``."""
    return holds_partition_role(ctx.session, p, roles)


def require_partition_role(b: Backend, ctx: Ctx, p: Partition, roles: set[str]) -> None:
    if not holds_role(b, ctx, p, roles):
        names = " or ".join(ROLE_NAMES.get(r, r) for r in sorted(roles))
        raise E.PartitionUserNotAuthenticated(f"log in to partition {p.serial} as {names} first")


def drop_logins(b: Backend, p: Partition, roles: set[str] | None = None) -> None:
    """End the partition logins (all, or of ``roles``) held by every session."""
    for s in b.sessions.values():
        held = s.partition_roles.get(p.serial)
        if held is None:
            continue
        if roles is None:
            held.clear()
        else:
            held -= roles
        if not held:
            del s.partition_roles[p.serial]


def failed_login(b: Backend, p: Partition, role: str, r: Role) -> None:
    r.login_attempts_left = max(r.login_attempts_left - 1, 0)
    if r.login_attempts_left > 0:
        raise E.IncorrectPassword(f"{r.login_attempts_left} attempts left")
    if role == "so":
        zeroize_partition(b, p)
        raise E.PartitionZeroized(
            f"last wrong partition SO password: partition {p.serial} has been zeroized"
        )
    r.locked_out = True
    drop_logins(b, p, {role})
    raise E.RoleLockedOut(f"no attempts left: role {role!r} is now locked out")


def _fresh_roles() -> dict[str, Role]:
    return {r: Role() for r in ROLE_NAMES}


def zeroize_partition(b: Backend, p: Partition) -> None:
    """Wipe the partition: objects, role credentials, policies; it must be initialized again."""
    p.state, p.label = "zeroized", ""
    p.roles = _fresh_roles()
    p.objects.clear()
    p.policies.clear()
    p.version = 0
    p.smk.clear()
    drop_logins(b, p)


# ---- objects and policy templates -----------------------------------------------
def new_handle(p: Partition) -> str:
    p.next_handle = max(p.next_handle, 1)
    while str(p.next_handle) in p.objects:
        p.next_handle += 1
    handle = str(p.next_handle)
    p.next_handle += 1
    return handle


TEMPLATE_HEADER = "# Luna partition policy template"


TEMPLATE_COLUMNS = "policyId,value,offToOnDestructive,onToOffDestructive,name"
