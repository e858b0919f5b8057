from enum import StrEnum


class RefreshJobJobType(StrEnum):
    REFRESH = "refresh"

    def __str__(self) -> str:
        return str(self.value)
