from enum import StrEnum


class ErrorDescriptionStatus(StrEnum):
    ERROR = "ERROR"

    def __str__(self) -> str:
        return str(self.value)
