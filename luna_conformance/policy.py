"""What the suite may do to a target.

Against the embedded emulator everything runs (it is reset before each case). Against a
real appliance, by safety tier (``target.Tier``):

* read-only (default): GET only; no login is fuzzed (three wrong SO passwords zeroize the
  HSM, wrong logins feed the block list and role lockouts) and no negative data is sent (each
  bad payload is a block-list infraction);
* safe-writes (``--allow-writes``): also the workflows that create, change and delete only
  ``lrk-`` objects of their own;
* destructive (``--allow-destructive``): also operations that can destroy key material.

Configuration the suite did not create (users, roles, ACL, services, network, SNMP, syslog,
NTLS, backups...) is never changed unless ``--allow-config-changes`` asks for it as well, and
the protections that can lock the suite out (block list, ACL, login and password rules, the
web server's port and certificate, the network) are never configured against an appliance,
whatever the flags."""

from __future__ import annotations

from typing import Any

from .target import Target

__all__ = [
    "AGAINST_APPLIANCE",
    "CONFIGURATION_TAGS",
    "LOCKOUT_OPERATIONS",
    "LOGIN_OPERATIONS",
    "skip_reason",
]

AGAINST_APPLIANCE: list[bool] = [False]
"""Set by the plugin at configure time, before collection: the schema-driven layer builds its
cases at collection, and against an appliance it builds valid data only (no negative cases,
no undeclared methods or unknown query parameters: each refused payload is a block-list
infraction)."""

LOGIN_OPERATIONS = frozenset(
    {
        "createSession",
        "deleteSession",
        "createLoginChallenge",
        "loginWithChallengeResponse",
        "loginHsm",
        "loginPartition",
        "updateHsmRole",
        "changePartitionRolePassword",
        "performUserAction",
        "performHsmRoleAction",
        "performPartitionRoleAction",
        # they set a role's credential: a generated one would leave the appliance with an
        # SO or partition password nobody knows (the workflows set them, with yours)
        "initializeHsm",
        "initializePartition",
        "initializePartitionRole",
    }
)

LOCKOUT_OPERATIONS: dict[str, str] = {
    "replaceWebServerBlocklist": "the block list can block the suite's own address",
    "updateWebServerBlocklist": "the block list can block the suite's own address",
    "replaceAcl": "an ACL can deny the suite's user",
    "updateAcl": "an ACL can deny the suite's user",
    "replaceRoleResources": "can take resources away from the suite's role",
    "replaceUserLoginConfig": "login rules can lock the suite's user out",
    "updateUserPasswordConfig": "password rules can expire or lock the suite's user",
    "performUserPasswordConfigAction": "password rules can expire or lock the suite's user",
    "updateWebServerConfig": "can move the REST port or stop the web server",
    "replaceWebServerCertificate": "replaces the certificate the suite trusts",
    "updateNetworkConfig": "can cut the appliance off the network",
    "performNetworkAction": "can cut the appliance off the network",
    "replaceNetworkDeviceIp4": "can cut the appliance off the network",
    "createNetworkDeviceRoute": "a wrong route can cut the appliance off the network",
    "deleteNetworkDeviceRoute": "can remove the route the suite reaches the appliance by",
    "performNetworkDeviceAction": "enabling or disabling a bond can cut the appliance off",
    "replaceNetworkDeviceClass": "traffic classes can starve the REST traffic",
    "performApplianceAction": "reboot, power off, or a new web server certificate",
    "updateService": "can disable the web server or NTLS",
    "performServiceAction": "can stop the web server",
    "replaceUser": "can change the suite's own user",
    "updateUser": "can change the suite's own user",
}
"""Never sent to an appliance, whatever the flags: each can lock the suite (or everyone) out."""

CONFIGURATION_TAGS = frozenset(
    {
        "users",
        "userConfig",
        "accessControl",
        "services",
        "webServer",
        "ssh",
        "network",
        "ntp",
        "syslog",
        "snmp",
        "config",
        "ntls",
        "appliance",
        "packages",
    }
)
"""Families whose writes change the appliance's configuration."""


def changes_configuration(operation: dict[str, Any], method: str) -> bool:
    return method != "GET" and bool(set(operation.get("tags", ())) & CONFIGURATION_TAGS)


def skip_reason(target: Target, operation: dict[str, Any], method: str) -> str:
    """Why this operation must not be sent by the schema-driven layer ('' when it may)."""
    if target.is_emulator or method == "GET":
        return ""
    oid = operation.get("operationId", "")
    if oid in LOGIN_OPERATIONS:
        return (
            "login/credential operation: never fuzzed against an appliance "
            "(SO zeroize, lockouts, block list)"
        )
    if oid in LOCKOUT_OPERATIONS:
        return f"never sent to an appliance: {LOCKOUT_OPERATIONS[oid]}"
    destructive = bool(operation.get("x-luna-destructive"))
    if destructive and not target.allow_destructive:
        reason = str(operation.get("x-luna-destructive-reason", "")).strip()
        return f"destructive ({reason}); needs --allow-destructive"
    if changes_configuration(operation, method) and not target.allow_config_changes:
        return (
            "changes configuration the suite did not create; needs --allow-config-changes "
            "(with --allow-writes or --allow-destructive)"
        )
    if not destructive and not (target.allow_writes and target.allow_config_changes):
        return (
            "creates or changes objects with generated names the suite cannot tell from "
            "yours; needs --allow-writes --allow-config-changes"
        )
    return ""
