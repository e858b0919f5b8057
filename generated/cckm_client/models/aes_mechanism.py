from enum import StrEnum


class AesMechanism(StrEnum):
    CKM_AES_KEY_GEN = "CKM_AES_KEY_GEN"

    def __str__(self) -> str:
        return str(self.value)
