"""The HSM's policies and capabilities. The policy table is ``hsm_common.POLICIES``;
``Hsm.policies`` holds only the values changed from the default. The HSM SO sets them
(as a task); changing a destructive policy zeroizes the HSM, as the appliance does;
turning policy 49 on restarts the partition utilization metrics at 0."""

from __future__ import annotations

from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Hsm
from .common import find_hsm, require_so, zeroize_hsm
from .hsm_common import POLICIES, Policy, bad_request, hsm_policy_value, small_number

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]


def _policy_body(h: Hsm, p: Policy) -> dict[str, Any]:
    # whether a policy is destructive is not shown: no reference page has the field
    return {"id": str(p.number), "name": p.name, "value": hsm_policy_value(h, p)}


def _policy(b: Backend, ctx: Ctx) -> tuple[Hsm, Policy]:
    h = find_hsm(b, ctx)
    raw = str(ctx.params["policyid"])
    p = POLICIES.get(int(raw)) if small_number(raw) else None
    if p is None:
        raise E.InvalidPolicy(f"the HSM has no policy {raw!r}")
    return h, p


@RULES.handles("listHsmPolicies")
def list_hsm_policies(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    return Reply(200, {"policies": [_policy_body(h, p) for p in POLICIES.values()]})


@RULES.handles("getHsmPolicy")
def get_hsm_policy(b: Backend, ctx: Ctx) -> Reply:
    h, p = _policy(b, ctx)
    return Reply(200, _policy_body(h, p))


@RULES.handles("replaceHsmPolicy", "updateHsmPolicy")
def set_hsm_policy(b: Backend, ctx: Ctx) -> Reply:
    """Set a policy (HSM SO). A destructive policy that changes zeroizes the HSM."""
    h, p = _policy(b, ctx)
    require_so(b, ctx)
    value = ctx.body["value"]
    low = 1 if p.maximum > 1 else 0
    if not low <= value <= p.maximum:
        raise bad_request(f"policy {p.number} ({p.name}) takes a value from {low} to {p.maximum}")
    changed = value != hsm_policy_value(h, p)
    if changed and p.number == 49 and value == 1:  # utilization metrics restart at 0
        h.metrics_reset = b.clock.now()
        for partition in b.state.partitions.values():
            partition.usage.clear()
    if value == p.default:
        h.policies.pop(str(p.number), None)
    else:
        h.policies[str(p.number)] = value
    if changed and p.destructive:
        zeroize_hsm(b)
    return Reply(204)


# capabilities without a policy: (number, name, value)
FIXED_CAPABILITIES = (
    (2, "Performance level", 15),
    (4, "Enable domestic mechanisms & key sizes", 1),
    (6, "Enable masking", 1),
    (9, "Enable full (non-backup) functionality", 1),
    (19, "Manufacturing Token", 0),
)


@RULES.handles("listHsmCapabilities")
def list_hsm_capabilities(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    caps = [
        {"id": "0", "name": "Enable PIN-based authentication", "value": int(not h.ped_based)},
        {"id": "1", "name": "Enable PED-based authentication", "value": int(h.ped_based)},
    ]
    caps += [{"id": str(n), "name": name, "value": v} for n, name, v in FIXED_CAPABILITIES]
    caps += [
        {"id": str(p.number), "name": p.name.replace("Allow", "Enable", 1), "value": p.maximum}
        for p in POLICIES.values()
    ]
    caps.sort(key=lambda c: int(str(c["id"])))
    return Reply(200, {"capabilities": caps})
