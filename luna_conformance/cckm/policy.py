"""What the CCKM layers may send to a real CipherTrust Manager, by safety tier (the
appliance's tiers, ``luna_conformance.target.Tier``).

Against the embedded emulator everything runs (its CCKM is reset and seeded again before
each operation). Against a CipherTrust Manager:

* read-only (default): the schema-driven layer sends GET only, with valid data; the
  read-only workflow lists and reads what is there;
* safe-writes (``--allow-writes``): also the job workflows (refresh and synchronization
  jobs of the partition named by ``--cckm-partition``: start, status, cancel);
* destructive (``--allow-destructive``): also the key workflow, whose keys are labelled
  ``lrk-`` and which ends by deleting its own keys from the HSM, an operation the spec
  marks ``x-cckm-destructive``.

Never sent to a CipherTrust Manager, whatever the flags: generated requests that create,
change or delete (their names and ids are generated: the suite could not tell what they
touch from yours), and generated token requests (wrong passwords count against the user's
login attempts). Nothing is deleted that the suite did not create."""

from __future__ import annotations

from typing import Any

import luna_spec

from .target import CckmTarget

__all__ = ["CREDENTIAL_OPERATIONS", "PREFIX", "skip_reason", "workflow_skip_reason"]

PREFIX = "lrk-"
CREDENTIAL_OPERATIONS = frozenset(
    str(op["operationId"])
    for _, _, op in luna_spec.iter_cckm_operations()
    if op.get("security") == []
)
"""The operations that need no token because they take a credential (the token issue):
never fuzzed against a CipherTrust Manager."""


def skip_reason(target: CckmTarget, operation: dict[str, Any], method: str) -> str:
    """Why the schema-driven layer must not send this operation ('' when it may)."""
    if target.is_emulator:
        return ""
    oid = str(operation.get("operationId", ""))
    if oid in CREDENTIAL_OPERATIONS:
        return (
            "credential operation: never fuzzed against a CipherTrust Manager (wrong "
            "passwords count against the user's login attempts); the suite's own token "
            "requests are checked instead"
        )
    if method == "GET":
        return ""
    if operation.get("x-cckm-destructive"):
        reason = str(operation.get("x-cckm-destructive-reason", "")).strip()
        return (
            f"destructive ({reason}); generated requests of it are never sent to a "
            "CipherTrust Manager (the workflows run it on their own lrk- keys with "
            "--allow-destructive)"
        )
    return (
        "creates or changes resources with generated names and ids the suite cannot tell "
        "from yours: never sent to a CipherTrust Manager (the workflows cover it with "
        "their own lrk- resources)"
    )


def workflow_skip_reason(
    target: CckmTarget, *, writes: bool = False, destructive: bool = False
) -> str:
    """Why a workflow must not run against this target ('' when it may)."""
    if target.is_emulator:
        return ""
    if destructive and not target.allow_destructive:
        return (
            "ends by deleting its own lrk- keys from the HSM (x-cckm-destructive): needs "
            "--allow-destructive"
        )
    if writes and not target.allow_writes:
        return "starts jobs on a CCKM partition: needs --allow-writes"
    if (writes or destructive) and not target.partition:
        return "needs --cckm-partition: the CCKM partition (id) the workflow may use"
    return ""
