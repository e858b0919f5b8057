from enum import StrEnum


class LunaAttribute(StrEnum):
    CKA_DECRYPT = "CKA_DECRYPT"
    CKA_DERIVE = "CKA_DERIVE"
    CKA_ENCRYPT = "CKA_ENCRYPT"
    CKA_EXTRACTABLE = "CKA_EXTRACTABLE"
    CKA_MODIFIABLE = "CKA_MODIFIABLE"
    CKA_SENSITIVE = "CKA_SENSITIVE"
    CKA_SIGN = "CKA_SIGN"
    CKA_UNWRAP = "CKA_UNWRAP"
    CKA_VERIFY = "CKA_VERIFY"
    CKA_WRAP = "CKA_WRAP"

    def __str__(self) -> str:
        return str(self.value)
