"""Contains all the data models used in inputs/outputs"""

from .action_list import ActionList
from .action_ref import ActionRef
from .empty import Empty
from .error_description import ErrorDescription
from .error_description_status import ErrorDescriptionStatus
from .error_description_type import ErrorDescriptionType
from .resource_ref import ResourceRef
from .task import Task
from .task_list import TaskList
from .task_result import TaskResult
from .task_state import TaskState

__all__ = (
    "ActionList",
    "ActionRef",
    "Empty",
    "ErrorDescription",
    "ErrorDescriptionStatus",
    "ErrorDescriptionType",
    "ResourceRef",
    "Task",
    "TaskList",
    "TaskResult",
    "TaskState",
)
