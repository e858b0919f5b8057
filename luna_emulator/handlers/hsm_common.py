"""What the HSM families share (``hsms.py``, ``hsm_roles.py``, ``hsm_policies.py``,
``ped.py``; also ``indirect_login.py`` and ``metrics.py``): the firmware releases, the HSM
policy table, the PEDs of a PED-authenticated HSM, and small helpers (URLs, errors). No
operation's rules live here.

Policies are a small table of real Luna 7 HSM policies with their defaults; ``Hsm.policies``
holds only the values changed from the default (``factoryReset`` clears it, a firmware
rollback restores the defaults)."""

from __future__ import annotations

from dataclasses import dataclass

from .. import errors as E
from ..model import Hsm, Ped

__all__ = [
    "FIRMWARE",
    "POLICIES",
    "Policy",
    "bad_request",
    "firmware_at_least",
    "firmware_key",
    "hsm_policy_value",
    "hsm_url",
    "not_supported",
    "ped_ready",
    "peds",
    "small_number",
]


FIRMWARE = ("7.0.3", "7.3.3", "7.4.2", "7.7.1", "7.8.4", "7.9.0")


@dataclass(frozen=True)
class Policy:
    number: int
    name: str
    default: int
    destructive: bool = False
    maximum: int = 1


POLICIES = {
    p.number: p
    for p in (
        Policy(7, "Allow cloning", 1, destructive=True),
        Policy(12, "Allow non-FIPS algorithms", 1, destructive=True),
        Policy(15, "SO can reset partition PIN", 0, destructive=True),
        Policy(16, "Allow network replication", 1),
        Policy(21, "Force user PIN change after set/reset", 1),
        Policy(22, "Allow offboard storage", 1, destructive=True),
        Policy(30, "Allow unmasking", 1, destructive=True),
        Policy(33, "Current maximum number of partitions", 100, maximum=100),
        Policy(35, "Force Single Domain", 0, destructive=True),
        Policy(36, "Allow Unified PED Key", 0),
        Policy(37, "Allow MofN", 1),
        Policy(39, "Allow Secure Trusted Channel", 0, destructive=True),
        Policy(40, "Decommission on tamper", 0),
        Policy(43, "Allow low level math acceleration", 1, destructive=True),
        Policy(46, "Disable Decommission", 0, destructive=True),
        Policy(48, "Do Controlled Tamper Recovery", 1),
        Policy(49, "Allow Partition Utilization Metrics", 0),
        Policy(50, "Allow Functionality Modules", 0, destructive=True),
        Policy(51, "Enable SMFS Auto Activation", 0),
        Policy(52, "Allow Restricted Restore", 0, destructive=True),
    )
}


def firmware_at_least(h: Hsm, version: str) -> bool:
    return firmware_key(h.firmware) >= firmware_key(version)


def firmware_key(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split(".") if x.isdigit())


def small_number(text: str) -> bool:
    """A small decimal number (ids in paths and bodies)."""
    return text.isascii() and text.isdecimal() and len(text) < 4


def not_supported(details: str) -> E.LunaError:
    return E.FuncNotSupported(details, status=400)


def bad_request(details: str) -> E.LunaError:
    return E.BadRequest(details)


def hsm_url(h: Hsm, rest: str) -> str:
    return f"/api/lunasa/hsms/{h.serial}/{rest}"


def hsm_policy_value(h: Hsm, p: Policy) -> int:
    return h.policies.get(str(p.number), p.default)


def peds(h: Hsm) -> dict[int, Ped]:
    """The PEDs of a PED-authenticated HSM: 0 the local PED, 1 a remote PED."""
    if h.ped_based and not h.extras.peds:
        h.extras.peds = {0: Ped(0, connected=True), 1: Ped(1)}
    return h.extras.peds if h.ped_based else {}


def ped_ready(h: Hsm, ped_id: str) -> bool:
    """Whether ``ped_id`` names a PED the HSM can use now (always true on password HSMs)."""
    if not h.ped_based:
        return True
    ped = peds(h).get(int(ped_id)) if small_number(ped_id) else None
    return ped is not None and ped.connected
