from enum import StrEnum


class ListLunaConnectionsLastConnectionOk(StrEnum):
    FALSE = "false"
    NULL = "null"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
