from enum import StrEnum


class CreateWebServerCsrRequestKeyType(StrEnum):
    ECC = "ecc"
    RSA = "rsa"

    def __str__(self) -> str:
        return str(self.value)
