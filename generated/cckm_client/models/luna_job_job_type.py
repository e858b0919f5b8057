from enum import StrEnum


class LunaJobJobType(StrEnum):
    HA_SYNCHRONIZE = "ha_synchronize"
    REFRESH = "refresh"

    def __str__(self) -> str:
        return str(self.value)
