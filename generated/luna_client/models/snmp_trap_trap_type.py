from enum import StrEnum


class SnmpTrapTrapType(StrEnum):
    INFORM = "inform"
    TRAP = "trap"

    def __str__(self) -> str:
        return str(self.value)
