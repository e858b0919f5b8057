from enum import StrEnum


class LunaKeyStatus(StrEnum):
    AVAILABLE = "AVAILABLE"
    DELETED = "DELETED"
    IN_PROGRESS = "in_progress"

    def __str__(self) -> str:
        return str(self.value)
