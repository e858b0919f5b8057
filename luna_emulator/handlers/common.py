"""Look-ups shared by the handler modules."""

from __future__ import annotations

from .. import errors as E
from ..backend import Backend, Ctx
from ..model import Hsm, Partition

__all__ = ["find_hsm", "find_partition", "partition_url", "require_so"]


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
