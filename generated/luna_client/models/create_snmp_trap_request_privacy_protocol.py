from enum import StrEnum


class CreateSnmpTrapRequestPrivacyProtocol(StrEnum):
    AES = "AES"

    def __str__(self) -> str:
        return str(self.value)
