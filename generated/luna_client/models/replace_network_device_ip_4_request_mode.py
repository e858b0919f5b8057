from enum import StrEnum


class ReplaceNetworkDeviceIp4RequestMode(StrEnum):
    ACTIVE_BACKUP = "active-backup"
    BROADCAST = "broadcast"
    LACP = "lacp"

    def __str__(self) -> str:
        return str(self.value)
