"""Rules shared by the families (look-ups, the HSM SO check, zeroizing the HSM, the
web server's login key): the rules modules import these, never each other's private
names."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx
from ..model import Hsm, Partition
from ..tls import self_signed_certificate

__all__ = [
    "find_hsm",
    "find_partition",
    "partition_url",
    "require_so",
    "server_login_key",
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
