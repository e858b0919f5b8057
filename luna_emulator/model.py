"""The emulated appliance's state: plain data, no HTTP and no rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Hsm", "NtlsClient", "Partition", "Role", "Session", "State", "User"]


@dataclass
class User:
    name: str
    password: str
    role: str  # admin | operator | monitor
    full_name: str = ""
    email: str = ""
    enabled: bool = True
    certificates: dict[str, str] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)


@dataclass
class Session:
    sid: str
    user: str
    private: bool
    last_seen: float
    hsm_roles: set[str] = field(default_factory=set)
    partition_roles: dict[int, set[str]] = field(default_factory=dict)
    challenge: bytes = b""


@dataclass
class Role:
    initialized: bool = False
    password: str = ""
    login_attempts_left: int = 10
    locked_out: bool = False


@dataclass
class Partition:
    serial: int
    name: str
    label: str = ""
    state: str = "zeroized"
    version: int = 0
    has_pso: bool = True
    size: int = 0
    roles: dict[str, Role] = field(default_factory=lambda: {r: Role() for r in ("so", "co", "cu")})
    policies: dict[str, int] = field(default_factory=dict)
    objects: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Hsm:
    serial: int = 151256
    label: str = ""
    initialized: bool = False
    ped_based: bool = False
    so_password: str = ""
    so_logins_left: int = 3
    domain: str = ""
    firmware: str = "7.8.4"
    policies: dict[str, int] = field(default_factory=dict)


@dataclass
class NtlsClient:
    name: str
    ip: str = ""
    hostname: str = ""
    certificate: str = ""
    links: dict[str, str] = field(default_factory=dict)  # partition serial -> partition URL


@dataclass
class State:
    users: dict[str, User] = field(default_factory=dict)
    hsm: Hsm = field(default_factory=Hsm)
    partitions: dict[int, Partition] = field(default_factory=dict)
    ntls_clients: dict[str, NtlsClient] = field(default_factory=dict)
    force_so_login: bool = False
    docs: dict[str, Any] = field(default_factory=dict)  # generic single resources, by URL
    children: dict[str, dict[str, Any]] = field(default_factory=dict)  # collection URL -> id -> doc
