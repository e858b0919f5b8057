"""What the suite may do to a target. Against a real appliance nothing destructive runs
without ``--allow-destructive``, nothing that changes configuration it did not create runs
in the schema-driven layer, no login is fuzzed (three wrong SO passwords zeroize the HSM,
wrong logins feed the block list and role lockouts), and no negative data is sent (each bad
payload is a block-list infraction)."""

from __future__ import annotations

from typing import Any

from .target import Target

__all__ = ["LOGIN_OPERATIONS", "skip_reason"]

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
    }
)


def skip_reason(target: Target, operation: dict[str, Any], method: str) -> str:
    """Why this operation must not be fuzzed against the target ('' when it may)."""
    if target.is_emulator:
        return ""
    oid = operation.get("operationId", "")
    if operation.get("x-luna-destructive") and not target.allow_destructive:
        reason = operation.get("x-luna-destructive-reason", "")
        return f"destructive ({reason}); needs --allow-destructive"
    if oid in LOGIN_OPERATIONS:
        return (
            "login/credential operation: never fuzzed against an appliance "
            "(SO zeroize, lockouts, block list)"
        )
    if method != "GET" and not target.allow_destructive:
        return (
            "changes appliance state it did not create; runs against the emulator, "
            "or with --allow-destructive"
        )
    return ""
