"""CCKM's own state: plain data, no HTTP and no rules.

What lives on the HSM (partitions and their objects) is not here: it is the emulated
appliance's ``model.State``, read and changed through ``hsm.py``. This holds what the
CipherTrust Manager keeps beside it: connections, the partitions it manages (by the
appliance partitions' serials), its key records, jobs and refresh tokens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "CckmState",
    "Connection",
    "Job",
    "KeyRecord",
    "ManagedPartition",
    "PendingOperation",
    "RefreshToken",
    "Timing",
]


@dataclass
class Timing:
    """How fast asynchronous work finishes, in seconds of the emulator's clock (0: at the
    next request)."""

    key_operation_delay: float = 1.0
    job_duration: float = 2.0


@dataclass
class Connection:
    id: str
    name: str
    password: str = field(repr=False)  # the partitions' Crypto Officer password; never shown
    partitions: list[dict[str, str]]  # {id, hostname, partition_label, serial_number}
    created: str
    updated: str
    products: list[str] = field(default_factory=lambda: ["cckm"])
    description: str = ""
    meta: dict[str, Any] | None = None
    is_ha_enabled: bool = False
    emulated: bool = False  # the connection to the emulated appliance: its partitions, live


@dataclass
class ManagedPartition:
    id: str
    connection: str  # the connection's name
    serials: list[int]  # the appliance partitions (one, or the members of an HA group)
    label: str
    created: str
    updated: str
    ha_enabled: bool = False
    acls: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class PendingOperation:
    operation: str  # keycreate | keyupdate | keyreplicate | keydelete
    due: float
    changes: list[dict[str, Any]] = field(default_factory=list)  # keyupdate: {type, value}


@dataclass
class KeyRecord:
    """One key as CCKM knows it: one half of an RSA pair, an AES key, or an object found
    by a refresh. ``handles`` says where its object is: appliance serial -> handle."""

    id: str
    partition_id: str
    label: str
    mechanism: str
    size: int
    requested: list[str]  # the attributes asked for at creation (CKA_* names)
    object_type: str  # public key | private key | secret key (shown once created)
    algorithm: str  # rsa | aes | ec (shown once created)
    created: str
    updated: str
    status: str = "in_progress"
    operation: str = "keycreate"
    operation_status: str = ""
    origin: str = "cckm"
    handles: dict[int, str] = field(default_factory=dict)
    link_id: str = ""
    attributes: list[str] = field(default_factory=list)
    object_uid: str = ""
    fingerprint: str = ""
    modulus: str = ""
    exponent: int = 0
    byok_key: bool = False
    pending: PendingOperation | None = None


@dataclass
class Job:
    id: str
    job_type: str  # refresh | ha_synchronize
    partitions: list[str]
    created: str
    updated: str
    due: float
    overall_status: str = "in_progress"
    detailed_status: dict[str, str] = field(default_factory=dict)
    abort: bool = False
    completed_at: str = ""


@dataclass
class RefreshToken:
    id: str
    value: str = field(repr=False)
    user: str
    client_id: str
    created: float
    last_used: float
    lifetime: float | None = None  # seconds; None: no expiry
    unused_in: float | None = None  # seconds of inactivity before it lapses
    labels: list[str] = field(default_factory=list)
    revoked: bool = False

    def expired(self, now: float) -> bool:
        if self.lifetime is not None and now >= self.created + self.lifetime:
            return True
        return self.unused_in is not None and now >= self.last_used + self.unused_in


@dataclass
class CckmState:
    connections: dict[str, Connection] = field(default_factory=dict)
    partitions: dict[str, ManagedPartition] = field(default_factory=dict)
    keys: dict[str, KeyRecord] = field(default_factory=dict)
    jobs: dict[str, Job] = field(default_factory=dict)
    refresh_tokens: dict[str, RefreshToken] = field(default_factory=dict)
    timing: Timing = field(default_factory=Timing)
