from enum import StrEnum


class LunaKeyOperationStatus(StrEnum):
    COMPLETED = "completed"
    CREATED = "created"
    IN_PROGRESS = "in_progress"
    VALUE_0 = ""

    def __str__(self) -> str:
        return str(self.value)
