from enum import StrEnum


class LunaKeyOperation(StrEnum):
    KEYCREATE = "keycreate"
    KEYDELETE = "keydelete"
    KEYREPLICATE = "keyreplicate"
    KEYUPDATE = "keyupdate"

    def __str__(self) -> str:
        return str(self.value)
