from enum import StrEnum


class GetPartitionIndirectKeyType(StrEnum):
    KEY = "key"
    LEGACYKEY = "legacyKey"
    PKC = "pkc"

    def __str__(self) -> str:
        return str(self.value)
