"""The appliance root resource."""

from __future__ import annotations

from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules

RULES: Rules[Backend] = Rules()


# ---- appliance --------------------------------------------------------------
@RULES.handles("getAppliance")
def get_appliance(b: Backend, ctx: Ctx) -> Reply:
    links = {
        k: f"/api/lunasa/{k}"
        for k in (
            "actions",
            "cluster",
            "config",
            "cpu",
            "disk",
            "hsms",
            "memory",
            "network",
            "ntls",
            "ntp",
            "packageFiles",
            "packages",
            "sensors",
            "services",
            "snmp",
            "ssh",
            "syslog",
            "time",
            "upgrades",
            "webServer",
        )
    }
    return Reply(
        200,
        {
            **links,
            "forceSoLogin": b.state.force_so_login,
            "systemStatus": "ISO (In Service Okay)",
            "systemStatusCodes": "61,62,63",
            "version": "7.8.4-254",
        },
    )
