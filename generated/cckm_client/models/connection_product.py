from enum import StrEnum


class ConnectionProduct(StrEnum):
    CCKM = "cckm"
    HSM_ANCHORED_DOMAIN = "hsm_anchored_domain"

    def __str__(self) -> str:
        return str(self.value)
