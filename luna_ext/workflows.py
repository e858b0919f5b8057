"""The guide's workflows (ch. 3, "Setting up"), one call each, over the generated client.

Each function is a few typed ``LunaSession.call``s of generated operations; tasked steps
(the appliance may hand any of them to a task) are waited for, and ``on_progress`` sees
each step: ``on_progress(step, state)`` with the task's state dict on every poll of a tasked
step, or ``{"state": "Finished", "tasked": False}`` once for a step answered at once.

Safety: ``so_login`` reads ``soLoginsLeft`` first and refuses when one wrong password
would zeroize the HSM (``SoLoginRefused``) unless ``force=True``; ``initialize_hsm``
re-initializes an initialized HSM (which destroys its partitions) only with
``confirm=True``. Passwords are never logged nor put in an error.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from luna_client.api.hsms import get_hsm, list_hsms, login_hsm
from luna_client.api.hsms import initialize_hsm as _initialize_hsm
from luna_client.api.ntls import create_ntls_client_link
from luna_client.api.ntls import register_ntls_client as _register
from luna_client.api.partition_policies import replace_partition_policy
from luna_client.api.partition_roles import initialize_partition_role
from luna_client.api.partitions import (
    create_partition as _create_partition,
)
from luna_client.api.partitions import (
    get_partition,
    initialize_partition,
    login_partition,
    logout_partition,
)
from luna_client.api.stc import create_stc_client, get_partition_stc
from luna_client.models import (
    CreateNtlsClientLinkRequest,
    CreatePartitionRequest,
    CreatePartitionRequestVersion,
    CreateStcClientRequest,
    InitializeHsmRequest,
    InitializePartitionRequest,
    InitializePartitionRoleRequest,
    LoginHsmRequest,
    LoginPartitionRequest,
    RegisterNtlsClientRequest,
    ReplacePartitionPolicyRequest,
)

from ._calls import CallResult, Operation
from ._errors import LunaError, SoLoginRefused
from ._session import LunaSession

__all__ = [
    "PartitionRef",
    "StcSetup",
    "WorkflowProgress",
    "create_partition",
    "first_hsm",
    "initialize_hsm",
    "register_ntls_client",
    "setup_stc",
    "so_login",
]

P = ParamSpec("P")
R = TypeVar("R")

WorkflowProgress = Callable[[str, dict[str, Any]], None]
"""``on_progress(step, state)``: the step's name and the task's state (see the module)."""

STC_POLICY = "37"
"""The partition policy that allows secure trusted channel (guide ch. 3, STC set-up)."""


@dataclass(frozen=True)
class PartitionRef:
    """A partition made by ``create_partition``."""

    hsm_id: int
    id: int
    name: str

    @property
    def url(self) -> str:
        return f"/api/lunasa/hsms/{self.hsm_id}/partitions/{self.id}"


@dataclass(frozen=True)
class StcSetup:
    """What ``setup_stc`` did: the client registered, and the partition's STC identity."""

    client_location: str | None
    partition_identity: dict[str, Any] = field(default_factory=dict)


def _step(
    luna: LunaSession,
    step: str,
    on_progress: WorkflowProgress | None,
    operation: Operation[P, R],
) -> Callable[P, CallResult[R]]:
    def progress(state: dict[str, Any]) -> None:
        if on_progress is not None:
            on_progress(step, state)

    bound = luna.operation(operation, on_progress=progress if on_progress else None)

    def run(*args: P.args, **kwargs: P.kwargs) -> CallResult[R]:
        result = bound.detailed(*args, **kwargs)
        if on_progress is not None and not result.tasked:
            on_progress(step, {"state": "Finished", "tasked": False})
        return result

    return run


def first_hsm(luna: LunaSession) -> int:
    """The id of the appliance's first HSM (an appliance has one)."""
    hsms = luna.call(list_hsms).hsms
    if not hsms:
        raise LunaError("the appliance lists no HSM")
    return int(hsms[0].id)


def so_login(
    luna: LunaSession,
    hsm_id: int,
    password: str,
    *,
    force: bool = False,
    on_progress: WorkflowProgress | None = None,
) -> None:
    """Log the session in to the HSM as SO (guide ch. 3 step 5), guarded.

    Reads the HSM's ``soLoginsLeft`` first: when it is 1 or less, a wrong password would
    zeroize the HSM, so the login is refused with ``SoLoginRefused`` unless ``force=True``.
    """
    hsm = luna.call(get_hsm, hsm_id)
    left = hsm.so_logins_left
    if isinstance(left, int) and left <= 1 and not force:
        raise SoLoginRefused(f"/api/lunasa/hsms/{hsm_id}", left)
    _step(luna, "SO login", on_progress, login_hsm)(
        hsm_id, body=LoginHsmRequest(role="so", password=password)
    )


def initialize_hsm(
    luna: LunaSession,
    hsm_id: int,
    *,
    label: str,
    so_password: str,
    domain: str,
    confirm: bool = False,
    on_progress: WorkflowProgress | None = None,
) -> None:
    """Initialize a password-authenticated HSM (guide ch. 3 step 4): label, SO password,
    cloning domain. An HSM that is already initialized is re-initialized, which destroys
    its partitions and keys, only with ``confirm=True``."""
    state = luna.call(get_hsm, hsm_id).state
    if state == "initialized" and not confirm:
        raise LunaError(
            f"HSM {hsm_id} is initialized: initializing it again destroys its partitions "
            "and keys; pass confirm=True if that is meant"
        )
    _step(luna, "initialize HSM", on_progress, _initialize_hsm)(
        hsm_id, body=InitializeHsmRequest(label=label, password=so_password, domain=domain)
    )


def _find_partition(luna: LunaSession, hsm_id: int, name: str) -> int:
    """The id of the partition named ``name`` (after a tasked create, whose answer does not
    name it)."""
    for item in luna.iterate(f"/api/lunasa/hsms/{hsm_id}/partitions"):
        pid = int(str(item["url"]).rstrip("/").rsplit("/", 1)[-1])
        if luna.call(get_partition, hsm_id, pid).name == name:
            return pid
    raise LunaError(f"the partition {name!r} was created but is not listed on HSM {hsm_id}")


def create_partition(
    luna: LunaSession,
    hsm_id: int,
    name: str,
    *,
    so_password: str,
    domain: str,
    label: str | None = None,
    co_password: str | None = None,
    cu_password: str | None = None,
    size: int | None = None,
    version: int = 1,
    on_progress: WorkflowProgress | None = None,
) -> PartitionRef:
    """Create and initialize a partition with its roles (guide ch. 3 steps 6-8).

    The session must be logged in to the HSM as SO (``so_login``). Creates the partition
    (``size`` bytes, or all the remaining storage when None), initializes it with its
    partition SO's password and cloning domain, and, when given, initializes the Crypto
    Officer (logged in as partition SO) and the Crypto User (logged in as CO). The
    partition logins are closed at the end. Returns the partition, whatever the appliance
    tasked."""
    body = CreatePartitionRequest(
        name=name,
        has_pso=False,
        all_storage_space=size is None,
        version=CreatePartitionRequestVersion(version),
    )
    if size is not None:
        body.size = size
    created = _step(luna, "create partition", on_progress, _create_partition)(hsm_id, body=body)
    pid = int(created.id) if created.id else _find_partition(luna, hsm_id, name)
    part = PartitionRef(hsm_id, pid, name)

    _step(luna, "initialize partition", on_progress, initialize_partition)(
        hsm_id,
        pid,
        body=InitializePartitionRequest(label=label or name, password=so_password, domain=domain),
    )
    if co_password is None and cu_password is None:
        return part
    if co_password is None:
        raise LunaError("initializing the Crypto User needs co_password (the CO initializes it)")
    try:
        _step(luna, "partition SO login", on_progress, login_partition)(
            hsm_id, pid, body=LoginPartitionRequest(role="so", password=so_password)
        )
        _step(luna, "initialize Crypto Officer", on_progress, initialize_partition_role)(
            hsm_id, pid, "co", body=InitializePartitionRoleRequest(password=co_password)
        )
        if cu_password is not None:
            _step(luna, "Crypto Officer login", on_progress, login_partition)(
                hsm_id, pid, body=LoginPartitionRequest(role="co", password=co_password)
            )
            _step(luna, "initialize Crypto User", on_progress, initialize_partition_role)(
                hsm_id, pid, "cu", body=InitializePartitionRoleRequest(password=cu_password)
            )
    finally:
        luna.call(logout_partition, hsm_id, pid)
    return part


def register_ntls_client(
    luna: LunaSession,
    name: str,
    *,
    ip: str | None = None,
    hostname: str | None = None,
    certificate: str | None = None,
    partitions: Iterable[PartitionRef | str] = (),
) -> list[str]:
    """Register an NTLS client and assign partitions to it (guide ch. 3, "NTLS
    client-partition connection"). ``certificate`` is the client's PEM certificate;
    ``partitions`` are ``PartitionRef``s or partition URLs. Returns the links' URLs."""
    if not ip and not hostname:
        raise ValueError("an NTLS client needs its ip or its hostname")
    body = RegisterNtlsClientRequest(client_name=name)
    if ip:
        body.ip = ip
    if hostname:
        body.hostname = hostname
    if certificate:
        body.certificate = certificate
    luna.call(_register, body=body)
    links: list[str] = []
    for part in partitions:
        url = part.url if isinstance(part, PartitionRef) else part
        result = luna.run(create_ntls_client_link, name, body=CreateNtlsClientLinkRequest(url=url))
        links.append(result.location or f"/api/lunasa/ntls/clients/{name}/links")
    return links


def setup_stc(
    luna: LunaSession,
    partition: PartitionRef,
    *,
    so_password: str,
    client_key: rsa.RSAPublicKey | bytes,
    label: str,
    on_progress: WorkflowProgress | None = None,
) -> StcSetup:
    """Set up a secure trusted channel to a partition (guide ch. 3, "STC client-partition
    connection"): as partition SO, allow STC (partition policy 37) and register the
    client's public key (``client_key``: an RSA public key or its DER SubjectPublicKeyInfo)
    under ``label``. Returns the client's ``Location`` and the partition's STC identity."""
    der = (
        client_key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        if isinstance(client_key, rsa.RSAPublicKey)
        else client_key
    )
    hsm_id, pid = partition.hsm_id, partition.id
    try:
        _step(luna, "partition SO login", on_progress, login_partition)(
            hsm_id, pid, body=LoginPartitionRequest(role="so", password=so_password)
        )
        _step(luna, "allow STC (policy 37)", on_progress, replace_partition_policy)(
            hsm_id, pid, STC_POLICY, body=ReplacePartitionPolicyRequest(value=1)
        )
        client = _step(luna, "register STC client", on_progress, create_stc_client)(
            hsm_id,
            pid,
            body=CreateStcClientRequest(identity=base64.b64encode(der).decode(), label=label),
        )
        identity = luna.call(get_partition_stc, hsm_id, pid)
    finally:
        luna.call(logout_partition, hsm_id, pid)
    return StcSetup(client.location, identity.to_dict())
