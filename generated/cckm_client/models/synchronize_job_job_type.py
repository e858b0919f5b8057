from enum import StrEnum


class SynchronizeJobJobType(StrEnum):
    HA_SYNCHRONIZE = "ha_synchronize"

    def __str__(self) -> str:
        return str(self.value)
