"""The appliance's errors: one class per error id, each with its HTTP status.

Raise them from the backend; the HTTP layer turns them into the appliance's
"Error Description" body. Ids the reference documents are used as documented;
where the reference gives only a status, the emulator's own id is marked
``documented = False``.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "ERRORS",
    "ActionDoesNotExist",
    "AuthenticationFailed",
    "BadRequest",
    "BlockListed",
    "CriticalOperationInProgress",
    "InvalidHsm",
    "InvalidPartition",
    "LunaError",
    "NoAclRule",
    "NoSessionCookie",
    "NotFound",
    "PartitionUserNotAuthenticated",
    "RequireSoLogin",
    "SessionNotPrivate",
    "TaskDoesNotExist",
    "TaskNotFinished",
    "TaskNotWaiting",
    "error_class",
]


class LunaError(Exception):
    """An error answer of the appliance."""

    status: ClassVar[int] = 400
    error_id: ClassVar[str] = "FRAMEWORK_BAD_REQUEST"
    message: ClassVar[str] = "Bad request"
    origin: ClassVar[str] = "FRAMEWORK"
    documented: ClassVar[bool] = True

    def __init__(self, details: str = "", *, status: int | None = None) -> None:
        super().__init__(details or self.message)
        self.details = details or self.message
        self.status_code = status or self.status

    def body(self) -> dict[str, Any]:
        return {
            "details": self.details,
            "id": self.error_id,
            "message": self.message,
            "returnCode": self.status_code,
            "status": "ERROR",
            "type": self.origin,
        }


ERRORS: dict[str, type[LunaError]] = {}


def _define(
    name: str,
    status: int,
    error_id: str,
    message: str,
    origin: str = "FRAMEWORK",
    documented: bool = True,
) -> type[LunaError]:
    cls = type(
        name,
        (LunaError,),
        {
            "status": status,
            "error_id": error_id,
            "message": message,
            "origin": origin,
            "documented": documented,
            "__doc__": f"{status} {error_id}: {message}",
        },
    )
    ERRORS[error_id] = cls
    return cls


def error_class(
    error_id: str, status: int, message: str = "", origin: str = "PLUGIN"
) -> type[LunaError]:
    """The class for an error id, defined on first use (ids come from the spec)."""
    cls = ERRORS.get(error_id)
    if cls is None:
        name = "".join(w.capitalize() for w in error_id.lower().split("_"))
        cls = _define(
            name, status, error_id, message or error_id.replace("_", " ").capitalize(), origin
        )
    return cls


BadRequest = _define(
    "BadRequest",
    400,
    "FRAMEWORK_BAD_REQUEST",
    "The input data does not conform to the required validation schema.",
)
NoSessionCookie = _define(
    "NoSessionCookie", 401, "FRAMEWORK_NO_SESSION_COOKIE", "No session cookie was found"
)
SessionNotPrivate = _define(
    "SessionNotPrivate", 401, "FRAMEWORK_SESSION_NOT_PRIVATE", "Session was not created"
)
NoAclRule = _define(
    "NoAclRule",
    401,
    "FRAMEWORK_NO_ACL_RULE",
    "The user's role has no access rule for this resource",
)
AuthenticationFailed = _define(
    "AuthenticationFailed",
    401,
    "FRAMEWORK_AUTHENTICATION_FAILED",
    "Authentication failed",
    documented=False,
)
BlockListed = _define(
    "BlockListed",
    403,
    "FRAMEWORK_CLIENT_BLOCKED",
    "The client is on the block list",
    documented=False,
)
NotFound = _define(
    "NotFound", 404, "FRAMEWORK_RESOURCE_NOT_FOUND", "The resource does not exist", documented=False
)
ActionDoesNotExist = _define(
    "ActionDoesNotExist", 404, "APPLIANCE_ACTION_DOES_NOT_EXIST", "Invalid action", "PLUGIN"
)
CriticalOperationInProgress = _define(
    "CriticalOperationInProgress",
    409,
    "FRAMEWORK_CRITICAL_OPERATION_IN_PROGRESS",
    "Critical Operation currently in Progress",
    documented=False,
)
TaskDoesNotExist = _define(
    "TaskDoesNotExist",
    410,
    "FRAMEWORK_TASK_DOES_NOT_EXIST",
    "Task does not exist",
    documented=False,
)
TaskNotFinished = _define(
    "TaskNotFinished", 409, "FRAMEWORK_TASK_NOT_FINISHED", "Task has not finished", documented=False
)
TaskNotWaiting = _define(
    "TaskNotWaiting",
    409,
    "FRAMEWORK_TASK_NOT_WAITING",
    "Task is not waiting to be started",
    documented=False,
)
InvalidHsm = _define("InvalidHsm", 404, "HSMPLUGIN_INVALID_HSM", "HSM does not exist", "PLUGIN")
InvalidPartition = _define(
    "InvalidPartition", 404, "HSMPLUGIN_INVALID_PARTITION", "Partition does not exist", "PLUGIN"
)
RequireSoLogin = _define(
    "RequireSoLogin", 400, "APPLIANCE_REQUIRE_SO_LOGIN", "HSM SO login required", "PLUGIN"
)
PartitionUserNotAuthenticated = _define(
    "PartitionUserNotAuthenticated",
    401,
    "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED",
    "Partition user is not authenticated",
    "PLUGIN",
)
