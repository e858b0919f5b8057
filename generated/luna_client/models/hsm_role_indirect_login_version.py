from enum import StrEnum


class HsmRoleIndirectLoginVersion(StrEnum):
    KEY = "key"
    LEGACYKEY = "legacyKey"
    NONE = "None"
    PKC = "pkc"

    def __str__(self) -> str:
        return str(self.value)
