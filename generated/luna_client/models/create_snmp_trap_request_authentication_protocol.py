from enum import StrEnum


class CreateSnmpTrapRequestAuthenticationProtocol(StrEnum):
    SHA = "SHA"

    def __str__(self) -> str:
        return str(self.value)
