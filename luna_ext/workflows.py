"""The guide's workflows (ch. 3, "Setting up"), one call each, over the generated client.

Each function is a few typed calls of generated operations, and works with both sessions:
given a ``LunaSession`` it runs and returns, given an ``AsyncLunaSession`` it returns a
coroutine (``await so_login(aluna, ...)``). Tasked steps (the appliance may hand any of them
to a task) are waited for, and ``on_progress`` sees each step: ``on_progress(step, state)``
with the task's state dict on every poll of a tasked step, or ``{"state": "Finished",
"tasked": False}`` once for a step answered at once.

Safety: ``so_login`` reads ``soLoginsLeft`` first and refuses when one wrong password
would zeroize the HSM (``SoLoginRefused``) unless ``force=True``; ``initialize_hsm``
re-initializes an initialized HSM (which destroys its partitions) only with
``confirm=True``. Passwords are never logged nor put in an error.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Coroutine, Generator, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

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
    list_partitions,
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

from ._calls import AsyncBoundCall, BoundCall, CallResult, Operation
from ._errors import LunaError, SoLoginRefused
from ._session import AsyncLunaSession, LunaSession

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

T = TypeVar("T")

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


@dataclass(frozen=True)
class _Call:
    """One step: a generated operation and its arguments; ``step`` names it for progress."""

    operation: Operation[Any, Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    step: str | None = None


def _call(operation: Operation[Any, Any], *args: Any, **kwargs: Any) -> _Call:
    return _Call(operation, args, kwargs)


def _step(step: str, operation: Operation[Any, Any], *args: Any, **kwargs: Any) -> _Call:
    return _Call(operation, args, kwargs, step)


# a workflow: yields its calls, receives their results, returns its own result
_Steps = Generator[_Call, CallResult[Any], T]


def _progress(
    call: _Call, on_progress: WorkflowProgress | None
) -> Callable[[dict[str, Any]], None] | None:
    if on_progress is None or call.step is None:
        return None
    step = call.step
    return lambda state: on_progress(step, state)


def _untasked(call: _Call, result: CallResult[Any], on_progress: WorkflowProgress | None) -> None:
    if on_progress is not None and call.step is not None and not result.tasked:
        on_progress(call.step, {"state": "Finished", "tasked": False})


def _drive_sync(luna: LunaSession, steps: _Steps[T], on_progress: WorkflowProgress | None) -> T:
    result: Any = None
    error: BaseException | None = None
    while True:
        try:
            call = steps.throw(error) if error is not None else steps.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        try:
            bound: BoundCall[Any, Any] = luna.operation(
                call.operation, on_progress=_progress(call, on_progress)
            )
            result, error = bound.detailed(*call.args, **call.kwargs), None
            _untasked(call, result, on_progress)
        except Exception as exc:  # handed to the workflow (its finally: logouts)
            result, error = None, exc


async def _drive_async(
    luna: AsyncLunaSession, steps: _Steps[T], on_progress: WorkflowProgress | None
) -> T:
    result: Any = None
    error: BaseException | None = None
    while True:
        try:
            call = steps.throw(error) if error is not None else steps.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        try:
            abound: AsyncBoundCall[Any, Any] = luna.operation(
                call.operation, on_progress=_progress(call, on_progress)
            )
            result, error = await abound.detailed(*call.args, **call.kwargs), None
            _untasked(call, result, on_progress)
        except Exception as exc:
            result, error = None, exc


def _drive(
    luna: LunaSession | AsyncLunaSession,
    steps: _Steps[T],
    on_progress: WorkflowProgress | None = None,
) -> T | Coroutine[Any, Any, T]:
    if isinstance(luna, AsyncLunaSession):
        return _drive_async(luna, steps, on_progress)
    return _drive_sync(luna, steps, on_progress)


# -- first_hsm ----------------------------------------------------------------------------
def _first_hsm() -> _Steps[int]:
    hsms = (yield _call(list_hsms)).value.hsms
    if not hsms:
        raise LunaError("the appliance lists no HSM")
    return int(hsms[0].id)


@overload
def first_hsm(luna: LunaSession) -> int: ...
@overload
def first_hsm(luna: AsyncLunaSession) -> Coroutine[Any, Any, int]: ...
def first_hsm(luna: LunaSession | AsyncLunaSession) -> int | Coroutine[Any, Any, int]:
    """The id of the appliance's first HSM (an appliance has one)."""
    return _drive(luna, _first_hsm())


# -- so_login -----------------------------------------------------------------------------
def _so_login(hsm_id: int, password: str, force: bool) -> _Steps[None]:
    left = (yield _call(get_hsm, hsm_id)).value.so_logins_left
    if isinstance(left, int) and left <= 1 and not force:
        raise SoLoginRefused(f"/api/lunasa/hsms/{hsm_id}", left)
    yield _step("SO login", login_hsm, hsm_id, body=LoginHsmRequest(role="so", password=password))


@overload
def so_login(
    luna: LunaSession,
    hsm_id: int,
    password: str,
    *,
    force: bool = ...,
    on_progress: WorkflowProgress | None = ...,
) -> None: ...
@overload
def so_login(
    luna: AsyncLunaSession,
    hsm_id: int,
    password: str,
    *,
    force: bool = ...,
    on_progress: WorkflowProgress | None = ...,
) -> Coroutine[Any, Any, None]: ...
def so_login(
    luna: LunaSession | AsyncLunaSession,
    hsm_id: int,
    password: str,
    *,
    force: bool = False,
    on_progress: WorkflowProgress | None = None,
) -> Coroutine[Any, Any, None] | None:
    """Log the session in to the HSM as SO (guide ch. 3 step 5), guarded.

    Reads the HSM's ``soLoginsLeft`` first: when it is 1 or less, a wrong password would
    zeroize the HSM, so the login is refused with ``SoLoginRefused`` (nothing is sent)
    unless ``force=True``."""
    return _drive(luna, _so_login(hsm_id, password, force), on_progress)


# -- initialize_hsm -----------------------------------------------------------------------
def _initialize_hsm_steps(
    hsm_id: int, label: str, so_password: str, domain: str, confirm: bool
) -> _Steps[None]:
    state = (yield _call(get_hsm, hsm_id)).value.state
    if state == "initialized" and not confirm:
        raise LunaError(
            f"HSM {hsm_id} is initialized: initializing it again destroys its partitions "
            "and keys; pass confirm=True if that is meant"
        )
    body = InitializeHsmRequest(label=label, password=so_password, domain=domain)
    yield _step("initialize HSM", _initialize_hsm, hsm_id, body=body)


@overload
def initialize_hsm(
    luna: LunaSession,
    hsm_id: int,
    *,
    label: str,
    so_password: str,
    domain: str,
    confirm: bool = ...,
    on_progress: WorkflowProgress | None = ...,
) -> None: ...
@overload
def initialize_hsm(
    luna: AsyncLunaSession,
    hsm_id: int,
    *,
    label: str,
    so_password: str,
    domain: str,
    confirm: bool = ...,
    on_progress: WorkflowProgress | None = ...,
) -> Coroutine[Any, Any, None]: ...
def initialize_hsm(
    luna: LunaSession | AsyncLunaSession,
    hsm_id: int,
    *,
    label: str,
    so_password: str,
    domain: str,
    confirm: bool = False,
    on_progress: WorkflowProgress | None = None,
) -> Coroutine[Any, Any, None] | None:
    """Initialize a password-authenticated HSM (guide ch. 3 step 4): label, SO password,
    cloning domain. An HSM that is already initialized is re-initialized, which destroys
    its partitions and keys, only with ``confirm=True`` (and an SO login)."""
    steps = _initialize_hsm_steps(hsm_id, label, so_password, domain, confirm)
    return _drive(luna, steps, on_progress)


# -- create_partition ---------------------------------------------------------------------
def _find_partition(hsm_id: int, name: str) -> _Steps[int]:
    """The id of the partition named ``name`` (after a tasked create, whose answer does not
    name it)."""
    for ref in (yield _call(list_partitions, hsm_id)).value.partitions:
        pid = int(ref.id)
        if (yield _call(get_partition, hsm_id, pid)).value.name == name:
            return pid
    raise LunaError(f"the partition {name!r} was created but is not listed on HSM {hsm_id}")


def _create_partition_steps(
    hsm_id: int,
    name: str,
    so_password: str,
    domain: str,
    label: str | None,
    co_password: str | None,
    cu_password: str | None,
    size: int | None,
    version: int,
) -> _Steps[PartitionRef]:
    if cu_password is not None and co_password is None:
        raise LunaError("initializing the Crypto User needs co_password (the CO initializes it)")
    body = CreatePartitionRequest(
        name=name,
        has_pso=False,
        all_storage_space=size is None,
        version=CreatePartitionRequestVersion(version),
    )
    if size is not None:
        body.size = size
    created = yield _step("create partition", _create_partition, hsm_id, body=body)
    pid = int(created.id) if created.id else (yield from _find_partition(hsm_id, name))
    init = InitializePartitionRequest(label=label or name, password=so_password, domain=domain)
    yield _step("initialize partition", initialize_partition, hsm_id, pid, body=init)
    if co_password is not None:
        try:
            so = LoginPartitionRequest(role="so", password=so_password)
            yield _step("partition SO login", login_partition, hsm_id, pid, body=so)
            co = InitializePartitionRoleRequest(password=co_password)
            yield _step(
                "initialize Crypto Officer", initialize_partition_role, hsm_id, pid, "co", body=co
            )
            if cu_password is not None:
                co_login = LoginPartitionRequest(role="co", password=co_password)
                yield _step("Crypto Officer login", login_partition, hsm_id, pid, body=co_login)
                cu = InitializePartitionRoleRequest(password=cu_password)
                yield _step(
                    "initialize Crypto User", initialize_partition_role, hsm_id, pid, "cu", body=cu
                )
        finally:
            yield _call(logout_partition, hsm_id, pid)
    return PartitionRef(hsm_id, pid, name)


@overload
def create_partition(
    luna: LunaSession,
    hsm_id: int,
    name: str,
    *,
    so_password: str,
    domain: str,
    label: str | None = ...,
    co_password: str | None = ...,
    cu_password: str | None = ...,
    size: int | None = ...,
    version: int = ...,
    on_progress: WorkflowProgress | None = ...,
) -> PartitionRef: ...
@overload
def create_partition(
    luna: AsyncLunaSession,
    hsm_id: int,
    name: str,
    *,
    so_password: str,
    domain: str,
    label: str | None = ...,
    co_password: str | None = ...,
    cu_password: str | None = ...,
    size: int | None = ...,
    version: int = ...,
    on_progress: WorkflowProgress | None = ...,
) -> Coroutine[Any, Any, PartitionRef]: ...
def create_partition(
    luna: LunaSession | AsyncLunaSession,
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
) -> PartitionRef | Coroutine[Any, Any, PartitionRef]:
    """Create and initialize a partition with its roles (guide ch. 3 steps 6-8).

    The session must be logged in to the HSM as SO (``so_login``). Creates the partition
    (``size`` bytes, or all the remaining storage when None), initializes it with its
    partition SO's password and cloning domain, and, when given, initializes the Crypto
    Officer (logged in as partition SO) and the Crypto User (logged in as CO). The
    partition logins are closed at the end, also when a step fails (what was done stays
    done: the error names the step's request). Returns the partition, whatever the
    appliance tasked (a tasked create's answer does not name it: it is found by name)."""
    steps = _create_partition_steps(
        hsm_id, name, so_password, domain, label, co_password, cu_password, size, version
    )
    return _drive(luna, steps, on_progress)


# -- register_ntls_client -----------------------------------------------------------------
def _register_steps(
    name: str,
    ip: str | None,
    hostname: str | None,
    certificate: str | None,
    partitions: list[PartitionRef | str],
) -> _Steps[list[str]]:
    body = RegisterNtlsClientRequest(client_name=name)
    if ip:
        body.ip = ip
    if hostname:
        body.hostname = hostname
    if certificate:
        body.certificate = certificate
    yield _call(_register, body=body)
    links: list[str] = []
    for part in partitions:
        url = part.url if isinstance(part, PartitionRef) else part
        link = CreateNtlsClientLinkRequest(url=url)
        result = yield _call(create_ntls_client_link, name, body=link)
        links.append(result.location or f"/api/lunasa/ntls/clients/{name}/links")
    return links


@overload
def register_ntls_client(
    luna: LunaSession,
    name: str,
    *,
    ip: str | None = ...,
    hostname: str | None = ...,
    certificate: str | None = ...,
    partitions: Iterable[PartitionRef | str] = ...,
) -> list[str]: ...
@overload
def register_ntls_client(
    luna: AsyncLunaSession,
    name: str,
    *,
    ip: str | None = ...,
    hostname: str | None = ...,
    certificate: str | None = ...,
    partitions: Iterable[PartitionRef | str] = ...,
) -> Coroutine[Any, Any, list[str]]: ...
def register_ntls_client(
    luna: LunaSession | AsyncLunaSession,
    name: str,
    *,
    ip: str | None = None,
    hostname: str | None = None,
    certificate: str | None = None,
    partitions: Iterable[PartitionRef | str] = (),
) -> list[str] | Coroutine[Any, Any, list[str]]:
    """Register an NTLS client and assign partitions to it (guide ch. 3, "NTLS
    client-partition connection"). ``certificate`` is the client's PEM certificate;
    ``partitions`` are ``PartitionRef``s or partition URLs. Returns the links' URLs."""
    if not ip and not hostname:
        raise ValueError("an NTLS client needs its ip or its hostname")
    return _drive(luna, _register_steps(name, ip, hostname, certificate, list(partitions)))


# -- setup_stc ------------------------------------------------------------------------------
def _stc_steps(
    partition: PartitionRef, so_password: str, der: bytes, label: str
) -> _Steps[StcSetup]:
    hsm_id, pid = partition.hsm_id, partition.id
    try:
        so = LoginPartitionRequest(role="so", password=so_password)
        yield _step("partition SO login", login_partition, hsm_id, pid, body=so)
        allow = ReplacePartitionPolicyRequest(value=1)
        yield _step(
            "allow STC (policy 37)", replace_partition_policy, hsm_id, pid, STC_POLICY, body=allow
        )
        identity = base64.b64encode(der).decode()
        client = CreateStcClientRequest(identity=identity, label=label)
        created = yield _step("register STC client", create_stc_client, hsm_id, pid, body=client)
        stc = (yield _call(get_partition_stc, hsm_id, pid)).value
    finally:
        yield _call(logout_partition, hsm_id, pid)
    return StcSetup(created.location, stc.to_dict())


@overload
def setup_stc(
    luna: LunaSession,
    partition: PartitionRef,
    *,
    so_password: str,
    client_key: rsa.RSAPublicKey | bytes,
    label: str,
    on_progress: WorkflowProgress | None = ...,
) -> StcSetup: ...
@overload
def setup_stc(
    luna: AsyncLunaSession,
    partition: PartitionRef,
    *,
    so_password: str,
    client_key: rsa.RSAPublicKey | bytes,
    label: str,
    on_progress: WorkflowProgress | None = ...,
) -> Coroutine[Any, Any, StcSetup]: ...
def setup_stc(
    luna: LunaSession | AsyncLunaSession,
    partition: PartitionRef,
    *,
    so_password: str,
    client_key: rsa.RSAPublicKey | bytes,
    label: str,
    on_progress: WorkflowProgress | None = None,
) -> StcSetup | Coroutine[Any, Any, StcSetup]:
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
    return _drive(luna, _stc_steps(partition, so_password, der, label), on_progress)
