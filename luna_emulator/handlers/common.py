"""Rules shared by the families (look-ups, the HSM SO check, zeroizing the HSM, the
web server's login key, the appliance's log files and services, the caller's file area):
the rules modules import these, never each other's private names. No operation's rules
live here."""

from __future__ import annotations

import time

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx
from ..model import Hsm, Partition
from ..tls import self_signed_certificate

__all__ = [
    "caller_file",
    "find_hsm",
    "find_partition",
    "partition_url",
    "require_so",
    "server_login_key",
    "service_running",
    "write_log",
    "zeroize_hsm",
]


def find_hsm(b: Backend, ctx: Ctx) -> Hsm:
    if ctx.params.get("hsmid") != b.state.hsm.serial:
        raise E.InvalidHsm(f"no HSM {ctx.params.get('hsmid')}")
    return b.state.hsm


def find_partition(b: Backend, ctx: Ctx) -> Partition:
    find_hsm(b, ctx)
    p = b.state.partitions.get(ctx.params["partitionid"])
    if p is None:
        raise E.InvalidPartition(f"no partition {ctx.params['partitionid']}")
    return p


def require_so(b: Backend, ctx: Ctx) -> None:
    if "so" not in ctx.session.hsm_roles:
        raise E.RequireSoLogin("log in as HSM SO first (POST /api/lunasa/hsms/{hsmid}/login)")


def partition_url(b: Backend, p: Partition) -> str:
    return f"/api/lunasa/hsms/{b.state.hsm.serial}/partitions/{p.serial}"


def zeroize_hsm(b: Backend) -> None:
    """Zeroize the HSM: partitions, NTLS links and every HSM and partition login go."""
    h = b.state.hsm
    h.initialized, h.so_password, h.label, h.so_logins_left = False, "", "", 3
    b.state.partitions.clear()
    for client in b.state.ntls_clients.values():
        client.links.clear()
    for s in b.sessions.values():
        s.hsm_roles.clear()
        s.partition_roles.clear()


def server_login_key(b: Backend) -> tuple[rsa.RSAPrivateKey, str]:
    """The web server's login key and certificate PEM (made once per emulator)."""
    if b.runtime.login_key is None:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = self_signed_certificate(key, "luna-emulator webserver")
        b.runtime.login_key = (key, cert.public_bytes(serialization.Encoding.PEM).decode())
    return b.runtime.login_key


FileNotFound = E.FileidDoesNotExist


def write_log(b: Backend, log: str, process: str, message: str) -> None:
    """Append a syslog-style line to one of the appliance's log files."""
    stamp = time.strftime("%b %d %H:%M:%S", time.gmtime(b.clock.now()))
    line = f"{stamp} {b.state.appliance.hostname} {process}: {message}"
    b.state.appliance.logs.setdefault(log, []).append(line)


def service_running(b: Backend, name: str) -> bool:
    svc = b.state.appliance.services.get(name)
    return svc is not None and svc.running


def caller_file(b: Backend, ctx: Ctx, name: str, ext: str, bad_name: type[E.LunaError]) -> bytes:
    """A file of the caller's file area (``POST /users/{userid}/files``)."""
    if not name.lower().endswith(ext):
        raise bad_name(f"{name!r}: a {ext} file is expected")
    user = b.state.users.get(ctx.user.name)
    if user is None or name not in user.files:
        raise FileNotFound(f"no file {name!r} in {ctx.user.name}'s file area")
    return bytes(user.files[name])
