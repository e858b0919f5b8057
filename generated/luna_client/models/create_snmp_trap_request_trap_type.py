from enum import StrEnum


class CreateSnmpTrapRequestTrapType(StrEnum):
    INFORM = "inform"
    TRAP = "trap"

    def __str__(self) -> str:
        return str(self.value)
